"""The language of an article: normalise a given code, or detect it offline with py3langid."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from kg.errors import InputError

#: Languages detection chooses among. Restricting the model to languages news actually
#: comes in keeps short French or English texts from being read as Occitan, Latin or Esperanto.
DETECTABLE_LANGUAGES = (
    "ar", "bg", "bn", "ca", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr",
    "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "nl", "no", "pl",
    "pt", "ro", "ru", "sk", "sl", "sr", "sv", "sw", "th", "tr", "uk", "ur", "vi", "zh",
)  # fmt: skip

#: The code of a text whose language cannot be told (ISO 639-2 "undetermined").
UNDETERMINED = "und"

#: Characters of text looked at; the start of an article says enough about its language.
SAMPLE_CHARS = 20_000

_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language the text is written in.

    >>> detect_language("La ministre a rencontré son homologue américaine à Washington.")
    'fr'
    >>> detect_language("وقع المغرب والإمارات مذكرة تفاهم للتعاون في مجال الأمن السيبراني.")
    'ar'
    >>> detect_language("2025")
    'und'
    """
    sample = text[:SAMPLE_CHARS]
    if not any(char.isalpha() for char in sample):
        return UNDETERMINED
    language, _ = _identifier().classify(sample)
    return str(language)


def normalize_language(value: Any, where: str) -> str | None:
    """A given language as a bare lower-case code ("fr-FR" -> "fr"); None when empty."""
    if value is None or not str(value).strip():
        return None
    match = _CODE.match(str(value).strip().lower())
    if match is None:
        raise InputError(f"language {value!r} is not a language code such as 'fr' or 'en'", where=where)
    return match.group(1)


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # deferred: ~0.15 s to import

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(DETECTABLE_LANGUAGES))
    return identifier
