"""``kg watch``: follow feeds and pages, ingesting what is new; ``--once`` for cron."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kg.cli.common import handle_errors, opened_store, settings

if TYPE_CHECKING:
    from kg.web.captures import CaptureStore

F = TypeVar("F", bound=Callable[..., Any])


def captures_option(function: F) -> F:
    """The --captures option shared by the web commands."""
    option = click.option("--captures", type=click.Path(file_okay=False, path_type=Path), envvar="KG_CAPTURES",
                          help="Folder of kept pages (env KG_CAPTURES; default: beside the store, STORE.captures).")
    return option(function)


def capture_store(folder: Path | None) -> CaptureStore:
    from kg.web.captures import CaptureStore, captures_beside

    return CaptureStore(folder or captures_beside(settings().store))


@click.command()
@click.argument("sources_file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@click.option("--once", is_flag=True, help="Check every source once, then exit (for cron).")
@click.option("--state", type=click.Path(dir_okay=False, path_type=Path),
              help="State file (validators and hashes of what was read); default SOURCES.state.json.")
@click.option("--all", "keep_all", is_flag=True, help="Keep articles that are not about digital-policy cooperation.")
@captures_option
@handle_errors
def watch(sources_file: Path, once: bool, state: Path | None, keep_all: bool, captures: Path | None) -> None:
    """Follow the feeds, sitemaps and pages of SOURCES_FILE (YAML), ingesting what is new.

    Each source is fetched with conditional requests at its own interval; pages already
    read are not fetched again. One line is logged per source check and per article.

    \b
    Example:
      kg watch sources.yaml --once
    """
    from kg.web.fetch import Fetcher
    from kg.web.watch import Watcher, WatchState, follow, read_sources

    sources = read_sources(sources_file)
    state_path = state or sources_file.with_name(sources_file.stem + ".state.json")
    with opened_store() as store, Fetcher() as fetcher:
        watcher = Watcher(store, WatchState.load(state_path), fetcher, capture_store(captures),
                          log=lambda line: click.echo(line), keep_all=keep_all)
        try:
            follow(watcher, sources, once=once)
        except KeyboardInterrupt:
            click.echo("stopped", err=True)
    summary = ", ".join(f"{count} {status}" for status, count in sorted(watcher.counts.items()))
    click.echo(summary or "nothing new", err=True)
