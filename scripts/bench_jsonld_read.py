"""Benchmark: CPU seconds of each way of reading the whole store back, for the JSON-LD export.

The synthetic graph of scripts/bench_store.py, bulk-loaded (and compacted) as `kg load --bulk`
does, is read back in each variant below, each run in a fresh process, several runs each; the
process's CPU time (all threads) is reported, which a busy machine changes far less than the
wall-clock time.

    python scripts/bench_jsonld_read.py --triples 1000000 --runs 3
    python scripts/bench_jsonld_read.py --store STORE --runs 3   # a store built before (a folder)
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPO = "SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"
CONSTRUCT = "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}"


def _all(query: str) -> Callable:
    return lambda s, gs, ox: len(s.query(query).serialize(format=ox.QueryResultsFormat.TSV))


def _per_graph(read: Callable) -> Callable:
    return lambda s, gs, ox: sum(len(read(s, g, ox)) for g in gs)


#: Each variant: (store, its named graphs, the pyoxigraph module) -> a size, to keep the work honest.
VARIANTS: dict[str, Callable] = {
    "count quads": lambda s, gs, ox: len(s),
    "ASK per graph": lambda s, gs, ox: sum(bool(s.query(f"ASK {{ GRAPH {g} {{ ?s ?p ?o }} }}")) for g in gs),
    "SELECT ?g, all quads, TSV": _all("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"),
    "SELECT ?s, all quads, TSV": _all("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"),
    "SELECT ?g ?s ?p ?o, all quads, TSV": _all("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"),
    "SELECT ?s ?p ?o per graph, TSV": _per_graph(
        lambda s, g, ox: s.query(SPO.format(g=g)).serialize(format=ox.QueryResultsFormat.TSV)),
    "CONSTRUCT per graph, N-Triples": _per_graph(
        lambda s, g, ox: s.query(CONSTRUCT.format(g=g)).serialize(format=ox.RdfFormat.N_TRIPLES)),
    "CONSTRUCT per graph, JSON-LD": _per_graph(
        lambda s, g, ox: s.query(CONSTRUCT.format(g=g)).serialize(format=ox.RdfFormat.JSON_LD)),
    "quads per graph into Python": _per_graph(lambda s, g, ox: list(s.quads_for_pattern(None, None, None, g))),
    "dump per graph, N-Triples": _per_graph(lambda s, g, ox: s.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)),
    "dump per graph, JSON-LD": _per_graph(lambda s, g, ox: s.dump(format=ox.RdfFormat.JSON_LD, from_graph=g)),
    "dump per graph, JSON-LD, graphs by name": lambda s, gs, ox: VARIANTS["dump per graph, JSON-LD"](
        s, sorted(gs, key=lambda g: g.value), ox),
    "dump whole store, N-Quads": lambda s, gs, ox: len(s.dump(format=ox.RdfFormat.N_QUADS)),
    "dump whole store, JSON-LD": lambda s, gs, ox: len(s.dump(format=ox.RdfFormat.JSON_LD)),
}
#: The export itself (kg.rdf.jsonld.write_store), through EmbeddedStore, with 0 or 2 reading threads.
EXPORTS = ("export, no threads", "export, 2 threads")
#: Our side of the export alone: compacting and writing pieces read before (their reading not counted).
COMPACTION = "compaction of the per-graph JSON-LD alone"


def run_one(store: Path, variant: str, read_only: bool) -> float:
    """CPU seconds of one variant in this process (opening the store included)."""
    import pyoxigraph as ox

    if variant == COMPACTION:
        return _compaction(ox.Store.read_only(str(store)), ox)
    start = time.process_time()
    if variant in EXPORTS:
        from kg.rdf.jsonld import write_store
        from kg.store.oxigraph import EmbeddedStore

        write_store(EmbeddedStore(store, read_only=read_only), io.BytesIO(), threads=0 if "no" in variant else 2)
    else:
        opened = ox.Store.read_only(str(store)) if read_only else ox.Store(str(store))
        VARIANTS[variant](opened, list(opened.named_graphs()), ox)
    return time.process_time() - start


def _compaction(store, ox) -> float:
    from kg.rdf import jsonld

    pieces = [(g, store.dump(format=ox.RdfFormat.JSON_LD, from_graph=g)) for g in store.named_graphs()]
    compactor = jsonld._compactor()
    start = time.process_time()
    jsonld._write(io.BytesIO(), (jsonld._item(compactor, graph, piece) for graph, piece in pieces))
    return time.process_time() - start


def build(folder: Path, triples: int) -> Path:
    from bench_store import make_data  # scripts/ is on the path when this script runs

    from kg.services.bulk import restore
    from kg.store.oxigraph import EmbeddedStore

    data = folder / "data.nq"
    print(f"generated {make_data(data, triples):,} quads", file=sys.stderr)
    store = EmbeddedStore(folder / "store")
    report = restore([data], store)
    store.close()
    if report.failed:
        raise SystemExit(f"the load failed: {report.problems}")
    return folder / "store"


def measure(store: Path, runs: int) -> list[str]:
    """One line per variant and way of opening: median and range of CPU seconds over the runs."""
    lines = ["| variant | opened | CPU s (median) | runs |", "| --- | --- | ---: | --- |"]
    cases = [(v, True) for v in (*VARIANTS, COMPACTION)] + [(v, ro) for v in ("dump whole store, N-Quads", *EXPORTS)
                                             for ro in (False, True)]
    for variant, read_only in cases:
        seconds = [_subprocess(store, variant, read_only) for _ in range(runs)]
        lines.append(f"| {variant} | {'read-only' if read_only else 'read-write'} | "
                     f"{statistics.median(seconds):.2f} | {', '.join(f'{s:.2f}' for s in seconds)} |")
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


def _subprocess(store: Path, variant: str, read_only: bool) -> float:
    command = [sys.executable, __file__, "--store", str(store), "--variant", variant]
    out = subprocess.run(command + (["--read-only"] if read_only else []), check=True, stdout=subprocess.PIPE,
                         text=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--store", type=Path, help="a store built before (else one is built in a temporary folder)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--variant", help=argparse.SUPPRESS)
    parser.add_argument("--read-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        print(f"{run_one(args.store, args.variant, args.read_only):.3f}")
        return
    with tempfile.TemporaryDirectory() as folder:
        store = args.store or build(Path(folder), args.triples)
        lines = measure(store, args.runs)
        print("\n".join([*lines, "", f"Load average (1 min) at the end: {os.getloadavg()[0]:.2f} "
                                    f"({os.cpu_count()} cores)."]))


if __name__ == "__main__":
    main()
