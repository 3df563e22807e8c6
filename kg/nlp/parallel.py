"""Extraction over a process pool: one Extractor per worker, results in input order.

This module knows neither the Extractor nor what a worker does with a chunk: the caller hands
over a picklable factory of its extractor and a picklable task (a module-level function), so
the pool sits below both and imports neither.
"""

from __future__ import annotations

import ctypes
import glob
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

_WORKER: Any = None


def _single_thread_blas() -> None:
    """One worker per core: BLAS threads of their own would fight over the same cores."""
    try:
        import numpy  # deferred: ~0.05 s to import, in worker processes only

        folder = os.path.dirname(numpy.__file__) + ".libs"
        for path in glob.glob(os.path.join(folder, "*openblas*")):
            library = ctypes.CDLL(path)
            for name in ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads"):
                if hasattr(library, name):
                    getattr(library, name)(1)
    except (ImportError, OSError):
        pass  # another BLAS, or none: leave it as it is


#: What a worker does with one chunk: its extractor and the documents in, one result per document out.
Task = Callable[[Any, list[Any]], list[Any]]


def _start(factory: Callable[[], Any], languages: tuple[str, ...]) -> None:
    global _WORKER
    _single_thread_blas()
    _WORKER = factory()
    for language in languages:
        _WORKER.layers(language)


def _run(task: Task, documents: list[Any]) -> list[Any]:
    return task(_WORKER, documents)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of up to ``size`` items, read lazily from any iterable."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def extract_parallel(extractor: Any, documents: Iterable[Any], workers: int,
                     batch_size: int, task: Task) -> Iterator[tuple[Any, Any]]:
    """Each document with its result, computed by `workers` processes, in input order.

    Each worker builds its own extractor with ``extractor.factory()`` and runs ``task`` on
    each chunk it is given.

    Documents are read lazily and at most two chunks per worker are in flight, so memory
    stays flat however many articles there are. Where the platform can fork, workers start
    with the parent's pipelines already loaded.
    """
    languages = ("en", "fr")
    for language in languages:
        extractor.layers(language)  # load once here, so that forked workers inherit it
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pending: deque[tuple[list[Any], Future[list[Any]]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                             initializer=_start, initargs=(extractor.factory(), languages)) as pool:
        for chunk in chunked(documents, batch_size):
            pending.append((chunk, pool.submit(_run, task, chunk)))
            if len(pending) >= 2 * workers:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)
