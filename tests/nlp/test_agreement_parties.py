"""Who an agreement with an organisation is between, and who signs it, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _signed(text: str, language: str, extractor: Extractor) -> set[tuple[str, str]]:
    return {(s, o) for kind, s, o in relations(run(extractor, text, language)) if kind == "signs"}


@pytest.mark.parametrize(("language", "text", "party"), [
    ("fr", "Le Togo s'associe à la société japonaise Fujitsu. Le ministre togolais de l'Économie numérique, Koffi "
           "Mensah, a signé jeudi à Lomé un mémorandum d'entente avec Fujitsu sur la cybersécurité. Le Togo veut "
           "former ses jeunes. Le Togo et le Japon entretiennent de bonnes relations.", "country/tg"),
    ("en", "Ghana partners with Japanese firm Fujitsu. The Ghanaian government signed a memorandum of understanding "
           "with Fujitsu on Thursday on cloud computing. Ghana hopes to train its youth, and Ghana's ties with Japan "
           "are strong.", "country/gh"),
])
def test_nlp_a_deal_with_a_company_is_not_made_with_its_home_country(extractor: Extractor, language: str,
                                                                     text: str, party: str) -> None:
    signed = _signed(text, language, extractor)
    deals = {o for _, o in signed}
    assert len(deals) == 1 and "fujitsu" in next(iter(deals)) and "japan" not in next(iter(deals))
    assert {("org/fujitsu", d) for d in deals} | {(party, d) for d in deals} <= signed
    assert not [s for s, _ in signed if s == "country/jp"]


def test_nlp_a_body_named_with_its_country_gives_the_side_facing_an_organisation(extractor: Extractor) -> None:
    text = ("Le ministère béninois du Numérique a signé lundi un accord de coopération avec l'Union internationale "
            "des télécommunications sur la cybersécurité. Le Bénin et la Suisse ont salué l'accord. La Suisse "
            "accueille l'UIT à Genève.")
    deals = {o for _, o in _signed(text, "fr", extractor)}
    assert deals == {"agreement/benin-international-telecommunication-union-cooperation-agreement-on-cybersecurity"}
    assert not [s for s, _ in _signed(text, "fr", extractor) if s == "country/ch"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Huawei formera les agents du ministère des Affaires étrangères de l'Angola à la 5G dans le cadre d'un "
           "nouvel accord. Le protocole d'accord entre Huawei et le ministère des Affaires étrangères de l'Angola a "
           "été signé lundi à Luanda. Le document a été signé par la secrétaire d'État angolaise aux Affaires "
           "étrangères, Maria Santos, et par le directeur de Huawei Angola, Li Wei."),
])
def test_nlp_a_country_does_not_sign_where_its_ministry_signs_for_it(extractor: Extractor, language: str,
                                                                    text: str) -> None:
    signed = _signed(text, language, extractor)
    assert {s for s, _ in signed} >= {"body/ministry-of-foreign-affairs-of-angola", "org/huawei",
                                      "person/maria-santos"}
    assert not [s for s, _ in signed if s == "country/ao"]
