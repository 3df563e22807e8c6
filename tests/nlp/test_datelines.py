"""One reader for a dateline's tail: the marks each layer accepts and the conditions it sets."""

from __future__ import annotations

import pytest

from kg.nlp.datelines import filed, tail_reader


@pytest.mark.parametrize(("text", "hyphen", "colon_bare", "matched"), [
    (", 3 mai (ATN) – Le ministre", True, False, True),
    (" - Le ministre", True, False, True),
    (" - Le ministre", False, False, False),  # the gazetteer takes no hyphen
    (":Le ministre", True, True, True),  # the visits layer takes a colon with no space
    (":Le ministre", True, False, False),
    (" (ATN) — The minister", False, False, True),
])
def test_datelines_the_tail_takes_the_marks_asked_for(text: str, hyphen: bool, colon_bare: bool,
                                                      matched: bool) -> None:
    assert (tail_reader(hyphen=hyphen, colon_bare=colon_bare).match(text) is not None) is matched


def test_datelines_all_spaces_are_read_when_asked() -> None:
    text = "Ventoux –   Le ministre"
    assert tail_reader(hyphen=True, spaces=True).match(text, 7).end() == text.index("Le")
    assert tail_reader(hyphen=True).match(text, 7).end() == text.index("–") + 2


@pytest.mark.parametrize(("city", "date", "bracket", "kwargs", "expected"), [
    ("VENTOUX", None, None, {"opens_line": False, "capitals_anywhere": True}, True),
    ("VENTOUX", None, None, {"opens_line": False}, False),
    ("Ventoux", ", 3 mai", None, {"opens_line": True}, True),
    ("Ventoux", ", 3 mai", None, {"opens_line": False, "capitals_anywhere": True}, False),
    ("Ventoux", None, " (ATN)", {"opens_line": True}, False),
    ("Ventoux", None, " (ATN)", {"opens_line": True, "agency": True}, True),
    ("Ventoux", ", lundi", None, {"opens_line": True}, False),
    ("فنتو", None, None, {"opens_line": True}, False),
    ("فنتو", None, None, {"opens_line": True, "uncased": True}, True),
    ("فنتو", None, None, {"opens_line": False, "capitals_anywhere": True, "uncased": True}, False),
    ("Ventoux", None, None, {"opens_line": True, "uncased": True}, False),
])
def test_datelines_the_conditions_are_the_layer_s(city: str, date: str | None, bracket: str | None,
                                                  kwargs: dict[str, bool], expected: bool) -> None:
    assert filed(city, date, bracket, **kwargs) is expected
