"""Running the server: check the store it is to serve, then serve it with uvicorn until interrupted."""

from __future__ import annotations

import logging
from pathlib import Path

import uvicorn

from kg.errors import InputError
from kg.rdf.iris import Iris
from kg.rdf.summaries import STALE_WARNING, summaries_stale
from kg.server.app import create_app
from kg.server.config import ServerConfig
from kg.store.oxigraph import EmbeddedStore

__all__ = ["check_store", "run"]

#: Headers and URLs of up to this size are read (SPARQL sent with GET travels in the URL).
MAX_HEAD_BYTES = 1024 * 1024


def check_store(config: ServerConfig) -> None:
    """Fail early, with a clear message, on a store that cannot be served."""
    if config.store.startswith(("http://", "https://")):
        raise InputError("kg serve serves a local store folder; it never proxies another endpoint")
    if config.allow_update and not Path(config.store).exists():
        EmbeddedStore(config.store, base_iri=config.base_iri).close()
    store = EmbeddedStore(config.store, read_only=True, base_iri=config.base_iri)
    try:
        if summaries_stale(store, Iris(config.base_iri)):
            logging.getLogger("kg.server").warning(STALE_WARNING)
    finally:
        store.close()


def run(config: ServerConfig, *, host: str = "127.0.0.1", port: int = 7878, log_level: str = "info") -> None:
    """Serve the endpoint until interrupted."""
    check_store(config)
    logger = logging.getLogger("kg.server")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(log_level.upper())
    uvicorn.run(create_app(config), host=host, port=port, log_level=log_level, access_log=False,
                h11_max_incomplete_event_size=MAX_HEAD_BYTES, timeout_graceful_shutdown=5)
