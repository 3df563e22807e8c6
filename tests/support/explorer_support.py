"""Fixtures for the explorer's browser tests: a store with a hub and two deals in one article, served live.

Import ``fixture_explorer_server`` and ``fixture_explorer_store`` into a test module to use them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.server_support import Server, running

DATA = Path(__file__).parents[1] / "data"
ARTICLES = [DATA / "sample_extraction.json", DATA / "viz" / "hostile_extraction.json",
            DATA / "viz" / "two_pairs_extraction.json"]
#: The hub article: Morocco cooperates with each of these partners, each named with BODIES state bodies.
PARTNERS = {"fr": "France", "es": "Spain", "it": "Italy", "pt": "Portugal", "sn": "Senegal", "ng": "Nigeria",
            "ke": "Kenya", "eg": "Egypt", "tn": "Tunisia", "jp": "Japan", "kr": "South Korea", "in": "India"}
BODIES = 4


def hub_extraction() -> dict[str, Any]:
    """An article in which Morocco cooperates with many partners, each named with several bodies.

    From Morocco, depth 1 reaches the partners and depth 2 their bodies: a neighbourhood far
    larger than a reader can take in at once.
    """
    entities: list[dict[str, Any]] = [_entity("country/ma", "Country", "Morocco")]
    relations: list[dict[str, Any]] = []
    for index, (iso, name) in enumerate(PARTNERS.items()):
        code = f"country/{iso}"
        entities.append(_entity(code, "Country", name))
        relations.append(_relation("cooperatesWith", "country/ma", code, index))
        for number in range(BODIES):
            body = f"body/{iso}-office-{number + 1}"
            entities.append(_entity(body, "GovernmentBody", f"{name} digital office {number + 1}"))
            relations.append(_relation("partOf", body, code, index * BODIES + number))
    article = {"id": "hub0001", "title": "Morocco widens its digital partnerships", "url": None,
               "published": "2025-05-06", "language": "en", "source": "Example Wire"}
    return {"article": article, "entities": entities, "relations": relations}


def _entity(entity_id: str, kind: str, name: str) -> dict[str, Any]:
    return {"id": entity_id, "type": kind, "name": name, "aliases": [], "mentions": []}


def _relation(kind: str, subject: str, obj: str, index: int) -> dict[str, Any]:
    text = f"Statement {index} of the partnership list."
    return {"type": kind, "subject": subject, "object": obj, "confidence": 0.8, "date": "2025-05",
            "evidence": {"text": text, "start": index * 50, "end": index * 50 + len(text)}}


def build_explorer_store(folder: Path) -> Path:
    """An on-disk store holding the test articles and the hub article, closed again."""
    from kg.services.ingest import load
    from kg.store.oxigraph import EmbeddedStore

    hub = folder.parent / "hub_extraction.json"
    hub.write_text(json.dumps(hub_extraction()), encoding="utf-8")
    store = EmbeddedStore(folder)
    try:
        report = load([*ARTICLES, hub], store)
        assert report.failed == 0 and not report.problems, report.problems
    finally:
        store.close()
    return folder


@pytest.fixture(scope="session", name="explorer_store")
def fixture_explorer_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_explorer_store(tmp_path_factory.mktemp("explorer") / "store")


@pytest.fixture(scope="session", name="explorer_server")
def fixture_explorer_server(explorer_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A read-only ``kg serve`` on the explorer store."""
    with running(explorer_store, tmp_path_factory.mktemp("logs") / "explorer.log", "--timeout", "120") as live:
        yield live
