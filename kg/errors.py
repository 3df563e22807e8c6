"""The one error tree: each class knows its exit code and HTTP status."""

from __future__ import annotations


def summary(error: BaseException, limit: int = 300) -> str:
    """An error in one line: its type and the first line of its message ("IndexError: list index out of range")."""
    reason = str(error).strip().split("\n", 1)[0][:limit]
    return f"{type(error).__name__}: {reason}"


class KgError(Exception):
    """Base of every error this project raises on purpose."""

    exit_code = 1
    http_status = 500

    def __init__(self, message: str, *, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class InputError(KgError):
    """The user gave something we cannot use (a file, a record, an option)."""

    exit_code = 2
    http_status = 400


class RecordError(InputError):
    """One record of a batch is invalid; the rest of the batch goes on."""


class UnsupportedLanguage(InputError):
    """The article is in a language without a pipeline."""


class QuerySyntaxError(InputError):
    """A SPARQL query or update does not parse."""


class QueryRefused(InputError):
    """A query asks for something we do not allow (network access, updates)."""

    http_status = 403


class QueryTooLarge(InputError):
    """A query exceeds a size or nesting bound checked before parsing."""

    # A query we will not parse is a bad request (SPARQL Protocol: 400), whatever its size;
    # 413 stays for request bodies too large to read at all.
    http_status = 400


class QueryTimeout(KgError):
    """A query ran longer than allowed."""

    exit_code = 4
    http_status = 503


class ResultTooLarge(KgError):
    """A query result exceeds the configured cap."""

    exit_code = 4
    http_status = 507


class ResourceError(KgError):
    """A shipped data file (lexicon, ontology, query) is invalid."""

    exit_code = 3


class StoreError(KgError):
    """The store cannot be opened, read or written."""

    exit_code = 3
    http_status = 503


class StoreUnavailable(StoreError):
    """A remote store cannot be reached or refused us."""


class ClusterUnavailable(KgError):
    """A Dask scheduler cannot be reached, or has no workers."""

    exit_code = 3
    http_status = 503


class AuthenticationError(StoreError):
    """A remote store or the endpoint refused our credentials."""

    http_status = 401


class FetchError(InputError):
    """A URL could not be fetched or is not something we read (the reason says which)."""
