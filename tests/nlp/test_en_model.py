"""The shipped English pipeline en_digipol_sm: it loads, tags, parses, finds entities and stays small."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import ResourceError
from kg.nlp.english import MODEL_NAME, load_english, model_path

SIZE_LIMIT = 25 * 1024 * 1024
TEXT = ("Morocco and Kenya signed a memorandum on cybersecurity in Rabat on Tuesday. "
        "The Minister of Digital Transition, Amina Benali, said the agreement also covers artificial intelligence.")


@pytest.fixture(scope="module")
def nlp():
    return load_english()


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_en_model_lives_in_the_project_data_folder():
    folder = model_path()
    assert folder.name == MODEL_NAME
    assert folder.parent.name == "models"
    assert (folder / "meta.json").is_file()


def test_en_model_has_every_trained_component(nlp):
    for name in ("tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_en_model_splits_sentences(doc):
    sentences = [sentence.text.strip() for sentence in doc.sents]
    assert len(sentences) == 2
    assert sentences[1].startswith("The Minister")


@pytest.mark.parametrize(("word", "pos", "tag"), [
    ("Morocco", "PROPN", "NNP"),
    ("signed", "VERB", "VBD"),
    ("memorandum", "NOUN", "NN"),
])
def test_en_model_tags_words(doc, word, pos, tag):
    token = next(token for token in doc if token.text == word)
    assert (token.pos_, token.tag_) == (pos, tag)


def test_en_model_parses_subject_and_object(doc):
    signed = next(token for token in doc if token.text == "signed")
    assert signed.dep_ == "ROOT"
    assert {(child.text, child.dep_) for child in signed.children} >= {("Morocco", "nsubj"), ("memorandum", "obj")}


def test_en_model_lemmatises_verbs(doc):
    assert next(token for token in doc if token.text == "signed").lemma_ == "sign"


def test_en_model_recognises_places_and_people(doc):
    entities = {(entity.text, entity.label_) for entity in doc.ents}
    assert ("Rabat", "LOC") in entities
    assert {"Morocco", "Kenya"} & {text for text, label in entities if label in {"LOC", "ORG", "GPE"}}
    assert any(label == "PER" and "Benali" in text for text, label in entities)


def test_en_model_stays_under_the_size_limit():
    size = sum(path.stat().st_size for path in model_path().rglob("*") if path.is_file())
    assert 0 < size <= SIZE_LIMIT


def test_en_model_meta_names_licence_and_sources():
    meta = json.loads((model_path() / "meta.json").read_text(encoding="utf-8"))
    assert (meta["lang"], meta["name"]) == ("en", "digipol_sm")
    assert meta["license"] == "CC BY-SA 4.0"
    names = " ".join(source["name"] for source in meta["sources"])
    assert "UD English EWT" in names
    assert "Universal NER" in names
    assert all(source["license"] == "CC BY-SA 4.0" for source in meta["sources"])
    assert meta["test_scores"]["dep_las"] > 0.5


def test_en_model_missing_folder_is_a_resource_error(tmp_path: Path):
    with pytest.raises(ResourceError, match="English model is missing"):
        load_english(tmp_path / MODEL_NAME)


def test_en_model_of_another_language_is_refused(tmp_path: Path):
    import spacy

    folder = tmp_path / "not_english"
    spacy.blank("fr").to_disk(folder)
    with pytest.raises(ResourceError, match="not English"):
        load_english(folder)
