"""Parameters of queries: declared by the shipped queries, checked, and bound as RDF terms.

A shipped query declares each parameter on a ``# param:`` line of its header::

    # param: country country: the country, by id, IRI or name (e.g. country/ma)
    # param: since date optional: the earliest date (e.g. 2024)

Values become terms, never query text: an entity is given by its id (``country/ma``), its
prefixed name (``country:ma``), its IRI, or its name or alias, looked up in the store's labels
with the name bound as a literal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox

from kg.errors import InputError
from kg.store.base import Store
from kg.vocab import KIND_PREFIXES

Term = ox.NamedNode | ox.Literal
#: Kinds of value a parameter takes besides the kinds of resource (country, person, …).
VALUE_KINDS = ("entity", "date", "text")
#: The kind of a value given to a query that declares no parameters: ids and IRIs become IRIs.
ANY = "any"
_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_]\w*)\s+(\w+)(\s+optional)?\s*:\s*(.*)$")
_NAME = re.compile(r"[A-Za-z_]\w*")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_ENTITY_ID = re.compile(r"([a-z]+)[/:]([\w.-]+(?:/[\w.-]+)*)")
_IRI = re.compile(r"[a-z][a-z0-9+.-]*://\S*|urn:\S+", re.IGNORECASE)
LOOKUP = """
SELECT DISTINCT ?entity ?label WHERE {
  ?entity rdfs:label|skos:altLabel|skos:prefLabel ?name .
  FILTER(STRSTARTS(STR(?entity), ?namespace) && LCASE(STR(?name)) = ?needle)
  OPTIONAL { ?entity rdfs:label ?label . FILTER(LANG(?label) IN ("en", "")) }
} ORDER BY ?entity LIMIT 50
"""


@dataclass(frozen=True)
class Param:
    """One declared parameter: its name, its kind (a kind of resource, date or text)."""

    name: str
    kind: str
    required: bool
    description: str

    def __str__(self) -> str:
        optional = "" if self.required else ", optional"
        return f"{self.name} ({self.kind}{optional}: {self.description})"


def declared_params(text: str, where: str) -> tuple[Param, ...]:
    """The ``# param:`` lines of a query's header, checked."""
    params = []
    for line in text.splitlines():
        if not line.lstrip().startswith("#") or "param:" not in line:
            continue
        match = _PARAM_LINE.match(line.strip())
        if not match:
            raise InputError(f"malformed parameter line {line.strip()!r}; write "
                             "'# param: NAME KIND [optional]: description'", where=where)
        name, kind, optional, description = match.groups()
        if kind not in KIND_PREFIXES and kind not in VALUE_KINDS:
            raise InputError(f"parameter {name} has unknown kind {kind!r}", where=where)
        params.append(Param(name, kind, not optional, description.strip()))
    return tuple(params)


def split_pairs(pairs: Iterable[str]) -> dict[str, str]:
    """``name=value`` pairs as a dict; a pair without ``=`` or with a bad name is an error."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not _NAME.fullmatch(name):
            raise InputError(f"parameter {pair!r} is not name=value")
        values[name] = value
    return values


def check_names(values: Mapping[str, str], params: Sequence[Param], query: str) -> None:
    """Unknown or missing parameters are errors that list the query's parameters."""
    known = {param.name for param in params}
    unknown = sorted(set(values) - known)
    missing = [param.name for param in params if param.required and param.name not in values]
    if not unknown and not missing:
        return
    problems = []
    if unknown:
        problems.append(f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}")
    if missing:
        problems.append(f"missing parameter{'s' if len(missing) > 1 else ''} {', '.join(missing)}")
    listing = "; ".join(str(param) for param in params) or "none"
    raise InputError(f"query {query}: {' and '.join(problems)}; its parameters: {listing}")


def bind_params(store: Store | None, values: Mapping[str, str], params: Sequence[Param],
                base_iri: str) -> dict[str, Term]:
    """Each value as the term its parameter's kind asks for (names resolved in the store)."""
    kinds = {param.name: param.kind for param in params}
    return {name: value_term(store, name, value, kinds.get(name, ANY), base_iri)
            for name, value in values.items()}


def value_term(store: Store | None, name: str, value: str, kind: str, base_iri: str) -> Term:
    """One value as a term: a date or text literal, or the IRI of a resource of that kind."""
    if kind == "date":
        if not _DATE.fullmatch(value):
            raise InputError(f"parameter {name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return ox.Literal(value)
    if kind == "text":
        return ox.Literal(value)
    if iri := _as_iri(name, value, base_iri):
        _check_kind(name, iri, kind, base_iri)
        return iri
    if kind == ANY:
        return ox.Literal(value)
    return _by_name(store, name, value, kind, base_iri)


def _as_iri(name: str, value: str, base_iri: str) -> ox.NamedNode | None:
    """An id (``country/ma``), a prefixed name (``country:ma``) or an IRI; None for a name."""
    if (match := _ENTITY_ID.fullmatch(value)) and match.group(1) in KIND_PREFIXES:
        return ox.NamedNode(base_iri + match.group(1) + "/" + match.group(2).replace("\\/", "/"))
    if not _IRI.fullmatch(value):
        return None
    try:
        iri = ox.NamedNode(value)
        unquote_to_bytes(value).decode("utf-8")
        if re.search(r"%(?![0-9A-Fa-f]{2})", value):
            raise ValueError("a '%' must start an escape such as %20")
    except ValueError as error:
        raise InputError(f"parameter {name}: {value!r} is not a valid IRI ({error})") from None
    return iri


def _check_kind(name: str, iri: ox.NamedNode, kind: str, base_iri: str) -> None:
    if kind in KIND_PREFIXES and not iri.value.startswith(base_iri + KIND_PREFIXES[kind]):
        raise InputError(f"parameter {name}: {iri.value} is not a {kind} "
                         f"(a {kind} is written {kind}/ID, {kind}:ID or {base_iri}{KIND_PREFIXES[kind]}ID, "
                         "or by its name)")


def _by_name(store: Store | None, name: str, value: str, kind: str, base_iri: str) -> ox.NamedNode:
    """The one resource of that kind whose label or alias is ``value``, case aside."""
    namespace = base_iri + KIND_PREFIXES.get(kind, "")
    found: dict[str, str] = {}
    if store is not None:
        bindings = {"namespace": ox.Literal(namespace), "needle": ox.Literal(value.strip().lower())}
        for row in store.query(LOOKUP, substitutions=bindings):  # type: ignore[union-attr]
            label = row["label"]
            found.setdefault(row["entity"].value, label.value if label is not None else "")
    what = "entity" if kind == "entity" else kind
    if not found:
        raise InputError(f"parameter {name}: no {what} is named {value!r} in the store; give its id "
                         f"(e.g. {KIND_PREFIXES.get(kind, 'country/')}…) or another of its names")
    if len(found) > 1:
        candidates = ", ".join(f"{iri[len(base_iri):]} ({label})" if label else iri[len(base_iri):]
                               for iri, label in found.items())
        raise InputError(f"parameter {name}: {value!r} names several: {candidates}; give one of these ids")
    return ox.NamedNode(next(iter(found)))
