"""A progress display on stderr with rate and counts, quiet when stderr is not a terminal."""

from __future__ import annotations

import contextlib
import sys
from collections import Counter
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[Callable[[str, str], None]]:
    """Yields ``tick(origin, status)``; shows done items, their rate and the statuses seen."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    counts: Counter[str] = Counter()
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} articles"),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn())
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task(label, total=None, rate="")

        def tick(origin: str, status: str) -> None:
            counts[status] += 1
            elapsed = progress.tasks[task].elapsed or 0
            done = sum(counts.values())
            rate = f"{done / elapsed:.1f}/s" if elapsed else ""
            summary = ", ".join(f"{n} {s}" for s, n in counts.items())
            progress.update(task, completed=done, rate=f"{rate} ({summary})")

        yield tick
