"""Helpers for the rule-layer tests: run the extractor on a sentence and read what it found."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.models import Article, Extraction
from kg.nlp import Extractor
from kg.nlp.lexicon import ROOT
from kg.readers import Document


def document(text: str, language: str, published: str | None = "2025-06-12") -> Document:
    article = Article(id="test", title=text[:40] or "t", language=language, published=published)
    return Document(article=article, text=text, origin="test")


def run(extractor: Extractor, text: str, language: str, published: str | None = "2025-06-12") -> Extraction:
    return extractor.extract(document(text, language, published))


def relations(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.type.value, r.subject, r.object) for r in extraction.relations}


def partner_pairs(extractor: Extractor, text: str, language: str) -> set[frozenset[str]]:
    """The pairs of partners (cooperatesWith, either way round) the extractor finds in the text."""
    return {frozenset(r[1:]) for r in relations(run(extractor, text, language)) if r[0] == "cooperatesWith"}


def signers(extractor: Extractor, text: str, language: str) -> set[str]:
    """The ids that sign an agreement in the text."""
    return {s for kind, s, _ in relations(run(extractor, text, language)) if kind == "signs"}


def named_facts(extractor: Extractor, text: str, language: str, *types: str) -> set[tuple[str, str, str]]:
    """(type, subject name, object name) of each relation of ``types`` the extractor finds in the text."""
    extraction = run(extractor, text, language, published="2025-03-04")
    names = {e.id: e.name for e in extraction.entities}
    return {(r.type.value, names[r.subject], names[r.object]) for r in extraction.relations if r.type.value in types}


def ids(extraction: Extraction) -> set[str]:
    return {e.id for e in extraction.entities}


def copy_root(tmp_path: Path) -> Path:
    """A copy of the language packs, reference tables and domain scheme, to be broken by a test."""
    root = tmp_path / "root"
    shutil.copytree(ROOT / "data" / "lang", root / "data" / "lang")
    shutil.copytree(ROOT / "data" / "reference", root / "data" / "reference")
    (root / "ontology").mkdir()
    shutil.copy(ROOT / "ontology" / "domains.ttl", root / "ontology" / "domains.ttl")
    return root


def gold_sample(tmp_path: Path) -> tuple[Path, Path]:
    """Folders of gold files and articles holding two written sample articles, one per language."""
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    for stem in ("en-01-morocco-us-cybersecurity-ai", "fr-01-maroc-etats-unis-cybersecurite-ia"):
        shutil.copy(ROOT / "data" / "gold" / f"{stem}.json", gold)
        shutil.copy(ROOT / "data" / "articles" / f"{stem}.txt", articles)
    return gold, articles


def headline_posts(extractor: Extractor, title: str, text: str, language: str = "en") -> set[tuple[str, str, str]]:
    """(type, subject name, object name) of the memberOf and partOf found in an article with a headline."""
    article = Article(id="posts-test", title=title, language=language, published="2025-03-04")
    extraction = extractor.extract(Document(article=article, text=text, origin="test"))
    names = {e.id: e.name for e in extraction.entities}
    return {(r.type.value, names[r.subject], names[r.object]) for r in extraction.relations
            if r.type.value in ("memberOf", "partOf")}
