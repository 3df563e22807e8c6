"""Lines under a line ending on a colon, with no stop of their own, are items of its list (kg/nlp/state.py)."""

from __future__ import annotations

from tests.support.article_state import state_for


def test_unmarked_lines_under_a_colon_hang_from_it_until_a_line_with_a_stop() -> None:
    text = ("The plan was presented on Friday. Its themes are these:\nCheaper rural broadband\n"
            "Safer online payments\nThe minister thanked the partners.")
    sentences = state_for(text, "en").sentences
    items = [(s.text, s.intro) for s in sentences if s.bullet]
    assert items == [("Cheaper rural broadband", 1), ("Safer online payments", 1)]
    assert not sentences[-1].bullet


def test_a_colon_inside_a_line_starts_no_list() -> None:
    text = "The minister said: the plan is ready\nCheaper rural broadband\n"
    assert not any(s.bullet for s in state_for(text, "en").sentences)
