"""No article stops a batch: long texts are read in pieces, any failure is the article's own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.nlp.pieces import PIECE_CHARS, extract_chunk, extract_in_pieces, piece_bounds
from kg.readers import make_document, read_file

ARTICLES = Path(__file__).parents[2] / "data" / "articles"
FRENCH_NAME, ENGLISH_NAME = "fr-01-maroc-etats-unis-cybersecurite-ia.txt", "en-01-morocco-us-cybersecurity-ai.txt"
FRENCH = (ARTICLES / FRENCH_NAME).read_text(encoding="utf-8")
ENGLISH = (ARTICLES / ENGLISH_NAME).read_text(encoding="utf-8")
#: Cheap for spaCy and the rules, yet long: paragraphs of one long word each.
FILLER = ("x" * 5000 + "\n\n") * 220


def long_text(article: str) -> str:
    """The article, over a million characters of filler, then the article again."""
    text = f"{article}\n\n{FILLER}{article}"
    assert len(text) > 1_000_000  # past spaCy's own limit
    return text


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("aaa\n\nbbb\ncc. dd ee", 9, ["aaa\n\n", "bbb\n", "cc. dd ee"]),
    ("one two. three four", 12, ["one two. ", "three four"]),
    ("one two three", 9, ["one two ", "three"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ("short", 100, ["short"]),
])
def test_piece_bounds_cut_at_the_best_break_that_fits(text: str, limit: int, expected: list[str]) -> None:
    bounds = piece_bounds(text, limit)
    assert [text[start:end] for start, end in bounds] == expected
    assert all(end - start <= limit for start, end in bounds)


def test_extract_in_pieces_offsets_refer_to_the_whole_text(extractor) -> None:
    once = make_document({}, FRENCH, "once.txt", "once")
    document = make_document({}, f"{once.text}\n\n{once.text}", "twice.txt", "twice")
    whole = extractor.extract(once)
    pieces = extract_in_pieces(extractor, document, limit=len(once.text) + 2)
    assert {e.id for e in pieces.entities} == {e.id for e in whole.entities}
    assert {(r.type, r.subject, r.object) for r in pieces.relations} == {
        (r.type, r.subject, r.object) for r in whole.relations}
    mentions = [m for e in pieces.entities for m in e.mentions]
    assert all(document.text[m.start:m.end] == m.text for m in mentions)
    second = len(once.text) + 2
    assert sorted((m.text, m.start - second) for m in mentions if m.start >= second) == sorted(
        (m.text, m.start) for e in whole.entities for m in e.mentions)
    assert all(document.text[r.evidence.start:r.evidence.end] == r.evidence.text
               for r in pieces.relations if r.evidence)


def test_extract_chunk_reads_a_text_over_the_spacy_limit(extractor) -> None:
    document = make_document({}, long_text(FRENCH), "long.txt", "long")
    assert len(document.text) > PIECE_CHARS
    [result] = extract_chunk(extractor, [document])
    assert not isinstance(result, KgError), result
    late = [m for e in result.entities for m in e.mentions if m.start > 1_000_000]
    assert late and all(document.text[m.start:m.end] == m.text for m in late)


def read_article(name: str):
    [document] = read_file(ARTICLES / name)
    return document


@pytest.fixture
def short_spacy_limit(extractor, monkeypatch: pytest.MonkeyPatch) -> int:
    """spaCy refuses the French sample article but not the English one: a real error inside extraction."""
    english, french = read_article(ENGLISH_NAME), read_article(FRENCH_NAME)
    limit = (len(english.text) + len(french.text)) // 2
    assert len(english.text) < limit < len(french.text)
    for language in ("en", "fr"):
        monkeypatch.setattr(extractor.pipeline(language), "max_length", limit)
    return limit


def test_extract_chunk_one_failure_is_that_articles_alone(extractor, short_spacy_limit: int) -> None:
    documents = [read_article(name) for name in (ENGLISH_NAME, FRENCH_NAME, ENGLISH_NAME)]
    results = extract_chunk(extractor, documents)
    assert not isinstance(results[0], KgError) and not isinstance(results[2], KgError)
    assert isinstance(results[1], KgError)
    assert "extraction failed (ValueError" in results[1].message


def write_batch(folder: Path, *, long: bool) -> Path:
    """A folder of four articles: one fine, then a .txt, a JSONL and a JSON record, long or failing."""
    folder.mkdir()
    (folder / "a-good.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b-long.txt").write_text(long_text(FRENCH) if long else FRENCH, encoding="utf-8")
    record = {"id": "long-record", "title": "Long record", "text": long_text(ENGLISH) if long else FRENCH}
    (folder / "c-records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    record = {"id": "long-json", "title": "Long JSON", "text": long_text(FRENCH) if long else FRENCH}
    (folder / "d-record.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_cli_long_articles_are_stored(tmp_path: Path, extractor, workers: int) -> None:
    folder = write_batch(tmp_path / "articles", long=True)
    store = ["--store", str(tmp_path / "store")]
    result = CliRunner().invoke(cli, [*store, "ingest", str(folder), "--workers", str(workers)])
    assert result.exit_code == 0, result.output
    assert "4 ingested, 0 skipped, 0 failed" in result.output
    count = CliRunner().invoke(cli, [*store, "query", "--format", "csv",
                                     "SELECT (COUNT(?a) AS ?n) { ?a a dp:Article }"])
    assert count.output.split() == ["n", "4"]


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_cli_failing_articles_are_named_and_the_rest_stored(
        tmp_path: Path, extractor, short_spacy_limit: int, workers: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.nlp.Extractor", lambda root=None: extractor)  # the one with the short limit
    folder = write_batch(tmp_path / "articles", long=False)
    failed = tmp_path / "failed.txt"
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "store"), "ingest", str(folder),
                                      "--workers", str(workers), "--failed-report", str(failed)])
    assert result.exit_code == 1, result.output
    assert "1 ingested, 0 skipped, 3 failed" in result.output
    lines = failed.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        str(folder / "b-long.txt"), f"{folder / 'c-records.jsonl'}:1", str(folder / "d-record.json")]
    assert all("extraction failed (ValueError" in line for line in lines)


def test_extract_cli_long_article_offsets_refer_to_the_whole_text(tmp_path: Path, extractor) -> None:
    folder = write_batch(tmp_path / "articles", long=True)
    result = CliRunner().invoke(cli, ["extract", str(folder / "b-long.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    [line] = [line for line in result.output.splitlines() if line.startswith("{")]
    record = json.loads(line)
    [document] = read_file(folder / "b-long.txt")
    text = document.text
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    assert any(m["start"] > 1_000_000 for m in mentions)
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
