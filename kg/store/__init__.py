"""Stores: one small protocol (and capability protocols), an embedded store on disk and a remote SPARQL 1.1 store."""

from __future__ import annotations

from kg.settings import DEFAULT_BASE_IRI
from kg.store.base import QueryResult, Store, SupportsBulkLoad, SupportsQuads

__all__ = ["QueryResult", "Store", "SupportsBulkLoad", "SupportsQuads", "open_store"]


def open_store(location: str, *, read_only: bool = False, base_iri: str = DEFAULT_BASE_IRI) -> Store:
    """The store at a folder path, or at an http(s) SPARQL endpoint."""
    if location.startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(location, base_iri=base_iri)
    from kg.store.oxigraph import EmbeddedStore

    return EmbeddedStore(location, read_only=read_only, base_iri=base_iri)
