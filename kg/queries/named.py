"""Named queries (kg/queries/*.rq), parameters, and result formats (table, json, csv)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.errors import InputError, ResourceError
from kg.queries.params import ANY, Param, bind_params, check_names, declared_params, split_pairs, value_term
from kg.settings import DEFAULT_BASE_IRI
from kg.sparql.guard import mask
from kg.sparql.terms import query_variables
from kg.sparql.text import query_form
from kg.store.base import QueryResult, Store
from kg.vocab import PREFIXES

QUERIES = Path(__file__).parent
_HEADER = re.compile(r"^#\s*(\w+):\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    """A shipped query with its title and description from its header comments."""

    name: str
    title: str
    description: str
    text: str
    params: tuple[Param, ...] = ()


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
    try:
        params = declared_params(text, path.name)
    except InputError as error:
        raise ResourceError(error.message, where=path.name) from None
    return NamedQuery(path.stem, header["title"], header.get("description", ""), text, params)


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise InputError(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


def parse_params(pairs: Iterable[str], base_iri: str = DEFAULT_BASE_IRI) -> dict[str, ox.NamedNode | ox.Literal]:
    """``name=value`` pairs as query substitutions: entity ids and IRIs become IRIs.

    Values are bound as RDF terms, never spliced into the query text.
    """
    return {name: value_term(None, name, value, ANY, base_iri) for name, value in split_pairs(pairs).items()}


def query_bindings(store: Store | None, pairs: Iterable[str], sparql: str, named: NamedQuery | None = None,
                   base_iri: str = DEFAULT_BASE_IRI) -> dict[str, ox.NamedNode | ox.Literal]:
    """Checked parameters of a query, as terms.

    A shipped query takes exactly the parameters it declares, each of its kind (names are
    looked up in the store); any other query takes values for the variables it has.
    """
    values = split_pairs(pairs)
    if named is not None:
        check_names(values, named.params, named.name)
        return bind_params(store, values, named.params, base_iri)
    if values:
        _check_variables(values, sparql, base_iri)
    return parse_params((f"{name}={value}" for name, value in values.items()), base_iri)


def _check_variables(values: Mapping[str, str], sparql: str, base_iri: str) -> None:
    variables = query_variables(sparql, base_iri)
    unknown = sorted(set(values) - variables) if variables is not None else []
    if unknown:
        listing = ", ".join(sorted(variables or ())) or "none"
        raise InputError(f"the query has no variable {', '.join('?' + name for name in unknown)} "
                         f"to bind; its variables: {listing}")


_OWN_PAGING = re.compile(r"(?:\b(?:LIMIT|OFFSET)\s+\d+\s*)+$", re.IGNORECASE)


def paged(sparql: str, limit: int | None = None, offset: int = 0) -> str:
    """The query with LIMIT / OFFSET appended, for one page of a long result.

    The numbers are checked integers, so the text keeps its structure; a query that already
    ends in LIMIT or OFFSET, or an ASK, is refused rather than silently paged twice.
    """
    if limit is None and not offset:
        return sparql
    if (limit is not None and limit < 0) or offset < 0:
        raise InputError("--limit and --offset take numbers of rows, 0 or more")
    if query_form(sparql) == "ASK":
        raise InputError("an ASK query has one answer; --limit and --offset do not apply")
    if _OWN_PAGING.search(mask(sparql).rstrip()):
        raise InputError("the query ends in its own LIMIT or OFFSET; drop them or --limit / --offset")
    page = (f"LIMIT {int(limit)} " if limit is not None else "") + (f"OFFSET {int(offset)}" if offset else "")
    return f"{sparql.rstrip()}\n{page.strip()}\n"


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
