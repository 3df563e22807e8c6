"""Content negotiation: which serialization of results or graphs a client asked for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Format:
    """One serialization we write: its short name, media types (canonical first) and engine name."""

    name: str
    media_types: tuple[str, ...]
    engine: str
    text: bool = True

    @property
    def content_type(self) -> str:
        media = self.media_types[0]
        return f"{media}; charset=utf-8" if self.text else media


#: Results of SELECT and ASK, in the order preferred when a client accepts several.
RESULT_FORMATS = (
    Format("json", ("application/sparql-results+json", "application/json", "text/javascript",
                    "application/javascript"), "JSON", text=False),
    Format("xml", ("application/sparql-results+xml", "application/xml", "text/xml"), "XML", text=False),
    Format("csv", ("text/csv",), "CSV"),
    Format("tsv", ("text/tab-separated-values",), "TSV"),
)

#: Graphs from CONSTRUCT and DESCRIBE (and the service description, the Graph Store).
GRAPH_FORMATS = (
    Format("turtle", ("text/turtle", "application/x-turtle", "application/turtle", "text/n3",
                      "text/rdf+n3"), "TURTLE"),
    Format("ntriples", ("application/n-triples", "text/plain"), "N_TRIPLES"),
    Format("jsonld", ("application/ld+json", "application/x-json+ld", "application/json"), "JSON_LD",
           text=False),
    Format("rdfxml", ("application/rdf+xml", "application/xml", "text/xml"), "RDF_XML", text=False),
)

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
    """Media ranges of an Accept header with their quality, in the order given."""
    ranges = []
    for part in (header or "").split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                quality = _quality(value)
        ranges.append((media.lower(), quality))
    return ranges


def _quality(value: str) -> float:
    try:
        return min(1.0, max(0.0, float(value)))
    except ValueError:
        return 0.0


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


def by_name(formats: tuple[Format, ...], name: str | None) -> Format | None:
    return next((fmt for fmt in formats if fmt.name == name), None)


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
