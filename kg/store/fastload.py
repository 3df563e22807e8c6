"""Loading N-Quads / TriG dumps straight into an on-disk store, using every core.

pyoxigraph's bulk loader writes sorted files without transactions and releases the
interpreter while it works, so several loaders can run side by side. An N-Quads file is
cut at line ends into byte ranges, one loader per range. Blank-node labels are local to
one loader, so every line that may hold one (``_:``, even inside a literal) stays in the
same range: in a dump, a graph's quads are written together, so that range is small.
TriG is not line-based and goes to one loader per file.
"""

from __future__ import annotations

import io
import itertools
import mmap
import os
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import RecordError
from kg.store.formats import DATASET_SUFFIXES as FORMATS

#: Ranges smaller than this are not worth a loader of their own.
MIN_RANGE_BYTES = 8 << 20


@dataclass(frozen=True)
class Piece:
    """A byte range of a file, read by one loader."""

    path: Path
    start: int
    end: int

    def first_line(self) -> int:
        """The number of the range's first line in the file (counted only when needed)."""
        lines, position = 1, 0
        with self.path.open("rb") as handle:
            while position < self.start:
                block = handle.read(min(1 << 24, self.start - position))
                if not block:
                    break
                lines += block.count(b"\n")
                position += len(block)
        return lines


class _ByteRange(io.RawIOBase):
    """A read-only view of a byte range of an open file (positional reads, no shared offset)."""

    def __init__(self, fd: int, start: int, end: int) -> None:
        super().__init__()
        self.fd, self.position, self.end = fd, start, end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = min(len(buffer), self.end - self.position)
        if size <= 0:
            return 0
        data = os.pread(self.fd, size, self.position)
        buffer[: len(data)] = data
        self.position += len(data)
        return len(data)


def pieces(path: Path, parts: int) -> list[Piece]:
    """Line-aligned ranges of an N-Quads file, at most ``parts``, blank-node lines in one range."""
    size = path.stat().st_size
    parts = max(1, min(parts, size // MIN_RANGE_BYTES))
    if parts == 1 or FORMATS.get(path.suffix.lower()) is not ox.RdfFormat.N_QUADS:
        return [Piece(path, 0, size)]
    with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        first, last = data.find(b"_:"), data.rfind(b"_:")
        keep = (data.rfind(b"\n", 0, first) + 1, _line_end(data, last)) if first >= 0 else (0, 0)
        cuts = sorted({_cut(data, size * index // parts, keep) for index in range(1, parts)} - {0, size})
    bounds = [0, *cuts, size]
    return [Piece(path, start, end) for start, end in itertools.pairwise(bounds)]


def _line_end(data: mmap.mmap, offset: int) -> int:
    """Where the line holding ``offset`` ends, its newline included (or the end of the file)."""
    newline = data.find(b"\n", offset)
    return len(data) if newline < 0 else newline + 1


def _cut(data: mmap.mmap, offset: int, keep: tuple[int, int]) -> int:
    """The start of the line after ``offset``, moved out of the range that must stay whole."""
    cut = _line_end(data, offset)
    if keep[0] < cut < keep[1]:
        cut = keep[1]
    return cut


def load_pieces(store: ox.Store, all_pieces: list[Piece], threads: int) -> list[RecordError]:
    """Bulk-load the pieces with up to ``threads`` loaders; the problems found, with their place."""
    problems: list[RecordError] = []
    queue = list(reversed(all_pieces))
    lock = threading.Lock()

    def work() -> None:
        while True:
            with lock:
                if not queue or problems:
                    return
                piece = queue.pop()
            problem = _load_piece(store, piece)
            if problem:
                with lock:
                    problems.append(problem)

    workers = [threading.Thread(target=work) for _ in range(max(1, min(threads, len(all_pieces))))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return problems


def _load_piece(store: ox.Store, piece: Piece) -> RecordError | None:
    rdf_format = FORMATS[piece.path.suffix.lower()]
    try:
        fd = os.open(piece.path, os.O_RDONLY | os.O_NONBLOCK)  # a pipe must not block a loader
    except OSError as error:
        return RecordError(f"cannot read: {error.strerror}", where=str(piece.path))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return RecordError("not a regular file: refused", where=str(piece.path))
        reader = io.BufferedReader(_ByteRange(fd, piece.start, piece.end), 1 << 20)
        store.bulk_load(reader, rdf_format)
    except SyntaxError as error:
        line = piece.first_line() + (error.lineno or 1) - 1
        reason = str(error.args[0] if error.args else error).split(": ", 1)[-1]
        return RecordError(f"not valid {rdf_format.name}: {reason}", where=f"{piece.path}:{line}")
    except (OSError, ValueError) as error:
        return RecordError(f"could not load: {error}", where=str(piece.path))
    finally:
        os.close(fd)
    return None
