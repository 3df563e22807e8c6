"""robots.txt, read once per site: 4xx means no rules, 5xx or no answer means keep out (RFC 9309)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from kg.errors import FetchError

if TYPE_CHECKING:
    from kg.web.fetch import Fetcher

#: Largest robots.txt read; RFC 9309 asks crawlers to read at least 500 KiB.
MAX_ROBOTS_BYTES = 512 * 1024

NO_RULES: list[str] = []
KEEP_OUT = ["User-agent: *", "Disallow: /"]


class RobotsCache:
    """Whether our User-Agent may fetch a URL, from each site's robots.txt (fetched once)."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self.agent = fetcher.settings.user_agent.split("/", 1)[0]
        self._rules: dict[str, RobotFileParser] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
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
            parser.parse(NO_RULES if unavailable else KEEP_OUT)
            return parser
        if response.status >= 500:
            parser.parse(KEEP_OUT)
        elif response.status != 200:
            parser.parse(NO_RULES)
        else:
            parser.parse(response.body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace").splitlines())
        return parser
