"""The scale path at a reduced size: 300 generated articles, two workers, then every canned query."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.queries.named import named_queries, run_query
from kg.services.ingest import ingest
from kg.store.oxigraph import EmbeddedStore

ROOT = Path(__file__).parents[2]


@pytest.mark.slow
def test_scale_ingest_300_articles_with_two_workers(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), "--count", "300", "--seed", "2",
                    "--articles", str(articles), "--gold", str(tmp_path / "gold")], check=True, capture_output=True)
    store = EmbeddedStore(tmp_path / "store")
    report = ingest([articles], store, workers=2)
    assert (report.loaded, report.failed) == (300, 0), report.problems[:3]
    titles = store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a dp:Article ; dcterms:title ?t }")
    assert int(next(iter(titles))["n"].value) == 300
    for name, item in named_queries().items():
        rows = list(run_query(store, item.text))
        if name != "entity-facts":
            assert rows, f"{name} found nothing in 300 articles"
    again = ingest([articles], store, workers=2)
    assert (again.loaded, again.skipped) == (0, 300)
    store.close()
