"""The relation rules: each a named unit with the relation it adds and its base confidence.

A rule is applied by the layer that finds its evidence (kg/nlp/relations.py, kg/nlp/roles.py);
every fact it adds carries the rule's name until the extraction is built, so that evaluation
can switch a rule off (`kg eval --ablate NAME`) or credit it with the facts it adds
(`kg eval --rules`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kg.errors import InputError
from kg.models import RelationType

R = RelationType


@dataclass(frozen=True)
class RelationRule:
    """A named rule: the relation it adds, the confidence of its facts, and what it reads."""

    name: str
    relation: RelationType
    confidence: float
    description: str


RULES: tuple[RelationRule, ...] = (
    RelationRule("visit", R.VISITS, 0.9,
                 "a person with a visit or host cue and the first place or country named after it"),
    RelationRule("visit-companion", R.VISITS, 0.75,
                 "a person named after \"une délégation composée de\" or \"accompanied by\": the visitor's trip"),
    RelationRule("visit-away", R.VISITS, 0.8,
                 "a person of known country who meets or signs in a city of another country (\"à Genève\")"),
    RelationRule("visit-country", R.VISITS, 0.75, "the country of the city a person visits"),
    RelationRule("visit-dateline", R.VISITS, 0.7,
                 "the city a report is filed from (else the one city of the country where something took place), "
                 "for whoever visits its country and no city of it"),
    RelationRule("meet-people", R.MEETS, 0.9,
                 "two people in a sentence with a meeting cue: the subject and each one it meets, not co-listed ones"),
    RelationRule("meet-body", R.MEETS, 0.75, "one person and the bodies or organisations after \"with\""),
    RelationRule("meet-bodies", R.MEETS, 0.7,
                 "bodies or organisations meeting, no person named: the one before \"with\" and those after it"),
    RelationRule("cooperate-on", R.COOPERATES_ON, 0.85,
                 "a party and a domain in a sentence (or bullet) of cooperation, agreement or signing"),
    RelationRule("cooperation-field", R.COOPERATES_ON, 0.75,
                 "a party and a domain in a sentence saying what the article's cooperation covers (\"focus on\")"),
    RelationRule("discussed-domain", R.COOPERATES_ON, 0.7, "a party and a domain in talks that discussed it"),
    RelationRule("partners", R.COOPERATES_WITH, 0.85, "the parties of a sentence of cooperation"),
    RelationRule("signing-partners", R.COOPERATES_WITH, 0.85, "the countries that sign one agreement"),
    RelationRule("sign", R.SIGNS, 0.9, "a party or person in a sentence with a signing cue and an agreement"),
    RelationRule("party-signs", R.SIGNS, 0.8, "the parties an agreement is named after, where it is signed"),
    RelationRule("policy-owner", R.HAS_POLICY, 0.8,
                 "the country written in the policy's name, before it (\"'s\"), acting on it or next to it"),
    RelationRule("policy-home", R.HAS_POLICY, 0.6,
                 "a policy whose sentence names no country nor owner: the country the article names most"),
    RelationRule("member-of", R.MEMBER_OF, 0.85, "a person and the body named or implied by their role"),
    RelationRule("member-from", R.MEMBER_OF, 0.8, "a person and the body or organisation named right after them "
                 "(\"X from the European Commission\") or who lead its delegation (\"the JICA delegation, led by X\")"),
    RelationRule("part-of", R.PART_OF, 0.85, "a state body and its country (lexicon, a country word, its members)"),
    RelationRule("part-of-sentence", R.PART_OF, 0.7, "a state body and the one country its sentence names"),
)
BY_NAME = {rule.name: rule for rule in RULES}


def rule(name: str) -> RelationRule:
    """The registered rule of that name."""
    return BY_NAME[name]


def checked_names(names: Iterable[str]) -> frozenset[str]:
    """Rule names as given by a user, every one of them registered."""
    chosen = frozenset(names)
    unknown = sorted(chosen - set(BY_NAME))
    if unknown:
        raise InputError(f"no relation rule named {', '.join(unknown)}; rules: {', '.join(BY_NAME)}",
                         where="--ablate")
    return chosen
