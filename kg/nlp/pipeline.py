"""spaCy pipelines per language, with line breaks as sentence boundaries."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kg.errors import ResourceError, UnsupportedLanguage

MODELS = {"fr": ("fr_core_news_md", "fr_core_news_lg", "fr_core_news_sm")}
ENGLISH_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")
SUPPORTED = ("fr", "en")
_REGISTERED = False


def register_components() -> None:
    """Register the project's spaCy factories once."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language

    @Language.component("line_boundaries")
    def line_boundaries(doc: Any) -> Any:
        """A line break ends a sentence: titles, bullets and paragraphs stay apart."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
        return doc

    _REGISTERED = True


def check_language(language: str) -> str:
    if language not in SUPPORTED:
        raise UnsupportedLanguage(
            f"no pipeline for language {language!r}; supported: {', '.join(SUPPORTED)}")
    return language


@lru_cache(maxsize=4)
def load_pipeline(language: str) -> Any:
    """The spaCy pipeline for a language: a trained model where installed, else rules."""
    import spacy

    register_components()
    check_language(language)
    if language == "en":
        return _english(spacy)
    for name in MODELS[language]:
        if spacy.util.is_package(name):
            nlp = spacy.load(name, exclude=["lemmatizer"])
            nlp.add_pipe("line_boundaries", before="parser")
            return nlp
    raise ResourceError(f"no spaCy model for {language!r}: install {MODELS[language][0]}",
                        where="spaCy")


def _english(spacy: Any) -> Any:
    for name in ENGLISH_MODELS:
        if spacy.util.is_package(name):
            nlp = spacy.load(name, exclude=["lemmatizer"])
            first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
            nlp.add_pipe("line_boundaries", before=first)
            return nlp
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_boundaries")
    return nlp
