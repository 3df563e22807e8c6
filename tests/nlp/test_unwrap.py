"""Hard-wrapped lines (kg/nlp/text.py `unwrap`): a line break inside a sentence becomes a space."""

from __future__ import annotations

from kg.nlp.text import unwrap


def test_unwrap_joins_a_line_cut_before_a_word_in_lower_case() -> None:
    text = "Venu en mission au Ghana, le\nmardi 3 juin, le ministre a parlé.\nUne autre phrase."
    assert unwrap(text) == "Venu en mission au Ghana, le mardi 3 juin, le ministre a parlé.\nUne autre phrase."


def test_unwrap_keeps_titles_paragraphs_fields_and_sentence_ends() -> None:
    text = "Les grands axes\nLe ministre est parti.\nla suite\n\ntexte\nurl: lien"
    assert unwrap(text) == "Les grands axes\nLe ministre est parti.\nla suite\n\ntexte\nurl: lien"


def test_unwrap_in_a_wrapped_text_joins_a_long_line_cut_before_a_name() -> None:
    text = ("The visit was announced on Monday by the office of the minister\nwho leads the\n"
            "delegation of the ministry, and the minister for trade, Mrs Jane\nOkafor, left for Accra.\n"
            "Short Title\nNext paragraph.")
    assert unwrap(text) == ("The visit was announced on Monday by the office of the minister who leads the "
                            "delegation of the ministry, and the minister for trade, Mrs Jane Okafor, left for "
                            "Accra.\nShort Title\nNext paragraph.")


def test_unwrap_keeps_every_offset() -> None:
    text = "une phrase coupée au\nmilieu"
    assert len(unwrap(text)) == len(text)
