"""Extraction of entities and relations from articles: spaCy pipelines plus rule layers."""

from kg.nlp.extractor import Extractor

__all__ = ["Extractor"]
