"""Shared fixtures: the sample extraction and stores built from it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.models import Extraction

TESTS = Path(__file__).parent
DATA = TESTS / "data"
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def sample_record() -> dict:
    return json.loads((DATA / "sample_extraction.json").read_text(encoding="utf-8"))


@pytest.fixture
def sample(sample_record: dict) -> Extraction:
    return Extraction.model_validate(sample_record)


@pytest.fixture
def memory_store():
    from kg.store.oxigraph import EmbeddedStore

    store = EmbeddedStore(None)
    yield store
    store.close()


@pytest.fixture
def sample_store(memory_store, sample: Extraction):
    """An in-memory store holding the reference graph and the sample article."""
    from kg.rdf.iris import Iris
    from kg.rdf.mapping import article_graph
    from kg.services.ingest import ensure_reference, write_articles

    ensure_reference(memory_store)
    iris = Iris()
    write_articles(memory_store, {iris.article(sample.article.id).value: article_graph(sample, iris)}, iris)
    return memory_store
