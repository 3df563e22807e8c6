"""A polite HTTP client: robots.txt, per-host rate and concurrency, caps, retries with backoff."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from kg.errors import FetchError
from kg.web.config import FetchSettings, fetch_settings
from kg.web.robots import RobotsCache

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRIED = frozenset({429, 500, 502, 503, 504})
SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Response:
    """A fetched resource: where it was asked for, where it ended, and what came back."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched: str
    media_type: str = ""

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"' ")
        return None


@dataclass(frozen=True)
class FetchProblem:
    """A URL that could not be fetched, and why."""

    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.url}: {self.reason}"


def check_url(url: str) -> str:
    """The URL if it is absolute http(s) with a host; a FetchError naming it otherwise."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a port out of range raises here)
    except ValueError as error:
        raise FetchError(f"invalid URL ({error})", where=url) from None
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'no scheme'!r}", where=url)
    if not parts.hostname:
        raise FetchError("the URL has no host", where=url)
    return url


def media_type(headers: httpx.Headers | dict[str, str]) -> str:
    return headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class HostGate:
    """One host's turn-taking: at most ``concurrency`` requests, starts spaced by the rate."""

    rate: float
    concurrency: int
    slots: threading.Semaphore = field(init=False)
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0

    def __post_init__(self) -> None:
        self.slots = threading.Semaphore(self.concurrency)

    @contextlib.contextmanager
    def turn(self, sleep: Callable[[float], None]) -> Iterator[None]:
        with self.slots:
            with self.lock:
                now = time.monotonic()
                start = max(now, self.next_start)
                self.next_start = start + (1.0 / self.rate if self.rate else 0.0)
            if start > now:
                sleep(start - now)
            yield


def retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date); None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def describe_http_error(error: httpx.HTTPError | httpx.InvalidURL) -> str:
    """Our one-line reason for each error of the HTTP client (the one seam for them)."""
    if isinstance(error, httpx.TimeoutException):
        return f"timed out ({type(error).__name__.removesuffix('Timeout').lower() or 'request'})"
    if isinstance(error, httpx.ConnectError):
        return "cannot connect"
    if isinstance(error, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return f"connection broken ({error})"
    if isinstance(error, httpx.TooManyRedirects):
        return "too many redirects"
    if isinstance(error, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return f"invalid URL ({error})"
    if isinstance(error, httpx.DecodingError):
        return f"undecodable body ({error})"
    return f"HTTP failure ({type(error).__name__}: {error})"


class Fetcher:
    """Fetches URLs politely; thread-safe, so pages of many hosts can be fetched together."""

    def __init__(self, settings: FetchSettings | None = None, *, sleep: Callable[[float], None] = time.sleep,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.settings = settings or fetch_settings()
        self.sleep = sleep
        limits = httpx.Limits(max_connections=self.settings.max_connections, max_keepalive_connections=8)
        timeout = httpx.Timeout(self.settings.read_timeout, connect=self.settings.connect_timeout)
        self.client = httpx.Client(follow_redirects=False, timeout=timeout, limits=limits, trust_env=False,
                                   headers={"User-Agent": self.settings.user_agent}, transport=transport)
        self._gates: dict[str, HostGate] = {}
        self._lock = threading.Lock()
        self.robots = RobotsCache(self)

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def gate(self, url: str) -> HostGate:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            if host not in self._gates:
                self._gates[host] = HostGate(self.settings.rate_per_host, self.settings.concurrency_per_host)
            return self._gates[host]

    def fetch(self, url: str, *, headers: dict[str, str] | None = None,
              accept: tuple[str, ...] | None = None) -> Response:
        """GET a URL, following capped redirects; 304 comes back as is. Raises FetchError."""
        accept = self.settings.page_types + self.settings.feed_types if accept is None else accept
        current, seen = check_url(url), {url}
        for _ in range(self.settings.max_redirects + 1):
            if self.settings.respect_robots:
                self.robots.check(current)
            response = self._with_retries(current, headers or {}, accept)
            if response.status not in REDIRECTS:
                return Response(url, current, response.status, response.headers, response.body,
                                response.fetched, response.media_type)
            location = response.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {response.status} redirect without a Location", where=current)
            target = urljoin(current, location)
            try:
                check_url(target)
            except FetchError as error:
                raise FetchError(f"redirect to {target}: {error.message}", where=current) from None
            current = target
            if current in seen:
                raise FetchError(f"redirect loop (back to {current})", where=url)
            seen.add(current)
        raise FetchError(f"too many redirects (more than {self.settings.max_redirects})", where=url)

    def _with_retries(self, url: str, headers: dict[str, str], accept: tuple[str, ...]) -> Response:
        settings = self.settings
        for attempt in range(settings.retries + 1):
            response = self.request(url, headers, accept)
            if response.status not in RETRIED:
                return response
            if attempt == settings.retries:
                break
            wait = retry_after(response.headers.get("retry-after"))
            wait = settings.backoff * 2**attempt if wait is None else wait
            if wait > settings.max_retry_wait:
                raise FetchError(f"HTTP {response.status}; the server asks to wait {wait:.0f} s, "
                                 f"more than the {settings.max_retry_wait:.0f} s allowed", where=url)
            self.sleep(wait)
        raise FetchError(f"HTTP {response.status} after {settings.retries + 1} tries", where=url)

    def request(self, url: str, headers: dict[str, str], accept: tuple[str, ...]) -> Response:
        """One GET in the host's turn; the body is read only for a 200 of an accepted type."""
        with self.gate(url).turn(self.sleep):
            fetched = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    body = self._body(url, response, accept) if response.status_code == 200 else b""
                    kept = {key.lower(): value for key, value in response.headers.items()}
                    status = response.status_code
            except (httpx.HTTPError, httpx.InvalidURL) as error:
                raise FetchError(describe_http_error(error), where=url) from None
        if status >= 400 and status not in RETRIED:
            raise FetchError(f"HTTP {status}", where=url)
        return Response(url, url, status, kept, body, fetched, media_type(kept))

    def _body(self, url: str, response: httpx.Response, accept: tuple[str, ...]) -> bytes:
        kind = media_type(response.headers)
        if accept and kind not in accept:
            hint = "PDF is not supported; " if kind == "application/pdf" else ""
            raise FetchError(f"content type {kind or 'missing'} is not read ({hint}"
                             f"read: {', '.join(accept)})", where=url)
        cap = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"body of {int(declared)} bytes is larger than the {cap}-byte cap", where=url)
        chunks, size = [], 0
        deadline = time.monotonic() + self.settings.total_timeout
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"body larger than the {cap}-byte cap (stopped reading)", where=url)
            if time.monotonic() > deadline:
                raise FetchError(f"timed out (body not read in {self.settings.total_timeout:g} s)", where=url)
            chunks.append(chunk)
        return b"".join(chunks)

    def fetch_many(self, urls: Iterable[str], **options: object) -> Iterator[Response | FetchProblem]:
        """Each URL's response or problem, in order, fetched ahead in threads (duplicates once)."""
        window = self.settings.prefetch
        with ThreadPoolExecutor(max_workers=self.settings.max_connections) as pool:
            pending: list[tuple[str, Future[Response]]] = []
            for url in dict.fromkeys(urls):
                pending.append((url, pool.submit(self.fetch, url, **options)))  # type: ignore[arg-type]
                if len(pending) >= window:
                    yield _outcome(*pending.pop(0))
            while pending:
                yield _outcome(*pending.pop(0))


def _outcome(url: str, future: Future[Response]) -> Response | FetchProblem:
    try:
        return future.result()
    except FetchError as error:
        return FetchProblem(error.where or url, error.message)
