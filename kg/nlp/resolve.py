"""Cross-article resolution: rewrite new ids to known ones when a conservative rule agrees."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.models import SYMMETRIC, Entity, EntityType, Extraction, Mention, Relation
from kg.nlp.lexicon import load_lexicon
from kg.nlp.text import fold

E = EntityType
STABLE = frozenset({E.COUNTRY, E.POLICY_DOMAIN})  # ids from codes and concepts: nothing to resolve
#: The types the rules compare: known things of other types (events, statements) are never candidates.
RESOLVED = frozenset(kind.value for kind in E if kind not in STABLE)
NAME_WORDS = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """An entity the store already holds."""

    id: str
    type: E | str
    name: str
    aliases: tuple[str, ...] | list[str] = field(default_factory=tuple)


@dataclass(frozen=True)
class Merge:
    """One id rewritten to a known id, with the rule that allowed it and why."""

    from_id: str
    to_id: str
    rule: str
    evidence: str


Rule = Callable[[Entity, KnownEntity], str | None]


def _names(entity: Entity | KnownEntity) -> set[str]:
    return {fold(entity.name), *(fold(a) for a in entity.aliases if len(a) > 2)}


def same_name(entity: Entity, known: KnownEntity) -> str | None:
    """Same name, or the name of one is an alias of the other (not for people)."""
    if entity.type is E.PERSON:
        return None
    if fold(entity.name) in _names(known) or fold(known.name) in _names(entity):
        return f"{entity.name!r} is a name of {known.name!r}"
    return None


def person_name(entity: Entity, known: KnownEntity) -> str | None:
    """Same full name, or one name extends the other from the same first names.

    "Amal El Fallah" and "Amal El Fallah Seghrouchni" merge; "Sarah Smith" and
    "John Smith" (a shared surname only) do not.
    """
    if entity.type is not E.PERSON:
        return None
    mine, theirs = fold(entity.name).split(), fold(known.name).split()
    if mine == theirs:
        return f"same full name {entity.name!r}"
    short, long = sorted((mine, theirs), key=len)
    if len(short) >= 2 and long[: len(short)] == short:
        return f"{' '.join(short)!r} begins {' '.join(long)!r}"
    return None


def same_agreement(entity: Entity, known: KnownEntity) -> str | None:
    """"France-Morocco Memorandum of Understanding on Cybersecurity" = "… on Cybersecurity and Artificial
    Intelligence": the same parties and kind, and no field of one missing from both (a French and an
    English report of one deal list its fields differently)."""
    if entity.type is not E.AGREEMENT:
        return None
    (mine, my_fields), (theirs, their_fields) = _deal(entity.name), _deal(known.name)
    if "-" not in mine or mine != theirs:
        return None
    if my_fields and their_fields and not my_fields & their_fields:
        return None
    return f"{entity.name!r} and {known.name!r} have the same parties and kind"


def _deal(name: str) -> tuple[str, frozenset[str]]:
    """An agreement's canonical name as its parties and kind, and the fields it is "on"."""
    head, _, fields = fold(name).partition(" on ")
    return head.strip(), frozenset(f.strip() for f in re.split(r",|\band\b", fields) if f.strip())


class PolicyKeys:
    """Policy-name keys: words of the name, country names replaced by their code, order ignored."""

    def __init__(self, countries: dict[str, str], stopwords: frozenset[str] | None = None) -> None:
        self.surfaces = sorted(countries.items(), key=lambda kv: -len(kv[0]))  # longest first
        self.seen: dict[str, frozenset[str]] = {}
        if stopwords is None:
            stopwords = frozenset(load_lexicon().all_words("policy_key_stopwords"))
        self.stopwords = stopwords  # folded words of every pack that name no policy in particular

    def __call__(self, name: str) -> frozenset[str]:
        key = self.seen.get(name)
        if key is None:
            key = self.seen[name] = self._key(name)
        return key

    def _key(self, name: str) -> frozenset[str]:
        text = f" {fold(name)} "
        for surface, country_id in self.surfaces:
            if f" {surface} " in text:
                text = text.replace(f" {surface} ", f" {country_id} ")
        return frozenset(w for w in re.split(r"\s+", text.strip()) if w and w not in self.stopwords)


def policy_key(name: str, countries: dict[str, str]) -> frozenset[str]:
    """Words of a policy name, country names replaced by their code, order ignored."""
    return PolicyKeys(countries)(name)


def make_policy_rule(keys: PolicyKeys) -> Rule:
    def same_policy(entity: Entity, known: KnownEntity) -> str | None:
        """"Maroc Digital 2030" = "Digital Morocco 2030": same words, same country."""
        if entity.type is not E.POLICY:
            return None
        key = keys(entity.name)
        if len(key) >= 2 and key == keys(known.name):
            return f"{entity.name!r} and {known.name!r} have the same words once countries are named by code"
        return None

    return same_policy


class KnownIndex:
    """Known entities indexed by what each rule compares, so a lookup reads only those that can match.

    A rule holds only between names that agree on something exact: a folded name or alias
    (same-name), a full name or its first two or more words (person-name), a policy key
    (same-policy), an agreement's parties and kind (same-agreement). Each known entity is
    filed under a hash of each such key (a number: the index holds no copy of the names), and
    a lookup reads the entities under the keys of the new one; the rules then decide on
    those few, as before; a hash that two keys share only adds a candidate the rules refuse. Every rule also needs the
    two to share a first word of a name or alias (or, for policies, the policy key): the
    entities that could meet a rule through a name that folds to nothing (another script)
    are kept apart with their keys, and that condition is checked for them.
    """

    def __init__(self, known: Iterable[KnownEntity] = (), countries: dict[str, str] | None = None) -> None:
        if countries is None:
            countries = load_lexicon().country_words()
        self.policy_keys = PolicyKeys(countries)
        self.rules: list[Rule] = [person_name, same_name, make_policy_rule(self.policy_keys), same_agreement]
        self.by_id: dict[str, KnownEntity] = {}
        self.lookup: dict[int, str | set[str]] = {}
        self.blank: dict[str, tuple[KnownEntity, set[tuple[str, str]]]] = {}
        for entity in known:
            self.add(entity)

    def add(self, entity: KnownEntity) -> None:
        kind = sys.intern(str(entity.type))
        entity = KnownEntity(entity.id, kind, entity.name, tuple(map(sys.intern, entity.aliases)))
        self.by_id[entity.id] = entity
        for key in self._filed(entity):
            found = self.lookup.get(key)
            if found is None or found == entity.id:
                self.lookup[key] = entity.id
            elif isinstance(found, set):
                found.add(entity.id)
            else:
                self.lookup[key] = {found, entity.id}
        if "" in _names(entity):  # a name in another script: compared only within its buckets
            self.blank[entity.id] = (entity, self._keys(kind, entity.name, entity.aliases))
        else:
            self.blank.pop(entity.id, None)

    def add_extraction(self, extraction: Extraction) -> None:
        for entity in extraction.entities:
            if entity.type not in STABLE:
                self.add(KnownEntity(entity.id, entity.type.value, entity.name, tuple(entity.aliases)))

    def candidates(self, entity: Entity) -> list[KnownEntity]:
        kind = entity.type.value
        ids: set[str] = set()
        for key in self._sought(entity):
            found = self.lookup.get(key)
            if isinstance(found, set):
                ids.update(found)
            elif found is not None:
                ids.add(found)
        if self.blank and "" in _names(entity):  # a name that folds to nothing meets those of the blank
            ids.update(self.blank)
        blank = ids & self.blank.keys()
        if blank:  # these meet a rule in more ways than their keys say: only within a shared bucket
            keys = self._keys(kind, entity.name, entity.aliases)
            ids -= {i for i in blank if not keys & self.blank[i][1]}
        return [self.by_id[i] for i in ids]

    def _filed(self, known: KnownEntity) -> set[int]:
        """The keys a known entity is filed under: its folded names, its name, a person's first words."""
        kind, label = str(known.type), fold(known.name)
        keys = {hash((kind, "\u001c", text)) for text in _names(known)}
        if kind == E.PERSON.value:
            words = label.split()
            keys |= {hash((kind, "\u001e", " ".join(words[:n]))) for n in range(2, len(words))}
        return keys | {hash((kind, label))} | self._shared(kind, known.name)

    def _sought(self, entity: Entity) -> set[int]:
        """The keys under which a known entity that can meet a rule with this one is filed.

        Its name among the names of another, a name of its own that is the name of another
        (never two aliases alike: generic ones, "memorandum of understanding", are shared by
        thousands); a person's name begun by another's, or beginning it.
        """
        kind, label = entity.type.value, fold(entity.name)
        keys = {hash((kind, text)) for text in _names(entity)}
        if entity.type is E.PERSON:
            words = label.split()
            keys |= {hash((kind, " ".join(words[:n]))) for n in range(2, len(words))}
            keys.add(hash((kind, "\u001e", label)))
        return keys | {hash((kind, "\u001c", label))} | self._shared(kind, entity.name)

    def _shared(self, kind: str, name: str) -> set[int]:
        """Keys compared alike on both sides: a policy's key, an agreement's parties and kind."""
        if kind == E.POLICY.value:
            return {hash((kind, "\u001f", " ".join(sorted(self.policy_keys(name)))))}
        if kind == E.AGREEMENT.value and "-" in (head := _deal(name)[0]):
            return {hash((kind, "\u001d", head))}
        return set()

    def _keys(self, type_name: str, name: str, aliases: Iterable[str]) -> set[tuple[str, str]]:
        """The first-word keys (and a policy's key) two entities must share to be compared."""
        keys = {(type_name, words[0]) for text in (name, *aliases) if (words := fold(text).split())}
        if type_name == E.POLICY.value:
            keys.add((type_name, "\u001f" + " ".join(sorted(self.policy_keys(name)))))
        return keys


def resolve_against(extraction: Extraction, known: Iterable[KnownEntity] | KnownIndex,
                    countries: dict[str, str] | None = None) -> tuple[Extraction, list[Merge]]:
    """A copy of the extraction with ids rewritten to known ones, and the merges made.

    ``countries`` (surface word -> country id) is read when ``known`` is a plain iterable;
    a KnownIndex carries its own.
    """
    index = known if isinstance(known, KnownIndex) else KnownIndex(known, countries)
    rules = index.rules
    merges: list[Merge] = []
    for entity in extraction.entities:
        if entity.type in STABLE or entity.id in index.by_id:
            continue
        candidates = [k for k in index.candidates(entity) if str(k.type) == entity.type.value]
        merge = _unique_match(entity, candidates, rules)
        if merge:
            merges.append(merge)
    return _rewrite(extraction, {m.from_id: m.to_id for m in merges}, index), merges


def _unique_match(entity: Entity, candidates: list[KnownEntity], rules: list[Rule]) -> Merge | None:
    for rule in rules:
        hits = [(k, why) for k in candidates if (why := rule(entity, k))]
        if len({k.id for k, _ in hits}) == 1:
            known, why = hits[0]
            return Merge(entity.id, known.id, rule.__name__.replace("_", "-"), why)
        if hits:
            return None  # ambiguous: stay apart
    return None


def _rewrite(extraction: Extraction, mapping: dict[str, str], index: KnownIndex) -> Extraction:
    names = {to_id: index.by_id[to_id].name for to_id in mapping.values()}
    merged: dict[str, Entity] = {}
    for entity in extraction.entities:
        new_id = mapping.get(entity.id, entity.id)
        entity = _renamed(entity, new_id, names.get(new_id)) if new_id != entity.id else entity
        merged[new_id] = _union(merged[new_id], entity) if new_id in merged else entity
    relations: dict[tuple[str, str, str], Relation] = {}
    for relation in extraction.relations:
        ends = [mapping.get(relation.subject, relation.subject), mapping.get(relation.object, relation.object)]
        if relation.type in SYMMETRIC:
            ends.sort()
        if ends[0] == ends[1]:
            continue
        key = (relation.type.value, ends[0], ends[1])
        if key not in relations or relations[key].confidence < relation.confidence:
            relations[key] = relation.model_copy(update={"subject": ends[0], "object": ends[1]})
    return Extraction(article=extraction.article, entities=list(merged.values()),
                      relations=list(relations.values()))


def _renamed(entity: Entity, new_id: str, name: str | None) -> Entity:
    aliases = sorted({*entity.aliases, entity.name} - {name or entity.name})
    return entity.model_copy(update={"id": new_id, "name": name or entity.name, "aliases": aliases})


def _union(first: Entity, second: Entity) -> Entity:
    aliases = sorted({*first.aliases, *second.aliases, second.name} - {first.name})
    mentions: list[Mention] = sorted({*first.mentions, *second.mentions}, key=lambda m: m.start)
    return first.model_copy(update={"aliases": aliases, "mentions": mentions,
                                    "role": first.role or second.role,
                                    "wikidata": first.wikidata or second.wikidata})
