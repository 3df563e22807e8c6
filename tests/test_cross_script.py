"""One signing reported in Arabic, French and English: one event with three sources (sentences of ours)."""

from __future__ import annotations

from pathlib import Path

from kg.ingest import load
from kg.models import Article
from kg.nlp import Extractor
from kg.readers import Document
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
