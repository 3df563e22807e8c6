"""The `extract` command: contract JSON out, failures on stderr, exit code 1 when any failed."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli.extract import extract
from kg.models import Extraction

ARTICLE = "---\ntitle: Test\nlanguage: {language}\npublished: 2025-06-12\n---\n{text}\n"


def write(folder: Path, name: str, text: str, language: str) -> Path:
    path = folder / name
    path.write_text(ARTICLE.format(language=language, text=text), encoding="utf-8")
    return path


def test_nlp_cli_extract_jsonl_one_line_per_article(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Le Maroc et la France ont signé un accord de coopération.", "fr")
    write(tmp_path, "b.txt", "Kenya and India agreed to cooperate on cybersecurity.", "en")
    result = CliRunner().invoke(extract, [str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    assert all(Extraction.model_validate_json(line) for line in lines)


def test_nlp_cli_extract_json_is_pretty(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Le Maroc et la France coopèrent.", "fr")
    result = CliRunner().invoke(extract, [str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["language"] == "fr"
    assert "\n  " in result.stdout


def test_nlp_cli_extract_reports_failures_and_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Le Maroc et la France coopèrent.", "fr")
    german = write(tmp_path, "german.txt", "Deutschland arbeitet mit Frankreich.", "de")
    result = CliRunner().invoke(extract, [str(good), str(german), str(tmp_path / "missing.txt"), "--format",
                                          "jsonl"])
    assert result.exit_code == 1
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == 1
    assert f"{german}: no pipeline for language 'de'" in result.stderr
    assert "missing.txt" in result.stderr
    assert "1 article(s), 2 failure(s)" in result.stderr


def test_nlp_cli_extract_help() -> None:
    result = CliRunner().invoke(extract, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output
