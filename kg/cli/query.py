"""``kg query``: SPARQL over the store, as a table, JSON, CSV or TSV."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import Process, handle_errors, iris, opened_store, settings
from kg.errors import InputError, StoreError


@click.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a shipped query (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a parameter: an id (country/ma), a prefixed name (country:ma), an IRI, or a "
                   "name (-p country=Morocco) for the shipped queries' entity parameters.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "tsv", "xml"]), default="table",
              show_default=True)
@click.option("--limit", type=click.IntRange(min=0), help="At most this many rows (one page; see --offset).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows first (the next pages).")
@click.option("--list", "list_queries", is_flag=True, help="List the shipped queries.")
@click.option("--allow-network", is_flag=True, help="Let SERVICE / FROM <http…> reach the network.")
@handle_errors
def query(sparql: str | None, query_file: Path | None, name: str | None, params: tuple[str, ...],
          fmt: str, limit: int | None, offset: int, list_queries: bool, allow_network: bool) -> None:
    """Run a SPARQL query over all articles' graphs.

    Predefined prefixes: dp:, dpr:, rdfs:, skos:, prov:, … and one per kind of resource
    (country:ma, person:…, body:…, org:…, place:…, policy:…, agreement:…, domain:…, event:…).

    \b
    Examples:
      kg query 'SELECT ?p ?name WHERE { ?p a dp:Person ; rdfs:label ?name }'
      kg query 'SELECT ?partner WHERE { country:ma dp:cooperatesWith ?partner }'
      kg query --name partners-on-domain -p country=Morocco -p domain=cybersecurity
      kg query -f my-query.rq --format csv
      kg query --name who-holds-what --limit 50 --offset 100
    """
    from kg.queries.named import named_queries, named_query, paged, query_bindings, run_query, write_result
    from kg.rdf.summaries import STALE_WARNING, summaries_stale
    from kg.sparql.guard import engine_message
    from kg.sparql.terms import unknown_terms

    if list_queries:
        for item in named_queries().values():
            click.echo(f"{item.name:28} {item.title}: {item.description}")
        return
    text = _query_text(sparql, query_file, name, named_query)
    base_iri = settings().base_iri
    for warning in unknown_terms(text, base_iri):
        click.echo(f"Warning: {warning}", err=True)
    with opened_store(read_only=True) as store:
        if Process.standalone and not allow_network and not store.location.startswith(("http://", "https://")):
            _drop_network()
        if name and summaries_stale(store, iris()):
            click.echo(f"Warning: {STALE_WARNING}", err=True)
        bindings = query_bindings(store, params, text, named_query(name) if name else None, base_iri)
        result = run_query(store, paged(text, limit, offset), bindings, allow_network=allow_network)
        try:
            click.echo(write_result(result, fmt), nl=False)
        except OSError as error:  # the engine runs lazily, as the results are read
            raise StoreError(f"the query failed: {engine_message(error)}") from None


def _drop_network() -> None:
    """An embedded store needs no network: this process gives it up before the query runs."""
    from kg.sparql.sandbox import raise_barrier

    raise_barrier(lambda message: click.echo(f"warning: {message}", err=True))


def _query_text(sparql: str | None, query_file: Path | None, name: str | None, named_query) -> str:
    given = [value for value in (sparql, query_file, name) if value]
    if len(given) != 1:
        raise InputError("give exactly one of: a SPARQL string, -f FILE or --name NAME")
    if query_file:
        return query_file.read_text(encoding="utf-8")
    if name:
        return named_query(name).text
    assert sparql is not None
    return sparql
