"""Events (dp:Meeting, dp:Visit, dp:Signing) derived from meets, visits and signs.

An event's IRI depends only on its kind, its participants (and place or agreement) and its
month, so articles that report the same meeting describe the same node, each in its graph.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.ids import short_hash
from kg.models import Extraction, Relation, RelationType
from kg.rdf import terms
from kg.rdf.iris import Iris, Triple
from kg.vocab import EXT, dp, node

#: CAMEO codes, so the graph lines up with event datasets.
CAMEO = {"Meeting": "040", "Visit": "042", "Signing": "057"}


def map_events(extraction: Extraction, graph: ox.NamedNode, iris: Iris) -> tuple[list[Triple], list[Triple]]:
    """Triples of the article's graph (that it reports the event, and its date) and shared ones."""
    own: list[Triple] = []
    shared: list[Triple] = []
    for triple, is_shared in _events(extraction, graph, iris):
        (shared if is_shared else own).append(triple)
    return own, shared


def _events(extraction: Extraction, graph: ox.NamedNode, iris: Iris) -> Iterator[tuple[Triple, bool]]:
    fallback = extraction.article.published
    by_kind: dict[RelationType, list[Relation]] = defaultdict(list)
    for relation in extraction.relations:
        by_kind[relation.type].append(relation)
    visits = by_kind[RelationType.VISITS]
    for participants, month, relations in _meetings(by_kind[RelationType.MEETS], fallback):
        yield from _event(extraction, graph, iris, "Meeting", sorted(participants), None, month, relations)
        event = _iri(iris, "Meeting", sorted(participants), None, month)
        for place in _places(extraction, participants, month, relations, visits, fallback):
            yield (event, dp("location"), iris.entity(place)), False
    for (person, place, month), relations in _grouped(by_kind[RelationType.VISITS], fallback).items():
        yield from _event(extraction, graph, iris, "Visit", [person], place, month, relations)
    for signers, agreement, month, relations in _signings(by_kind[RelationType.SIGNS], fallback):
        yield from _event(extraction, graph, iris, "Signing", signers, agreement, month, relations)
        event = _iri(iris, "Signing", signers, agreement, month)
        for place in _places(extraction, set(signers), month, relations, visits, fallback):
            yield (event, dp("location"), iris.entity(place)), False


def _places(extraction: Extraction, people: set[str], month: str, relations: list[Relation],
            visits: list[Relation], fallback: str | None) -> list[str]:
    """Where a meeting or signing took place, as this article tells it (kept in its graph): the place
    a participant visits that month ("during a visit to Nairobi … met"), else the places named in the
    event's own sentences ("met in Rabat"); a city rather than its country."""
    types = {entity.id: entity.type.value for entity in extraction.entities}
    visited = [v.object for v in visits if v.subject in people and _month(v, fallback) == month]
    if not visited:
        spans = [(r.evidence.start, r.evidence.end) for r in relations if r.evidence is not None]
        visited = [entity.id for entity in extraction.entities if entity.type.value == "Place"
                   and any(a <= m.start and m.end <= b for m in entity.mentions for a, b in spans)]
    cities = [p for p in visited if types.get(p) == "Place"]
    return sorted(set(cities or [p for p in visited if types.get(p) == "Country"]))


def _month(relation: Relation, fallback: str | None) -> str:
    value = relation.date or fallback
    return value[:7] if value else "undated"


def _meetings(relations: list[Relation], fallback: str | None) -> Iterator[tuple[set[str], str, list[Relation]]]:
    """Meetings of the same month that share a participant are one meeting."""
    by_month: dict[str, list[Relation]] = defaultdict(list)
    for relation in relations:
        by_month[_month(relation, fallback)].append(relation)
    for month, group in sorted(by_month.items()):
        for component in _components(group):
            participants = {r.subject for r in component} | {r.object for r in component}
            yield participants, month, component


def _components(relations: list[Relation]) -> Iterator[list[Relation]]:
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        while parent.setdefault(item, item) != item:
            item = parent[item]
        return item

    for relation in relations:
        parent[find(relation.subject)] = find(relation.object)
    groups: dict[str, list[Relation]] = defaultdict(list)
    for relation in relations:
        groups[find(relation.subject)].append(relation)
    yield from (groups[key] for key in sorted(groups))


def _grouped(relations: Iterable[Relation], fallback: str | None) -> dict[tuple[str, str, str], list[Relation]]:
    groups: dict[tuple[str, str, str], list[Relation]] = defaultdict(list)
    for relation in relations:
        groups[(relation.subject, relation.object, _month(relation, fallback))].append(relation)
    return dict(sorted(groups.items()))


def _signings(relations: list[Relation], fallback: str | None) -> Iterator[tuple[list[str], str, str, list[Relation]]]:
    """Everyone who signs the same agreement in the same month takes part in one signing."""
    groups: dict[tuple[str, str], list[Relation]] = defaultdict(list)
    for relation in relations:
        groups[(relation.object, _month(relation, fallback))].append(relation)
    for (agreement, month), group in sorted(groups.items()):
        yield sorted({r.subject for r in group}), agreement, month, group


def _event(extraction: Extraction, graph: ox.NamedNode, iris: Iris, kind: str, participants: list[str],
           target: str | None, month: str, relations: list[Relation]) -> Iterator[tuple[Triple, bool]]:
    event = _iri(iris, kind, participants, target, month)
    yield (event, node(EXT.wasDerivedFrom), graph), False
    # The most precise date, and of those the earliest (a visit's first day): never the order
    # of a set, which changes with the interpreter's hash seed from one process to the next.
    dates = sorted({r.date for r in relations if r.date}, key=lambda date: (-len(date), date))
    if dates:
        yield (event, dp("date"), terms.date(dates[0])), False
    sentences = [r.evidence.text for r in relations if r.evidence is not None]
    if sentences:  # the article's own sentence for the event, beside the statements' ones
        yield (event, dp("evidence"), terms.text(sentences[0], extraction.article.language)), False
    yield (event, node(EXT.type), dp(kind)), True
    yield (event, dp("cameoCode"), terms.string(CAMEO[kind])), True
    yield (event, node(EXT.label), terms.text(_label(extraction, kind, participants, target, month), "en")), True
    for participant in participants:
        yield (event, dp("participant"), iris.entity(participant)), True
    if target and kind == "Visit":
        yield (event, dp("location"), iris.entity(target)), True
    if target and kind == "Signing":
        yield (event, dp("agreement"), iris.entity(target)), True


def _iri(iris: Iris, kind: str, participants: list[str], target: str | None, month: str) -> ox.NamedNode:
    """An event's IRI; a signing is known by its agreement alone (articles may name different signatories)."""
    who = [] if kind == "Signing" else participants
    return iris.event(kind.lower(), short_hash(kind, *who, target or "", month))


def _label(extraction: Extraction, kind: str, participants: list[str], target: str | None, month: str) -> str:
    names = {entity.id: entity.name for entity in extraction.entities}
    who = ", ".join(names[p] for p in participants)
    where = f" – {names[target]}" if target else ""
    when = f" ({month})" if month != "undated" else ""
    return f"{kind}: {who}{where}{when}"
