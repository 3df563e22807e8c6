"""Every command: --help, normal use on a store in a temporary folder, and bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import COMMANDS, cli

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    return CliRunner()


@pytest.fixture
def loaded(runner: CliRunner, tmp_path: Path) -> Path:
    result = runner.invoke(cli, ["load", str(DATA / "sample_extraction.json")])
    assert result.exit_code == 0, result.output
    return tmp_path / "store"


def test_cli_help_lists_commands(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("load", "query", "export", "validate", "stats", "schema"):
        assert name in result.output


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_cli_help_on_every_command(runner: CliRunner, name: str) -> None:
    if name not in cli.list_commands(None):  # type: ignore[arg-type]
        pytest.skip(f"kg {name} is not part of this build yet")
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


def test_cli_load_reports_bad_records_and_keeps_good(runner: CliRunner, tmp_path: Path,
                                                      sample_record: dict) -> None:
    bad = dict(sample_record, relations=[{**sample_record["relations"][0], "type": "likes"}])
    lines = [json.dumps(sample_record), "{not json", json.dumps(bad)]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["load", str(batch)])
    assert result.exit_code == 1
    assert f"{batch}:2: malformed JSON" in result.output
    assert f"{batch}:3: relations.0.type" in result.output
    assert "1 loaded, 0 skipped, 2 failed" in result.output
    stats = runner.invoke(cli, ["stats", "--format", "json"])
    assert json.loads(stats.output)["articles"] == 1


def test_cli_load_refuses_unknown_country(runner: CliRunner, tmp_path: Path, sample_record: dict) -> None:
    sample_record["entities"][4]["id"] = "country/zz"
    for relation in sample_record["relations"]:
        for end in ("subject", "object"):
            if relation[end] == "country/ma":
                relation[end] = "country/zz"
    record = tmp_path / "zz.json"
    record.write_text(json.dumps(sample_record), encoding="utf-8")
    result = runner.invoke(cli, ["load", str(record)])
    assert result.exit_code == 1
    assert f"{record}:1: unknown country or domain ids: country/zz" in result.output


def test_cli_load_missing_file(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["load", "nowhere.json"])
    assert result.exit_code == 1
    assert "nowhere.json: no such file or folder" in result.output


def test_cli_store_that_is_a_file(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("x")
    result = runner.invoke(cli, ["--store", str(tmp_path / "afile"), "load", str(DATA / "sample_extraction.json")])
    assert result.exit_code == 3
    assert "is a file, not a store folder" in result.output


def test_cli_query_table_and_json(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(cli, ["query", "--name", "who-holds-what"])
    assert result.exit_code == 0, result.output
    assert "Leila Elmergawi" in result.output
    result = runner.invoke(cli, ["query", "--format", "json", "SELECT ?s { ?s a dp:Policy }"])
    assert json.loads(result.output)["results"]["bindings"][0]["s"]["value"].endswith("digital-maroc-2030")


def test_cli_query_file_and_list(runner: CliRunner, loaded: Path, tmp_path: Path) -> None:
    query_file = tmp_path / "q.rq"
    query_file.write_text("ASK { ?s dp:meets ?o }", encoding="utf-8")
    assert runner.invoke(cli, ["query", "-f", str(query_file)]).output == "yes\n"
    assert "meetings" in runner.invoke(cli, ["query", "--list"]).output


def test_cli_query_syntax_error(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(cli, ["query", "SELECT * WHERE { ?s ?p }"])
    assert result.exit_code == 2
    assert "error at 1:" in result.output


def test_cli_query_refuses_service(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(cli, ["query", "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"])
    assert result.exit_code == 2
    assert "SERVICE" in result.output


def test_cli_query_without_store(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "ASK {}"])
    assert result.exit_code == 3
    assert "no store here yet" in result.output


@pytest.mark.parametrize("fmt", ["turtle", "trig", "ntriples", "nquads", "jsonld"])
def test_cli_export_to_file(runner: CliRunner, loaded: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "out" / f"graph.{fmt}"
    result = runner.invoke(cli, ["export", "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.stat().st_size > 1000


def test_cli_stats(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(cli, ["stats"])
    assert result.exit_code == 0
    assert "articles   1" in result.output
    assert "meets" in result.output


def test_cli_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])
    assert json.loads(result.output)["title"] == "Extraction"


def test_cli_validate_sample(runner: CliRunner, loaded: Path) -> None:
    result = runner.invoke(cli, ["validate"])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_cli_reload_is_idempotent(runner: CliRunner, loaded: Path) -> None:
    first = runner.invoke(cli, ["stats", "--format", "json"]).output
    runner.invoke(cli, ["load", str(DATA / "sample_extraction.json")])
    assert runner.invoke(cli, ["stats", "--format", "json"]).output == first
    shutil.rmtree(loaded)


def test_cli_help_imports_no_heavy_library() -> None:
    import subprocess
    import sys

    code = ("import sys; from kg.cli import cli; from click.testing import CliRunner; "
            "CliRunner().invoke(cli, ['--help']); "
            "print(sorted(m for m in ('rdflib', 'pyoxigraph', 'spacy', 'pyshacl', 'networkx') if m in sys.modules))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert output.strip() == "[]"
