"""The calibration's first-contact step: fitted on outcomes recorded at first contact, applied to the
dev-half model's log-odds, recorded by `kg eval --outcomes`, fitted by scripts/calibrate.py."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.eval_cmd import eval_command
from kg.errors import ResourceError
from kg.evaluation.reliability import first_contact_step, read_outcomes, stepped
from kg.nlp.calibration import Calibration
from tests.support.nlp_support import gold_sample

ROOT = Path(__file__).resolve().parents[2]


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def shifted_outcomes(slope: float, shift: float, per_point: int = 200) -> list[tuple[float, bool]]:
    """Outcomes whose observed precision at each dev-half probability is exactly the shifted one."""
    outcomes = []
    for p in (0.3, 0.45, 0.6, 0.7, 0.8, 0.9, 0.95):
        q = logistic(slope * math.log(p / (1 - p)) + shift)
        right = round(q * per_point)
        outcomes += [(p, True)] * right + [(p, False)] * (per_point - right)
    return outcomes


def test_first_contact_step_recovers_a_known_shift() -> None:
    slope, shift = first_contact_step(shifted_outcomes(1.2, -0.9), l2=0.01)
    assert slope == pytest.approx(1.2, abs=0.05) and shift == pytest.approx(-0.9, abs=0.05)


def test_first_contact_step_stays_put_where_the_model_was_right() -> None:
    slope, shift = first_contact_step(shifted_outcomes(1.0, 0.0), l2=0.01)
    assert slope == pytest.approx(1.0, abs=0.03) and shift == pytest.approx(0.0, abs=0.03)


def test_calibration_step_moves_probability_but_not_the_dev_one_nor_the_order() -> None:
    plain = Calibration(0.5, {"good": 1.0}, {"distance": -0.5}, {"distance": 1.0}, {"distance": 2.0})
    step = Calibration(0.5, {"good": 1.0}, {"distance": -0.5}, {"distance": 1.0}, {"distance": 2.0},
                       slope=1.1, shift=-1.0)
    near, far = {"distance": 0.0}, {"distance": 5.0}
    assert step.dev_probability("good", near) == plain.probability("good", near)
    z = math.log(plain.probability("good", near) / (1 - plain.probability("good", near)))
    assert step.probability("good", near) == pytest.approx(logistic(1.1 * z - 1.0))
    assert step.probability("good", near) < plain.probability("good", near)
    assert step.probability("good", far) < step.probability("good", near)
    # stepped() is the same map, for recorded outcomes
    assert stepped([(plain.probability("good", near), True)], 1.1, -1.0)[0][0] == pytest.approx(
        step.probability("good", near), abs=1e-6)


def test_calibration_step_is_read_back_and_defaults_to_none() -> None:
    step = Calibration(0.0, {}, {}, {}, {}, slope=0.9, shift=-0.7)
    assert Calibration.from_dict(json.loads(json.dumps(step.as_dict()))) == step
    older = {key: value for key, value in step.as_dict().items() if key not in ("slope", "shift")}
    assert (Calibration.from_dict(older).slope, Calibration.from_dict(older).shift) == (1.0, 0.0)
    with pytest.raises(ResourceError, match="slope must be positive"):
        Calibration.from_dict({**step.as_dict(), "slope": 0.0})


def test_eval_outcomes_records_each_relation_found(tmp_path: Path) -> None:
    gold, articles = gold_sample(tmp_path)
    path = tmp_path / "test-9.json"
    args = ["--gold", str(gold), "--articles", str(articles), "--format", "json", "--outcomes", str(path)]
    result = CliRunner().invoke(eval_command, args)
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)["overall"]["relation_micro"]
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["batch"] == "test-9"
    assert {row["article"] for row in record["relations"]} == {
        "en-01-morocco-us-cybersecurity-ai", "fr-01-maroc-etats-unis-cybersecurite-ia"}
    outcomes = read_outcomes(path)
    assert len(outcomes) == found["tp"] + found["fp"] > 0
    assert sum(right for _, right in outcomes) == found["tp"]
    assert all(0.0 < confidence < 1.0 for confidence, _ in outcomes)


def test_read_outcomes_names_a_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "test-1.json"
    path.write_text('{"batch": "test-1", "relations": [{"article": "x"}]}', encoding="utf-8")
    with pytest.raises(ResourceError, match="not a first-contact outcomes file") as error:
        read_outcomes(path)
    assert error.value.where == str(path)


def test_calibrate_fits_the_step_and_checks_each_batch_on_the_others(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import calibrate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for name, shift in (("test-1", -1.0), ("test-2", -0.8)):
        rows = [{"article": f"{name}-{i}", "rule": "r", "dev_confidence": p, "right": right}
                for i, (p, right) in enumerate(shifted_outcomes(1.0, shift, per_point=40))]
        (tmp_path / f"{name}.json").write_text(json.dumps({"batch": name, "relations": rows}), encoding="utf-8")
    result = calibrate.first_contact({"model": Calibration(0.0, {}, {}, {}, {}).as_dict()}, tmp_path)
    assert -1.0 <= result["model"]["shift"] <= -0.7 and result["first_contact"]["batches"] == ["test-1", "test-2"]
    for check in result["first_contact"]["held_out"].values():
        assert check["step"][1] < -0.5  # fitted on the other batch only
        assert check["after"]["brier"] < check["before"]["brier"]
    assert calibrate.first_contact({"model": {}}, tmp_path / "none") == {"model": {}}
