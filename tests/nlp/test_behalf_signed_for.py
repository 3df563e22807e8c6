"""The country an official signs for or represents, written after the name ("… qui a signé pour le Gabon",
"…, representing Ghana"): the official's, and the ministry's the title implies (the packs' `country_behalf`)."""

from __future__ import annotations

import pytest

from tests.support.nlp_support import headline_posts as posts

CASES = [
    pytest.param("Le Cameroun et le Gabon signent un accord",
                 "Le Cameroun et le Gabon ont signé un accord à Yaoundé. Le Cameroun accueillait la réunion. De "
                 "l'autre côté, c'est le ministre du Commerce, Paul Ndong, qui a signé pour le Gabon.",
                 "fr", "Paul Ndong", "Gabon", "Cameroon", id="signed-for-in-french"),
    pytest.param("Kenya hosts data meeting",
                 "Kenya hosted the meeting in Nairobi. Kenya and Ghana agreed on data sharing. The Minister of "
                 "Trade, Kwame Boateng, representing Ghana, spoke first.",
                 "en", "Kwame Boateng", "Ghana", "Kenya", id="representing-in-english"),
]


@pytest.mark.parametrize(("title", "text", "language", "person", "country", "host"), CASES)
def test_the_country_acted_for_owns_the_official_s_ministry(extractor, title: str, text: str, language: str,
                                                            person: str, country: str, host: str) -> None:
    found = posts(extractor, title, text, language)
    assert any(t == "memberOf" and s == person and o.endswith(f"of {country}") for t, s, o in found), found
    assert not any(t == "memberOf" and s == person and o.endswith(f"of {host}") for t, s, o in found), found
