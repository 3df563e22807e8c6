"""`kg eval`: score extraction against gold annotations, with rules switched off or credited."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
@click.option("--reliability", is_flag=True,
              help="Print the reliability table: confidence bins against observed precision and counts.")
@click.option("--folds", type=click.IntRange(min=0), default=0, show_default=True,
              help="With --reliability: refit the calibration on all but one fold of events and score that "
                   "fold (0: score the shipped calibration).")
@click.option("--outcomes", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Also write each relation found (article, rule, the dev-half model's confidence, right or "
                   "wrong) to this JSON file: a test batch's record at first contact, named after the batch "
                   "(data/corpus/first_contact/test-5.json).")
def eval_command(gold_dir: Path, articles_dir: Path, output_format: str, ablated: tuple[str, ...],
                 rules_report: bool, reliability: bool, folds: int, outcomes: Path | None) -> None:
    """Score extraction: precision, recall and F1 per type, per language, micro averages.

    Example: kg eval --gold data/gold --articles data/articles --ablate visit-country --rules --reliability
    """
    from kg.errors import KgError
    from kg.evaluation.scores import evaluate, format_rules, format_table, rule_report
    from kg.nlp import Extractor

    try:
        extractor = Extractor(disabled=ablated)
        report = evaluate(gold_dir, articles_dir, extractor)
        rules = rule_report(gold_dir, articles_dir, extractor) if rules_report else None
        found = _examples(gold_dir, articles_dir, extractor) if reliability or outcomes else []
        scored = _reliability(found, extractor, folds) if reliability else None
        if outcomes is not None:
            _write_outcomes(found, outcomes)
    except KgError as error:
        raise click.ClickException(str(error)) from None
    if output_format == "json":
        data = report.as_dict()
        if ablated:
            data["ablated"] = sorted(ablated)
        if rules is not None:
            data["rules"] = {name: {"added": c.added, "correct": c.correct, "precision": round(c.precision, 4)}
                             for name, c in sorted(rules.items())}
        if scored is not None:
            from kg.evaluation.reliability import as_dict

            data["reliability"] = {"folds": folds, **as_dict(scored)}
        click.echo(json.dumps(data, indent=2))
        return
    if ablated:
        click.echo(f"(relation rules switched off: {', '.join(sorted(ablated))})")
    click.echo(format_table(report))
    if rules is not None:
        click.echo(format_rules(rules))
    if scored is not None:
        from kg.evaluation.reliability import format_reliability

        click.echo(format_reliability(scored, f"cross-validated over {folds} folds of events" if folds > 1
                                      else "the shipped calibration" if extractor.calibration() is not None else
                                      "no calibration file: the rules' base confidences"))


def _examples(gold_dir: Path, articles_dir: Path, extractor: Any) -> list[Any]:
    """Every relation found on the gold set, labelled right or wrong (read once for both reports)."""
    from kg.evaluation.reliability import corpus_events, examples
    from kg.resources import home

    return examples(gold_dir, articles_dir, extractor, corpus_events(home() / "data" / "corpus" / "manifest.jsonl"))


def _reliability(data: list[Any], extractor: Any, folds: int) -> list[tuple[float, bool]]:
    """(confidence, right) of every relation found: as extracted, or cross-validated over folds of events."""
    from kg.evaluation.reliability import cross_validated

    if folds > 1:
        shipped = extractor.calibration()
        if shipped is None:
            from kg.errors import InputError

            raise InputError("cross-validation refits the shipped calibration's features: no calibration file "
                             "(run scripts/calibrate.py)", where="--folds")
        return cross_validated(data, list(shipped.weights), folds, shipped.l2)
    return [(e.confidence, e.right) for e in data]


def _write_outcomes(data: list[Any], path: Path) -> None:
    from kg.errors import InputError
    from kg.evaluation.reliability import write_outcomes

    try:
        write_outcomes(data, path, path.stem)
    except OSError as error:
        raise InputError(f"cannot write the outcomes ({error.strerror})", where=str(path)) from None
