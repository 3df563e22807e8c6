"""Signature and partner rules through the whole extractor, on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.models import EntityType as E
from kg.nlp import Extractor
from kg.nlp.relations import SentenceRules
from kg.nlp.signatures import SignatureRules
from tests.support.article_state import drafts, mention, state_for, term
from tests.support.nlp_support import relations, run


@pytest.mark.parametrize(("language", "text", "home", "party"), [
    ("fr", "Le Sénégal a signé mardi un protocole d'accord avec une entreprise américaine spécialisée dans la "
           "cybersécurité.", "country/us", "country/sn"),
    ("en", "Kenya signed a memorandum of understanding with a Japanese technology firm on cloud computing.",
     "country/jp", "country/ke"),
])
def test_nlp_the_home_of_an_unnamed_company_is_no_party(extractor: Extractor, language: str, text: str,
                                                        home: str, party: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("signs", party) in {r[:2] for r in found}
    assert not [r for r in found if home in r[1:] and r[0] in ("signs", "cooperatesWith")]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Lisbon Declaration was signed on Friday by representatives from Portugal, Spain, Italy, Greece "
           "and Malta."),
    ("fr", "La Déclaration de Lisbonne a été signée vendredi par les représentants du Portugal, de l'Espagne, "
           "de l'Italie, de la Grèce et de Malte."),
])
def test_nlp_a_declaration_named_after_a_place_is_signed_by_the_listed_countries(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    signed = {(s, o) for kind, s, o in found if kind == "signs"}
    countries = {"country/pt", "country/es", "country/it", "country/gr", "country/mt"}
    assert {s for s, _ in signed} == countries
    assert len({o for _, o in signed}) == 1 and "declaration" in next(iter(signed))[1]
    assert not [r for r in found if r[0] == "cooperatesWith"]  # a group of five: no pairs of partners


@pytest.mark.parametrize(("language", "text", "witness"), [
    ("fr", "Le Sénégal et la Gambie ont signé lundi un accord sur la cybersécurité en présence de l'ambassadeur "
           "du Japon.", "country/jp"),
    ("en", "Kenya and Uganda signed a memorandum of understanding on cybersecurity in the presence of Japan's "
           "ambassador.", "country/jp"),
])
def test_nlp_a_witness_of_the_signing_is_no_party(extractor: Extractor, language: str, text: str,
                                                   witness: str) -> None:
    found = relations(run(extractor, text, language))
    assert [r for r in found if r[0] == "signs"]
    assert not [r for r in found if witness in r[1:] and r[0] in ("signs", "cooperatesWith")]


@pytest.mark.parametrize(("language", "text", "person"), [
    ("fr", "Le ministre Paul Mbarga a signé avec le Gabon un accord sur la fibre optique (une priorité fixée par "
           "Jeanne Ndong lors de son élection).", "person/jeanne-ndong"),
    ("en", "Minister Paul Mbarga signed an agreement with Gabon on fibre optics (a priority set by Jeanne Ndong "
           "on her election).", "person/jeanne-ndong"),
])
def test_nlp_a_person_named_in_brackets_does_not_sign(extractor: Extractor, language: str, text: str,
                                                      person: str) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert "person/paul-mbarga" in signers and person not in signers


def test_nlp_the_owner_named_with_a_genitive_is_no_party(extractor: Extractor) -> None:
    text = "Kenya and the UN's International Telecommunication Union signed a memorandum on digital skills."
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesWith", "country/ke", "org/international-telecommunication-union") in found
    assert not [r for r in found if "org/united-nations" in r[1:] or "united-nations" in r[2]]


def test_nlp_closing_a_deal_is_signing_it(extractor: Extractor) -> None:
    text = "Rwanda closed a $50 million financing deal with the World Bank on Tuesday for digital skills."
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {"country/rw", "org/world-bank"} <= signers


def test_nlp_the_partner_named_with_an_agreement_partners_its_other_party(extractor: Extractor) -> None:
    text = ("India signed two memoranda of understanding this year, one with the United States. The United States "
            "called the United States-India deal historic, the United States said. The MoU with Saudi Arabia "
            "concerns cooperation on artificial intelligence.")
    partners = {r[1:] for r in relations(run(extractor, text, "en")) if r[0] == "cooperatesWith"}
    assert ("country/in", "country/sa") in partners and ("country/sa", "country/us") not in partners


def test_nlp_a_country_whose_body_signs_is_no_signer_of_its_deal(extractor: Extractor) -> None:
    text = "SDAIA and Huawei signed the Saudi Arabia-Huawei memorandum of understanding on cloud computing in Riyadh."
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {"body/saudi-data-and-artificial-intelligence-authority", "org/huawei"} <= signers
    assert "country/sa" not in signers


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Ministry of Digital Affairs has signed a memorandum of understanding with the National Cyber Agency "
           "of Peru. Speaking at the signing ceremony in Santiago, the minister said Chile and Peru share strong "
           "ties."),
    ("fr", "Le ministère de l'Économie numérique a signé un protocole d'accord avec l'Agence nationale de "
           "cybersécurité du Pérou. Lors de la cérémonie de signature à Santiago, le ministre a rappelé que le Chili "
           "et le Pérou entretiennent des liens solides."),
])
def test_nlp_countries_of_an_agreement_two_bodies_sign_are_no_signatories(extractor: Extractor, language: str,
                                                                          text: str) -> None:
    signed = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert len({s for s in signed if s.startswith("body/")}) == 2
    assert not {s for s in signed if s.startswith("country/")}


def test_nlp_countries_a_headline_says_sign_an_agreement_named_after_their_two_signing_bodies() -> None:
    state = state_for("Chile and Peru sign an agreement. The two agencies signed it on Monday.", "en")
    deal, first, second = "agreement/a-b-cooperation-agreement", "body/agency-a", "body/agency-b"
    state.agreement_parties[deal] = [first, second]
    for signer, sentence in ((first, 1), (second, 1), ("country/cl", 0), ("country/pe", 0)):
        state.add("sign", signer, deal, state.sentences[sentence])
    SignatureRules(SentenceRules(state)).settle()
    assert {d[2] for d in drafts(state) if d[1] == "signs"} == {first, second, "country/cl", "country/pe"}


def test_nlp_countries_written_into_the_agreement_name_sign_it(extractor: Extractor) -> None:
    text = ("The Kenyan Ministry of ICT's Cabinet Secretary John Mwangi and Brazil's Minister of Communications Ana "
            "Souza signed the Kenya-Brazil Memorandum of Understanding on cloud computing in Nairobi.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {"country/ke", "country/br"} <= signers
    assert not {s for s in signers if s.startswith("body/")}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Council of Ministers chaired by President Paul Mensah has approved the memorandum of understanding "
           "signed in March between Ghana and Togo on cybersecurity."),
    ("fr", "Le Conseil des ministres présidé par Paul Mensah a approuvé le protocole d'accord signé en mars entre "
           "le Ghana et le Togo sur la cybersécurité."),
    ("en", "Prime Minister Paul Mensah attended the signing of the memorandum of understanding between Ghana and "
           "Togo on cybersecurity."),
    ("fr", "Le Premier ministre Paul Mensah a assisté à la signature du protocole d'accord entre le Ghana et le Togo "
           "sur la cybersécurité."),
    ("fr", "Le Premier ministre Paul Mensah a pris part à la signature du protocole d'accord entre le Ghana et le "
           "Togo sur la cybersécurité."),
    ("en", "Prime Minister Paul Mensah participated in the signing of the memorandum of understanding between Ghana "
           "and Togo on cybersecurity."),
])
def test_nlp_who_approves_or_attends_a_signing_does_not_sign(extractor: Extractor, language: str, text: str) -> None:
    """"the Cabinet chaired by X approved the MoU signed between …", "X attended the signing of …", "X a pris part
    à la signature"."""
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert {"country/gh", "country/tg"} <= signers
    assert "person/paul-mensah" not in signers


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le Ghana et le Togo ont signé un protocole d'accord sur la cybersécurité. Le ministre togolais, Paul "
           "Mensah, qui s'est exprimé après la signature de ce protocole, a salué un partenariat solide."),
    ("en", "Ghana and Togo signed a memorandum of understanding on cybersecurity. The Togolese minister, Paul Mensah, "
           "who spoke after the signing of the memorandum, welcomed a strong partnership."),
])
def test_nlp_who_spoke_at_a_signing_in_a_relative_clause_does_not_sign(extractor: Extractor, language: str,
                                                                      text: str) -> None:
    """"X, qui s'est exprimé à l'issue de la signature, …": the signing is where X spoke."""
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert {"country/gh", "country/tg"} <= signers
    assert "person/paul-mensah" not in signers


def test_nlp_who_made_the_announcement_a_signing_followed_does_not_sign(extractor: Extractor) -> None:
    """"L'annonce de X a été suivie de la signature …": X announced, the signing came after."""
    text = ("Le Ghana et le Togo ont signé un protocole d'accord sur la cybersécurité. L'annonce de Paul Mensah a été "
            "suivie de la signature d'un protocole d'accord sur la cybersécurité entre le Ghana et le Togo.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "fr")) if kind == "signs"}
    assert {"country/gh", "country/tg"} <= signers
    assert "person/paul-mensah" not in signers


@pytest.mark.parametrize(("language", "text", "witnesses"), [
    ("en", "The memorandum on cybersecurity was signed in Nairobi by Minister Paul Mbarga and Minister Alice "
           "Wanjiru in the presence of President of Kenya Peter Otieno and President of Uganda Joseph Okello.",
     {"person/peter-otieno", "person/joseph-okello"}),
])
def test_nlp_every_name_of_a_witness_list_is_no_signer(extractor: Extractor, language: str, text: str,
                                                       witnesses: set[str]) -> None:
    found = relations(run(extractor, text, language))
    signers = {s for kind, s, _ in found if kind == "signs"}
    assert {"person/paul-mbarga", "person/alice-wanjiru"} <= signers
    assert not signers & witnesses


def test_nlp_those_told_of_an_agreement_a_participle_qualifies_do_not_sign_it(extractor: Extractor) -> None:
    text = ("The Union Cabinet, chaired by the Prime Minister, Shri Paul Mbarga was apprised of a Memorandum of "
            "Understanding (MoU) signed between Kenya and Uganda for cooperation in cybersecurity.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert signers == {"country/ke", "country/ug"}


def test_nlp_a_signing_the_parties_expect_to_see_has_not_happened(extractor: Extractor) -> None:
    text = ("At their meeting in Nairobi, the two sides expected to see the signing of a memorandum of "
            "understanding on a digital partnership between Kenya and Uganda this year.")
    assert not [r for r in relations(run(extractor, text, "en")) if r[0] == "signs"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The memorandum of understanding formalizes the plans of Kenya and Ghana for a shared data centre."),
    ("fr", "Le Kenya et le Ghana ont formalisé jeudi un protocole d'accord sur un centre de données commun."),
])
def test_nlp_formalising_an_agreement_is_signing_it(extractor: Extractor, language: str, text: str) -> None:
    signers = {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}
    assert {"country/ke", "country/gh"} <= signers


@pytest.mark.parametrize("verb", ["put initials on", "initialled"])
def test_nlp_initialling_an_agreement_is_signing_it(extractor: Extractor, verb: str) -> None:
    text = ("A memorandum of cooperation was signed on Wednesday between the governments of Kenya and Japan. "
            f"Kenyan ICT minister Grace Wanjiru and Japanese Ambassador Kiminori Iwama {verb} the memorandum "
            "on behalf of their respective sides.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {"person/grace-wanjiru", "person/kiminori-iwama"} <= signers


def test_nlp_a_person_speaking_of_the_signing_is_no_signatory(extractor: Extractor) -> None:
    """"Speaking after the signing, X and Y said …": the verb of speech their names depend on tells of it."""
    text = ("Kenya and Ghana signed a memorandum of understanding on cloud computing in Nairobi. Speaking after the "
            "signing of the MoU, Ama Mensah and Kofi Boateng said the partnership had been long awaited.")
    found = {r[:2] for r in relations(run(extractor, text, "en"))}
    assert ("signs", "country/ke") in found
    assert ("signs", "person/ama-mensah") not in found


@pytest.mark.parametrize(("text", "named"), [
    ("Ghana and Togo agreed to deepen their cooperation on cloud computing.", True),
    ("The minister discussed a closer partnership with Togo on cloud computing.", True),
    ("The minister praised the cooperation, as Togo already hosts two data centres.", False),
])
def test_nlp_a_country_told_after_a_partnership_but_not_as_its_side_is_no_party(text: str, named: bool) -> None:
    state = state_for(text, "en")
    mention(state, "Togo", term(E.COUNTRY, "Togo", "tg"))
    assert SignatureRules(SentenceRules(state)).party_in(state.sentences[0], "country/tg", "agreement/x") is named


def test_nlp_a_country_whose_minister_signs_is_no_party_of_a_deal_named_after_it() -> None:
    state = state_for("The Minister of Trade of Togo, Ama Mensah, signed the memorandum on Monday. Togo agreed to "
                      "deepen its cooperation with Ghana.", "en")
    deal, togo = "agreement/ghana-togo-memorandum", "country/tg"
    mention(state, "Togo", term(E.COUNTRY, "Togo", "tg"))
    mention(state, "Togo", term(E.COUNTRY, "Togo", "tg"), 1)
    state.add("sign", "person/ama-mensah", deal, state.sentences[0])
    state.add("party-signs", togo, deal, state.sentences[0])
    SignatureRules(SentenceRules(state)).settle()
    assert {d[2] for d in drafts(state) if d[1] == "signs"} == {"person/ama-mensah"}


def test_nlp_every_name_of_a_long_list_after_the_witness_mark_is_no_signer(extractor: Extractor) -> None:
    text = ("Kenya and Ghana signed a memorandum of understanding on cybersecurity in Accra on Monday in the presence "
            "of the Kenyan ambassador, Peter Otieno, and his deputy, Colonel John Mensah, and the Ghanaian defence "
            "minister Kofi Boateng.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert {"country/ke", "country/gh"} <= signers
    assert not any(s.startswith("person/") for s in signers)
