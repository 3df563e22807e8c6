"""A known ministry whose real name differs from a title's portfolios in wording only (singular or
plural, "Post" or "Posts"): the reference data's ministry, by its declared portfolios (data/reference/bodies.yaml)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_known_ministry_the_plural_portfolio_of_a_singular_name(extractor) -> None:
    text = ("Kathmandu, June 2: Nepal's Minister of Communications and Information Technology, Ram Thapa, "
            "opened a new data centre on Monday.")
    found = posts(extractor, "Nepal opens a data centre", text, "en")
    name = "Ministry of Communication and Information Technology of Nepal"
    assert ("memberOf", "Ram Thapa", name) in found, found
    assert ("partOf", name, "Nepal") in found


def test_known_ministry_posts_for_post(extractor) -> None:
    text = ("Le ministre algérien des Postes et des Télécommunications, Karim Saadi, a inauguré lundi un "
            "centre de données à Oran.")
    found = posts(extractor, "Un centre de données à Oran", text, "fr")
    assert ("memberOf", "Karim Saadi", "Ministry of Post and Telecommunications of Algeria") in found, found
