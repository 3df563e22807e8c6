"""Stores: one small protocol (and capability protocols), an embedded store on disk and a remote SPARQL 1.1 store."""

from __future__ import annotations

from kg.settings import DEFAULT_BASE_IRI
from kg.store.base import QueryResult, Store, SupportsBulkLoad, SupportsGraphDumps, SupportsQuads

__all__ = ["QueryResult", "Store", "SupportsBulkLoad", "SupportsGraphDumps", "SupportsQuads", "open_store"]


def open_store(location: str, *, read_only: bool = False, base_iri: str = DEFAULT_BASE_IRI) -> Store:
    """The store at a folder path, or at an http(s) SPARQL endpoint."""
    if location.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore  # deferred: httpx (~0.1 s) only for a remote store

        return RemoteStore(location, base_iri=base_iri)
    from kg.store.oxigraph import EmbeddedStore  # deferred: kg.store stays light for every layer above

    return EmbeddedStore(location, read_only=read_only, base_iri=base_iri)
