"""Fields of cooperation, partners and policy owners (kg/nlp/cooperation.py, kg/nlp/relations.py) on sentences
written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import partner_pairs, relations, run


def fields_missing(found: set[tuple[str, str, str]], *domains: str) -> set[tuple[str, str]]:
    """The (country, domain) pairs of Ghana and Japan, the two partners of these texts, that
    ``found`` lacks a cooperatesOn for."""
    return {(country, domain) for country in ("country/gh", "country/jp") for domain in domains
            if ("cooperatesOn", country, domain) not in found}


def test_cooperation_lettered_list_items_give_fields_to_both_parties(extractor: Extractor) -> None:
    text = ("Ghana and Japan signed a memorandum of understanding covering the following areas:\n"
            "a) Broadband networks in rural districts;\n"
            "b) Data protection and cyber security;")
    found = relations(run(extractor, text, "en"))
    assert not fields_missing(found, "domain/telecommunications-and-connectivity", "domain/cybersecurity",
                              "domain/data-protection-and-privacy")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan signed a memorandum of understanding on Monday in Accra. "
           "The focus is on cybersecurity and digital inclusion."),
    ("fr", "Le Ghana et le Japon ont signé lundi un mémorandum d'entente à Accra. "
           "Un accent particulier sera mis sur la cybersécurité et l'inclusion numérique."),
    ("en", "Ghana and Japan signed a memorandum of understanding on Monday in Accra. The ministers then met the "
           "press. Its second chapter covers cybersecurity and digital inclusion."),
    ("fr", "Le Ghana et le Japon ont signé lundi un mémorandum d'entente à Accra. Les ministres ont ensuite rencontré "
           "la presse. Le second chapitre couvre la cybersécurité. Le programme contribuera aussi à l'inclusion "
           "numérique."),
])
def test_cooperation_a_later_sentence_names_the_fields_of_the_first_partners(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-inclusion")


def test_cooperation_fields_need_an_article_of_cooperation(extractor: Extractor) -> None:
    text = "Ghana presented its budget on Monday. The focus is on cybersecurity and digital inclusion."
    found = relations(run(extractor, text, "en"))
    assert not {r for r in found if r[0] == "cooperatesOn"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ministers from Ghana, Togo and Benin attended the forum in Accra. "
           "The countries agreed to cooperate on cybersecurity."),
    ("fr", "Des ministres du Ghana, du Togo et du Bénin ont assisté au forum d'Accra. "
           "Ces pays ont convenu de coopérer dans la cybersécurité."),
])
def test_cooperation_the_countries_are_those_listed_last(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    for country in ("country/gh", "country/tg", "country/bj"):
        assert ("cooperatesOn", country, "domain/cybersecurity") in found
    assert not {r for r in found if r[0] == "cooperatesWith"}  # a group is no pair of partners


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The World Bank has approved a US$200 million loan to Ghana for broadband in rural districts."),
    ("fr", "La Banque mondiale a accordé au Ghana un prêt de 200 millions de dollars pour le haut débit."),
])
def test_cooperation_a_loan_makes_lender_and_borrower_partners(extractor: Extractor, language: str,
                                                               text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesWith", "country/gh", "org/world-bank") in found
    for party in ("country/gh", "org/world-bank"):
        assert ("cooperatesOn", party, "domain/telecommunications-and-connectivity") in found


def test_cooperation_the_one_party_after_with_partners_the_country_of_the_article(extractor: Extractor) -> None:
    text = ("Ghana is widening its digital partnerships, Ghana's ministry said on Monday. "
            "The partnership with Japan concerns cybersecurity.")
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesWith", "country/gh", "country/jp") in found
    assert not fields_missing(found, "domain/cybersecurity")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana signed its first digital economy pact with Japan last month, covering cybersecurity."),
    ("fr", "Le Ghana a signé le mois dernier un pacte numérique avec le Japon, couvrant la cybersécurité."),
])
def test_cooperation_signing_a_pact_is_cooperating(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/cybersecurity")


def test_cooperation_those_a_partnership_is_for_are_no_partners(extractor: Extractor) -> None:
    text = ("Ghana and Japan signed a memorandum of understanding on Monday. "
            "Both countries will work closely with Google on submarine cables for Togo, Benin and Niger.")
    found = relations(run(extractor, text, "en"))
    assert {("cooperatesWith", "country/gh", "org/google"), ("cooperatesWith", "country/jp", "org/google")} <= found
    partners = {end for r in found if r[0] == "cooperatesWith" for end in r[1:]}
    assert not partners & {"country/tg", "country/bj", "country/ne"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Google worked closely with Ghana on cybersecurity last year."),
    ("fr", "Google a travaillé avec le Ghana sur la cybersécurité l'an dernier."),
])
def test_cooperation_working_with_is_cooperating(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesWith", "country/gh", "org/google") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("fr", "Le Ghana a présenté lundi ses priorités à Accra. Ces initiatives s'inscrivent dans le cadre du "
           "Plan stratégique quinquennal du numérique 2023-2028.",
     "policy/plan-strategique-quinquennal-du-numerique-2023-2028"),
    ("en", "Ghana presented its priorities in Accra on Monday. These initiatives are part of the "
           "Five-Year Digital Strategic Plan 2023-2028.", "policy/five-year-digital-strategic-plan-2023-2028"),
])
def test_policy_with_no_owner_in_its_sentence_is_the_article_country_s(extractor: Extractor, language: str,
                                                                      text: str, policy: str) -> None:
    assert ("hasPolicy", "country/gh", policy) in relations(run(extractor, text, language))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Togo agreed last year to cooperate on digital skills. On Monday, the National Cybersecurity "
           "Agency and the Data Protection Commission agreed to cooperate on data protection."),
    ("fr", "Le Ghana et le Togo ont convenu l'an dernier de coopérer dans les compétences numériques. Lundi, le "
           "ministère de la Communication et l'Autorité de cybersécurité ont convenu de coopérer dans la protection "
           "des données personnelles."),
])
def test_cooperation_state_bodies_that_agree_are_the_parties_of_their_fields(
        extractor: Extractor, language: str, text: str) -> None:
    extraction = run(extractor, text, language)
    found = relations(extraction)
    bodies = [e.id for e in extraction.entities if e.type.value == "GovernmentBody"]
    assert len(bodies) == 2
    for body in bodies:
        assert ("cooperatesOn", body, "domain/data-protection-and-privacy") in found
    assert ("cooperatesOn", "country/gh", "domain/data-protection-and-privacy") not in found  # not the countries'


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana, Togo and Benin agreed on Monday to cooperate more closely. The ministers then met the press in "
           "Accra. The work will focus on cybersecurity."),
    ("fr", "Le Ghana, le Togo et le Bénin ont convenu lundi de coopérer plus étroitement. Les ministres ont ensuite "
           "rencontré la presse à Accra. Les travaux porteront sur la cybersécurité."),
])
def test_cooperation_later_fields_go_to_every_party_of_the_first_cooperation(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    for country in ("country/gh", "country/tg", "country/bj"):
        assert ("cooperatesOn", country, "domain/cybersecurity") in found


@pytest.mark.parametrize(("language", "text", "body", "country", "domain"), [
    ("en", "The UK Information Commissioner's Office and the Ghana Data Protection Commission signed a memorandum "
           "of understanding on data protection.",
     "body/information-commissioner-s-office", "country/gb", "domain/data-protection-and-privacy"),
    # the country after its body, joined by a complement and an article ("du Sénégal")
    ("fr", "Le ministère de l'Économie numérique du Sénégal et l'Agence nationale de la cybersécurité du Bénin "
           "ont signé un accord de coopération sur la cybersécurité.",
     "body/ministry-of-digital-economy-of-senegal", "country/sn", "domain/cybersecurity"),
])
def test_cooperation_a_country_written_next_to_its_body_gives_the_body_the_field(
        extractor: Extractor, language: str, text: str, body: str, country: str, domain: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", body, domain) in found
    assert ("cooperatesOn", country, domain) not in found


TELECOM, CYBER = "domain/telecommunications-and-connectivity", "domain/cybersecurity"


@pytest.mark.parametrize(("language", "text", "parties", "domain"), [
    # French ICT, in letters or in full, is telecommunications
    ("fr", "Le Sénégal et le Maroc ont signé lundi un accord de coopération dans le domaine des TIC.",
     ("country/sn", "country/ma"), TELECOM),
    ("fr", "Le Sénégal et le Maroc ont signé lundi un accord de coopération dans le domaine des technologies de "
           "l'information et de la communication.", ("country/sn", "country/ma"), TELECOM),
    # a lender that supports ("accompagne") a country in a field cooperates with it on that field
    ("fr", "La Banque mondiale accompagne le Togo dans le développement de la cybersécurité.",
     ("country/tg", "org/world-bank"), CYBER),
    ("fr", "La Banque mondiale va accompagner le Togo dans sa cybersécurité.", ("country/tg", "org/world-bank"), CYBER),
    # a partner named only as the place of the work brings the other partner of the deal
    ("fr", "La Pologne et le Sénégal ont signé lundi un accord de coopération. Cet accord marque un engagement commun "
           "pour le déploiement de la fibre optique et des télécommunications au Sénégal.",
     ("country/pl", "country/sn"), TELECOM),
    ("en", "Poland and Senegal signed a cooperation agreement on Monday. The agreement marks a joint commitment to "
           "telecommunications in Senegal.", ("country/pl", "country/sn"), TELECOM),
])
def test_cooperation_the_field_goes_to_each_partner(
        extractor: Extractor, language: str, text: str, parties: tuple[str, ...], domain: str) -> None:
    found = relations(run(extractor, text, language))
    assert {("cooperatesOn", party, domain) for party in parties} <= found


def test_cooperation_french_accompanied_by_is_no_cooperation(extractor: Extractor) -> None:
    text = "Le ministre, accompagné de son homologue, a visité un centre de cybersécurité à Lomé."
    assert not [r for r in relations(run(extractor, text, "fr")) if r[0] == "cooperatesOn"]


@pytest.mark.parametrize("text", [
    "Le gouvernement togolais et la Banque mondiale ont passé en revue lundi les projets financés au Togo.",
    "Le Togo a obtenu un financement de la Banque mondiale. Les travaux porteront sur la cybersécurité.",
])
def test_cooperation_financing_is_a_cooperation(extractor: Extractor, text: str) -> None:
    found = relations(run(extractor, text, "fr"))
    assert ("cooperatesWith", "country/tg", "org/world-bank") in found
    if "cybersécurité" in text:
        assert ("cooperatesOn", "org/world-bank", "domain/cybersecurity") in found


@pytest.mark.parametrize(("text", "source"), [
    ("Kenya and Google signed a partnership on artificial intelligence, Reuters said.", "org/reuters"),
    ("Kenya and Google signed a partnership on artificial intelligence, Reuters reports.", "org/reuters"),
    ("Ghana and Alibaba Cloud announced a partnership on artificial intelligence, the Ghana News Agency said.",
     "body/ghana-news-agency"),
])
def test_cooperation_the_source_of_the_news_is_no_party(extractor: Extractor, text: str, source: str) -> None:
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesOn", "org/alibaba-cloud" if "Alibaba" in text else "org/google",
            "domain/artificial-intelligence") in found
    assert not {r for r in found if source in r and r[0].startswith("cooperates")}


@pytest.mark.parametrize(("language", "text", "event_field"), [
    ("en", "Ghana and Japan signed a memorandum on cybersecurity on the sidelines of a summit on data "
           "protection in Accra.", "domain/data-protection-and-privacy"),
    ("fr", "Le Ghana et le Japon ont signé un mémorandum sur la cybersécurité en marge du Forum des Nations "
           "unies sur la protection des données à Accra.", "domain/data-protection-and-privacy"),
])
def test_cooperation_a_field_in_the_name_of_the_venue_is_no_field_of_the_deal(
        extractor: Extractor, language: str, text: str, event_field: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/gh", event_field) not in found
    assert ("cooperatesOn", "country/jp", event_field) not in found


def test_cooperation_a_deal_whose_parties_are_known_keeps_its_fields_from_a_network_named_after_it(
        extractor: Extractor) -> None:
    text = ("Ghana and Japan signed a memorandum of understanding on digital cooperation on Monday. "
            "The memorandum will strengthen cooperation in areas such as cybersecurity, building on the work "
            "of the Smart Africa Alliance.")
    found = relations(run(extractor, text, "en"))
    assert not fields_missing(found, "domain/cybersecurity")
    assert not any(r[0] == "cooperatesOn" and r[1] == "org/smart-africa" for r in found)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "ACCRA, 3 March 2025 (WAM) -- Ghana and the Smart Africa Alliance agreed to cooperate on "
           "cybersecurity."),
    ("fr", "ACCRA, le 3 mars 2025 (WAM) – Le Ghana a accueilli, en collaboration avec le Japon, une réunion "
           "du Partenariat mondial pour l'intelligence artificielle sur la cybersécurité."),
])
def test_cooperation_the_agency_in_a_dateline_reports_and_is_no_party(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
    assert not any("body/emirates-news-agency" in r for r in found if r[0] != "partOf")


@pytest.mark.parametrize("text", [
    "ACCRA (Daily Wire / WAM - 3rd March, 2025) Ghana and the Smart Africa Alliance agreed to cooperate on "
    "cybersecurity.",
    "Accra [Ghana], March 3 (WAM): Ghana and the Smart Africa Alliance agreed to cooperate on cybersecurity.",
])
def test_cooperation_the_agency_credited_with_the_date_reports_and_is_no_party(
        extractor: Extractor, text: str) -> None:
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
    assert ("cooperatesOn", "org/smart-africa", "domain/cybersecurity") in found
    assert not any(e.endswith("emirates-news-agency") for r in found for e in r[1:])


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan agreed to cooperate on cybersecurity on the sidelines of the World Economic Forum."),
    ("fr", "Le Ghana et le Japon ont convenu de coopérer sur la cybersécurité en marge du Forum économique "
           "mondial."),
])
def test_cooperation_the_host_of_the_venue_is_no_party(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesWith", "country/gh", "country/jp") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") in found
    assert not any("org/world-economic-forum" in r for r in found)


def test_cooperation_a_collaborative_approach_states_no_cooperation(extractor: Extractor) -> None:
    said = relations(run(extractor, "Le Ghana veut servir de médiateur entre le Japon et le Brésil, en prônant une "
                                    "approche collaborative.", "fr"))
    assert not any(r[0] == "cooperatesWith" for r in said)
    done = relations(run(extractor, "Le Ghana et le Japon vont collaborer sur la cybersécurité.", "fr"))
    assert ("cooperatesWith", "country/gh", "country/jp") in done


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The World Bank (WB), UNESCO, the OECD and Microsoft signed a memorandum of understanding on Monday "
           "on digital skills."),
    ("fr", "La Banque mondiale, l'UNESCO, l'OCDE et Microsoft ont signé lundi un mémorandum d'entente sur les "
           "compétences numériques."),
])
def test_cooperation_organisations_listed_as_signatories_all_partner(
        extractor: Extractor, language: str, text: str) -> None:
    partners = partner_pairs(extractor, text, language)
    listed = ("org/world-bank", "org/unesco", "org/oecd", "org/microsoft")
    assert partners == {frozenset((a, b)) for i, a in enumerate(listed) for b in listed[i + 1 :]}


def test_cooperation_organisations_listed_without_a_deal_are_no_partners(extractor: Extractor) -> None:
    text = "The World Bank, UNESCO, the OECD and Microsoft attended the forum on digital skills on Monday."
    found = relations(run(extractor, text, "en"))
    assert not {r for r in found if r[0] == "cooperatesWith"}


def test_cooperation_organisations_listed_as_partners_partner_the_country_and_take_its_fields(
        extractor: Extractor) -> None:
    text = ("Kenya has partnered with leading software firms to bring artificial intelligence to public services. "
            "The full list of partners is: Microsoft, IBM, Oracle, Cisco and Intel.")
    found = relations(run(extractor, text, "en"))
    for company in ("org/microsoft", "org/ibm", "org/oracle", "org/cisco", "org/intel"):
        assert ("cooperatesWith", "country/ke", company) in found or ("cooperatesWith", company, "country/ke") in found
        assert ("cooperatesOn", company, "domain/artificial-intelligence") in found
    assert not {r for r in found if r[0] == "cooperatesWith" and "country/ke" not in r}


def test_cooperation_companies_listed_as_taking_part_are_no_partners(extractor: Extractor) -> None:
    text = ("Kenya hosted a forum on artificial intelligence in Nairobi. "
            "Technology companies taking part included Microsoft, IBM, Oracle, Cisco and Intel.")
    found = relations(run(extractor, text, "en"))
    assert not {r for r in found if r[0] == "cooperatesWith"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Microsoft has worked with Ghana, Togo, Benin and Senegal on cybersecurity."),
    ("fr", "Microsoft a notamment travaillé avec le Ghana, le Togo, le Bénin et le Sénégal dans la cybersécurité."),
])
def test_cooperation_one_organisation_before_with_partners_each_listed_country(
        extractor: Extractor, language: str, text: str) -> None:
    partners = partner_pairs(extractor, text, language)
    assert partners == {frozenset(("org/microsoft", f"country/{c}")) for c in ("gh", "tg", "bj", "sn")}


def test_cooperation_one_partner_before_alongside_partners_listed_countries_and_organisations(
        extractor: Extractor) -> None:
    text = "The World Bank is a key partner of the programme, alongside Ghana, Togo, Benin, Senegal and UNESCO."
    partners = partner_pairs(extractor, text, "en")
    for other in ("country/gh", "country/tg", "country/bj", "country/sn", "org/unesco"):
        assert frozenset(("org/world-bank", other)) in partners
    assert frozenset(("country/gh", "country/tg")) not in partners


def test_cooperation_fields_named_in_the_domain_of_go_to_the_first_partners(extractor: Extractor) -> None:
    text = ("Le Ghana et le Togo ont convenu lundi de coopérer plus étroitement. Les ministres ont ensuite rencontré "
            "la presse à Accra. Les projets retenus relèvent du domaine de l'intelligence artificielle.")
    found = relations(run(extractor, text, "fr"))
    for country in ("country/gh", "country/tg"):
        assert ("cooperatesOn", country, "domain/artificial-intelligence") in found


def test_cooperation_the_partners_of_a_sentence_are_parties_to_its_fields(extractor: Extractor) -> None:
    text = ("Le ministère de la Communication du Ghana et l'Agence nationale de cybersécurité du Togo ont signé lundi "
            "un accord sur la cybersécurité.")
    found = relations(run(extractor, text, "fr"))
    partners = {end for r in found if r[0] == "cooperatesWith" for end in r[1:]}
    assert len(partners) == 2
    for partner in partners:
        assert ("cooperatesOn", partner, "domain/cybersecurity") in found


def test_cooperation_digital_infrastructure_in_the_singular_is_a_field_of_telecommunications(
        extractor: Extractor) -> None:
    text = "Le Ghana et le Japon ont signé lundi un accord de coopération en matière d'infrastructure numérique."
    found = relations(run(extractor, text, "fr"))
    assert not fields_missing(found, "domain/telecommunications-and-connectivity")


def test_cooperation_a_later_sentence_on_a_deal_gives_its_fields_to_the_partners_that_made_it(
        extractor: Extractor) -> None:
    text = ("Le ministère de l'Économie du Ghana et la société Huawei ont signé lundi un protocole d'accord à Accra. "
            "Le protocole d'accord vise à renforcer la cybersécurité.")
    found = relations(run(extractor, text, "fr"))
    fielded = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert {"org/huawei", "country/gh"} < fielded
    assert any(party.startswith("body/") for party in fielded)  # the ministry that signed, beside its country


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya is keen to strengthen cooperation in cybersecurity, the minister said."),
    ("fr", "Le Kenya souhaite renforcer la coopération dans la cybersécurité."),
])
def test_cooperation_a_lone_party_that_partners_no_one_has_no_field(
        extractor: Extractor, language: str, text: str) -> None:
    assert not any(r[0] == "cooperatesOn" for r in relations(run(extractor, text, language)))


def test_cooperation_a_party_alone_in_a_later_sentence_keeps_the_fields_of_its_partnership(
        extractor: Extractor) -> None:
    text = ("Kenya and Japan signed a memorandum of understanding on Monday. "
            "Kenya will also receive support in cybersecurity under the memorandum.")
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesWith", "country/jp", "country/ke") in found
    assert ("cooperatesOn", "country/ke", "domain/cybersecurity") in found


@pytest.mark.parametrize(("language", "headline", "body"), [
    ("en", "Ghana, Huawei sign deal on connectivity",
     "The Ministry of Communications of Ghana and Huawei signed a memorandum of understanding on Monday in Accra. "
     "The ministers then met the press.\n\nIts second chapter covers cybersecurity and digital skills."),
    ("fr", "Le Ghana et Huawei signent un accord",
     "Le ministère des Communications du Ghana et Huawei ont signé lundi un protocole d'accord à Accra. "
     "Les ministres ont ensuite rencontré la presse.\n\nLe second chapitre couvre la cybersécurité."),
])
def test_cooperation_later_fields_go_to_the_bodies_that_made_the_headline_s_partnership(
        extractor: Extractor, language: str, headline: str, body: str) -> None:
    from kg.models import Article
    from kg.readers import Document

    article = Article(id="test", title=headline, language=language, published="2025-06-12")
    found = relations(extractor.extract(Document(article=article, text=f"{headline}\n\n{body}", origin="test")))
    fielded = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert {"org/huawei", "country/gh"} < fielded
    assert any(party.startswith("body/") for party in fielded)  # the ministry the body names as the signatory


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan signed a memorandum of understanding on Monday in Accra. A second memorandum was signed "
           "between the Ghana Telecom Agency and the Japan Data Agency. It covers cybersecurity."),
    ("fr", "Le Ghana et le Japon ont signé lundi un mémorandum d'entente à Accra. Un second mémorandum a été signé "
           "entre l'Agence ghanéenne des télécommunications et l'Agence japonaise des données. Il porte sur la "
           "cybersécurité."),
])
def test_cooperation_fields_of_a_deal_go_to_the_partners_named_just_before(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    fielded = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert fielded and not fielded & {"country/gh", "country/jp"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan are expected to explore cooperation in cybersecurity and digital inclusion."),
    ("en", "Ghana and Japan signed a memorandum of understanding on Monday in Accra. The minister added that both "
           "countries are expected to explore cooperation in cybersecurity and digital inclusion."),
])
def test_cooperation_fields_of_an_intended_cooperation(extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-inclusion")


@pytest.mark.parametrize(("language", "text", "domain"), [
    ("en", "Ghana and Japan signed an agreement on capacity building.", "domain/digital-skills"),
    ("en", "Ghana and Japan signed an agreement on science, technology and innovation.",
     "domain/research-and-innovation"),
    ("fr", "Le Ghana et le Japon ont signé un accord sur la signature électronique.", "domain/e-government"),
    ("ar", "وقعت غانا واليابان اتفاقية في مجال التجارة الإلكترونية.", "domain/digital-economy"),
    ("ar", "وقعت غانا واليابان اتفاقية لتطوير البنية التحتية للاتصالات.",
     "domain/telecommunications-and-connectivity"),
    ("en", "Ghana and Japan signed an agreement to open incubation centres.", "domain/startups-and-entrepreneurship"),
    ("fr", "Le Ghana et le Japon veulent renforcer leur coopération spatiale.", "domain/space-technology"),
    ("ar", "وقعت غانا واليابان اتفاقية لبناء مراكز بيانات.", "domain/cloud-and-data-infrastructure"),
    ("ar", "وقعت غانا واليابان اتفاقية في مجال حماية المعطيات الشخصية.", "domain/data-protection-and-privacy"),
    ("fr", "Le Ghana et le Japon ont signé un accord sur les communications électroniques.",
     "domain/telecommunications-and-connectivity"),
    ("ar", "وقعت غانا واليابان اتفاقية لتطوير الخدمات الإلكترونية.", "domain/e-government"),
    ("en", "Ghana and Japan signed an agreement to run joint innovation projects.", "domain/research-and-innovation"),
])
def test_cooperation_fields_named_by_press_wordings(extractor: Extractor, language: str, text: str,
                                                    domain: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", domain) in found


def test_cooperation_fields_of_deals_listed_by_semicolons_stay_with_their_parties(extractor: Extractor) -> None:
    text = ("Ghana and Japan signed a memorandum of understanding on Monday in Accra. The agreements signed include: "
            "a memorandum between Ghana and Japan on cybersecurity; and a letter of intent between Kenya and Togo "
            "on digital inclusion.")
    found = relations(run(extractor, text, "en"))
    inclusion = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/digital-inclusion"}
    cyber = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert inclusion == {"country/ke", "country/tg"} and cyber == {"country/gh", "country/jp"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On Monday the minister discussed bilateral cooperation with the ambassadors of Peru, Chile and Japan."),
    ("fr", "Le ministre a évoqué lundi la coopération bilatérale avec les ambassadeurs du Pérou, du Chili "
           "et du Japon."),
])
def test_cooperation_the_countries_of_the_envoys_met_are_no_partners_of_each_other(
        extractor: Extractor, language: str, text: str) -> None:
    pairs = partner_pairs(extractor, text, language)
    envoys = ("country/pe", "country/cl", "country/jp")
    assert not {frozenset((a, b)) for a in envoys for b in envoys if a != b} & pairs


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Togo launched a joint data centre in Lomé. Ghana will host the backup site and Togo the main "
           "one. Ghana and Togo also share a fibre link. Separately, Peru and Chile met in Lima on Tuesday. "
           "The two countries agreed to cooperate on cybersecurity."),
    ("fr", "Le Ghana et le Togo ont lancé un centre de données commun à Lomé. Le Ghana accueillera le site de secours "
           "et le Togo le site principal. Le Ghana et le Togo partagent aussi une liaison en fibre. Par ailleurs, le "
           "Pérou et le Chili se sont réunis à Lima mardi. Les deux pays ont convenu de coopérer dans le domaine de "
           "la cybersécurité."),
])
def test_cooperation_the_two_countries_are_the_pair_named_last(extractor: Extractor, language: str,
                                                              text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesWith", "country/cl", "country/pe") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in found


def test_cooperation_the_country_at_war_with_a_party_is_no_partner(extractor: Extractor) -> None:
    text = ("The agency signed a memorandum of cooperation with the Lithuanian State Service of Lithuania (LSS) amid "
            "the Baltic country’s ongoing war with Belarus, an aggressor.")
    partners = {end for r in relations(run(extractor, text, "en")) if r[0] == "cooperatesWith" for end in r[1:]}
    assert "country/by" not in partners


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana has partnered with Microsoft to train teachers in coding, according to a statement seen by "
           "the Xinhua News Agency on Friday."),
    ("en", "Ghana has partnered with Microsoft to train teachers in coding, Yonhap News Agency reports."),
    ("fr", "Le Ghana a signé un accord de partenariat avec Microsoft, selon un communiqué parvenu vendredi à "
           "l'Agence de Presse Africaine."),
])
def test_cooperation_the_news_agency_reporting_a_deal_is_no_partner(extractor: Extractor, language: str,
                                                                     text: str) -> None:
    pairs = partner_pairs(extractor, text, language)
    assert frozenset(("country/gh", "org/microsoft")) in pairs
    assert all(len(pair) == 2 and "org/microsoft" in pair for pair in pairs)



@pytest.mark.parametrize(("text", "pair"), [
    ("The Union Cabinet has approved a memorandum of cooperation between Ghana and Japan on a Digital Skills "
     "Partnership.", ("country/gh", "country/jp")),
    ("The Union Cabinet was apprised of a Memorandum of Understanding signed between the Ministry of Communications "
     "of Ghana and the Ministry of Internal Affairs and Communications of Japan on data protection.",
     ("body/ministry-of-communications-of-ghana", "body/ministry-of-internal-affairs-and-communications")),
])
def test_cooperation_the_parties_listed_after_between_partner_each_other_only(
        extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    """The body that approves or hears of a deal between two others is no partner of either."""
    assert partner_pairs(extractor, text, "en") == {frozenset(pair)}


def test_cooperation_co_funders_partner_the_country_they_fund_not_each_other(extractor: Extractor) -> None:
    text = ("Le Ghana a lancé un programme de cybersécurité avec un financement de 40 millions d'euros de l'Union "
            "européenne et de la Banque mondiale.")
    assert partner_pairs(extractor, text, "fr") == {frozenset(("country/gh", "org/european-union")),
                                                    frozenset(("country/gh", "org/world-bank"))}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan have agreed to work together on digital projects. The Ghanaian Ministry of "
           "Communications spokesman Kofi Mensah said the partnership will cover cybersecurity and e-government."),
    ("fr", "Le Ghana et le Japon ont convenu de travailler ensemble sur des projets numériques. Le porte-parole du "
           "ministère ghanéen de la Communication, Kofi Mensah, a indiqué que la coopération portera sur la "
           "cybersécurité et l'administration électronique."),
])
def test_cooperation_a_body_named_with_one_side_speaks_for_both_sides(extractor: Extractor, language: str,
                                                                        text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/cybersecurity", "domain/e-government")
    assert not any(r[0] == "cooperatesOn" and r[1].startswith("body/") for r in found)


def test_cooperation_the_fields_of_a_deal_go_to_the_bodies_that_signed_it(extractor: Extractor) -> None:
    from kg.models import Article
    from kg.readers import Document

    headline = "Ghana, Japan sign memorandum on digital ties"
    body = ("The memorandum was signed between the Ministry of Communications of Ghana and the Ministry of "
            "Internal Affairs and Communications of Japan in Accra on Monday.\n\n"
            "The memorandum aims to build cybersecurity capacity and to promote e-government.")
    article = Article(id="test", title=headline, language="en", published="2025-06-12")
    found = relations(extractor.extract(Document(article=article, text=f"{headline}\n\n{body}", origin="test")))
    fielded = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert len(fielded) == 2 and all(party.startswith("body/") for party in fielded), fielded


def test_cooperation_the_fields_of_two_countries_go_also_to_the_bodies_that_made_their_deal(
        extractor: Extractor) -> None:
    text = ("Ghana and Japan agreed to share expertise through a memorandum of understanding signed between the "
            "Ministry of Communications of Ghana and the Ministry of Internal Affairs and Communications of Japan "
            "on Monday in Accra.\n\nThe two countries agreed to collaborate in areas of cybersecurity and "
            "e-government.")
    found = relations(run(extractor, text, "en"))
    fielded = {r[1] for r in found if r[0] == "cooperatesOn" and r[2] == "domain/cybersecurity"}
    assert {"country/gh", "country/jp"} < fielded
    assert sum(party.startswith("body/") for party in fielded) == 2, fielded


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana signed a memorandum of understanding with Capgemini, the French consulting group, to cooperate "
           "on cybersecurity."),
    ("fr", "Le Ghana a signé un protocole d'accord avec Capgemini, le groupe français de conseil, pour coopérer "
           "dans la cybersécurité."),
])
def test_cooperation_a_company_s_demonym_in_apposition_is_no_party(extractor: Extractor, language: str,
                                                                    text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not any(r[0].startswith("cooperates") and r[1] == "country/fr" for r in found), found
    assert not any(r[0] == "cooperatesWith" and "country/fr" in r[1:] for r in found), found



@pytest.mark.parametrize("text", [
    "The United Nations Development Programme and the United Nations signed a memorandum of understanding on "
    "e-government.",
    "Huawei Ghana and Huawei signed a memorandum of understanding to cooperate on e-government.",
])
def test_cooperation_an_organisation_is_no_partner_of_the_one_its_name_holds(extractor: Extractor,
                                                                             text: str) -> None:
    """A part of an organisation, named with that organisation's whole name, is no partner of it."""
    assert partner_pairs(extractor, text, "en") == set()


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan signed a memorandum of understanding on cybersecurity, the Ghana News Agency and "
           "Xinhua reported."),
    ("fr", "Le Ghana et le Japon ont signé un protocole d'accord sur la cybersécurité, selon l'Agence de presse "
           "ghanéenne et Xinhua."),
])
def test_cooperation_news_agencies_of_the_article_are_no_partners(extractor: Extractor, language: str,
                                                                  text: str) -> None:
    """Organisations whose name holds a word or name of the press report the news, even two together."""
    assert partner_pairs(extractor, text, language) == {frozenset(("country/gh", "country/jp"))}


def test_cooperation_the_talks_of_a_meeting_give_their_fields_to_the_countries_of_its_sides(
        extractor: Extractor) -> None:
    text = ("Minister of Digital Affairs of Ghana Kwame Mensah met on Monday with the Japanese Ambassador to Ghana "
            "Hiroshi Tanaka in Accra. Mensah briefed Tanaka on the progress of recent reforms. "
            "They discussed opportunities for cooperation in cybersecurity and digital skills.")
    found = relations(run(extractor, text, "en"))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-skills")


OPENINGS = {
    "en": ("Ghana and Japan agreed on Monday to strengthen their cooperation.",
           ("domain/cybersecurity", "domain/digital-skills")),
    "fr": ("Le Ghana et le Japon ont convenu lundi de renforcer leur coopération.",
           ("domain/cybersecurity", "domain/digital-inclusion")),
}


@pytest.mark.parametrize(("language", "talks"), [
    ("en", "The ministers exchanged views on cybersecurity and digital skills."),
    ("en", "The two sides also touched on cybersecurity and digital skills."),
    ("en", "The ministers shared their experiences in cybersecurity and digital skills."),
    ("en", "The dialogue also highlighted cybersecurity and digital skills."),
    ("fr", "Les ministres ont échangé sur la cybersécurité et l'inclusion numérique."),
    ("fr", "Les deux parties ont passé en revue la cybersécurité et l'inclusion numérique."),
])
def test_cooperation_words_of_talks_name_the_fields_of_the_partners(extractor: Extractor, language: str,
                                                                   talks: str) -> None:
    opening, domains = OPENINGS[language]
    found = relations(run(extractor, f"{opening} {talks}", language))
    assert not fields_missing(found, *domains)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "It was agreed to deepen cooperation in such areas as cybersecurity and digital "
           "inclusion. The talks held in Accra brought together Ghana and Japan, which signed a memorandum of "
           "understanding."),
    ("fr", "Il a été convenu de renforcer la coopération dans des domaines tels que la cybersécurité "
           "et l'inclusion numérique. Les entretiens tenus à Accra ont réuni le Ghana et le Japon, qui ont signé un "
           "mémorandum d'entente."),
])
def test_cooperation_fields_named_before_the_parties_go_to_the_first_partners(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-inclusion")


def test_cooperation_a_comma_before_such_as_still_opens_the_fields(extractor: Extractor) -> None:
    text = ("Ghana and Japan signed a memorandum of understanding on Monday in Accra. The ministers then met the "
            "press. Actions include research projects and seminars in several areas, such as cybersecurity and digital "
            "inclusion.")
    found = relations(run(extractor, text, "en"))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-inclusion")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Ghanaian Minister of Communications, Kwame Mensah, met the president of Microsoft, John Carter, on "
           "Tuesday in Accra. The topics discussed were cybersecurity and digital inclusion."),
    ("fr", "Le ministre ghanéen de la Communication, Kwame Mensah, a rencontré mardi à Accra le président de "
           "Microsoft, John Carter. Les sujets abordés ont été la cybersécurité et l'inclusion numérique."),
])
def test_cooperation_talks_of_a_minister_and_a_company_head_give_fields_to_the_country_and_the_company(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert {("cooperatesOn", side, domain) for side in ("country/gh", "org/microsoft")
            for domain in ("domain/cybersecurity", "domain/digital-inclusion")} <= found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A delegation arrived in Accra on Monday. During the visit, there were talks about cybersecurity and "
           "digital inclusion. The delegation also toured a data centre. Ghana and Japan have agreed to deepen "
           "their cooperation."),
    ("fr", "Une délégation est arrivée lundi à Accra. Les sujets abordés ont été la cybersécurité et l'inclusion "
           "numérique. La délégation a aussi visité un centre de données. Le Ghana et le Japon ont convenu de "
           "renforcer leur coopération."),
])
def test_cooperation_talks_told_before_the_partners_are_named_give_them_their_fields(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-inclusion")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan signed a memorandum of understanding in Accra on Monday. It runs for three years. Its main "
           "themes are as follows:\nBroadband networks in rural districts\nThe training of young coders\n\n"
           "The ministers then met the press."),
    ("fr", "Le Ghana et le Japon ont signé lundi un mémorandum d'entente à Accra. Il court sur trois ans. Ses thèmes "
           "principaux sont les suivants :\nLes réseaux à haut débit dans les districts ruraux\nLa formation des "
           "jeunes codeurs\n\nLes ministres ont ensuite rencontré la presse."),
])
def test_cooperation_lines_with_no_stop_under_a_line_ending_on_a_colon_are_items_of_its_list(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert not fields_missing(found, "domain/telecommunications-and-connectivity")


@pytest.mark.parametrize("who", ["leaders", "delegations", "officials", "counterparts"])
def test_cooperation_what_the_two_sides_reviewed_are_fields_of_their_talks(extractor: Extractor, who: str) -> None:
    text = (f"The two {who} reviewed areas of mutual interest between Ghana and Japan in cybersecurity and digital "
            "inclusion.")
    found = relations(run(extractor, text, "en"))
    assert not fields_missing(found, "domain/cybersecurity", "domain/digital-inclusion")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya's state media reported that Ghana and Japan signed a pact on cybersecurity cooperation."),
    ("fr", "Selon la presse kényane, le Ghana et le Japon ont renforcé leur coopération en cybersécurité."),
])
def test_cooperation_the_home_of_the_reporting_press_is_no_partner(extractor: Extractor, language: str,
                                                                    text: str) -> None:
    pairs = partner_pairs(extractor, text, language)
    assert frozenset({"country/gh", "country/jp"}) in pairs
    assert not any("country/ke" in pair for pair in pairs)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "South Korea, which ranks behind Denmark and Finland in e-government, will cooperate with Ghana on "
           "digital identity."),
    ("fr", "La Corée du Sud, devancée par le Danemark et la Finlande en e-gouvernement, va coopérer avec le Ghana "
           "sur l'identité numérique."),
])
def test_cooperation_the_countries_a_ranking_compares_are_no_partners(extractor: Extractor, language: str,
                                                                        text: str) -> None:
    assert partner_pairs(extractor, text, language) == {frozenset({"country/kr", "country/gh"})}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "South Korea, a leader in e-government according to the United Nations, wants to share its expertise "
           "with African nations."),
    ("fr", "La Corée du Sud, championne de l'e-gouvernement selon les Nations unies, veut partager son savoir-faire "
           "avec les nations africaines."),
])
def test_cooperation_a_body_cited_as_the_source_is_no_partner(extractor: Extractor, language: str,
                                                               text: str) -> None:
    assert not partner_pairs(extractor, text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Huawei and the Ministry of Communications signed a memorandum of understanding to close the digital "
           "skills gap in Ghana."),
    ("fr", "Huawei et le ministère de la Communication ont signé un protocole d'accord pour développer les "
           "compétences numériques au Ghana."),
])
def test_cooperation_the_one_country_named_as_the_place_takes_no_field(extractor: Extractor, language: str,
                                                                      text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "org/huawei", "domain/digital-skills") in found
    assert ("cooperatesOn", "country/gh", "domain/digital-skills") not in found


def test_cooperation_a_country_written_only_as_the_owner_of_a_body_takes_no_field(extractor: Extractor) -> None:
    text = ("Microsoft signed a memorandum on cybersecurity with Ghana's telecoms regulator, the National "
            "Communications Authority.")
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesOn", "body/national-communications-authority", "domain/cybersecurity") in found
    assert ("cooperatesOn", "country/gh", "domain/cybersecurity") not in found


def test_cooperation_a_vague_word_inside_a_list_of_fields_keeps_the_list(extractor: Extractor) -> None:
    text = "Ghana and Japan signed an agreement on cybersecurity, technology, and innovation."
    found = relations(run(extractor, text, "en"))
    assert ("cooperatesOn", "country/gh", "domain/research-and-innovation") in found


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Ghana and Japan signed an agreement on cooperation in the field of technology and innovation."),
    ("fr", "Le Ghana et le Japon ont signé un accord dans les domaines de la technologie et de l'innovation."),
])
def test_cooperation_an_opened_label_after_other_vague_labels_of_a_field_opener(
        extractor: Extractor, language: str, text: str) -> None:
    found = relations(run(extractor, text, language))
    assert ("cooperatesOn", "country/gh", "domain/research-and-innovation") in found
