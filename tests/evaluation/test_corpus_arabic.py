"""Arabic articles in the stand-off corpus: word boundaries with vowel signs, and a round trip.

The short article below is written for this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.models import Extraction
from kg.readers.base import read_file

SCRIPTS = Path(__file__).parents[2] / "scripts"

# "بِمصر" carries a kasra on the clitic: the bare name "مصر" must not be found inside it.
TEXT = (
    "وقّعت وزارة الاتصالات في تونس مذكرة تفاهم مع مصرَ في مجال الأمن السيبراني.\n\n"
    "واجتمع الوزير سامي العابد بِمصر مع نظيره المصري في القاهرة."
)

WORK = """
entities:
  - {type: Person, name: Sami Al-Abed, aliases: [سامي العابد], role: "الوزير"}
  - {type: Country, name: Egypt, id: country/eg, aliases: [مصر, المصري]}
  - {type: Country, name: Tunisia, id: country/tn, aliases: [تونس]}
  - {type: GovernmentBody, name: Ministry of Communications of Tunisia, aliases: [وزارة الاتصالات]}
  - {type: Place, name: Cairo, aliases: [القاهرة]}
  - {type: Agreement, name: Egypt-Tunisia Memorandum of Understanding on Cybersecurity, aliases: [مذكرة تفاهم]}
  - {type: PolicyDomain, name: cybersecurity, id: domain/cybersecurity, aliases: [الأمن السيبراني]}
relations:
  - {type: signs, subject: body/ministry-of-communications-of-tunisia,
     object: agreement/egypt-tunisia-memorandum-of-understanding-on-cybersecurity, date: 2025-06-02,
     evidence: "وقّعت وزارة الاتصالات في تونس مذكرة تفاهم مع مصرَ في مجال الأمن السيبراني."}
  - {type: partOf, subject: body/ministry-of-communications-of-tunisia, object: country/tn,
     evidence: "وقّعت وزارة الاتصالات في تونس مذكرة تفاهم مع مصرَ في مجال الأمن السيبراني."}
  - {type: visits, subject: person/sami-al-abed, object: place/cairo, date: 2025-06-02,
     evidence: "واجتمع الوزير سامي العابد بِمصر مع نظيره المصري في القاهرة."}
"""


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_tool_ar", SCRIPTS / "corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus_tool_ar"] = module
    spec.loader.exec_module(module)
    return module


def test_word_boundaries_treat_vowel_signs_as_part_of_the_word(tool: ModuleType) -> None:
    occurrences = tool.build_gold._word_occurrences
    text = "زار بِمصر ثم مصرَ و مصر."
    # Not inside "بِمصر"; the fatha of "مصرَ" stays inside the span.
    assert occurrences(text, "مصر", len(text)) == [(13, 17), (20, 23)]
    assert text[13:17] == "مصرَ"
    # Latin text keeps its word boundaries.
    assert occurrences("Maroc, Digital Maroc 2030", "Maroc", 100) == [(0, 5), (15, 20)]
    assert occurrences("Marocaine", "Maroc", 100) == []


def test_an_arabic_article_builds_and_materializes_with_right_mentions(tool: ModuleType, tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "texts").mkdir(parents=True)
    (root / "drafts").mkdir()
    (root / "texts" / "ar-001.txt").write_text(TEXT, encoding="utf-8")
    (root / "drafts" / "ar-001.yaml").write_text(WORK, encoding="utf-8")
    corpus = tool.Corpus(root)
    entry = tool.add(corpus, "ar-001", event="tn-eg-cyber", split="test", url="https://news.example.org/ar-001",
                     query="تونس مصر الأمن السيبراني", title="مذكرة تفاهم", source="Example News",
                     language="ar", published="2025-06-03")
    tool.build(corpus, "ar-001", {"ar-001": entry})
    written, problems = tool.materialize(corpus, tmp_path / "out", "test", "ar")
    assert written == ["ar-001"] and problems == []
    (document,) = list(read_file(tmp_path / "out" / "articles" / "ar-001.txt"))
    assert document.article.language == "ar"
    gold = Extraction.model_validate_json((tmp_path / "out" / "gold" / "ar-001.json").read_text(encoding="utf-8"))
    egypt = next(e for e in gold.entities if e.id == "country/eg")
    assert sorted(m.text for m in egypt.mentions) == ["المصري", "مصرَ"]
    for mention in egypt.mentions:
        assert document.text[mention.start : mention.end] == mention.text
    for relation in gold.relations:
        assert document.text[relation.evidence.start : relation.evidence.end] == relation.evidence.text
