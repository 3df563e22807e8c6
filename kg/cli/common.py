"""What the commands share: opening the store and turning our errors into exits."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from kg.errors import KgError
from kg.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


class Process:
    """Whether this process is the ``kg`` command itself (``main`` says so) rather than a program
    that calls the commands: only the command may give up, for good, what its process can do."""

    standalone = False


class CommandError(click.ClickException):
    """A KgError shown to the user with its exit code."""

    def __init__(self, error: KgError) -> None:
        super().__init__(str(error))
        self.exit_code = error.exit_code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


def handle_errors(function: F) -> F:
    """Show a KgError as one line and exit with its code; the seam for our errors."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return function(*args, **kwargs)
        except KgError as error:
            raise CommandError(error) from None

    return wrapper  # type: ignore[return-value]


def settings() -> Settings:
    context = click.get_current_context()
    obj = context.find_root().obj
    return obj if isinstance(obj, Settings) else Settings.from_env()


@contextlib.contextmanager
def opened_store(read_only: bool = False) -> Iterator[Any]:
    """The store named by --store / KG_STORE, closed afterwards."""
    from kg.store import open_store

    config = settings()
    store = open_store(config.store, read_only=read_only, base_iri=config.base_iri)
    try:
        yield store
    finally:
        store.close()


def iris() -> Any:
    from kg.rdf.iris import Iris

    return Iris(settings().base_iri)
