"""Scores extraction against gold annotations: P/R/F1 per entity and relation type."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kg.errors import InputError, summary
from kg.models import SYMMETRIC, Entity, Extraction, RelationType
from kg.nlp import Extractor
from kg.nlp.lexicon import load_lexicon
from kg.nlp.resolve import policy_key
from kg.nlp.rules import RULES
from kg.nlp.text import fold
from kg.readers import Document, read_paths

RelationKey = tuple[str, str, str]


@dataclass
class Counts:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Score:
    """Counts per entity type and per relation type, with their micro averages."""

    entities: dict[str, Counts] = field(default_factory=dict)
    relations: dict[str, Counts] = field(default_factory=dict)
    articles: int = 0
    dated: int = 0  # found relations whose gold twin has a date
    same_date: int = 0  # … and the extractor gave that date

    def add(self, other: Score) -> None:
        self.articles += other.articles
        self.dated += other.dated
        self.same_date += other.same_date
        for mine, theirs in ((self.entities, other.entities), (self.relations, other.relations)):
            for key, counts in theirs.items():
                mine.setdefault(key, Counts()).add(counts)

    def micro(self, table: dict[str, Counts]) -> Counts:
        total = Counts()
        for counts in table.values():
            total.add(counts)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "entities": {k: v.as_dict() for k, v in sorted(self.entities.items())},
            "relations": {k: v.as_dict() for k, v in sorted(self.relations.items())},
            "entity_micro": self.micro(self.entities).as_dict(),
            "relation_micro": self.micro(self.relations).as_dict(),
            "dates": {"dated": self.dated, "same": self.same_date,
                      "share": round(self.same_date / self.dated, 4) if self.dated else None},
        }


def _keys(entity: Entity) -> set[str]:
    return {fold(entity.name), *(fold(a) for a in entity.aliases if len(a) > 2)}


def align(predicted: list[Entity], gold: list[Entity]) -> dict[str, str]:
    """Predicted id -> gold id: same id, else same type and a shared name or alias.

    Names are tried before aliases, and each gold entity is taken once.
    """
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    gold_ids = {g.id for g in gold}
    for p in predicted:
        if p.id in gold_ids:
            mapping[p.id] = p.id
            taken.add(p.id)
    for strength in (_by_name, _by_alias, _by_policy_words):
        for p in predicted:
            if p.id in mapping:
                continue
            match = next((g for g in gold if g.id not in taken and g.type == p.type and strength(p, g)), None)
            if match is not None:
                mapping[p.id] = match.id
                taken.add(match.id)
    return mapping


def align_extractions(predicted: Extraction, gold: Extraction) -> dict[str, str]:
    """`align`, then each agreement left over to a gold agreement of the same kind signed by the same
    parties: the test of the graph's merge rule ("same parties, same type"), so that a deal named in
    other words ("Saudi Arabia-Tunisia Agreement on Telecommunications" for "… Cooperation Agreement
    on Information and Communication Technologies") counts as found. Parties are the countries,
    bodies and organisations that sign it, compared after the other entities are aligned."""
    mapping = align(predicted.entities, gold.entities)
    taken = set(mapping.values())
    theirs = _parties(gold, None)
    mine = _parties(predicted, mapping)
    kinds = agreement_kinds()
    for p in predicted.entities:
        if p.type.value != "Agreement" or p.id in mapping or not mine.get(p.id):
            continue
        kind = _kind(p.name, kinds)
        match = next((g for g in gold.entities if g.type.value == "Agreement" and g.id not in taken
                      and kind is not None and _kind(g.name, kinds) == kind and theirs.get(g.id) == mine[p.id]),
                     None)
        if match is not None:
            mapping[p.id] = match.id
            taken.add(match.id)
    return mapping


def _parties(extraction: Extraction, mapping: dict[str, str] | None) -> dict[str, frozenset[str]]:
    """Agreement id -> the ids of the parties (not the people) that sign it, through the mapping
    when one is given (an unaligned party keeps a mark, so it matches nothing)."""
    persons = {e.id for e in extraction.entities if e.type.value == "Person"}
    parties: dict[str, set[str]] = {}
    for r in extraction.relations:
        if r.type.value == "signs" and r.subject not in persons:
            party = r.subject if mapping is None else mapping.get(r.subject, f"?{r.subject}")
            parties.setdefault(r.object, set()).add(party)
    return {k: frozenset(v) for k, v in parties.items()}


@cache
def agreement_kinds() -> frozenset[str]:
    """The head nouns of the agreement kinds of every pack ("memorandum", "agreement", "letter" …):
    the word before "of" in the English label, else its last word."""
    heads = set()
    for phrases in load_lexicon().agreements.values():
        for _, label in phrases:
            if label != "reference":
                heads.add(fold(label).split(" of ")[0].split()[-1])
    return frozenset(heads)


def _kind(name: str, kinds: frozenset[str]) -> str | None:
    """The kind of an agreement's canonical name: the last kind noun before its subject ("on …")."""
    head = fold(name).partition(" on ")[0]
    return next((w for w in reversed(re.split(r"[\s-]+", head)) if w in kinds), None)


def _by_name(p: Entity, g: Entity) -> bool:
    return fold(p.name) in _keys(g) or fold(g.name) in _keys(p)


def _by_alias(p: Entity, g: Entity) -> bool:
    return bool(_keys(p) & _keys(g))


def _by_policy_words(p: Entity, g: Entity) -> bool:
    """The same policy written in another language ("Digital Morocco 2030" / "Digital Maroc 2030")."""
    if p.type.value != "Policy":
        return False
    countries = load_lexicon().country_words()
    mine = {policy_key(n, countries) for n in [p.name, *p.aliases]}
    theirs = {policy_key(n, countries) for n in [g.name, *g.aliases]}
    return any(len(k) >= 2 for k in mine & theirs)


def relation_keys(extraction: Extraction, mapping: dict[str, str] | None = None) -> set[RelationKey]:
    """Relations as (type, subject, object), symmetric ones with their ends sorted."""
    if mapping is None:
        return {_key(relation, {}) for relation in extraction.relations}
    return {_key(relation, mapping, unknown="?") for relation in extraction.relations}


def labels(predicted: Extraction, gold: Extraction) -> list[bool]:
    """For each predicted relation, in order, whether the gold has it (entities aligned by `align`)."""
    mapping = align_extractions(predicted, gold)
    theirs = relation_keys(gold)
    return [_key(relation, mapping, unknown="?") in theirs for relation in predicted.relations]


def score(predicted: Extraction, gold: Extraction) -> Score:
    """Scores one article's extraction against its gold annotation."""
    result = Score(articles=1)
    mapping = align_extractions(predicted, gold)
    matched = set(mapping.values())
    for entity in gold.entities:
        counts = result.entities.setdefault(entity.type.value, Counts())
        counts.tp, counts.fn = counts.tp + (entity.id in matched), counts.fn + (entity.id not in matched)
    for entity in predicted.entities:
        if entity.id not in mapping:
            result.entities.setdefault(entity.type.value, Counts()).fp += 1
    mine, theirs = relation_keys(predicted, mapping), relation_keys(gold)
    for kind in RelationType:
        p = {k for k in mine if k[0] == kind.value}
        g = {k for k in theirs if k[0] == kind.value}
        if p or g:
            result.relations[kind.value] = Counts(len(p & g), len(p - g), len(g - p))
    result.dated, result.same_date = _dates(predicted, gold, mapping)
    return result


def _dates(predicted: Extraction, gold: Extraction, mapping: dict[str, str]) -> tuple[int, int]:
    """How many found relations have a dated gold twin, and how many of them carry its date."""
    gold_dates: dict[RelationKey, set[str]] = {}
    for relation in gold.relations:
        if relation.date:
            gold_dates.setdefault(_key(relation, {}), set()).add(relation.date)
    dated = same = 0
    for relation in predicted.relations:
        dates = gold_dates.get(_key(relation, mapping))
        if dates:
            dated += 1
            same += relation.date in dates
    return dated, same


def _key(relation: Any, mapping: dict[str, str], unknown: str = "") -> RelationKey:
    """(type, subject, object) with ids rewritten through the mapping (unmapped ones marked with
    `unknown`), the ends of a symmetric relation sorted."""
    ends = [mapping.get(e, f"{unknown}{e}") for e in (relation.subject, relation.object)]
    if relation.type in SYMMETRIC:
        ends.sort()
    return (relation.type.value, ends[0], ends[1])


def load_gold(path: Path) -> Extraction:
    """A gold annotation file in the contract JSON."""
    try:
        return Extraction.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read gold annotation ({error})", where=str(path)) from None
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{place}: {first['msg']}", where=str(path)) from None


def pair_files(gold_dir: Path, articles_dir: Path) -> list[tuple[Path, Path]]:
    """Each gold file with the article of the same file stem."""
    articles = {p.stem: p for p in sorted(articles_dir.iterdir()) if p.is_file()}
    pairs = []
    for gold in sorted(gold_dir.glob("*.json")):
        if gold.stem not in articles:
            raise InputError(f"no article named {gold.stem}.* in {articles_dir}", where=str(gold))
        pairs.append((gold, articles[gold.stem]))
    if not pairs:
        raise InputError("no gold annotations (*.json) found", where=str(gold_dir))
    return pairs


@dataclass
class Report:
    """Scores per language and over everything, with per-article details."""

    languages: dict[str, Score] = field(default_factory=dict)
    overall: Score = field(default_factory=Score)
    per_article: dict[str, dict[str, Any]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)  # article -> why the extractor stopped on it

    def as_dict(self) -> dict[str, Any]:
        data = {"languages": {k: v.as_dict() for k, v in sorted(self.languages.items())},
                "overall": self.overall.as_dict(), "articles": self.per_article}
        return {**data, "failed": self.failed} if self.failed else data


def evaluate(gold_dir: Path, articles_dir: Path, extractor: Any = None) -> Report:
    """Extract every article that has a gold file and score it, per language and overall."""
    extractor = extractor or Extractor()
    report = Report()
    for gold_path, article_path in pair_files(gold_dir, articles_dir):
        gold, document = load_gold(gold_path), read_article(article_path)
        predicted, _, failed = extract_or_nothing(extractor, document)
        if failed:
            report.failed[gold_path.stem] = failed
        article_score = score(predicted, gold)
        report.languages.setdefault(gold.article.language, Score()).add(article_score)
        report.overall.add(article_score)
        report.per_article[gold_path.stem] = article_score.as_dict()
    return report


def extract_or_nothing(extractor: Any, document: Any) -> tuple[Extraction, dict[RelationKey, str], str]:
    """The extraction of one article and its rules; when the extractor stops on it, an empty
    extraction and why: the article is scored as finding nothing and the rest of the set goes on."""
    try:
        predicted, rules = extractor.extract_traced(document)
        return predicted, rules, ""
    except Exception as error:  # a rule's bug on one article must not hide the rest of the scores
        return Extraction(article=document.article), {}, failure(error)


def failure(error: BaseException) -> str:
    """One line naming an error and where it was raised (file and line of the innermost frame)."""
    frame = error.__traceback__
    while frame is not None and frame.tb_next is not None:
        frame = frame.tb_next
    place = f" at {Path(frame.tb_frame.f_code.co_filename).name}:{frame.tb_lineno}" if frame else ""
    return f"{summary(error, 200)}{place}"


def read_article(path: Path) -> Any:
    """The one document of an article file."""
    documents = [d for d in read_paths([path]) if isinstance(d, Document)]
    if not documents:
        raise InputError("the article could not be read", where=str(path))
    return documents[0]


@dataclass
class RuleCounts:
    """The relations a rule added to the extractions and how many of them the gold has."""

    added: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.added if self.added else 0.0


def rule_report(gold_dir: Path, articles_dir: Path, extractor: Any = None) -> dict[str, RuleCounts]:
    """Per relation rule: the relations it added (those it won) and how many are in the gold."""
    extractor = extractor or Extractor()
    counts: dict[str, RuleCounts] = {}
    for gold_path, article_path in pair_files(gold_dir, articles_dir):
        gold = load_gold(gold_path)
        predicted, rules, _ = extract_or_nothing(extractor, read_article(article_path))
        for relation, right in zip(predicted.relations, labels(predicted, gold), strict=True):
            entry = counts.setdefault(rules.get(_key(relation, {}), "?"), RuleCounts())
            entry.added += 1
            entry.correct += right
    return counts


def format_rules(counts: dict[str, RuleCounts]) -> str:
    """A plain-text table of the rule report, every registered rule listed."""
    lines = [f"{'rule':20}{'relation':16}{'conf':>6}{'added':>7}{'right':>7}{'P':>7}"]
    for rule in RULES:
        c = counts.get(rule.name, RuleCounts())
        lines.append(f"{rule.name:20}{rule.relation.value:16}{rule.confidence:6.2f}{c.added:7}{c.correct:7}"
                     f"{c.precision:7.3f}")
    return "\n".join(lines)


def format_table(report: Report) -> str:
    """A plain-text table: one block per language, then everything together."""
    lines: list[str] = []
    blocks: Iterable[tuple[str, Score]] = [*sorted(report.languages.items()), ("all", report.overall)]
    for language, result in blocks:
        lines.append(f"== {language} ({result.articles} articles)")
        lines.append(f"{'':18}{'P':>7}{'R':>7}{'F1':>7}{'TP':>5}{'FP':>5}{'FN':>5}")
        for title, table in (("entities", result.entities), ("relations", result.relations)):
            for key, counts in sorted(table.items()):
                lines.append(_row(f"  {key}", counts))
            lines.append(_row(f"{title} (micro)", result.micro(table)))
        if result.dated:
            lines.append(f"dates: {result.same_date} of {result.dated} found relations with a dated gold twin carry "
                         f"its date ({result.same_date / result.dated:.0%})")
        lines.append("")
    lines += [f"extraction failed on {name} ({why}): scored as finding nothing" for name, why in report.failed.items()]
    return "\n".join(lines)


def _row(label: str, c: Counts) -> str:
    return f"{label:18}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:5}{c.fp:5}{c.fn:5}"
