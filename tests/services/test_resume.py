"""A kg ingest killed with SIGKILL at any moment leaves a consistent store; a re-run completes it."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.store.oxigraph import EmbeddedStore

ROOT = Path(__file__).parents[2]
KG = [sys.executable, "-c", "from kg.cli import main; main()"]


def _corpus(folder: Path, count: int) -> Path:
    articles = folder / "articles"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), "--count", str(count), "--seed", "5",
                    "--articles", str(articles), "--gold", str(folder / "gold")], check=True, capture_output=True)
    return articles


def _ingest(store: Path, articles: Path) -> subprocess.Popen:
    return subprocess.Popen([*KG, "--store", str(store), "ingest", str(articles), "--batch-size", "3"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _quads(path: Path) -> set[str]:
    store = EmbeddedStore(path, read_only=True)
    try:
        # Blank nodes of the ontology's OWL lists get new labels in every process.
        return {str(quad) for quad in store.quads() if "_:" not in str(quad)}
    finally:
        store.close()


def _articles_complete(path: Path) -> bool:
    """Every article graph in the store holds its title and at least one statement."""
    store = EmbeddedStore(path, read_only=True)
    try:
        broken = "ASK { GRAPH ?g { ?g a dp:Article } FILTER NOT EXISTS { GRAPH ?g { ?s a rdf:Statement } } }"
        return not bool(store.query(broken))
    finally:
        store.close()


@pytest.mark.slow
def test_resume_after_sigkill_equals_clean_run(tmp_path: Path) -> None:
    articles = _corpus(tmp_path, 30)
    clean = _ingest(tmp_path / "clean", articles)
    assert clean.wait(timeout=600) == 0
    expected = _quads(tmp_path / "clean")
    killed = tmp_path / "killed"
    rng = random.Random(11)
    for _ in range(3):
        process = _ingest(killed, articles)
        time.sleep(rng.uniform(2.0, 9.0))
        process.kill()
        process.wait(timeout=60)
        if (killed / "CURRENT").exists():
            assert _articles_complete(killed), "a killed run left half an article"
    final = _ingest(killed, articles)
    assert final.wait(timeout=600) == 0
    got = _quads(killed)
    assert not sorted(got - expected)[:5] and not sorted(expected - got)[:5]
