"""Ingest from the web: URLs, feeds and sitemaps (and files alongside), and re-extract kept pages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.readers import ReadProblem
from kg.services.ingest import Report
from kg.services.ingest import ingest as ingest_documents
from kg.store.base import Store
from kg.web.captures import CaptureStore
from kg.web.fetch import Fetcher, check_url
from kg.web.pages import kept_documents, web_documents
from kg.web.topic import keep_on_topic

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(item: str) -> bool:
    """Whether a command-line argument names a URL rather than a file."""
    return bool(_SCHEME.match(item))


def read_url_list(path: Path | str) -> list[str]:
    """The URLs of a text file, one a line; blank lines and ``#`` comments skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read the URL list ({error})", where=str(path)) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def sources(items: Iterable[str], fetcher: Fetcher | None, captures: CaptureStore | None) -> Iterator[Any]:
    """Files as paths, URLs as the documents behind them; bad URLs as problems, in order."""
    urls: list[str] = []
    for item in items:
        if not is_url(item):
            yield from _web(urls, fetcher, captures)
            urls = []
            yield item
            continue
        try:
            urls.append(check_url(item))
        except InputError as error:
            yield ReadProblem(item, error.message)
    yield from _web(urls, fetcher, captures)


def _web(urls: list[str], fetcher: Fetcher | None, captures: CaptureStore | None) -> Iterator[Any]:
    if urls and fetcher is not None:
        yield from web_documents(urls, fetcher, captures)


def ingest_sources(items: Iterable[str], store: Store, *, captures: CaptureStore, keep_all: bool = False,
                   fetcher: Fetcher | None = None, extractor: Any = None,
                   on_progress: Callable[[str, str], None] | None = None, **options: Any) -> Report:
    """Ingest files and URLs (pages, feeds, sitemaps); off-topic web articles are skipped unless ``keep_all``."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        return ingest_web_documents(sources(items, fetcher, captures), store, keep_all=keep_all,
                                    extractor=extractor, on_progress=on_progress, **options)
    finally:
        if own:
            fetcher.close()


def ingest_web_documents(documents: Iterable[Any], store: Store, *, keep_all: bool = False, extractor: Any = None,
                         on_progress: Callable[[str, str], None] | None = None, **options: Any) -> Report:
    """Ingest documents (and paths), dropping off-topic web articles unless ``keep_all``."""
    keep = None if keep_all else keep_on_topic()
    return ingest_documents(documents, store, extractor=extractor, on_progress=on_progress, keep=keep, **options)


def reextract(store: Store, captures: CaptureStore, *, keep_all: bool = False, **options: Any) -> Report:
    """Extract every kept page again (no network), replacing each article's graph."""
    return ingest_web_documents(kept_documents(captures), store, keep_all=keep_all, force=True, **options)
