"""The stand-off corpus tool (scripts/corpus.py) on a small article written for this test."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.models import Extraction
from kg.readers.base import read_file

SCRIPTS = Path(__file__).parents[2] / "scripts"

# Three blank lines and a trailing space: the reader's cleaning shifts offsets, so offsets
# into the stored text and into the read article differ.
TEXT = (
    "Coopération numérique : Lomé et Accra signent un accord\n\n\n\n"
    "La ministre togolaise de l'Économie numérique, Awa Mensah, a signé lundi à Accra un "
    "protocole d'accord avec son homologue ghanéen, Kofi Boateng. \n\n"
    "Les deux ministres ont eu un entretien sur la cybersécurité et la protection des données.\n\n"
    "Lire aussi : Awa Mensah à Paris"
)

WORK = """
boilerplate: ["Lire aussi :"]
entities:
  - {type: Person, name: Awa Mensah, role: "ministre togolaise de l'Économie numérique"}
  - {type: Person, name: Kofi Boateng}
  - {type: Country, name: Togo, id: country/tg, aliases: [togolaise]}
  - {type: Country, name: Ghana, id: country/gh, aliases: [ghanéen]}
  - {type: Place, name: Accra}
  - {type: GovernmentBody, name: Ministry of Digital Economy, implied: true}
  - {type: Agreement, name: Ghana-Togo Memorandum of Understanding on Digital Cooperation,
     aliases: [{text: protocole d'accord, in: ["un protocole d'accord"]}]}
  - {type: PolicyDomain, name: cybersecurity, id: domain/cybersecurity, aliases: [cybersécurité]}
relations:
  - {type: signs, subject: [person/awa-mensah, person/kofi-boateng],
     object: agreement/ghana-togo-memorandum-of-understanding-on-digital-cooperation, date: 2025-06-02,
     evidence: &s1 "La ministre togolaise de l'Économie numérique, Awa Mensah, a signé lundi à Accra un protocole \
d'accord avec son homologue ghanéen, Kofi Boateng."}
  - {type: memberOf, subject: person/awa-mensah, object: body/ministry-of-digital-economy, evidence: *s1}
  - {type: meets, subject: person/awa-mensah, object: person/kofi-boateng, date: 2025-06-02,
     evidence: &s2 "Les deux ministres ont eu un entretien sur la cybersécurité et la protection des données."}
  - {type: cooperatesOn, subject: [country/tg, country/gh], object: domain/cybersecurity, confidence: 0.8,
     date: 2025-06-02, evidence: *s2}
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_tool", SCRIPTS / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_tool"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def corpus(tool: ModuleType, tmp_path: Path):
    root = tmp_path / "corpus"
    (root / "texts").mkdir(parents=True)
    (root / "drafts").mkdir()
    (root / "texts" / "fr-001.txt").write_text(TEXT, encoding="utf-8")
    (root / "drafts" / "fr-001.yaml").write_text(WORK, encoding="utf-8")
    return tool.Corpus(root)


def _add(tool: ModuleType, corpus, item: str = "fr-001", **extra):
    meta = {"event": "tg-gh-mou", "split": "dev", "url": f"https://news.example.org/{item}",
            "query": "togo ghana accord numérique", "title": "Lomé et Accra", "source": "Example News",
            "language": "fr", "published": "2025-06-03"} | extra
    return tool.add(corpus, item, **meta)


def test_corpus_add_records_hash_length_and_event(tool, corpus) -> None:
    entry = _add(tool, corpus)
    line = json.loads(corpus.manifest.read_text(encoding="utf-8"))
    assert line == entry
    assert entry["chars"] == len(TEXT) and entry["sha256"] == tool.sha256(TEXT)
    assert tool.read_events(corpus) == {"tg-gh-mou": "dev"}


def test_corpus_add_refuses_duplicates_and_split_conflicts(tool, corpus) -> None:
    _add(tool, corpus)
    with pytest.raises(tool.CorpusError, match="already in the manifest"):
        _add(tool, corpus)
    (corpus.root / "texts" / "fr-002.txt").write_text("Autre texte.", encoding="utf-8")
    with pytest.raises(tool.CorpusError, match="already in the dev half"):
        _add(tool, corpus, "fr-002", split="test")
    assert _add(tool, corpus, "fr-002", split=None)["split"] == "dev"


def test_corpus_add_refuses_an_excluded_site_and_status_names_one(tool, corpus) -> None:
    corpus.excluded_sites.write_text("# kept for another evaluation\nexample.org\n", encoding="utf-8")
    with pytest.raises(tool.CorpusError, match=r"example\.org is a site the corpus takes nothing from"):
        _add(tool, corpus)
    assert not corpus.manifest.exists()
    corpus.excluded_sites.write_text("other.example.com\n", encoding="utf-8")
    _add(tool, corpus)
    corpus.excluded_sites.write_text("example.org\n", encoding="utf-8")
    (problem,) = tool.status(corpus)
    assert problem.startswith("fr-001: https://news.example.org/fr-001 is on example.org")


def test_the_shipped_corpus_takes_nothing_from_an_excluded_site(tool) -> None:
    shipped = tool.Corpus(SCRIPTS.parent / "data" / "corpus")
    assert "allafrica.com" in tool.excluded_sites(shipped)
    assert tool.excluded_entries(shipped) == []


def test_corpus_status_names_missing_and_changed_texts_with_their_query(tool, corpus) -> None:
    _add(tool, corpus)
    assert tool.status(corpus) == []
    corpus.text("fr-001").write_text(TEXT + " ", encoding="utf-8")
    (changed,) = tool.status(corpus)
    assert "fr-001: text changed" in changed and "togo ghana accord numérique" in changed
    corpus.text("fr-001").unlink()
    (missing,) = tool.status(corpus)
    assert "fr-001: text missing" in missing


def test_corpus_status_names_an_id_given_two_canonical_names(tool, corpus) -> None:
    entry = _add(tool, corpus)
    tool.build(corpus, "fr-001", {"fr-001": entry})
    other = json.loads(corpus.annotation("fr-001").read_text(encoding="utf-8"))
    other["entities"][0]["name"] = "Awa Mensah-Kofi"
    corpus.annotation("fr-002").write_text(json.dumps(other), encoding="utf-8")
    (conflict,) = tool.status(corpus)
    assert conflict.startswith(other["entities"][0]["id"] + ": two canonical names")
    assert "'Awa Mensah' in fr-001" in conflict and "'Awa Mensah-Kofi' in fr-002" in conflict


def test_the_shipped_corpus_gives_each_id_one_canonical_name(tool) -> None:
    shipped = tool.Corpus(SCRIPTS.parent / "data" / "corpus")
    assert len(list((shipped.root / "annotations").glob("*.json"))) > 600
    assert tool.name_conflicts(shipped) == []


def test_corpus_build_keeps_offsets_into_the_stored_text_not_sentences(tool, corpus) -> None:
    entry = _add(tool, corpus)
    standoff = tool.build(corpus, "fr-001", {"fr-001": entry})
    saved = corpus.annotation("fr-001").read_text(encoding="utf-8")
    assert json.loads(saved) == standoff
    assert "entretien" not in saved and "a signé lundi" not in saved
    meets = next(r for r in standoff["relations"] if r["type"] == "meets")
    start, end = meets["evidence"]
    assert TEXT[start:end].startswith("Les deux ministres") and TEXT[start:end].endswith("données.")
    signs = [r for r in standoff["relations"] if r["type"] == "signs"]
    assert len(signs) == 2 and len(standoff["relations"]) == 6
    body = next(e for e in standoff["entities"] if e["type"] == "GovernmentBody")
    assert body["implied"] is True


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("ont eu un entretien", "ont eu une rencontre", "evidence not found"),
        ("aliases: [ghanéen]", "aliases: [ghanéenne]", "alias 'ghanéenne' not found"),
        ('in: ["un protocole d\'accord"]', 'in: ["a signé lundi à Accra un protocole d\'accord avec son"]',
         "longer than 40"),
    ],
)
def test_corpus_build_names_the_item_of_a_bad_annotation(tool, corpus, old, new, message) -> None:
    entry = _add(tool, corpus)
    corpus.work("fr-001").write_text(WORK.replace(old, new), encoding="utf-8")
    with pytest.raises(tool.CorpusError, match=message) as error:
        tool.build(corpus, "fr-001", {"fr-001": entry})
    assert "fr-001" in str(error.value)
    assert not corpus.annotation("fr-001").exists()


def test_corpus_materialize_writes_articles_and_gold_that_agree(tool, corpus, tmp_path) -> None:
    entry = _add(tool, corpus)
    tool.build(corpus, "fr-001", {"fr-001": entry})
    written, problems = tool.materialize(corpus, tmp_path / "out", "dev", "fr")
    assert written == ["fr-001"] and problems == []
    (document,) = list(read_file(tmp_path / "out" / "articles" / "fr-001.txt"))
    assert document.article.url == entry["url"] and document.article.published == "2025-06-03"
    gold = Extraction.model_validate_json((tmp_path / "out" / "gold" / "fr-001.json").read_text(encoding="utf-8"))
    assert gold.article.source == "Example News"
    for relation in gold.relations:
        assert document.text[relation.evidence.start : relation.evidence.end] == relation.evidence.text
    mentions = {m.text for e in gold.entities for m in e.mentions}
    assert {"Awa Mensah", "togolaise", "ghanéen", "cybersécurité", "protocole d'accord"} <= mentions
    # Nothing from the furniture after "Lire aussi :" (Awa Mensah appears there once more).
    awa = next(e for e in gold.entities if e.id == "person/awa-mensah")
    assert len(awa.mentions) == 1
    assert tool.materialize(corpus, tmp_path / "none", "test", "fr") == ([], [])
    assert tool.materialize(corpus, tmp_path / "spent", "dev", "fr", spent="test-2") == ([], [])


def test_corpus_materialize_picks_one_spent_batch_of_the_dev_half(tool, corpus, tmp_path) -> None:
    entry = _add(tool, corpus)
    tool.build(corpus, "fr-001", {"fr-001": entry})
    lines = corpus.manifest.read_text(encoding="utf-8").splitlines()
    spent = [json.dumps(json.loads(line) | {"spent": "test-2"}, ensure_ascii=False) for line in lines]
    corpus.manifest.write_text("\n".join(spent) + "\n", encoding="utf-8")
    assert tool.materialize(corpus, tmp_path / "two", "dev", "fr", spent="test-2") == (["fr-001"], [])
    assert tool.materialize(corpus, tmp_path / "one", "dev", "fr", spent="test-1") == ([], [])


def test_corpus_materialize_skips_a_changed_text_and_goes_on(tool, corpus, tmp_path) -> None:
    entry = _add(tool, corpus)
    tool.build(corpus, "fr-001", {"fr-001": entry})
    corpus.text("fr-001").write_text(TEXT.replace("lundi", "mardi"), encoding="utf-8")
    written, (problem,) = tool.materialize(corpus, tmp_path / "out", "dev")
    assert written == [] and "fr-001: text changed" in problem


def test_corpus_cli_status_exit_code_and_help(tool, corpus, capsys) -> None:
    _add(tool, corpus)
    assert tool.main(["--corpus", str(corpus.root), "status"]) == 0
    corpus.text("fr-001").unlink()
    assert tool.main(["--corpus", str(corpus.root), "status"]) == 1
    assert "text missing" in capsys.readouterr().err
    with pytest.raises(SystemExit) as done:
        tool.main(["--help"])
    assert done.value.code == 0
