"""The shipped queries, rewritten to stay interactive at scale, answer as the plain versions did.

``tests/data/queries-before`` holds the queries as they were written over the union of all
graphs; the shipped ones read the shared facts graph where the facts live and look optional
values up row by row (LATERAL). Both run on a store of the gold articles and a generated
corpus, and must give the same rows in the same order of their sort keys.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.queries.named import named_queries
from kg.services.ingest import load
from kg.sparql.guard import mask
from kg.store.oxigraph import EmbeddedStore

ROOT = Path(__file__).parents[2]
BEFORE = Path(__file__).parents[1] / "data" / "queries-before"
BASE = "https://w3id.org/digipol/id/"
PARAMS = {
    "cooperation-between": {"country": "country/ma", "partner": "country/fr"},
    "partners-on-domain": {"country": "country/ma", "domain": "domain/cybersecurity"},
    "entity-facts": {"entity": "country/ma"},
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), "--count", "120", "--seed", "3",
                    "--articles", str(folder / "articles"), "--gold", str(folder / "gold")],
                   check=True, capture_output=True)
    opened = EmbeddedStore(folder / "store")
    report = load([ROOT / "data" / "gold", folder / "gold"], opened)
    assert report.failed == 0 and report.loaded > 120
    yield opened
    opened.close()


_CONCATENATED = re.compile(r'GROUP_CONCAT\(DISTINCT [^;]+; separator="([^"]*)"\)\s+AS\s+\?(\w+)')


def _rows(store: EmbeddedStore, text: str, name: str) -> list[tuple]:
    """The rows as text; a GROUP_CONCAT's parts sorted, since SPARQL leaves their order to the engine."""
    bindings = {key: ox.NamedNode(BASE + value) for key, value in PARAMS.get(name, {}).items()}
    solutions = store.query(text, substitutions=bindings)
    variables = [variable.value for variable in solutions.variables]  # type: ignore[union-attr]
    separators = {variable: separator for separator, variable in _CONCATENATED.findall(_before_text(name))}
    return [tuple(_text(term, separators.get(variable)) for variable, term in zip(variables, row, strict=True))
            for row in solutions]  # type: ignore[union-attr]


def _before_text(name: str) -> str:
    return (BEFORE / f"{name}.rq").read_text(encoding="utf-8")


def _text(term: object, separator: str | None) -> object:
    if term is None:
        return None
    if separator is None or not isinstance(term, ox.Literal):
        return str(term)
    return tuple(sorted(term.value.split(separator)))


def _sort_keys(text: str, variables: list[str], rows: list[tuple]) -> list[tuple]:
    order = re.search(r"ORDER BY (.*)$", mask(text), re.MULTILINE)
    assert order, "every plain version orders its rows"
    keys = [variables.index(name) for name in re.findall(r"\?(\w+)", order.group(1)) if name in variables]
    assert keys, "the rows are ordered by variables they show"
    return [tuple(row[index] for index in keys) for row in rows]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_queries_give_the_rows_of_the_union_graph_versions(store: EmbeddedStore, name: str) -> None:
    shipped = named_queries()[name].text
    before = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    rows, expected = _rows(store, shipped, name), _rows(store, before, name)
    assert expected, f"{name} finds nothing in the test store, so the comparison would prove nothing"
    assert Counter(rows) == Counter(expected)
    variables = [variable.value for variable in store.query(shipped).variables]  # type: ignore[union-attr]
    # the order the plain version asks for, whatever order the shipped one walks its rows in
    assert _sort_keys(before, variables, rows) == _sort_keys(before, variables, expected)


#: Dates that put a row in another month than its day, on a month's edge, or in none.
EDGE_DATES = [None, "2024", "2025-03", "2025-03-01", "2024-01-01", "2023-12-31", "2025-03-31"]


@pytest.fixture(scope="module")
def edge_store(tmp_path_factory: pytest.TempPathFactory):
    """The gold articles with their meetings and signings dated by year, by month, by day or not at all."""
    folder = tmp_path_factory.mktemp("edges")
    for number, path in enumerate(sorted((ROOT / "data" / "gold").glob("*.json"))):
        record = json.loads(path.read_text("utf-8"))
        for index, relation in enumerate(r for r in record["relations"] if r["type"] in ("meets", "signs")):
            relation["date"] = EDGE_DATES[(number + index) % len(EDGE_DATES)]
        (folder / path.name).write_text(json.dumps(record), "utf-8")
    opened = EmbeddedStore(folder / "store")
    assert load([folder], opened).failed == 0
    yield opened
    opened.close()


@pytest.mark.parametrize("name", ["meetings", "agreements"])
def test_queries_walk_months_in_the_order_of_the_dates(edge_store: EmbeddedStore, name: str) -> None:
    rows, expected = _rows(edge_store, named_queries()[name].text, name), _rows(edge_store, _before_text(name), name)
    dates = {row[1] for row in expected}
    assert None in dates and len(dates) > 4, "the store must hold undated rows and several kinds of date"
    assert Counter(rows) == Counter(expected)
    variables = [variable.value for variable in edge_store.query(_before_text(name)).variables]  # type: ignore[union-attr]
    assert _sort_keys(_before_text(name), variables, rows) == _sort_keys(_before_text(name), variables, expected)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_queries_look_optional_values_up_row_by_row(name: str) -> None:
    """An OPTIONAL outside LATERAL is joined from a scan of the whole store (seconds at 10,000 articles).

    Two exceptions: an OPTIONAL sub-SELECT that groups is computed once for every row, where
    inside LATERAL it would be computed again for each row (minutes at that scale); and an
    OPTIONAL inside the summary graph alone reads only the reports kept at ingest, which a
    join by hash does faster than a look-up per row.
    """
    text = mask(named_queries()[name].text)
    summary_only = r"\s*GRAPH\s+graph:summary\s*\{[^{}]*\}\s*\}"
    optionals = [match.start() for match in re.finditer(rf"\bOPTIONAL\s*\{{(?!\s*SELECT\b)(?!{summary_only})", text)]
    laterals = {match.end() for match in re.finditer(r"\bLATERAL\s*\{\s*", text)}
    assert all(position in laterals for position in optionals)
