"""`kg eval`: score extraction against gold annotations, with rules switched off or credited."""

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
@click.option("--ablate", "ablated", multiple=True, metavar="RULE",
              help="Score with this relation rule switched off (repeatable).")
@click.option("--rules", "rules_report", is_flag=True,
              help="Print per relation rule the relations it added and their precision on the gold.")
def eval_command(gold_dir: Path, articles_dir: Path, output_format: str, ablated: tuple[str, ...],
                 rules_report: bool) -> None:
    """Score extraction: precision, recall and F1 per type, per language, micro averages.

    Example: kg eval --gold data/gold --articles data/articles --ablate visit-country --rules
    """
    from kg.errors import KgError
    from kg.eval import evaluate, format_rules, format_table, rule_report
    from kg.nlp import Extractor

    try:
        extractor = Extractor(disabled=ablated)
        report = evaluate(gold_dir, articles_dir, extractor)
        rules = rule_report(gold_dir, articles_dir, extractor) if rules_report else None
    except KgError as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        data = report.as_dict()
        if ablated:
            data["ablated"] = sorted(ablated)
        if rules is not None:
            data["rules"] = {name: {"added": c.added, "correct": c.correct, "precision": round(c.precision, 4)}
                             for name, c in sorted(rules.items())}
        click.echo(json.dumps(data, indent=2))
        return
    if ablated:
        click.echo(f"(relation rules switched off: {', '.join(sorted(ablated))})")
    click.echo(format_table(report))
    if rules is not None:
        click.echo(format_rules(rules))
