"""Whether an extracted article is about digital-policy cooperation (the test is data/web/topic.yaml)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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


class TopicFilter:
    """An extractor that drops off-topic web articles, remembering why (files are never dropped)."""

    def __init__(self, engine: Any, rule: TopicRule | None = None,
                 on_skip: Callable[[str, str], None] | None = None) -> None:
        self.engine = engine
        self.rule = rule or topic_rule()
        self.on_skip = on_skip or (lambda origin, reason: None)
        self.skipped: list[str] = []

    def extract_many(self, documents: Iterable[Any], **options: Any) -> Iterator[tuple[Any, Any]]:
        for document, result in self.engine.extract_many(documents, **options):
            reason = None
            if isinstance(result, Extraction) and getattr(document, "capture", None) is not None:
                reason = off_topic(result, self.rule)
            if reason is None:
                yield document, result
                continue
            self.skipped.append(f"{document.origin}: {reason}")
            self.on_skip(document.origin, reason)
