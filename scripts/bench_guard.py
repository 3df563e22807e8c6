"""What the query check costs per request, beside the engine's own work and rdflib's parser.

For each shipped query: the check (``kg.sparql.guard.check_query``, lexing the query into
tokens), rdflib's SPARQL parser on the same text (the peer: a full parse with pyparsing),
and pyoxigraph answering the query on the sample store (parse, plan, run, read every row).
Then three worst cases at the 200,000-character limit. Times are the best of ``--repeat`` runs.

    python scripts/bench_guard.py --repeat 20
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]


def best_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def rdflib_parse(text: str) -> Callable[[], object]:
    from rdflib.plugins.sparql.parser import parseQuery

    def parse() -> object:
        try:
            return parseQuery(text)
        except RecursionError:
            return None

    return parse


def sample_store(folder: Path) -> ox.Store:
    """The tests' sample store (reference data and one article) on disk, opened read-only."""
    sys.path.insert(0, str(ROOT))
    from tests.support.server_support import build_store

    build_store(folder)
    return ox.Store.read_only(str(folder))


def shipped_rows(repeat: int, store: ox.Store) -> list[tuple[str, float, float, float]]:
    from kg.sparql.guard import check_query
    from kg.vocab import PREFIXES

    rows = []
    for path in sorted((ROOT / "kg" / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        check = best_ms(lambda text=text: check_query(text), repeat)
        peer = best_ms(rdflib_parse(text), repeat)
        engine = best_ms(lambda text=text: list(store.query(text, prefixes=PREFIXES,  # type: ignore[arg-type]
                                                            use_default_graph_as_union=True)), repeat)
        rows.append((path.stem, check, peer, engine))
    return rows


def worst_rows(repeat: int) -> list[tuple[str, float, float]]:
    from kg.errors import KgError
    from kg.sparql.guard import check_query

    cases = {
        "8,000 triple patterns (192 kB)": "SELECT * WHERE { " + "?s <http://x/p> 'abc' . " * 8000 + "}",
        "8,000 alternatives in a FILTER (80 kB)": "SELECT * WHERE { FILTER(" + " || ".join(["?x = 1"] * 8000)
                                                  + ") }",
        "199,000 opening brackets (refused)": "SELECT * { FILTER(?a<" + "(" * 199_000 + ") }",
    }
    rows = []
    for name, text in cases.items():
        def check(text: str = text) -> None:
            with contextlib.suppress(KgError):
                check_query(text)
        rows.append((name, best_ms(check, max(1, repeat // 10)), best_ms(rdflib_parse(text), 1)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder:
        store = sample_store(Path(folder) / "store")
        rows = shipped_rows(repeat, store)
        del store
    print("| query | check (ms) | rdflib parse (ms) | pyoxigraph answer (ms) | rdflib / check | check / answer |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, check, peer, engine in rows:
        print(f"| {name} | {check:.3f} | {peer:.2f} | {engine:.3f} | {peer / check:.0f}× | {check / engine:.2f} |")
    print()
    print("| worst case | check (ms) | rdflib parse (ms) |")
    print("| --- | ---: | ---: |")
    for name, check, peer in worst_rows(repeat):
        print(f"| {name} | {check:.1f} | {peer:.0f} |")


if __name__ == "__main__":
    main()
