"""Vague field words listed with fields: "promoting innovation, digital training and …" names research and
innovation, though "innovation" alone is too vague to be a domain mention (the packs' `exclude`)."""

from __future__ import annotations

import re

from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.state import ArticleState
from kg.nlp.text import fold

E = EntityType
WORD = re.compile(r"[^\W\d_][\w-]*")  # "l'innovation": the article and the word apart


def listed_fields(state: ArticleState) -> list[Found]:
    """Mentions of the vague labels of the domain scheme that stand in one list with a domain mention."""
    vague = state.lexicon.vague_domains
    if not vague:
        return []
    domains = [f for f in state.found if f.term.type is E.POLICY_DOMAIN]
    taken = [(f.start, f.end) for f in state.found]
    glue = _glue(state)
    found = []
    for match in WORD.finditer(state.text):
        term = vague.get(fold(match.group()))
        start, end = match.span()
        if term is None or any(s < end and start < e for s, e in taken):
            continue
        if any(term.id != d.id and _listed(state.text, start, end, d, glue) for d in domains):
            found.append(Found(start, end, match.group(), term, "listed"))
    return found


def _listed(text: str, start: int, end: int, domain: Found, glue: set[str]) -> bool:
    """Whether only commas, coordinators and articles stand between the word and the domain mention."""
    gap = text[end : domain.start] if domain.start >= end else text[domain.end : start] if domain.end <= start else None
    if gap is None or "\n" in gap or len(gap) > 24:
        return False
    words = WORD.findall(gap)
    coordinated = "," in gap or any(w.lower() in glue for w in words)
    return coordinated and all(w.lower() in glue for w in words) and not set(WORD.sub("", gap)) - set(" ,'’")


def _glue(state: ArticleState) -> set[str]:
    """Words that may join the items of a list: coordinators and articles of the language."""
    words = state.lexicon.words(state.language)
    return {w.lower().rstrip("'") for w in (*words.coordinators, *words.definite, *words.partitives)} | {
        w.lower() for w in (*words.coordinators, *words.definite, *words.partitives)}
