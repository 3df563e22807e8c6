"""Calibrated confidence: each relation's confidence is the probability, learned on annotated real
articles, that a relation with its rule and features is right.

The model is a logistic regression over a few features of the relation (its rule, the distance
between its ends, whether both are named in its sentence, how often it is supported…), fitted by
`scripts/calibrate.py` on the dev half and shipped as data (data/calibration.json). The rules were
written next to the dev half, so a model fitted there learns a precision new articles do not have;
a second, two-number step (a slope and a shift of the model's log-odds) maps it to the precision
observed at first contact on the spent test batches (data/corpus/first_contact/). Applying it needs no training
library: a weighted sum and a logistic function. Without the file, relations keep their rules'
base confidences and a warning says so.
"""

from __future__ import annotations

import json
import logging
import math
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.models import SYMMETRIC, Extraction
from kg.nlp.found import Found, Sentence
from kg.nlp.state import ArticleState, Draft
from kg.nlp.tokens import tokens_of

RelationKey = tuple[str, str, str]
FILE = Path("data") / "calibration.json"
LOG = logging.getLogger("kg.nlp.calibration")


def key_of(draft: Draft) -> RelationKey:
    """The (type, subject, object) a draft becomes, the ends of a symmetric relation sorted."""
    ends = sorted((draft.subject, draft.object)) if draft.type in SYMMETRIC else [draft.subject, draft.object]
    return (draft.type.value, ends[0], ends[1])


def features(extraction: Extraction, rules: Mapping[RelationKey, str],
             state: ArticleState) -> dict[RelationKey, dict[str, float]]:
    """The features of each relation of the extraction, by (type, subject, object)."""
    drafts: dict[RelationKey, list[Draft]] = {}
    for draft in state.drafts:
        drafts.setdefault(key_of(draft), []).append(draft)
    named: dict[str, list[Found]] = {}
    for found in state.found:
        named.setdefault(found.id, []).append(found)
    parsed = state.doc.has_annotation("DEP")  # asked once: spaCy looks at every token
    result: dict[RelationKey, dict[str, float]] = {}
    for relation in extraction.relations:
        key = (relation.type.value, relation.subject, relation.object)
        support = drafts.get(key, [])
        start = relation.evidence.start if relation.evidence else None
        chosen = next((d for d in support if d.rule == rules.get(key) and d.sentence.start == start),
                      support[0] if support else None)
        if chosen is not None:
            ends = {chosen.subject, chosen.object}
            result[key] = _features(state, chosen, support, [f for end in ends for f in named.get(end, [])], parsed)
    return result


def _features(state: ArticleState, draft: Draft, support: list[Draft], mentions: list[Found],
              parsed: bool) -> dict[str, float]:
    """`mentions`: those of the draft's two ends in the article; `parsed`: whether the doc has a parse."""
    sentence = draft.sentence
    pair = _closest(sentence, draft.subject, draft.object)
    tokens = _token_span(state, sentence.start, sentence.end)
    values = {"distance": math.log1p(tokens), "apart": 1.0, "commas": 0.0, "path": 0.0,
              "unparsed": float(not parsed)}
    if pair is not None:
        first, second = sorted(pair, key=lambda f: f.start)
        between = state.text[first.end : second.start]
        values.update(distance=math.log1p(_token_span(state, first.end, second.start)), apart=0.0,
                      commas=float(min(3, between.count(",") + between.count(";"))),
                      path=math.log1p(_path(state, first.start, second.start) if parsed else 0))
    known = {f.id for f in mentions if f.source == "gazetteer"}
    values.update(sentences=math.log(len({d.sentence.index for d in support}) or 1),
                  rules=float(len({d.rule for d in support}) > 1),
                  known_ends=len(known) / 2, bullet=float(sentence.bullet),
                  length=math.log1p(tokens), english=float(state.language == "en"),
                  mentions=math.log(min(sum(f.id == end for f in mentions) for end in (draft.subject, draft.object))
                                    or 1))
    return values


def _closest(sentence: Sentence, subject: str, obj: str) -> tuple[Found, Found] | None:
    """The nearest mentions of the two ends inside the sentence, if both are named there."""
    ones = [f for f in sentence.found if f.id == subject]
    others = [f for f in sentence.found if f.id == obj]
    pairs = [(a, b) for a in ones for b in others]
    return min(pairs, key=lambda p: abs(p[0].start - p[1].start)) if pairs else None


def _token_span(state: ArticleState, start: int, end: int) -> int:
    """How many tokens start between two character offsets."""
    idx = tokens_of(state.doc).idx
    return max(0, bisect_right(idx, end - 1) - bisect_right(idx, start - 1))


def _path(state: ArticleState, first: int, second: int) -> int:
    """The length of the dependency path between the tokens at two offsets (of a parsed doc)."""
    doc = state.doc
    idx = tokens_of(doc).idx
    a, b = doc[max(0, bisect_right(idx, first) - 1)], doc[max(0, bisect_right(idx, second) - 1)]
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return len(up) + n + 1


@dataclass(frozen=True)
class Calibration:
    """A fitted logistic model: per-feature means, scales and weights, an intercept and one offset
    per rule (a rule the fit never saw gets none), and the L2 penalty it was fitted with; then the
    first-contact step, ``slope * z + shift`` on its log-odds z (1 and 0: none)."""

    intercept: float
    rules: dict[str, float]
    weights: dict[str, float]
    means: dict[str, float]
    scales: dict[str, float]
    l2: float = 0.0
    slope: float = 1.0
    shift: float = 0.0

    def probability(self, rule_name: str, values: Mapping[str, float]) -> float:
        """The calibrated probability that a relation of this rule with these features is right."""
        return logistic(self.slope * self._log_odds(rule_name, values) + self.shift)

    def dev_probability(self, rule_name: str, values: Mapping[str, float]) -> float:
        """The probability the model learnt on the dev half, before the first-contact step."""
        return logistic(self._log_odds(rule_name, values))

    def _log_odds(self, rule_name: str, values: Mapping[str, float]) -> float:
        z = self.intercept + self.rules.get(rule_name, 0.0)
        for name, weight in self.weights.items():
            z += weight * (values.get(name, self.means[name]) - self.means[name]) / self.scales[name]
        return z

    def as_dict(self) -> dict[str, Any]:
        return {"intercept": self.intercept, "rules": self.rules, "weights": self.weights,
                "means": self.means, "scales": self.scales, "l2": self.l2, "slope": self.slope,
                "shift": self.shift}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "calibration") -> Calibration:
        try:
            model = data.get("model", data)
            calibration = cls(float(model["intercept"]), _numbers(model["rules"]), _numbers(model["weights"]),
                              _numbers(model["means"]), _numbers(model["scales"]), float(model.get("l2", 0.0)),
                              float(model.get("slope", 1.0)), float(model.get("shift", 0.0)))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ResourceError(f"not a calibration model ({error!r})", where=where) from None
        if set(calibration.weights) - set(calibration.means) or set(calibration.weights) - set(calibration.scales) \
                or any(s <= 0 for s in calibration.scales.values()):
            raise ResourceError("every weighted feature needs a mean and a positive scale", where=where)
        if calibration.slope <= 0:
            raise ResourceError("the first-contact slope must be positive (it keeps the order of confidences)",
                                where=where)
        return calibration


def logistic(z: float) -> float:
    """1 / (1 + e^-z), with z clipped so that it never overflows."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _numbers(table: Mapping[str, Any]) -> dict[str, float]:
    return {str(k): float(v) for k, v in table.items()}


def apply(extraction: Extraction, rules: Mapping[RelationKey, str], state: ArticleState,
          calibration: Calibration | None,
          values: Mapping[RelationKey, dict[str, float]] | None = None) -> Extraction:
    """The extraction with each relation's confidence calibrated (unchanged without a model).
    `values`: the relations' features when the caller has computed them already."""
    if calibration is None or not extraction.relations:
        return extraction
    if values is None:
        values = features(extraction, rules, state)
    relations = []
    for relation in extraction.relations:
        key = (relation.type.value, relation.subject, relation.object)
        if key in values:
            p = round(calibration.probability(rules.get(key, ""), values[key]), 3)
            relation = relation.model_copy(update={"confidence": p})
        relations.append(relation)
    return extraction.model_copy(update={"relations": relations})


@lru_cache(maxsize=4)
def load_calibration(path: Path) -> Calibration | None:
    """The calibration model of that file; None, with a warning, when there is no such file."""
    if not path.is_file():
        LOG.warning("no calibration file %s: relation confidences are the rules' base values "
                    "(run scripts/calibrate.py to fit one)", path)
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise ResourceError(f"cannot read the calibration ({error})", where=str(path)) from None
    return Calibration.from_dict(data, where=str(path))
