"""The worker side of cluster extraction: a Dask worker plugin and the task it runs.

Workers import this module by name (the plugin and the task are pickled by reference), so
every worker needs the same ``digipol-kg`` installed, with the ``cluster`` extra.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin, get_worker

from kg.errors import KgError
from kg.models import Article, Extraction
from kg.nlp.extractor import Extractor
from kg.nlp.parallel import _single_thread_blas
from kg.nlp.pieces import extract_chunk
from kg.readers.base import Document, read_file

PLUGIN_NAME = "digipol-extractor"
LANGUAGES = ("en", "fr")


class ExtractorPlugin(WorkerPlugin):
    """Loads the extraction pipelines once when a worker starts, and keeps them."""

    name = PLUGIN_NAME

    def __init__(self, root: str | None = None) -> None:
        self.root = root
        self.extractor: Any = None
        self.lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        return {"root": self.root}  # the models stay on each worker, never on the wire

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["root"])  # type: ignore[misc]

    def setup(self, worker: Any) -> None:
        _single_thread_blas()
        extractor = Extractor(Path(self.root) if self.root else None)
        for language in LANGUAGES:
            extractor.layers(language)
        self.extractor = extractor


def extract_batch(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Contract records (or errors) for a batch of articles, in order, on this worker.

    An item carries the article and its text, or, where the client and the workers share a
    file system, the path of a file the worker reads itself (checked against the client's
    content hash, so that a file changed in between is reported, not stored).
    """
    plugin: Any = get_worker().plugins[PLUGIN_NAME]
    documents: list[Any] = []
    records: list[dict[str, Any] | None] = []
    for item in items:
        document = _document(item)
        if isinstance(document, str):
            records.append({"error": document})
        else:
            documents.append(document)
            records.append(None)
    with plugin.lock:  # spaCy pipelines are not shared between threads
        results = iter(extract_chunk(plugin.extractor, documents))  # long texts in pieces, failures each its own
    return [record if record is not None else _record(next(results)) for record in records]


def _document(item: dict[str, Any]) -> Any:
    if "text" in item:
        return Document(Article.model_validate(item["article"]), item["text"], item["origin"])
    for document in read_file(item["path"]):
        if isinstance(document, Document) and document.article.id == item["id"]:
            if document.content_hash != item["hash"]:
                return "the file changed on the worker's side while the run went on"
            return document
    return f"the worker could not read article {item['id']} from {item['path']}"


def _record(result: Extraction | KgError) -> dict[str, Any]:
    """The error's message, or the extraction as JSON bytes: Dask weighs every result it holds
    or sends (``sizeof``), which walks a nested dict object by object but reads the size of bytes."""
    if isinstance(result, KgError):
        return {"error": result.message}
    return {"extraction": result.model_dump_json().encode()}
