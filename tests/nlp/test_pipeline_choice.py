"""Each language pack names the one spaCy pipeline that reads it; nothing else installed is probed,
a missing pipeline is an error with an install hint (or the pack's declared fallback), and the
pipeline in use is recorded in each article's provenance (dp:pipeline)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import spacy

from kg.errors import ResourceError
from kg.nlp.pipeline import choose
from kg.resources import shipped_home
from kg.vocab import DP_IRI

SPACY = str(spacy.__version__)


def _home_with_pack(tmp_path: Path, code: str, pack: str) -> Path:
    """A copy of the shipped home whose pack for `code` says `pack`."""
    for part in ("data/lang", "data/reference", "ontology"):
        shutil.copytree(shipped_home() / part, tmp_path / part)
    (tmp_path / "data" / "lang" / code / "pack.yaml").write_text(pack, encoding="utf-8")
    return tmp_path


def test_the_shipped_packs_name_their_pipelines_exactly() -> None:
    assert choose("en").label == "data/models/en_digipol_sm 0.1.0"
    assert choose("fr").label == "fr_core_news_md 3.8.0"


def test_an_installed_pipeline_the_pack_does_not_name_is_not_used(tmp_path: Path) -> None:
    assert spacy.util.is_package("fr_core_news_md")
    home = _home_with_pack(tmp_path, "fr", "name: French\nmodel: sentencizer\n")
    assert choose("fr", home).label == f"sentencizer {SPACY}"


def test_a_missing_pipeline_is_an_error_saying_what_to_install(tmp_path: Path) -> None:
    home = _home_with_pack(tmp_path, "en", "name: English\nmodel: en_core_web_zz\nversion: '3.8.0'\n")
    hint = r"en_core_web_zz is not installed: pip install en-core-web-zz==3\.8\.0"
    with pytest.raises(ResourceError, match=hint) as error:
        choose("en", home)
    assert "data/lang/en/pack.yaml" in str(error.value)


def test_a_missing_pipeline_runs_the_declared_fallback(tmp_path: Path) -> None:
    home = _home_with_pack(tmp_path, "en", "name: English\nmodel: en_core_web_zz\nfallback: sentencizer\n")
    assert choose("en", home).label == f"sentencizer {SPACY}"


def test_a_pipeline_of_another_version_is_an_error(tmp_path: Path) -> None:
    home = _home_with_pack(tmp_path, "fr", "name: French\nmodel: fr_core_news_md\nversion: '9.9.9'\n")
    with pytest.raises(ResourceError, match=r"version 3\.8\.0, the pack needs 9\.9\.9"):
        choose("fr", home)


def test_a_folder_of_the_project_is_a_pipeline_with_its_own_version(tmp_path: Path) -> None:
    home = _home_with_pack(tmp_path, "en", "name: English\nmodel: data/models/en_test\n")
    nlp = spacy.blank("en")
    nlp.meta["version"] = "1.2.3"
    (home / "data" / "models").mkdir()
    nlp.to_disk(home / "data" / "models" / "en_test")
    assert choose("en", home).label == "data/models/en_test 1.2.3"


def test_a_pack_must_name_one_pipeline(tmp_path: Path) -> None:
    home = _home_with_pack(tmp_path, "en", "name: English\nmodels: [en_core_web_sm, en_core_web_md]\n")
    with pytest.raises(ResourceError, match="model"):
        choose("en", home)


def test_each_ingested_article_records_the_pipeline_that_read_it(tmp_path: Path) -> None:
    from kg.services.ingest import ingest
    from kg.store.oxigraph import EmbeddedStore

    articles = shipped_home() / "data" / "articles"
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = ingest([articles / "en-01-morocco-us-cybersecurity-ai.txt",
                         articles / "fr-02-maroc-france-ia-cloud.txt"], store)
        assert report.loaded == 2
        rows = store.query(f"SELECT ?lang ?pipeline {{ GRAPH ?g {{ ?g <{DP_IRI}pipeline> ?pipeline ; "
                           "<http://purl.org/dc/terms/language> ?lang } }")
        found = {(row["lang"].value, row["pipeline"].value) for row in rows}
    finally:
        store.close()
    assert found == {("en", "data/models/en_digipol_sm 0.1.0"), ("fr", "fr_core_news_md 3.8.0")}


def test_a_hand_annotation_records_no_pipeline() -> None:
    from kg.models import Article, Extraction
    from kg.rdf.mapping import article_graph

    extraction = Extraction(article=Article(id="en-test-article", title="T", language="en"))
    quads = article_graph(extraction, extractor="gold")
    assert not [q for q in quads if q.predicate == ox.NamedNode(DP_IRI + "pipeline")]
    quads = article_graph(extraction, extractor="x", pipeline="fr_core_news_md 3.8.0")
    assert [q.object.value for q in quads if q.predicate == ox.NamedNode(DP_IRI + "pipeline")] == [
        "fr_core_news_md 3.8.0"]
