"""Offices a title implies without naming them: a head of state's presidency, an embassy's host."""

from __future__ import annotations

from kg.ids import entity_id
from kg.models import EntityType as E
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.state import ArticleState, Role


def presidency(state: ArticleState, role: Role, person_id: str, country: str | None) -> tuple[str | None, str | None]:
    """"le président de la République du Cameroun, Paul Biya" -> Presidency of the Republic of Cameroon.

    The pack's `head_of_state` pattern says which titles name a head of state ("président",
    "chef de l'État", not "vice-président"); the title must name nothing else but a country, and the
    country is the one the title names or the person's own (reference data).
    """
    pattern = state.lexicon.context[state.language].get("head_of_state")
    match = pattern.match(role.text) if pattern else None
    if match is None or not _only_countries(state, role, role.start + match.end()):
        return None, None
    person = state.term(person_id)
    code = country or (person.country if person else None)
    if code is None or code not in state.lexicon.countries:
        return None, None
    name = f"Presidency of {republic_name(state.lexicon, code)}"
    term = Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, country=code)
    state.extra.setdefault(term.id, term)
    return term.id, code


def _only_countries(state: ArticleState, role: Role, start: int) -> bool:
    """Whether the rest of the title, from `start`, has no capitalised word outside a country's name
    ("président de la Fédération …" is no head of state)."""
    rest = list(state.text[start : role.end])
    for found in state.of_type(E.COUNTRY):
        if found.end > start and found.start < role.end:  # "République française" is one country name
            low, high = max(found.start, start) - start, min(found.end, role.end) - start
            rest[low:high] = " " * (high - low)
    return not any(char.isupper() for char in rest)  # "l'Autorité" too


def republic_name(lexicon: Lexicon, code: str) -> str:
    """The country's official English name when it is a republic ("the Republic of Cameroon", "the French
    Republic"), else its short name ("the United States", "Egypt")."""
    country = lexicon.countries[code]
    for surface, term in lexicon.forms.get("en", []):
        if term.id == country.id and term.kind == "name" and "Republic" in surface.split():
            return f"the {surface}"
    return lexicon.country_in_name(country)


def host_country(state: ArticleState, sending: Term) -> Term | None:
    """The country an ambassador whose title names no host is posted to: the country the article
    names most, other than the ambassador's own ("l'ambassadeur des États-Unis" in a report from
    Abidjan)."""
    for country_id in state.salient_countries():
        code = country_id.split("/")[-1]
        if code != sending.country and code in state.lexicon.countries:
            return state.lexicon.countries[code]
    return None
