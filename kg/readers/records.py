"""JSON and JSON Lines articles: records with a required ``text`` and optional metadata."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.readers.base import METADATA_FIELDS, Document, ReadProblem, make_document
from kg.readers.encoding import MAX_TEXT_BYTES, decode_bytes, read_bytes, too_large
from kg.readers.files import open_regular

#: Largest JSON file accepted, in bytes: an array is parsed whole, unlike JSON Lines.
MAX_JSON_BYTES = 40 * MAX_TEXT_BYTES

_SNIFF_BYTES = 8192


def read_json_file(path: Path) -> Iterator[Document | ReadProblem]:
    """One record (an object) or many (an array of objects); bad records become problems."""
    raw = decode_bytes(read_bytes(path, MAX_JSON_BYTES), str(path))
    if not raw.strip():
        raise InputError("the article has no text", where=str(path))
    data = _parse_json(raw, str(path))
    if isinstance(data, dict):
        yield record_document(data, str(path), path.stem)
    elif isinstance(data, list):
        if not data:
            raise InputError("the array holds no records", where=str(path))
        for index, record in enumerate(data):
            yield _document_or_problem(record, f"{path}[{index}]", f"{path.stem}[{index}]")
    else:
        kind = _kind(data)
        raise InputError(f"expected an object or an array of objects, not {kind}", where=str(path))


def read_jsonl_file(path: Path) -> Iterator[Document | ReadProblem]:
    """One record per line, read a line at a time; bad lines become problems."""
    _refuse_binary(path)
    empty = True
    with open_regular(path) as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            empty = False
            yield _jsonl_record(line, f"{path}:{number}", f"{path.stem}:{number}")
    if empty:
        raise InputError("the article has no text", where=str(path))


def record_document(record: Any, where: str, name: str) -> Document:
    """A Document from one decoded JSON record."""
    if not isinstance(record, dict):
        raise InputError(f"a record must be a JSON object, not {_kind(record)}", where=where)
    text = record.get("text")
    if text is None:
        raise InputError("the record has no 'text' field", where=where)
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, not {_kind(text)}", where=where)
    meta = {key: record[key] for key in METADATA_FIELDS if key in record}
    return make_document(meta, text, where, name)


def _jsonl_record(line: bytes, where: str, name: str) -> Document | ReadProblem:
    if len(line) > MAX_TEXT_BYTES:
        return ReadProblem(where, too_large(len(line)))
    try:
        record = _parse_json(decode_bytes(line, where).strip(), where)
    except InputError as error:
        return ReadProblem(where, error.message)
    return _document_or_problem(record, where, name)


def _document_or_problem(record: Any, where: str, name: str) -> Document | ReadProblem:
    try:
        return record_document(record, where, name)
    except InputError as error:
        return ReadProblem(error.where or where, error.message)


def _parse_json(raw: str, where: str) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        place = f"column {error.colno}"
        if error.lineno > 1:
            place = f"line {error.lineno}, {place}"
        raise InputError(f"not valid JSON ({error.msg} at {place})", where=where) from None
    except RecursionError:
        raise InputError("not valid JSON (nested too deeply)", where=where) from None


def _refuse_binary(path: Path) -> None:
    with open_regular(path) as stream:
        start = stream.read(_SNIFF_BYTES)
    if b"\x00" in start:
        raise InputError("binary file", where=str(path))


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false"}
    return "null" if value is None else names.get(type(value), "a number")
