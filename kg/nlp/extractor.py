"""The Extractor: documents in, contract Extractions out, one or many at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError
from kg.models import Extraction
from kg.nlp.article import Layers
from kg.nlp.calibration import FILE, load_calibration
from kg.nlp.lexicon import ROOT, load_lexicon
from kg.nlp.parallel import chunked, extract_parallel
from kg.nlp.pieces import extract_chunk
from kg.nlp.pipeline import check_language, load_pipeline
from kg.nlp.rules import checked_names
from kg.nlp.text import parse_text
from kg.resources import home

Result = Extraction | KgError


class Extractor:
    """Reads articles into typed entities and relations; loads its models on first use."""

    def __init__(self, root: Path | None = None, disabled: Iterable[str] = (), calibrated: bool = True) -> None:
        """`disabled` names relation rules to switch off (kg/nlp/rules.py), for ablation; `calibrated`
        False keeps the rules' base confidences instead of the calibrated ones (kg/nlp/calibration.py)."""
        self.root = root
        self.disabled = checked_names(disabled)
        self.calibrated = calibrated
        self._pipelines: dict[str, Any] = {}
        self._layers: dict[str, Any] = {}

    def pipeline(self, language: str) -> Any:
        """The spaCy pipeline of a language (loaded once)."""
        check_language(language)
        if language not in self._pipelines:
            self._pipelines[language] = load_pipeline(language)
        return self._pipelines[language]

    def layers(self, language: str) -> Any:
        """The rule layers of a language (compiled once per process and data folder)."""
        if language not in self._layers:
            self._layers[language] = _layers(language, self.root, self.disabled, self.calibrated)
        return self._layers[language]

    def calibration(self) -> Any:
        """The calibration model the relations' confidences come from; None for the rules' base values."""
        return load_calibration((self.root or ROOT) / FILE) if self.calibrated else None

    def factory(self) -> Callable[[], Extractor]:
        """A picklable callable that builds, in a worker process, an extractor reading the same data."""
        return partial(Extractor, self.root, calibrated=self.calibrated)

    def extract(self, document: Any) -> Extraction:
        """The extraction of one document; raises UnsupportedLanguage for other languages."""
        return self.extract_traced(document)[0]

    def extract_traced(self, document: Any) -> tuple[Extraction, dict[tuple[str, str, str], str]]:
        """The extraction of one document and the rule behind each relation, by (type, subject, object)."""
        language = check_language(document.article.language)
        doc = self.pipeline(language)(parse_text(document.text))
        return self.layers(language).read_traced(document.article, document.text, doc)

    def extract_many(self, documents: Iterable[Any], workers: int = 1,
                     batch_size: int = 16) -> Iterator[tuple[Any, Result]]:
        """Each document with its extraction or the error it raised, in the input order."""
        if workers > 1 and self.disabled:
            raise InputError("relation rules are switched off in one process only", where="--workers")
        if workers > 1:
            yield from extract_parallel(self, documents, workers, batch_size, extract_chunk)
            return
        # Chunks keep memory flat and let the caller store results while the rest is read.
        for chunk in chunked(documents, batch_size * 4):
            yield from self._extract_batch(chunk, batch_size)

    def _extract_batch(self, documents: list[Any], batch_size: int) -> Iterator[tuple[Any, Result]]:
        by_language: dict[str, list[int]] = {}
        results: dict[int, Result] = {}
        for index, document in enumerate(documents):
            try:
                by_language.setdefault(check_language(document.article.language), []).append(index)
            except KgError as error:
                results[index] = error
        for language, indexes in by_language.items():
            texts = (parse_text(documents[i].text) for i in indexes)
            try:
                layers = self.layers(language)
                parsed = self.pipeline(language).pipe(texts, batch_size=batch_size)
                for index, doc in zip(indexes, parsed, strict=True):
                    results[index] = _safely(layers, documents[index], doc)
            except KgError as error:
                for index in indexes:
                    results.setdefault(index, error)
        for index, document in enumerate(documents):
            yield document, results[index]


@lru_cache(maxsize=8)
def _layers(language: str, root: Path | None, disabled: frozenset[str] = frozenset(), calibrated: bool = True) -> Any:
    calibration = load_calibration((root or home()) / FILE) if calibrated else None
    return Layers(load_pipeline(language), load_lexicon(root), language, disabled, calibration)


def _safely(layers: Any, document: Any, doc: Any) -> Result:
    try:
        return layers.read(document.article, document.text, doc)
    except KgError as error:
        return error
