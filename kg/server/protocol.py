"""SPARQL 1.1 Protocol requests: what was asked (query or update, dataset, format)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import parse_qsl
from xml.parsers import expat

import pyoxigraph as ox
from starlette.requests import Request

from kg.errors import InputError

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
MAX_FIELDS = 1000


class BodyTooLarge(InputError):
    """The request body or URL is larger than the endpoint accepts."""

    http_status = 413


class BodyTimeout(InputError):
    """The client did not send its whole request body in time (a stalled or trickled upload)."""

    http_status = 408
    close_connection = True


class UnsupportedMediaType(InputError):
    """A POST body in a media type this endpoint does not read."""

    http_status = 415


@dataclass(frozen=True)
class Operation:
    """One protocol operation: a query or an update, with its dataset and wanted format."""

    kind: str
    text: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None


async def read_body(request: Request, limit: int, deadline: float = 30.0) -> bytes:
    """The request body, refused with 413 once it grows past ``limit`` bytes, 408 when not in after ``deadline`` s.

    A client that leaves mid-body raises Starlette's ``ClientDisconnect``, answered quietly (499).
    """
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise BodyTooLarge(f"the request body is {int(declared):,} bytes, the limit is {limit:,}")
    chunks: list[bytes] = []
    try:
        async with asyncio.timeout(deadline):
            await _read_chunks(request, limit, chunks)
    except TimeoutError:
        received = sum(map(len, chunks))
        raise BodyTimeout(f"the request body did not arrive in full within {deadline:g} s "
                          f"({received:,} bytes received); send it at once") from None
    return b"".join(chunks)


async def _read_chunks(request: Request, limit: int, chunks: list[bytes]) -> None:
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"the request body is larger than the limit of {limit:,} bytes")
        chunks.append(chunk)


class _RootReached(Exception):
    """The XML prolog is over: no DOCTYPE can come any more."""


def refuse_doctype(data: bytes) -> None:
    """Refuse RDF/XML whose prolog holds a DOCTYPE, as an XML parser reads it (any encoding, any spelling).

    Entities declared in a DOCTYPE expand without bound ("billion laughs"); RDF/XML needs none.
    Only the prolog is parsed: the check stops at the root element.
    """
    parser = expat.ParserCreate()

    def doctype(name: str, *_: object) -> None:
        raise InputError(f"RDF/XML with a document type declaration (<!DOCTYPE {name}>) is refused: the "
                         "entities it may declare expand without bound; send the data without a DOCTYPE")

    def root(*_: object) -> None:
        raise _RootReached

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        parser.Parse(data, True)
    except _RootReached:
        return
    except expat.ExpatError as error:
        raise InputError(f"the RDF/XML data is not well-formed XML: {error}") from None
    raise InputError("the RDF/XML data holds no element")


def decoded(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"the {what} is not valid UTF-8") from None


def url_params(request: Request, limit: int) -> list[tuple[str, str]]:
    raw = request.scope.get("query_string", b"")
    if len(raw) > limit:
        raise BodyTooLarge(f"the URL is longer than the limit of {limit:,} bytes; send the query with POST")
    return form_fields(decoded(raw, "URL"))


def form_fields(text: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except ValueError as error:
        raise InputError(f"the form cannot be read: {error}") from None


async def read_operation(request: Request, limit: int, deadline: float = 30.0) -> Operation | None:
    """The operation a request asks for; None when it asks for nothing (service description)."""
    fields = url_params(request, limit)
    if request.method == "POST":
        fields += await _posted_fields(request, limit, deadline)
    return operation_from(fields, post=request.method == "POST")


async def _posted_fields(request: Request, limit: int, deadline: float) -> list[tuple[str, str]]:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await read_body(request, limit, deadline)
    if media == FORM:
        return form_fields(decoded(body, "form"))
    if media == QUERY_BODY:
        return [("query", decoded(body, "query"))]
    if media == UPDATE_BODY:
        return [("update", decoded(body, "update"))]
    raise UnsupportedMediaType(
        f"POST a body as {FORM}, {QUERY_BODY} or {UPDATE_BODY}, not {media or 'no content type'}")


def operation_from(fields: list[tuple[str, str]], *, post: bool) -> Operation | None:
    """Check the protocol's rules on parameters and build the operation they describe."""
    values: dict[str, list[str]] = {}
    for name, value in fields:
        values.setdefault(name, []).append(value)
    texts = {kind: values[kind] for kind in ("query", "update") if kind in values}
    if not texts:
        if post:
            raise InputError("give a 'query' or an 'update' to run")
        return None
    if len(texts) > 1 or any(len(given) > 1 for given in texts.values()):
        raise InputError("give exactly one 'query' or one 'update'")
    kind, (text,) = next(iter(texts.items()))
    if kind == "update":
        return _update(text, values, post)
    formats = values.get("format")
    return Operation("query", text, _graphs(values, "default-graph-uri"), _graphs(values, "named-graph-uri"),
                     formats[-1] if formats else None)


def _update(text: str, values: dict[str, list[str]], post: bool) -> Operation:
    if not post:
        raise InputError("an update must be sent with POST")
    if "using-graph-uri" in values or "using-named-graph-uri" in values:
        raise InputError("using-graph-uri and using-named-graph-uri are not supported; write USING in the update")
    return Operation("update", text)


def _graphs(values: dict[str, list[str]], name: str) -> tuple[str, ...]:
    return tuple(checked_iri(graph, name) for graph in values.get(name, ()))


def checked_iri(value: str, name: str) -> str:
    """The value of an IRI parameter, refused (400) when it is not an absolute IRI."""
    try:
        ox.NamedNode(value)
    except ValueError:
        raise InputError(f"{name} {value!r} is not an IRI") from None
    return value
