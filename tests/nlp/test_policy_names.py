"""Policies named right after a lower-case policy word ("le projet Global Gateway", "du programme MERG2", "le
programme « écoles connectées »"), on sentences written for the purpose."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def _policies(extractor: Extractor, text: str, language: str) -> set[str]:
    return {e.name for e in run(extractor, text, language).entities if e.type.value == "Policy"}


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("fr", "Le ministère sénégalais du Numérique a présenté lundi à Dakar les résultats du programme DIGISEN3 "
           "aux partenaires techniques.", "DIGISEN3"),
    ("fr", "Le Sénégal recevra 40 millions d'euros dans le cadre du projet Sahel Connect pour la fibre optique.",
     "Sahel Connect"),
    ("en", "Kenya will receive new funding under the programme Smart Villages to bring fibre to rural schools.",
     "Smart Villages"),
    ("fr", "Le Togo a lancé le programme « écoles connectées » pour relier les lycées à la fibre optique.",
     "écoles connectées"),
    ("fr", "Le Ghana a rejoint mardi le West Africa Digital Skills Program pour former des ingénieurs.",
     "West Africa Digital Skills Program"),
])
def test_nlp_a_name_after_a_policy_word_is_a_policy(extractor: Extractor, language: str, text: str,
                                                    policy: str) -> None:
    assert policy in _policies(extractor, text, language)


def test_nlp_the_subject_of_a_clause_after_a_policy_word_is_no_policy(extractor: Extractor) -> None:
    text = "Kenya welcomed the plan Ruto announced on Monday to connect every school to fibre."
    assert not {p for p in _policies(extractor, text, "en") if "Ruto" in p}


def test_nlp_the_mention_of_a_policy_named_after_its_word_keeps_the_word(extractor: Extractor) -> None:
    text = "Le Sénégal recevra 40 millions d'euros dans le cadre du projet Sahel Connect pour la fibre optique."
    policies = [e for e in run(extractor, text, "fr").entities if e.type.value == "Policy"]
    assert [(e.name, [m.text for m in e.mentions]) for e in policies] == [("Sahel Connect", ["projet Sahel Connect"])]


def test_nlp_a_quoted_phrase_opening_with_an_adjective_is_no_policy(extractor: Extractor) -> None:
    text = "Le directeur de l'alliance a salué une initiative « conforme aux objectifs de l'alliance » lundi à Lomé."
    assert not _policies(extractor, text, "fr")


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("en", "Kenya and Rwanda will follow the Master Plan on Regional Fibre agreed last year. The Master Plan runs "
           "until 2030.", "Master Plan"),
    ("en", "The ministry set out its Implementation Strategy for the new data centres in Mombasa on Monday.",
     "Implementation Strategy"),
    ("en", "Ghana and Togo signed two MoUs and Executive Programmes on postal services on Tuesday.",
     "Executive Programmes"),
    ("fr", "Le Bénin a adopté mardi un Plan d'Action pour ses agences de l'État, a indiqué le gouvernement.",
     "Plan d'Action"),
])
def test_nlp_a_name_of_policy_words_and_generic_words_only_is_no_policy(extractor: Extractor, language: str,
                                                                         text: str, policy: str) -> None:
    assert policy not in _policies(extractor, text, language)


@pytest.mark.parametrize(("text", "policy"), [
    ("Kenya unveiled its National Action Plan 2025 for broadband on Monday.", "National Action Plan 2025"),
    ("Rwanda launched the National Fibre Strategy on Monday in Kigali.", "National Fibre Strategy"),
    ("Exporters cited the RAIL and Ports Act when they met in Nairobi on Monday.", "RAIL and Ports Act"),
    ("The cabinet approved the National 6G Strategy last week.", "National 6G Strategy"),
])
def test_nlp_a_name_before_a_policy_word_keeps_its_year_proper_words_coordinated_word_and_code(
        extractor: Extractor, text: str, policy: str) -> None:
    """Generic words with a year or a proper word stay a name ("National Fibre Strategy"); the name goes on over
    one coordinator ("RAIL and Ports Act") and a number glued to a word ("6G")."""
    assert policy in _policies(extractor, text, "en")


def test_nlp_a_country_before_and_is_no_part_of_the_policy_name(extractor: Extractor) -> None:
    text = "Officials from Kenya and Rwanda Digital Strategy teams met in Kigali on Monday."
    assert not {p for p in _policies(extractor, text, "en") if p.startswith("Kenya")}


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("fr", "Le Ghana a présenté lundi ses priorités à Accra. Ces travaux entrent dans la deuxième phase du projet "
           "GHADIGI de modernisation des achats publics.", "policy/ghadigi"),
    ("en", "Ghana presented its priorities in Accra on Monday. The work is part of the second phase of the "
           "programme GhaLink for rural schools.", "policy/ghalink"),
])
def test_nlp_a_code_name_with_no_owner_in_its_sentence_is_not_the_article_country_s(
        extractor: Extractor, language: str, text: str, policy: str) -> None:
    result = run(extractor, text, language)
    assert policy in {e.id for e in result.entities}
    assert ("hasPolicy", "country/gh", policy) not in relations(result)


@pytest.mark.parametrize(("language", "text", "policy"), [
    ("fr", "Le Bénin a ouvert de nombreux chantiers dans le cadre de la stratégie e-Bénin 2030, a rappelé le ministre.",
     "policy/e-benin-2030"),
    ("en", "Ghana has opened several projects under the e-Ghana 2030 agenda, the minister recalled on Monday.",
     "policy/e-ghana-2030"),
])
def test_nlp_a_prefixed_country_name_and_a_year_is_the_country_s_policy(extractor: Extractor, language: str,
                                                                        text: str, policy: str) -> None:
    result = run(extractor, text, language)
    assert policy in {e.id for e in result.entities}
    assert any(r[0] == "hasPolicy" and r[2] == policy for r in relations(result))


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Kenya joined the World Trade Organization E-Commerce Initiative on Monday in Nairobi."),
    ("fr", "Le Kenya a rejoint lundi à Nairobi la Stratégie numérique de l'Union africaine pour la période."),
])
def test_nlp_a_policy_named_after_an_organisation_is_no_country_s(extractor: Extractor, language: str,
                                                                   text: str) -> None:
    result = run(extractor, text, language)
    policies = {e.id for e in result.entities if e.type.value == "Policy"}
    assert policies
    assert not {r for r in relations(result) if r[0] == "hasPolicy" and r[2] in policies}


@pytest.mark.parametrize(("text", "policy"), [
    ("Le Niger prépare la stratégie nationale pour l'économie numérique 2030 avec ses partenaires.",
     "stratégie nationale pour l'économie numérique 2030"),
    ("Le Bénin a présenté la politique nationale de cybersécurité lors d'un atelier à Cotonou.",
     "politique nationale de cybersécurité"),
    ("Le gouvernement togolais prépare les textes qui complètent la loi sur les données personnelles.",
     "loi sur les données personnelles"),
])
def test_nlp_a_lower_case_policy_with_a_qualifier_and_a_subject_is_a_policy(extractor: Extractor, text: str,
                                                                            policy: str) -> None:
    assert policy in _policies(extractor, text, "fr")


def test_nlp_lower_case_policies_in_a_list_are_apart(extractor: Extractor) -> None:
    text = ("Le Niger a présenté la politique nationale pour la santé numérique et la loi sur les communications "
            "électroniques.")
    assert {"politique nationale pour la santé numérique", "loi sur les communications électroniques"} <= _policies(
        extractor, text, "fr")


@pytest.mark.parametrize("text", [
    "Le Bénin veut élaborer une stratégie nationale de cybersécurité avec ses partenaires.",
    "Le Bénin poursuit sa politique de développement des infrastructures rurales.",
    "Le Niger a salué la politique du gouvernement en faveur des jeunes entrepreneurs.",
])
def test_nlp_a_generic_lower_case_policy_word_names_no_policy(extractor: Extractor, text: str) -> None:
    assert not _policies(extractor, text, "fr")


@pytest.mark.parametrize(("text", "policy"), [
    ("Le Niger a fait le point sur l'avancement du Projet de Modernisation des Réseaux Ruraux (PMRR) avec la "
     "Banque mondiale.", "Projet de Modernisation des Réseaux Ruraux"),
    ("Le Togo a lancé le « Projet d'appui à la connectivité des écoles » avec l'Union européenne.",
     "Projet d'appui à la connectivité des écoles"),
])
def test_nlp_a_capitalised_opener_with_a_subject_is_a_policy(extractor: Extractor, text: str, policy: str) -> None:
    assert policy in _policies(extractor, text, "fr")


def test_nlp_a_place_after_a_policy_subject_leaves_no_preposition(extractor: Extractor) -> None:
    text = "Le ministre a lancé le « Projet d'appui à la santé numérique au Niger » lundi à Niamey."
    assert not {p for p in _policies(extractor, text, "fr") if p.endswith(" au")}


@pytest.mark.parametrize(("text", "policy", "country"), [
    ("India opened new data centres in Pune on Monday. The minister said they serve the goals of Digital India.",
     "Digital India", "country/in"),
    ("Bangladesh and Japan said the fibre project in Dhaka would help build a Smart Bangladesh within ten years.",
     "Smart Bangladesh", "country/bd"),
])
def test_nlp_a_brand_word_before_a_country_names_its_policy(extractor: Extractor, text: str, policy: str,
                                                           country: str) -> None:
    extraction = run(extractor, text, "en")
    assert policy in _policies(extractor, text, "en")
    owners = {r.subject for r in extraction.relations if r.type.value == "hasPolicy"}
    assert country in owners


def test_nlp_a_state_body_with_a_genitive_owns_the_policy_after_it(extractor: Extractor) -> None:
    text = ("Ghana hosted a delegation in Accra on Monday. At the meeting with Togo, officials praised the Ministry "
            "of Communications of Ghana's new National Cloud Policy.")
    owners = {r.subject for r in run(extractor, text, "en").relations if r.type.value == "hasPolicy"}
    assert owners == {"body/ministry-of-communications-of-ghana", "country/gh"}


@pytest.mark.parametrize(("text", "policy"), [
    ("Nigeria will train one million young people by 2027 under the National Digital Skills Framework, officials said.",
     "National Digital Skills Framework"),
    ("Rwanda presented its National Broadband Masterplan to investors in Kigali on Tuesday.",
     "National Broadband Masterplan"),
])
def test_nlp_a_framework_or_masterplan_is_a_policy(extractor: Extractor, text: str, policy: str) -> None:
    assert policy in _policies(extractor, text, "en")


@pytest.mark.parametrize(("text", "policy", "country"), [
    ("La Banque mondiale accompagne le Gabon à travers le projet eGabon depuis 2020.", "eGabon", "country/ga"),
    ("La Corée participera au projet e-Algérie, a annoncé le ministre algérien.", "e-Algérie", "country/dz"),
])
def test_nlp_a_prefixed_brand_after_a_policy_word_is_a_policy(extractor: Extractor, text: str, policy: str,
                                                              country: str) -> None:
    extraction = run(extractor, text, "fr")
    assert policy in _policies(extractor, text, "fr")
    assert ("hasPolicy", country) in {(r.type.value, r.subject) for r in extraction.relations}


def test_nlp_a_brand_word_after_a_country_named_after_a_policy_word_is_part_of_the_name(extractor: Extractor) -> None:
    text = "La Banque mondiale soutiendra aussi le projet Tchad numérique qui sera lancé à N'Djamena en mars."
    policies = _policies(extractor, text, "fr")
    assert "Tchad numérique" in policies
    assert "Tchad" not in policies


@pytest.mark.parametrize(("text", "policy"), [
    ("Namibia’s cabinet adopted a long-term development policy, ‘Vision-2040’, at its meeting in Windhoek.",
     "Vision-2040"),
    ("Rwanda's minister said the 'Connected Schools' programme would reach every district by 2027.",
     "Connected Schools"),
])
def test_nlp_a_name_in_single_quotes_near_a_policy_word_is_a_policy(extractor: Extractor, text: str,
                                                                   policy: str) -> None:
    assert policy in _policies(extractor, text, "en")


def test_nlp_an_arabic_policy_word_then_a_year_names_a_policy(extractor: Extractor) -> None:
    text = "أعلنت قطر اليوم خطة جديدة لتحقيق رؤية قطر 2040 في مجال الاتصالات."
    extraction = run(extractor, text, "ar")
    policies = [e for e in extraction.entities if e.type.value == "Policy"]
    assert [m.text for e in policies for m in e.mentions] == ["رؤية قطر 2040"]
    assert "country/qa" in {r.subject for r in extraction.relations if r.type.value == "hasPolicy"}


def test_nlp_an_arabic_policy_year_ending_the_sentence_keeps_no_stop(extractor: Extractor) -> None:
    text = "قال الوزير إن المشروع الجديد يدعم أهداف رؤية 2045. وسيبدأ العمل في الربيع المقبل."
    extraction = run(extractor, text, "ar")
    mentions = [m.text for e in extraction.entities if e.type.value == "Policy" for m in e.mentions]
    assert mentions == ["رؤية 2045"]


def test_nlp_an_arabic_country_then_a_brand_word_names_its_policy(extractor: Extractor) -> None:
    text = "أعلنت تونس أنها ستواصل تنفيذ استراتيجية تونس الرقمية من خلال مشاريع جديدة للشباب."
    extraction = run(extractor, text, "ar")
    mentions = [m.text for e in extraction.entities if e.type.value == "Policy" for m in e.mentions]
    assert mentions == ["استراتيجية تونس الرقمية"]
    assert "country/tn" in {r.subject for r in extraction.relations if r.type.value == "hasPolicy"}


def test_nlp_an_arabic_brand_word_opening_a_longer_name_names_no_policy(extractor: Extractor) -> None:
    text = "عرضت الوزيرة منصة تونس الرقمية للتنمية المستدامة أمام الوفد الزائر."
    extraction = run(extractor, text, "ar")
    assert not [e for e in extraction.entities if e.type.value == "Policy"]


def test_nlp_names_listed_after_policy_words_and_such_as_are_policies(extractor: Extractor) -> None:
    text = ("Kenya's minister said the plant supports the programmes run by the Government of Kenya such as "
            "Jitume Kenya, Build in Kenya and Ajira Digital Youth, and also trade with countries such as South Africa.")
    policies = _policies(extractor, text, "en")
    assert {"Jitume Kenya", "Build in Kenya", "Ajira Digital Youth"} <= set(policies)
    assert "South Africa" not in policies
    owned = {(r.subject, r.object) for r in run(extractor, text, "en").relations if r.type.value == "hasPolicy"}
    assert ("country/ke", "policy/build-in-kenya") in owned


@pytest.mark.parametrize(("language", "text", "word"), [
    ("en", "The minister opened the National Digital Strategy Centre in Accra on Monday with local partners.",
     "Centre"),
    ("fr", "Le Kigali Innovation Strategy Board a présenté mardi son rapport annuel aux bailleurs.", "Board"),
])
def test_nlp_a_policy_word_inside_a_body_s_or_organisation_s_name_names_no_policy(
        extractor: Extractor, language: str, text: str, word: str) -> None:
    assert not [name for name in _policies(extractor, text, language) if word in name]


def test_nlp_a_closing_quote_ends_a_policy_name_and_a_number_may_open_it(extractor: Extractor) -> None:
    text = ("The minister said the plant serves national programmes such as the '2 Million Tablets Programme' "
            "and the National Cloud Computing Strategy of Ghana.")
    policies = _policies(extractor, text, "en")
    assert {"2 Million Tablets Programme", "National Cloud Computing Strategy of Ghana"} <= policies
    assert not [p for p in policies if " and " in p]
