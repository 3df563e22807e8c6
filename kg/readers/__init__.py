"""Readers: files and folders of articles to Documents (article metadata plus text)."""

from kg.readers.base import Document, ReadProblem, make_document, read_file, read_paths
from kg.readers.language import detect_language

__all__ = ["Document", "ReadProblem", "detect_language", "make_document", "read_file", "read_paths"]
