"""The known-entity index: a lookup reads only the entities a rule can match, and merges as before."""

from __future__ import annotations

import random

from kg.models import ID_PREFIX, Article, Entity, EntityType, Extraction
from kg.nlp.resolve import KnownEntity, KnownIndex, Merge, _unique_match, resolve_against

COUNTRIES = {"maroc": "country/ma", "morocco": "country/ma", "kenya": "country/ke"}
KINDS = (EntityType.PERSON, EntityType.POLICY, EntityType.AGREEMENT, EntityType.ORGANIZATION)
# Few words, so that names share first words, prefixes, aliases and policy keys often;
# some in scripts that fold to nothing.
WORDS = ("amal", "El", "fallah", "Digital", "maroc", "morocco", "2030", "France-Morocco", "Kenya-Morocco",
         "Memorandum", "on", "Cybersecurity", "and", "AI", "DGSSI", "Путин", "中国", "الرباط")


def _entity(kind: EntityType, number: int, name: str, aliases: list[str]) -> Entity:
    return Entity(id=f"{ID_PREFIX[kind]}/e{number}", type=kind, name=name, aliases=aliases)


def _random_entity(chance: random.Random, number: int) -> Entity:
    def name() -> str:
        return " ".join(chance.choice(WORDS) for _ in range(chance.randint(1, 4)))

    return _entity(chance.choice(KINDS), number, name(), [name() for _ in range(chance.randint(0, 2))])


def _bucket_match(entity: Entity, known: list[KnownEntity], index: KnownIndex) -> Merge | None:
    """The match of comparing with every known entity of the type that shares a bucket."""
    keys = index._keys(entity.type.value, entity.name, entity.aliases)
    shared = [k for k in known if str(k.type) == entity.type.value
              and keys & index._keys(str(k.type), k.name, k.aliases)]
    return _unique_match(entity, shared, index.rules)


def test_nlp_resolve_index_merges_as_comparing_with_every_entity_of_a_shared_bucket() -> None:
    chance = random.Random(17)
    known = [KnownEntity(e.id, e.type.value, e.name, tuple(e.aliases))
             for e in (_random_entity(chance, n) for n in range(400))]
    index = KnownIndex(known, COUNTRIES)
    merged = 0
    for number in range(400, 1400):
        entity = _random_entity(chance, number)
        _, merges = resolve_against(Extraction(article=Article(id="a", title="t", language="en"),
                                               entities=[entity]), index)
        expected = _bucket_match(entity, known, index)
        assert merges == ([expected] if expected else []), entity
        merged += bool(merges)
    assert merged > 50  # the rules met often enough for the comparison to mean something


def test_nlp_resolve_index_reads_only_entities_a_rule_can_match() -> None:
    deals = [KnownEntity(f"agreement/d{n}", "Agreement", f"Memorandum {n} of Understanding", ("MoU",))
             for n in range(300)]
    bodies = [KnownEntity(f"organization/o{n}", "Organization", f"Ministry of Affairs {n}") for n in range(300)]
    target = KnownEntity("organization/dgssi", "Organization", "Ministry of Digital Security", ("DGSSI",))
    index = KnownIndex([*deals, *bodies, target], COUNTRIES)
    new = _entity(EntityType.ORGANIZATION, 1, "Ministry of Digital Security", [])
    assert [k.id for k in index.candidates(new)] == [target.id]
    # A generic alias that every deal has is no reason to compare two deals.
    assert index.candidates(_entity(EntityType.AGREEMENT, 2, "Memorandum 7 of Understanding", ["MoU"])) == [deals[7]]
