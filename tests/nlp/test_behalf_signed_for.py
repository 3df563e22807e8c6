"""The country an official signs for or represents, written after the name ("… qui a signé pour le Gabon",
"…, representing Ghana"): the official's, and the ministry's the title implies (the packs' `country_behalf`)."""

from __future__ import annotations

from tests.support.nlp_support import headline_posts as posts


def test_signed_for_a_country_in_french(extractor) -> None:
    text = ("Le Cameroun et le Gabon ont signé un accord à Yaoundé. Le Cameroun accueillait la réunion. De "
            "l'autre côté, c'est le ministre du Commerce, Paul Ndong, qui a signé pour le Gabon.")
    found = posts(extractor, "Le Cameroun et le Gabon signent un accord", text, "fr")
    assert any(t == "memberOf" and s == "Paul Ndong" and o.endswith("of Gabon") for t, s, o in found), found
    assert not any(t == "memberOf" and s == "Paul Ndong" and o.endswith("of Cameroon") for t, s, o in found)


def test_representing_a_country_in_english(extractor) -> None:
    text = ("Kenya hosted the meeting in Nairobi. Kenya and Ghana agreed on data sharing. The Minister of Trade, "
            "Kwame Boateng, representing Ghana, spoke first.")
    found = posts(extractor, "Kenya hosts data meeting", text, "en")
    assert any(t == "memberOf" and s == "Kwame Boateng" and o.endswith("of Ghana") for t, s, o in found), found
    assert not any(t == "memberOf" and s == "Kwame Boateng" and o.endswith("of Kenya") for t, s, o in found)
