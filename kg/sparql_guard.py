"""Checks on SPARQL text made before any engine parses it: network access, size, nesting."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryRefused, QueryTooLarge

# Strings, IRIs and comments are masked before keywords are looked for, so that a keyword
# inside a literal ("SERVICE" in a label) is not mistaken for one in the query.
_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
# A keyword, not a variable (?service), a prefixed name (ex:load) or part of one (load:x).
_SERVICE = re.compile(r"(?<![?$:\w-])SERVICE(?![\w:-])", re.IGNORECASE)
_LOAD = re.compile(r"(?<![?$:\w-])LOAD(?![\w:-])", re.IGNORECASE)
_FROM = re.compile(r"(?<![?$:\w-])FROM\s+(?:NAMED\s+)?(<[^>]*>|[A-Za-z][\w-]*:[\w.-]*)", re.IGNORECASE)
_IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
# Chains of unary operators ("!!!!x", "- - - 1") recurse in the parser like brackets do.
_UNARY_RUN = re.compile(r"(?:[!+-]\s*){2,}")


@dataclass(frozen=True)
class Limits:
    """Bounds on query text, checked before parsing."""

    max_length: int = 200_000
    max_depth: int = 100


def mask(sparql: str) -> str:
    """The query with strings and comments blanked out and IRIs kept."""

    def blank(match: re.Match[str]) -> str:
        token = match.group(0)
        return token if token.startswith("<") else " " * len(token)

    return _TOKEN.sub(blank, sparql)


def nesting_depth(masked: str) -> int:
    """How deep groups, brackets and unary operators nest (what recursive parsers recurse on)."""
    text = _IRI.sub(" ", masked)
    depth = deepest = 0
    for char in text:
        if char in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})]":
            depth -= 1
    unary = max((sum(map(run.group(0).count, "!+-")) for run in _UNARY_RUN.finditer(text)), default=0)
    return deepest + unary


def declares_dataset(sparql: str) -> bool:
    """Whether the query names its own dataset with FROM or FROM NAMED."""
    return _FROM.search(mask(sparql)) is not None


def check_query(sparql: str, *, allow_network: bool = False, local_graphs: str | None = None,
                limits: Limits | None = None) -> None:
    """Refuse a query that would reach the network or is too large to parse safely.

    ``local_graphs`` is the IRI prefix of graphs this store holds: ``FROM`` may name those.
    """
    masked = _checked_bounds(sparql, limits or Limits())
    if allow_network:
        return
    _refuse_remote_operations(masked)
    for match in _FROM.finditer(masked):
        target = match.group(1)
        if target.startswith("<") and not (local_graphs and target[1:-1].startswith(local_graphs)):
            raise QueryRefused(f"FROM {target} names a graph outside this store; remote graphs are not fetched")


def check_update(sparql: str, *, allow_network: bool = False, limits: Limits | None = None) -> None:
    """Refuse an update that would fetch a document (LOAD) or query another endpoint (SERVICE)."""
    masked = _checked_bounds(sparql, limits or Limits())
    if not allow_network:
        _refuse_remote_operations(masked)


def _checked_bounds(sparql: str, limits: Limits) -> str:
    if len(sparql) > limits.max_length:
        raise QueryTooLarge(f"query is {len(sparql)} characters long, the limit is {limits.max_length}")
    masked = mask(sparql)
    depth = nesting_depth(masked)
    if depth > limits.max_depth:
        raise QueryTooLarge(f"query nests {depth} levels deep, the limit is {limits.max_depth}")
    return masked


def _refuse_remote_operations(masked: str) -> None:
    without_iris = _IRI.sub(" ", masked)
    if _SERVICE.search(without_iris):
        raise QueryRefused("SERVICE would query another endpoint over the network; it is not allowed here")
    if _LOAD.search(without_iris):
        raise QueryRefused("LOAD would fetch a document over the network; it is not allowed here")
