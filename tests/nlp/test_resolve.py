"""Cross-article merging: conservative, explained, and ids rewritten everywhere."""

from __future__ import annotations

import pytest

from kg.models import Article, Entity, Extraction, Relation
from kg.nlp.resolve import KnownEntity, resolve_against

COUNTRIES = {"maroc": "country/ma", "morocco": "country/ma", "kenya": "country/ke"}


def extraction(*entities: Entity, relations: tuple[Relation, ...] = ()) -> Extraction:
    return Extraction(article=Article(id="a1", title="t", language="en"), entities=list(entities),
                      relations=list(relations))


def entity(kind: str, name: str, aliases: tuple[str, ...] = ()) -> Entity:
    from kg.ids import entity_id

    return Entity(id=entity_id(kind, name), type=kind, name=name, aliases=list(aliases))


@pytest.mark.parametrize(("kind", "new", "known", "rule"), [
    ("Person", "Amal El Fallah", "Amal El Fallah Seghrouchni", "person-name"),
    ("Policy", "Maroc Digital 2030", "Digital Maroc 2030", "same-policy"),
    ("Policy", "Digital Morocco 2030", "Digital Maroc 2030", "same-policy"),
    ("Policy", "Pacific Cable Connect initiative", "Pacific Cable Connect", "same-policy"),
    ("GovernmentBody", "DGSSI", "General Directorate of Information Systems Security", "same-name"),
])
def test_nlp_resolve_merges_with_a_rule(kind: str, new: str, known: str, rule: str) -> None:
    from kg.ids import entity_id

    aliases = ("DGSSI",) if new == "DGSSI" else ()
    store = [KnownEntity(entity_id(kind, known), kind, known, aliases)]
    resolved, merges = resolve_against(extraction(entity(kind, new)), store, COUNTRIES)
    assert [m.rule for m in merges] == [rule]
    assert merges[0].evidence
    assert resolved.entities[0].id == store[0].id
    assert new in resolved.entities[0].aliases


@pytest.mark.parametrize(("kind", "new", "known"), [
    ("Person", "John Smith", "Sarah Smith"),
    ("Person", "Seghrouchni", "Amal El Fallah Seghrouchni"),
    ("Policy", "Digital Kenya 2030", "Digital Maroc 2030"),
    ("Organization", "Inria", "Mila"),
])
def test_nlp_resolve_keeps_different_things_apart(kind: str, new: str, known: str) -> None:
    from kg.ids import entity_id

    store = [KnownEntity(entity_id(kind, known), kind, known)]
    _, merges = resolve_against(extraction(entity(kind, new)), store, COUNTRIES)
    assert merges == []


def test_nlp_resolve_ambiguous_match_stays_apart() -> None:
    store = [KnownEntity("person/amal-el-fallah-seghrouchni", "Person", "Amal El Fallah Seghrouchni"),
             KnownEntity("person/amal-el-fallah-other", "Person", "Amal El Fallah Other")]
    _, merges = resolve_against(extraction(entity("Person", "Amal El Fallah")), store, COUNTRIES)
    assert merges == []


def test_nlp_resolve_rewrites_relations_and_dedupes() -> None:
    new = entity("Policy", "Maroc Digital 2030")
    country = Entity(id="country/ma", type="Country", name="Morocco")
    relation = Relation(type="hasPolicy", subject="country/ma", object=new.id, confidence=0.8)
    store = [KnownEntity("policy/digital-maroc-2030", "Policy", "Digital Maroc 2030")]
    resolved, _ = resolve_against(extraction(new, country, relations=(relation,)), store, COUNTRIES)
    assert [(r.subject, r.object) for r in resolved.relations] == [("country/ma", "policy/digital-maroc-2030")]


def test_nlp_resolve_index_reads_only_policies_that_can_match() -> None:
    from kg.nlp.resolve import KnownIndex

    others = [KnownEntity(f"policy/plan-{n}", "Policy", f"Plan Kenya {n}") for n in range(500)]
    target = KnownEntity("policy/digital-maroc-2030", "Policy", "Digital Maroc 2030")
    index = KnownIndex([*others, target], COUNTRIES)
    candidates = index.candidates(entity("Policy", "Digital Morocco 2030"))
    assert [k.id for k in candidates] == [target.id]
    _, merges = resolve_against(extraction(entity("Policy", "Digital Morocco 2030")), index)
    assert [(m.to_id, m.rule) for m in merges] == [(target.id, "same-policy")]


@pytest.mark.parametrize(("new", "known", "merged"), [
    ("France-Morocco Memorandum of Understanding on Cybersecurity",
     "France-Morocco Memorandum of Understanding on Cybersecurity and Artificial Intelligence", True),
    ("France-Morocco Memorandum of Understanding",
     "France-Morocco Memorandum of Understanding on Cybersecurity", True),
    ("France-Morocco Memorandum of Understanding on Space Technology",
     "France-Morocco Memorandum of Understanding on Cybersecurity", False),
    ("France-Morocco Cooperation Agreement on Cybersecurity",
     "France-Morocco Memorandum of Understanding on Cybersecurity", False),
    ("Kenya-Morocco Memorandum of Understanding on Cybersecurity",
     "France-Morocco Memorandum of Understanding on Cybersecurity", False),
])
def test_nlp_resolve_the_same_agreement_reported_in_two_languages(new: str, known: str, merged: bool) -> None:
    from kg.ids import entity_id

    store = [KnownEntity(entity_id("Agreement", known), "Agreement", known)]
    _, merges = resolve_against(extraction(entity("Agreement", new)), store, COUNTRIES)
    assert [m.rule for m in merges] == (["same-agreement"] if merged else [])
