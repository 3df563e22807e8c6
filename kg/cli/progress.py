"""A progress display on stderr with rate and counts, quiet when stderr is not a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path


def count_files(paths: Iterable[str]) -> int | None:
    """How many article files the paths hold, for the ETA; None when records hide inside files."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(p for p in path.rglob("*") if p.is_file())
        else:
            files.append(path)
    if any(p.suffix in (".json", ".jsonl") for p in files):
        return None
    return len(files)


@contextlib.contextmanager
def progress_bar(label: str, total: int | None = None) -> Iterator[Callable[[str, str], None]]:
    """Yields ``tick(origin, status)``; shows done items, their rate, the ETA and the statuses seen."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    counts: Counter[str] = Counter()
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total} articles"),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn())
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task(label, total=total, rate="")

        def tick(origin: str, status: str) -> None:
            counts[status] += 1
            elapsed = progress.tasks[task].elapsed or 0
            done = sum(counts.values())
            rate = f"{done / elapsed:.1f}/s" if elapsed else ""
            summary = ", ".join(f"{n} {s}" for s, n in counts.items())
            progress.update(task, completed=done, rate=f"{rate} ({summary})")

        yield tick
