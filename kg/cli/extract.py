"""`kg extract`: print the contract JSON of articles."""

from __future__ import annotations

import click


@click.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True, help="json: one pretty object per article; jsonl: one line each.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes to extract with.")
def extract(articles: tuple[str, ...], output_format: str, workers: int) -> None:
    """Extract entities and relations from ARTICLES (files, folders or http(s) URLs).

    URLs are fetched politely (feeds and sitemaps expanded); nothing is stored or kept.

    Example: kg extract data/articles --format jsonl > extractions.jsonl
    """
    from kg.errors import KgError
    from kg.nlp import Extractor
    from kg.nlp.pieces import extract_documents
    from kg.readers import Document, read_paths
    from kg.web.cli_support import readings

    documents, failures = [], 0
    for item in readings(articles, read_paths):
        if isinstance(item, Document):
            documents.append(item)
        else:
            click.echo(str(item), err=True)
            failures += 1
    done = 0
    for document, result in extract_documents(Extractor(), documents, workers=workers):
        if isinstance(result, KgError):
            click.echo(f"{document.origin}: {result.message}", err=True)
            failures += 1
            continue
        indent = 2 if output_format == "json" else None
        click.echo(result.model_dump_json(indent=indent))
        done += 1
    click.echo(f"extracted {done} article(s), {failures} failure(s)", err=True)
    if failures:
        raise SystemExit(1)
