"""The embedded store on disk: replace-on-reload, idempotence, bad locations."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.errors import QuerySyntaxError, StoreError
from kg.models import Extraction
from kg.rdf.iris import Iris
from kg.rdf.mapping import article_graph
from kg.rdf.summaries import summary_graph
from kg.services.ingest import write_articles
from kg.store.oxigraph import EmbeddedStore


def _put(store: EmbeddedStore, extraction: Extraction) -> None:
    write_articles(store, {Iris().article(extraction.article.id).value: article_graph(extraction)}, Iris())


def test_store_reload_changes_nothing(tmp_path: Path, sample: Extraction) -> None:
    store = EmbeddedStore(tmp_path / "store")
    _put(store, sample)
    before = sorted(map(str, store.quads()))
    _put(store, sample)
    assert sorted(map(str, store.quads())) == before
    store.close()


def test_store_corrected_article_replaces_exactly_its_facts(sample_record: dict, tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    first = Extraction.model_validate(sample_record)
    other = dict(sample_record, article={**sample_record["article"], "id": "other0001"})
    _put(store, first)
    _put(store, Extraction.model_validate(other))
    other_quads = {str(q) for q in store.quads() if "other0001" in q.graph_name.value}
    corrected = dict(sample_record, relations=sample_record["relations"][:2])
    _put(store, Extraction.model_validate(corrected))
    remaining = store.query("SELECT (COUNT(?s) AS ?n) { GRAPH <https://w3id.org/digipol/id/article/sample0001> "
                            "{ ?s a rdf:Statement } }")
    assert int(next(iter(remaining))["n"].value) == 2
    assert {str(q) for q in store.quads() if "other0001" in q.graph_name.value} == other_quads
    store.close()


def test_store_persists_on_disk(tmp_path: Path, sample: Extraction) -> None:
    store = EmbeddedStore(tmp_path / "store")
    _put(store, sample)
    count = store.count()
    store.close()
    reopened = EmbeddedStore(tmp_path / "store", read_only=True)
    assert reopened.count() == count > 0
    reopened.close()


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        EmbeddedStore(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere, so permissions cannot be tested")
def test_store_path_not_writable(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="not writable"):
            EmbeddedStore(tmp_path / "store")
    finally:
        tmp_path.chmod(0o700)


def test_store_read_only_needs_existing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        EmbeddedStore(tmp_path / "missing", read_only=True)


def test_store_syntax_error_names_position(memory_store: EmbeddedStore) -> None:
    with pytest.raises(QuerySyntaxError, match=r"1:\d+"):
        memory_store.query("SELECT * WHERE { ?s ?p }")


def test_store_untrusted_text_cannot_break_out_of_update(memory_store: EmbeddedStore, sample_record: dict) -> None:
    sample_record["entities"][0]["name"] = 'x" . } } ; DROP ALL ; INSERT DATA { <a:b> <a:c> "'
    extraction = Extraction.model_validate(sample_record)
    _put(memory_store, extraction)
    _put(memory_store, extraction)  # the second put goes through the SPARQL update path
    names = {str(q.object.value) for q in memory_store.quads() if q.predicate.value.endswith("#label")}
    assert sample_record["entities"][0]["name"] in names
    assert memory_store.graph_names() == {Iris().article("sample0001").value, Iris().facts_graph.value,
                                          summary_graph(Iris()).value}


def _facts(store: EmbeddedStore) -> set[str]:
    facts = Iris().facts_graph
    return {f"{q.subject.value.rsplit('/', 1)[-1]} {q.predicate.value.rsplit('#', 1)[-1]} "
            f"{getattr(q.object, 'value', '').rsplit('/', 1)[-1]}" for q in store.quads() if q.graph_name == facts}


def test_store_facts_follow_the_articles_that_support_them(memory_store: EmbeddedStore, sample_record: dict) -> None:
    first = Extraction.model_validate(sample_record)
    second = Extraction.model_validate(dict(sample_record, article={**sample_record["article"], "id": "other0001"}))
    _put(memory_store, first)
    _put(memory_store, second)
    assert "amal-el-fallah-seghrouchni meets leila-elmergawi" in _facts(memory_store)
    without_meeting = dict(sample_record, relations=sample_record["relations"][2:])
    _put(memory_store, Extraction.model_validate(without_meeting))
    assert "amal-el-fallah-seghrouchni meets leila-elmergawi" in _facts(memory_store), "still said by other0001"
    second_without = dict(without_meeting, article=second.article.model_dump())
    _put(memory_store, Extraction.model_validate(second_without))
    facts = _facts(memory_store)
    assert "amal-el-fallah-seghrouchni meets leila-elmergawi" not in facts
    assert not [fact for fact in facts if fact.endswith("Meeting")], "the meeting event went with its last report"
    assert "leila-elmergawi label Leila Elmergawi" in facts, "Leila is still mentioned"


def test_store_facts_do_not_repeat_per_article(memory_store: EmbeddedStore, sample_record: dict) -> None:
    for number in range(3):
        article = {**sample_record["article"], "id": f"copy{number}"}
        _put(memory_store, Extraction.model_validate(dict(sample_record, article=article)))
    rows = list(memory_store.query("SELECT ?name { ?p a dp:Person ; rdfs:label ?name }"))
    assert len(rows) == 2
