"""Whose body a post is (kg/nlp/roles.py, kg/nlp/offices.py through the whole extractor): a title
written before its role noun keeps its portfolio and country, and a minister whose country the text
does not say is not of the country of the other officials."""

from __future__ import annotations

from tests.support.article_state import state_with_roles
from tests.support.nlp_support import named_facts


def facts(extractor, text: str, language: str) -> set[tuple[str, str, str]]:
    """(type, subject name, object name) of every memberOf and partOf the extractor finds."""
    return named_facts(extractor, text, language, "memberOf", "partOf")


def test_post_a_title_written_before_the_role_noun_keeps_portfolio_and_country(extractor) -> None:
    text = "Kenyan Transport and Communications Minister Peter Otieno opened the data centre in Mombasa on Monday."
    found = facts(extractor, text, "en")
    assert ("memberOf", "Peter Otieno", "Ministry of Transport and Communications of Kenya") in found
    assert ("partOf", "Ministry of Transport and Communications of Kenya", "Kenya") in found


def test_post_a_minister_of_unsaid_country_is_of_the_other_party(extractor) -> None:
    text = ("Le Japon et le Mali ont signé un accord sur la cybersécurité. Le ministre de l'Économie numérique, "
            "Ali Traoré, a reçu mardi le ministre japonais des Communications, Kenji Sato. Le Japon financera "
            "un centre de données.")
    found = facts(extractor, text, "fr")
    assert ("memberOf", "Ali Traoré", "Ministry of Digital Economy of Mali") in found
    assert ("memberOf", "Kenji Sato", "Ministry of Internal Affairs and Communications") in found  # Japan's


def test_post_a_long_list_of_portfolios_still_reaches_the_name(extractor) -> None:
    text = ("Le ministre de la Transformation numérique, de l'Innovation et de la Modernisation de "
            "l'Administration, M. Ahmed Ould Sidi, a reçu lundi à Nouakchott une délégation de la Banque mondiale.")
    bodies = {o for t, s, o in facts(extractor, text, "fr") if t == "memberOf" and s == "Ahmed Ould Sidi"}
    assert bodies == {"Ministry of Digital Transformation, Innovation and Modernisation of the Administration"}


def test_post_a_bare_title_in_a_headline_gives_way_to_the_full_title(extractor) -> None:
    text = ("Minister Petrov, Ambassador Rossi discuss cooperation\n\nMinister of Information Society and "
            "Administration Ivan Petrov met on Thursday with the Italian ambassador Marco Rossi in Skopje.")
    state = state_with_roles(extractor.layers("en"), text, "en")
    assert state.roles["person/ivan-petrov"].text == "Minister of Information Society and Administration"
    assert state.roles["person/marco-rossi"].text == "Italian ambassador"


def test_post_a_lower_case_portfolio_between_title_and_name(extractor) -> None:
    text = ("Huawei will train engineers, the African Union’s commissioner for infrastructure and energy "
            "Dr Amina Bello said on Monday.")
    # a union's commissioner sits in its Commission, never in the union (docs/annotation.md)
    assert ("memberOf", "Amina Bello", "African Union Commission") in facts(extractor, text, "en")


def test_post_a_minister_is_not_of_the_country_of_their_counterpart(extractor) -> None:
    text = ("Israel and the United Arab Emirates agreed to cooperate on cybersecurity. Minister for Science & "
            "Technology Avi Cohen spoke with his counterpart from the United Arab Emirates on Monday.")
    found = facts(extractor, text, "en")
    assert ("memberOf", "Avi Cohen", "Ministry of Science and Technology of Israel") in found
    assert ("partOf", "Ministry of Science and Technology of Israel", "Israel") in found


def test_post_a_lower_case_portfolio_after_a_comma_continues_the_list(extractor) -> None:
    text = ("Le ministre des Postes, télécommunications et Numérique congolais, Jean Ilunga, est arrivé "
            "dimanche à Pékin.")
    name = "Ministry of Posts, Telecommunications and Digital Affairs of the Democratic Republic of the Congo"
    found = facts(extractor, text, "fr")
    assert ("memberOf", "Jean Ilunga", name) in found
    assert ("partOf", name, "Democratic Republic of the Congo") in found


def test_post_a_counterpart_s_country_written_before_the_word(extractor) -> None:
    text = ("Japan and India signed a memorandum on cybersecurity with Japan. External Affairs Minister Ravi "
            "Kumar and his Japanese counterpart Kenji Sato held talks on Monday.")
    found = facts(extractor, text, "en")
    assert ("memberOf", "Ravi Kumar", "Ministry of External Affairs of India") in found


def test_post_the_modernisation_of_the_administration_keeps_its_wording(extractor) -> None:
    """"de la Modernisation de l'Administration" is named word for word, and "the Republic of the Congo"
    takes its article inside a longer name."""
    text = ("Le ministre de la Communication et de la Modernisation de l'Administration du Congo, Paul Mavoungou, "
            "a reçu lundi une délégation.")
    bodies = {o for t, s, o in facts(extractor, text, "fr") if t == "memberOf" and s == "Paul Mavoungou"}
    assert bodies == {"Ministry of Communication and Modernisation of the Administration of the Republic of the Congo"}


def test_post_a_minister_met_by_an_official_titled_with_a_country_is_of_the_other_one(extractor) -> None:
    # the Norwegian minister's title names no portfolio, hence no body: his country still is not hers
    text = ("La Norvège et le Togo coopèrent dans le numérique. Le ministre norvégien Lars Berg a reçu la "
            "délégation togolaise, conduite par Mme Afi Mensah, ministre de la Communication et des Médias.")
    found = facts(extractor, text, "fr")
    assert ("memberOf", "Afi Mensah", "Ministry of Communication and Media of Togo") in found
    assert ("partOf", "Ministry of Communication and Media of Togo", "Togo") in found
