"""Files and URLs read side by side for commands that do not store (``kg extract``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kg.web.fetch import Fetcher
from kg.web.ingest import sources


def readings(items: Iterable[str], read_paths: Callable[[Iterable[Any]], Iterator[Any]]) -> Iterator[Any]:
    """Documents and problems of files and URLs, in order; URLs fetched, nothing kept."""
    with Fetcher() as fetcher:
        for item in sources(items, fetcher, None):
            if isinstance(item, str):
                yield from read_paths([item])
            else:
                yield item
