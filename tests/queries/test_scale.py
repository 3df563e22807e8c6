"""The shipped queries, rewritten to stay interactive at scale, answer as the plain versions did.

``tests/data/queries-before`` holds the queries as they were written over the union of all
graphs; the shipped ones read the shared facts graph where the facts live and look optional
values up row by row (LATERAL). Both run on a store of the gold articles and a generated
corpus, and must give the same rows in the same order of their sort keys.
"""

from __future__ import annotations

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


def _rows(store: EmbeddedStore, text: str, name: str) -> list[tuple]:
    bindings = {key: ox.NamedNode(BASE + value) for key, value in PARAMS.get(name, {}).items()}
    return [tuple(str(term) if term is not None else None for term in row)
            for row in store.query(text, substitutions=bindings)]


def _sort_keys(text: str, variables: list[str], rows: list[tuple]) -> list[tuple]:
    order = re.search(r"ORDER BY (.*)$", mask(text), re.MULTILINE)
    assert order, "every shipped query orders its rows"
    keys = [variables.index(name) for name in re.findall(r"\?(\w+)", order.group(1)) if name in variables]
    return [tuple(row[index] for index in keys) for row in rows]


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_queries_give_the_rows_of_the_union_graph_versions(store: EmbeddedStore, name: str) -> None:
    shipped = named_queries()[name].text
    before = (BEFORE / f"{name}.rq").read_text(encoding="utf-8")
    rows, expected = _rows(store, shipped, name), _rows(store, before, name)
    assert expected, f"{name} finds nothing in the test store, so the comparison would prove nothing"
    assert Counter(rows) == Counter(expected)
    variables = [variable.value for variable in store.query(shipped).variables]  # type: ignore[union-attr]
    assert _sort_keys(shipped, variables, rows) == _sort_keys(before, variables, expected)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_queries_look_optional_values_up_row_by_row(name: str) -> None:
    """An OPTIONAL outside LATERAL is joined from a scan of the whole store (seconds at 10,000 articles).

    An OPTIONAL sub-SELECT that groups is the exception: it is computed once for every row,
    where inside LATERAL it would be computed again for each row (minutes at that scale).
    """
    text = mask(named_queries()[name].text)
    optionals = [match.start() for match in re.finditer(r"\bOPTIONAL\s*\{(?!\s*SELECT\b)", text)]
    laterals = {match.end() for match in re.finditer(r"\bLATERAL\s*\{\s*", text)}
    assert all(position in laterals for position in optionals)
