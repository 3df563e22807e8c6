"""Names an article defines by their acronym: "… signed with Acme Widget Holdings (AWH) …". A run of
capitalised words whose initials spell the capitals of the bracket that follows it is a name even when it has
no head word ("Agency", "Institute") and the lexicon does not know it: an organisation, unless the run is
already something else (a field, a policy, a body, a deal)."""

from __future__ import annotations

import re
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.generic import NameWords
from kg.nlp.lexicon import Term
from kg.nlp.tokens import tokens_of

E = EntityType
INSIDE = (E.PERSON, E.COUNTRY, E.PLACE)  # "Petroleum Development Acmeland (PDA)": a country inside the name
_WORD = r"[A-Z][\w'’.&-]*"
_BRACKET = re.compile(r"\s*\(([A-Z][A-Za-z&]{0,7}[A-Z&])\)")  # "(MEC)", "(MoC)"; not a plural "(CICs)"


def defined_organisations(doc: Any, named: list[Found], words: NameWords) -> list[Found]:
    """Unknown runs of capitalised words spelt out by the acronym in brackets after them, as organisations:
    only where the model reads an organisation there and no other mention overlaps the run (a person, a
    country or a place inside it aside)."""
    text = tokens_of(doc).source
    organisations = [(e.start_char, e.end_char) for e in tokens_of(doc).ents if e.label_ == "ORG"]
    connectors = "|".join(re.escape(c) for c in sorted(words.connectors, key=len, reverse=True))
    run = re.compile(rf"(?<![\w-])(?:{_WORD})(?:[ ](?:{_WORD}|(?:{connectors})(?![\w-])))*")
    result = []
    for match in run.finditer(text):
        bracket = _BRACKET.match(text, match.end())
        start = _spelt_start(match.group(0), bracket.group(1)) if bracket else None
        if start is None:
            continue
        begin, end = match.start() + start, match.end()
        name = text[begin:end]
        if f"{name.lower()} ".startswith(words.agreements) or _covered(begin, end, named) \
                or not any(a < end and begin < b for a, b in organisations):
            continue
        term = Term(entity_id(E.ORGANIZATION, name), E.ORGANIZATION, name)
        result.append(Found(begin, end, name, term, "pattern"))
    return result


def _spelt_start(run: str, acronym: str) -> int | None:
    """Offset in the run of the shortest tail of two words or more whose capitalised words' initials are the
    acronym's capitals ("MEC" of "… Mahindra Ecole Centrale"), or None."""
    letters = "".join(c for c in acronym if c.isupper())
    tokens = run.split(" ")
    for k in range(len(tokens) - 2, -1, -1):
        initials = "".join(t[0] for t in tokens[k:] if t[:1].isupper())
        if len(initials) > len(letters):
            return None
        if initials == letters and len(letters) >= 2 and tokens[k][:1].isupper():
            return len(" ".join(tokens[:k])) + (1 if k else 0)
    return None


def _covered(start: int, end: int, named: list[Found]) -> bool:
    """Whether a mention overlaps the run, other than a person, a country or a place inside it, or a field
    shorter than it ("Digital Transformation" of "Digital Transformation Centre (DTC)")."""
    return any(f.start < end and start < f.end and not _inside(start, end, f) for f in named)


def _inside(start: int, end: int, found: Found) -> bool:
    if found.term.type is E.POLICY_DOMAIN:
        return start <= found.start and found.end <= end and found.end - found.start < end - start
    return found.term.type in INSIDE and start <= found.start and found.end <= end
