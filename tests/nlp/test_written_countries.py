"""A ministry written with its country beside it belongs to that country (kg/nlp/roles.py,
kg/nlp/article.py, through the whole extractor); a title naming its portfolios with an Oxford comma
names them all."""

from __future__ import annotations

import pytest

from kg.models import Article
from kg.readers import Document
from tests.support.nlp_support import headline_posts as posts


def test_a_ministry_written_with_another_country_is_not_the_minister_s(extractor) -> None:
    text = ("A joint drill plan was signed on Friday by Minister of National Defense of Norway Ola Berg "
            "on a trip to Copenhagen, Denmark's Ministry of National Defense said. \"Both nations gain from it,\" "
            "Minister of National Defense Lars Holm said.")
    found = posts(extractor, "Norway joins Danish-led drill plan", text)
    holm = {o for t, s, o in found if t == "memberOf" and s == "Lars Holm"}
    berg = {o for t, s, o in found if t == "memberOf" and s == "Ola Berg"}
    assert holm and berg and not holm & berg
    assert {c for t, s, c in found if t == "partOf" and s in holm} == {"Denmark"}
    assert {c for t, s, c in found if t == "partOf" and s in berg} == {"Norway"}


def test_a_portfolio_after_an_oxford_comma_belongs_to_the_title(extractor) -> None:
    text = ("Ana Silva, Peru's Minister of Science, Technology, Knowledge, and Innovation, opened the "
            "forum in Lima on Monday.")
    found = posts(extractor, "Peru opens a science forum", text)
    bodies = {o for t, s, o in found if t == "memberOf" and s == "Ana Silva"}
    assert len(bodies) == 1 and "Knowledge and Innovation" in next(iter(bodies))


@pytest.mark.parametrize(("title", "portfolio"), [
    ("Minister of Digitalisation and Public Governance", "Public Governance"),
    ("Minister of Science, Knowledge and Innovation", "Knowledge"),
])
def test_a_portfolio_named_in_full_is_kept_in_the_ministry(extractor, title, portfolio) -> None:
    text = f"Norway's {title}, Kari Berg, opened the forum in Oslo on Monday."
    found = posts(extractor, "Norway opens a forum", text)
    bodies = {o for t, s, o in found if t == "memberOf" and s == "Kari Berg"}
    assert len(bodies) == 1 and portfolio in next(iter(bodies))


def test_a_portfolio_word_before_a_name_is_not_part_of_it(extractor) -> None:
    text = ("Uganda's Minister of State for ICT and National Guidance Joyce Aber opened the forum in "
            "Kampala on Monday.")
    found = posts(extractor, "Uganda opens a forum", text)
    assert {s for t, s, _ in found if t == "memberOf"} == {"Joyce Aber"}


def test_a_french_portfolio_of_humanitarian_action_names_the_ministry(extractor) -> None:
    article = Article(id="written-test", title="Le Luxembourg ouvre un forum", language="fr", published="2025-03-04")
    text = ("Marie Weber, ministre luxembourgeoise de la Coopération et de l'Action humanitaire, a ouvert lundi "
            "le forum de Luxembourg.")
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    names = {e.id: e.name for e in extraction.entities}
    bodies = {names[r.object] for r in extraction.relations if r.type.value == "memberOf"}
    assert bodies == {"Ministry of Cooperation and Humanitarian Action of Luxembourg"}


def test_an_agency_named_from_a_portfolio_is_no_part_of_a_minister_s_title(extractor) -> None:
    text = ("Cairo, May 5: Minister of Telecommunications and Information Technology Hassan Omar received a "
            "delegation of officials on Monday to discuss digital skills.")
    found = posts(extractor, "Egypt hosts a digital skills forum", text)
    assert {o for t, s, o in found if t == "memberOf" and s == "Hassan Omar"} == {
        "Ministry of Communications and Information Technology of Egypt"}
