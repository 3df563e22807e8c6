"""``kg reextract``: extract the kept web pages again, with no network, replacing their graphs."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import handle_errors, iris, opened_store
from kg.cli.watch import capture_store, captures_option


@click.command()
@click.option("--all", "keep_all", is_flag=True, help="Keep articles that are not about digital-policy cooperation.")
@click.option("--workers", default=1, show_default=True, help="Extraction processes.")
@captures_option
@handle_errors
def reextract(keep_all: bool, workers: int, captures: Path | None) -> None:
    """Run extraction again over every kept page (latest capture of each URL).

    Use it when the extractor improves: nothing is fetched; each article's graph is replaced.

    \b
    Example:
      kg reextract --workers 2
    """
    from kg.web.ingest import reextract as reextract_pages

    with opened_store() as store:
        report = reextract_pages(store, capture_store(captures), keep_all=keep_all, iris=iris(), workers=workers)
    for line in report.problems + report.set_aside:
        click.echo(line, err=True)
    click.echo(report.summary().replace("loaded", "re-extracted"), err=True)
    if report.failed:
        raise SystemExit(1)
