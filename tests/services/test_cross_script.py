"""One signing reported in Arabic, French and English: one event with three sources (sentences of ours)."""

from __future__ import annotations

from pathlib import Path

from kg.models import Article
from kg.nlp import Extractor
from kg.readers import Document
from kg.services.ingest import load
from kg.vocab import DP_IRI

REPORTS = {
    "ar": "وقّع المغرب والسعودية، يوم 16 ديسمبر 2024 بالرياض، مذكرة تفاهم في مجال الحكومة الرقمية.",
    "fr": "Le Maroc et l'Arabie saoudite ont signé le 16 décembre 2024 à Riyad un mémorandum d'entente sur "
          "l'e-gouvernement.",
    "en": "Morocco and Saudi Arabia signed a memorandum of understanding on e-government in Riyadh on "
          "16 December 2024.",
}
AGREEMENT = "agreement/morocco-saudi-arabia-memorandum-of-understanding-on-e-government"


def _extract(language: str, text: str):
    article = Article(id=f"report-{language}", title=f"report {language}", language=language,
                      published="2024-12-17", url=f"https://news.example/{language}/mou")
    return Extractor().extract(Document(article=article, text=text, origin="test"))


def test_cross_script_reports_share_the_agreement_and_its_parties() -> None:
    extractions = {language: _extract(language, text) for language, text in REPORTS.items()}
    signed = {language: {(r.subject, r.object) for r in e.relations if r.type.value == "signs"}
              for language, e in extractions.items()}
    expected = {("country/ma", AGREEMENT), ("country/sa", AGREEMENT)}
    assert signed == {"ar": expected, "fr": expected, "en": expected}


def test_cross_script_reports_are_one_signing_with_three_sources(memory_store, tmp_path: Path) -> None:
    paths = []
    for language, text in REPORTS.items():
        path = tmp_path / f"{language}.json"
        path.write_text(_extract(language, text).model_dump_json(), encoding="utf-8")
        paths.append(path)
    report = load(paths, memory_store)
    assert report.failed == 0, report.problems
    query = f"""SELECT ?event (COUNT(DISTINCT ?source) AS ?sources) WHERE {{
        ?event a <{DP_IRI}Signing> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?source }} GROUP BY ?event"""
    rows = list(memory_store.query(query))
    assert len(rows) == 1
    assert int(rows[0]["sources"].value) == 3


def test_cross_script_ingest_detects_arabic_and_merges_the_signing(tmp_path: Path) -> None:
    """`kg ingest` of three files, the Arabic one with no language given: one graph, one signing."""
    from kg.services.ingest import ingest
    from kg.store.oxigraph import EmbeddedStore

    for language, text in REPORTS.items():
        given = "" if language == "ar" else f"language: {language}\n"
        (tmp_path / f"{language}.txt").write_text(
            f"---\ntitle: report {language}\npublished: 2024-12-17\n{given}---\n{text}", encoding="utf-8")
    store = EmbeddedStore(None)
    report = ingest([tmp_path], store, extractor=Extractor())
    assert report.loaded == 3 and report.failed == 0, report.problems
    languages = {row["l"].value for row in store.query("SELECT ?l { ?a a dp:Article ; dcterms:language ?l }")}
    assert "ar" in languages
    query = f"""SELECT (COUNT(DISTINCT ?source) AS ?sources) WHERE {{
        ?event a <{DP_IRI}Signing> ; prov:wasDerivedFrom ?source }}"""
    assert int(next(iter(store.query(query)))["sources"].value) == 3
