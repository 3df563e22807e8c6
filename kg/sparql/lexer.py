"""A SPARQL 1.1 lexer that follows the grammar's terminals, for the checks made before an engine parses.

It cuts a query into the tokens the grammar defines (IRIs, strings, comments, names,
variables, numbers, punctuation) in one linear pass, without recursion, and says where
it stopped when a character fits no terminal. Comments end at a carriage return as well
as a line feed, strings and IRIs keep their escapes, as the grammar says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

_HEX = "[0-9A-Fa-f]"
_UCHAR = rf"\\u{_HEX}{{4}}|\\U{_HEX}{{8}}"
_ECHAR = r"""\\[tbnrf"'\\]"""
_BASE = ("A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
         "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_CHARS_U = _BASE + "_"
_CHARS = _CHARS_U + r"\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = rf"%{_HEX}{_HEX}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = rf"(?:[{_CHARS_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"

#: One alternative per terminal, tried in order at each position (longer forms first).
_TERMINALS = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in [
    ("ws", r"[ \t\r\n]+"),
    ("comment", r"#[^\r\n]*"),
    ("iri", rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>"),
    ("string", rf"'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''"
               rf'|"""(?:(?:"|"")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*"""'
               rf"|'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'"
               rf'|"(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*"'),
    ("var", rf"[?$][{_CHARS_U}0-9][{_CHARS_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"),
    ("bnode", rf"_:[{_CHARS_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?"),
    ("langtag", r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"),
    ("pname", rf"(?:{_PREFIX})?:(?:{_LOCAL})?"),
    ("number", r"(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][+-]?[0-9]+)?"),
    ("word", r"[A-Za-z_][A-Za-z0-9_]*"),
    ("punct", r"\^\^|&&|\|\||!=|<=|>=|[{}()\[\].,;*/|^!=<>+\-?~]"),  # ~: SPARQL 1.2 reifiers
    ("other", r"[\s\S]"),
]))

OPENERS = "{(["
CLOSERS = "})]"
#: Operators that apply to what follows them; a chain of them recurses in parsers like brackets.
UNARY = {"!", "+", "-", "^"}


class Token(NamedTuple):
    """One terminal of the query: its kind (a name of ``_TERMINALS``), its text and where it starts."""

    kind: str
    text: str
    start: int


class LexError(ValueError):
    """A character that starts no terminal of the grammar."""

    def __init__(self, text: str, position: int) -> None:
        self.position = position
        line = text.count("\n", 0, position) + text.count("\r", 0, position) - text.count("\r\n", 0, position)
        column = position - max(text.rfind("\n", 0, position), text.rfind("\r", 0, position))
        found = text[position:position + 12]
        super().__init__(f"cannot read the query at line {line + 1}, column {column}: {found!r} is no SPARQL "
                         "token (an unclosed string or IRI, or a character outside them)")


def tokens(text: str, *, strict: bool = True) -> Iterator[Token]:
    """The query's terminals, white space and comments included, in order.

    Strict, a character that starts no terminal raises ``LexError``; otherwise it comes
    out as a one-character token of kind ``other`` and reading goes on.
    """
    for match in _TERMINALS.finditer(text):
        kind = match.lastgroup
        assert kind is not None
        if kind == "other" and strict:
            raise LexError(text, match.start())
        yield Token(kind, match.group(), match.start())


def significant(text: str) -> list[Token]:
    """The tokens that carry meaning (no white space, no comments); raises ``LexError``."""
    return [token for token in tokens(text) if token.kind not in ("ws", "comment")]


def nesting(found: Iterable[Token], *, stop_above: int | None = None) -> int:
    """How deep brackets and chains of unary operators nest, counted on tokens.

    An IRI adds the brackets nested inside it: an engine may read ``<(…)>`` as two
    comparisons around a bracket, and what it might read counts. With ``stop_above``,
    counting stops as soon as the depth passes it (the rest is not read).
    """
    depth = deepest = chain = 0
    for token in found:
        if token.kind in ("ws", "comment"):
            continue
        text = token.text
        chain = chain + 1 if token.kind == "punct" and text in UNARY else 0
        inner = _bracket_depth(text) if token.kind == "iri" else 0
        if token.kind == "punct" and text in OPENERS:
            depth += 1
        elif token.kind == "punct" and text in CLOSERS:
            depth = max(0, depth - 1)
        deepest = max(deepest, depth + chain + inner)
        if stop_above is not None and deepest > stop_above:
            break
    return deepest


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        if char in "([":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")]":
            depth = max(0, depth - 1)
    return deepest
