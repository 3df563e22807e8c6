"""Arabic state bodies named by a head noun and its construct phrase: where such a name is whole, how it
is read for an id, and which shorter name stands for a longer one the article names."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.arabic import Phrases, Reading, romaniser
from kg.nlp.lexicon import Lexicon, Term, portfolio_of
from kg.nlp.names import BUILT, ministry_term

E = EntityType
NAMED = (E.GOVERNMENT_BODY, E.ORGANIZATION)


@dataclass(frozen=True)
class Named:
    """A body's name at tokens [start, end) and what it stands for."""

    start: int
    end: int
    term: Term


def head_reading(r: Reading, i: int, heads: Phrases) -> str:
    """The head word as the table knows it, the letters glued to it taken off ("بالمركز" -> "المركز")."""
    return next((w for w in r.firsts[i] if w in heads.sizes), r.keys[i])


def name_words(r: Reading, start: int, end: int, heads: Phrases) -> str:
    """The words of a body's name without the letters glued to its head: what its id is read from."""
    return " ".join((head_reading(r, start, heads), *r.keys[start + 1 : end]))


def words_of(r: Reading, named: Named) -> tuple[frozenset[str], tuple[str, ...]]:
    """The readings of a name's first word and the words after it."""
    return frozenset(r.reads[named.start]), tuple(r.keys[named.start + 1 : named.end])


def longer_name(r: Reading, short: Named, others: list[Named]) -> Term | None:
    """"مجلس الوزراء" after "مجلس الوزراء السعودي", "بالمركز الوطني للأمن السيبراني" beside "المركز الوطني
    للأمن السيبراني في الكويت": the one body of the article whose name goes on from this one's words, named
    in another sentence (in one sentence, "وزارة الاتصالات … مع وزارة الاتصالات الأردنية" are two)."""
    firsts, rest = words_of(r, short)
    size = len(rest)
    terms = {o.term.id: o.term for o in others
             if o.end - o.start > short.end - short.start and o.term.type in NAMED and o.term.id != short.term.id
             and firsts & frozenset(r.reads[o.start]) and tuple(r.keys[o.start + 1 : o.start + 1 + size]) == rest
             and not _one_sentence(r, short.start, o.start)}
    return next(iter(terms.values())) if len(terms) == 1 else None


def _one_sentence(r: Reading, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return not any(r.tk.sent_start[low + 1 : high + 1])


def body_term(lexicon: Lexicon, text: str, words: str, kind: str) -> Term | None:
    """A ministry named in English from its portfolios; another body by the romanised words of its name."""
    if kind == "ministry":
        portfolios = portfolio_of(text, lexicon)
        return ministry_term(portfolios, lexicon) if portfolios else None
    name = romaniser().name(words)
    return Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name) if name else None


def of_country(lexicon: Lexicon, term: Term, code: str | None) -> Term:
    """A ministry named from its portfolios takes its country into its name, as the qualify layer does;
    another body named with a country's name keeps that country."""
    owner = lexicon.countries.get(code or "")
    if owner is None or term.country:
        return term
    if term.kind != BUILT:
        return replace(term, country=code)
    name = f"{term.name} of {owner.name}"
    return replace(term, id=entity_id(E.GOVERNMENT_BODY, name), name=name, country=code)
