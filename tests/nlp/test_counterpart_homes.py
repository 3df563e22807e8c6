"""The country of a minister named after a counterpart cue, and an envoy's title that names the host
country before the name (kg/nlp/offices.py, kg/nlp/role_phrases.py, through the whole extractor)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_the_person_named_after_counterpart_is_of_the_cue_s_country(extractor) -> None:
    text = ("Minister of Science and Technology Avi Cohen spoke on Monday with his counterpart from "
            "Kenya, the Minister of Roads and Transport, Dr. John Mwangi, about satellite data.")
    found = posts(extractor, "Israeli and Kenyan ministers discuss satellites", text, "en")
    mine = {o for t, s, o in found if t == "memberOf" and s == "John Mwangi"}
    assert len(mine) == 1
    assert ("partOf", next(iter(mine)), "Kenya") in found
    theirs = {o for t, s, o in found if t == "memberOf" and s == "Avi Cohen"}
    assert theirs and all(("partOf", b, "Kenya") not in found for b in theirs)


def test_an_ambassador_to_a_country_before_the_name(extractor) -> None:
    text = ("ISLAMABAD: Ambassador of Chile to Pakistan Maria Soto called on Minister of State for "
            "Railways Ali Raza on Monday. Raza said Pakistan values its ties with Chile.")
    found = posts(extractor, "Chilean envoy meets minister", text, "en")
    assert ("memberOf", "Maria Soto", "Embassy of Chile in Pakistan") in found


def test_two_titles_joined_before_the_name_are_two_ministries(extractor) -> None:
    text = ("Paris, le 3 mars - La ministre des Relations internationales et de la Francophonie et ministre "
            "de la Culture, Mme Claire Dubois, a rencontré des entrepreneurs à Québec.")
    found = posts(extractor, "Mission au Québec", text, "fr")
    mine = {o for t, s, o in found if t == "memberOf" and s == "Claire Dubois"}
    assert len(mine) == 2
    assert any("Francophonie" in b and "Culture" not in b for b in mine)
    assert any("Culture" in b and "Francophonie" not in b for b in mine)


def test_two_titles_joined_after_the_name_are_two_ministries(extractor) -> None:
    text = ("Ottawa, March 3 - Jane Roe, Minister of Health and Minister of Sport, met business leaders "
            "in Toronto on Monday.")
    found = posts(extractor, "Canadian minister meets leaders", text, "en")
    mine = {o for t, s, o in found if t == "memberOf" and s == "Jane Roe"}
    assert len(mine) == 2 and not any("Health" in b and "Sport" in b for b in mine)
