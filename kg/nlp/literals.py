"""Literal strings one of which every match of a regular expression contains: a cheap test before a search.

Python's regular expressions find no starting point for a pattern that opens with a look-behind
or an optional group ("(?<!\\w)(و|ف)?(وقع|وقعت)"), and try it at every position of the text; a
substring test (`in`, in C) rules most sentences out at once.
"""

from __future__ import annotations

import re
from contextlib import suppress
from functools import lru_cache
from importlib import import_module
from typing import Any

sre: Any = None
sre_parse: Any = None
with suppress(ImportError):  # the parser behind `re` (Python 3.11+); without it every search is run
    sre, sre_parse = import_module("re._constants"), import_module("re._parser")

Needs = frozenset[str]


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)`, skipped when the text lacks every literal the pattern needs."""
    return pattern.search(text) if possible(pattern, text) else None


def possible(pattern: re.Pattern[str], text: str) -> bool:
    """False only when the pattern cannot match the text: it lacks every literal the pattern needs."""
    needs = required(pattern)
    return needs is None or any(map(text.__contains__, needs))  # no generator: this runs per sentence and cue


@lru_cache(maxsize=1024)
def required(pattern: re.Pattern[str]) -> Needs | None:
    """Strings one of which is in any text the pattern matches; None when no such set is known."""
    if sre_parse is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if tree.state.flags & re.IGNORECASE:
        return None
    return _sequence(list(tree))


def _sequence(items: list[tuple[Any, Any]]) -> Needs | None:
    """What a sequence of parsed items needs: its most selective literal run or required part."""
    candidates: list[Needs] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        need = _item(op, value)
        if need:
            candidates.append(need)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return max(candidates, key=lambda need: min(len(n) for n in need), default=None)


def _item(op: Any, value: Any) -> Needs | None:
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = value
        return None if add_flags & re.IGNORECASE else _sequence(list(sub))
    if op is sre.BRANCH:
        needs = [_sequence(list(branch)) for branch in value[1]]
        return frozenset(n for need in needs if need for n in need) if all(needs) else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = value
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(value))
    return None  # classes, any character, anchors, look-arounds, back-references: nothing sure
