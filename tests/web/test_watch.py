"""``kg watch`` against a real local server: conditional requests, bad sources, kill -9 and resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.web.captures import CaptureStore
from kg.web.fetch import Fetcher
from kg.web.watch import Source, Watcher, WatchState, read_sources
from tests.support.web_support import Route, WebServer
from tests.web.test_fetch import fast
from tests.web.test_ingest import RSS, fixture_extractor, fixture_store, page, rss, stored_urls

__all__ = ["fixture_extractor", "fixture_store"]  # fixtures used here, defined with the ingest tests

ROOT = Path(__file__).parents[2]


def watcher(store, tmp_path: Path, extractor, lines: list[str], fetcher: Fetcher) -> Watcher:
    state = WatchState.load(tmp_path / "state.json")
    return Watcher(store, state, fetcher, CaptureStore(tmp_path / "kept"), lines.append, extractor=extractor)


def test_watch_once_twice_second_run_is_conditional_and_ingests_nothing(store, extractor, tmp_path):
    with WebServer({"/en": page("en-page.html"), "/fr": page("fr-page.html"), "/off": page("off-topic.html")}) as site:
        site.routes["/feed"] = Route(body=rss(site, "/en", "/fr", "/off"), content_type=RSS, etag='"v1"')
        sources = [Source(url=site.url("/feed"))]
        first: list[str] = []
        with Fetcher(fast()) as fetcher:
            watcher(store, tmp_path, extractor, first, fetcher).run_once(sources)
        before = len(site.requests)
        second: list[str] = []
        with Fetcher(fast()) as fetcher:
            again = watcher(store, tmp_path, extractor, second, fetcher)
            again.run_once(sources)
    assert sum(" ingested " in line for line in first) == 2 and sum(" off topic " in line for line in first) == 1
    later = site.requests[before:]
    assert [path for path, _ in later] == ["/robots.txt", "/feed"]
    assert later[1][1]["if-none-match"] == '"v1"'
    assert again.counts == {"not modified": 1} and len(stored_urls(store)) == 2


def test_watch_survives_sources_that_are_down_malformed_or_hanging(store, extractor, tmp_path):
    with WebServer({"/en": page("en-page.html")}) as site:
        site.routes["/bad"] = Route(body=b"<rss><channel><item>", content_type=RSS)
        site.routes["/hang"] = Route(body=b"<rss/>", content_type=RSS, delay=3.0)
        site.routes["/feed"] = Route(body=rss(site, "/en", "/gone"), content_type=RSS)
        sources = [Source(url="http://127.0.0.1:9/feed"), Source(url=site.url("/bad")),
                   Source(url=site.url("/hang")), Source(url=site.url("/feed"))]
        lines: list[str] = []
        with Fetcher(fast()) as fetcher:
            watch = watcher(store, tmp_path, extractor, lines, fetcher)
            watch.run_once(sources)
    log = "\n".join(lines)
    assert "failed http://127.0.0.1:9/feed: robots.txt unreachable (cannot connect)" in log
    assert f"failed {site.url('/bad')}: malformed XML" in log
    assert f"failed {site.url('/hang')}: timed out" in log
    assert f"failed {site.url('/gone')}: HTTP 404" in log
    assert f"ingested {site.url('/en')}" in log
    assert site.url("/en") in watch.state.seen and site.url("/gone") not in watch.state.seen


def test_watch_reads_sources_and_names_a_bad_entry(tmp_path):
    good = tmp_path / "sources.yaml"
    good.write_text("sources:\n  - url: https://example.org/feed.xml\n    every: 15m\n", encoding="utf-8")
    assert read_sources(good)[0].every == 900
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - url: https://example.org/a\n  - url: file:///etc/passwd\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.yaml: sources\.1\.url"):
        read_sources(bad)


def kg_watch(tmp_path: Path, sources: Path, *options: str) -> subprocess.Popen[str]:
    settings = tmp_path / "fetch.yaml"
    settings.write_text("rate_per_host: 0\nbackoff: 0.01\nread_timeout: 5\n", encoding="utf-8")
    env = {**os.environ, "KG_WEB_FETCH": str(settings), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-c", "from kg.cli import main; main()", "--store", str(tmp_path / "store"),
               "watch", str(sources), "--captures", str(tmp_path / "kept"), "--all", *options]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT)


def wait_for(process: subprocess.Popen[str], text: str, lines: list[str], times: int = 1) -> threading.Thread | None:
    """Collect the process's output lines in a thread; the thread once ``text`` was seen ``times``, else None."""
    found = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        with process.stdout:
            for line in process.stdout:
                lines.append(line)
                if sum(text in seen for seen in lines) >= times:
                    found.set()
        found.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader if found.wait(timeout=180) and sum(text in line for line in lines) >= times else None


def test_watch_killed_then_resumed_loses_and_doubles_nothing(tmp_path):
    from kg.store.oxigraph import EmbeddedStore

    pages = [f"/p{i}" for i in range(6)]
    with WebServer({p: Route(body=page("en-page.html").body, delay=0.4) for p in pages}) as site:  # type: ignore[arg-type]
        site.routes["/feed"] = Route(body=rss(site, *pages), content_type=RSS, etag='"v1"')
        sources = tmp_path / "sources.yaml"
        sources.write_text(f"sources:\n  - url: {site.url('/feed')}\n    every: 1h\n", encoding="utf-8")
        first_lines: list[str] = []
        first = kg_watch(tmp_path, sources)
        reader = wait_for(first, " ingested ", first_lines, times=2)
        assert reader is not None, "".join(first_lines)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        reader.join(timeout=30)
        second = kg_watch(tmp_path, sources, "--once")
        output, _ = second.communicate(timeout=180)
        second_lines = output.splitlines(keepends=True)
        assert second.returncode == 0, output
    store = EmbeddedStore(str(tmp_path / "store"), read_only=True)
    try:
        assert sorted(stored_urls(store)) == sorted(site.url(p) for p in pages)
    finally:
        store.close()
    # The first run stored some pages before it was killed: the resumed run skips those
    # (their text is in the store) and ingests the rest, each page once.
    ingested = [line for line in second_lines if " ingested " in line]
    skipped = [line for line in second_lines if " skipped " in line]
    assert skipped and len(ingested) + len(skipped) == len(pages), "".join(second_lines)
    for path in pages:
        assert sum(line.endswith(f" {site.url(path)}\n") for line in second_lines) == 1
