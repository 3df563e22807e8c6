"""``kg load``: contract JSON / JSONL files, or N-Quads / TriG datasets, into the store."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import handle_errors, iris, opened_store


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--extractor", default="kg load", show_default=True,
              help="Name recorded as the producer of these annotations.")
@click.option("--graph", "default_graph", metavar="IRI", default=None,
              help="Named graph for default-graph triples of N-Quads / TriG files (else refused).")
@click.option("--bulk", is_flag=True,
              help="Fill an empty on-disk store from N-Quads / TriG dumps with every core, all or nothing.")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="Loaders run at once with --bulk (default: one per core).")
@handle_errors
def load(paths: tuple[str, ...], extractor: str, default_graph: str | None, bulk: bool,
         threads: int | None) -> None:
    """Load contract JSON / JSONL annotations, or N-Quads / TriG files, into the store.

    Each bad record is reported as FILE:LINE: reason; the good ones are still loaded,
    and the exit code is 1 if any failed. Loading an article again replaces its graph.
    Files ending .nq, .nquads or .trig (also inside folders) are RDF datasets made
    elsewhere: each named graph in them replaces that graph in the store, except the
    graphs the store keeps itself (under BASE/graph/): a file naming one is refused.

    With --bulk, dumps fill an empty store without transactions, several loaders at
    once: the fast way to restore a large export. Any problem empties the store again.

    \b
    Examples:
      kg load data/gold
      kg load out/shards/
      kg --store big-store load --bulk out/shards/
    """
    from kg.services.bulk import load_rdf, rdf_files, restore
    from kg.services.ingest import load as load_files

    if bulk:
        _restore(paths, default_graph, threads, restore)
        return

    records = [path for path in paths if not _is_dataset(Path(path))]
    datasets = rdf_files(path for path in paths if _is_dataset(Path(path)))
    reports: list = []
    with opened_store() as store:
        if records:
            reports.append(load_files(records, store, iris=iris(), extractor=extractor))
        if datasets:
            reports.append(load_rdf(datasets, store, default_graph=default_graph, base=iris().base))
    for report in reports:
        for problem in report.problems:
            click.echo(problem, err=True)
        click.echo(report.summary(), err=True)
    if any(report.failed for report in reports):
        raise SystemExit(1)


def _restore(paths: tuple[str, ...], default_graph: str | None, threads: int | None, restore) -> None:
    from kg.errors import InputError

    records = [path for path in paths if not _is_dataset(Path(path)) and Path(path).exists()]
    if records or default_graph:
        what = "--graph" if default_graph else f"contract JSON ({records[0]})"
        raise InputError(f"--bulk reads N-Quads / TriG dumps only; {what} needs a load without --bulk")
    with opened_store() as store:
        report = restore(paths, store, threads=threads)
    for problem in report.problems:
        click.echo(problem, err=True)
    click.echo(report.summary() if not report.failed else "nothing loaded: the store is empty again", err=True)
    if report.failed:
        raise SystemExit(1)


def _is_dataset(path: Path) -> bool:
    """An N-Quads / TriG file, or a folder holding such files and no contract JSON."""
    from kg.services.bulk import is_rdf_file

    if not path.is_dir():
        return is_rdf_file(path)
    files = [p for p in path.rglob("*") if p.is_file()]
    return any(map(is_rdf_file, files)) and not any(p.suffix in (".json", ".jsonl") for p in files)
