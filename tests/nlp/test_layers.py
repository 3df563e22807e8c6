"""The explicit pipeline: layers ordered by what they need, named relation rules, ablation, per-rule report."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.eval_cmd import eval_command
from kg.errors import InputError
from kg.evaluation.scores import read_article, rule_report
from kg.models import RelationType
from kg.nlp import Extractor
from kg.nlp.layers import Layer, PipelineError, Step, order
from kg.nlp.rules import BY_NAME, RULES
from tests.support.nlp_support import document, gold_sample, relations, run

ROOT = Path(__file__).resolve().parents[2]
NLP = ROOT / "kg" / "nlp"
SEED = (ROOT / "data" / "articles" / "en-01-morocco-us-cybersecurity-ai.txt")


def step(name: str, requires: tuple[str, ...], provides: tuple[str, ...], log: list[str] | None = None) -> Step:
    return Step(name, requires, provides, lambda state: log.append(name) if log is not None else None)


def test_nlp_layers_order_follows_requirements_not_listing() -> None:
    layers = [step("c", ("b",), ("c",)), step("b", ("a",), ("b",)), step("a", ("sentences",), ("a",))]
    assert [layer.name for layer in order(layers)] == ["a", "b", "c"]
    assert [layer.name for layer in order(layers[::-1])] == ["a", "b", "c"]


def test_nlp_layers_ready_layers_keep_their_listed_order() -> None:
    layers = [step("x", ("sentences",), ("x",)), step("y", ("sentences",), ("y",)), step("z", ("x",), ("z",))]
    assert [layer.name for layer in order(layers)] == ["x", "y", "z"]


@pytest.mark.parametrize(("layers", "needed", "message"), [
    ([step("a", ("nowhere",), ("a",))], (), "'a' requires 'nowhere', which no layer provides"),
    ([step("a", ("sentences",), ("a",))], ("b",), "'the extraction' requires 'b'"),
    ([step("a", ("sentences",), ("x",)), step("b", ("sentences",), ("x",))], (), "provided by both 'a' and 'b'"),
    ([step("a", ("b",), ("a",)), step("b", ("a",), ("b",))], (), "require each other in a cycle"),
])
def test_nlp_layers_bad_pipelines_fail_at_once(layers: list[Step], needed: tuple[str, ...], message: str) -> None:
    with pytest.raises(PipelineError, match=message):
        order(layers, needed=needed)


def test_nlp_layers_steps_are_layers() -> None:
    assert isinstance(step("a", (), ()), Layer)


def test_nlp_layers_every_language_has_an_ordered_pipeline(extractor: Extractor) -> None:
    for language in ("en", "fr"):
        steps = extractor.layers(language).steps
        done = {"text", "doc", "sentences"}
        for layer in steps:
            assert set(layer.requires) <= done, layer.name
            done |= set(layer.provides)
        assert {"mentions", "relations", "part-of"} <= done


def test_nlp_layers_no_state_leaks_between_articles(extractor: Extractor) -> None:
    """An article reads the same after another article as on its own."""
    other = document("Le Maroc et la France ont signé un accord sur la cybersécurité à Rabat.", "fr")
    target = document(SEED.read_text(encoding="utf-8"), "en")
    alone = Extractor().extract(target)
    extractor.extract(other)
    assert extractor.extract(target) == alone


def rule_names_in_code() -> set[str]:
    """String arguments naming a rule: `state.add("visit", …)` and `found_by = "…"` choices."""
    names: set[str] = set()
    for path in NLP.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in (
                    "add", "partners_of") and node.args:
                arg = node.args[0] if node.func.attr == "add" else (node.args[2] if len(node.args) > 2 else None)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names.add(arg.value)
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "found_by"
                                                    for t in node.targets):
                names |= {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)
                          and isinstance(c.value, str)}
    return names


def test_nlp_layers_every_rule_is_registered_and_used() -> None:
    used = rule_names_in_code()
    assert used <= set(BY_NAME)
    assert set(BY_NAME) - {"partners", "signing-partners"} <= used  # those two are passed by name
    assert len({rule.name for rule in RULES}) == len(RULES)
    assert all(0 < rule.confidence <= 1 for rule in RULES)


def test_nlp_layers_uncalibrated_confidence_is_the_rule_s() -> None:
    extraction, rules = Extractor(calibrated=False).extract_traced(document(SEED.read_text(encoding="utf-8"), "en"))
    assert extraction.relations
    for relation in extraction.relations:
        name = rules[(relation.type.value, relation.subject, relation.object)]
        assert BY_NAME[name].relation is relation.type
        assert relation.confidence == BY_NAME[name].confidence


def test_nlp_layers_ablation_switches_one_rule_off(extractor: Extractor) -> None:
    text = ("Amal El Fallah Seghrouchni, ministre déléguée, a effectué une visite officielle à Washington, "
            "où elle a rencontré Leila Elmergawi.")
    full = relations(run(extractor, text, "fr"))
    ablated = relations(run(Extractor(disabled=["visit-country"]), text, "fr"))
    person = "person/amal-el-fallah-seghrouchni"
    assert {("visits", person, "country/us"), ("visits", person, "place/washington")} <= full
    assert full - ablated == {("visits", person, "country/us")}
    assert ablated <= full


def test_nlp_layers_ablation_is_not_lost_in_workers() -> None:
    with pytest.raises(InputError, match="one process only"):
        list(Extractor(disabled=["sign"]).extract_many([document("Texte.", "fr")], workers=2))


def test_nlp_layers_unknown_rule_is_refused() -> None:
    with pytest.raises(InputError, match="no relation rule named nope; rules: visit"):
        Extractor(disabled=["nope"])


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return gold_sample(tmp_path_factory.mktemp("gold"))


def test_nlp_layers_rule_report_credits_each_relation_once(small_gold: tuple[Path, Path],
                                                           extractor: Extractor) -> None:
    counts = rule_report(*small_gold, extractor)
    total = sum(len(extractor.extract(read_article(path)).relations) for path in sorted(small_gold[1].iterdir()))
    assert sum(c.added for c in counts.values()) == total > 0
    assert set(counts) <= set(BY_NAME)
    assert all(0 <= c.correct <= c.added for c in counts.values())
    assert counts["cooperate-on"].added > 0 and counts["cooperate-on"].precision > 0.5


def test_nlp_layers_eval_command_ablates_and_reports_rules(small_gold: tuple[Path, Path]) -> None:
    gold, articles = small_gold
    args = ["--gold", str(gold), "--articles", str(articles), "--format", "json"]
    full = json.loads(CliRunner().invoke(eval_command, [*args, "--rules"]).output)
    ablated = json.loads(CliRunner().invoke(eval_command, [*args, "--ablate", "cooperate-on"]).output)
    assert ablated["ablated"] == ["cooperate-on"]
    added = full["rules"]["cooperate-on"]["added"]
    tp = full["overall"]["relations"][RelationType.COOPERATES_ON.value]["tp"]
    assert added >= tp > 0
    assert RelationType.COOPERATES_ON.value not in ablated["overall"]["relations"] or \
        ablated["overall"]["relations"][RelationType.COOPERATES_ON.value]["tp"] < tp
    table = CliRunner().invoke(eval_command, ["--gold", str(gold), "--articles", str(articles), "--rules"])
    assert "cooperate-on" in table.output and "policy-owner" in table.output


def test_nlp_layers_eval_command_unknown_rule(small_gold: tuple[Path, Path]) -> None:
    gold, articles = small_gold
    result = CliRunner().invoke(eval_command, ["--gold", str(gold), "--articles", str(articles), "--ablate", "x"])
    assert result.exit_code != 0
    assert "no relation rule named x" in result.output


def module_state(source: str) -> list[str]:
    """Module-level names bound to a mutable container, and `global` statements."""
    found = []
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            value = node.value
            call = isinstance(value, ast.Call) and getattr(value.func, "id", "") in ("dict", "list", "set")
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if (isinstance(value, ast.Dict | ast.List | ast.Set) or call) and names != ["__all__"]:
                found += names
    found += [f"global {name}" for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names]
    return found


# parallel.py keeps one Extractor per worker process: state of the process, not of an article.
@pytest.mark.parametrize("path", sorted(p for p in NLP.glob("*.py") if p.name != "parallel.py"), ids=lambda p: p.name)
def test_nlp_layers_no_mutable_module_state(path: Path) -> None:
    assert module_state(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(("source", "found"), [
    ("CACHE = {}", ["CACHE"]), ("SEEN: list[str] = []", ["SEEN"]), ("def f():\n    global X\n", ["global X"]),
    ("MARKS = frozenset({'-'})", []), ("__all__ = ['a']", []),
])
def test_nlp_layers_module_state_finder(source: str, found: list[str]) -> None:
    assert module_state(source) == found
