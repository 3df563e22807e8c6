"""Arabic in the explorer and the exports: right to left where it is Arabic, language tags kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import viz
from kg.nlp import Extractor
from kg.rdf.reference import reference_graph
from kg.services.export import export
from kg.services.ingest import load
from tests.support import browser_support
from tests.support.nlp_support import document

browser = browser_support.browser
browser_page = browser_support.browser_page

SENTENCE = ("وقّع وزير الاتصالات وتقنية المعلومات السعودي المهندس عبدالله بن عامر السواحة بالرياض مذكرة تفاهم "
            "مع مصر في مجال الأمن السيبراني.")


@pytest.fixture
def arabic_store(memory_store, tmp_path: Path):
    extraction = Extractor().extract(document(SENTENCE, "ar"))
    path = tmp_path / "arabic.json"
    path.write_text(extraction.model_dump_json(), encoding="utf-8")
    report = load([path], memory_store)
    assert report.failed == 0, report.problems
    return memory_store


def test_viz_arabic_exports_keep_the_arabic_tag(arabic_store, tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    with out.open("wb") as handle:
        export(arabic_store, "nquads", handle)
    assert '"' + SENTENCE + '"@ar' in out.read_text(encoding="utf-8")


def test_viz_arabic_reference_graph_labels_countries_in_arabic() -> None:
    labels = {(q.subject.value.rsplit("/", 2)[-2:][-1], q.object.value, q.object.language)
              for q in reference_graph() if q.predicate.value.endswith(("#label", "#altLabel"))
              and getattr(q.object, "language", None) == "ar"}
    assert ("ma", "المغرب", "ar") in labels
    assert ("ae", "الإمارات العربية المتحدة", "ar") in labels


@pytest.mark.browser
def test_viz_arabic_evidence_reads_right_to_left(browser_page, arabic_store, tmp_path: Path) -> None:
    path = viz.write_html(viz.graph(arabic_store), tmp_path / "graph.html")
    page = browser_page
    page.goto(path.as_uri())
    page.evaluate("window.kgExplorerReady")
    page.evaluate("kgExplorer.showEdge(kgExplorer.model.edges.find(e => e.relation === 'signs').id)")
    quote = page.locator("#panel .evidence blockquote").first
    assert quote.inner_text() == SENTENCE
    assert quote.get_attribute("dir") == "auto"
    assert page.evaluate("getComputedStyle(document.querySelector('#panel .evidence blockquote')).direction") \
        == "rtl"
    page.evaluate("kgExplorer.reveal('country/eg')")
    heading = page.locator("#panel h2")
    assert heading.inner_text() == "Egypt" and heading.get_attribute("dir") == "auto"
    assert page.evaluate("getComputedStyle(document.querySelector('#panel h2')).direction") == "ltr"
    assert page.recorded.page_errors == []
