"""``kg viz``: write the interactive explorer as one HTML file that works offline."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import handle_errors, opened_store


@click.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="HTML file to write.")
@click.option("--focus", metavar="NAME", help="Only this entity (id, name or alias) and its neighbours.")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True,
              help="How many relations away from --focus to go.")
@click.option("-q", "--query", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A .rq file: a CONSTRUCT (its relations) or SELECT (its entities) defines the subgraph.")
@click.option("--events", type=click.Choice(["edges", "nodes"]), default="edges", show_default=True,
              help="Draw meetings, visits and signings as edges between participants, or as nodes.")
@click.option("--summary/--no-summary", default=None,
              help="Open on groups by country and domain (default: only for large graphs).")
@click.option("--title", default="Digipol KG", show_default=True, help="Title of the page.")
@handle_errors
def viz(output: Path, focus: str | None, depth: int, query_file: Path | None, events: str,
        summary: bool | None, title: str) -> None:
    """Write an interactive graph: search, filters, a time slider, and each sentence behind each link.

    \b
    Examples:
      kg viz -o graph.html
      kg viz --focus Morocco --depth 2 -o morocco.html
      kg viz --query cooperation.rq --events nodes -o cooperation.html
    """
    from kg import viz as explorer

    query = query_file.read_text(encoding="utf-8") if query_file else None
    with opened_store(read_only=True) as store:
        graph = explorer.graph(store, events=events, focus=focus, depth=depth, query=query)
    written = explorer.write_html(graph, output, title=title, summary=summary)
    click.echo(f"{len(graph)} entities, {graph.number_of_edges()} relations -> {written}", err=True)
