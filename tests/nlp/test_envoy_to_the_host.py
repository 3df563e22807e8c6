"""An envoy's title written before the name with its host country after "to the" ("Norwegian Ambassador to the
Netherlands Jane Roe"): the article of the host stays in the title, so the envoy is of the embassy
(kg/nlp/role_phrases.py `_hosting`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_an_ambassador_to_the_host_named_after_the_title_is_of_the_embassy(extractor) -> None:
    text = ("The Minister of Energy said she met with Norway Ambassador to the Netherlands Kari Solberg Lunde "
            "to discuss offshore wind projects.")
    found = posts(extractor, "Minister meets ambassador", text, "en")
    assert ("memberOf", "Kari Solberg Lunde", "Embassy of Norway in the Netherlands") in found, found
    assert not any(t == "memberOf" and s == "Kari Solberg Lunde" and o != "Embassy of Norway in the Netherlands"
                   for t, s, o in found)


def test_the_article_of_a_country_after_a_minister_s_title_keeps_no_envoy_reading(extractor) -> None:
    """Only an envoy's title runs through "to the": a minister's title before "to the" ends there."""
    text = "Minister of Energy to the Netherlands Kari Solberg Lunde spoke about wind projects."
    found = posts(extractor, "Minister speaks", text, "en")
    assert not any(o.startswith("Embassy") for t, s, o in found if t == "memberOf"), found
