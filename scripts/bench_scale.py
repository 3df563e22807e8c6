"""Benchmark: ingest a generated corpus with 1 and 2 workers into the embedded store and into a
local ``oxigraph serve``, then run the canned queries at that size.

Each ingest is a real ``kg ingest`` process; its peak memory is read from the kernel's
accounting of that process and its workers. Two corpus sizes show whether memory grows
with the number of articles.

    python scripts/bench_scale.py --articles 10000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
KG = [sys.executable, "-c", "from kg.cli import main; main()"]
QUERIES = ("meetings", "cooperation-by-country", "who-holds-what", "agreements", "policies", "domains")


def generate(folder: Path, count: int) -> Path:
    articles = folder / f"articles-{count}"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), "--count", str(count), "--seed", "1",
                    "--articles", str(articles), "--gold", str(folder / f"gold-{count}")], check=True,
                   capture_output=True)
    return articles


def ingest(store: str, articles: Path, workers: int) -> dict:
    """Run kg ingest; its wall time, articles and peak memory (MB) of the process and workers."""
    command = [*KG, "--store", store, "ingest", str(articles), "--workers", str(workers)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kg ingest failed: {process.stderr.read().decode() if process.stderr else ''}")
    count = sum(1 for _ in articles.iterdir())
    return {"seconds": round(seconds, 1), "articles/s": round(count / seconds, 1),
            "peak-mb": round(usage.ru_maxrss / 1024)}


def count_quads(store: str) -> int:
    from kg.store import open_store

    opened = open_store(store, read_only=not store.startswith("http"))
    try:
        return opened.count()
    finally:
        opened.close()


def query_times(store: str) -> dict:
    from kg.query import named_queries
    from kg.store import open_store

    opened = open_store(store, read_only=True)
    times = {}
    try:
        for name in QUERIES:
            start = time.perf_counter()
            rows = len(list(opened.query(named_queries()[name].text)))  # type: ignore[arg-type]
            times[name] = (round(time.perf_counter() - start, 3), rows)
    finally:
        opened.close()
    return times


def run(size: int, work: Path, remote: bool) -> list[str]:
    from kg.localserver import oxigraph_serve

    articles = generate(work, size)
    rows = []
    for workers in (1, 2):
        store = str(work / f"store-{size}-{workers}")
        result = ingest(store, articles, workers)
        quads = count_quads(store)
        rows.append(f"| {size} | embedded | {workers} | {result['seconds']} | {result['articles/s']} | "
                    f"{round(quads / result['seconds'])} | {result['peak-mb']} |")
        print(rows[-1], file=sys.stderr, flush=True)
        if remote:
            with oxigraph_serve(work / f"server-{size}-{workers}", start_seconds=60) as url:
                result = ingest(url, articles, workers)
                rows.append(f"| {size} | oxigraph serve | {workers} | {result['seconds']} | "
                            f"{result['articles/s']} | {round(quads / result['seconds'])} | {result['peak-mb']} |")
                print(rows[-1], file=sys.stderr, flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="the larger corpus size")
    parser.add_argument("--no-remote", action="store_true", help="skip the oxigraph server runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        header = ["| articles | store | workers | seconds | articles/s | quads/s | peak memory (MB) |",
                  "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
        rows = run(args.articles // 2, work, not args.no_remote) + run(args.articles, work, not args.no_remote)
        print("\n".join(header + rows))
        print()
        print(f"Canned queries on the embedded store of {args.articles} articles (seconds, rows):")
        for name, (seconds, count) in query_times(str(work / f"store-{args.articles}-1")).items():
            print(f"- {name}: {seconds} s, {count} rows")


if __name__ == "__main__":
    main()
