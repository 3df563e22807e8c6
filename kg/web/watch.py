"""Follow sources: fetch what is new in feeds and pages (conditional requests, seen hashes), ingest it.

The state file is replaced atomically after each source, once its articles are stored, so
a kill at any moment loses nothing (the source is read again) and doubles nothing (the
store skips articles whose text it holds, and replaces an article's graph as a whole).
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from kg.errors import FetchError, InputError
from kg.readers import ReadProblem
from kg.store.base import Store
from kg.web.captures import CaptureStore
from kg.web.feeds import feed_links
from kg.web.fetch import Fetcher, Response
from kg.web.ingest import ingest_web_documents
from kg.web.pages import WebDocument, is_page, page_document, web_documents

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class Source(BaseModel):
    """One followed source: a feed, sitemap or page, checked every ``every`` (``15m``, ``1h``)."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(pattern=r"^https?://")
    every: float = 3600.0
    name: str | None = None

    @field_validator("every", mode="before")
    @classmethod
    def _interval(cls, value: object) -> object:
        match = _INTERVAL.match(str(value))
        if match is None:
            raise ValueError(f"interval {value!r} is not a number with s, m, h or d")
        return float(match.group(1)) * _UNIT[match.group(2)]


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[Source] = Field(min_length=1)


def read_sources(path: Path | str) -> list[Source]:
    """The sources of a SOURCES.yaml file; a problem names the file and the entry."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        return SourcesFile.model_validate(data).sources
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the sources ({error})", where=str(path)) from None
    except yaml.YAMLError as error:
        raise InputError(f"malformed YAML ({error})", where=str(path)) from None
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{place}: {first['msg']}", where=str(path)) from None


@dataclass
class WatchState:
    """Per source its validators and last check; per page URL the hash of what was read."""

    path: Path
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    seen: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | str) -> WatchState:
        path = Path(path)
        if not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(path, dict(data["sources"]), dict(data["seen"]))
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise InputError(f"unreadable watch state ({error}); move it away to start afresh",
                             where=str(path)) from None

    def save(self) -> None:
        """Write the state to a temporary file, flush it to disk, then rename it over the old one."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        with temporary.open("w", encoding="utf-8") as file:
            json.dump({"sources": self.sources, "seen": self.seen}, file, indent=1, sort_keys=True)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, self.path)

    def conditional_headers(self, url: str) -> dict[str, str]:
        known = self.sources.get(url, {})
        headers = {"If-None-Match": known.get("etag"), "If-Modified-Since": known.get("last_modified")}
        return {key: value for key, value in headers.items() if value}

    def checked(self, url: str, response: Response | None, now: float) -> None:
        entry = self.sources.setdefault(url, {})
        entry["checked"] = now
        if response is not None and response.status == 200:
            entry["etag"] = response.headers.get("etag")
            entry["last_modified"] = response.headers.get("last-modified")


@dataclass
class Watcher:
    """What one pass over the sources needs; ``log`` gets one line per source and per article."""

    store: Store
    state: WatchState
    fetcher: Fetcher
    captures: CaptureStore
    log: Callable[[str], None]
    keep_all: bool = False
    extractor: Any = None
    counts: dict[str, int] = field(default_factory=dict)

    def run_once(self, sources: Iterable[Source], now: float | None = None) -> None:
        for source in sources:
            self.check(source, time.time() if now is None else now)

    def due(self, sources: list[Source], now: float) -> list[Source]:
        return [s for s in sources if self.state.sources.get(s.url, {}).get("checked", 0) + s.every <= now]

    def check(self, source: Source, now: float) -> None:
        """Fetch one source if it changed, ingest its new articles, then record it."""
        try:
            response = self.fetcher.fetch(source.url, headers=self.state.conditional_headers(source.url))
        except FetchError as error:
            self._note("failed", f"{source.url}: {error.message}")
            self.state.checked(source.url, None, now)
            self.state.save()
            return
        if response.status == 304:
            self._note("not modified", source.url)
        else:
            self._ingest(self._documents(response), source.url)
        self.state.checked(source.url, response, now)
        self.state.save()

    def _documents(self, response: Response) -> Iterator[WebDocument | ReadProblem]:
        capture = self.captures.keep(response)
        try:
            if is_page(response, self.fetcher):
                if self.state.seen.get(response.final_url) != capture.sha256:
                    yield page_document(response, capture)
                else:
                    self._note("unchanged", response.final_url)
                return
            listed = feed_links(response.body, response.final_url)
        except InputError as error:
            yield ReadProblem(error.where or response.final_url, error.message)
            return
        if listed is None:
            yield ReadProblem(response.final_url, "XML that is neither an RSS or Atom feed nor a sitemap")
            return
        new = [link for link in listed.links if link not in self.state.seen]
        yield from web_documents(new, self.fetcher, self.captures, skip=set(self.state.seen))

    def _ingest(self, documents: Iterator[WebDocument | ReadProblem], source: str) -> None:
        read: dict[str, str] = {}

        def remember(items: Iterator[WebDocument | ReadProblem]) -> Iterator[WebDocument | ReadProblem]:
            for item in items:
                if isinstance(item, WebDocument) and item.capture is not None:
                    read[item.capture.url] = read[item.capture.final_url] = item.capture.sha256
                yield item

        # One article per transaction: each is stored as soon as it is extracted, so a kill loses little.
        report = ingest_web_documents(remember(documents), self.store, keep_all=self.keep_all,
                                      extractor=self.extractor, batch_size=1,
                                      on_progress=self._progress)
        for problem in report.problems:
            self._note("failed", problem)
        for reason in report.set_aside:
            self._note("off topic", reason)
        # Recorded only now that their graphs are stored: a kill before this line redoes them.
        self.state.seen.update(read)

    def _progress(self, origin: str, status: str) -> None:
        if status in ("ingested", "skipped"):  # failures and off-topic articles come with their reasons
            self._note(status, origin)

    def _note(self, status: str, what: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1
        self.log(f"{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())} {status} {what}")


def follow(watcher: Watcher, sources: list[Source], *, once: bool, sleep: Callable[[float], None] = time.sleep) -> None:
    """Check every source now; unless ``once``, keep checking each at its own interval."""
    watcher.run_once(sources)
    while not once:
        now = time.time()
        due = watcher.due(sources, now)
        if due:
            watcher.run_once(due, now)
            continue
        next_check = min(watcher.state.sources.get(s.url, {}).get("checked", 0) + s.every for s in sources)
        sleep(max(0.5, min(60.0, next_check - now)))
