"""``kg demo``: the whole pipeline on the sample articles."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import handle_errors


@click.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("out"),
              show_default=True, help="Folder for the store, the exports and graph.html.")
@click.option("--gold", "from_gold", is_flag=True, help="Load the gold annotations instead of extracting.")
@click.option("--workers", default=1, show_default=True, help="Extraction processes.")
@handle_errors
def demo(out_dir: Path, from_gold: bool, workers: int) -> None:
    """Build a fresh store from the sample articles in data/, validate it, export it, draw it.

    \b
    Example:
      kg demo --out out
    """
    from kg.services.demo import run_demo

    result = run_demo(out_dir, from_gold=from_gold, workers=workers, say=lambda line: click.echo(line, err=True))
    click.echo("\n".join(result.validation.lines(limit=10)))
    click.echo("\n".join(result.stats.lines()))
    if result.report.failed or not result.validation.conforms:
        for problem in result.report.problems:
            click.echo(problem, err=True)
        raise SystemExit(1)
