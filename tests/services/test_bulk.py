"""Bulk paths: N-Quads / TriG files into a store, and a store into N-Quads shards."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.services.bulk import graph_quads, load_rdf, rdf_files, restore, split_export
from kg.store.oxigraph import EmbeddedStore

EX = "http://example.org/"
BASE = "https://w3id.org/digipol/id/"
G1, G2, G3 = (f"https://w3id.org/digipol/id/article/bulk{n}" for n in (1, 2, 3))


def line(subject: str, value: str, graph: str | None) -> str:
    quad = ox.Quad(ox.NamedNode(EX + subject), ox.NamedNode(EX + "p"), ox.Literal(value),
                   ox.NamedNode(graph) if graph else ox.DefaultGraph())
    return f"{quad} .\n"


def write(path: Path, *lines: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")
    return path


def values(store: EmbeddedStore, graph: str) -> set[str]:
    return {q.object.value for q in graph_quads(store, graph)}


def without_blank_labels(store: EmbeddedStore) -> list[str]:
    """Every quad, blank nodes written as _:b: loading renames them, keeping the graph's shape."""
    return sorted(re.sub(r"_:\w+", "_:b", str(quad)) for quad in store.quads())


def test_bulk_load_replaces_each_named_graph(memory_store: EmbeddedStore, tmp_path: Path) -> None:
    memory_store.replace_graphs({G1: [ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("old"),
                                              ox.NamedNode(G1))],
                                 G3: [ox.Quad(ox.NamedNode(EX + "c"), ox.NamedNode(EX + "p"), ox.Literal("kept"),
                                              ox.NamedNode(G3))]})
    nquads = write(tmp_path / "a.nq", line("a", "new", G1), line("b", "two", G2))
    report = load_rdf([nquads], memory_store)
    assert (report.files, report.graphs, report.quads, report.failed) == (1, 2, 2, 0)
    assert values(memory_store, G1) == {"new"}
    assert values(memory_store, G2) == {"two"}
    assert values(memory_store, G3) == {"kept"}


def test_bulk_load_trig(memory_store: EmbeddedStore, tmp_path: Path) -> None:
    trig = write(tmp_path / "a.trig", f"@prefix ex: <{EX}> .\n<{G1}> {{ ex:a ex:p 'one', 'two' . }}\n")
    load_rdf([trig], memory_store)
    assert values(memory_store, G1) == {"one", "two"}


def test_bulk_default_graph_refused_with_a_hint(memory_store: EmbeddedStore, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.nq", line("a", "named", G1), line("b", "loose", None))
    good = write(tmp_path / "good.nq", line("c", "fine", G2))
    report = load_rdf([bad, good], memory_store)
    assert report.failed == 1
    assert "bad.nq: 1 triples are in the default graph" in report.problems[0]
    assert "--graph IRI" in report.problems[0]
    assert memory_store.graph_names() == {G2}


def test_bulk_default_graph_into_a_named_graph(memory_store: EmbeddedStore, tmp_path: Path) -> None:
    loose = write(tmp_path / "loose.nq", line("a", "named", G1), line("b", "loose", None))
    load_rdf([loose], memory_store, default_graph=G3)
    assert values(memory_store, G3) == {"loose"}
    with pytest.raises(InputError, match="not an absolute IRI"):
        load_rdf([loose], memory_store, default_graph="not an iri")


@pytest.mark.parametrize(("name", "text", "reason"), [
    ("broken.nq", line("a", "x", G1) + "<a> <b> .\n", "not valid N-Quads: .*line 2"),
    ("blank.nq", f"<{EX}a> <{EX}p> 'x' _:g .\n".replace("'", '"'), "named by a blank node"),
    ("notes.txt", "hello", "not an RDF dataset file"),
])
def test_bulk_bad_file_writes_nothing(memory_store: EmbeddedStore, tmp_path: Path,
                                      name: str, text: str, reason: str) -> None:
    report = load_rdf([write(tmp_path / name, text), tmp_path / "missing.nq"], memory_store)
    assert report.failed == 2
    assert report.problems[0].startswith(str(tmp_path / name))
    assert re.search(reason, report.problems[0])
    assert "no such file" in report.problems[1]
    assert memory_store.count() == 0


def test_bulk_graph_split_over_files_and_batches_is_merged(memory_store: EmbeddedStore, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.services.bulk.BATCH_GRAPHS", 1)
    first = write(tmp_path / "1.nq", line("a", "one", G1), line("b", "two", G2), line("c", "three", G1))
    second = write(tmp_path / "2.nq", line("d", "four", G1))
    report = load_rdf([first, second], memory_store)
    assert values(memory_store, G1) == {"one", "three", "four"}
    assert (report.graphs, report.quads) == (2, 4)


def test_bulk_rdf_files_walks_folders(tmp_path: Path) -> None:
    write(tmp_path / "d" / "b.trig", "")
    write(tmp_path / "d" / "sub" / "a.nq", "")
    write(tmp_path / "d" / "x.json", "{}")
    assert rdf_files([tmp_path / "d", tmp_path / "c.nquads"]) == [
        tmp_path / "d" / "b.trig", tmp_path / "d" / "sub" / "a.nq", tmp_path / "c.nquads"]


def test_bulk_split_round_trips(sample_store: EmbeddedStore, tmp_path: Path) -> None:
    paths = split_export(sample_store, tmp_path / "shards", 3)
    assert [p.name for p in paths] == [f"digipol-0000{i}-of-00003.nq" for i in (1, 2, 3)]
    graphs_per_shard = [{q.graph_name for q in ox.parse(path=p)} for p in paths]
    assert sum(map(len, graphs_per_shard)) == len(sample_store.graph_names())  # no graph in two shards
    copy = EmbeddedStore(tmp_path / "copy")  # a whole dump, internal graphs too: restored with --bulk
    assert restore(paths, copy).failed == 0
    assert without_blank_labels(copy) == without_blank_labels(sample_store)
    assert not list((tmp_path / "shards").glob("*.partial"))
    copy.close()


def test_bulk_split_balances_graphs(memory_store: EmbeddedStore, tmp_path: Path) -> None:
    graphs = {f"{G1}-{n}": [ox.Quad(ox.NamedNode(EX + str(i)), ox.NamedNode(EX + "p"), ox.Literal("v"),
                                    ox.NamedNode(f"{G1}-{n}")) for i in range(10)] for n in range(8)}
    memory_store.replace_graphs(graphs)
    sizes = [len(p.read_text().splitlines()) for p in split_export(memory_store, tmp_path, 4)]
    assert sizes == [20, 20, 20, 20]
    assert len(split_export(memory_store, tmp_path / "many", 10)) == 10  # some shards stay empty


def test_bulk_split_refuses_bad_targets(memory_store: EmbeddedStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least 1"):
        split_export(memory_store, tmp_path, 0)
    with pytest.raises(InputError, match="this is a file"):
        split_export(memory_store, write(tmp_path / "file.nq", ""), 2)


def exported_shards(runner: CliRunner, tmp_path: Path, shards: int) -> Path:
    """The sample article loaded into the store KG_STORE names, exported as N-Quads shards."""
    sample = Path(__file__).parents[1] / "data" / "sample_extraction.json"
    assert runner.invoke(cli, ["load", str(sample)]).exit_code == 0
    folder = tmp_path / "shards"
    result = runner.invoke(cli, ["export", "--format", "nquads", "--split", str(shards), "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def test_bulk_cli_export_split_then_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    exported_shards(runner, tmp_path, 2)
    copy = ["--store", str(tmp_path / "copy")]
    result = runner.invoke(cli, [*copy, "load", "--bulk", str(tmp_path / "shards")])
    assert result.exit_code == 0, result.output
    assert "loaded from 2 files, 0 files refused" in result.output
    count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
    counts = [runner.invoke(cli, [*store, "query", "--format", "json", count]).output
              for store in (["--store", str(tmp_path / "store")], copy)]
    assert counts[0] == counts[1]


ARTICLE = "https://w3id.org/digipol/id/article/"


@pytest.mark.parametrize(("name", "text", "graph", "line_number"), [
    ("facts.nq", line("a", "x", ARTICLE + "ok") + line("b", "y", f"{BASE}graph/facts"), "facts", 2),
    ("reference.trig", f"@base <{BASE}> .\n<article/ok> {{ <a> <b> 'c' }}\n<graph/reference> {{ <a> <b> 'd' }}\n",
     "reference", 3),
    ("other.trig", f"@prefix g: <{BASE}graph/> .\n\ng:anything {{ g:a g:b g:c }}\n", "anything", 3),
])
def test_bulk_load_refuses_internal_graphs_naming_file_and_line(
        sample_store: EmbeddedStore, tmp_path: Path, name: str, text: str, graph: str, line_number: int) -> None:
    before = sorted(map(str, sample_store.quads()))
    bad = write(tmp_path / name, text)
    good = write(tmp_path / "good.nq", line("c", "fine", G2))
    report = load_rdf([bad, good], sample_store)
    assert report.failed == 1 and (report.files, report.graphs) == (1, 1)
    assert report.problems[0].startswith(f"{bad}:{line_number}: names the graph <{BASE}graph/{graph}>")
    assert "nothing was loaded from this file" in report.problems[0]
    assert sorted(map(str, sample_store.quads())) == sorted([*before, *map(str, graph_quads(sample_store, G2))])


def test_bulk_cli_load_refuses_internal_graphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    shards = exported_shards(runner, tmp_path, 1)
    entities = "SELECT (COUNT(DISTINCT ?e) AS ?n) { ?e a ?type . FILTER(STRSTARTS(STR(?e), STR(dpr:person/))) }"
    before = runner.invoke(cli, ["query", "--format", "csv", entities]).output
    lines = (shards / "digipol-00001-of-00001.nq").read_text(encoding="utf-8").splitlines()
    facts = next(number for number, text in enumerate(lines, start=1) if f"<{BASE}graph/" in text)
    result = runner.invoke(cli, ["load", str(shards)])
    assert result.exit_code == 1
    assert f"digipol-00001-of-00001.nq:{facts}: names the graph <{BASE}graph/" in result.output
    assert runner.invoke(cli, ["query", "--format", "csv", entities]).output == before
    result = runner.invoke(cli, ["load", "--graph", f"{BASE}graph/facts", str(shards)])
    assert result.exit_code == 2 and "the graphs this store keeps itself" in result.output


def test_bulk_rdf_files_skip_links_out_of_the_folder(tmp_path: Path, caplog) -> None:
    outside = write(tmp_path / "outside" / "secret.nq", line("a", "secret", G1))
    inside = write(tmp_path / "d" / "a.nq", line("a", "x", G1))
    (tmp_path / "d" / "link.nq").symlink_to(outside)
    assert rdf_files([tmp_path / "d"]) == [inside]
    assert f"{tmp_path / 'd' / 'link.nq'}: skipped, a link to {outside}" in caplog.text


def test_bulk_cli_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    result = runner.invoke(cli, ["export", "--split", "2", "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "--format nquads" in result.output
    loose = write(tmp_path / "loose.nq", line("a", "x", None))
    result = runner.invoke(cli, ["load", str(loose)])
    assert result.exit_code == 1 and "default graph" in result.output
