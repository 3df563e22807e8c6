"""Generic body names carry their country: "Ministry of Trade and Industry of Singapore".

A ministry the reference data does not know is named from its portfolios, and the same
portfolios make the same name in many countries. Once partOf is known, such a body takes its
country into its name and id, so two countries' ministries never merge into one entity; the
name as built stays an alias.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.lexicon import Term
from kg.nlp.names import BUILT
from kg.nlp.state import ArticleState

E = EntityType


def qualify_generic(state: ArticleState) -> None:
    """Rename every generic body whose country is known, in mentions, extras and drafts."""
    renamed = _renames(state)
    if not renamed:
        return
    for old, term in renamed.items():
        state.aliases.setdefault(term.id, set()).add(_name_of(state, old))
    for found in state.found:
        if found.id in renamed:
            found.term = renamed[found.id]
    state.extra = {renamed[k].id if k in renamed else k: renamed.get(k, v) for k, v in state.extra.items()}
    for draft in state.drafts:
        draft.subject = renamed[draft.subject].id if draft.subject in renamed else draft.subject
        draft.object = renamed[draft.object].id if draft.object in renamed else draft.object


def _name_of(state: ArticleState, body: str) -> str:
    term = state.term(body)
    return term.name if term else body


def _renames(state: ArticleState) -> dict[str, Term]:
    renamed: dict[str, Term] = {}
    for body, (country, _) in state.body_country.items():
        term = state.term(body)
        new = qualified(state, term, country.split("/")[-1]) if term else None
        if new is not None:
            renamed[body] = new
    return renamed


def qualified(state: ArticleState, term: Term, code: str) -> Term | None:
    """The generic body's term named with its country ("… of Jordan"), else None."""
    owner = state.lexicon.countries.get(code)
    if owner is None or not is_generic(state, term):
        return None
    name = f"{term.name} of {owner.name}"
    return replace(term, id=entity_id(E.GOVERNMENT_BODY, name), name=name, country=code)


def qualify_member(state: ArticleState, body: str, code: str | None) -> str:
    """A minister's own ministry, named with the minister's country when its name is generic."""
    term = state.term(body)
    new = qualified(state, term, code) if term and code else None
    if new is None:
        return body
    state.extra.setdefault(new.id, new)
    state.aliases.setdefault(new.id, set()).add(term.name if term else body)
    return new.id


def is_generic(state: ArticleState, term: Term) -> bool:
    """A body named from its portfolios alone, with no country in its name."""
    return term.type is E.GOVERNMENT_BODY and term.kind == BUILT and not term.country \
        and state.lexicon.country_in(term.name) is None
