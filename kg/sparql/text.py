"""SPARQL text the stores build: bound parameters and graph-replacing updates.

Terms are always written by pyoxigraph's serializer, which escapes them, so no text from an
article or a user can change a query's or an update's structure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pyoxigraph as ox

from kg.errors import InputError
from kg.sparql.guard import mask
from kg.vocab import KIND_PREFIXES

_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)\b(?!:)", re.IGNORECASE)
_WHERE = re.compile(r"\s*WHERE\s*\{", re.IGNORECASE)
_VARIABLE = re.compile(r"[A-Za-z_]\w*")
_SLASHED_NAME = re.compile(r"(?<![\w:])([A-Za-z][\w-]*):([A-Za-z][\w-]*)/([\w-]+(?:[./][\w-]+)*)")


def replace_request(graphs: Mapping[str, Sequence[ox.Quad]], shared: Sequence[ox.Quad] = (),
                    cleanup: str | None = None) -> str:
    """One update, applied atomically: drop each graph, insert every quad into the graph it
    names (one INSERT DATA, so a blank node shared by two graphs stays one node), clean up.

    Terms are serialized by pyoxigraph, so no text from an article can break out of a literal.
    """
    parts = [f"DROP SILENT GRAPH {ox.NamedNode(name)}" for name in graphs]
    by_graph: dict[str, list[str]] = {}
    for quad in [*(q for quads in graphs.values() for q in quads), *shared]:
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
        by_graph.setdefault(graph, []).append(str(ox.Triple(quad.subject, quad.predicate, quad.object)))
    if by_graph:
        blocks = [" .\n".join(triples) if not graph else f"GRAPH {graph} {{\n" + " .\n".join(triples) + "\n}"
                  for graph, triples in by_graph.items()]
        parts.append("INSERT DATA {\n" + "\n".join(blocks) + "\n}")
    if cleanup:
        parts.append(cleanup)
    return " ;\n".join(parts)


def syntax_hint(sparql: str, message: str) -> str:
    """The parser's message, with how to write a resource when the query has ``dpr:country/ma``.

    A local name cannot hold a bare ``/``; each kind of resource has its own prefix instead.
    """
    for match in _SLASHED_NAME.finditer(sparql):
        prefix, kind, local = match.groups()
        if kind in KIND_PREFIXES:
            local = local.replace("/", "\\/")
            return (f"{match.group(0)} is not a valid prefixed name (a bare '/' ends it): write "
                    f"{kind}:{local} (predefined: {', '.join(f'{k}:' for k in KIND_PREFIXES)}), "
                    f"or escape the slash: {prefix}:{kind}\\/{local}\n{message}")
    return message


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first such keyword outside strings and IRIs."""
    match = _FORM.search(_without_iris(mask(sparql)))
    return match.group(1).upper() if match else "SELECT"


def _without_iris(masked: str) -> str:
    """IRIs blanked, keeping every other character in place."""
    return re.sub(r"<[^<>\s]*>", lambda match: " " * len(match.group(0)), masked)


def bind_values(sparql: str, substitutions: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with a VALUES block opening its WHERE clause, binding each variable to its term.

    Placed there, the bindings are seen by every pattern and FILTER of the query body, as
    with the embedded store's substitutions; terms are serialized by pyoxigraph.
    """
    if not substitutions:
        return sparql
    for name in substitutions:
        if not _VARIABLE.fullmatch(name):
            raise InputError(f"{name!r} is not a SPARQL variable name")
    names = " ".join(f"?{name}" for name in substitutions)
    terms = " ".join(str(term) for term in substitutions.values())
    block = f" VALUES ({names}) {{ ({terms}) }} "
    masked = mask(sparql)
    form = _FORM.search(_without_iris(masked))
    if form is None:
        return sparql  # not a query the server will parse; let it say why
    if form.group(1).upper() == "CONSTRUCT" and _WHERE.match(masked, form.end()):
        # The short form allows only triples in its WHERE; a trailing VALUES joins the same way.
        return sparql + "\n" + block.strip()
    position = _where_brace(masked, form)
    if position is None:
        return sparql
    return sparql[:position + 1] + block + sparql[position + 1:]


def _where_brace(masked: str, form: re.Match[str]) -> int | None:
    start = form.end()
    if form.group(1).upper() == "CONSTRUCT":
        start = _after_group(masked, masked.find("{", start))
    brace = masked.find("{", start) if start >= 0 else -1
    return brace if brace >= 0 else None


def _after_group(masked: str, opening: int) -> int:
    if opening < 0:
        return -1
    depth = 0
    for index in range(opening, len(masked)):
        depth += {"{": 1, "}": -1}.get(masked[index], 0)
        if depth == 0:
            return index + 1
    return -1
