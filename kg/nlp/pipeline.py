"""spaCy pipelines per language, chosen by each language pack, with line breaks as sentence boundaries."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ResourceError, UnsupportedLanguage
from kg.nlp.packs import languages, load_pack
from kg.resources import home

# Components of trained pipelines whose output no layer reads: not run.
UNUSED = ("lemmatizer", "trainable_lemmatizer")


def register_components() -> None:
    """Register the project's spaCy factories once (spaCy's own registry knows whether they are)."""
    from spacy.language import Language  # deferred: spaCy takes ~0.47 s to import

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


@dataclass(frozen=True)
class Choice:
    """The spaCy pipeline a language's pack names, as this install has it."""

    language: str
    name: str  # "fr_core_news_md", "data/models/en_x" or "sentencizer"
    version: str  # the trained pipeline's version, or spaCy's for the sentencizer

    @property
    def label(self) -> str:
        """What an article's provenance records (dp:pipeline): "fr_core_news_md 3.8.0"."""
        return f"{self.name} {self.version}"


@lru_cache(maxsize=8)
def choose(language: str, root: Path | None = None) -> Choice:
    """The pipeline a language's pack names; its declared fallback only when that one is missing.
    Nothing else installed is looked at, so the same install reads text the same way everywhere."""
    if root is None:
        check_language(language)
    info = load_pack(language, root).info
    version = _version_of(info.model, root)
    place = f"data/lang/{language}/pack.yaml"
    if version is None and info.fallback != "sentencizer":
        raise ResourceError(f"spaCy pipeline {info.model} is not installed: {_install_hint(info.model, info.version)}",
                            where=place)
    if version is None:
        return Choice(language, "sentencizer", _version_of("sentencizer") or "")
    if info.version and info.model != "sentencizer" and version != info.version:
        raise ResourceError(f"spaCy pipeline {info.model} is version {version}, the pack needs {info.version}: "
                            f"{_install_hint(info.model, info.version)}", where=place)
    return Choice(language, info.model, version)


def _version_of(name: str, root: Path | None = None) -> str | None:
    """The version of a pipeline on this install (spaCy's own for the sentencizer), None when absent."""
    import spacy  # deferred: spaCy takes ~0.47 s to import

    if name == "sentencizer":
        return str(spacy.__version__)
    if "/" in name:
        meta = (root or home()) / name / "meta.json"
        return str(json.loads(meta.read_text(encoding="utf-8")).get("version", "")) if meta.is_file() else None
    return spacy.util.get_package_version(name) if spacy.util.is_package(name) else None


def _install_hint(name: str, version: str | None) -> str:
    if "/" in name:
        return f"put the trained pipeline in {name}/ (with its meta.json)"
    return f"pip install {name.replace('_', '-')}{'==' + version if version else ''}"


@lru_cache(maxsize=4)
def load_pipeline(language: str) -> Any:
    """The spaCy pipeline the language's pack chooses (see choose), with line breaks as sentence ends."""
    import spacy  # deferred: spaCy takes ~0.47 s to import

    register_components()
    choice = choose(language)
    if choice.name == "sentencizer":
        nlp = spacy.blank(language)
        _split_closing_marks(nlp)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("line_boundaries")
        return nlp
    nlp = trained(choice.name)
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("line_boundaries", before=first)
    return nlp


# A stop or comma right after a closing bracket or quote: "(…السيبراني)." is a word, ")" and "."
CLOSED_MARK = r"(?<=[)\]»”\"])[.,،:؛]"
# An Arabic letter and its stop written onto the next word: "د.عمرو" is the abbreviation "د." and a name
ARABIC_LETTER = r"[\u0600-\u06FF]"
LETTER_ABBREVIATION = rf"^{ARABIC_LETTER}\.(?={ARABIC_LETTER})"
# A dash written onto the end of an Arabic word: "حماد- نائب" is a name, a dash and a title
TRAILING_DASH = rf"(?<={ARABIC_LETTER})-"


def _split_closing_marks(nlp: Any) -> None:
    """A blank pipeline's tokenizer leaves "السيبراني)." whole, so the sentence does not end there and the
    word is not read; split the stop off after a closing bracket or quote, as after a word, and a dash off the end of
    an Arabic word ("حماد- نائب"); and an Arabic letter's
    abbreviation off the name it is written onto ("د.عمرو")."""
    from spacy.util import compile_suffix_regex  # deferred: spaCy takes ~0.47 s to import

    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, CLOSED_MARK, TRAILING_DASH]).search
    prefixes = nlp.tokenizer.prefix_search.__self__.pattern
    nlp.tokenizer.prefix_search = re.compile(f"{LETTER_ABBREVIATION}|{prefixes}").search
    url = nlp.tokenizer.url_match.__self__  # "د.عمرو" looks like a web address: it is none
    body = re.sub(r"^\(\?[aiLmsux]+\)", "", url.pattern)
    nlp.tokenizer.url_match = re.compile(rf"(?!{ARABIC_LETTER}\.{ARABIC_LETTER})(?:{body})", url.flags).match


def trained(name: str, root: Path | None = None) -> Any:
    """A trained pipeline: an installed package of that name, or a folder of that path under the
    project ("data/models/…", with its meta.json); None when there is neither. Lemmatizers are
    left out: no layer reads lemmas."""
    import spacy  # deferred: spaCy takes ~0.47 s to import

    if "/" in name:
        folder = (root or home()) / name
        if not (folder / "meta.json").is_file():
            return None
        return spacy.load(folder, exclude=list(UNUSED))
    return spacy.load(name, exclude=list(UNUSED)) if spacy.util.is_package(name) else None
