"""Benchmark: ``kg serve`` against ``oxigraph serve-read-only`` on the demo store scaled up.

The gold annotations in data/gold are loaded again and again, people, bodies and documents
renamed in each round while countries and domains stay shared, until the store holds the
wanted number of triples. Each server then answers the same bounded loopback load (the
shipped queries, PREFIX lines included, round-robin from concurrent clients), one server
at a time: throughput, latency percentiles, errors, and server memory before and after.

    python scripts/bench_serve.py --triples 1000000 --requests 20000 --clients 16

With ``--lanes``, it measures instead how short queries fare while slow ones run: 20 clients
loop small queries alone, then beside 2 and 4 clients looping a slow Cartesian query, on
``kg serve`` as configured by default and on ``kg serve --reserved-workers 0
--max-client-queries 0`` (no lane kept for short queries), in alternating rounds. Every
client sends from its own loopback address, as distinct clients would.

    python scripts/bench_serve.py --lanes --triples 10000 --seconds 20 --rounds 2
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
GOLD = ROOT / "data" / "gold"
RENAMED = re.compile(r"^(person|body|org|place|policy|agreement)/")
SETTLE_SECONDS = 3.0


# -- the scaled store ------------------------------------------------------------------------

def renamed(record: dict, round_: int) -> dict:
    """A gold record as if it were another article about other people (round 0: itself)."""
    if round_ == 0:
        return record
    text = json.dumps(record)
    ids = {entity["id"] for entity in record["entities"] if RENAMED.match(entity["id"])}
    for old in sorted(ids, key=len, reverse=True):
        text = text.replace(f'"{old}"', f'"{old}-r{round_}"')
    copy = json.loads(text)
    copy["article"]["id"] = f"{record['article']['id']}-r{round_}"
    return copy


def scaled(records: list[dict]) -> Iterator[tuple[int, dict]]:
    round_ = 0
    while True:
        for record in records:
            yield round_, renamed(record, round_)
        round_ += 1


def build_store(folder: Path, triples: int) -> int:
    """A fresh store holding at least ``triples`` quads; one built before is reused.

    Some triples are shared between articles (entity facts), so the store grows by less than
    what is loaded: it is topped up until it is large enough.
    """
    from kg.services.ingest import ensure_reference
    from kg.store.oxigraph import EmbeddedStore

    marker = folder.parent / f"{folder.name}.quads"
    if marker.exists() and folder.exists() and int(marker.read_text()) >= triples:
        return int(marker.read_text())
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    store = EmbeddedStore(folder)
    ensure_reference(store)
    records = scaled([json.loads(path.read_text("utf-8")) for path in sorted(GOLD.glob("*.json"))])
    while (count := store.count()) < triples:
        store.bulk_load(article_quads(records, int((triples - count) * 1.1) + 1000))
    store.close()
    marker.write_text(str(count))
    return count


def article_quads(records: Iterator[tuple[int, dict]], wanted: int) -> Iterator:
    """Quads of the next renamed gold articles, until about ``wanted`` have been produced."""
    from kg.models import Extraction
    from kg.rdf.mapping import article_graph

    produced = 0
    for _, record in records:
        quads = article_graph(Extraction.model_validate(record))
        produced += len(quads)
        yield from quads
        if produced >= wanted:
            return


def bench_queries() -> list[str]:
    """The shipped queries, runnable (example parameters bound) and with their PREFIX lines."""
    from kg.server.pages import examples
    from kg.settings import DEFAULT_BASE_IRI
    from kg.vocab import sparql_prefixes

    return [sparql_prefixes() + example["query"] for example in examples(DEFAULT_BASE_IRI)]


# -- servers ---------------------------------------------------------------------------------

def kg_command(store: Path, port: int, timeout: float, *options: str) -> list[str]:
    return [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(store),
            "--host", "127.0.0.1", "--port", str(port), "--timeout", str(timeout), *options]


def oxigraph_command(store: Path, port: int, timeout: float) -> list[str]:
    binary = Path(sys.executable).with_name("oxigraph")
    return [str(binary), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
            "--union-default-graph", "--timeout-s", str(int(timeout))]


def wait_ready(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server exited at start (code {process.returncode})")
        try:
            if httpx.post(url, data={"query": "ASK {}"}, timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise SystemExit("the server did not become ready")


def memory_mb(pid: int) -> float:
    """Resident memory of a server and its worker processes."""
    process = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]) / 2**20


# -- the load --------------------------------------------------------------------------------

async def load(url: str, queries: list[str], requests: int, clients: int) -> dict:
    latencies: list[float] = []
    errors: dict[str, int] = {}
    issued = iter(range(requests))
    headers = {"Accept": "application/sparql-results+json"}

    async def client(http: httpx.AsyncClient) -> None:
        for number in issued:
            started = time.perf_counter()
            try:
                response = await http.post(url, data={"query": queries[number % len(queries)]}, headers=headers)
                if response.status_code != 200:
                    errors[str(response.status_code)] = errors.get(str(response.status_code), 0) + 1
            except httpx.HTTPError as error:
                errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1
            latencies.append(time.perf_counter() - started)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=120) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    return {"elapsed": elapsed, "latencies": latencies, "errors": errors}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class Side:
    """One server under test: its process, its URL and what the load measured so far."""

    def __init__(self, name: str, command: list[str], url: str) -> None:
        self.name, self.url = name, url
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.latencies: list[float] = []
        self.errors: dict[str, int] = {}
        self.elapsed = 0.0
        self.memory: list[float] = []

    def run(self, queries: list[str], requests: int, clients: int) -> None:
        result = asyncio.run(load(self.url, queries, requests, clients))
        self.latencies += result["latencies"]
        self.elapsed += result["elapsed"]
        for kind, count in result["errors"].items():
            self.errors[kind] = self.errors.get(kind, 0) + count

    def figures(self) -> dict:
        return {"name": self.name, "requests": len(self.latencies), "errors": self.errors,
                "throughput": len(self.latencies) / self.elapsed, "p50": percentile(self.latencies, 0.5) * 1000,
                "p99": percentile(self.latencies, 0.99) * 1000, "memory_before": self.memory[0],
                "memory_after": self.memory[-1]}

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def measure(sides: list[Side], queries: list[str], args: argparse.Namespace) -> None:
    """Load the servers in alternating rounds, so that a busy machine weighs on both alike."""
    for side in sides:
        wait_ready(side.url, side.process)
        # Warm-up, not counted: every query on every worker, so that "memory before" is a
        # server with warm caches and the comparison with "after" shows what the load left.
        side.run(queries, len(queries) * 4, args.clients)
        side.latencies, side.elapsed = [], 0.0
        side.memory.append(memory_mb(side.process.pid))
    per_round = args.requests // args.rounds
    for number in range(args.rounds):
        for side in sides if number % 2 == 0 else reversed(sides):
            side.run(queries, per_round, args.clients)
    time.sleep(SETTLE_SECONDS)
    for side in sides:
        side.memory.append(memory_mb(side.process.pid))


def report(triples: int, ours: dict, theirs: dict, args: argparse.Namespace) -> str:
    lines = [f"{ours['requests']:,} requests per server of the {args.queries} shipped queries from "
             f"{args.clients} concurrent clients, in {args.rounds} alternating rounds; store of {triples:,} quads.", "",
             "| server | req/s | p50 ms | p99 ms | errors | memory before → after (MB) |",
             "| --- | ---: | ---: | ---: | ---: | --- |"]
    for side in (ours, theirs):
        errors = sum(side["errors"].values())
        lines.append(f"| {side['name']} | {side['throughput']:.1f} | {side['p50']:.1f} | {side['p99']:.1f} | "
                     f"{errors} | {side['memory_before']:.0f} → {side['memory_after']:.0f} |")
    lines += ["", f"Throughput ratio (kg serve / oxigraph): {ours['throughput'] / theirs['throughput']:.2f}"]
    return "\n".join(lines)


# -- short queries beside slow ones (--lanes) ---------------------------------------------------

SMALL_QUERIES = [
    "ASK { ?s a dp:Country }",
    "SELECT ?label WHERE { dpr:country\\/ma rdfs:label ?label }",
    "SELECT ?p ?o WHERE { dpr:country\\/fr ?p ?o } LIMIT 20",
    "SELECT ?name WHERE { ?d a dp:PolicyDomain ; rdfs:label ?name } LIMIT 5",
]
#: Every triple against every typed resource: a few seconds alone on a store of 10,000 quads.
SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d a ?t }"
LANE_SIDES = {"lanes (default)": (), "no lanes": ("--reserved-workers", "0", "--max-client-queries", "0")}


async def looping(url: str, queries: list[str], addresses: list[str], stop_at: float, tally: dict) -> None:
    """Clients, one per address, each sending the queries in turn until ``stop_at``; answers counted by status."""
    async def one(address: str, number: int) -> None:
        transport = httpx.AsyncHTTPTransport(local_address=address)
        async with httpx.AsyncClient(transport=transport, timeout=300) as http:
            while time.monotonic() < stop_at:
                query = queries[number % len(queries)]
                number += 1
                try:
                    answer = str((await http.post(url, data={"query": query})).status_code)
                except httpx.HTTPError as error:
                    answer = type(error).__name__
                if time.monotonic() < stop_at:
                    tally[answer] = tally.get(answer, 0) + 1

    await asyncio.gather(*(one(address, number) for number, address in enumerate(addresses)))


async def lane_phase(url: str, small: int, slow: int, seconds: float) -> dict:
    stop_at = time.monotonic() + seconds
    fast: dict[str, int] = {}
    slow_tally: dict[str, int] = {}
    prefixes = sparql_prefixes_text()
    await asyncio.gather(
        looping(url, [prefixes + query for query in SMALL_QUERIES], [f"127.0.1.{n + 1}" for n in range(small)],
                stop_at, fast),
        looping(url, [SLOW_QUERY], [f"127.0.2.{n + 1}" for n in range(slow)], stop_at, slow_tally))
    return {"fast": fast, "slow": slow_tally, "seconds": seconds}


def sparql_prefixes_text() -> str:
    from kg.vocab import sparql_prefixes

    return sparql_prefixes()


def measure_lanes(store: Path, args: argparse.Namespace) -> dict[str, dict[int, list[dict]]]:
    """Each side, each load, ``rounds`` times, alternating sides so that a busy machine weighs on both."""
    from tests.support.localserver import free_port

    loads = [0, *args.slow_clients]
    ports = {name: free_port() for name in LANE_SIDES}
    processes = {name: subprocess.Popen(kg_command(store, ports[name], args.timeout, "--workers", "2", *options),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                 for name, options in LANE_SIDES.items()}
    results: dict[str, dict[int, list[dict]]] = {name: {load: [] for load in loads} for name in LANE_SIDES}
    try:
        for name, process in processes.items():
            wait_ready(f"http://127.0.0.1:{ports[name]}/sparql", process)
            # Warm-up, not counted: every worker has run the queries before the count starts.
            asyncio.run(lane_phase(f"http://127.0.0.1:{ports[name]}/sparql", args.small_clients, 0, 3.0))
        for number in range(args.rounds):
            for name in LANE_SIDES if number % 2 == 0 else reversed(LANE_SIDES):
                for load in loads:
                    url = f"http://127.0.0.1:{ports[name]}/sparql"
                    results[name][load].append(asyncio.run(lane_phase(url, args.small_clients, load, args.seconds)))
                    time.sleep(SETTLE_SECONDS)
    finally:
        for process in processes.values():
            process.terminate()
            process.wait(timeout=30)
    return results


def lanes_report(triples: int, results: dict[str, dict[int, list[dict]]], args: argparse.Namespace) -> str:
    lines = [f"{args.small_clients} clients looping small queries for {args.seconds:g} s per phase, beside 0, "
             f"{' and '.join(map(str, args.slow_clients))} clients looping `{SLOW_QUERY}`; {args.rounds} "
             f"alternating rounds; store of {triples:,} quads; 2 workers, --timeout {args.timeout:g}.", "",
             "| server | slow clients | small req/s | vs unloaded | small non-200 | slow answers |",
             "| --- | ---: | ---: | ---: | --- | --- |"]
    for name, by_load in results.items():
        unloaded = throughput(by_load[0])
        for load, phases in by_load.items():
            fast = merged(phase["fast"] for phase in phases)
            errors = {key: value for key, value in fast.items() if key != "200"}
            slow = merged(phase["slow"] for phase in phases)
            lines.append(f"| {name} | {load} | {throughput(phases):.1f} | {throughput(phases) / unloaded:.2f} | "
                         f"{tallied(errors) or 0} | {tallied(slow) or '-'} |")
    return "\n".join(lines)


def throughput(phases: list[dict]) -> float:
    return sum(phase["fast"].get("200", 0) for phase in phases) / sum(phase["seconds"] for phase in phases)


def merged(tallies: Iterator[dict]) -> dict[str, int]:
    total: dict[str, int] = {}
    for tally in tallies:
        for key, value in tally.items():
            total[key] = total.get(key, 0) + value
    return total


def tallied(tally: dict[str, int]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in sorted(tally.items()))


def main() -> None:
    from tests.support.localserver import free_port

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=10, help="Alternate the servers this many times.")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--work", type=Path, default=ROOT / "out" / "bench-serve")
    parser.add_argument("--json", type=Path, help="Also write the figures here as JSON.")
    parser.add_argument("--lanes", action="store_true", help="Measure short queries beside slow ones instead.")
    parser.add_argument("--seconds", type=float, default=20.0, help="Length of one phase of --lanes.")
    parser.add_argument("--small-clients", type=int, default=20)
    parser.add_argument("--slow-clients", type=lambda text: [int(n) for n in text.split(",")], default=[2, 4])
    args = parser.parse_args()
    if args.lanes:
        args.timeout = 10.0 if args.timeout == parser.get_default("timeout") else args.timeout
        triples = build_store(args.work / f"store-{args.triples}", args.triples)
        results = measure_lanes(args.work / f"store-{args.triples}", args)
        print(lanes_report(triples, results, args))
        if args.json:
            args.json.write_text(json.dumps({"triples": triples, "lanes": results}, indent=2))
        return
    triples = build_store(args.work / "store", args.triples)
    queries = bench_queries()
    args.queries = len(queries)
    store = args.work / "store"
    kg_port, oxigraph_port = free_port(), free_port()
    sides = [Side("kg serve", kg_command(store, kg_port, args.timeout), f"http://127.0.0.1:{kg_port}/sparql"),
             Side("oxigraph", oxigraph_command(store, oxigraph_port, args.timeout),
                  f"http://127.0.0.1:{oxigraph_port}/query")]
    try:
        measure(sides, queries, args)
    finally:
        for side in sides:
            side.stop()
    ours, theirs = (side.figures() for side in sides)
    print(report(triples, ours, theirs, args))
    if args.json:
        args.json.write_text(json.dumps({"triples": triples, "kg": ours, "oxigraph": theirs}, indent=2))


if __name__ == "__main__":
    main()
