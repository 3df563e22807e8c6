"""Cooperation as an n-ary node (dp:Cooperation): its parties, domains, date, agreement and sources.

Built from one article's cooperatesWith, cooperatesOn and signs relations: each pair of
partners is one cooperation; an agreement both (or only one of them) sign is its agreement;
people who sign beside their state are not parties of their own;
a party's cooperatesOn domain belongs to that party's cooperation (the nearest in the text
when the party has several); an agreement signed by several parties that no pair covers is a
cooperation of its signatories. The node's IRI depends only on its parties and its agreement
(or, without one, its month), so two articles about the same cooperation describe one node.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.ids import short_hash
from kg.models import EntityType, Extraction, Relation, RelationType
from kg.rdf import terms
from kg.rdf.iris import Iris, Triple
from kg.vocab import EXT, dp, node


@dataclass
class Cooperation:
    """What one article says of one cooperation."""

    parties: tuple[str, ...]
    relations: list[Relation] = field(default_factory=list)
    agreement: str | None = None
    domains: set[str] = field(default_factory=set)

    def dates(self) -> list[str]:
        """The dates given, most precise first."""
        return sorted({r.date for r in self.relations if r.date}, key=lambda d: (-len(d), d))

    def position(self) -> int:
        starts = [r.evidence.start for r in self.relations if r.evidence]
        return min(starts) if starts else 0


def map_cooperation(extraction: Extraction, graph: ox.NamedNode, iris: Iris) -> tuple[list[Triple], list[Triple]]:
    """Triples of the article's graph (source, date, domains) and of the facts graph (the rest)."""
    own: list[Triple] = []
    shared: list[Triple] = []
    names = {entity.id: entity.name for entity in extraction.entities}
    for cooperation in cooperations(extraction):
        subject = iris.cooperation(_key(cooperation, extraction.article.published))
        own.append((subject, node(EXT.wasDerivedFrom), graph))
        if dates := cooperation.dates():
            own.append((subject, dp("date"), terms.date(dates[0])))
        own.extend((subject, dp("domain"), iris.entity(domain)) for domain in sorted(cooperation.domains))
        shared.append((subject, node(EXT.type), dp("Cooperation")))
        shared.append((subject, node(EXT.label), terms.text(_label(cooperation, names), "en")))
        shared.extend((subject, dp("party"), iris.entity(party)) for party in cooperation.parties)
        if cooperation.agreement:
            shared.append((subject, dp("agreement"), iris.entity(cooperation.agreement)))
    return own, shared


def cooperations(extraction: Extraction) -> list[Cooperation]:
    """The cooperations one article reports, with their agreements and domains assigned."""
    by_kind: dict[RelationType, list[Relation]] = defaultdict(list)
    for relation in extraction.relations:
        by_kind[relation.type].append(relation)
    found: dict[tuple[str, ...], Cooperation] = {}
    for relation in by_kind[RelationType.COOPERATES_WITH]:
        if relation.subject != relation.object:
            parties = tuple(sorted({relation.subject, relation.object}))
            found.setdefault(parties, Cooperation(parties)).relations.append(relation)
    people = {entity.id for entity in extraction.entities if entity.type is EntityType.PERSON}
    _assign_agreements(list(found.values()), by_kind[RelationType.SIGNS], found, people)
    _assign_domains(list(found.values()), by_kind[RelationType.COOPERATES_ON])
    return list(found.values())


def _assign_agreements(pairs: list[Cooperation], signs: list[Relation],
                       found: dict[tuple[str, ...], Cooperation], people: set[str]) -> None:
    """An agreement goes to the one pair its signatories belong to, else makes its own node.

    People who sign for a state or a body (a minister, an ambassador) are not parties of
    their own when the states or bodies sign too.
    """
    signatories: dict[str, list[Relation]] = defaultdict(list)
    for relation in signs:
        signatories[relation.object].append(relation)
    claimed: dict[int, list[str]] = defaultdict(list)
    for agreement, relations in sorted(signatories.items()):
        signers = {r.subject for r in relations}
        signers = (signers - people) or signers
        fitting = [c for c in pairs if signers <= set(c.parties)] or (
            [c for c in pairs if signers & set(c.parties)] if len(signers) == 1 else [])
        if len(fitting) == 1:
            claimed[id(fitting[0])].append(agreement)
            fitting[0].relations.extend(relations)
        elif not fitting and len(signers) > 1:
            parties = tuple(sorted(signers))
            found.setdefault((*parties, agreement), Cooperation(parties, list(relations), agreement))
    for cooperation in pairs:
        agreements = claimed.get(id(cooperation), [])
        cooperation.agreement = agreements[0] if len(agreements) == 1 else None


def _assign_domains(pairs: list[Cooperation], relations: list[Relation]) -> None:
    """A party's domain goes to its cooperation; with several, to the one whose parties name
    that domain most often, then to the nearest in the text."""
    naming: dict[str, set[str]] = defaultdict(set)
    for relation in relations:
        naming[relation.object].add(relation.subject)
    for relation in relations:
        fitting = [c for c in pairs if relation.subject in c.parties]
        if not fitting:
            continue
        where = relation.evidence.start if relation.evidence else 0
        best = min(fitting, key=lambda c: (-len(naming[relation.object] & set(c.parties)), abs(c.position() - where)))
        best.domains.add(relation.object)


def _key(cooperation: Cooperation, published: str | None) -> str:
    if cooperation.agreement:
        return short_hash("Cooperation", *cooperation.parties, cooperation.agreement)
    dates = cooperation.dates()
    when = dates[0] if dates else published
    return short_hash("Cooperation", *cooperation.parties, when[:7] if when else "undated")


def _label(cooperation: Cooperation, names: dict[str, str]) -> str:
    who = " – ".join(names.get(party, party) for party in cooperation.parties)
    what = f" ({names.get(cooperation.agreement, cooperation.agreement)})" if cooperation.agreement else ""
    return f"Cooperation: {who}{what}"

