"""Plain-text and Markdown articles, with optional YAML front matter, and sniffed files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from kg.errors import InputError
from kg.readers.base import METADATA_FIELDS, Document, make_document
from kg.readers.encoding import decode_bytes, read_bytes
from kg.readers.html import html_document
from kg.readers.markdown import markdown_to_text

__all__ = [
    "make_document",
    "read_markdown_file",
    "read_text_file",
    "read_unknown_file",
    "split_front_matter",
]

FRONT_MATTER_FIELDS = frozenset(METADATA_FIELDS)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
#: libyaml's safe loader when PyYAML was built with it (several times faster), else the Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LOOKS_LIKE_HTML = re.compile(r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


def split_front_matter(raw: str, where: str) -> tuple[dict, str]:
    """Separate a leading ``---`` YAML block from the body text."""
    if not re.match(r"---[ \t]*\n", raw):
        return {}, raw
    block = _FRONT_MATTER.match(raw)
    if block is None:
        raise InputError("front matter opened with '---' is never closed", where=where)
    try:
        meta = yaml.load(block.group(1) or "", Loader=_SAFE_LOADER) or {}
    except yaml.YAMLError as error:
        raise InputError(f"front matter is not valid YAML ({_yaml_reason(error)})", where=where) from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of field: value", where=where)
    unknown = {str(key) for key in meta} - FRONT_MATTER_FIELDS
    if unknown:
        raise InputError(f"unknown front matter fields: {', '.join(sorted(unknown))}", where=where)
    return meta, raw[block.end() :]


def read_text_file(path: Path) -> Iterator[Document]:
    """A plain-text article, its front matter giving metadata."""
    yield _document(read_text(path), str(path), path.stem, markdown=False)


def read_markdown_file(path: Path) -> Iterator[Document]:
    """A Markdown article, its markup reduced to plain text."""
    yield _document(read_text(path), str(path), path.stem, markdown=True)


def read_unknown_file(path: Path) -> Iterator[Document]:
    """A file with an unknown extension: HTML if it looks like a page, else plain text."""
    raw = read_text(path)
    if _LOOKS_LIKE_HTML.match(raw[:4096]):
        yield html_document(raw, str(path), path.stem)
    else:
        yield _document(raw, str(path), path.stem, markdown=False)


def read_text(path: Path) -> str:
    """The decoded text of a file within the size limit; binary files are refused."""
    return decode_bytes(read_bytes(path), str(path))


def _document(raw: str, where: str, name: str, *, markdown: bool) -> Document:
    meta, body = split_front_matter(raw, where)
    return make_document(meta, markdown_to_text(body) if markdown else body, where, name)


def _yaml_reason(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error).split("\n", 1)[0]
    # The block starts on the line after the opening "---".
    return f"{problem} at line {mark.line + 2}" if mark is not None else str(problem)
