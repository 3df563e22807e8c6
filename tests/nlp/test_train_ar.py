"""The Arabic training script's conversion: treebank words onto the tokens spaCy's Arabic tokenizer
gives at run time, documents dealt into train, dev and test, the source checked by its checksum."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_ar.py"

# A sentence written for this test, split the treebank's way: "ب" and "ه" are words of their own.
CONLLU = """# newdoc id = d1
# sent_id = d1-1
# text = التقى الوزير بنظيره.
1\tالتقى\tالتقى\tVERB\tVBC\tAspect=Perf\t0\troot\t_\t_
2\tالوزير\tوزير\tNOUN\tNN\tDefinite=Def\t1\tnsubj\t_\t_
3\tب\tب\tADP\tIN\t_\t4\tcase\t_\tSpaceAfter=No
4\tنظير\tنظير\tNOUN\tNN\t_\t1\tobl\t_\tSpaceAfter=No
5\tه\tهو\tPRON\tPRP\tPerson=3\t4\tnmod\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_

"""


@pytest.fixture(scope="module")
def train_ar() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("train_ar", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_train_ar_tokens_are_the_run_time_tokens(train_ar: ModuleType) -> None:
    import spacy

    nlp = spacy.blank("ar")
    sentence = train_ar.parse_conllu(CONLLU)[0]
    doc, merged = train_ar.make_sentence_doc(nlp, sentence)
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc("التقي الوزير بنظيره.")]
    assert [(t.text, t.pos_, t.tag_) for t in doc] == [
        ("التقي", "VERB", "VBC"), ("الوزير", "NOUN", "NN"), ("بنظيره", "NOUN", "NN"), (".", "PUNCT", ".")]
    assert merged == 1
    assert str(doc[1].morph) == "Definite=Def"


def test_train_ar_token_of_several_words_takes_the_heading_one(train_ar: ModuleType) -> None:
    sentence = train_ar.parse_conllu(CONLLU)[0]
    assert train_ar.heading_word(sentence, [2, 3, 4]) == 3  # "ب" and "ه" depend on "نظير"
    assert train_ar.heading_word(sentence, [4, 5]) == 4  # punctuation only when nothing else


def test_train_ar_deals_whole_documents(train_ar: ModuleType) -> None:
    text = "".join(CONLLU.replace("d1", f"d{n}") for n in range(20))
    splits = train_ar.split_of(train_ar.parse_conllu(text))
    assert [s.doc_id for s in splits["dev"]] == ["d8", "d18"]
    assert [s.doc_id for s in splits["test"]] == ["d9", "d19"]
    assert len(splits["train"]) == 16


def test_train_ar_source_must_have_the_pinned_checksum(train_ar: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / train_ar.SOURCE
    path.parent.mkdir(parents=True)
    path.write_text(CONLLU, encoding="utf-8")
    with pytest.raises(train_ar.SourceError, match="SHA-256"):
        train_ar.read_source(tmp_path, any_version=False)
    assert train_ar.read_source(tmp_path, any_version=True) == CONLLU


def test_train_ar_missing_source_says_where(train_ar: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(train_ar.SourceError, match="UD_Arabic-PUD"):
        train_ar.read_source(tmp_path, any_version=False)
