"""Whether an extracted article is about digital-policy cooperation (the test is data/web/topic.yaml)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.models import Extraction
from kg.web.config import TopicRule, topic_rule


def off_topic(extraction: Extraction, rule: TopicRule | None = None) -> str | None:
    """Why the article is off topic, or None when it is on topic."""
    rule = rule or topic_rule()
    relations = [r for r in extraction.relations if str(r.type) in rule.relation_types]
    if rule.min_relations and len(relations) >= rule.min_relations:
        return None
    types = {str(entity.type) for entity in extraction.entities}
    missing = [group.name for group in rule.require_all_groups if not types & set(group.entity_types)]
    if not missing:
        return None
    return f"off topic: no cooperation relation and no {' nor '.join(missing)} found (--all keeps it)"


def keep_on_topic(rule: TopicRule | None = None) -> Callable[[Any, Extraction], str | None]:
    """The ``keep`` test of ingest: web articles must be on topic; files are always kept."""
    rule = rule or topic_rule()

    def keep(document: Any, extraction: Extraction) -> str | None:
        if getattr(document, "capture", None) is None:
            return None
        return off_topic(extraction, rule)

    return keep
