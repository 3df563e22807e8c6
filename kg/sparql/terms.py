"""The terms a query uses, read from its parsed form: its variables, and dp: terms the ontology lacks.

A misspelled term (cooperateOn for cooperatesOn) is not an error in SPARQL, it just matches nothing;
``unknown_terms`` finds such terms in the parsed query and names the nearest defined one.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from kg import resources
from kg.vocab import DP_IRI, DPR_IRI, query_prefixes

#: The response header the endpoint puts its advice about a query in.
WARNINGS_HEADER = "X-Query-Warnings"

_DP_NAME = re.compile(r"(?<![\w:])dp:([\w-]*)")
#: Past this size a query is not parsed a second time just for advice.
MAX_ADVISED_CHARS = 20_000


@dataclass(frozen=True)
class UnknownTerm:
    """A dp: term the ontology does not define, and the defined one it is closest to."""

    name: str
    nearest: str | None

    def __str__(self) -> str:
        hint = f"; did you mean dp:{self.nearest}?" if self.nearest else ""
        return f"dp:{self.name} is not a term of the ontology, so it matches nothing{hint}"


@cache
def defined_terms() -> frozenset[str]:
    """Local names of every dp: term that ontology/dp.ttl describes."""
    path = resources.ontology_file("dp.ttl")
    names = set()
    for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
        subject = triple.subject
        if isinstance(subject, ox.NamedNode) and subject.value.startswith(DP_IRI):
            names.add(subject.value[len(DP_IRI):])
    return frozenset(names)


def parsed_query(sparql: str, base_iri: str = DPR_IRI):
    """rdflib's algebra of a query with the predefined prefixes, or None if rdflib cannot parse it."""
    # deferred: rdflib's SPARQL parser takes ~0.2 s to import
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        return translateQuery(parseQuery(sparql), initNs=query_prefixes(base_iri))
    except Exception:  # rdflib raises many kinds; the engine itself reports syntax errors
        return None


def query_variables(sparql: str, base_iri: str = DPR_IRI) -> set[str] | None:
    """Names of the variables the query mentions (None when it does not parse)."""
    from rdflib.term import Variable  # deferred: rdflib takes ~0.1 s to import

    query = parsed_query(sparql, base_iri)
    if query is None:
        return None
    return {str(term) for term in _terms(query.algebra) if isinstance(term, Variable)}


def unknown_terms(sparql: str, base_iri: str = DPR_IRI) -> list[UnknownTerm]:
    """dp: terms of the query that the ontology does not define, each with its nearest term."""
    if len(sparql) > MAX_ADVISED_CHARS or not _may_name_unknown(sparql):
        return []
    from rdflib.term import URIRef  # deferred: rdflib takes ~0.1 s to import

    query = parsed_query(sparql, base_iri)
    if query is None:
        return []
    defined = defined_terms()
    used = {str(term)[len(DP_IRI):] for term in _terms(query.algebra)
            if isinstance(term, URIRef) and str(term).startswith(DP_IRI)}
    return [UnknownTerm(name, nearest(name)) for name in sorted(used - defined)]


def warnings_header(sparql: str, base_iri: str = DPR_IRI) -> str | None:
    """The warnings about a query as an HTTP header value (a JSON list, ASCII only), or None."""
    warnings = [str(term) for term in unknown_terms(sparql, base_iri)]
    return json.dumps(warnings, ensure_ascii=True) if warnings else None


def nearest(name: str) -> str | None:
    """The defined term closest in spelling (case aside), if any is close."""
    by_lower = {term.lower(): term for term in defined_terms()}
    match = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[match[0]] if match else None


def _may_name_unknown(sparql: str) -> bool:
    """Whether parsing is needed: a dp: name that is not defined, or the ontology's IRI
    written out or escaped, which a plain scan cannot read."""
    if "\\u" in sparql or "\\U" in sparql or DP_IRI.split("#")[0] in sparql:
        return True
    return any(name not in defined_terms() for name in _DP_NAME.findall(sparql))


def _terms(node: object) -> Iterator[object]:
    """Every term in an algebra tree: its values, lists, paths and expressions, depth first."""
    stack = [node]
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, str):  # URIRef, Variable, Literal and plain strings
            yield item
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
        elif hasattr(item, "__dict__"):
            stack.extend(vars(item).values())
