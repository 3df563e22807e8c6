"""Named queries (kg/queries/*.rq), parameters, and result formats (table, json, csv)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, ResourceError
from kg.settings import DEFAULT_BASE_IRI
from kg.store.base import QueryResult, Store

QUERIES = Path(__file__).parent / "queries"
_HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")
_ENTITY_ID = re.compile(r"^(person|country|body|org|place|policy|agreement|domain|article)/[\w.-]+$")


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query with its title and description from its header comments."""

    name: str
    title: str
    description: str
    text: str


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The shipped queries, by name (the file name without .rq)."""
    return {path.stem: _read_named(path) for path in sorted(QUERIES.glob("*.rq"))}


def _read_named(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in text.splitlines():
        if match := _HEADER.match(line):
            header[match.group(1)] = match.group(2)
    if "title" not in header:
        raise ResourceError("a shipped query needs a '# title:' line", where=path.name)
    return NamedQuery(path.stem, header["title"], header.get("description", ""), text)


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise InputError(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


def parse_params(pairs: Iterable[str], base_iri: str = DEFAULT_BASE_IRI) -> dict[str, ox.NamedNode | ox.Literal]:
    """``name=value`` pairs as query substitutions: entity ids and IRIs become IRIs.

    Values are bound as RDF terms, never spliced into the query text.
    """
    params: dict[str, ox.NamedNode | ox.Literal] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise InputError(f"parameter {pair!r} is not name=value")
        params[name] = _term(value, base_iri)
    return params


def _term(value: str, base_iri: str) -> ox.NamedNode | ox.Literal:
    if _ENTITY_ID.match(value):
        return ox.NamedNode(base_iri + value)
    if re.match(r"^https?://\S+$", value):
        return ox.NamedNode(value)
    return ox.Literal(value)


def run_query(store: Store, sparql: str, params: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
              *, allow_network: bool = False) -> QueryResult:
    """Run a query over the store's union graph with parameters bound as terms."""
    return store.query(sparql, substitutions=params, allow_network=allow_network)


# -- formats ------------------------------------------------------------------------------

def term_text(term: object) -> str:
    """A term as a person reads it: IRIs whole, literals by their value."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def solution_rows(result: ox.QuerySolutions) -> tuple[list[str], Iterator[list[str]]]:
    variables = [v.value for v in result.variables]
    return variables, ([term_text(solution[v]) for v in variables] for solution in result)


def write_result(result: QueryResult, fmt: str, output: io.TextIOBase | None = None) -> str:
    """Serialize a result as table, json, csv, tsv or xml (SELECT/ASK) or Turtle (graphs)."""
    if isinstance(result, ox.QueryBoolean):
        return _boolean(result, fmt)
    if isinstance(result, ox.QuerySolutions):
        if fmt == "table":
            return _table(result)
        return _serialized(result, fmt)
    buffer = io.BytesIO()
    rdf_format = ox.RdfFormat.N_TRIPLES if fmt == "ntriples" else ox.RdfFormat.TURTLE
    from kg.vocab import PREFIXES

    ox.serialize(result, buffer, rdf_format, prefixes=PREFIXES)
    return buffer.getvalue().decode("utf-8")


RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}


def _serialized(result: ox.QuerySolutions | ox.QueryBoolean, fmt: str) -> str:
    buffer = io.BytesIO()
    result.serialize(buffer, RESULT_FORMATS[fmt])
    return buffer.getvalue().decode("utf-8")


def _boolean(result: ox.QueryBoolean, fmt: str) -> str:
    if fmt == "table":
        return "yes\n" if bool(result) else "no\n"
    return _serialized(result, fmt)


def _table(result: ox.QuerySolutions) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    variables, rows = solution_rows(result)
    table = Table(*variables, show_lines=False)
    count = 0
    for row in rows:
        table.add_row(*(Text(value) for value in row))
        count += 1
    console = Console(file=io.StringIO(), width=200, record=True, markup=False)
    console.print(table)
    console.print(f"{count} row{'s' if count != 1 else ''}", markup=False)
    return console.export_text()
