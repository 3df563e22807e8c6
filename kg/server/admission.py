"""Who may run a request now: a limit on each client's requests in flight, and a memory of slow queries.

A client is a remote address. A query is *slow* once it has run past a threshold; the
client that sent it and the text of the query are then remembered for a while, so that the
same text, and any query of a client seen slow twice, go to the slow lane (see
``kg.server.pool``) from the start.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import time
from collections import OrderedDict
from collections.abc import Iterator

from kg.errors import KgError

#: How long a client or a query text stays marked slow after its last slow run.
SLOW_MEMORY_SECONDS = 120.0
#: At most this many clients and texts are remembered (the oldest are forgotten first).
SLOW_MEMORY_ENTRIES = 10_000


class TooManyRequests(KgError):
    """One client has as many requests in flight as it may have."""

    http_status = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ClientLimit:
    """Counts each client's requests in flight (waiting or running) and refuses one too many."""

    def __init__(self, limit: int, retry_after: float) -> None:
        self.limit = limit
        self.retry_after = max(1, math.ceil(retry_after))
        self._in_flight: dict[str, int] = {}

    @contextlib.contextmanager
    def holding(self, client: str) -> Iterator[None]:
        """Count one request of ``client`` while the block runs (no limit when ``limit`` is 0)."""
        count = self._in_flight.get(client, 0)
        if self.limit and count >= self.limit:
            raise TooManyRequests(
                f"this client ({client}) already has {count} requests in flight, the limit per client "
                f"(--max-client-queries); wait for an answer before sending more", self.retry_after)
        self._in_flight[client] = count + 1
        try:
            yield
        finally:
            left = self._in_flight[client] - 1
            if left:
                self._in_flight[client] = left
            else:
                del self._in_flight[client]

    def in_flight(self) -> int:
        return sum(self._in_flight.values())


def text_key(text: str) -> str:
    """A short key for a query text, blind to differences in white space."""
    return "q:" + hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


class SlowMemory:
    """Keys (clients, query texts) seen running past the threshold recently, and how often."""

    def __init__(self, seconds: float = SLOW_MEMORY_SECONDS, entries: int = SLOW_MEMORY_ENTRIES) -> None:
        self.seconds = seconds
        self.entries = entries
        self._seen: OrderedDict[str, tuple[float, int]] = OrderedDict()

    def mark(self, *keys: str) -> None:
        now = time.monotonic()
        for key in keys:
            _, times = self._live(key, now)
            self._seen.pop(key, None)
            self._seen[key] = (now + self.seconds, times + 1)
        while len(self._seen) > self.entries:
            self._seen.popitem(last=False)

    def suspects(self, key: str, times: int = 1) -> bool:
        """Whether ``key`` ran slow at least ``times`` times lately."""
        return self._live(key, time.monotonic())[1] >= times

    def _live(self, key: str, now: float) -> tuple[float, int]:
        until, times = self._seen.get(key, (0.0, 0))
        if times and until < now:
            del self._seen[key]
            return 0.0, 0
        return until, times
