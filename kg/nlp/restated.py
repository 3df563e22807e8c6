"""Agreements told again: which agreement phrase names one already named ("Un accord a été signé …" after
"une convention", "this new agreement", a headline's agreement of two countries told again as their bodies'),
which one an earlier year sets apart, and the canonical name an agreement takes from its parties and kind."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Sentence
from kg.nlp.lexicon import Term
from kg.nlp.state import ArticleState
from kg.nlp.text import fold

E = EntityType


@dataclass
class Named:
    """The agreements an article has named so far: each with its kind, and the sentence it was first named in."""

    made: list[tuple[Term, str]] = field(default_factory=list)
    first: dict[str, int] = field(default_factory=dict)

    def before(self, index: int) -> set[str]:
        """The agreements first named in a sentence before this one."""
        return {t.id for t, _ in self.made if self.first.get(t.id, index) < index}


def restated(state: ArticleState, term: Term, label: str, made: list[tuple[Term, str]],
              before: set[str]) -> Term | None:
    """"Signature d'un accord de coopération …" then "ont signé un accord visant à …": a plain "agreement"
    between the parties of an earlier agreement of that kind is that agreement told again; so is one of the
    same kind between the same parties when one of the two names no field, and a bare "accord" or
    "convention" naming no field between the parties of one named in an earlier sentence ("une convention",
    then "Un accord a été signé …")."""
    parties = state.agreement_parties.get(term.id)
    plain = fold(label)
    for earlier, earlier_label in made:
        head = fold(earlier_label).split(" of ")[0].split()[-1]
        unnamed = " on " not in term.name or " on " not in earlier.name  # one of them says no field
        bare = generic(term, label) and earlier.id in before
        same = plain == head or (plain == fold(earlier_label) and unnamed) or bare \
            or (earlier.id in before and described(state, label, earlier_label))
        if earlier.id != term.id and same and parties and state.agreement_parties.get(earlier.id) == parties:
            state.agreement_parties.pop(term.id, None)
            return earlier
    return None


def described(state: ArticleState, label: str, earlier_label: str) -> bool:
    """"signed an MoU …", then in a later sentence "the cooperation agreement signed …": a loose kind of the
    pack told after one of a precise kind it describes (`describes` in agreements.yaml) is that one."""
    return any(row.label == label and earlier_label in row.describes
               for row in state.lexicon.packs[state.language].agreements)


def generic(term: Term, label: str) -> bool:
    """An agreement named by a bare kind word ("accord", "convention", "treaty"), no field, no year."""
    return len(label.split()) == 1 and label != "reference" and " on " not in term.name \
        and not term.name.endswith(")")


def precise(state: ArticleState, current: Term, label: str, made: list[tuple[Term, str]]) -> tuple[Term, str] | None:
    """The last agreement, named by a bare kind word, told again by a definite phrase of a precise kind ("Un
    accord a été signé …", then "Le protocole d'accord prévoit …"): that agreement, named after that kind."""
    kinds = {t.id: k for t, k in made}
    parties = [t for p in state.agreement_parties.get(current.id, []) if (t := state.term(p)) is not None]
    if current.id not in kinds or not generic(current, kinds[current.id]) or label == "reference" \
            or generic(current, label) or not parties:
        return None
    return named_after(state, parties, label), label


def absorbed(state: ArticleState, new: tuple[Term, str], made: list[tuple[Term, str]],
              before: set[str]) -> list[tuple[Term, str]]:
    """"Cet accord définit …" in a lead, then "ont signé un protocole d'accord sur …": a bare agreement
    named in an earlier sentence between the same parties as an agreement of a precise kind is that
    agreement; its mentions take the precise one's name. So is one named with no party at all, ahead of one
    of a precise kind named with none either ("at the signing of the agreement" in a caption, then "the
    Ministry … entered into a memorandum of understanding with the Ministry … of Laos"). The agreements
    named so far, without it."""
    term, label = new
    parties = state.agreement_parties.get(term.id)
    if generic(term, label) or term.name.endswith(")"):  # "Agreement (2018)": dated apart from those before
        return made
    return renamed(state, term, [(t, kind) for t, kind in made if t.id in before
                                  and (generic(t, kind) or same_field(t, kind, term))
                                  and state.agreement_parties.get(t.id) == parties], made)


def same_field(earlier: Term, kind: str, term: Term) -> bool:
    """"signed an agreement on cybersecurity", then "also signed a memorandum of cooperation on cybersecurity":
    an agreement named by a bare kind word and a field is the precise one of the same field, or of none."""
    field = term.name.partition(" on ")[2]
    return len(kind.split()) == 1 and kind != "reference" and " on " in earlier.name \
        and field in ("", earlier.name.partition(" on ")[2])


def loosely_told(state: ArticleState, new: tuple[Term, str], made: list[tuple[Term, str]],
                 before: set[str]) -> list[tuple[Term, str]]:
    """"X and Y enter a cooperation agreement" in a lead, then "X signed a Memorandum of Understanding with Y":
    an agreement of a loose kind named in an earlier sentence between the same parties as one of a precise
    kind is that one; its mentions take the precise one's name. The agreements named so far, without it."""
    term, label = new
    parties = state.agreement_parties.get(term.id)
    return renamed(state, term, [(t, kind) for t, kind in made if t.id in before and described(state, kind, label)
                                  and parties and state.agreement_parties.get(t.id) == parties], made)


def unparted(state: ArticleState, new: tuple[Term, str], made: list[tuple[Term, str]],
             before: set[str]) -> list[tuple[Term, str]]:
    """"X, Y sign MoU" in a headline naming no party the rules can read, then "X and Y have signed a
    Memorandum of Understanding": an agreement of a kind named in an earlier sentence with no party at all
    is the first one of that kind named with its parties; its mentions take that one's name."""
    term, label = new
    if not state.agreement_parties.get(term.id):
        return made
    return renamed(state, term, [(t, kind) for t, kind in made if t.id in before and kind == label
                                  and not state.agreement_parties.get(t.id)], made)


def renamed(state: ArticleState, term: Term, gone: list[tuple[Term, str]],
             made: list[tuple[Term, str]]) -> list[tuple[Term, str]]:
    """The agreements named so far without those `gone`, whose mentions now name `term`."""
    ids = {t.id for t, _ in gone} - {term.id}
    for found in state.found:
        if found.id in ids:
            found.term = term
    for old in ids:
        state.agreement_parties.pop(old, None)
    return [(t, kind) for t, kind in made if t.id not in ids]


def for_homes(state: ArticleState, earlier: Term, term: Term) -> bool:
    """"la France et l'Estonie signent un accord de coopération" in a headline, then "l'ANSSI … et le Centre
    informatique estonien … ont signé un accord de coopération": an agreement between countries is the one
    of the same kind between a body or organisation of each."""
    theirs = state.agreement_parties.get(earlier.id, [])
    mine = state.agreement_parties.get(term.id, [])
    if not mine or any(p.startswith("country/") for p in mine) or not all(p.startswith("country/") for p in theirs):
        return False
    homes = set()
    for party in mine:
        actor = state.term(party)
        home = actor and (f"country/{actor.country}" if actor.country else state.lexicon_country_in(actor.name))
        homes.add(home)
    return homes == set(theirs)


def dated_apart(state: ArticleState, sentence: Sentence, term: Term, made: list[tuple[Term, str]],
                 past_year: re.Pattern[str] | None) -> Term:
    """"In 2011, the two countries inked a deal …" in a report of 2016 on their new accord: an agreement the
    sentence sets in an earlier year than the report's is another one than the one named so, told apart by
    its year."""
    if past_year is None or not state.published or term.id not in {t.id for t, _ in made}:
        return term
    year = next((m.group(1) for m in past_year.finditer(sentence.text) if m.group(1) < state.published[:4]), None)
    if year is None:
        return term
    dated = Term(entity_id(E.AGREEMENT, f"{term.name} ({year})"), E.AGREEMENT, f"{term.name} ({year})")
    state.agreement_parties[dated.id] = list(state.agreement_parties.get(term.id, []))
    return dated


def named_after(state: ArticleState, chosen: list[Term], kind: str) -> Term:
    """The agreement "<Party A>-<Party B> <kind …>", its parties kept by its id."""
    terms = sorted({t.id: t for t in chosen}.values(), key=lambda t: fold(t.name))  # same in every language
    name = f"{'-'.join(t.name for t in terms)} {kind}".strip()
    term = Term(entity_id(E.AGREEMENT, name), E.AGREEMENT, name)
    state.agreement_parties[term.id] = [t.id for t in terms]
    return term


def another(state: ArticleState, term: Term, made: list[tuple[Term, str]]) -> Term:
    """"Le premier MoU, signé par …", then "le second mémorandum, signé par …": an agreement an ordinal sets
    apart from those named so far, numbered after them when its parties, kind and fields are theirs."""
    ids = {t.id for t, _ in made}
    number = 2
    numbered = term
    while numbered.id in ids:
        name = f"{term.name} ({number})"
        numbered = Term(entity_id(E.AGREEMENT, name), E.AGREEMENT, name)
        number += 1
    state.agreement_parties[numbered.id] = list(state.agreement_parties.get(term.id, []))
    return numbered
