"""An envoy's post read from a capital written in the envoy's own phrase ("ambassador of Egypt in Helsinki and
non-resident ambassador to Estonia"): the capital's country hosts the embassy, before a country named later
(kg/nlp/offices.py `_capital_post`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_the_capital_of_the_post_hosts_the_embassy(extractor) -> None:
    text = ("The delegation included Samir Fawzi, Ambassador of Egypt in Helsinki and non-resident ambassador "
            "to Estonia, who joined the talks in Tallinn on Tuesday.")
    found = posts(extractor, "Egypt and Estonia hold digital talks", text, "en")
    assert ("memberOf", "Samir Fawzi", "Embassy of Egypt in Finland") in found, found
    assert ("memberOf", "Samir Fawzi", "Embassy of Egypt in Estonia") not in found, found


def test_a_capital_of_the_sender_is_no_post(extractor) -> None:
    """"l'ambassadeur de France, venu de Paris": the sender's own capital hosts no embassy."""
    text = "L'ambassadeur de France au Sénégal Jean Morel, venu de Paris, a rencontré le ministre à Dakar."
    found = posts(extractor, "Rencontre à Dakar", text, "fr")
    assert ("memberOf", "Jean Morel", "Embassy of France in Senegal") in found, found
