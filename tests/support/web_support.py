"""A real HTTP server on 127.0.0.1 for the web tests: routes with status, body, delays and ETags."""

from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML = "text/html; charset=utf-8"


@dataclass
class Route:
    """One answer of the server; ``size`` > 0 streams that many bytes instead of ``body``,
    a chunk every ``pace`` seconds."""

    status: int = 200
    body: bytes = b""
    content_type: str = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    etag: str | None = None
    size: int = 0
    declare_length: bool = True
    pace: float = 0.0


class WebServer:
    """Serves ``routes`` (path -> Route, or a list of Routes answered in turn, the last repeated)."""

    def __init__(self, routes: dict[str, Route | list[Route]] | None = None, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route | list[Route]] = routes if routes is not None else {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer((host, 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{path}"

    def paths(self) -> list[str]:
        with self.lock:
            return [path for path, _ in self.requests]

    def answer(self, path: str, headers: dict[str, str]) -> Route | None:
        with self.lock:
            self.requests.append((path, headers))
            route = self.routes.get(path)
            if isinstance(route, list):
                return route.pop(0) if len(route) > 1 else route[0]
            return route

    def __enter__(self) -> WebServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(site: WebServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            route = site.answer(self.path, {k.lower(): v for k, v in self.headers.items()})
            if route is None:
                route = Route(404, b"not here", "text/plain")
            if route.delay:
                time.sleep(route.delay)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                route = Route(304, b"", route.content_type, {"ETag": route.etag})
            # The client may stop reading (a size cap): nothing to do then.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._send(route)

        def _send(self, route: Route) -> None:
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if route.etag:
                self.send_header("ETag", route.etag)
            length = route.size or len(route.body)
            if route.declare_length or route.status == 304:
                self.send_header("Content-Length", str(length) if route.status != 304 else "0")
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if route.status == 304:
                return
            if not route.size:
                self.wfile.write(route.body)
                return
            chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
            for _ in range(route.size // len(chunk)):
                self.wfile.write(chunk)
                if route.pace:
                    self.wfile.flush()
                    time.sleep(route.pace)

    return Handler
