"""Settings: store location, base IRI and languages, from the environment (KG_*); no I/O."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_STORE = "kg-store"
DEFAULT_BASE_IRI = "https://w3id.org/digipol/id/"
SUPPORTED_LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class Settings:
    """What a command needs to know about its environment."""

    store: str = DEFAULT_STORE
    base_iri: str = DEFAULT_BASE_IRI
    languages: tuple[str, ...] = field(default=SUPPORTED_LANGUAGES)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        languages = env.get("KG_LANGUAGES")
        return cls(
            store=env.get("KG_STORE", DEFAULT_STORE),
            base_iri=env.get("KG_BASE_IRI", DEFAULT_BASE_IRI),
            languages=tuple(languages.split(",")) if languages else SUPPORTED_LANGUAGES,
        )
