"""Counts kept as counts in the summary graph: how many articles name each domain of cooperation.

The ``domains`` query used to count every domain report (one per article and relation,
half a million at 100,000 articles) for its 23 rows. The summary graph now also holds one
count node per domain (how many articles name it) and one per domain and party (how many
articles have that party cooperate on it; the domain's number of parties is the number of
these nodes). A batch of articles adds what its new reports name and subtracts what the
old reports of the articles it replaces or removes named, in the same update request as
the reports themselves, before the old reports go. A count that falls to zero is removed.

The count nodes are named by a hash of what they count (``MD5``, which SPARQL computes the
same way), so that the update can find the node of an old report without a look-up.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

import pyoxigraph as ox

from kg.rdf.iris import Iris
from kg.vocab import dp

Key = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | None]
#: What a relation report names, and the term of the count nodes that count it.
COUNTED = {dp("reportsDomain"): dp("countedDomain"), dp("reportsPolicy"): dp("countedPolicy")}
_READ = {*COUNTED, dp("reportedParty"), dp("reportedBy")}


def count_node(iris: Iris, counted: ox.NamedNode, party: ox.NamedNode | None = None) -> ox.NamedNode:
    """The node counting the articles that name ``counted`` (with ``party`` as its party)."""
    key = counted.value if party is None else f"{counted.value} {party.value}"
    return ox.NamedNode(f"{iris.base}count/{hashlib.md5(key.encode()).hexdigest()}")


def _node_expression(iris: Iris, with_party: bool) -> str:
    """The SPARQL expression of ``count_node`` for ``?object`` (and ``?party``)."""
    key = 'CONCAT(STR(?object), " ", STR(?party))' if with_party else "STR(?object)"
    return f"IRI(CONCAT({ox.Literal(iris.base + 'count/')}, MD5({key})))"


def new_counts(reports: Iterable[ox.Quad]) -> Counter[Key]:
    """What a batch's new reports add: per domain, per domain and party, per policy and owner."""
    of: dict[ox.NamedNode, dict[ox.NamedNode, ox.NamedNode]] = {}
    for quad in reports:
        if quad.predicate in _READ and isinstance(quad.object, ox.NamedNode) and isinstance(quad.subject, ox.NamedNode):
            of.setdefault(quad.subject, {})[quad.predicate] = quad.object
    counts: Counter[Key] = Counter()
    named: set[tuple[ox.NamedNode, ox.NamedNode]] = set()
    for values in of.values():
        party = values.get(dp("reportedParty"))
        for kind, counted in COUNTED.items():
            if kind in values and party is not None:
                counts[counted, values[kind], party] += 1  # one report per article, party and object
                if counted == dp("countedDomain"):
                    named.add((values[dp("reportedBy")], values[kind]))
    counts.update((dp("countedDomain"), domain, None) for _, domain in named)
    return counts


def counts_update(new: Counter[Key], old_articles: Iterable[str], iris: Iris) -> str:
    """A SPARQL update adding the new reports' counts and subtracting those of the articles'
    stored reports; to run before those reports are removed, in the same request."""
    graph = str(ox.NamedNode(f"{iris.base}graph/summary"))
    rows = " ".join(f"({count_node(iris, thing, party)} {counted} {thing} {party or 'UNDEF'} {change})"
                    for (counted, thing, party), change in new.items() if change)
    values = " ".join(str(ox.NamedNode(name)) for name in old_articles)
    changes = [f"{{ VALUES (?count ?counted ?object ?party ?change) {{ {rows} }} }}"] if rows else []
    if values:
        kinds = " ".join(f"({reports} {counted})" for reports, counted in COUNTED.items())
        old = f"VALUES ?article {{ {values} }} GRAPH {graph} {{ ?report {dp('reportedBy')} ?article ; "
        changes.append(f"{{ VALUES (?reports ?counted) {{ {kinds} }} {old} ?reports ?object ; "
                       f"{dp('reportedParty')} ?party }} FILTER(isIRI(?object) && isIRI(?party)) "
                       f"BIND(-1 AS ?change) BIND({_node_expression(iris, True)} AS ?count) }}")
        changes.append(f"{{ {{ SELECT DISTINCT ?article ?object WHERE {{ {old} {dp('reportsDomain')} ?object }} "
                       f"FILTER(isIRI(?object)) }} }} BIND({dp('countedDomain')} AS ?counted) "
                       f"BIND(-1 AS ?change) BIND({_node_expression(iris, False)} AS ?count) }}")
    if not changes:
        return ""
    return _apply(" UNION ".join(changes), graph)


def _apply(changes: str, graph: str) -> str:
    """Add each count's change to its stored value (zero when none); drop counts that reach zero."""
    articles, party = dp("articleCount"), dp("countedParty")
    return (f"DELETE {{ GRAPH {graph} {{ ?count {articles} ?old }} }}\n"
            f"INSERT {{ GRAPH {graph} {{ ?count ?counted ?object ; {party} ?party ; {articles} ?new }} }}\n"
            f"WHERE {{ {{ SELECT ?count ?counted ?object ?party (SUM(?change) AS ?delta) WHERE {{ {changes} }}"
            f" GROUP BY ?count ?counted ?object ?party }}\n"
            f"  OPTIONAL {{ GRAPH {graph} {{ ?count {articles} ?old }} }}\n"
            f"  BIND(COALESCE(?old, 0) + ?delta AS ?new) }} ;\n"
            f"DELETE {{ GRAPH {graph} {{ ?count ?p ?o }} }} "
            f"WHERE {{ GRAPH {graph} {{ ?count {articles} 0 ; ?p ?o }} }}")


def recount_update(iris: Iris) -> str:
    """A SPARQL update that counts again, from every stored report (to rebuild the counts in place)."""
    graph = str(ox.NamedNode(f"{iris.base}graph/summary"))
    articles, party = dp("articleCount"), dp("countedParty")
    kinds = " ".join(f"({reports} {counted})" for reports, counted in COUNTED.items())
    by = dp("reportedBy")
    return (f"DELETE {{ GRAPH {graph} {{ ?count ?p ?o }} }} "
            f"WHERE {{ GRAPH {graph} {{ ?count {articles} ?n ; ?p ?o }} }} ;\n"
            f"INSERT {{ GRAPH {graph} {{ ?count ?counted ?object ; {party} ?party ; {articles} ?n }} }}\n"
            f"WHERE {{ {{ SELECT ?counted ?object ?party (COUNT(DISTINCT ?article) AS ?n) WHERE {{ "
            f"VALUES (?reports ?counted) {{ {kinds} }} GRAPH {graph} {{ ?report ?reports ?object ; {by} ?article ; "
            f"{dp('reportedParty')} ?party }} FILTER(isIRI(?object) && isIRI(?party)) }} "
            f"GROUP BY ?counted ?object ?party }} BIND({_node_expression(iris, True)} AS ?count) }} ;\n"
            f"INSERT {{ GRAPH {graph} {{ ?count {dp('countedDomain')} ?object ; {articles} ?n }} }}\n"
            f"WHERE {{ {{ SELECT ?object (COUNT(DISTINCT ?article) AS ?n) "
            f"WHERE {{ GRAPH {graph} {{ ?report {dp('reportsDomain')} ?object ; {by} ?article }} "
            f"FILTER(isIRI(?object)) }} GROUP BY ?object }} BIND({_node_expression(iris, False)} AS ?count) }}")
