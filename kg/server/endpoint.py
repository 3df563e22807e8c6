"""The SPARQL 1.1 Protocol endpoint and the Graph Store Protocol, answered by the worker pool."""

from __future__ import annotations

import asyncio
import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from kg.errors import AuthenticationError, InputError, QueryRefused
from kg.server import jobs
from kg.server.config import ServerConfig
from kg.server.description import describe
from kg.server.negotiation import GRAPH_FORMATS, RESULT_FORMATS, Format, by_name, negotiate, prefers_html
from kg.server.pool import ClientGone, WorkerPool
from kg.server.protocol import (
    Operation,
    UnsupportedMediaType,
    checked_iri,
    read_body,
    read_operation,
    refuse_doctype,
    url_params,
)
from kg.sparql.guard import check_query, check_update
from kg.sparql.terms import WARNINGS_HEADER, warnings_header

CLIENT_CLOSED = 499  # what the access log records for a client that left before its answer


def error_response(status: int, name: str, message: str) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Bearer realm="kg"'} if status == 401 else None
    return JSONResponse({"error": name, "message": message, "status": status}, status_code=status,
                        headers=headers)


async def sparql(request: Request) -> Response:
    """GET or POST a query or an update; without either, the service description."""
    config: ServerConfig = request.app.state.config
    operation = await read_operation(request, config.max_body_bytes, config.body_timeout)
    if operation is None:
        return _service_description(request, config)
    if operation.kind == "update":
        authorize(request, config)
        check_update(operation.text, allow_network=config.allow_service, limits=config.limits)
        return await _answer(request, jobs.UpdateJob(operation.text))
    job = _query_job(request, config, operation)
    advice = asyncio.ensure_future(asyncio.to_thread(warnings_header, operation.text, config.base_iri))
    response = await _answer(request, job)
    if warnings := await advice:
        response.headers[WARNINGS_HEADER] = warnings
    return response


def _query_job(request: Request, config: ServerConfig, operation: Operation) -> jobs.QueryJob:
    check_query(operation.text, allow_network=config.allow_service, local_graphs=config.base_iri,
                limits=config.limits)
    choice = negotiate(request.headers.get("accept"), operation.format)
    return jobs.QueryJob(operation.text, choice.results.name, choice.graph.name,
                         operation.default_graphs, operation.named_graphs)


def _service_description(request: Request, config: ServerConfig) -> Response:
    accept = request.headers.get("accept")
    if prefers_html(accept):
        return RedirectResponse("/", status_code=303)
    fmt = negotiate(accept, request.query_params.get("format")).graph
    body = describe(str(request.url.replace(query="")), fmt, update=config.allow_update,
                    service=config.allow_service)
    return Response(body, media_type=fmt.content_type, headers={"Vary": "Accept"})


def authorize(request: Request, config: ServerConfig) -> None:
    """Writes need a server started with --allow-update and its bearer token."""
    if not config.allow_update or not config.token:
        raise QueryRefused("this endpoint is read-only; updates need a server started with --allow-update")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), config.token.encode()):
        raise AuthenticationError("updates need this endpoint's bearer token (Authorization: Bearer …)")


async def graph_store(request: Request) -> Response:
    """Graph Store Protocol on ``?graph=IRI`` or ``?default``: GET reads, PUT/POST/DELETE write."""
    config: ServerConfig = request.app.state.config
    graph = _target_graph(request, config)
    if request.method in ("GET", "HEAD"):
        fmt = negotiate(request.headers.get("accept"), request.query_params.get("format")).graph
        return await _answer(request, jobs.GraphReadJob(graph, fmt.name))
    authorize(request, config)
    if request.method == "DELETE":
        return await _answer(request, jobs.GraphDeleteJob(graph))
    fmt = _posted_format(request)
    data = await read_body(request, config.max_body_bytes, config.body_timeout)
    if fmt.name == "rdfxml":
        refuse_doctype(data)
    return await _answer(request, jobs.GraphWriteJob(graph, data, fmt.name, replace=request.method == "PUT"))


def _target_graph(request: Request, config: ServerConfig) -> str | None:
    params = dict(url_params(request, config.max_body_bytes))
    if ("graph" in params) == ("default" in params):
        raise InputError("name the graph with ?graph=IRI, or use ?default for the default graph")
    if "default" in params:
        return None
    return checked_iri(params["graph"], "graph")


def _posted_format(request: Request) -> Format:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    for fmt in GRAPH_FORMATS:
        if media in fmt.media_types:
            return fmt
    names = ", ".join(fmt.media_types[0] for fmt in GRAPH_FORMATS)
    raise UnsupportedMediaType(f"send RDF as one of {names}, not {media or 'no content type'}")


async def run_job(request: Request, job: jobs.Job) -> jobs.Reply | None:
    """A worker's reply to a job, or None when the client left first (its job is then killed)."""
    pool: WorkerPool = request.app.state.pool
    client = request.client.host if request.client else "-"
    abandoned = asyncio.ensure_future(_disconnected(request))
    try:
        return await pool.run(job, abandoned, client)
    except ClientGone:
        return None
    finally:
        abandoned.cancel()


async def _answer(request: Request, job: jobs.Job) -> Response:
    reply = await run_job(request, job)
    return reply_response(reply) if reply else Response(status_code=CLIENT_CLOSED)


async def _disconnected(request: Request) -> None:
    """Returns once the client has gone (the body has been read by then)."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


def reply_response(reply: jobs.Reply) -> Response:
    if not reply.ok:
        return error_response(reply.status, reply.error, reply.message)
    if not reply.body and reply.status != 200:
        return Response(status_code=reply.status)
    fmt = by_name(RESULT_FORMATS, reply.format) or by_name(GRAPH_FORMATS, reply.format)
    media = fmt.content_type if fmt else "application/octet-stream"
    return Response(reply.body, status_code=reply.status, media_type=media, headers={"Vary": "Accept"})
