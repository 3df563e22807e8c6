"""The ASGI application: routes, middleware, error pages and the worker pool's lifetime."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import KgError
from kg.server.config import ServerConfig
from kg.server.endpoint import CLIENT_CLOSED, error_response, graph_store, sparql
from kg.server.middleware import AccessLog, HostCheck, SecurityHeaders
from kg.server.openapi import openapi_document
from kg.server.pages import explore_data, explore_page, neighbours_page, query_page
from kg.server.pool import PoolOptions, WorkerPool
from kg.server.worker import WorkerSettings

STATIC = Path(__file__).parent / "static"


def create_app(config: ServerConfig) -> Starlette:
    """The endpoint for one store; the worker pool starts and stops with the application."""
    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/store", graph_store, methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/", query_page, methods=["GET"]),
        Route("/explore", explore_page, methods=["GET"]),
        Route("/explore/data.json", explore_data, methods=["GET"]),
        Route("/explore/neighbours", neighbours_page, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/openapi.json", openapi, methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    handlers = {KgError: on_kg_error, HTTPException: on_http_error, ClientDisconnect: on_client_gone,
                Exception: on_unexpected_error}
    app = Starlette(routes=routes, middleware=_middleware(config), lifespan=_lifespan,
                    exception_handlers=handlers)
    app.state.config = config
    return app


def _middleware(config: ServerConfig) -> list[Middleware]:
    stack = [Middleware(AccessLog), Middleware(SecurityHeaders), Middleware(HostCheck, allowed=config.allowed_hosts)]
    if config.cors_origins:
        # Queries only: no Authorization header crosses origins, so no token-bearing update does.
        stack.append(Middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                                allow_methods=["GET", "HEAD", "POST"], allow_headers=["Accept", "Content-Type"],
                                max_age=3600))
    return stack


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    config: ServerConfig = app.state.config
    settings = WorkerSettings(config.store, config.base_iri, config.allow_service, config.max_result_bytes)
    options = PoolOptions(config.workers, config.timeout, reserved=min(config.reserved_workers, config.workers - 1),
                          slow_after=config.slow_after, max_client_queries=config.max_client_queries,
                          max_memory=config.worker_memory)
    pool = WorkerPool(settings, options)
    app.state.pool = pool
    await pool.start()
    try:
        yield
    finally:
        await pool.stop()


async def health(request: Request) -> Response:
    """200 while the endpoint serves, even with workers being replaced ("degraded", with the reason)."""
    pool: WorkerPool = request.app.state.pool
    state, reason = pool.health()
    body = {"status": state, **({"reason": reason} if reason else {}), **pool.status(),
            "read_only": not request.app.state.config.allow_update}
    return JSONResponse(body, status_code=503 if state == "stopping" else 200)


async def openapi(request: Request) -> Response:
    return JSONResponse(openapi_document(request.app.state.config))


async def on_kg_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, KgError)
    response = error_response(error.http_status, type(error).__name__, error.message)
    retry_after = getattr(error, "retry_after", None)
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    if getattr(error, "close_connection", False):  # what is left of the request is not worth reading
        response.headers["Connection"] = "close"
    return response


async def on_client_gone(request: Request, error: Exception) -> Response:
    """A client that left mid-request: nobody reads the answer; the access log records 499."""
    return Response(status_code=CLIENT_CLOSED)


async def on_http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    response = error_response(error.status_code, "HTTPError", str(error.detail))
    response.headers.update(error.headers or {})
    return response


async def on_unexpected_error(request: Request, error: Exception) -> Response:
    # Starlette re-raises the error after this response, so the trace reaches the server log only.
    return error_response(500, "InternalError", "the endpoint failed on this request; see its log")
