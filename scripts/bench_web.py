"""Benchmark: ingesting pages from local web servers against ingesting the same pages from files.

The same N HTML pages are ingested in four ways into fresh stores on disk, with one extractor
(loaded once, warmed up): from files; from URLs with no server delay and no rate limit;
from URLs with a per-request delay mimicking a real site, under the default politeness
(data/web/fetch.yaml: 1 request/s per host); and the same with a higher per-host rate and
concurrency. Pages are spread over several loopback hosts (127.0.0.2, 127.0.0.3, ...), as a
feed's articles are spread over sites. For each run: pages/s, and where the time goes:
waiting for the network (fetching not hidden behind extraction), reading pages (main text
and metadata from the HTML, in the consuming thread), and extracting and storing. The
files run twice, first and last, so that order favours neither side. Fetching runs ahead
in threads while extraction works, so with no delay the URL path should stay within 1.3x of
the file path.

    python scripts/bench_web.py --pages 500 --hosts 25 --delay 0.2
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_pages(count: int) -> list[bytes]:
    """Distinct HTML pages made from the sample articles (one numbered paragraph added to each)."""
    texts = sorted((ROOT / "data" / "articles").glob("*.txt"))
    pages = []
    for index in range(count):
        source = texts[index % len(texts)]
        lang = source.name[:2]
        paragraphs = [p.strip() for p in source.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        body = "".join(f"<p>{p}</p>" for p in paragraphs[1:])
        html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{paragraphs[0]}</title>'
                f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{paragraphs[0]}</h1>{body}"
                f"<p>Ref. {index}.</p></article></body></html>")
        pages.append(html.encode("utf-8"))
    return pages


class Sites:
    """One HTTP server per loopback host, each serving its share of the pages after a delay."""

    def __init__(self, pages: list[bytes], hosts: int) -> None:
        self.pages, self.delay = pages, 0.0
        self.servers = [ThreadingHTTPServer((f"127.0.0.{2 + i}", 0), self._handler()) for i in range(hosts)]
        for server in self.servers:
            server.daemon_threads = True
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def urls(self) -> list[str]:
        out = []
        for index in range(len(self.pages)):
            host, port = self.servers[index % len(self.servers)].server_address[:2]
            out.append(f"http://{host}:{port}/page-{index}")
        return out

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        sites = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                time.sleep(sites.delay)
                name = self.path.rsplit("/", 1)[-1]
                body = sites.pages[int(name.split("-")[1])] if name.startswith("page-") else b""
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


class Timed:
    """An iterable that adds up the time its consumer waits for each next item."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items, self.waiting = items, 0.0

    def __iter__(self) -> Iterator[Any]:
        iterator = iter(self.items)
        while True:
            start = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                return
            finally:
                self.waiting += time.perf_counter() - start
            yield item


def ingest_run(items: Iterable[Any], extractor: Any, folder: Path) -> dict[str, float]:
    from kg.store.oxigraph import EmbeddedStore
    from kg.web.ingest import ingest_web_documents

    store = EmbeddedStore(str(folder))
    timed = Timed(items)
    Network.waiting = 0.0
    start = time.perf_counter()
    report = ingest_web_documents(timed, store, keep_all=True, extractor=extractor)
    total = time.perf_counter() - start
    store.close()
    return {"loaded": report.loaded, "failed": report.failed, "total": total, "network": Network.waiting,
            "reading": timed.waiting - Network.waiting}


class Network:
    """Adds up the time spent waiting for fetched responses (the network side of reading)."""

    waiting = 0.0


def url_items(urls: list[str], settings: Any, network: type[Network]) -> Iterator[Any]:
    from kg.web.fetch import Fetcher
    from kg.web.pages import web_documents

    class TimedFetcher(Fetcher):
        def fetch_many(self, urls: Iterable[str], **options: object) -> Iterator[Any]:
            timed = Timed(super().fetch_many(urls, **options))
            yield from timed
            network.waiting += timed.waiting

    with TimedFetcher(settings) as fetcher:
        yield from web_documents(urls, fetcher, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--hosts", type=int, default=25)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds each request waits on the server")
    parser.add_argument("--concurrency", type=int, default=8, help="per-host concurrency (and rate) of the fast run")
    args = parser.parse_args()

    from kg.nlp import Extractor
    from kg.readers import read_paths
    from kg.web.config import fetch_settings

    pages = make_pages(args.pages)
    extractor = Extractor()
    default = fetch_settings()
    work = Path(tempfile.mkdtemp(prefix="bench-web-"))
    files = work / "pages"
    files.mkdir()
    for index, body in enumerate(pages):
        (files / f"page-{index}.html").write_bytes(body)
    ingest_run(read_paths(sorted(files.iterdir())[:50]), extractor, work / "store-warm-up")  # not counted
    sites = Sites(pages, args.hosts)
    fast = {"rate_per_host": float(args.concurrency), "concurrency_per_host": args.concurrency}
    runs: list[tuple[str, float, Any]] = [
        ("files", 0.0, None),
        ("URLs, no delay, no rate limit", 0.0, default.with_changes(rate_per_host=0, concurrency_per_host=8)),
        (f"URLs, {args.delay} s delay, default politeness", args.delay, default),
        (f"URLs, {args.delay} s delay, {args.concurrency}/host", args.delay, default.with_changes(**fast)),
        ("files, again", 0.0, None),  # run first and last, so that order favours neither side
    ]
    results = []
    for index, (name, delay, settings) in enumerate(runs):
        sites.delay = delay
        items = read_paths(sorted(files.iterdir())) if settings is None else url_items(sites.urls(), settings, Network)
        results.append((name, ingest_run(items, extractor, work / f"store-{index}")))
        print(name, results[-1], file=sys.stderr, flush=True)
    sites.close()
    report(results, args)


def report(results: list[tuple[str, dict[str, float]]], args: argparse.Namespace) -> None:
    base = min(r["total"] for name, r in results if name.startswith("files"))
    print(f"{args.pages} pages over {args.hosts} loopback hosts; times in seconds\n")
    print("| run | pages/s | total | waiting for the network | reading pages (HTML to text) "
          "| extracting + storing | vs faster files run |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results:
        rate = r["loaded"] / r["total"] if r["total"] else 0.0
        rest = r["total"] - r["network"] - r["reading"]
        print(f"| {name} | {rate:.1f} | {r['total']:.1f} | {r['network']:.1f} | {r['reading']:.1f} | {rest:.1f} "
              f"| {r['total'] / base:.2f}x |")
    failed = sum(r["failed"] for _, r in results)
    print(f"\nfailed pages: {failed}; URL path with no delay = {results[1][1]['total'] / base:.2f}x the file path")


if __name__ == "__main__":
    main()
