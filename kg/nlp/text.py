"""Text helpers shared by the rule layers: same-length normalisation and folding."""

from __future__ import annotations

import unicodedata

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
