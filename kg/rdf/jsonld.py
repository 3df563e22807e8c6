"""JSON-LD export compacted with ontology/context.jsonld, written in one streaming pass."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import IO, Any

import pyoxigraph as ox

from kg import resources

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@cache
def context() -> dict[str, Any]:
    """The published @context (the inner object of ontology/context.jsonld)."""
    with resources.ontology_file("context.jsonld").open(encoding="utf-8") as handle:
        return json.load(handle)["@context"]


class Compactor:
    """Chooses short keys and values from the context, falling back to explicit objects."""

    def __init__(self, ctx: dict[str, Any]) -> None:
        self.prefixes = sorted(((v, k) for k, v in ctx.items() if isinstance(v, str) and v[-1:] in "/#"),
                               key=lambda pair: -len(pair[0]))
        self.terms: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
        for term, definition in ctx.items():
            if term.startswith("@"):
                continue
            spec = {"@id": definition} if isinstance(definition, str) else dict(definition)
            iri = self.expand(spec.get("@id", ""))
            if "@type" in spec and spec["@type"] not in ("@id", "@vocab"):
                spec["@type"] = self.expand(spec["@type"])
            self.terms[iri].append((term, spec))

    def expand(self, value: str) -> str:
        prefix, sep, rest = value.partition(":")
        for iri, name in self.prefixes:
            if sep and name == prefix and not rest.startswith("//"):
                return iri + rest
        return value

    def iri(self, value: str) -> str:
        for iri, name in self.prefixes:
            if value.startswith(iri) and len(value) > len(iri):
                return f"{name}:{value[len(iri):]}"
        return value

    def type_name(self, value: str) -> str:
        for term, spec in self.terms.get(value, ()):
            if set(spec) == {"@id"}:
                return term
        return self.iri(value)

    def entry(self, predicate: str, obj: ox.NamedNode | ox.BlankNode | ox.Literal) -> tuple[str, Any]:
        for term, spec in self.terms.get(predicate, ()):
            value = _short_value(spec, obj, self)
            if value is not None:
                return term, value
        return self.iri(predicate), _explicit(obj, self)


def _short_value(spec: dict[str, Any], obj: Any, compactor: Compactor) -> Any:
    if "@container" in spec or "@language" in spec or "@reverse" in spec:
        return None
    kind = spec.get("@type")
    if kind == "@id":
        return compactor.iri(obj.value) if isinstance(obj, ox.NamedNode) else None
    if isinstance(obj, ox.Literal) and kind is not None:
        return obj.value if obj.datatype.value == kind and not obj.language else None
    return _explicit(obj, compactor) if kind is None else None


def _explicit(obj: Any, compactor: Compactor) -> Any:
    if isinstance(obj, ox.NamedNode):
        return {"@id": compactor.iri(obj.value)}
    if isinstance(obj, ox.BlankNode):
        return {"@id": f"_:{obj.value}"}
    if obj.language:
        return {"@value": obj.value, "@language": obj.language}
    if obj.datatype.value == XSD_STRING:
        return obj.value
    return {"@value": obj.value, "@type": compactor.iri(obj.datatype.value)}


RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def write_jsonld(quads: Iterable[ox.Quad], output: IO[str], ctx: dict[str, Any] | None = None) -> None:
    """Write quads as one JSON-LD document, one @graph object per named graph.

    Quads come grouped by graph from the store, so each graph is written as soon as it ends
    and memory holds one graph at a time.
    """
    ctx = ctx if ctx is not None else context()
    compactor = Compactor(ctx)
    output.write('{"@context": ' + json.dumps(ctx, ensure_ascii=False) + ',\n"@graph": [')
    first = True
    for name, nodes in _graphs(quads, compactor):
        for item in _graph_objects(name, nodes, compactor):
            output.write("\n" if first else ",\n")
            output.write(json.dumps(item, ensure_ascii=False))
            first = False
    output.write("\n]}\n")


def _graphs(quads: Iterable[ox.Quad], compactor: Compactor) -> Iterable[tuple[str, dict[str, dict[str, Any]]]]:
    current: str | None = None
    nodes: dict[str, dict[str, Any]] = defaultdict(dict)
    for quad in quads:
        graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
        if graph != current:
            if current is not None:
                yield current, nodes
            current, nodes = graph, defaultdict(dict)
        if quad.predicate.value == RDF_TYPE and isinstance(quad.object, ox.NamedNode):
            key, value = "@type", compactor.type_name(quad.object.value)
        else:
            key, value = compactor.entry(quad.predicate.value, quad.object)  # type: ignore[arg-type]
        nodes[_node_id(quad.subject, compactor)].setdefault(key, []).append(value)
    if current is not None:
        yield current, nodes


def _node_id(term: Any, compactor: Compactor) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else compactor.iri(term.value)


def _graph_objects(name: str, nodes: dict[str, dict[str, Any]], compactor: Compactor) -> list[dict[str, Any]]:
    members = [{"@id": node_id, **{k: v[0] if len(v) == 1 else v for k, v in props.items()}}
               for node_id, props in nodes.items()]
    return members if not name else [{"@id": compactor.iri(name), "@graph": members}]
