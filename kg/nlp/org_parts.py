"""Organs of an organisation written with its full name: "la Commission de la Communauté économique des
États de l'Afrique de l'Ouest" is the ECOWAS Commission the reference data knows as "Commission de la CEDEAO"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.models import EntityType
from kg.nlp.found import Found, choose
from kg.nlp.lexicon import Term
from kg.nlp.state import ArticleState
from kg.nlp.text import fold

E = EntityType
ORGAN_WORDS = 3  # at most the organ's word and two linking words before the organisation ("Commission de la")


def organisation_organs(state: ArticleState) -> None:
    """An organisation named right after a word and linking words ("Commission de la", "commission of the")
    is that organ of it when the reference data knows the organ under another name of the organisation
    ("Commission de la CEDEAO", "African Union Commission"): the mention becomes the organ's, from its word."""
    organs = {id(found): organ for found in state.found if found.term.type is E.ORGANIZATION
              if (organ := _organ(state, found)) is not None}
    if organs:
        found = [organs.get(id(found), found) for found in state.found]
        state.found = choose([f for f in found if not _bracketed_after(state, f, organs.values())])


def _bracketed_after(state: ArticleState, found: Found, organs: Iterable[Found]) -> bool:
    """"la Commission de la Communauté … (CEDEAO)": the organisation's acronym in brackets right after its organ's
    full name spells the name out; it names no second party."""
    return any(o.end <= found.start and re.fullmatch(r"\s*\(", state.text[o.end : found.start])
               and state.text.startswith(")", found.end) and state.lexicon.known(found.id) is not None
               and fold(found.text) in {fold(s) for s in state.lexicon.surfaces_of(found.id)}
               and found.id != o.id and _organ_of(state, o, found.id) for o in organs)


def _organ_of(state: ArticleState, organ: Found, whole: str) -> bool:
    """Whether the organ's mention holds a name of the whole organisation."""
    return any(fold(s) in fold(organ.text) for s in state.lexicon.surfaces_of(whole))


def _organ(state: ArticleState, found: Found) -> Found | None:
    """The organ the words right before the mention (or opening it, before a name of an organisation) name
    with the organisation, if the lexicon knows it."""
    opening = _opening_before(state, found) or _opening_inside(state, found)
    if opening is None:
        return None
    start, words, whole = opening
    head = words.split()[0]
    for surface in state.lexicon.surfaces_of(whole.id):
        organ = _known_organ(state, whole, (words + surface, f"{surface} {head}"))
        if organ is not None:
            return Found(start, found.end, state.text[start : found.end], organ, found.source)
    return None


def _opening_before(state: ArticleState, found: Found) -> tuple[int, str, Term] | None:
    """"Commission de la " right before the mention: its start and its words."""
    before = state.text[max(0, found.start - 40) : found.start]
    tokens = list(re.finditer(r"[\w-]+['’]?", before))[-ORGAN_WORDS:]
    links = _links(state)
    while tokens and tokens[0].group().lower() in links:
        tokens = tokens[1:]
    if len(tokens) < 2 or any(t.group().lower() not in links for t in tokens[1:]) \
            or before[tokens[-1].end() :].strip():
        return None
    return found.start - len(before) + tokens[0].start(), before[tokens[0].start() :], found.term


def _opening_inside(state: ArticleState, found: Found) -> tuple[int, str, Term] | None:
    """"Commission de la Communauté économique …" found whole (by its acronym after it, or as a capitalised
    name): the organ's word and linking words opening the mention, and the organisation the rest names."""
    tokens = list(re.finditer(r"[\w-]+['’]?", found.text))
    links = _links(state)
    count = next((i for i, t in enumerate(tokens[1:ORGAN_WORDS + 1], 1) if t.group().lower() not in links), 0)
    if count < 2:
        return None
    rest = found.text[tokens[count].start() :]
    if fold(rest) in {fold(s) for s in state.lexicon.surfaces_of(found.id)}:
        return found.start, found.text[: tokens[count].start()], found.term
    whole = next((t for t in state.lexicon.named(rest) if t.type is E.ORGANIZATION), None)
    return (found.start, found.text[: tokens[count].start()], whole) if whole is not None else None


def _links(state: ArticleState) -> set[str]:
    """The words linking an organ's word to its organisation ("de la", "of the")."""
    words = state.lexicon.words(state.language)
    return {w.lower() for w in [*words.complements, *words.definite, *words.partitives]}


def _known_organ(state: ArticleState, whole: Term, forms: tuple[str, ...]) -> Term | None:
    """The organisation the reference data names by one of the forms, other than the whole."""
    for form in forms:
        known = [t for t in state.lexicon.named(form) if t.type is E.ORGANIZATION and t.id != whole.id]
        if known:
            return known[0]
    return None
