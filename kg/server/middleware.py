"""ASGI middleware of the endpoint: the access log, the Host check and the security headers."""

from __future__ import annotations

import ipaddress
import json
import logging
import time
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("kg.server")


class AccessLog:
    """Logs method, path, status, duration and size of every HTTP request, once it is done."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        seen: dict[str, Any] = {"status": 500, "bytes": 0}

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            client = scope.get("client") or ("-", 0)
            log.info("%s %s %s %d %.1f ms %d B", client[0], scope["method"], scope["path"],
                     seen["status"], elapsed, seen["bytes"])


#: Names a browser uses for this machine; DNS rebinding points other names here, so only these pass.
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
ANY_HOST = "*"


def allowed_hosts(bound: str, given: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The Host names an endpoint bound to ``bound`` answers: loopback names, the names given
    with --allowed-host and a specific address it is bound to; any (``*``) only when bound to
    every interface with no names given, or when ``*`` is given."""
    if ANY_HOST in given:
        return (ANY_HOST,)
    names = [*LOOPBACK_NAMES, *given]
    if bound in ("0.0.0.0", "::", ""):
        if not given:
            return (ANY_HOST,)
    elif not _is_loopback(bound):
        names.append(bound)
    return tuple(dict.fromkeys(name.strip("[]").lower() for name in names))


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return host.lower() == "localhost"


def host_name(header: str) -> str:
    """The name in a Host header, without its port; IPv6 addresses without their brackets."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.rpartition(":")[0] if header.count(":") == 1 else header


class HostCheck:
    """Refuses requests whose Host header names none of the allowed hosts (DNS rebinding)."""

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.allowed = set(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or ANY_HOST in self.allowed:
            await self.app(scope, receive, send)
            return
        host = Headers(scope=scope).get("host", "")
        if host_name(host) in self.allowed:
            await self.app(scope, receive, send)
            return
        body = json.dumps({"error": "HostNotAllowed", "status": 400,
                           "message": "this endpoint does not answer to that Host name; start it with "
                                      "--allowed-host NAME to add one"}).encode()
        await send({"type": "http.response.start", "status": 400,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """``X-Content-Type-Options: nosniff`` on every response; pages may not be framed by others."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if headers.get("content-type", "").startswith("text/html"):
                    # A second policy: browsers enforce both, and the page's own stays as it is.
                    headers.append("Content-Security-Policy", "frame-ancestors 'none'")
                    headers["X-Frame-Options"] = "DENY"
            await send(message)

        await self.app(scope, receive, sending)
