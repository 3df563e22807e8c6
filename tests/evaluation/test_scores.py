"""Evaluation: metrics on tiny hand-made cases, the floors on the gold set, the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.eval_cmd import eval_command
from kg.evaluation.scores import Counts, align, evaluate, format_table, score
from kg.models import Article, Entity, Extraction, Relation
from kg.nlp import Extractor

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "data" / "gold"
ARTICLES = ROOT / "data" / "articles"


def extraction(entities: list[Entity], relations: list[Relation]) -> Extraction:
    return Extraction(article=Article(id="a", title="t", language="fr"), entities=entities, relations=relations)


AMAL = Entity(id="person/amal-el-fallah-seghrouchni", type="Person", name="Amal El Fallah Seghrouchni",
              aliases=["Mme Seghrouchni"])
MA = Entity(id="country/ma", type="Country", name="Morocco")
US = Entity(id="country/us", type="Country", name="United States")


def meets(a: str, b: str) -> Relation:
    return Relation(type="cooperatesWith", subject=a, object=b, confidence=1.0)


@pytest.mark.parametrize(("tp", "fp", "fn", "p", "r", "f1"), [
    (3, 1, 0, 0.75, 1.0, 6 / 7), (0, 0, 0, 1.0, 1.0, 1.0), (0, 2, 2, 0.0, 0.0, 0.0), (1, 0, 1, 1.0, 0.5, 2 / 3),
])
def test_eval_counts(tp: int, fp: int, fn: int, p: float, r: float, f1: float) -> None:
    counts = Counts(tp, fp, fn)
    assert (counts.precision, counts.recall) == pytest.approx((p, r))
    assert counts.f1 == pytest.approx(f1)


def test_eval_alias_aware_alignment() -> None:
    predicted = Entity(id="person/mme-seghrouchni", type="Person", name="Mme Seghrouchni")
    assert align([predicted], [AMAL]) == {"person/mme-seghrouchni": AMAL.id}


def test_eval_alignment_needs_the_same_type() -> None:
    predicted = Entity(id="org/morocco", type="Organization", name="Morocco")
    assert align([predicted], [MA]) == {}


def test_eval_symmetric_relations_are_unordered() -> None:
    gold = extraction([MA, US], [meets("country/ma", "country/us")])
    predicted = extraction([MA, US], [meets("country/us", "country/ma")])
    result = score(predicted, gold)
    assert result.relations["cooperatesWith"].as_dict()["f1"] == 1.0


def test_eval_directed_relations_are_ordered() -> None:
    ministry = Entity(id="body/x", type="GovernmentBody", name="X")
    gold = extraction([ministry, MA], [Relation(type="partOf", subject="body/x", object="country/ma",
                                                confidence=1.0)])
    wrong = extraction([ministry, MA, US], [Relation(type="partOf", subject="body/x", object="country/us",
                                                    confidence=1.0)])
    counts = score(wrong, gold).relations["partOf"]
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_eval_counts_relations_that_carry_the_gold_date() -> None:
    def dated(date: str | None) -> Relation:
        return Relation(type="cooperatesWith", subject="country/ma", object="country/us", confidence=1.0, date=date)

    gold = extraction([MA, US], [dated("2025-03-10")])
    assert (score(extraction([MA, US], [dated("2025-03-10")]), gold).same_date,
            score(extraction([MA, US], [dated("2025-03")]), gold).same_date) == (1, 0)
    result = score(extraction([MA, US], [dated(None)]), gold)
    assert (result.dated, result.as_dict()["dates"]["share"]) == (1, 0.0)
    assert score(extraction([MA, US], [dated("2025-03-10")]), extraction([MA, US], [dated(None)])).dated == 0


def test_eval_per_type_entity_counts() -> None:
    predicted = extraction([MA, Entity(id="place/rabat", type="Place", name="Rabat")], [])
    result = score(predicted, extraction([MA, US], []))
    assert (result.entities["Country"].tp, result.entities["Country"].fn) == (1, 1)
    assert result.entities["Place"].fp == 1


GH = Entity(id="country/gh", type="Country", name="Ghana")
TG = Entity(id="country/tg", type="Country", name="Togo")


def deal(name: str, *parties: Entity) -> tuple[Entity, list[Relation]]:
    agreement = Entity(id=f"agreement/{name.lower().replace(' ', '-')}", type="Agreement", name=name)
    return agreement, [Relation(type="signs", subject=p.id, object=agreement.id, confidence=1.0) for p in parties]


@pytest.mark.parametrize(("name", "parties", "aligned"), [
    ("Ghana-Togo Agreement on Trade", (GH, TG), True),  # same kind, same parties, other words
    ("Ghana-Togo Letter of Intent on Trade", (GH, TG), False),  # another kind
    ("Ghana-Morocco Agreement on Trade", (GH, MA), False),  # another party
    ("Ghana-Togo Agreement on Trade", (), False),  # no one signs it: nothing to compare
])
def test_eval_agreements_align_by_kind_and_parties(name: str, parties: tuple[Entity, ...], aligned: bool) -> None:
    theirs, their_signs = deal("Ghana-Togo Cooperation Agreement on Digital Trade", GH, TG)
    mine, my_signs = deal(name, *parties)
    gold = extraction([GH, TG, theirs], their_signs)
    result = score(extraction([GH, TG, MA, mine], my_signs), gold)
    assert result.entities["Agreement"].tp == int(aligned)
    assert result.relations["signs"].tp == (2 if aligned else 0)


@pytest.fixture(scope="module")
def report():
    if not any(GOLD.glob("*.json")):
        pytest.skip("no gold annotations yet")
    return evaluate(GOLD, ARTICLES)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_eval_floors_on_the_gold_set(report, language: str) -> None:
    result = report.languages[language]
    assert result.micro(result.entities).f1 >= 0.90
    assert result.micro(result.relations).f1 >= 0.75


# Regression floors on the articles the rules were not written on (docs/quality.md): set 3 at
# first contact scored 0.88 / 0.90 on entities and 0.75 / 0.66 on relations; these floors sit
# a little below, so that a change that generalises worse fails here first.
HELD_OUT_FLOORS = {"heldout": (0.85, 0.65), "heldout2": (0.75, 0.55), "heldout3": (0.80, 0.60)}


@pytest.mark.parametrize("folder", sorted(HELD_OUT_FLOORS))
def test_eval_floors_on_the_held_out_sets(folder: str) -> None:
    root = ROOT / "data" / folder
    if not any((root / "gold").glob("*.json")):
        pytest.skip(f"no held-out annotations in data/{folder}")
    result = evaluate(root / "gold", root / "articles")
    entity_floor, relation_floor = HELD_OUT_FLOORS[folder]
    for language, scores in result.languages.items():
        assert scores.micro(scores.entities).f1 >= entity_floor, (folder, language)
        assert scores.micro(scores.relations).f1 >= relation_floor, (folder, language)


def test_eval_command_table_and_json(report) -> None:
    runner = CliRunner()
    table = runner.invoke(eval_command, ["--gold", str(GOLD), "--articles", str(ARTICLES)])
    assert table.exit_code == 0, table.output
    assert "entities (micro)" in table.output and "== fr" in table.output
    as_json = runner.invoke(eval_command, ["--gold", str(GOLD), "--articles", str(ARTICLES), "--format", "json"])
    data = json.loads(as_json.output)
    assert set(data["languages"]) >= {"fr", "en"}


def test_eval_command_gold_without_article(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "missing.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(eval_command, ["--gold", str(gold), "--articles", str(tmp_path)])
    assert result.exit_code != 0
    assert "no article named missing" in result.output


def test_eval_command_help() -> None:
    result = CliRunner().invoke(eval_command, ["--help"])
    assert result.exit_code == 0 and "Example" in result.output


class _StopsOnOne(Extractor):
    """The real extractor, with a rule bug on one article: its extraction raises."""

    def __init__(self, broken: str) -> None:
        super().__init__()
        self.broken = broken

    def extract_traced(self, document):
        if document.article.id == self.broken:
            raise IndexError("list index out of range")
        return super().extract_traced(document)


def test_eval_goes_on_past_an_article_the_extractor_stops_on(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "articles").mkdir()
    names = sorted(p.stem for p in GOLD.glob("en-0*.json"))[:2]
    for name in names:
        (tmp_path / "gold" / f"{name}.json").write_bytes((GOLD / f"{name}.json").read_bytes())
        (tmp_path / "articles" / f"{name}.txt").write_bytes((ARTICLES / f"{name}.txt").read_bytes())
    broken = json.loads((GOLD / f"{names[0]}.json").read_text(encoding="utf-8"))["article"]["id"]
    result = evaluate(tmp_path / "gold", tmp_path / "articles", _StopsOnOne(broken))
    assert set(result.failed) == {names[0]}
    assert result.failed[names[0]].startswith("IndexError: list index out of range at test_scores.py:")
    assert result.per_article[names[0]]["relation_micro"]["tp"] == 0
    assert result.per_article[names[1]]["relation_micro"]["tp"] > 0
    assert result.overall.articles == 2
    assert f"extraction failed on {names[0]} (IndexError" in format_table(result)
    assert result.as_dict()["failed"] == result.failed
