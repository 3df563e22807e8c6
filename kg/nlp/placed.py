"""Places whose country the text writes right after them ("à Gyeongju, en Corée", "à Kuala Lumpur (Malaisie)")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.state import ArticleState

E = EntityType


def placed_cities(state: ArticleState) -> None:
    """A place of no known country followed at once by a country's name (after a comma, a venue word such
    as "en" / "in", or in brackets) is in that country, in every mention of it."""
    gap = _gap(tuple(state.lexicon.words(state.language).venue_words))
    countries = {f.start: f for f in state.found if f.term.type is E.COUNTRY and f.term.kind == "name"}
    placed: dict[str, str] = {}
    for found in state.found:
        if found.term.type is not E.PLACE or found.term.country or found.id in placed:
            continue
        country = _country_after(state.text, found, gap, countries)
        if country is not None:
            placed[found.id] = country
    for found in state.found:
        if found.id in placed:
            found.term = replace(found.term, country=placed[found.id])


@cache
def _gap(venue_words: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between a place and its country: ", ", ", en ", " en ", " (" ."""
    words = "|".join(re.escape(w) for w in venue_words if w)
    venue = rf"(?:(?:{words})\s+(?:l['’]\s*|la\s+|le\s+|les\s+|the\s+)?)" if words else ""
    return re.compile(rf"(?:\s*,\s*{venue}?|\s+{venue}|\s*\(\s*)" if venue else r"(?:\s*,\s*|\s*\(\s*)")


def _country_after(text: str, found: Found, gap: re.Pattern[str], countries: dict[int, Found]) -> str | None:
    """The country written right after a place, closed by its bracket where one opens it."""
    match = gap.match(text, found.end)
    country = countries.get(match.end()) if match is not None else None
    if country is None or match is None:
        return None
    if "(" in match.group(0) and not text[country.end : country.end + 2].lstrip().startswith(")"):
        return None
    return country.term.country
