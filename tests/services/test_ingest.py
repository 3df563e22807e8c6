"""kg ingest: articles to graphs, skipping unchanged ones, merging with what the store holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.services.ingest import ingest
from kg.store.oxigraph import EmbeddedStore

ARTICLES = Path(__file__).parents[2] / "data" / "articles"
PAIR = ("fr-01-maroc-etats-unis-cybersecurite-ia.txt", "en-01-morocco-us-cybersecurity-ai.txt")


@pytest.fixture(scope="module")
def extractor():
    from kg.nlp import Extractor

    return Extractor()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "articles"
    target.mkdir()
    for name in PAIR:
        shutil.copy(ARTICLES / name, target / name)
    (target / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    return target


def _count(store: EmbeddedStore, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0].value)


def test_ingest_reports_bad_files_and_stores_the_rest(folder: Path, extractor) -> None:
    store = EmbeddedStore(None)
    report = ingest([folder], store, extractor=extractor)
    assert report.loaded == 2 and report.failed == 1
    assert "broken.txt" in report.problems[0]
    assert _count(store, "SELECT (COUNT(?a) AS ?n) { ?a a dp:Article }") == 2


def test_ingest_skips_unchanged_and_replaces_changed(folder: Path, extractor) -> None:
    store = EmbeddedStore(None)
    ingest([folder], store, extractor=extractor)
    again = ingest([folder], store, extractor=extractor)
    assert (again.loaded, again.skipped) == (0, 2)
    article = folder / PAIR[0]
    article.write_text(article.read_text(encoding="utf-8").replace("Rabat", "Casablanca"), encoding="utf-8")
    changed = ingest([folder], store, extractor=extractor)
    assert (changed.loaded, changed.skipped) == (1, 1)
    assert _count(store, "SELECT (COUNT(?a) AS ?n) { ?a a dp:Article }") == 2
    forced = ingest([folder], store, extractor=extractor, force=True)
    assert forced.loaded == 2


def test_ingest_merges_with_known_entities_and_says_why(folder: Path, extractor, sample_record: dict) -> None:
    from kg.models import Extraction
    from kg.rdf.iris import Iris
    from kg.rdf.mapping import article_graph
    from kg.services.ingest import write_articles

    sample_record["entities"][0].update(id="person/amal-el-fallah", name="Amal El Fallah")
    for relation in sample_record["relations"]:
        for end in ("subject", "object"):
            if relation[end] == "person/amal-el-fallah-seghrouchni":
                relation[end] = "person/amal-el-fallah"
    known = Extraction.model_validate(sample_record)
    store = EmbeddedStore(None)
    write_articles(store, {Iris().article(known.article.id).value: article_graph(known)}, Iris())
    ingest([folder / PAIR[0]], store, extractor=extractor)
    rows = list(store.query("SELECT ?from ?to ?rule { ?from dp:mergedWith ?to ; dp:mergeRule ?rule }"))
    merged = {(row["from"].value.rsplit("/", 1)[-1], row["to"].value.rsplit("/", 1)[-1]) for row in rows}
    assert ("amal-el-fallah-seghrouchni", "amal-el-fallah") in merged
    assert all("begins" in row["rule"].value for row in rows if "amal" in row["to"].value)


def test_ingest_one_event_reported_twice_is_one_node(folder: Path, extractor) -> None:
    store = EmbeddedStore(None)
    ingest([folder], store, extractor=extractor)
    rows = list(store.query("SELECT ?m (COUNT(DISTINCT ?a) AS ?n) { ?m a dp:Meeting ; prov:wasDerivedFrom ?a } "
                            "GROUP BY ?m"))
    assert max(int(row["n"].value) for row in rows) == 2, "the French and English reports share a meeting"


def test_load_cli_deeply_nested_json_fails_alone(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    (tmp_path / "deep.json").write_text("[" * 50_000, encoding="utf-8")
    (tmp_path / "deep.jsonl").write_text("{}\n" + "[" * 50_000 + "\n", encoding="utf-8")
    sample = Path(__file__).parents[1] / "data" / "sample_extraction.json"
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "load", str(tmp_path / "deep.json"),
                                      str(tmp_path / "deep.jsonl"), str(sample)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"{tmp_path / 'deep.json'}: malformed JSON: nested too deeply" in result.output
    assert f"{tmp_path / 'deep.jsonl'}:2: malformed JSON: nested too deeply" in result.output
    assert "1 loaded, 0 skipped, 3 failed" in result.output


def test_load_reads_regular_files_inside_the_folder_only(tmp_path: Path, caplog) -> None:
    import os

    from kg.services.ingest import load

    sample = Path(__file__).parents[1] / "data" / "sample_extraction.json"
    folder = tmp_path / "annotations"
    folder.mkdir()
    os.mkfifo(folder / "pipe.jsonl")
    os.mkfifo(tmp_path / "given.json")
    (folder / "outside.json").symlink_to(sample)
    report = load([folder, tmp_path / "given.json"], EmbeddedStore(None))
    assert report.loaded == 0
    assert report.problems == [f"{folder / 'pipe.jsonl'}: a named pipe (FIFO), not a regular file: refused",
                               f"{tmp_path / 'given.json'}: a named pipe (FIFO), not a regular file: refused"]
    assert f"{folder / 'outside.json'}: skipped, a link to {sample.resolve()}, outside {folder}" in caplog.text


def test_ingest_warns_of_an_article_without_a_publication_date(tmp_path: Path, extractor,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("---\npublished: 2025-03-04\nlanguage: en\n---\nKenya and Ghana signed a memorandum.\n",
                     encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("---\nlanguage: en\n---\nKenya and Ghana signed a memorandum.\n", encoding="utf-8")
    with caplog.at_level("WARNING", logger="kg.services.ingest"):
        report = ingest([dated, undated], EmbeddedStore(None), extractor=extractor)
    assert report.loaded == 2 and report.failed == 0
    warnings = [r.getMessage() for r in caplog.records if r.name == "kg.services.ingest"]
    assert warnings == [f"{undated}: no publication date: relations stay undated; add `published:` "
                        "(YYYY-MM-DD) to its front matter"]
