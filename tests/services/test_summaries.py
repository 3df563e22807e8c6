"""The summary graph stays what the stored articles say: after a re-ingest, a deletion, a rebuild."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.queries.named import named_queries
from kg.rdf.iris import Iris
from kg.rdf.summaries import PREVIOUS, summaries_current, summary_graph
from kg.services.ingest import ensure_summaries, load, remove_articles
from kg.store.oxigraph import EmbeddedStore
from kg.vocab import dp

GOLD = Path(__file__).parents[2] / "data" / "gold"
CHANGED = "en-04-canada-france-ai-declaration.json"  # shares its signing with fr-07
BASE = "https://w3id.org/digipol/id/"
PARAMS = {
    "cooperation-between": {"country": "country/ca", "partner": "country/fr"},
    "partners-on-domain": {"country": "country/fr", "domain": "domain/artificial-intelligence"},
    "entity-facts": {"entity": "country/ca"},
}


def _store(folder: Path, records: Path) -> EmbeddedStore:
    store = EmbeddedStore(folder)
    report = load([records], store)
    assert report.failed == 0
    return store


def _reports(store: EmbeddedStore) -> Counter:
    """Each report as the set of what it says, whatever its IRI."""
    query = "SELECT ?r ?p ?o { GRAPH ?g { ?r ?p ?o } FILTER(?r != ?g) }"
    found: dict[str, set[tuple[str, str]]] = {}
    for row in store.query(query, substitutions={"g": summary_graph(Iris())}):  # type: ignore[union-attr]
        found.setdefault(row["r"].value, set()).add((str(row["p"]), str(row["o"])))
    return Counter(frozenset(pairs) for pairs in found.values())


def _answers(store: EmbeddedStore) -> dict[str, Counter]:
    answers = {}
    for name, query in named_queries().items():
        bindings = {key: ox.NamedNode(BASE + value) for key, value in PARAMS.get(name, {}).items()}
        answers[name] = Counter(tuple(map(str, row)) for row in store.query(query.text, substitutions=bindings))
    return answers


def _changed(record: dict) -> dict:
    """The article as a later, corrected version: a new title, no meeting, one domain fewer."""
    record = json.loads(json.dumps(record))
    record["article"]["title"] = "Corrected: " + record["article"]["title"]
    dropped = next(r for r in record["relations"] if r["type"] == "cooperatesOn")
    record["relations"] = [r for r in record["relations"] if r["type"] != "meets" and r is not dropped]
    return record


@pytest.fixture
def records(tmp_path: Path) -> Path:
    folder = tmp_path / "records"
    shutil.copytree(GOLD, folder)
    return folder


def test_summaries_follow_a_changed_article(tmp_path: Path, records: Path) -> None:
    store = _store(tmp_path / "store", records)
    before = _reports(store)
    changed = tmp_path / "changed" / CHANGED
    changed.parent.mkdir()
    changed.write_text(json.dumps(_changed(json.loads((records / CHANGED).read_text("utf-8")))), "utf-8")
    load([changed], store)
    shutil.copy(changed, records / CHANGED)
    fresh = _store(tmp_path / "fresh", records)
    assert _reports(store) != before, "the change must show in the reports, or the test proves nothing"
    assert _reports(store) == _reports(fresh)
    assert _answers(store) == _answers(fresh)
    store.close()
    fresh.close()


def test_summaries_forget_a_removed_article(tmp_path: Path, records: Path) -> None:
    store = _store(tmp_path / "store", records)
    article = json.loads((records / CHANGED).read_text("utf-8"))["article"]["id"]
    remove_articles(store, [Iris().article(article).value])
    (records / CHANGED).unlink()
    fresh = _store(tmp_path / "fresh", records)
    assert _reports(store) == _reports(fresh)
    assert _answers(store) == _answers(fresh)
    assert Iris().article(article).value not in store.graph_names()
    store.close()
    fresh.close()


@pytest.mark.parametrize("state", ["missing", "older version"])
def test_summaries_rebuilt_for_a_store_without_them(tmp_path: Path, records: Path, state: str) -> None:
    store = _store(tmp_path / "store", records)
    expected = _reports(store)
    graph = summary_graph(Iris())
    store.remove_graphs([graph.value])
    if state == "older version":
        store.replace_graphs({}, shared=[ox.Quad(graph, ox.NamedNode("https://w3id.org/digipol/ontology#contentHash"),
                                                 ox.Literal("reports-0"), graph)])
    assert _reports(store) == Counter()
    ensure_summaries(store)
    assert _reports(store) == expected
    store.close()


def _as_previous_version(store: EmbeddedStore) -> None:
    """What a store written by the previous version holds: the reports, no months, no counts."""
    graph = summary_graph(Iris())
    marker = f"{graph} {dp('contentHash')}"
    store.replace_graphs({}, cleanup=(
        f"DELETE WHERE {{ GRAPH {graph} {{ ?report {dp('reportedMonth')} ?month }} }} ;\n"
        f"DELETE WHERE {{ GRAPH {graph} {{ ?count {dp('articleCount')} ?n ; ?p ?o }} }} ;\n"
        f"DELETE WHERE {{ GRAPH {graph} {{ {marker} ?version }} }} ;\n"
        f"INSERT DATA {{ GRAPH {graph} {{ {marker} {ox.Literal(PREVIOUS)} }} }}"))


def test_summaries_of_the_previous_version_upgraded_in_place(tmp_path: Path, records: Path) -> None:
    store = _store(tmp_path / "store", records)
    expected, answers = _reports(store), _answers(store)
    _as_previous_version(store)
    assert not summaries_current(store, Iris())
    assert _answers(store)["domains"] == Counter(), "without counts the test would prove nothing"
    ensure_summaries(store)
    assert summaries_current(store, Iris())
    assert _reports(store) == expected
    assert _answers(store) == answers
    store.close()


def test_summaries_counts_follow_repeated_writes(tmp_path: Path, records: Path) -> None:
    """Writing the same articles again, changed and back, leaves the counts of a fresh load."""
    store = _store(tmp_path / "store", records)
    expected = _reports(store)
    changed = tmp_path / "changed" / CHANGED
    changed.parent.mkdir()
    changed.write_text(json.dumps(_changed(json.loads((records / CHANGED).read_text("utf-8")))), "utf-8")
    for files in ([records], [changed], [changed], [records / CHANGED], [records]):
        load(files, store)
    assert _reports(store) == expected
    store.close()


def test_summaries_missing_are_named_when_a_list_query_runs(tmp_path: Path, records: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    store = _store(tmp_path / "store", records)
    store.close()
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    runner = CliRunner()
    current = runner.invoke(cli, ["query", "--name", "meetings"])
    assert current.exit_code == 0, current.output
    assert "summary graph" not in current.stderr
    store = EmbeddedStore(tmp_path / "store")
    store.remove_graphs([summary_graph(Iris()).value])
    store.close()
    stale = runner.invoke(cli, ["query", "--name", "meetings"])
    assert stale.exit_code == 0, stale.output
    assert "summary graph is missing" in stale.stderr and "kg ingest" in stale.stderr
