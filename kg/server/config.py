"""What a running endpoint is allowed to do and how far: the options of ``kg serve``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.settings import DEFAULT_BASE_IRI
from kg.sparql.guard import Limits

MIB = 1024 * 1024
#: A worker holds the engine, its caches and Python: below this it cannot even start.
MIN_WORKER_MEMORY = 128 * MIB
#: The default cap of a worker's memory never goes above this, however large the machine.
MAX_DEFAULT_WORKER_MEMORY = 2048 * MIB
#: Queries of one client (remote address) that may be waiting or running at once.
DEFAULT_CLIENT_QUERIES = 4


def default_workers() -> int:
    """One query worker per CPU, at least two (one slow query never blocks the rest), at most eight."""
    return max(2, min(8, os.cpu_count() or 2))


def machine_memory() -> int:
    """Physical memory of this machine, in bytes."""
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")


def default_max_memory(workers: int) -> int:
    """Half the machine's memory shared among the workers, at most 2 GB each (no query of a
    bounded result needs more), at least 512 MB."""
    share = machine_memory() // 2 // max(1, workers)
    return max(4 * MIN_WORKER_MEMORY, min(MAX_DEFAULT_WORKER_MEMORY, share))


@dataclass(frozen=True)
class ServerConfig:
    """Options of one endpoint; the defaults are the safe ones (read-only, no network)."""

    store: str
    base_iri: str = DEFAULT_BASE_IRI
    timeout: float = 10.0
    max_result_bytes: int = 32 * MIB
    max_body_bytes: int = 8 * MIB
    workers: int = field(default_factory=default_workers)
    allow_update: bool = False
    token: str | None = None
    allow_service: bool = False
    cors_origins: tuple[str, ...] = ("*",)
    limits: Limits = field(default_factory=Limits)
    #: Host header names answered (``*``: any); see ``kg.server.middleware.allowed_hosts``.
    allowed_hosts: tuple[str, ...] = ("localhost", "127.0.0.1", "::1")
    #: Workers kept free of slow queries (at most ``workers - 1``).
    reserved_workers: int = 1
    #: A query running longer than this is slow (and so are its client's next ones, for a while).
    slow_after: float = 1.0
    #: Requests one client may have waiting or running at once (0: no limit).
    max_client_queries: int = DEFAULT_CLIENT_QUERIES
    #: Data segment of each worker, in bytes (None: ``default_max_memory``; 0: no cap).
    max_memory_bytes: int | None = None
    #: Seconds a client has to send a request body in full (408 past that).
    body_timeout: float = 30.0

    def __post_init__(self) -> None:
        if self.allow_update and not self.token:
            raise InputError("--allow-update needs a bearer token (--token or KG_SERVE_TOKEN)")
        if self.timeout <= 0 or self.workers < 1:
            raise InputError("the timeout and the number of workers must be positive")
        if self.slow_after <= 0 or self.body_timeout <= 0 or self.reserved_workers < 0 or self.max_client_queries < 0:
            raise InputError("--slow-after and --body-timeout must be positive, --reserved-workers and "
                             "--max-client-queries zero or more")
        if self.max_memory_bytes is None:
            object.__setattr__(self, "max_memory_bytes", default_max_memory(self.workers))
        elif 0 < self.max_memory_bytes < MIN_WORKER_MEMORY:
            raise InputError(f"--max-memory must be at least {MIN_WORKER_MEMORY // MIB} MB (or 0 for no cap)")

    @property
    def worker_memory(self) -> int:
        """The cap on each worker's memory in bytes (0: none)."""
        return self.max_memory_bytes or 0
