"""``kg export``: the graph in an RDF or graph format, to a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import handle_errors, opened_store
from kg.services.export import FORMATS


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write (default: stdout); with --split, the folder of shards.")
@click.option("--split", "shards", type=click.IntRange(min=1), default=None, metavar="N",
              help="Write N N-Quads shards into the --output folder, for bulk loaders.")
@click.option("--flat", is_flag=True,
              help="JSON-LD in one default graph, for tools that read one graph (rdflib.Graph).")
@handle_errors
def export(fmt: str, output: Path | None, shards: int | None, flat: bool) -> None:
    """Export the store: Turtle, N-Triples, JSON-LD (compacted), RDF/XML, TriG, N-Quads, GraphML, GEXF.

    Formats come from one registry (kg.store.formats), the one the server negotiates from.
    Triple formats hold the union of all graphs; TriG, N-Quads and JSON-LD keep one named
    graph per article (read them with rdflib.Dataset, not rdflib.Graph, which sees only the
    empty default graph); --flat writes JSON-LD as one graph.

    \b
    Examples:
      kg export --format jsonld -o out/graph.jsonld
      kg export --format jsonld --flat -o out/graph-flat.jsonld
      kg export --format nquads | gzip > dump.nq.gz
      kg export --format nquads --split 8 -o out/shards
    """
    from kg.services.export import export as export_store

    if flat and fmt != "jsonld":
        raise click.UsageError("--flat is for --format jsonld (Turtle and N-Triples are one graph already)")
    if shards is not None and (fmt != "nquads" or output is None):
        raise click.UsageError("--split writes N-Quads shards into a folder: add --format nquads -o FOLDER")
    if shards is None and output is not None and output.is_dir():
        raise click.UsageError(f"{output} is a folder; give a file name (or use --split)")
    with opened_store(read_only=True) as store:
        if shards is not None and output is not None:
            from kg.services.bulk import split_export

            for path in split_export(store, output, shards):
                click.echo(str(path), err=True)
            return
        if output is None:
            export_store(store, fmt, sys.stdout.buffer, flat=flat)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        with partial.open("wb") as handle:
            export_store(store, fmt, handle, flat=flat)
        partial.replace(output)
