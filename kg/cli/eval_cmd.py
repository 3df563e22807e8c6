"""`kg eval`: score extraction against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command(name="eval")
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of gold annotations (contract JSON, one file per article).")
@click.option("--articles", "articles_dir", default=Path("data/articles"), show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the articles; a gold file matches the article of the same stem.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def eval_command(gold_dir: Path, articles_dir: Path, output_format: str) -> None:
    """Score extraction: precision, recall and F1 per type, per language, micro averages.

    Example: kg eval --gold data/gold --articles data/articles --format json
    """
    from kg.errors import KgError
    from kg.eval import evaluate, format_table

    try:
        report = evaluate(gold_dir, articles_dir)
    except KgError as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(format_table(report))
