"""``kg ingest``: articles to graphs in the store, with progress."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import handle_errors, iris, opened_store


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--workers", default=1, show_default=True, help="Extraction processes (use your cores).")
@click.option("--force", is_flag=True, help="Re-extract articles whose text has not changed.")
@click.option("--batch-size", default=64, show_default=True,
              help="Articles written per transaction (a crash loses at most one batch of work).")
@click.option("--failed-report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write what failed and why to this file.")
@handle_errors
def ingest(paths: tuple[str, ...], workers: int, force: bool, batch_size: int, failed_report: Path | None) -> None:
    """Read articles (files or folders: .txt .md .html .json .jsonl), extract and store them.

    Unchanged articles are skipped; changed ones replace their graph. Each bad file is
    reported with its reason and the rest goes on; exit code 1 if anything failed.

    \b
    Example:
      kg ingest data/articles --workers 2
    """
    from kg.cli.progress import count_files, progress_bar
    from kg.ingest import ingest as ingest_paths

    with opened_store() as store, progress_bar("ingest", total=count_files(paths)) as tick:
        report = ingest_paths(paths, store, iris=iris(), workers=workers, force=force, batch_size=batch_size,
                              on_progress=tick)
    for problem in report.problems:
        click.echo(problem, err=True)
    click.echo(report.summary().replace("loaded", "ingested"), err=True)
    if failed_report:
        failed_report.write_text("".join(f"{line}\n" for line in report.problems), encoding="utf-8")
    if report.failed:
        raise SystemExit(1)
