"""The shipped queries count a fact once when a French and an English report both state it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.queries.named import named_queries, parse_params, run_query
from kg.services.ingest import ensure_reference, ingest
from kg.store.oxigraph import EmbeddedStore

PAIR = [Path("data/articles/fr-01-maroc-etats-unis-cybersecurite-ia.txt"),
        Path("data/articles/en-01-morocco-us-cybersecurity-ai.txt")]


@pytest.fixture(scope="module")
def pair_store(tmp_path_factory: pytest.TempPathFactory):
    """A store on disk holding both reports of the Morocco-United States memorandum."""
    store = EmbeddedStore(tmp_path_factory.mktemp("pair") / "store")
    ensure_reference(store)
    report = ingest(PAIR, store)
    assert not report.failed
    yield store
    store.close()


def _rows(store: EmbeddedStore, name: str, *params: str) -> list[dict[str, str]]:
    result = run_query(store, named_queries()[name].text, parse_params(list(params)) if params else None)
    names = [v.value for v in result.variables]
    return [{k: row[k].value for k in names if row[k] is not None} for row in result]


@pytest.mark.parametrize(("name", "key"), [
    ("agreements", ("signing", "signatory")),
    ("meetings", ("meeting", "participant")),
])
def test_queries_list_each_fact_once_with_both_sources(pair_store, name: str, key: tuple[str, str]) -> None:
    rows = _rows(pair_store, name)
    facts = [tuple(row[k] for k in key) for row in rows]
    assert facts and len(facts) == len(set(facts))
    assert max(int(row["sources"]) for row in rows) == 2


def test_queries_partners_on_domain_once_with_both_sources(pair_store) -> None:
    rows = _rows(pair_store, "partners-on-domain", "country=country/ma", "domain=domain/cybersecurity")
    assert [(row["partnerName"], row["sources"]) for row in rows] == [("United States", "2")]
