"""Round 29, French visits: a guest whose own country is the one place the sentence names, in their title, comes
to the host's country (kg/nlp/visits.py)."""

from __future__ import annotations

from tests.support.nlp_support import relations, run

GUEST = ("Le président français Jean Moreau a accueilli Son Excellence Cheikh Hamad Al-Mansouri, président des "
         "Émirats arabes unis, {}pour un dîner de travail consacré au numérique.")


def test_guest_titled_by_own_country_visits_the_host_s(extractor) -> None:
    found = relations(run(extractor, GUEST.format(""), "fr"))
    assert ("visits", "person/cheikh-hamad-al-mansouri", "country/fr") in found, found
    assert ("visits", "person/cheikh-hamad-al-mansouri", "country/ae") not in found, found


def test_guest_received_where_the_sentence_says_is_not_sent_home(extractor) -> None:
    found = relations(run(extractor, GUEST.format("à Abou Dhabi "), "fr"))
    assert ("visits", "person/cheikh-hamad-al-mansouri", "country/fr") not in found, found
