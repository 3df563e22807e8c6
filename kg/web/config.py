"""Web settings (politeness, limits, the on-topic test) read from data/web/*.yaml."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kg import __version__
from kg.errors import ResourceError
from kg.resources import data_file


class FetchSettings(BaseModel):
    """How pages are fetched: see data/web/fetch.yaml for what each value means."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    user_agent: str
    rate_per_host: float = Field(ge=0)
    concurrency_per_host: int = Field(ge=1)
    max_connections: int = Field(ge=1)
    connect_timeout: float = Field(gt=0)
    read_timeout: float = Field(gt=0)
    total_timeout: float = Field(gt=0)
    max_bytes: int = Field(gt=0)
    max_redirects: int = Field(ge=0)
    retries: int = Field(ge=0)
    backoff: float = Field(ge=0)
    max_retry_wait: float = Field(ge=0)
    prefetch: int = Field(ge=1)
    respect_robots: bool = True
    page_types: tuple[str, ...]
    feed_types: tuple[str, ...]
    max_sitemap_depth: int = Field(ge=0)

    def with_changes(self, **changes: Any) -> FetchSettings:
        """A copy with some values changed (tests and benchmarks use shorter limits)."""
        return self.model_validate({**self.model_dump(), **changes})


class EntityGroup(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    entity_types: tuple[str, ...]


class TopicRule(BaseModel):
    """When an article is about digital-policy cooperation (data/web/topic.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_relations: int = Field(ge=0)
    relation_types: tuple[str, ...]
    require_all_groups: tuple[EntityGroup, ...]


def _load(name: str, model: type[BaseModel]) -> Any:
    path = data_file("web", name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return model.model_validate(data)
    except yaml.YAMLError as error:
        raise ResourceError(f"malformed YAML: {error}", where=f"data/web/{name}") from None
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise ResourceError(f"{place}: {first['msg']}", where=f"data/web/{name}") from None


@cache
def fetch_settings() -> FetchSettings:
    """The shipped fetch settings, with the project's version in the User-Agent."""
    settings: FetchSettings = _load("fetch.yaml", FetchSettings)
    overrides = os.environ.get("KG_WEB_FETCH")
    try:
        settings = settings.with_changes(**_overrides(overrides))
    except ValidationError as error:
        first = error.errors()[0]
        raise ResourceError(f"{'.'.join(map(str, first['loc']))}: {first['msg']}", where=overrides) from None
    return settings.with_changes(user_agent=settings.user_agent.format(version=__version__))


def _overrides(path: str | None) -> dict[str, Any]:
    """Values of a YAML file named by KG_WEB_FETCH that replace the shipped ones."""
    if not path:
        return {}
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(f"cannot read fetch settings ({error})", where=path) from None
    if not isinstance(data, dict):
        raise ResourceError("fetch settings must be a mapping of names to values", where=path)
    return data


@cache
def topic_rule() -> TopicRule:
    rule: TopicRule = _load("topic.yaml", TopicRule)
    return rule
