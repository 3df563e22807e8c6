"""Builds an article's contract Extraction from the state the rule layers leave."""

from __future__ import annotations

from kg.models import SIGNATURES, SYMMETRIC, Article, Entity, Evidence, Extraction, Mention, Relation
from kg.nlp.found import Found, Sentence
from kg.nlp.state import ArticleState, Draft

RelationKey = tuple[str, str, str]  # (type, subject, object), the ends of a symmetric relation sorted


def build(article: Article, state: ArticleState) -> tuple[Extraction, dict[RelationKey, str]]:
    """The contract Extraction of an article's state, and the rule behind each relation."""
    grouped: dict[str, list[Found]] = {}
    for found in state.found:
        if found.source != "pronoun":
            grouped.setdefault(found.id, []).append(found)
    entities = {eid: _entity(items, state) for eid, items in grouped.items()}
    for eid, term in state.extra.items():
        entities.setdefault(eid, Entity(id=eid, type=term.type, name=term.name, wikidata=term.wikidata))
    for eid, names in state.aliases.items():
        if eid in entities:
            entity = entities[eid]
            entities[eid] = entity.model_copy(update={"aliases": sorted({*entity.aliases, *names} - {entity.name})})
    relations, rules = _relations(state, entities)
    used = {r.subject for r in relations} | {r.object for r in relations} | set(grouped)
    return Extraction(article=article, entities=[e for k, e in entities.items() if k in used],
                      relations=relations), rules


def _entity(items: list[Found], state: ArticleState) -> Entity:
    term = items[0].term
    name = term.name
    texts = [state.source(f.start, f.end) for f in items]
    aliases = sorted({t for t in texts if t != name and t.strip()})
    role = state.roles.get(term.id)
    mentions = [Mention(text=t, start=f.start, end=f.end) for t, f in zip(texts, items, strict=True)
                if f.end > f.start]
    return Entity(id=term.id, type=term.type, name=name, aliases=aliases,
                  role=state.source(role.start, role.end) if role else None, wikidata=term.wikidata, mentions=mentions)


def _relations(state: ArticleState, entities: dict[str, Entity]) -> tuple[list[Relation], dict[RelationKey, str]]:
    """The best-supported relation of each (type, subject, object) whose ends fit its signature."""
    best: dict[RelationKey, Draft] = {}
    for draft in state.drafts:
        if draft.subject not in entities or draft.object not in entities:
            continue
        subjects, objects = SIGNATURES[draft.type]
        if entities[draft.subject].type not in subjects or entities[draft.object].type not in objects:
            continue
        ends = sorted((draft.subject, draft.object)) if draft.type in SYMMETRIC else [draft.subject, draft.object]
        key = (draft.type.value, ends[0], ends[1])
        if key not in best or best[key].confidence < draft.confidence:
            best[key] = draft
    evidence: dict[int, Evidence] = {}  # one per sentence, shared by the relations read from it
    relations = []
    for (_, subject, obj), draft in best.items():  # only the best draft of each relation is built
        sentence = draft.sentence
        if sentence.index not in evidence:
            evidence[sentence.index] = _evidence(state, sentence)
        relations.append(Relation(type=draft.type, subject=subject, object=obj, confidence=draft.confidence,
                                  date=sentence.date if draft.dated else None, evidence=evidence[sentence.index]))
    return relations, {key: draft.rule for key, draft in best.items()}


def _evidence(state: ArticleState, sentence: Sentence) -> Evidence:
    """The sentence a relation was read from; a list item keeps the sentence introducing its list, so the
    evidence says who does what ("… agreed to cooperate on:" down to "- cybersecurity;")."""
    start = sentence.start
    if sentence.bullet and sentence.intro is not None:
        start = min(start, state.sentences[sentence.intro].start)
    return Evidence(text=state.source(start, sentence.end), start=start, end=sentence.end)
