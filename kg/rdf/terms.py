"""Small constructors of pyoxigraph terms shared by the mappers."""

from __future__ import annotations

import pyoxigraph as ox

from kg.vocab import EXT, node

_DATE_TYPES = {4: EXT.gYear, 7: EXT.gYearMonth, 10: EXT.xsd_date}


def text(value: str, language: str | None = None) -> ox.Literal:
    """A literal in a language when the language is a real one, else a plain string."""
    if language and language != "und":
        return ox.Literal(value, language=language)
    return ox.Literal(value)


def date(value: str) -> ox.Literal:
    """YYYY, YYYY-MM or YYYY-MM-DD as xsd:gYear, xsd:gYearMonth or xsd:date."""
    return ox.Literal(value, datatype=node(_DATE_TYPES[len(value)]))


def decimal(value: float) -> ox.Literal:
    return ox.Literal(format(round(value, 4), "f").rstrip("0").rstrip(".") or "0", datatype=node(EXT.decimal))


def integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=node(EXT.integer))


def string(value: str) -> ox.Literal:
    return ox.Literal(value)
