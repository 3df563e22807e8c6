"""What a running endpoint is allowed to do and how far: the options of ``kg serve``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.settings import DEFAULT_BASE_IRI
from kg.sparql_guard import Limits

MIB = 1024 * 1024


def default_workers() -> int:
    """One query worker per CPU, at least two (one slow query never blocks the rest), at most eight."""
    return max(2, min(8, os.cpu_count() or 2))


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

    def __post_init__(self) -> None:
        if self.allow_update and not self.token:
            raise InputError("--allow-update needs a bearer token (--token or KG_SERVE_TOKEN)")
        if self.timeout <= 0 or self.workers < 1:
            raise InputError("the timeout and the number of workers must be positive")
