"""Extraction over a process pool: one Extractor per worker, results in input order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

_WORKER: Any = None


def _single_thread_blas() -> None:
    """One worker per core: BLAS threads of their own would fight over the same cores."""
    import ctypes
    import glob
    import os

    try:
        import numpy

        folder = os.path.dirname(numpy.__file__) + ".libs"
        for path in glob.glob(os.path.join(folder, "*openblas*")):
            library = ctypes.CDLL(path)
            for name in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads"):
                if hasattr(library, name):
                    getattr(library, name)(1)
    except (ImportError, OSError):
        pass  # another BLAS, or none: leave it as it is


def _start(root: Path | None, languages: tuple[str, ...]) -> None:
    global _WORKER
    from kg.nlp.extractor import Extractor

    _single_thread_blas()
    _WORKER = Extractor(root)
    for language in languages:
        _WORKER.layers(language)


def _extract_chunk(documents: list[Any]) -> list[Any]:
    return [result for _, result in _WORKER.extract_many(documents, workers=1)]


def extract_parallel(extractor: Any, documents: Iterable[Any], workers: int,
                     batch_size: int) -> Iterator[tuple[Any, Any]]:
    """Each document with its result, computed by `workers` processes.

    Where the platform can fork, workers start with the parent's pipelines already loaded.
    """
    items = list(documents)
    chunks = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
    languages = tuple(sorted({d.article.language for d in items} & {"fr", "en"}))
    for language in languages:
        extractor.layers(language)  # load once here, so that forked workers inherit it
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                             initializer=_start, initargs=(extractor.root, languages)) as pool:
        for chunk, results in zip(chunks, pool.map(_extract_chunk, chunks), strict=True):
            yield from zip(chunk, results, strict=True)
