"""The HTML pages: the query page (with the shipped queries as examples) and the explorer."""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from kg.errors import InputError
from kg.queries.named import named_queries, parse_params
from kg.server import jobs
from kg.server.endpoint import CLIENT_CLOSED, reply_response, run_job
from kg.viz import explorer_page
from kg.viz.templating import json_for_html
from kg.viz.templating import render as render_template

STATIC = Path(__file__).parent / "static"
MAX_DEPTH = 3
_EXAMPLE_VALUE = re.compile(r"(\w+) \(e\.g\. ([^)]+)\)")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
#: Pages are self-contained: scripts and styles from this server only, no outside requests.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def script_json(value: Any) -> str:
    """JSON safe to inline in a <script> element (no '</script>' can close it early)."""
    return json_for_html(value)


def with_example_values(text: str, description: str, base_iri: str) -> str:
    """A parameterised query made runnable: its example values bound by a VALUES block."""
    examples = _EXAMPLE_VALUE.findall(description)
    if not examples:
        return text
    terms = parse_params([f"{name}={value.strip()}" for name, value in examples], base_iri)
    names = " ".join(f"?{name}" for name in terms)
    values = " ".join(str(term) for term in terms.values())
    block = f"\n  VALUES ({names}) {{ ({values}) }}"
    match = _WHERE.search(text)
    return text[:match.end()] + block + text[match.end():] if match else text


@cache
def examples(base_iri: str) -> tuple[dict[str, str], ...]:
    """The shipped queries as the page shows them, each ready to run."""
    return tuple(
        {"name": item.name, "title": item.title, "description": item.description,
         "query": with_example_values(item.text, item.description, base_iri)}
        for item in named_queries().values()
    )


def render(page: str, data: Any) -> HTMLResponse:
    """A page of static/ rendered by its Jinja2 template, its data given to the page's script."""
    return HTMLResponse(render_template(STATIC, page, data=data), headers=PAGE_HEADERS)


async def query_page(request: Request) -> Response:
    config = request.app.state.config
    return render("query.html", {"examples": list(examples(config.base_iri)), "endpoint": "/sparql",
                                 "base": config.base_iri})


def has_explorer() -> bool:
    return importlib.util.find_spec("kg.viz.page") is not None


async def explore_page(request: Request) -> Response:
    """The visual explorer, its data fetched live from the store (a neighbourhood with ?focus=)."""
    if not has_explorer():
        return await neighbours_page(request)
    wanted = {key: request.query_params[key] for key in ("focus", "depth") if key in request.query_params}
    data_url = "/explore/data.json" + (f"?{urlencode(wanted)}" if wanted else "")
    # The page carries its own Content-Security-Policy (inline scripts pinned by hash).
    return HTMLResponse(explorer_page(data_url), headers={"X-Content-Type-Options": "nosniff",
                                                          "Referrer-Policy": "no-referrer"})


async def explore_data(request: Request) -> Response:
    """The explorer's JSON for the whole store or one entity's neighbourhood, built by a worker."""
    config = request.app.state.config
    focus = request.query_params.get("focus") or None
    if focus and focus.startswith(config.base_iri):
        focus = focus[len(config.base_iri):]
    reply = await run_job(request, jobs.ExploreJob(focus, _depth(request.query_params.get("depth"))))
    if reply is None:
        return Response(status_code=CLIENT_CLOSED)
    if not reply.ok:
        return reply_response(reply)
    return Response(reply.body, media_type="application/json")


def _depth(value: str | None) -> int:
    if value is None:
        return 1
    if not value.isdigit() or int(value) > MAX_DEPTH:
        raise InputError(f"depth is a number of steps from 0 to {MAX_DEPTH}")
    return int(value)


async def neighbours_page(request: Request) -> Response:
    """A light explorer that lists entities and expands neighbours, one SPARQL query per step."""
    config = request.app.state.config
    focus = request.query_params.get("focus", "")
    return render("neighbours.html", {"endpoint": "/sparql", "base": config.base_iri, "focus": focus})
