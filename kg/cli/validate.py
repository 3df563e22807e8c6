"""``kg validate``: SHACL over the store."""

from __future__ import annotations

import click

from kg.cli.common import handle_errors, opened_store


@click.command()
@click.option("--limit", default=50, show_default=True, help="How many violations to list.")
@handle_errors
def validate(limit: int) -> None:
    """Check the whole graph against ontology/shapes.ttl; exit code 1 if it does not conform.

    \b
    Example:
      kg validate
    """
    from kg.rdf.shacl import validate_store

    with opened_store(read_only=True) as store:
        report = validate_store(store)
    click.echo("\n".join(report.lines(limit)))
    if not report.conforms:
        raise SystemExit(1)
