"""Global options after the command, the flat JSON-LD export, and statements vs facts in `kg stats`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import cli

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store loaded with the sample; KG_STORE points elsewhere, so only --store can find it."""
    folder = tmp_path / "store"
    result = CliRunner().invoke(cli, ["--store", str(folder), "load", str(DATA / "sample_extraction.json")])
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("KG_STORE", str(tmp_path / "elsewhere"))
    return folder


@pytest.mark.parametrize(("args", "expected"), [
    (["stats", "--store", "{store}"], "articles   1"),
    (["stats", "--store={store}", "--format", "json"], '"articles": 1'),
    (["--store", "{elsewhere}", "stats", "--store", "{store}"], "articles   1"),
    (["query", "ASK { ?s dp:meets ?o }", "--store", "{store}"], "yes"),
    (["export", "--format", "ntriples", "--store", "{store}"], "<https://w3id.org/digipol/ontology#meets>"),
])
def test_cli_options_global_options_after_the_command(store: Path, tmp_path: Path, args: list[str],
                                                      expected: str) -> None:
    filled = [arg.replace("{store}", str(store)).replace("{elsewhere}", str(tmp_path / "elsewhere"))
              for arg in args]
    result = CliRunner().invoke(cli, filled)
    assert result.exit_code == 0, result.output
    assert expected in result.output
    assert not (tmp_path / "elsewhere").exists()


def test_cli_options_base_iri_after_the_command(store: Path) -> None:
    result = CliRunner().invoke(cli, ["query", "SELECT ?x { BIND(country:ma AS ?x) }", "--format", "csv",
                                      "--store", str(store), "--base-iri", "https://example.org/id/"])
    assert result.exit_code == 0, result.output
    assert "https://example.org/id/country/ma" in result.output


def test_cli_options_serve_keeps_its_own_store_option() -> None:
    from kg.cli import cli as group

    command = group.get_command(None, "serve")  # type: ignore[arg-type]
    assert command is not None
    flags = [opt for param in command.params for opt in getattr(param, "opts", ())]
    assert flags.count("--store") == 1 and "--base-iri" in flags


def test_cli_options_flat_jsonld_reads_as_one_graph(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    normal, flat = tmp_path / "graph.jsonld", tmp_path / "flat.jsonld"
    for target, extra in ((normal, []), (flat, ["--flat"])):
        result = runner.invoke(cli, ["--store", str(store), "export", "--format", "jsonld", "-o", str(target), *extra])
        assert result.exit_code == 0, result.output
    union = rdflib.Dataset()
    union.parse(normal, format="json-ld")
    distinct = {(s, p, o) for s, p, o, _ in union.quads()}
    assert len(rdflib.Graph().parse(normal, format="json-ld")) == 0  # named graphs only: why --flat exists
    one_graph = rdflib.Graph().parse(flat, format="json-ld")
    assert len(one_graph) == len(distinct) > 3000
    assert set(one_graph) == distinct


def test_cli_options_flat_is_for_jsonld(store: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", str(store), "export", "--format", "nquads", "--flat"])
    assert result.exit_code == 2
    assert "--flat is for --format jsonld" in result.output


def test_cli_options_stats_names_statements_and_facts(store: Path, tmp_path: Path) -> None:
    """The sample again under another id: every relation is stated twice, still one fact."""
    record = json.loads((DATA / "sample_extraction.json").read_text(encoding="utf-8"))
    record["article"]["id"] = "sample0002"
    again = tmp_path / "again.json"
    again.write_text(json.dumps(record), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", str(store), "load", str(again)]).exit_code == 0
    result = runner.invoke(cli, ["--store", str(store), "stats", "--format", "json"])
    counts = json.loads(result.output)
    assert sum(counts["relations"].values()) == 2 * len(record["relations"])
    assert sum(counts["facts"].values()) == len(record["relations"])
    assert counts["facts"]["cooperatesWith"] == 1 and counts["relations"]["cooperatesWith"] == 2
    text = runner.invoke(cli, ["--store", str(store), "stats"]).output
    assert f"relations  {len(record['relations'])} distinct facts (the explorer's links), stated " \
           f"{2 * len(record['relations'])} times" in text
    assert "cooperatesWith               1 facts      2 statements" in text
