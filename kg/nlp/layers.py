"""The Layer protocol: each rule layer says what it reads and what it provides, and is put in order
by what it needs, never by where it is written.

What a layer reads and provides are names of milestones of the article's state ("mentions",
"roles", "relations"…); `order` sorts layers so that each runs after the providers of all it
requires, and fails at once on a missing provider, two providers of one name, or a cycle.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, runtime_checkable

from kg.errors import ResourceError
from kg.nlp.state import ArticleState


class Milestone(StrEnum):
    """What a layer can require or provide: a stage of the article state reached."""

    TEXT = "text"  # the normalised text and the original (ArticleState.text, .original)
    DOC = "doc"  # the spaCy parse and its token table
    SENTENCES = "sentences"  # ArticleState.sentences
    MENTIONS = "mentions"  # ArticleState.found: typed mentions of entities, people linked
    ROLES = "roles"  # ArticleState.roles: each person's role phrase
    MEMBERS = "members"  # memberOf drafts, person_country / body_country from roles
    COREFERENCE = "coreference"  # descriptions, pronouns, "both sides" markers on sentences
    AGREEMENTS = "agreements"  # agreement mentions and their parties; mentions assigned to sentences
    DATES = "dates"  # Sentence.date
    VISITS = "visits"  # visits drafts
    HOME_COUNTRIES = "home-countries"  # the country of each minister's ministry, after visits
    RELATIONS = "relations"  # meets, cooperatesWith/On, hasPolicy, signs drafts
    MEMBER_COUNTRIES = "member-countries"  # the same, once every relation is known
    LATE_VISITS = "late-visits"  # meetings abroad of those whose country only the ministries told
    CHECKED_VISITS = "checked-visits"  # visits of one's own country dropped
    PART_OF = "part-of"  # partOf drafts
    QUALIFIED = "qualified"  # generic body names carry their country (kg/nlp/qualify.py)
    CHECKED_PARTNERS = "checked-partners"  # no body partners its own country or another body of it


GIVEN = (Milestone.TEXT, Milestone.DOC, Milestone.SENTENCES)  # what every article state starts with


class PipelineError(ResourceError):
    """The layers do not make a pipeline: something required is provided by none or by two."""


@runtime_checkable
class Layer(Protocol):
    """One step over an article's state."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def provides(self) -> tuple[str, ...]: ...

    def __call__(self, state: ArticleState) -> None: ...


@dataclass(frozen=True)
class Step:
    """A layer made of a function over the article state, with what it requires and provides."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]
    run: Callable[[ArticleState], None]

    def __call__(self, state: ArticleState) -> None:
        self.run(state)


def order(layers: Iterable[Layer], given: Iterable[str] = GIVEN, needed: Iterable[str] = ()) -> list[Layer]:
    """The layers in an order where each comes after the providers of what it requires.

    Among layers ready at the same time, the one listed first goes first. `needed` names what the
    caller reads once all layers have run.
    """
    pending = list(layers)
    providers = _providers(pending, set(given))
    wants = [(layer.name, need) for layer in pending for need in layer.requires]
    wants += [("the extraction", need) for need in needed]
    for who, need in wants:
        if need not in providers:
            raise PipelineError(f"{who!r} requires {need!r}, which no layer provides", where="pipeline")
    done = set(given)
    ordered: list[Layer] = []
    while pending:
        ready = next((layer for layer in pending if all(need in done for need in layer.requires)), None)
        if ready is None:
            names = ", ".join(layer.name for layer in pending)
            raise PipelineError(f"layers {names} require each other in a cycle", where="pipeline")
        pending.remove(ready)
        ordered.append(ready)
        done.update(ready.provides)
    return ordered


def _providers(layers: list[Layer], given: set[str]) -> dict[str, str]:
    providers = dict.fromkeys(given, "(given)")
    for layer in layers:
        for name in layer.provides:
            if name in providers:
                raise PipelineError(f"{name!r} is provided by both {providers[name]!r} and {layer.name!r}",
                                    where="pipeline")
            providers[name] = layer.name
    return providers
