"""``kg stats``: what the store holds."""

from __future__ import annotations

import json

import click

from kg.cli.common import handle_errors, opened_store


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@handle_errors
def stats(fmt: str) -> None:
    """Count articles, entities by type, relations by type and events.

    \b
    Example:
      kg stats --format json
    """
    from kg.services.stats import store_stats

    with opened_store(read_only=True) as store:
        result = store_stats(store)
    if fmt == "json":
        click.echo(json.dumps(result.as_dict(), indent=2))
    else:
        click.echo("\n".join(result.lines()))
