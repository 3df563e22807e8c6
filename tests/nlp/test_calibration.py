"""Calibrated confidence: the features of a relation, the shipped model applied, fitting, reliability."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.eval_cmd import eval_command
from kg.errors import ResourceError
from kg.evaluation.reliability import Example, at_least, cross_validated, fit, reliability
from kg.nlp import Extractor
from kg.nlp.build import build
from kg.nlp.calibration import FILE, Calibration, features, load_calibration
from kg.nlp.text import normalize
from tests.support.nlp_support import document, gold_sample

ROOT = Path(__file__).resolve().parents[2]


def traced(extractor: Extractor, text: str, language: str) -> tuple:
    """The built extraction, its rules and the features of each relation, with base confidences."""
    doc = document(text, language)
    state = extractor.layers(language).run(doc.article, doc.text, extractor.pipeline(language)(normalize(text)))
    assert state is not None
    extraction, rules = build(doc.article, state)
    return extraction, rules, features(extraction, rules, state)


@pytest.fixture(scope="module")
def base() -> Extractor:
    return Extractor(calibrated=False)


def model(**weights: float) -> Calibration:
    return Calibration(0.0, {"good": 2.0, "poor": -2.0}, weights, dict.fromkeys(weights, 0.0),
                       dict.fromkeys(weights, 1.0))


def test_calibration_features_of_two_ends_named_side_by_side(base: Extractor) -> None:
    text = ("Ghana and Togo signed an agreement on cybersecurity in Accra on Monday, the ministry said in a "
            "statement that also recalled, at length and with many details about earlier talks, "
            "that Ghana works with Togo.")
    extraction, _rules, values = traced(base, text, "en")
    pair = ("cooperatesWith", "country/gh", "country/tg")
    assert pair in values, extraction.relations
    near = values[pair]
    assert {"distance", "apart", "known_ends", "length", "english"} <= set(near)
    assert near["apart"] == 0.0 and near["distance"] < 1.5 and near["known_ends"] == 1.0
    assert near["english"] == 1.0 and near["length"] > near["distance"]


def test_calibration_shipped_model_gives_each_relation_its_probability(base: Extractor) -> None:
    text = "Le Sénégal et le Maroc ont signé un accord de coopération dans le domaine de la cybersécurité."
    extraction, rules, values = traced(base, text, "fr")
    shipped = load_calibration(ROOT / FILE)
    assert shipped is not None and extraction.relations
    calibrated = {(r.type.value, r.subject, r.object): r.confidence
                  for r in Extractor().extract(document(text, "fr")).relations}
    for key, confidence in calibrated.items():
        assert confidence == round(shipped.probability(rules[key], values[key]), 3)
    assert {r.confidence for r in extraction.relations} != set(calibrated.values())


def test_calibration_probability_follows_rule_and_weights() -> None:
    calibration = model(distance=-1.0)
    assert calibration.probability("good", {"distance": 0.0}) > calibration.probability("poor", {"distance": 0.0})
    assert calibration.probability("good", {"distance": 0.0}) > calibration.probability("good", {"distance": 3.0})
    assert calibration.probability("unseen", {"distance": 0.0}) == pytest.approx(0.5)


def test_calibration_missing_file_falls_back_with_a_note(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="kg.nlp.calibration"):
        assert load_calibration(tmp_path / "calibration.json") is None
    assert "base values" in caplog.text and "calibration.json" in caplog.text


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "cannot read"),
    ('{"model": {"intercept": 0, "rules": {}}}', "not a calibration model"),
    ('{"intercept": 0, "rules": {}, "weights": {"x": 1}, "means": {"x": 0}, "scales": {"x": 0}}', "positive scale"),
])
def test_calibration_bad_file_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / f"bad-{len(content)}.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResourceError, match=message) as error:
        load_calibration(path)
    assert path.name in str(error.value.where)


def example(group: str, rule: str, right: bool, distance: float = 0.0) -> Example:
    return Example(group, group, rule, {"distance": distance}, 0.5, right)


def test_calibration_fit_learns_rules_and_features() -> None:
    data = [example(f"a{i}", "sure", i % 10 != 0) for i in range(40)]
    data += [example(f"b{i}", "weak", i % 4 == 0) for i in range(40)]
    data += [example(f"c{i}", "far", i % 2 == 0, distance=1.0 if i % 2 == 0 else 4.0) for i in range(40)]
    fitted = fit(data, ["distance"], l2=1.0)
    assert fitted.probability("sure", {"distance": 0.0}) > 0.7 > 0.35 > fitted.probability("weak", {"distance": 0.0})
    assert fitted.probability("far", {"distance": 1.0}) > fitted.probability("far", {"distance": 4.0})
    assert Calibration.from_dict(json.loads(json.dumps(fitted.as_dict()))) == fitted


def test_calibration_cross_validation_never_sees_the_held_fold() -> None:
    # Each event has its own rule and is all right or all wrong: only a leak could tell them apart.
    data = [example(f"event{g}", f"rule{g}", g % 2 == 0) for g in range(10) for _ in range(6)]
    scored = cross_validated(data, ["distance"], folds=5)
    assert len(scored) == len(data)
    assert all(0.3 < confidence < 0.7 for confidence, _ in scored)


def test_calibration_reliability_bins_and_threshold() -> None:
    scored = [(0.1, False), (0.15, True), (0.85, True), (0.95, True), (1.0, False), (0.5, True)]
    bins = reliability(scored)
    assert [b.count for b in bins] == [2, 0, 1, 0, 1, 2]
    assert bins[0].precision == 0.5 and bins[-1].precision == 0.5 and bins[1].precision is None
    assert at_least(scored, 0.8) == (3, 2)


def test_calibration_eval_command_prints_reliability(tmp_path: Path) -> None:
    gold, articles = gold_sample(tmp_path)
    args = ["--gold", str(gold), "--articles", str(articles), "--reliability"]
    data = json.loads(CliRunner().invoke(eval_command, [*args, "--format", "json"]).output)
    found = data["overall"]["relation_micro"]
    assert sum(b["count"] for b in data["reliability"]["bins"]) == found["tp"] + found["fp"] > 0
    assert sum(b["right"] for b in data["reliability"]["bins"]) == found["tp"]
    table = CliRunner().invoke(eval_command, [*args, "--folds", "2"]).output
    assert "cross-validated over 2 folds" in table and "confidence >= 0.8" in table
