"""Markdown to plain text: markup goes, words stay, bullet items stay "- item" lines."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT_OR_RULE = re.compile(r"^\s{0,3}(=+|-{3,}|\*{3,}|_{3,}|(?:[-*_]\s+){2,}[-*_])\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLANK_RUNS = re.compile(r"\n{3,}")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
# Escaped characters hide in the private use area while the inline rules run.
_HIDDEN = 0xE000
_HIDDEN_CHARS = re.compile("[\ue000-\ue07f]")

# Inline rules, applied in order: images before links, strong before emphasis.
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"!\[[^\]]*\]\[[^\]]*\]"), ""),
    (re.compile(r"\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)


def markdown_to_text(markdown: str) -> str:
    """Plain text of a Markdown document; a paragraph's wrapped lines become one line.

    >>> markdown_to_text("## Accord *signé*\\n\\n* [IA](https://x.org) et\\n  **cybersécurité**")
    'Accord signé\\n\\n- IA et cybersécurité'
    """
    out: list[tuple[str, bool]] = []  # (line, is verbatim code)
    in_fence = joinable = False
    for line in _HTML_COMMENT.sub("", markdown).split("\n"):
        if _FENCE.match(line):
            in_fence, joinable = not in_fence, False
        elif in_fence:
            out.append((line, True))
        else:
            kind, content = _block(line)
            if kind == "text" and joinable:
                out[-1] = (f"{out[-1][0]} {content}", False)
            elif kind != "skip":
                out.append((content, False))
            joinable = kind in ("text", "item")
    text = "\n".join(line if code else _inline(line) for line, code in out)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def _block(line: str) -> tuple[str, str]:
    """The kind of a Markdown line (blank, skip, heading, row, item, text) and its content."""
    if not line.strip():
        return "blank", ""
    if _SETEXT_OR_RULE.match(line) or _TABLE_RULE.match(line) or _LINK_DEFINITION.match(line):
        return "skip", ""
    heading = _HEADING.match(line)
    if heading:
        return "heading", heading.group(1)
    line = _QUOTE.sub("", line).strip()
    bullet = _BULLET.match(line)
    if bullet:
        return "item", "- " + line[bullet.end() :]
    return ("row" if line.startswith("|") else "text"), line


def _inline(text: str) -> str:
    text = _ESCAPED.sub(lambda escaped: chr(_HIDDEN + ord(escaped.group(1))), text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return _HIDDEN_CHARS.sub(lambda hidden: chr(ord(hidden.group()) - _HIDDEN), text).rstrip()
