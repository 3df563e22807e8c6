"""The synthetic corpus: articles that read back exactly as their gold says, the same for a seed."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest

from kg.errors import ResourceError
from kg.readers.base import read_file

SCRIPTS = Path(__file__).parents[2] / "scripts"
TEMPLATES = Path(__file__).parents[2] / "data" / "templates"
COUNT = 300


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_corpus", SCRIPTS / "gen_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["gen_corpus"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(gen: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    list(gen.generate(COUNT, 7, folder / "articles", folder / "gold"))
    return folder


def pairs(corpus: Path) -> list[tuple[Path, dict]]:
    return [(corpus / "articles" / f"{g.stem}.txt", json.loads(g.read_text(encoding="utf-8")))
            for g in sorted((corpus / "gold").glob("*.json"))]


def test_gen_corpus_pairs_articles_and_gold(corpus: Path) -> None:
    articles = sorted(p.stem for p in (corpus / "articles").glob("*.txt"))
    assert articles == sorted(p.stem for p in (corpus / "gold").glob("*.json"))
    assert len(articles) == COUNT
    assert {stem.split("-")[1] for stem in articles} == {"fr", "en"}


def test_gen_corpus_is_deterministic(gen: ModuleType, tmp_path: Path) -> None:
    def contents(seed: int, name: str) -> list[bytes]:
        paths = list(gen.generate(12, seed, tmp_path / name / "a", tmp_path / name / "g"))
        return [p.read_bytes() for p in paths] + [p.read_bytes() for p in sorted((tmp_path / name / "g").iterdir())]

    assert contents(3, "first") == contents(3, "again")
    assert contents(3, "first") != contents(4, "other")


def test_gen_corpus_reads_back_exactly(corpus: Path) -> None:
    for path, gold in pairs(corpus):
        (document,) = read_file(path)
        text = document.text
        assert unicodedata.is_normalized("NFC", text)
        assert document.article.model_dump() == gold["article"]
        for entity in gold["entities"]:
            for mention in entity["mentions"]:
                assert text[mention["start"]:mention["end"]] == mention["text"], (path.name, mention)
        for relation in gold["relations"]:
            evidence = relation["evidence"]
            assert text[evidence["start"]:evidence["end"]] == evidence["text"], (path.name, relation)


def test_gen_corpus_every_occurrence_is_a_mention(corpus: Path) -> None:
    """Each name or alias found in the text is a mention of its entity or lies inside a longer one."""
    for path, gold in pairs(corpus):
        (document,) = read_file(path)
        spans = {(m["start"], m["end"]): e["id"] for e in gold["entities"] for m in e["mentions"]}
        for entity in gold["entities"]:
            for surface in {entity["name"], *entity["aliases"]}:
                for found in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", document.text):
                    start, end = found.span()
                    inside = any(a <= start and end <= b and b - a > end - start for a, b in spans)
                    assert spans.get((start, end)) == entity["id"] or inside, (path.name, entity["id"], start)


def test_gen_corpus_gold_loads_and_merges(corpus: Path, memory_store) -> None:
    from kg.services.ingest import load

    report = load([corpus / "gold"], memory_store)
    assert (report.loaded, report.failed) == (COUNT, 0)
    (row,) = memory_store.query("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a dp:Person }")
    assert int(row["n"].value) < 2 * COUNT  # the same ministers recur, so graphs merge
    used = {r["type"] for _, gold in pairs(corpus) for r in gold["relations"]}
    assert used == {"meets", "visits", "memberOf", "partOf", "cooperatesWith", "cooperatesOn", "hasPolicy", "signs"}


def test_gen_corpus_world_is_the_same_for_every_seed(gen: ModuleType) -> None:
    world = gen.load_world()
    people = list(world.people.values())
    assert len({p.name for p in people}) == len(people)
    assert world.person("MA", "ministry") == gen.load_world(TEMPLATES).person("MA", "ministry")
    assert len(world.domains) == 23


@pytest.mark.parametrize(("broken", "message"), [
    ("{p1}, {role:p1}, travelled", "unknown slot {wrong:p1}"),
    ("visits p1 city_b, visits p1 country_b", "relation 'visits p1 date'"),
])
def test_gen_corpus_bad_template_is_named(gen: ModuleType, tmp_path: Path, broken: str, message: str) -> None:
    folder = tmp_path / "templates"
    shutil.copytree(TEMPLATES, folder)
    english = folder / "en.yaml"
    replacement = "{wrong:p1}, {role:p1}, travelled" if "{" in broken else "visits p1 date, visits p1 country_b"
    english.write_text(english.read_text(encoding="utf-8").replace(broken, replacement), encoding="utf-8")
    with pytest.raises(ResourceError, match=re.escape(message)) as caught:
        gen.load_world(folder)
    assert caught.value.where and caught.value.where.startswith("en.yaml: sections[1] (meeting) choose[0][0]")


def test_gen_corpus_command_line(gen: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--articles", str(tmp_path / "a"), "--gold", str(tmp_path / "g"), "--seed", "5"]
    assert gen.main(["--count", "3", "--languages", "en", *args]) == 0
    assert "3 articles" in capsys.readouterr().err
    assert all("-en-" in p.name for p in (tmp_path / "a").iterdir())
    with pytest.raises(SystemExit):
        gen.main(["--count", "-1", *args])
