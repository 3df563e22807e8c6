"""``kg load``: contract JSON / JSONL files into the store."""

from __future__ import annotations

import click

from kg.cli.common import handle_errors, iris, opened_store


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--extractor", default="kg load", show_default=True,
              help="Name recorded as the producer of these annotations.")
@handle_errors
def load(paths: tuple[str, ...], extractor: str) -> None:
    """Load contract JSON / JSONL annotations (files or folders) into the store.

    Each bad record is reported as FILE:LINE: reason; the good ones are still loaded,
    and the exit code is 1 if any failed. Loading an article again replaces its graph.

    \b
    Example:
      kg load data/gold
    """
    from kg.ingest import load as load_files

    with opened_store() as store:
        report = load_files(paths, store, iris=iris(), extractor=extractor)
    for problem in report.problems:
        click.echo(problem, err=True)
    click.echo(report.summary(), err=True)
    if report.failed:
        raise SystemExit(1)
