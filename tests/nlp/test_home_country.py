"""The country of a minister whose title names none (kg/nlp/offices.py, through the whole extractor):
the country the headline names first, and not the country of an official named paragraphs away."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_home_the_headline_names_the_minister_s_country(extractor) -> None:
    text = ("Seoul, March 3: Minister of Information and Digitalisation, John Phiri, asked Korea to invest "
            "in rural networks. The forum brought together officials from Korea, Kenya, Ghana, Zambia and "
            "Malawi. Korea pledged support to Kenya and Ghana.")
    found = posts(extractor, "Malawi seeks partners for rural networks", text, "en")
    # Malawi's ministry is known by its official name (data/reference/bodies.yaml)
    assert ("partOf", "Ministry of Information and Digitalization", "Malawi") in found
    assert ("memberOf", "John Phiri", "Ministry of Information and Digitalization") in found


def test_home_an_official_named_far_away_does_not_rule_out_their_country(extractor) -> None:
    text = ("Le président sénégalais Bassirou Diomaye Faye a inauguré un centre de données à Diamniadio en "
            "2024. Le Sénégal veut former ses ingénieurs.\n\nUne cérémonie a eu lieu lundi à Dakar. Elle était "
            "présidée par Mme Awa Ndiaye, ministre des Postes et de l'Économie numérique. Des diplomates "
            "chinois et les dirigeants de Huawei ont rappelé vingt ans de travaux au Sénégal.")
    found = posts(extractor, "Vingt ans de chantiers numériques", text, "fr")
    name = "Ministry of Posts and Digital Economy of Senegal"
    assert ("memberOf", "Awa Ndiaye", name) in found
    assert ("partOf", name, "Senegal") in found


def test_post_a_title_runs_through_an_acronym_in_brackets(extractor) -> None:
    text = ("Le directeur général de l'Agence française de développement (AFD), Paul Martin, a signé mardi "
            "une convention à Kigali. La ministre des Technologies de l'Information et de la Communication "
            "(TIC) et de l'Innovation, Alice Uwase, a salué l'accord.")
    found = posts(extractor, "Le Rwanda et la France signent", text, "fr")
    assert {o for t, s, o in found if t == "memberOf" and s == "Paul Martin"} == {"Agence française de développement"}
    mine = {o for t, s, o in found if t == "memberOf" and s == "Alice Uwase"}
    assert len(mine) == 1 and "Innovation" in next(iter(mine))


def test_home_a_country_named_in_the_headline_only(extractor) -> None:
    text = ("Minister for Science & Technology Avi Cohen spoke this morning with his counterpart from the "
            "United Arab Emirates about space research.")
    found = posts(extractor, "Israeli and UAE science ministers discuss cooperation", text, "en")
    assert ("memberOf", "Avi Cohen", "Ministry of Science and Technology of Israel") in found


def test_home_the_capital_after_a_minister_s_title_is_the_minister_s_seat(extractor) -> None:
    text = ("A delegation of eight officials called on the Minister for Tourism in Nairobi on Monday. They "
            "came from the Cabinet Office of Uganda. The Minister for Tourism, Mrs. Grace Wanjiru, said Kenya and "
            "Uganda would share their experience.")
    found = posts(extractor, "Ugandan officials call on tourism minister", text, "en")
    assert ("memberOf", "Grace Wanjiru", "Ministry of Tourism of Kenya") in found, found
    assert not any(t == "partOf" and o == "Uganda" and "Tourism" in s for t, s, o in found)
