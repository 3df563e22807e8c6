"""``kg schema``: the JSON Schema of the extraction contract."""

from __future__ import annotations

import json

import click


@click.command()
def schema() -> None:
    """Print the JSON Schema of the extraction contract (SPEC section 2).

    Annotation tools and LLM pipelines can validate their output with it before `kg load`.

    \b
    Example:
      kg schema > extraction.schema.json
    """
    from kg.models import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
