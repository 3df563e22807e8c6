"""Fit the calibrated confidence of relations on the real corpus's dev half and write data/calibration.json.

    python scripts/calibrate.py                 # dev half of data/corpus (texts restored), 5 folds
    python scripts/calibrate.py --folds 10 --out data/calibration.json

Runs the extractor with the rules' base confidences over the dev half (materialized from
data/corpus/ into a temporary folder), labels each relation right or wrong with `kg eval`'s
alignment, fits kg/nlp/calibration.py's logistic model, and writes it with what it was fitted
on and its cross-validated reliability (folds made of whole events). The test half is never read.
Then the model's last step, a slope and a shift of its log-odds, is fitted on the outcomes
recorded when the spent test batches were scored at first contact (data/corpus/first_contact/,
written by `kg eval --outcomes`): the rules were written next to the dev half, so the dev-half
model expects a precision that new articles do not have. Each batch is also scored by a step
fitted on the others (leave one batch out), the check that the step carries to a new batch.
Fitting on the project's written articles (data/gold, data/heldout*) is left out on purpose: the
rules were written next to them, so they would teach the model a precision real news does not have;
the held-out sets serve instead to check the result (`kg eval --reliability`).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

ROOT = Path(__file__).resolve().parent.parent
#: The features the model weighs (kg/nlp/calibration.py computes more): chosen by cross-validated
#: log loss on the dev half; the rule of each relation always counts.
FEATURES = ("distance", "apart", "sentences", "rules", "known_ends", "length", "mentions")
L2 = 10.0


def languages() -> list[str]:
    """The languages with a language pack (data/lang/<code>/pack.yaml)."""
    from kg.resources import home

    return sorted(path.parent.name for path in (home() / "data" / "lang").glob("*/pack.yaml"))


def fit_dev(folds: int, features: tuple[str, ...] = FEATURES, l2: float = L2) -> dict:
    """The fitted model and its provenance, from the dev half."""
    from kg.evaluation.reliability import as_dict, corpus_events, cross_validated, examples, fit
    from kg.nlp import Extractor

    with tempfile.TemporaryDirectory() as tmp:
        written, problems = [], []
        for language in languages():  # only the languages the extractor has a pack for
            more = corpus.materialize(corpus.Corpus(corpus.CORPUS), Path(tmp), "dev", language)
            written += more[0]
            problems += more[1]
        for problem in problems:
            print(f"skipped: {problem}", file=sys.stderr)
        if not written:
            raise SystemExit("no dev-half article could be restored: run scripts/corpus.py status")
        events = corpus_events(corpus.Corpus(corpus.CORPUS).manifest)
        data = examples(Path(tmp) / "gold", Path(tmp) / "articles", Extractor(calibrated=False), events)
    model = fit(data, features, l2)
    by_rule: dict[str, list[int]] = {}
    for e in data:
        by_rule.setdefault(e.rule, []).append(e.right)
    return {"model": model.as_dict(),
            "fitted_on": {"set": "data/corpus dev half", "articles": len(written),
                          "events": len({e.group for e in data}), "relations": len(data),
                          "right": sum(e.right for e in data),
                          "rules": {r: {"relations": len(v), "right": sum(v)} for r, v in sorted(by_rule.items())}},
            "cross_validated": {"folds": folds, **as_dict(cross_validated(data, features, folds, l2))}}


def first_contact(result: dict, folder: Path) -> dict:
    """The model with its first-contact step fitted on every batch recorded in ``folder``, and what
    a step fitted without each batch makes of that batch."""
    from kg.evaluation.reliability import as_dict, first_contact_step, read_outcomes, stepped

    batches = {path.stem: read_outcomes(path) for path in sorted(folder.glob("*.json"))}
    if not batches:
        return result
    slope, shift = first_contact_step([o for outcomes in batches.values() for o in outcomes])
    held_out = {}
    for name, outcomes in batches.items():
        others = [o for other, rest in batches.items() if other != name for o in rest]
        step = first_contact_step(others) if others else (1.0, 0.0)
        held_out[name] = {"step": list(step), "before": as_dict(outcomes), "after": as_dict(stepped(outcomes, *step))}
    result["model"].update(slope=slope, shift=shift)
    result["first_contact"] = {"batches": sorted(batches), "relations": sum(map(len, batches.values())),
                               "slope": slope, "shift": shift, "held_out": held_out}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="folds of events for the reliability check")
    parser.add_argument("--l2", type=float, default=L2, help="L2 penalty on the weights")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "calibration.json", help="where to write it")
    parser.add_argument("--first-contact", type=Path, default=corpus.CORPUS / "first_contact",
                        help="folder of first-contact outcomes (kg eval --outcomes) for the last step")
    parser.add_argument("--no-first-contact", action="store_true", help="ship the dev-half model alone")
    args = parser.parse_args(argv)
    result = fit_dev(args.folds, FEATURES, args.l2)
    if not args.no_first_contact:
        result = first_contact(result, args.first_contact)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    cv = result["cross_validated"]
    print(f"wrote {args.out.name}: {result['fitted_on']['relations']} relations of "
          f"{result['fitted_on']['articles']} articles; cross-validated P at confidence >= 0.8: "
          f"{cv['above_precision']} ({cv['above_right']} of {cv['above']}), Brier {cv['brier']}")
    for name, check in result.get("first_contact", {}).get("held_out", {}).items():
        before, after = check["before"], check["after"]
        print(f"first contact {name}, step fitted on the other batches {check['step']}: P at >= 0.8 "
              f"{before['above_precision']} ({before['above_right']} of {before['above']}) -> "
              f"{after['above_precision']} ({after['above_right']} of {after['above']}); "
              f"Brier {before['brier']} -> {after['brier']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
