"""Fits and checks calibrated confidence: labelled relations, a logistic fit, reliability tables.

Each relation the extractor finds on a gold set is labelled right or wrong by the evaluation's
own alignment (kg/evaluation/scores.py `labels`); `fit` learns kg/nlp/calibration.py's model from them with
numpy; `reliability` bins confidences against the share found right; `cross_validated` scores
every relation with a model fitted without its event (or its article, where no event is known).
`first_contact_step` fits the calibration's last step on the outcomes recorded when test batches
were scored at first contact (`write_outcomes`, `read_outcomes`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.evaluation.scores import labels, load_gold, pair_files, read_article
from kg.nlp.build import build
from kg.nlp.calibration import Calibration, apply, features, logistic
from kg.nlp.text import parse_text

EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0)


@dataclass(frozen=True)
class Example:
    """One predicted relation: where it comes from, its rule, features, confidence and label."""

    article: str
    group: str  # the event it reports (folds never split one), else the article
    rule: str
    values: dict[str, float]
    confidence: float
    right: bool
    dev_confidence: float | None = None  # the dev-half model's, before the first-contact step


def examples(gold_dir: Path, articles_dir: Path, extractor: Any, events: dict[str, str] | None = None) -> list[Example]:
    """Every relation the extractor finds in the gold set's articles, labelled against the gold.
    An article the extractor stops on adds nothing (`evaluate` reports it)."""
    result: list[Example] = []
    for gold_path, article_path in pair_files(gold_dir, articles_dir):
        gold, document = load_gold(gold_path), read_article(article_path)
        group = (events or {}).get(gold_path.stem, gold_path.stem)
        try:
            result += _article_examples(gold_path.stem, group, gold, document, extractor)
        except Exception:  # reported once by evaluate(), which scores the article as empty
            continue
    return result


def _article_examples(name: str, group: str, gold: Any, document: Any, extractor: Any) -> list[Example]:
    language = document.article.language
    doc = extractor.pipeline(language)(parse_text(document.text))
    layers = extractor.layers(language)
    state = layers.run(document.article, document.text, doc)
    if state is None:
        return []
    predicted, rules = build(document.article, state)
    values = features(predicted, rules, state)  # calibrating changes no evidence: the same features
    predicted = apply(predicted, rules, state, layers.calibration, values)
    result = []
    for relation, right in zip(predicted.relations, labels(predicted, gold), strict=True):
        key = (relation.type.value, relation.subject, relation.object)
        rule, found = rules.get(key, "?"), values.get(key)
        dev = layers.calibration.dev_probability(rule, found) if layers.calibration and found else None
        result.append(Example(name, group, rule, found or {}, relation.confidence, right,
                              relation.confidence if dev is None else round(dev, 3)))
    return result


def first_contact_step(outcomes: Sequence[tuple[float, bool]], l2: float = 1.0, steps: int = 50) -> tuple[float, float]:
    """The slope and shift of the log-odds that turn the dev-half model's probabilities into those
    observed at first contact: a logistic fit of `right` on the log-odds, pulled towards (1, 0)."""
    import numpy as np  # deferred, as in fit

    p = np.clip(np.array([c for c, _ in outcomes], dtype=float), 1e-4, 1 - 1e-4)
    x = np.stack([np.log(p / (1 - p)), np.ones(len(p))], axis=1)
    y = np.array([r for _, r in outcomes], dtype=float)
    prior = np.array([1.0, 0.0])
    w = prior.copy()
    for _ in range(steps):
        q = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (q - y) + l2 * (w - prior)
        hessian = (x.T * (q * (1 - q))) @ x + l2 * np.eye(2)
        w -= np.linalg.solve(hessian, gradient)
    return round(float(w[0]), 4), round(float(w[1]), 4)


def stepped(outcomes: Sequence[tuple[float, bool]], slope: float, shift: float) -> list[tuple[float, bool]]:
    """The outcomes with the first-contact step applied to their dev-half probabilities."""
    result = []
    for confidence, right in outcomes:
        p = min(max(confidence, 1e-4), 1 - 1e-4)
        result.append((logistic(slope * math.log(p / (1 - p)) + shift), right))
    return result


def write_outcomes(data: Sequence[Example], path: Path, batch: str) -> None:
    """Record each relation found at a first contact: article, rule, the dev-half model's
    probability and whether it was right (what `first_contact_step` learns from)."""
    rows = [{"article": e.article, "rule": e.rule,
             "dev_confidence": e.confidence if e.dev_confidence is None else e.dev_confidence, "right": e.right}
            for e in data]
    lines = ",\n".join(json.dumps(row) for row in rows)
    path.write_text(f'{{"batch": {json.dumps(batch)}, "relations": [\n{lines}\n]}}\n', encoding="utf-8")


def read_outcomes(path: Path) -> list[tuple[float, bool]]:
    """(dev-half probability, right) of each relation recorded in an outcomes file."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))["relations"]
        return [(float(row["dev_confidence"]), bool(row["right"])) for row in rows]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ResourceError(f"not a first-contact outcomes file ({error!r})", where=str(path)) from None


def corpus_events(manifest: Path) -> dict[str, str]:
    """Article id -> event of a corpus manifest (data/corpus/manifest.jsonl); empty without one."""
    if not manifest.is_file():
        return {}
    rows = (json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["id"]: row["event"] for row in rows}


def fit(data: Sequence[Example], features: Sequence[str], l2: float = 10.0, steps: int = 50) -> Calibration:
    """A logistic model of `right` over standardised features and one offset per rule, by Newton's
    method with an L2 penalty on every weight but the intercept (rare rules stay near the mean)."""
    import numpy as np  # deferred: ~0.2 s to import, for the fit only

    rules = sorted({e.rule for e in data})
    raw = np.array([[e.values.get(f, 0.0) for f in features] for e in data], dtype=float).reshape(len(data), -1)
    means = raw.mean(axis=0) if len(data) else np.zeros(len(features))
    scales = raw.std(axis=0) if len(data) else np.ones(len(features))
    scales[scales < 1e-9] = 1.0
    onehot = np.array([[e.rule == r for r in rules] for e in data], dtype=float).reshape(len(data), -1)
    x = np.hstack([np.ones((len(data), 1)), (raw - means) / scales, onehot])
    y = np.array([e.right for e in data], dtype=float)
    penalty = np.full(x.shape[1], l2)
    penalty[0] = 1e-6
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        w -= np.linalg.solve(hessian, gradient)
    n = len(features)
    return Calibration(round(float(w[0]), 4), {r: round(float(v), 4) for r, v in zip(rules, w[1 + n :], strict=True)},
                       {f: round(float(v), 4) for f, v in zip(features, w[1 : 1 + n], strict=True)},
                       {f: round(float(v), 4) for f, v in zip(features, means, strict=True)},
                       {f: round(float(v), 4) for f, v in zip(features, scales, strict=True)}, l2)


def cross_validated(data: Sequence[Example], features: Sequence[str], folds: int = 5,
                    l2: float = 10.0) -> list[tuple[float, bool]]:
    """(confidence, right) of every example, each scored by a model fitted on the other folds;
    folds are made of whole groups (events), dealt in turn from the largest."""
    sizes: dict[str, int] = {}
    for e in data:
        sizes[e.group] = sizes.get(e.group, 0) + 1
    fold_of = {g: i % folds for i, g in enumerate(sorted(sizes, key=lambda g: (-sizes[g], g)))}
    scored: list[tuple[float, bool]] = []
    for k in range(folds):
        held = [e for e in data if fold_of[e.group] == k]
        if not held:
            continue
        model = fit([e for e in data if fold_of[e.group] != k], features, l2)
        scored += [(model.probability(e.rule, e.values), e.right) for e in held]
    return scored


@dataclass(frozen=True)
class Bin:
    """Relations whose confidence falls in [low, high): how many, and how many are right."""

    low: float
    high: float
    count: int
    right: int
    mean: float  # their mean confidence

    @property
    def precision(self) -> float | None:
        return self.right / self.count if self.count else None


def reliability(scored: Iterable[tuple[float, bool]], edges: Sequence[float] = EDGES) -> list[Bin]:
    """Confidence bins against observed precision (the last bin holds 1.0 as well)."""
    pairs = list(scored)
    bins = []
    for low, high in pairwise(edges):
        inside = [(c, r) for c, r in pairs if low <= c < high or (high == edges[-1] and c == high)]
        mean = sum(c for c, _ in inside) / len(inside) if inside else 0.0
        bins.append(Bin(low, high, len(inside), sum(r for _, r in inside), round(mean, 4)))
    return bins


def at_least(scored: Iterable[tuple[float, bool]], threshold: float = 0.8) -> tuple[int, int]:
    """How many relations have confidence ≥ threshold, and how many of those are right."""
    kept = [r for c, r in scored if c >= threshold]
    return len(kept), sum(kept)


def as_dict(scored: Sequence[tuple[float, bool]], threshold: float = 0.8) -> dict[str, Any]:
    count, right = at_least(scored, threshold)
    return {"bins": [{"low": b.low, "high": b.high, "count": b.count, "right": b.right, "mean": b.mean,
                      "precision": None if b.precision is None else round(b.precision, 4)}
                     for b in reliability(scored)],
            "threshold": threshold, "above": count, "above_right": right,
            "above_precision": round(right / count, 4) if count else None,
            "brier": round(sum((c - r) ** 2 for c, r in scored) / len(scored), 4) if scored else None}


def format_reliability(scored: Sequence[tuple[float, bool]], title: str, threshold: float = 0.8) -> str:
    """A plain-text reliability table: bins, mean confidence, observed precision, counts."""
    lines = [f"== reliability: {title}", f"{'confidence':14}{'mean':>7}{'P':>7}{'right':>7}{'count':>7}"]
    for b in reliability(scored):
        precision = "-" if b.precision is None else f"{b.precision:.3f}"
        lines.append(f"[{b.low:.1f}, {b.high:.1f}{']' if b.high == 1.0 else ')'}{'':4}{b.mean:7.3f}{precision:>7}"
                     f"{b.right:7}{b.count:7}")
    count, right = at_least(scored, threshold)
    share = f"{right / count:.3f}" if count else "-"
    lines.append(f"confidence >= {threshold}: {right} of {count} right (P {share})")
    return "\n".join(lines)
