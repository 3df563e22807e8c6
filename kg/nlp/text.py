"""Text helpers shared by the rule layers: same-length normalisation and folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# One character for one, so offsets in the normalised text are offsets in the original.
_SAME_LENGTH = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
})


def normalize(text: str) -> str:
    """Straight apostrophes and plain spaces, keeping every offset."""
    return text.translate(_SAME_LENGTH)


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: for comparing names."""
    plain = unicodedata.normalize("NFKD", normalize(text)).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


# The only characters beyond ASCII that a case-insensitive pattern takes for an ASCII letter.
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})


def ascii_folded(text: str) -> str:
    """The text in lower case, with those characters written as the ASCII letter they match."""
    return text.translate(_ASCII_FOLDS).lower()


def may_match(folded: str, phrase: str) -> bool:
    """False only when a case-insensitive search for the phrase cannot match the folded text.

    ASCII characters match only ASCII ones or those folded above, so each ASCII stretch of the
    phrase must be in the folded text.
    """
    return all(part in folded for part in _ascii_parts(phrase))


@lru_cache(maxsize=1024)
def _ascii_parts(phrase: str) -> tuple[str, ...]:
    return tuple(part.lower() for part in re.split(r"[^\x00-\x7f]+", phrase) if part)
