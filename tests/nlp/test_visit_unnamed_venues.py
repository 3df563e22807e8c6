"""A signing told at a city with no one named is that of the article's signers and people in talks;
whoever of them is from another country visits the city and its country, the host side does not."""

from __future__ import annotations

from kg.models import RelationType
from tests.support.layer_run import before, relations


def _visited(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    state, layer = before(text, language, "visits")
    layer(state)
    return relations(state, RelationType.VISITS)


def test_visits_a_signing_told_at_a_city_with_no_one_named_is_a_visit_of_the_foreign_signer() -> None:
    text = ("Kenya and Ghana signed a memorandum of understanding on digital skills on Tuesday. "
            "The talks were held between Kenyan minister Amos Kiprono and his Ghanaian counterpart Kwame Asante. "
            "The signing ceremony took place at the State House in Nairobi.")
    found = _visited(text)
    assert ("visits", "person/kwame-asante", "place/nairobi") in found
    assert ("visits", "person/kwame-asante", "country/ke") in found
    assert not {o for _, s, o in found if s == "person/amos-kiprono"}


def test_visits_a_signing_at_a_city_is_no_visit_of_people_whose_talks_name_another_city() -> None:
    text = ("Kenya and Ghana signed a memorandum of understanding on digital skills on Tuesday. "
            "Kenyan minister Amos Kiprono met his Ghanaian counterpart Kwame Asante in Accra. "
            "The signing ceremony took place at the State House in Nairobi.")
    found = _visited(text)
    assert not {o for _, s, o in found if s == "person/kwame-asante" and o in ("place/nairobi", "country/ke")}


def test_visits_a_signing_at_a_city_is_no_visit_of_a_signer_named_far_from_it() -> None:
    text = ("Kenyan minister Amos Kiprono held talks with his Ghanaian counterpart Kwame Asante. "
            "Broadband reaches most towns. Fibre is laid along the roads. Schools are connected. "
            "The signing ceremony took place at the State House in Nairobi.")
    found = _visited(text)
    assert not {o for _, s, o in found if s == "person/kwame-asante"}


def test_visits_a_stay_in_a_country_is_a_visit_to_it() -> None:
    text = "During her stay in Senegal last week, Kenyan minister Amy Wanjiru met officials of the regulator."
    found = _visited(text)
    assert ("visits", "person/amy-wanjiru", "country/sn") in found
