"""The demo: a fresh store from the sample articles, validated, exported and drawn."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources
from kg.rdf.shacl import ValidationReport, validate_store
from kg.services.export import export
from kg.services.ingest import Report, ingest, load
from kg.services.stats import Stats, store_stats
from kg.store.oxigraph import EmbeddedStore
from kg.viz import write_html

EXPORTS = {"turtle": "graph.ttl", "jsonld": "graph.jsonld", "nquads": "graph.nq", "graphml": "graph.graphml"}


@dataclass
class DemoResult:
    report: Report
    validation: ValidationReport
    stats: Stats
    files: list[Path] = field(default_factory=list)


def run_demo(out_dir: Path, *, from_gold: bool = False, workers: int = 1,
             say: Callable[[str], None] = print) -> DemoResult:
    """Build ``out_dir/store`` from data/articles (or data/gold), validate and export it."""
    store_path = out_dir / "store"
    if store_path.exists():
        shutil.rmtree(store_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    store = EmbeddedStore(store_path)
    try:
        if from_gold:
            say("Loading the gold annotations in data/gold …")
            report = load([resources.home() / "data" / "gold"], store, extractor="gold")
        else:
            say("Ingesting the sample articles in data/articles …")
            report = ingest([resources.home() / "data" / "articles"], store, workers=workers)
        say(report.summary())
        say("Validating against ontology/shapes.ttl …")
        validation = validate_store(store)
        files = _write_exports(store, out_dir, say)
        return DemoResult(report, validation, store_stats(store), files)
    finally:
        store.close()


def _write_exports(store: EmbeddedStore, out_dir: Path, say: Callable[[str], None]) -> list[Path]:
    written = []
    for fmt, name in EXPORTS.items():
        target = out_dir / name
        try:
            with target.open("wb") as handle:
                export(store, fmt, handle)
        except ImportError:
            target.unlink(missing_ok=True)
            continue
        written.append(target)
    html = _write_graph(store, out_dir / "graph.html")
    if html:
        written.append(html)
    say("Wrote " + ", ".join(str(path) for path in written))
    return written


def _write_graph(store: EmbeddedStore, target: Path) -> Path:
    write_html(store, target)
    return target
