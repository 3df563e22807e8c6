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
LIMIT = 32  # at most this many strings spelled out for one part of a pattern
SHORT = 4  # a string this long rules out most sentences on its own


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
    """What a sequence of parsed items needs: its most selective run of exactly known strings ("visit"
    and "(s|ed)?" read as the four words they spell) or required part."""
    candidates: list[Needs] = []
    run: frozenset[str] = frozenset([""])
    for op, value in items:
        exact = _exact(op, value)
        if exact is not None and _worth(run, exact):
            run = frozenset(a + b for a in run for b in exact)
            continue
        candidates.append(run)
        run = exact if exact is not None else frozenset([""])
        if exact is None:
            candidates.append(_item(op, value) or frozenset([""]))
    candidates.append(run)
    sure = [_shortest(need) for need in candidates if "" not in need]
    return max(sure, key=lambda need: min(len(n) for n in need), default=None)


def _worth(run: Needs, exact: Needs) -> bool:
    """Whether to spell a run on into the next item: while its strings are short, or when that adds none
    (more strings cost a test each in every text)."""
    size = len(run) * len(exact)
    return size <= len(run) or (size <= LIMIT and min(map(len, run)) < SHORT)


def _shortest(need: Needs) -> Needs:
    """The strings of a need that contain no other of its strings ("visit" covers "visits")."""
    return frozenset(n for n in need if not any(other != n and other in n for other in need))


def _exact(op: Any, value: Any) -> Needs | None:
    """Every string an item matches, when they are few and known ("" for a look-around or anchor)."""
    if op is sre.LITERAL:
        return frozenset([chr(value)])
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset([""])  # matches no character: what comes before and after it stand together
    if op is sre.IN:
        chars = [chr(v) for o, v in value if o is sre.LITERAL]
        return frozenset(chars) if len(chars) == len(value) and len(chars) <= LIMIT else None
    if op is sre.SUBPATTERN:
        _, add_flags, _, sub = value
        return None if add_flags & re.IGNORECASE else _spelled(list(sub))
    if op is sre.BRANCH:
        branches = [_spelled(list(branch)) for branch in value[1]]
        union = frozenset(s for b in branches if b is not None for s in b)
        return union if all(b is not None for b in branches) and len(union) <= LIMIT else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = value
        spelled = _spelled(list(sub)) if (low, high) in ((0, 1), (1, 1)) else None
        return None if spelled is None else spelled | {""} if low == 0 else spelled
    return None


def _spelled(items: list[tuple[Any, Any]]) -> Needs | None:
    """Every string a sequence matches, when each of its items is exactly known and they are few."""
    run: frozenset[str] = frozenset([""])
    for op, value in items:
        exact = _exact(op, value)
        if exact is None or len(run) * len(exact) > LIMIT:
            return None
        run = frozenset(a + b for a in run for b in exact)
    return run


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
