"""Names the lexicon does not know: capitalised bodies and organisations, and acronyms."""

from __future__ import annotations

import re
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term

CONNECTORS = {"of", "for", "and", "the", "on", "&", "de", "du", "des", "d'", "la", "l'", "et", "pour",
              "für"}
LEADING = {"the", "le", "la", "l'", "les"}


def capitalised_names(doc: Any, lexicon: Lexicon, language: str) -> list[Found]:
    """"Japan International Cooperation Agency", "Agence coréenne de coopération …"."""
    heads = lexicon.name_heads.get(language, [])
    result = []
    i = 0
    while i < len(doc):
        end = _title_run(doc, i, language)
        if end - i >= 2:
            for start, stop in _split(doc, i, end, heads):
                found = _named(doc, start, stop, heads, lexicon)
                if found:
                    result.append(found)
            i = end
        else:
            i += 1
    return result


def _title_run(doc: Any, i: int, language: str) -> int:
    """End of a run of capitalised words from token i, with connectors inside it."""
    if not _capital(doc[i]) or doc[i].lower_ in LEADING:
        return i
    end = i + 1
    while end < len(doc) and end - i < 12:
        token = doc[end]
        french_tail = language == "fr" and token.is_lower and token.is_alpha and _french_tail(doc, i, end)
        connector = token.lower_ in CONNECTORS | {","} and end + 1 < len(doc) and _continues(doc, end + 1, language)
        if _capital(token) or french_tail or connector:
            end += 1
        else:
            break
    while end > i and (doc[end - 1].lower_ in CONNECTORS or doc[end - 1].text == ","):
        end -= 1
    return end


def _split(doc: Any, start: int, end: int, heads: list[tuple[str, EntityType]]) -> list[tuple[int, int]]:
    """Two names joined by "and" / "et" / "," when each has a head word of its own."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in {"and", "et", ","}:
            left, right = doc[start:k], doc[k + 1 : end]
            if _head(left.text, heads) and _head(right.text, heads):
                return [(start, k), *_split(doc, k + 1, end, heads)]
    return [(start, end)]


def _continues(doc: Any, k: int, language: str) -> bool:
    token = doc[k]
    if token.lower_ in CONNECTORS and k + 1 < len(doc):
        return _capital(doc[k + 1]) or (language == "fr" and doc[k + 1].is_alpha)
    return _capital(token) or (language == "fr" and token.is_lower and token.is_alpha and token.pos_ != "VERB")


def _french_tail(doc: Any, start: int, k: int) -> bool:
    """French names go on in lower case ("Agence spatiale égyptienne") after a capitalised head."""
    return doc[k].pos_ in ("ADJ", "NOUN") and k - start < 8


def _capital(token: Any) -> bool:
    text = token.text
    return text[:1].isupper() and (token.is_alpha or "-" in text) and not token.is_sent_start


def _head(text: str, heads: list[tuple[str, EntityType]]) -> EntityType | None:
    words = f" {text} "
    for head, kind in heads:
        if f" {head} " in words:
            return kind
    return None


def _named(doc: Any, start: int, end: int, heads: list[tuple[str, EntityType]],
           lexicon: Lexicon) -> Found | None:
    span = doc[start:end]
    kind = _head(span.text, heads)
    if kind is None or end - start < 2:
        return None
    name = span.text
    term = Term(entity_id(kind, name), kind, name, country=_country(name, lexicon))
    return Found(span.start_char, span.end_char, name, term, "pattern")


def _country(name: str, lexicon: Lexicon) -> str | None:
    country_id = lexicon.country_in(name)
    return country_id.split("/")[1] if country_id else None


def acronyms(text: str, found: list[Found]) -> list[Found]:
    """"National Information Technology Development Agency (NITDA)": later "NITDA" too."""
    result = []
    for named in found:
        if named.term.type not in (EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION):
            continue
        match = re.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)", text[named.end : named.end + 16])
        if not match:
            continue
        acronym = match.group(1)
        for other in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            result.append(Found(other.start(), other.end(), acronym, named.term, "acronym"))
    return result
