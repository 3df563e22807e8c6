"""A field a sentence gives to a state body goes to that body, not also to the body's own country, unless the
sentence names the country as a side of its own (`CooperationRules.without_owner_fields`); on sentences
written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_field_owner_countries_the_bodies_of_a_deal_take_its_fields(extractor: Extractor) -> None:
    found = relations(run(extractor, "The National Information Technology Agency of Ghana and the Cyber Security "
                          "Agency of Togo signed a memorandum on Monday. The memorandum will boost "
                          "Ghanaian-Togolese cooperation on cybersecurity and digital skills.", "en"))
    assert ("cooperatesOn", "body/cyber-security-agency-of-togo", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/tg", "domain/cybersecurity") not in found
    assert ("cooperatesOn", "country/gh", "domain/digital-skills") not in found


def test_field_owner_countries_countries_named_as_sides_keep_their_fields(extractor: Extractor) -> None:
    found = relations(run(extractor, "The National Information Technology Agency of Ghana and the Cyber Security "
                          "Agency of Togo signed a memorandum on Monday. Ghana and Togo will cooperate on "
                          "cybersecurity under the memorandum.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found


def test_field_owner_countries_a_partnership_referred_to_keeps_its_countries(extractor: Extractor) -> None:
    found = relations(run(extractor, "Le Ghana et le Togo ont signé lundi un accord de partenariat sur le numérique. "
                          "Dès lors, ce partenariat permettra à l'Agence nationale des technologies de l'information "
                          "du Ghana et à l'Agence de cybersécurité du Togo de coopérer dans la cybersécurité.", "fr"))
    assert ("cooperatesOn", "body/agence-de-cybersecurite-du-togo", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/tg", "domain/cybersecurity") in found


def test_field_owner_countries_a_body_s_deal_with_a_company_leaves_out_its_country(extractor: Extractor) -> None:
    found = relations(run(extractor, "The Ministry of Communications of Ghana has signed a memorandum of understanding "
                          "with Huawei to advance Ghana's digital transformation.", "en"))
    assert ("cooperatesOn", "body/ministry-of-communications-of-ghana", "domain/digital-transformation") in found
    assert ("cooperatesOn", "org/huawei", "domain/digital-transformation") in found
    assert ("cooperatesOn", "country/gh", "domain/digital-transformation") not in found


def test_field_owner_countries_a_country_named_before_its_body_keeps_the_field(extractor: Extractor) -> None:
    found = relations(run(extractor, "Ghana and Huawei signed a memorandum of understanding on Monday on "
                          "cybersecurity, the Ministry of Communications of Ghana said.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found


def test_field_owner_countries_a_country_named_after_between_keeps_the_field(extractor: Extractor) -> None:
    found = relations(run(extractor, "The Ministry of Communications of Ghana and Huawei have launched the partnership "
                          "between Ghana and Huawei to advance digital transformation.", "en"))
    assert ("cooperatesOn", "country/gh", "domain/digital-transformation") in found
    assert ("cooperatesOn", "org/huawei", "domain/digital-transformation") in found
