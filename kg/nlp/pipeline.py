"""spaCy pipelines per language, chosen by each language pack, with line breaks as sentence boundaries."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ResourceError, UnsupportedLanguage
from kg.nlp.packs import languages, load_pack
from kg.resources import home


def register_components() -> None:
    """Register the project's spaCy factories once (spaCy's own registry knows whether they are)."""
    from spacy.language import Language

    if Language.has_factory("line_boundaries"):
        return

    @Language.component("line_boundaries")
    def line_boundaries(doc: Any) -> Any:
        """A line break ends a sentence: titles, bullets and paragraphs stay apart."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
        return doc


@lru_cache(maxsize=1)
def supported() -> tuple[str, ...]:
    """The languages that have a pack ("en", "fr")."""
    return languages()


def check_language(language: str) -> str:
    if language not in supported():
        raise UnsupportedLanguage(
            f"no pipeline for language {language!r}; supported: {', '.join(supported())}")
    return language


@lru_cache(maxsize=4)
def load_pipeline(language: str) -> Any:
    """The spaCy pipeline a language's pack chooses: its first installed model, else its fallback."""
    import spacy

    register_components()
    check_language(language)
    info = load_pack(language).info
    for name in info.models:
        nlp = trained(name)
        if nlp is not None:
            first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
            nlp.add_pipe("line_boundaries", before=first)
            return nlp
    if info.fallback == "sentencizer":
        nlp = spacy.blank(language)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_boundaries")
        return nlp
    first = info.models[0] if info.models else "a spaCy model"
    raise ResourceError(f"no spaCy model for {language!r}: install {first}", where="spaCy")


def trained(name: str, root: Path | None = None) -> Any:
    """A trained pipeline: an installed package of that name, or a folder of that path under the
    project ("data/models/…", with its meta.json); None when there is neither."""
    import spacy

    if "/" in name:
        folder = (root or home()) / name
        if not (folder / "meta.json").is_file():
            return None
        return spacy.load(folder, exclude=["lemmatizer"])
    return spacy.load(name, exclude=["lemmatizer"]) if spacy.util.is_package(name) else None
