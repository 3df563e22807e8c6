"""What the rule layers find in a text: typed mentions and sentences."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from kg.nlp.lexicon import Term
from kg.nlp.tokens import tokens_of


@dataclass
class Found:
    """A mention of an entity at character offsets of the article text."""

    start: int
    end: int
    text: str
    term: Term
    source: str = "gazetteer"  # gazetteer, ner, title, apposition, coref, derived, pattern

    @property
    def id(self) -> str:
        return self.term.id


@dataclass
class Sentence:
    """One sentence (or title, or bullet) with the mentions inside it."""

    index: int
    start: int
    end: int
    text: str
    bullet: bool = False
    intro: int | None = None  # the sentence a bullet hangs from
    found: list[Found] = field(default_factory=list)
    pairs: list[tuple[int, str]] = field(default_factory=list)  # (offset, "pair"|"people")
    date: str | None = None

    def contains(self, start: int) -> bool:
        return self.start <= start < self.end


def choose(candidates: list[Found]) -> list[Found]:
    """Drop overlapping mentions, keeping the longest (then the earliest) of each cluster."""
    ranked = sorted(candidates, key=_rank)
    starts: list[int] = []  # the taken mentions' offsets, in order of start, then of choice
    ends: list[int] = []
    taken: list[Found] = []
    longest = 0
    for found in ranked:
        start, end = found.start, found.end
        if not taken:
            longest = end - start
        # A taken mention overlapping this one starts after start - longest and before end.
        for k in range(bisect_left(starts, start - longest), bisect_left(starts, end)):
            if end > starts[k] and start < ends[k]:
                break
        else:
            at = bisect_right(starts, start)
            starts.insert(at, start)
            ends.insert(at, end)
            taken.insert(at, found)
    return taken


def _rank(found: Found) -> tuple[int, int]:
    return found.start - found.end, found.start


def parsed_span(doc: Any, found: Found) -> Any:
    """The spaCy span of a mention in a parsed document (widened to whole tokens), or None when the
    mention is empty, the document has no parse or the offsets fall outside its tokens."""
    return parsed_range(doc, found.start, found.end)


def parsed_range(doc: Any, start: int, end: int) -> Any:
    """`parsed_span` of any character range (a cue, a clause)."""
    if end <= start or not tokens_of(doc).parsed:
        return None
    return doc.char_span(start, end, alignment_mode="expand")
