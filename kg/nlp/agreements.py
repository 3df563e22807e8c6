"""Agreement mentions: which phrases name a new agreement, which refer back to one, and the parties,
kind and fields its canonical name is made of ("Morocco-United States Memorandum of Understanding on …")."""

from __future__ import annotations

import re

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found, choose
from kg.nlp.lexicon import Term
from kg.nlp.relations import SentenceRules
from kg.nlp.state import ArticleState
from kg.nlp.text import fold

E = EntityType


def agreements(state: ArticleState, spans: list[tuple[int, int, str]], context: dict[str, re.Pattern[str]]) -> None:
    """Agreement phrases, each a new agreement (named after its parties, kind and fields) or the last one named."""
    current: Term | None = None
    created, kind = -1, ""
    made: list[tuple[Term, str]] = []  # the agreements named so far, with their kind
    rules = SentenceRules(state)
    for start, end, label in spans:
        before = state.text[max(0, start - 60) : start].lower()
        if context["shared_before"].search(before[-12:]):
            continue
        sentence = state.sentence_at(start)
        fresh = rules.has("signs", sentence) or rules.has("cooperates", sentence)
        if current is None and (not fresh or label == "reference"):
            continue
        if label == "reference" and not context["reference_before"].search(before):
            continue
        fresh_one = fresh and context["indefinite_before"].search(before) and label != "reference" \
            and (sentence.index != created or label != kind)  # "signed an agreement … and a joint declaration"
        if current is None or fresh_one:
            current = _agreement_term(state, sentence.found, label, end, context["clause_end"])
            current = _restated(state, current, label, made) or current
            made.append((current, label))
            created, kind = sentence.index, label
        state.found.append(Found(start, end, state.text[start:end], current, "pattern"))
    state.found = choose(state.found)


def _restated(state: ArticleState, term: Term, label: str, made: list[tuple[Term, str]]) -> Term | None:
    """"Signature d'un accord de coopération …" then "ont signé un accord visant à …": a plain "agreement"
    between the parties of an earlier agreement of that kind is that agreement told again."""
    parties = state.agreement_parties.get(term.id)
    plain = fold(label)
    for earlier, earlier_label in made:
        head = fold(earlier_label).split(" of ")[0].split()[-1]
        if earlier.id != term.id and plain == head and parties and state.agreement_parties.get(earlier.id) == parties:
            state.agreement_parties.pop(term.id, None)
            return earlier
    return None


def _agreement_term(state: ArticleState, found: list[Found], label: str, after: int,
                    clause_end: re.Pattern[str]) -> Term:
    """"Morocco-United States Memorandum of Understanding on Cybersecurity and …"."""
    chosen = [f.term for f in found if f.term.type is E.COUNTRY and f.term.kind != "demonym"]
    if len({t.id for t in chosen}) < 2:  # "Morocco and Mistral AI": the company, not its home country
        chosen += [f.term for f in found if f.term.type is E.ORGANIZATION][: 2 - len({t.id for t in chosen})]
    pair = state.main_pair()
    if len({t.id for t in chosen}) < 2 and pair and all(p.startswith("country/") for p in pair):
        chosen = [t for c in pair if (t := state.term(c)) is not None]
    terms = sorted({t.id: t for t in chosen}.values(), key=lambda t: fold(t.name))  # same in every language
    parties = [t.name for t in terms]
    clause = clause_end.search(state.text, after)
    until = clause.start() if clause else len(state.text)
    domains = list(dict.fromkeys(_title(f.term.name) for f in found
                                 if f.term.type is E.POLICY_DOMAIN and after <= f.start < until))
    name = f"{'-'.join(parties)} {label}".strip()
    if domains:
        name += " on " + (" and ".join(domains) if len(domains) <= 2
                          else ", ".join(domains[:-1]) + " and " + domains[-1])
    term = Term(entity_id(E.AGREEMENT, name), E.AGREEMENT, name)
    state.agreement_parties[term.id] = [t.id for t in terms]
    return term


def _title(label: str) -> str:
    return " ".join(w if w.isupper() else w.capitalize() for w in label.split())
