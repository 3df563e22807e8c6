"""Content negotiation: which serialization of results or graphs a client asked for."""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.store.formats import RESULT_FORMATS, SERVED_FORMATS, Format, by_name

#: Graphs from CONSTRUCT and DESCRIBE (and the service description, the Graph Store).
GRAPH_FORMATS = SERVED_FORMATS
__all__ = ["GRAPH_FORMATS", "RESULT_FORMATS", "Choice", "Format", "best", "by_name", "negotiate", "parse_accept",
           "prefers_html"]

#: Short names accepted in the ``format`` parameter, for links and downloads.
FORMAT_ALIASES = {
    "json": ("json", "jsonld"), "xml": ("xml", "rdfxml"), "csv": ("csv", None), "tsv": ("tsv", None),
    "turtle": (None, "turtle"), "ttl": (None, "turtle"), "ntriples": (None, "ntriples"),
    "nt": (None, "ntriples"), "jsonld": ("json", "jsonld"), "json-ld": ("json", "jsonld"),
    "rdfxml": ("xml", "rdfxml"), "rdf": ("xml", "rdfxml"),
}


@dataclass(frozen=True)
class Choice:
    """The format for each kind of answer, since the kind is only known after evaluation."""

    results: Format
    graph: Format


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header (parameters dropped, lower case) with their quality.

    werkzeug parses the header; ranges it finds malformed (a quality outside 0-1) are left out.
    """
    accepted = parse_accept_header(header or "", MIMEAccept)
    return [(media.split(";")[0].strip().lower(), float(quality)) for media, quality in accepted]


def best(formats: tuple[Format, ...], accept: str | None) -> Format | None:
    """The format the client prefers, ties going to our order; None if it accepts none."""
    ranges = parse_accept(accept) or [("*/*", 1.0)]
    scored = []
    for rank, fmt in enumerate(formats):
        quality = max(_match(ranges, media, wildcards=media == fmt.media_types[0]) for media in fmt.media_types)
        if quality > 0:
            scored.append((-quality, rank, fmt))
    return min(scored, key=lambda item: item[:2])[2] if scored else None


def _match(ranges: list[tuple[str, float]], media: str, *, wildcards: bool) -> float:
    """The quality of the most specific range matching a media type (0 when none does).

    Wildcards match a format's canonical type only, so ``text/*`` means CSV, not JSON
    under its old ``text/javascript`` alias.
    """
    kind = media.split("/")[0]
    matching = (media, f"{kind}/*", "*/*", "*") if wildcards else (media,)
    found = [(3 if r == media else 2 if r == f"{kind}/*" else 1, q) for r, q in ranges if r in matching]
    return max(found)[1] if found else 0.0


def negotiate(accept: str | None, format_param: str | None = None) -> Choice:
    """The formats to answer in; ``format`` (a short name or media type) overrides Accept.

    A client that accepts none of ours still gets an answer, in the default format, which
    is friendlier to the many tools that send odd Accept headers than a 406.
    """
    if format_param:
        results_name, graph_name = FORMAT_ALIASES.get(format_param.lower(), (None, None))
        if results_name or graph_name:
            return Choice(by_name(RESULT_FORMATS, results_name) or RESULT_FORMATS[0],
                          by_name(GRAPH_FORMATS, graph_name) or GRAPH_FORMATS[0])
        accept = format_param
    return Choice(best(RESULT_FORMATS, accept) or RESULT_FORMATS[0],
                  best(GRAPH_FORMATS, accept) or GRAPH_FORMATS[0])


def prefers_html(accept: str | None) -> bool:
    """Whether a browser is asking (text/html preferred over every RDF and results type)."""
    ranges = dict(parse_accept(accept))
    html = ranges.get("text/html", 0.0)
    others = [q for media, q in ranges.items() if media not in ("text/html", "*/*", "application/xhtml+xml")]
    return html > 0 and all(html >= q for q in others)
