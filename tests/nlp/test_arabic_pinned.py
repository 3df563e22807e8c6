"""The Arabic sample articles read as recorded: a change that only makes the layers faster keeps every
entity, mention, role, relation, date and confidence (records: scripts/record_extractions.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.nlp import Extractor
from kg.readers import Document, read_paths

SAMPLES = Path(__file__).parents[1] / "data" / "arabic"
ARTICLES = sorted((SAMPLES / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def extracted() -> dict[str, dict]:
    documents = [d for d in read_paths([SAMPLES / "articles"]) if isinstance(d, Document)]
    results = {Path(str(d.origin)).stem: r for d, r in Extractor().extract_many(documents)}
    return {stem: json.loads(json.dumps(r.model_dump(mode="json"))) for stem, r in results.items()}


def test_arabic_pinned_samples_are_all_read(extracted: dict[str, dict]) -> None:
    assert len(ARTICLES) >= 5
    assert sorted(extracted) == [p.stem for p in ARTICLES]
    assert all(record["article"]["language"] == "ar" for record in extracted.values())


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_arabic_pinned_extraction_matches_its_record(article: Path, extracted: dict[str, dict]) -> None:
    record = json.loads((SAMPLES / "records" / f"{article.stem}.json").read_text(encoding="utf-8"))
    got = extracted[article.stem]
    assert got["entities"] == record["entities"]
    assert got["relations"] == record["relations"]
    assert got == record
