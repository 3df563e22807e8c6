"""Benchmark: ingest a generated corpus with 1 and 2 workers into the embedded store and into a
local ``oxigraph serve``, then run the canned queries at that size.

Each ingest is a real ``kg ingest`` process; its peak memory is read from the kernel's
accounting of that process and its workers. Two corpus sizes show whether memory grows
with the number of articles.

    python scripts/bench_scale.py --articles 10000
    python scripts/bench_scale.py --queries 10000        # shipped queries, before and after
    python scripts/bench_scale.py --queries 100000 --store S --before OLD/   # against other versions
    python scripts/bench_scale.py --queries 100000 --store S --before OLD/ --first-page --rounds 2
    python scripts/bench_scale.py --cluster 2000         # --local-cluster 2 against --workers 2
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


def generate(folder: Path, count: int, seed: int = 1) -> Path:
    articles = folder / f"articles-{count}"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), "--count", str(count), "--seed", str(seed),
                    "--articles", str(articles), "--gold", str(folder / f"gold-{count}")], check=True,
                   capture_output=True)
    return articles


def ingest(store: str, articles: Path, workers: int, options: list[str] | None = None) -> dict:
    """Run kg ingest; its wall time, articles and peak memory (MB) of the process and workers."""
    command = [*KG, "--store", store, "ingest", str(articles), *(options or ["--workers", str(workers)])]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"kg ingest failed: {process.stderr.read().decode() if process.stderr else ''}")
    count = sum(1 for _ in articles.iterdir())
    return {"seconds": round(seconds, 1), "articles/s": round(count / seconds, 1),
            "peak-mb": round(usage.ru_maxrss / 1024), "cpu-s": round(usage.ru_utime + usage.ru_stime, 1)}


def count_quads(store: str) -> int:
    from kg.store import open_store

    opened = open_store(store, read_only=not store.startswith("http"))
    try:
        return opened.count()
    finally:
        opened.close()


def query_times(store: str) -> dict:
    from kg.queries.named import named_queries
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
    from tests.support.localserver import oxigraph_serve

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


BEFORE = ROOT / "tests" / "data" / "queries-before"
PAGE = 100
EXAMPLE_PARAMS = {
    "cooperation-between": {"country": "country/ma", "partner": "country/fr"},
    "partners-on-domain": {"country": "country/ma", "domain": "domain/cybersecurity"},
    "entity-facts": {"entity": "country/ma"},
}


def loaded_store(work: Path, count: int) -> str:
    """A store of ``count`` generated articles, written by ``kg load`` from their gold records."""
    generate(work, count)
    store = str(work / f"loaded-{count}")
    subprocess.run([*KG, "--store", store, "load", str(work / f"gold-{count}")], check=True, capture_output=True)
    return store


def bulk_store(work: Path, count: int) -> str:
    """The store ``loaded_store`` makes, the fastest way: the gold records mapped here (the same
    mapping and reports as ``kg load``), written as N-Quads and filled by ``kg load --bulk``;
    the domain counts are then counted from the reports in place."""
    from kg.rdf.counts import recount_update
    from kg.rdf.iris import Iris
    from kg.rdf.mapping import article_graph
    from kg.rdf.summaries import article_reports, version_marker
    from kg.services.ingest import ensure_reference, read_extractions
    from kg.store import open_store

    generate(work, count)
    iris, dump = Iris(), work / f"bulk-{count}.nq"
    with dump.open("w", encoding="utf-8") as out:
        out.write(f"{version_marker(iris)} .\n")
        for record in read_extractions([work / f"gold-{count}"]):
            if isinstance(record, Exception):
                raise SystemExit(str(record))
            article = iris.article(record.article.id)
            quads = article_graph(record, iris, extractor="kg load")
            out.writelines(f"{quad} .\n" for quad in [*quads, *article_reports(article, quads, iris)])
    store_path = str(work / f"bulk-{count}")
    subprocess.run([*KG, "--store", store_path, "load", "--bulk", str(dump)], check=True, capture_output=True)
    dump.unlink()
    store = open_store(store_path)
    try:
        ensure_reference(store, iris)
        store.replace_graphs({}, cleanup=recount_update(iris))  # the domain counts, from the reports
    finally:
        store.close()
    return store_path


def timed_rows(store, text: str, name: str) -> tuple[float, int]:
    import pyoxigraph as ox

    from kg.settings import DEFAULT_BASE_IRI

    bindings = {key: ox.NamedNode(DEFAULT_BASE_IRI + value) for key, value in EXAMPLE_PARAMS.get(name, {}).items()}
    start = time.perf_counter()
    rows = sum(1 for _ in store.query(text, substitutions=bindings))
    return time.perf_counter() - start, rows


def query_latencies(store_path: str, rounds: int, only: list[str] | None = None, before: Path = BEFORE,
                    first_page: bool = False) -> list[str]:
    """Each shipped query before and after, first page and whole result; best of ``rounds``, alternating.

    ``before`` is a folder of the earlier versions (by default the plain ones over the union graph);
    with ``first_page``, the whole results are not timed (their columns stay empty).
    """
    from kg.queries.named import named_queries, paged
    from kg.store import open_store

    store = open_store(store_path, read_only=True)
    lines = ["| query | rows | before: first page | after: first page | before: all rows | after: all rows |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    try:
        for name, query in named_queries().items():
            if only and name not in only:
                continue
            versions = {"before": (before / f"{name}.rq").read_text(encoding="utf-8"), "after": query.text}
            best: dict[tuple[str, str], float] = {}
            rows = 0
            for _ in range(rounds):
                for version, text in versions.items():
                    parts = [("page", paged(text, PAGE)), ("all", text)]
                    for part, sparql in parts[:1] if first_page else parts:
                        seconds, count = timed_rows(store, sparql, name)
                        best[version, part] = min(seconds, best.get((version, part), seconds))
                        rows = count if part == "all" else rows
            whole = ["", ""] if first_page else [f"{best[version, 'all']:.2f}" for version in versions]
            lines.append(f"| {name} | {rows or ''} | {best['before', 'page']:.2f} | {best['after', 'page']:.2f} | "
                         f"{whole[0]} | {whole[1]} |")
            print(lines[-1], file=sys.stderr, flush=True)
    finally:
        store.close()
    return lines


def cluster_against_pool(work: Path, count: int, rounds: int, into: Path | None = None) -> list[str]:
    """``--workers 2`` and ``--local-cluster 2`` on the same corpus, alternating, each into a fresh store.

    With ``into``, each run writes articles of seed 2 (none of them stored yet) into its own copy
    of that store (the copy is made before the clock starts and removed after the run): the
    writer then works at that store's size, as at the end of a long ingest.
    """
    import shutil

    articles = generate(work, count, seed=2 if into else 1)
    lines = ["| round | --workers 2 (s) | --local-cluster 2 (s) | ratio | CPU s pool | CPU s cluster | "
             "peak MB pool | peak MB client |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for number in range(1, rounds + 1):
        results = {}
        for label, options in (("pool", ["--workers", "2"]), ("cluster", ["--local-cluster", "2"])):
            store = work / f"store-{label}-{number}"
            if into:
                shutil.copytree(into, store)
            results[label] = ingest(str(store), articles, 0, options)
            if into:
                shutil.rmtree(store)
        ratio = results["cluster"]["seconds"] / results["pool"]["seconds"]
        lines.append(f"| {number} | {results['pool']['seconds']} | {results['cluster']['seconds']} | {ratio:.2f} | "
                     f"{results['pool']['cpu-s']} | {results['cluster']['cpu-s']} | "
                     f"{results['pool']['peak-mb']} | {results['cluster']['peak-mb']} |")
        print(lines[-1], file=sys.stderr, flush=True)
    return lines


class GoldExtractor:
    """Hands out each article's gold record instead of extracting it: the client's side of an ingest alone."""

    def __init__(self, gold: Path) -> None:
        self.gold = gold

    def extract_many(self, documents, workers: int = 1, batch_size: int = 16):
        from kg.models import Extraction

        for document in documents:
            record = (self.gold / f"{Path(document.origin).stem}.json").read_text(encoding="utf-8")
            yield document, Extraction.model_validate_json(record)


def writer_rate(work: Path, count: int, into: Path | None = None) -> str:
    """Articles per second the client alone sustains: read, hash, resolve, map, write (no extraction).

    The articles are of seed 2, so that none is stored yet in a store of the other runs' (seed 1).
    With ``into``, they are written into a copy of that store; the peak memory is this process's.
    """
    import resource
    import shutil

    from kg.services.ingest import ingest as ingest_articles
    from kg.store import open_store

    articles = generate(work, count, seed=2)
    if into:
        shutil.copytree(into, work / f"writer-{count}")
    store = open_store(str(work / f"writer-{count}"))
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        report = ingest_articles([articles], store, extractor=GoldExtractor(work / f"gold-{count}"))
    finally:
        store.close()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return (f"writer: {report.loaded} articles in {wall:.1f} s ({report.loaded / wall:.0f} articles/s), "
            f"{1000 * cpu / report.loaded:.1f} ms of CPU per article, "
            f"peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="the larger corpus size")
    parser.add_argument("--no-remote", action="store_true", help="skip the oxigraph server runs")
    parser.add_argument("--queries", type=int, metavar="N", help="only time the shipped queries at N articles")
    parser.add_argument("--store", help="with --queries: an existing store of generated articles")
    parser.add_argument("--bulk", action="store_true",
                        help="with --queries and no --store: fill the store by kg load --bulk (fastest)")
    parser.add_argument("--keep", type=Path, help="with --queries: build the store in this folder and keep it")
    parser.add_argument("--only", nargs="+", metavar="QUERY", help="with --queries: these shipped queries only")
    parser.add_argument("--before", type=Path, default=BEFORE,
                        help="with --queries: the folder of the versions to compare with (default: over the union)")
    parser.add_argument("--cluster", type=int, metavar="N", help="only compare a local Dask cluster with the pool")
    parser.add_argument("--writer", type=int, metavar="N", help="only measure the client's write rate at N articles")
    parser.add_argument("--into", type=Path, help="with --writer or --cluster: write into a copy of this store")
    parser.add_argument("--rounds", type=int, default=3, help="rounds for --queries and --cluster")
    parser.add_argument("--first-page", action="store_true", help="with --queries: time the first pages only")
    args = parser.parse_args()
    if args.writer:
        with tempfile.TemporaryDirectory() as folder:
            print(writer_rate(Path(folder), args.writer, args.into))
        return
    if args.queries or args.cluster:
        with tempfile.TemporaryDirectory() as folder:
            work = args.keep or Path(folder)
            work.mkdir(parents=True, exist_ok=True)
            if args.queries:
                build = bulk_store if args.bulk else loaded_store
                store = args.store or build(work, args.queries)
                print("\n".join(query_latencies(store, args.rounds, args.only, args.before, args.first_page)))
            if args.cluster:
                print("\n".join(cluster_against_pool(Path(folder), args.cluster, args.rounds, args.into)))
        return
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
