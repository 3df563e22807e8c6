"""robots.txt, read once per site: 4xx means no rules, 5xx or no answer means keep out (RFC 9309)."""

from __future__ import annotations

import threading
from typing import Protocol
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from kg.errors import FetchError
from kg.web.config import FetchSettings

#: Largest robots.txt read; RFC 9309 asks crawlers to read at least 500 KiB.
MAX_ROBOTS_BYTES = 512 * 1024

NO_RULES: list[str] = []
KEEP_OUT = ["User-agent: *", "Disallow: /"]


class Answer(Protocol):
    """What the cache reads of a response."""

    @property
    def status(self) -> int: ...

    @property
    def body(self) -> bytes: ...


class Requester(Protocol):
    """What the cache asks of a fetcher (``kg.web.fetch.Fetcher`` is one): its settings and one GET."""

    @property
    def settings(self) -> FetchSettings: ...

    def request(self, url: str, headers: dict[str, str], accept: tuple[str, ...]) -> Answer: ...


class RobotsCache:
    """Whether our User-Agent may fetch a URL, from each site's robots.txt (fetched once)."""

    def __init__(self, fetcher: Requester) -> None:
        self.fetcher = fetcher
        self.agent = fetcher.settings.user_agent.split("/", 1)[0]
        self._rules: dict[str, RobotFileParser] = {}
        #: Why a site is kept out as a whole, when its robots.txt could not be read.
        self.unreachable: dict[str, str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise a FetchError naming the reason when robots.txt keeps us from the URL."""
        if self.allowed(url):
            return
        reason = self.unreachable.get(_site(url))
        if reason:
            raise FetchError(f"robots.txt unreachable ({reason}), so the site is not fetched", where=url)
        raise FetchError("disallowed by robots.txt", where=url)

    def allowed(self, url: str) -> bool:
        site = _site(url)
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:
            if site not in self._rules:
                self._rules[site] = self._read(site)
        return self._rules[site].can_fetch(self.agent, url)

    def _read(self, site: str) -> RobotFileParser:
        parser = RobotFileParser()
        url = f"{site}/robots.txt"
        try:
            response = self.fetcher.request(url, {}, accept=())
        except FetchError as error:
            # A 4xx is "unavailable": no rules. Anything else leaves the site unreachable.
            code = error.message.removeprefix("HTTP ")
            unavailable = code.isdigit() and 400 <= int(code) < 500
            if not unavailable:
                self.unreachable[site] = error.message
            parser.parse(NO_RULES if unavailable else KEEP_OUT)
            return parser
        if response.status >= 500:
            self.unreachable[site] = f"HTTP {response.status}"
            parser.parse(KEEP_OUT)
        elif response.status != 200:
            parser.parse(NO_RULES)
        else:
            parser.parse(response.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace").splitlines())
        return parser


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
