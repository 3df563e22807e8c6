"""Real organisations and bodies of the reference data found by name (data/reference/*.yaml through
the extractor): national postal and telecom operators, and official names written in full."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import named_facts, run


def organisations(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.name for e in run(extractor, text, language).entities if e.type.value == "Organization"}


def test_reference_postal_and_telecom_operators(extractor) -> None:
    text = ("Algérie Poste et La Poste Tunisienne ont signé lundi à Tunis une convention sur le paiement "
            "mobile, en présence des dirigeants de Camtel et de Gabon Télécom.")
    assert {"Algérie Poste", "La Poste Tunisienne", "CAMTEL", "Gabon Télécom"} <= organisations(extractor, text, "fr")


def test_reference_a_full_official_name_is_the_known_organisation(extractor) -> None:
    text = ("L'Institut national de recherche en informatique et en automatique (INRIA) et le CRIAQ "
            "lancent un programme commun sur l'intelligence artificielle.")
    found = organisations(extractor, text, "fr")
    assert {"Inria", "CRIAQ"} <= found
    assert not any(name.startswith("Institut national") for name in found)


def test_reference_a_name_spelled_out_before_a_known_acronym(extractor) -> None:
    text = ("Rwanda signed the deal with the Germany Development Agency (GIZ) on Monday. GIZ will fund "
            "a training centre in Kigali.")
    extraction = run(extractor, text, "en")
    actors = {e.name for e in extraction.entities if e.type.value in ("Organization", "GovernmentBody")}
    assert actors == {"Deutsche Gesellschaft für Internationale Zusammenarbeit"}


def test_reference_a_minister_of_several_known_ministries_is_a_member_of_each(extractor) -> None:
    text = ("Mr. Ravi Kumar, Minister for Railways, Information and Broadcasting, Electronics and Information "
            "Technology, India, met the Japanese trade minister on Friday.")
    extraction = run(extractor, text, "en")
    names = {e.id: e.name for e in extraction.entities}
    bodies = {names[r.object] for r in extraction.relations
              if r.type.value == "memberOf" and names[r.subject] == "Ravi Kumar"}
    assert bodies == {"Ministry of Railways", "Ministry of Information and Broadcasting of India",
                      "Ministry of Electronics and Information Technology"}


@pytest.mark.parametrize(("language", "text", "body", "country"), [
    ("fr", "Bpifrance et la Caisse de Dépôt et de Gestion financeront le fonds commun.", "body/bpifrance", "fr"),
    ("fr", "Bpifrance et la Caisse de Dépôt et de Gestion financeront le fonds commun.",
     "body/caisse-de-depot-et-de-gestion", "ma"),
    ("fr", "La Caisse des Dépôts et Consignations Tunisie a rejoint le programme.",
     "body/caisse-des-depots-et-consignations-tunisie", "tn"),
    ("en", "The Ministry of Science and ICT said the programme opens in May.",
     "body/ministry-of-science-and-ict", "kr"),
    ("en", "The Indian Space Research Organisation and Roscosmos will share satellite data from next year.",
     "body/indian-space-research-organisation", "in"),
    ("en", "The Indian Space Research Organisation and Roscosmos will share satellite data from next year.",
     "body/roscosmos", "ru"),
    ("fr", "Le Centre des technologies de l'information de l'État a présenté sa nouvelle plateforme.",
     "body/state-information-technology-centre", "lu"),
    ("en", "Engineers of the National Informatics Centre will train the officials in March.",
     "body/national-informatics-centre", "in"),
    ("fr", "Le ministère de l'Europe et des Affaires étrangères a publié un communiqué mardi.",
     "body/ministry-for-europe-and-foreign-affairs", "fr"),
    ("fr", "Le ministère de la Transition numérique et de la Digitalisation ouvre un appel à projets.",
     "body/ministry-of-digital-transition-and-digitalisation", "ci"),
    ("fr", "Le Conseil national des télécommunications (CONATEL) a lancé une consultation publique.",
     "body/national-telecommunications-council", "ht"),
    ("en", "The Iranian Ministry of Information and Communications Technology announced a new satellite.",
     "body/ministry-of-information-and-communications-technology-of-iran", "ir"),
    ("en", "The Estonian Foreign Ministry will host the conference on digital diplomacy.",
     "body/ministry-of-foreign-affairs-of-estonia", "ee"),
    ("fr", "Le ministère délégué chargé de l'Économie numérique et de l'Innovation a lancé un portail.",
     "body/ministry-delegate-for-the-digital-economy-and-innovation-of-djibouti", "dj"),
    ("fr", "Le ministère de la Communication et de l'Économie numérique a réuni les opérateurs lundi.",
     "body/ministry-of-communication-and-digital-economy-of-gabon", "ga"),
    ("ar", "أعلنت وزارة التخطيط والتعاون الدولي اليمنية عن برنامج جديد للتدريب.",
     "body/ministry-of-planning-and-international-cooperation-of-yemen", "ye"),
    ("en", "Officers of the Ministry of Policing attended the cybercrime workshop in Suva.",
     "body/ministry-of-policing-of-fiji", "fj"),
    ("fr", "Le DDPS a présenté mardi sa stratégie de cyberdéfense à Berne.",
     "body/federal-department-of-defence-civil-protection-and-sport", "ch"),
])
def test_reference_state_banks_and_ministries_are_bodies_of_their_country(extractor, language, text, body,
                                                                          country) -> None:
    extraction = run(extractor, text, language)
    assert body in {e.id for e in extraction.entities if e.type.value == "GovernmentBody"}
    assert (body, f"country/{country}") in {(r.subject, r.object) for r in extraction.relations
                                            if r.type.value == "partOf"}


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("en", "US Secretary of State John Hale said on Monday that the talks would go on.", "John Hale",
     "United States Department of State"),
    ("fr", "Le secrétaire d'État américain, John Hale, a salué l'accord.", "John Hale",
     "United States Department of State"),
    ("en", "British Foreign Secretary Ann Holt arrived in Nairobi on Monday.", "Ann Holt",
     "Foreign, Commonwealth and Development Office"),
    ("en", "US Attorney General Mark Reed met his Kenyan counterpart on Monday.", "Mark Reed",
     "United States Department of Justice"),
    ("en", "British Home Secretary Ann Holt arrived in Nairobi on Monday.", "Ann Holt", "Home Office"),
])
def test_reference_a_head_s_title_of_its_country_names_the_body(extractor, language, text, person, body) -> None:
    """The reference data gives a body's head's titles: a title of that country naming no portfolio
    ("Secretary of State") is a post in it."""
    assert ("memberOf", person, body) in named_facts(extractor, text, language, "memberOf")


def test_reference_a_head_s_title_of_another_country_is_not_that_body(extractor) -> None:
    text = "Le secrétaire d'État chargé du Numérique, Jean Morel, a salué l'accord signé à Paris."
    bodies = {o for _, s, o in named_facts(extractor, text, "fr", "memberOf") if s == "Jean Morel"}
    assert "United States Department of State" not in bodies


def _member_bodies(extractor: Extractor, text: str, language: str, person: str) -> set[str]:
    extraction = run(extractor, text, language)
    names = {e.id: e.name for e in extraction.entities}
    return {names[r.object] for r in extraction.relations
            if r.type.value == "memberOf" and names[r.subject] == person}


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "La ministre sud-africaine des Relations extérieures, Jane Roe, a reçu la délégation lundi à Pretoria.",
     "Jane Roe", "Department of International Relations and Cooperation of South Africa"),
    ("en", "Chilean Defense Minister John Doe opened the new cyber centre in Santiago on Monday.",
     "John Doe", "Ministry of National Defense of Chile"),
    ("en", "Estonia's Minister of Foreign Trade and Information Technology John Doe will visit Kyiv next week.",
     "John Doe", "Ministry of Economic Affairs and Communications"),
    ("fr", "Le ministre de l'Economie et de la Planification du développement du Tchad, Paul Martin, a signé "
     "l'accord à N'Djamena.", "Paul Martin", "Ministry of Economy and Development Planning of Chad"),
])
def test_reference_a_title_in_other_words_is_the_real_ministry(extractor, language, text, person, body) -> None:
    assert _member_bodies(extractor, text, language, person) == {body}


@pytest.mark.parametrize(("text", "body"), [
    ("Le ministre tchadien des Télécommunications, Paul Martin, a reçu la délégation lundi à N'Djamena.",
     "Ministry of Telecommunications and Digital Economy of Chad"),
    ("Le ministre tchadien de l'Economie numérique, Paul Martin, a reçu la délégation lundi à N'Djamena.",
     "Ministry of Telecommunications and Digital Economy of Chad"),
    ("Le ministre gabonais de l'Économie numérique, de la Digitalisation et de l'Innovation, Paul Martin, "
     "a reçu la délégation mardi à Libreville.", "Ministry of Digital Economy of Gabon"),
])
def test_reference_a_title_naming_fewer_or_more_portfolios_is_the_settled_ministry(extractor, text, body) -> None:
    assert _member_bodies(extractor, text, "fr", "Paul Martin") == {body}


def test_reference_a_title_of_unsaid_country_naming_a_known_ministry_word_for_word(extractor) -> None:
    text = "Minister for IT and Telecommunication Paul Martin received the delegation on Tuesday."
    assert _member_bodies(extractor, text, "en", "Paul Martin") == {
        "Ministry of Information Technology and Telecommunication"}


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Elle a rencontré Paul Girard, directeur général de l'ONUDI, à Vienne.", "Paul Girard",
     "United Nations Industrial Development Organization"),
    ("fr", "M. Paul Girard, président de la BOAD, a signé la convention.", "Paul Girard",
     "West African Development Bank"),
    ("en", "Tom Keller, the chairman of Caricom, opened the meeting.", "Tom Keller", "Caricom"),
    ("fr", "Le directeur général de la Poste de Djibouti, Karim Houssein, était présent.", "Karim Houssein",
     "La Poste de Djibouti"),
    ("fr", "Il a reçu le président du Bureau de gestion de la cyberdéfense, Paul Girard, à Bruxelles.", "Paul Girard",
     "Cyber Defence Management Board"),
    ("en", "Dr. Tom Keller, Director of ITU Telecommunication Development Bureau, signed it.", "Tom Keller",
     "Telecommunication Development Bureau"),
    ("en", "Tom Keller, director of the e-Governance Academy, signed the memorandum.", "Tom Keller",
     "e-Governance Academy"),
    ("fr", "Elle a reçu la ministre suédoise du Commerce, Mme Lena Berg, mardi.", "Lena Berg",
     "Ministry for Foreign Affairs of Sweden"),
    ("en", "Lena Tan, Minister for Communications and Information of Singapore, opened the forum.", "Lena Tan",
     "Ministry of Communications and Information"),
])
def test_reference_bodies_employ_the_people_their_posts_name(extractor: Extractor, language: str, text: str,
                                                             person: str, body: str) -> None:
    assert ("memberOf", person, body) in named_facts(extractor, text, language, "memberOf")


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "MOSCOW (UrduPoint News / Sputnik - 3rd May, 2024) The two ministers met.", "Sputnik"),
    ("en", "The company signed a memorandum with Palo Alto Networks on Monday.", "Palo Alto Networks"),
    ("en", "Separately, Kyrgyztelecom and a Kazakh operator signed a memorandum of intent.", "Kyrgyztelecom"),
    ("en", "The delegation visited IT Park Uzbekistan on Tuesday.", "IT Park Uzbekistan"),
    ("fr", "Le Service européen pour l'action extérieure a publié un communiqué.", "European External Action Service"),
])
def test_reference_organisations_are_found_by_name(extractor: Extractor, language: str, text: str, name: str) -> None:
    assert name in {e.name for e in run(extractor, text, language).entities if e.type.value == "Organization"}


def test_reference_ministries_found_by_their_name_written_bare(extractor: Extractor) -> None:
    text = "Singapore's delegation met officials of the Ministry of Communications and Information on Monday."
    assert ("partOf", "Ministry of Communications and Information", "Singapore") in \
        named_facts(extractor, text, "en", "partOf")


@pytest.mark.parametrize(("language", "text", "body", "country"), [
    ("en", "Somsak Vong, Minister of Technology and Communications of Laos, opened the hub.",
     "Ministry of Technology and Communications", "Laos"),
    ("en", "Tran Van Minh, Minister of Information and Communications, arrived in Jakarta from Vietnam.",
     "Ministry of Information and Communications of Vietnam", "Vietnam"),
    ("en", "The Ghanaian National Information Technology Agency will host the portal.",
     "National Information Technology Agency", "Ghana"),
    ("fr", "Le ministère russe du développement numérique, des communications et des médias a publié un texte.",
     "Ministry of Digital Development, Communications and Mass Media of Russia", "Russia"),
    ("en", "India's Union Cabinet approved the memorandum on Wednesday.", "Union Cabinet", "India"),
    ("en", "In China, the Hong Kong Monetary Authority (HKMA) tested the platform.", "Hong Kong Monetary Authority",
     "China"),
    ("en", "Brazil's Itamaraty hosted the talks in Brasília.", "Ministry of Foreign Affairs of Brazil", "Brazil"),
])
def test_reference_bodies_under_their_annotated_canonical_names(extractor: Extractor, language: str, text: str,
                                                                body: str, country: str) -> None:
    assert ("partOf", body, country) in named_facts(extractor, text, language, "partOf")


def test_reference_a_country_s_ministers_are_members_of_its_known_ministries(extractor) -> None:
    # titles built from portfolios alone become the reference data's ministries of the government's country;
    # two titles of one person ("… et ministre délégué à …") are two known ministries
    text = ("Le gouvernement luxembourgeois était représenté à Metz par le ministre de l'Économie, des PME et "
            "du Tourisme, Paul Weber, la ministre de la Sécurité sociale, Anne Klein, et le ministre de la "
            "Fonction publique et ministre délégué à la Digitalisation, Jean Muller.")
    found = named_facts(extractor, text, "fr", "memberOf", "partOf")
    assert ("memberOf", "Paul Weber", "Ministry of the Economy of Luxembourg") in found
    assert ("memberOf", "Anne Klein", "Ministry of Social Security of Luxembourg") in found
    assert ("memberOf", "Jean Muller", "Ministry of the Civil Service of Luxembourg") in found
    assert ("memberOf", "Jean Muller", "Ministry for Digitalisation of Luxembourg") in found
    assert ("partOf", "Ministry of Social Security of Luxembourg", "Luxembourg") in found


@pytest.mark.parametrize(("language", "text", "person", "body"), [
    ("fr", "Anne Tremblay, ministre des Relations internationales et de la Francophonie, a rencontré son homologue.",
     "Anne Tremblay", "Ministry of International Relations and La Francophonie"),
    ("fr", "Paul Gagnon, ministre de l'Immigration, de la Francisation et de l'Intégration, était présent.",
     "Paul Gagnon", "Ministry of Immigration, Francisation and Integration"),
    ("en", "Bangladesh's State Minister for ICT Karim Hossain met the Indian minister in Dhaka on Monday.",
     "Karim Hossain", "Information and Communication Technology Division"),
])
def test_reference_a_minister_s_title_names_the_known_body(extractor, language, text, person, body) -> None:
    """A title's portfolios name the reference body of its country; an organisation's name that is one of
    those portfolios ("la Francophonie") is no organisation there."""
    found = named_facts(extractor, text, language, "memberOf")
    assert ("memberOf", person, body) in found
    assert organisations(extractor, text, language) == set()


@pytest.mark.parametrize(("language", "text", "body", "country"), [
    ("fr", "La Banque centrale de Mauritanie a signé un accord avec la Banque nationale du Cambodge.",
     "Central Bank of Mauritania", "Mauritania"),
    ("fr", "La Banque centrale de Mauritanie a signé un accord avec la Banque nationale du Cambodge.",
     "National Bank of Cambodia", "Cambodia"),
    ("en", "The Ghana Investment Fund for Electronic Communications (GIFEC) will build 200 towers in Ghana.",
     "Ghana Investment Fund for Electronic Communications", "Ghana"),
    ("en", "The Malaysia Digital Economy Corporation (MDEC) and Thailand opened a hub.",
     "Malaysia Digital Economy Corporation", "Malaysia"),
])
def test_reference_state_funds_corporations_and_central_banks_are_bodies(extractor, language, text, body,
                                                                          country) -> None:
    assert ("partOf", body, country) in named_facts(extractor, text, language, "partOf")


@pytest.mark.parametrize(("text", "body"), [
    ("Egypt's Minister of Telecommunications and Information Technology Amr Salem opened the centre.",
     "Ministry of Communications and Information Technology of Egypt"),
    ("Saudi Minister of Communications and Information Technology Fahd Al-Nasser met the delegation.",
     "Ministry of Communications and Information Technology of Saudi Arabia"),
])
def test_reference_a_title_within_a_known_ministry_s_portfolios_names_it(extractor, text: str, body: str) -> None:
    person = text.split(" Technology ")[1].split(" ")[:2]
    assert ("memberOf", " ".join(person), body) in named_facts(extractor, text, "en", "memberOf")


def test_reference_a_secretary_general_of_an_organisation_heads_no_ministry(extractor) -> None:
    text = "La présence de la Secrétaire générale de la francophonie, Louise Martin, a été saluée à Cotonou."
    assert not named_facts(extractor, text, "fr", "memberOf", "partOf")


@pytest.mark.parametrize(("text", "body", "country"), [
    ("Kenya's State Department for ICT and the Digital Economy signed a deal with Korea.",
     "State Department of Information and Communications Technology and Digital Economy", "Kenya"),
    ("The National Development and Reform Commission of the People's Republic of China (NDRC) approved it.",
     "National Development and Reform Commission", "China"),
])
def test_reference_a_body_s_long_official_name_is_the_known_body(extractor, text: str, body: str,
                                                                  country: str) -> None:
    assert ("partOf", body, country) in named_facts(extractor, text, "en", "partOf")


@pytest.mark.parametrize(("text", "ministry"), [
    ("The Cambodian Minister of Post and Telecommunications Sok Dara opened the forum in Phnom Penh.",
     "Ministry of Posts and Telecommunications of Cambodia"),
    ("The letter was signed by Minister of National Defense of Poland Jan Nowicki in Warsaw.",
     "Ministry of National Defence of Poland"),
])
def test_reference_a_minister_s_title_spelled_otherwise_names_the_known_ministry(extractor, text: str,
                                                                                 ministry: str) -> None:
    found = {body for _, _, body in named_facts(extractor, text, "en", "memberOf")}
    assert found == {ministry}


def test_reference_a_ministry_spelled_with_z_is_the_known_norwegian_one(extractor) -> None:
    text = "The envoy met the Minister of Digitalization and Public Governance of Norway Ola Berg in Oslo."
    found = {body for _, _, body in named_facts(extractor, text, "en", "memberOf")}
    assert found == {"Ministry of Digitalisation and Public Governance"}


@pytest.mark.parametrize("text", [
    "The Indonesian Communication and Information Minister Budi Santoso opened the forum in Bandung.",
    "Thai Minister of Information and Communications Somchai Rak met his Indonesian counterpart Agus Wibowo "
    "in Bangkok on Tuesday.",
    "The Minister of Communication and Informatics Agus Wibowo visited Jakarta's new data centre.",
])
def test_reference_a_known_ministry_of_the_portfolios_its_ministers_are_given(extractor, text) -> None:
    """Indonesia's Ministry of Communication and Informatics is its known Ministry of Communication and
    Information Technology, whichever of its ministers' portfolios a title gives."""
    extraction = run(extractor, text, "en")
    names = {e.id: e.name for e in extraction.entities}
    members = {names[r.object] for r in extraction.relations if r.type.value == "memberOf"
               and names[r.subject] in ("Budi Santoso", "Agus Wibowo")}
    assert members == {"Ministry of Communication and Information Technology of Indonesia"}


def test_reference_central_banks_are_state_bodies_of_their_country(extractor) -> None:
    """A central bank known by a name with no "central" in it is its country's state body."""
    text = ("Bank Negara Malaysia and the Bank of Thailand agreed on Monday in Kuala Lumpur to link their "
            "instant payment systems.")
    extraction = run(extractor, text, "en")
    names = {e.id: e.name for e in extraction.entities}
    bodies = {e.name for e in extraction.entities if e.type.value == "GovernmentBody"}
    assert {"Bank Negara Malaysia", "Bank of Thailand"} <= bodies
    parts = {(names[r.subject], names[r.object]) for r in extraction.relations if r.type.value == "partOf"}
    assert {("Bank Negara Malaysia", "Malaysia"), ("Bank of Thailand", "Thailand")} <= parts


def test_reference_a_ministry_s_acronym_and_its_name_written_without_a_comma(extractor) -> None:
    """Djibouti's MCPT, and its name written with no comma before "chargé", are its known ministry."""
    text = ("La délégation a été reçue à Djibouti par le secrétaire général du MCPT, Ali Hassan Omar, puis au "
            "ministère de la Communication chargé des Postes et des Télécommunications.")
    extraction = run(extractor, text, "fr")
    bodies = {e.name for e in extraction.entities if e.type.value == "GovernmentBody"}
    assert bodies == {"Ministry of Communication in charge of Posts and Telecommunications of Djibouti"}
