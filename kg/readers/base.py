"""The Document every reader returns, how one is made, and the dispatch over files and folders."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kg.errors import InputError
from kg.ids import article_id, content_hash
from kg.models import Article
from kg.readers.boilerplate import remove_boilerplate
from kg.readers.encoding import MAX_TEXT_BYTES, too_large
from kg.readers.files import folder_files, refusal
from kg.readers.language import detect_language, normalize_language

#: The metadata fields an article may be given (front matter, JSON record, HTML page).
METADATA_FIELDS = ("id", "title", "url", "published", "source", "language")

#: Longest title made from an article's first line, in characters.
MAX_TITLE_CHARS = 200

#: The reader of each file extension, as "module:function" under kg.readers.
READERS: dict[str, str] = {
    ".txt": "text:read_text_file",
    ".text": "text:read_text_file",
    ".md": "text:read_markdown_file",
    ".markdown": "text:read_markdown_file",
    ".html": "html:read_html_file",
    ".htm": "html:read_html_file",
    ".xhtml": "html:read_html_file",
    ".json": "records:read_json_file",
    ".jsonl": "records:read_jsonl_file",
    ".ndjson": "records:read_jsonl_file",
}

#: The reader of a file whose extension says nothing: it sniffs the content.
SNIFFING_READER = "text:read_unknown_file"

_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


@dataclass(frozen=True)
class Document:
    """One article ready for extraction: its metadata, its text and where it came from."""

    article: Article
    text: str
    origin: str

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class ReadProblem:
    """A file or record that could not be read, and why."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def read_paths(paths: Iterable[Path | str]) -> Iterator[Document | ReadProblem]:
    """Every article under the given files and folders, in a stable order.

    Folders are walked recursively, skipping hidden files and folders. Problems are
    yielded in place of the documents they concern, so a batch goes on.
    """
    for path in map(Path, paths):
        if not path.is_dir():
            yield from read_file(path)
            continue
        for file, refused in folder_files(path):
            if refused:
                yield ReadProblem(str(file), refused)
            else:
                yield from read_file(file)


def read_file(path: Path | str) -> Iterator[Document | ReadProblem]:
    """The article(s) in one file, chosen by extension; other files are sniffed.

    Only regular files are read: named pipes, sockets and devices are refused unopened.
    """
    path = Path(path)
    refused = refusal(path)
    if refused:
        yield ReadProblem(str(path), refused)
        return
    try:
        yield from reader_for(path)(path)
    except InputError as error:
        yield ReadProblem(error.where or str(path), error.message)
    except OSError as error:
        yield ReadProblem(str(path), f"cannot read ({error.strerror or error})")


def reader_for(path: Path) -> Callable[[Path], Iterator[Document | ReadProblem]]:
    """The reader function for a file, from its extension."""
    module_name, _, function = READERS.get(path.suffix.lower(), SNIFFING_READER).partition(":")
    module = importlib.import_module(f"kg.readers.{module_name}")
    reader: Callable[[Path], Iterator[Document | ReadProblem]] = getattr(module, function)
    return reader


def make_document(meta: dict, body: str, where: str, name: str) -> Document:
    """Build a Document from metadata fields and body text, naming what is wrong.

    The text is cleaned of boilerplate here, so every offset computed later refers to
    ``Document.text``. Missing id, title and language are derived from the name and text.
    """
    if len(body) > MAX_TEXT_BYTES:
        raise InputError(too_large(len(body)), where=where)
    text = clean_text(body)
    if not text:
        raise InputError("the article has no text", where=where)
    fields = metadata_fields(meta, where)
    fields["id"] = fields.get("id") or article_id(fields.get("url"), name)
    fields["title"] = fields.get("title") or _first_line(text)
    fields["language"] = normalize_language(fields.get("language"), where) or detect_language(text)
    try:
        article = Article.model_validate(fields)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{place}: {first['msg']}", where=where) from None
    return Document(article=article, text=text, origin=where)


def clean_text(body: str) -> str:
    """The article text proper: composed Unicode, no boilerplate lines, no blank runs."""
    text = unicodedata.normalize("NFC", body.replace("\r\n", "\n").replace("\r", "\n"))
    text = remove_boilerplate(_TRAILING_SPACE.sub("", text))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def metadata_fields(meta: dict, where: str) -> dict[str, str]:
    """Known metadata as non-empty strings; dates reduced to YYYY-MM-DD."""
    fields: dict[str, str] = {}
    for key in METADATA_FIELDS:
        value = meta.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if isinstance(value, list | dict | tuple | set | bool):
            raise InputError(f"field {key!r} must be a single value, not {_kind(value)}", where=where)
        fields[key] = _published(value) if key == "published" else " ".join(str(value).split())
    return fields


def _published(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    iso = _ISO_DATETIME.match(text)
    return iso.group(1) if iso else text


def _kind(value: Any) -> str:
    return "true/false" if isinstance(value, bool) else f"a {type(value).__name__}"


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line.removeprefix("- ")[:MAX_TITLE_CHARS].strip()
