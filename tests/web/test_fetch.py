"""The polite fetcher against a real HTTP server on 127.0.0.1: redirects, errors, caps, robots."""

from __future__ import annotations

import httpx
import pytest

from kg.errors import FetchError
from kg.web.config import fetch_settings
from kg.web.fetch import Fetcher, FetchProblem, describe_http_error, retry_after
from tests.support.web_support import Route, WebServer

PAGE = b"<html><body><p>A page.</p></body></html>"


def fast(**changes: object):
    """The shipped settings with short limits, so the suite stays quick."""
    base = {"rate_per_host": 0, "backoff": 0.01, "read_timeout": 1.0, "connect_timeout": 1.0, "total_timeout": 2.0}
    return fetch_settings().with_changes(**{**base, **changes})


class RecordingSleep:
    """Sleeps for real and remembers each wait asked for."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        import time

        self.waits.append(seconds)
        time.sleep(seconds)


def fetch(server: WebServer, path: str, **changes: object):
    with Fetcher(fast(**changes)) as fetcher:
        return fetcher.fetch(server.url(path))


def test_fetch_sends_our_user_agent_and_reads_robots_first():
    with WebServer({"/a": Route(body=PAGE)}) as server:
        response = fetch(server, "/a")
    assert response.status == 200 and response.body == PAGE
    assert server.paths() == ["/robots.txt", "/a"]
    agent = server.requests[1][1]["user-agent"]
    assert agent.startswith("digipol-kg/") and agent == fetch_settings().user_agent


def test_fetch_follows_redirects_and_names_where_it_ended():
    routes = {"/old": Route(301, headers={"Location": "/mid"}), "/mid": Route(302, headers={"Location": "/new"}),
              "/new": Route(body=PAGE)}
    with WebServer(routes) as server:  # type: ignore[arg-type]
        response = fetch(server, "/old")
    assert response.final_url.endswith("/new") and response.url.endswith("/old") and response.body == PAGE


@pytest.mark.parametrize(("routes", "expected"), [
    ({"/a": Route(302, headers={"Location": "/b"}), "/b": Route(302, headers={"Location": "/a"})}, "redirect loop"),
    ({"/a": Route(302, headers={"Location": "/0"}),
      **{f"/{i}": Route(302, headers={"Location": f"/{i + 1}"}) for i in range(10)}}, "too many redirects"),
    ({"/a": Route(302, headers={"Location": "ftp://127.0.0.1/x"})}, "only http and https"),
    ({}, "HTTP 404"),
    ({"/a": Route(body=b"%PDF-1.4", content_type="application/pdf")}, "PDF is not supported"),
    ({"/a": Route(body=b"x", content_type="image/png")}, "content type image/png is not read"),
    ({"/a": Route(size=50_000_000)}, "larger than the"),
    ({"/a": Route(size=50_000_000, declare_length=False)}, "stopped reading"),
    ({"/a": Route(body=PAGE, delay=3.0)}, "timed out (read)"),
    ({"/a": Route(size=20 * 65536, pace=0.25)}, "timed out (body not read in 2 s)"),
    ({"/robots.txt": Route(body=b"User-agent: *\nDisallow: /a\n", content_type="text/plain")}, "robots.txt"),
    ({"/robots.txt": Route(500)}, "robots.txt unreachable (HTTP 500)"),
])
def test_fetch_refuses_with_the_url_and_reason(routes, expected):
    with WebServer(routes) as server, pytest.raises(FetchError) as caught:
        fetch(server, "/a", max_bytes=10_000_000, retries=0)
    assert expected in str(caught.value)
    assert caught.value.where and caught.value.where.startswith("http://127.0.0.1:")


def test_fetch_robots_rules_for_other_agents_do_not_apply():
    robots = b"User-agent: somebot\nDisallow: /\n\nUser-agent: digipol-kg\nAllow: /\n"
    routes = {"/robots.txt": Route(body=robots, content_type="text/plain"), "/a": Route(body=PAGE)}
    with WebServer(routes) as server:  # type: ignore[arg-type]
        assert fetch(server, "/a").status == 200


def test_fetch_retries_429_after_the_time_the_server_asks():
    sleep = RecordingSleep()
    routes = {"/a": [Route(429, headers={"Retry-After": "1"}), Route(body=PAGE)]}
    with WebServer(routes) as server, Fetcher(fast(), sleep=sleep) as fetcher:  # type: ignore[arg-type]
        assert fetcher.fetch(server.url("/a")).body == PAGE
    assert sleep.waits == [1.0]
    assert server.paths().count("/a") == 2


def test_fetch_retries_500_with_backoff_then_reads_the_200():
    sleep = RecordingSleep()
    routes = {"/a": [Route(500), Route(503), Route(body=PAGE)]}
    with WebServer(routes) as server, Fetcher(fast(backoff=0.01), sleep=sleep) as fetcher:  # type: ignore[arg-type]
        assert fetcher.fetch(server.url("/a")).body == PAGE
    assert sleep.waits == [0.01, 0.02]


def test_fetch_gives_up_when_retry_after_exceeds_the_allowed_wait():
    routes = {"/a": Route(429, headers={"Retry-After": "3600"})}
    with WebServer(routes) as server, pytest.raises(FetchError, match="asks to wait 3600 s"):  # type: ignore[arg-type]
        fetch(server, "/a")


def test_fetch_spaces_requests_to_one_host_by_the_rate():
    sleep = RecordingSleep()
    routes = {f"/{i}": Route(body=PAGE) for i in range(3)}
    with WebServer(routes) as server, Fetcher(fast(rate_per_host=20), sleep=sleep) as fetcher:  # type: ignore[arg-type]
        results = list(fetcher.fetch_many(server.url(f"/{i}") for i in range(3)))
    assert all(not isinstance(r, FetchProblem) for r in results)
    # robots.txt and three pages start 1/20 s apart: pages that come early wait for their turn.
    assert sleep.waits and all(0 < wait <= 3 * 0.05 + 1e-6 for wait in sleep.waits)


def test_fetch_without_a_rate_never_waits():
    sleep = RecordingSleep()
    with WebServer({"/a": Route(body=PAGE)}) as server, Fetcher(fast(), sleep=sleep) as fetcher:
        list(fetcher.fetch_many([server.url("/a")]))
    assert sleep.waits == []


def test_fetch_many_keeps_the_order_and_reports_problems_in_place():
    routes = {"/a": Route(body=PAGE), "/c": Route(body=PAGE)}
    with WebServer(routes) as server, Fetcher(fast()) as fetcher:  # type: ignore[arg-type]
        results = list(fetcher.fetch_many([server.url(p) for p in ("/a", "/b", "/c", "/a")]))
    assert [type(r).__name__ for r in results] == ["Response", "FetchProblem", "Response"]
    assert "HTTP 404" in str(results[1])


@pytest.mark.parametrize(("url", "reason"), [
    ("http://[::1/x", "invalid URL (Invalid IPv6 URL)"),
    ("http://127.0.0.1:99999/x", "invalid URL (Port out of range"),
    ("file:///etc/passwd", "only http and https URLs are fetched, not 'file'"),
    ("https:///nohost", "the URL has no host"),
])
def test_check_url_names_what_is_wrong(url, reason):
    with Fetcher(fast()) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert str(caught.value).startswith(f"{url}: {reason}")


def test_retry_after_reads_seconds_and_dates():
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert retry_after("soon") is None and retry_after(None) is None


@pytest.mark.parametrize(("error", "reason"), [
    (httpx.ConnectTimeout("t"), "timed out (connect)"), (httpx.ReadTimeout("t"), "timed out (read)"),
    (httpx.ConnectError("c"), "cannot connect"), (httpx.RemoteProtocolError("p"), "connection broken"),
    (httpx.ReadError("r"), "connection broken"), (httpx.TooManyRedirects("m"), "too many redirects"),
    (httpx.UnsupportedProtocol("u"), "invalid URL"), (httpx.InvalidURL("i"), "invalid URL"),
    (httpx.DecodingError("d"), "undecodable body"),
    (httpx.ProxyError("x"), "HTTP failure (ProxyError: x)"),
])
def test_describe_http_error_maps_every_client_error(error, reason):
    assert describe_http_error(error) == reason or describe_http_error(error).startswith(reason)
