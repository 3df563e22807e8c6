"""``kg ingest``: articles to graphs in the store, with progress."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import click

from kg.cli.common import handle_errors, iris, opened_store
from kg.cli.watch import capture_store, captures_option


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--workers", default=1, show_default=True, help="Extraction processes (use your cores).")
@click.option("--force", is_flag=True, help="Re-extract articles whose text has not changed.")
@click.option("--batch-size", default=64, show_default=True,
              help="Articles written per transaction (a crash loses at most one batch of work).")
@click.option("--scheduler", envvar="KG_SCHEDULER", metavar="tcp://HOST:PORT",
              help="Extract on the workers of this Dask scheduler (env KG_SCHEDULER); needs the cluster extra.")
@click.option("--local-cluster", type=click.IntRange(min=1), metavar="N",
              help="Extract on a local Dask cluster of N worker processes.")
@click.option("--shared-paths", is_flag=True,
              help="With --scheduler: the workers read the files themselves (same paths on a shared file system).")
@click.option("--failed-report", type=click.Path(dir_okay=False, path_type=Path),
              help="Write what failed and why to this file.")
@click.option("--urls", "url_list", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="A text file of URLs (pages, feeds, sitemaps), one a line.")
@click.option("--all", "keep_all", is_flag=True,
              help="Keep web articles that are not about digital-policy cooperation.")
@captures_option
@handle_errors
def ingest(paths: tuple[str, ...], workers: int, force: bool, batch_size: int, scheduler: str | None,
           local_cluster: int | None, shared_paths: bool, failed_report: Path | None,
           url_list: Path | None, keep_all: bool, captures: Path | None) -> None:
    """Read articles (files or folders: .txt .md .html .json .jsonl, or http(s) URLs of pages,
    RSS/Atom feeds and sitemaps), extract and store them.

    Pages are fetched politely (robots.txt, one request a second per site) and kept raw
    beside the store; web articles off the topic of digital-policy cooperation are skipped
    with the reason unless --all. Extraction runs in local worker processes, or on a Dask
    cluster with --scheduler / --local-cluster.

    Unchanged articles are skipped; changed ones replace their graph. Each bad file is
    reported with its reason and the rest goes on; exit code 1 if anything failed.

    \b
    Example:
      kg ingest data/articles --workers 2
      kg ingest https://example.org/press/feed.xml
      kg ingest data/articles --scheduler tcp://10.0.0.5:8786
      kg ingest data/articles --local-cluster 2
    """
    from kg.cli.progress import count_files, progress_bar
    from kg.services.ingest import Report
    from kg.services.ingest import ingest as ingest_paths
    from kg.web.ingest import ingest_sources, is_url, read_url_list

    items = [*paths, *(read_url_list(url_list) if url_list else [])]
    if not items:
        raise click.UsageError("give files, folders or URLs to ingest (or --urls FILE)")
    web = any(is_url(item) for item in items)
    report: Report
    with contextlib.ExitStack() as stack:
        engine = _cluster(stack, scheduler, local_cluster, shared_paths)
        store = stack.enter_context(opened_store())
        tick = stack.enter_context(progress_bar("ingest", total=None if web else count_files(paths)))
        options = {"iris": iris(), "workers": workers, "force": force, "batch_size": batch_size,
                   "on_progress": tick, "extractor": engine}
        if web:
            report = ingest_sources(items, store, captures=capture_store(captures), keep_all=keep_all, **options)
            for reason in report.set_aside:
                click.echo(reason, err=True)
        else:
            report = ingest_paths(paths, store, **options)
    for problem in report.problems:
        click.echo(problem, err=True)
    click.echo(report.summary().replace("loaded", "ingested"), err=True)
    if failed_report:
        failed_report.write_text("".join(f"{line}\n" for line in report.problems), encoding="utf-8")
    if report.failed:
        raise SystemExit(1)


def _cluster(stack: contextlib.ExitStack, scheduler: str | None, local_cluster: int | None,
             shared_paths: bool) -> Any:
    """The cluster extractor the options ask for, or None for the local process pool."""
    if not scheduler and not local_cluster:
        return None
    from kg.services.cluster import cluster_extractor

    if scheduler and local_cluster:
        source = click.get_current_context().get_parameter_source("scheduler")
        if source is not click.core.ParameterSource.ENVIRONMENT:
            raise click.UsageError("give --scheduler or --local-cluster, not both")
        scheduler = None  # --local-cluster on the command line wins over KG_SCHEDULER
    return stack.enter_context(cluster_extractor(scheduler, local_cluster, shared_paths=shared_paths))
