"""``kg export``: the graph in an RDF or graph format, to a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import handle_errors, opened_store
from kg.export import FORMATS


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: stdout).")
@handle_errors
def export(fmt: str, output: Path | None) -> None:
    """Export the store: Turtle, TriG, N-Triples, N-Quads, JSON-LD (compacted), GraphML, GEXF.

    Triple formats hold the union of all graphs; TriG, N-Quads and JSON-LD keep one named
    graph per article.

    \b
    Examples:
      kg export --format jsonld -o out/graph.jsonld
      kg export --format nquads | gzip > dump.nq.gz
    """
    from kg.export import export as export_store

    with opened_store(read_only=True) as store:
        if output is None:
            export_store(store, fmt, sys.stdout.buffer)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        with partial.open("wb") as handle:
            export_store(store, fmt, handle)
        partial.replace(output)
