"""Checks on a query's tokens before any engine parses it: network access, size, nesting.

The query is cut into the grammar's terminals (``kg.sparql.lexer``), and decisions are made
on those tokens, never on raw text: a keyword in a string, an IRI or a comment is not
seen, one hidden by a comment that ends with a carriage return or by an escape is.

Engines parse more loosely than the grammar: pyoxigraph reads ``service:x {…}`` as
``SERVICE :x {…}`` and ``load:x`` as ``LOAD :x``, with no space after the keyword. So a
bare word or a prefix that *contains* SERVICE or LOAD counts as that keyword, and one
that contains FROM must be FROM itself. Escapes (``\\u0022``) that stand for a quote, a
bracket, a backslash or white space are refused, since engines that expand them before
parsing (as the Recommendation says) and engines that expand them inside strings only
(pyoxigraph) would not read the same query.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from kg.errors import QueryRefused, QuerySyntaxError, QueryTooLarge
from kg.sparql.lexer import LexError, Token, nesting, significant, tokens
from kg.vocab import PREFIXES

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
#: What an escape may not stand for: characters that end or open a token.
_UNSAFE_ESCAPED = set("<>\"'{}|^`\\") | {chr(code) for code in range(0x21)} | {"\x7f"}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LOCAL_ESCAPE = re.compile(r"\\(.)")


@dataclass(frozen=True)
class Limits:
    """Bounds on query text, checked before any engine parses it."""

    max_length: int = 200_000
    max_depth: int = 100


@dataclass(frozen=True)
class Dataset:
    """A FROM or FROM NAMED clause: the graph's IRI once resolved, or why it cannot be."""

    written: str
    iri: str | None
    problem: str | None = None


def mask(sparql: str) -> str:
    """The query with strings and comments blanked out (same length) and IRIs kept."""
    return "".join(" " * len(token.text) if token.kind in ("string", "comment") else token.text
                   for token in tokens(sparql, strict=False))


def nesting_depth(sparql: str) -> int:
    """How deep groups, brackets and unary operators nest (what recursive parsers recurse on)."""
    return nesting(tokens(sparql, strict=False))


def declares_dataset(sparql: str) -> bool:
    """Whether the query names its own dataset with FROM or FROM NAMED."""
    try:
        return any(_is_word(token, "from") for token in significant(sparql))
    except LexError:
        return False


def check_query(sparql: str, *, allow_network: bool = False, local_graphs: str | None = None,
                limits: Limits | None = None) -> None:
    """Refuse a query that would reach the network or is too large to parse safely.

    ``local_graphs`` is the IRI prefix of graphs this store holds: ``FROM`` may name those.
    """
    found = _checked_tokens(sparql, limits or Limits())
    if allow_network:
        return
    _refuse_remote_operations(found)
    for dataset in datasets(found):
        if dataset.problem:
            raise QueryRefused(f"FROM {dataset.written}: {dataset.problem}")
        assert dataset.iri is not None
        if not (local_graphs and dataset.iri.startswith(local_graphs)):
            raise QueryRefused(f"FROM {dataset.written} names a graph outside this store ({dataset.iri});"
                               " remote graphs are not fetched")


def check_update(sparql: str, *, allow_network: bool = False, limits: Limits | None = None) -> None:
    """Refuse an update that would fetch a document (LOAD) or query another endpoint (SERVICE)."""
    found = _checked_tokens(sparql, limits or Limits())
    if not allow_network:
        _refuse_remote_operations(found)


def _checked_tokens(sparql: str, limits: Limits) -> list[Token]:
    if len(sparql) > limits.max_length:
        raise QueryTooLarge(f"query is {len(sparql)} characters long, the limit is {limits.max_length}")
    _refuse_unsafe_escapes(sparql)
    found: list[Token] = []
    try:
        # Nesting is counted as the tokens come, so a query far too deep is not read to its end.
        depth = nesting(_kept(tokens(sparql), found), stop_above=limits.max_depth)
    except LexError as error:
        raise QuerySyntaxError(str(error)) from None
    if depth > limits.max_depth:
        raise QueryTooLarge(f"query nests more than {limits.max_depth} levels deep, the limit; flatten it")
    return found


def _kept(stream: Iterator[Token], kept: list[Token]) -> Iterator[Token]:
    """The stream, keeping its significant tokens (no white space, no comments) on the way."""
    for token in stream:
        if token.kind not in ("ws", "comment"):
            kept.append(token)
        yield token


def _refuse_unsafe_escapes(sparql: str) -> None:
    for match in _ESCAPE.finditer(sparql):
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise QuerySyntaxError(f"the escape {match.group()} at character {match.start()} is no character")
        if chr(code) in _UNSAFE_ESCAPED:
            raise QueryRefused(f"the escape {match.group()} at character {match.start()} stands for "
                               f"{chr(code)!r}, which engines read differently; write it with a string "
                               "escape (\\\", \\', \\\\, \\n) or as %-encoding in an IRI")


def _refuse_remote_operations(found: list[Token]) -> None:
    for token in found:
        for keyword, what in (("service", "SERVICE would query another endpoint"),
                              ("load", "LOAD would fetch a document")):
            if keyword in _name_part(token):
                glued = "" if token.text.casefold() == keyword else f" ({token.text!r} reads as {keyword.upper()})"
                raise QueryRefused(f"{what} over the network{glued}; it is not allowed here")


def datasets(found: list[Token]) -> list[Dataset]:
    """The FROM and FROM NAMED clauses of a query's tokens, their IRIs resolved as the engine would."""
    prefixes, base, clauses = dict(PREFIXES), None, []
    for index, token in enumerate(found):
        following = found[index + 1:index + 3]
        if _is_word(token, "prefix") and len(following) == 2 and following[1].kind == "iri":
            prefixes[following[0].text[:-1]] = _resolve(_iri_value(following[1].text), base) or ""
        elif _is_word(token, "base") and following and following[0].kind == "iri":
            base = _resolve(_iri_value(following[0].text), base)
        elif "from" in _name_part(token):
            clauses.append(_dataset(token, following, prefixes, base))
    return clauses


def _dataset(token: Token, following: list[Token], prefixes: dict[str, str], base: str | None) -> Dataset:
    if _name_part(token) != "from":
        return Dataset(token.text, None, f"{token.text!r} may be read as FROM; it is not allowed here")
    if following and _is_word(following[0], "named"):
        following = following[1:]
    if not following or following[0].kind not in ("iri", "pname"):
        return Dataset("", None, "FROM must name a graph by its IRI")
    target = following[0]
    if target.kind == "iri":
        iri = _resolve(_iri_value(target.text), base)
        return Dataset(target.text, iri, None if iri else "a relative IRI with no BASE to resolve it")
    prefix, _, local = target.text.partition(":")
    if prefix not in prefixes:
        return Dataset(target.text, None, f"the prefix {prefix}: is not declared")
    return Dataset(target.text, prefixes[prefix] + _LOCAL_ESCAPE.sub(r"\1", local))


def _name_part(token: Token) -> str:
    """The part of a token an engine might read as a keyword: a bare word, a prefix, a language tag."""
    if token.kind in ("word", "langtag"):
        return token.text.casefold()
    if token.kind == "pname":
        return token.text.partition(":")[0].casefold()
    return ""


def _is_word(token: Token, word: str) -> bool:
    return token.kind == "word" and token.text.casefold() == word


def _iri_value(text: str) -> str:
    return _ESCAPE.sub(lambda match: chr(int(match.group(1) or match.group(2), 16)), text[1:-1])


def _resolve(iri: str, base: str | None) -> str | None:
    if _SCHEME.match(iri):
        return iri
    return urljoin(base, iri) if base else None


_PAYLOAD = re.compile(r"\s*with payload:.*", re.DOTALL)


def engine_message(error: Exception) -> str:
    """The engine's error message without the body of any HTTP answer it quotes.

    pyoxigraph quotes the whole body of a failed SERVICE or LOAD request; that body may be
    a page of an internal server the client must not read.
    """
    return _PAYLOAD.sub(" (the answer's body is withheld)", str(error))
