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
# Arabic letters written in several ways (hamza seats on alef, alef maqsura, ta marbuta, Persian
# yeh and kaf), Arabic punctuation, Arabic-Indic and Eastern Arabic-Indic digits: one character each.
_ARABIC_LETTERS = str.maketrans({
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u06cc": "\u064a", "\u0629": "\u0647", "\u06a9": "\u0643",
    "\u060c": ",", "\u061b": ";", "\u061f": "?",
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
})
_NORMALIZE = str.maketrans({**_SAME_LENGTH, **_ARABIC_LETTERS})
# Marks that change no letter of an Arabic word: short vowels, shadda, sukun, dagger alef, tatweel.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def normalize(text: str) -> str:
    """Straight apostrophes and plain spaces, one spelling of each Arabic letter, keeping every offset."""
    return text.translate(_NORMALIZE)


# A line break after a word or comma that ends no sentence, before a word (and its first letter, and what
# follows the word): a hard wrap when that word is in lower case and names no field ("Arrivé en visite en
# Algérie, le" / "samedi 17 décembre …"); in a text wrapped so (twice or more), any such break after a
# long line is one ("du ministre malien de" / "la Communication …, Mme Diarra Mariam Flantié" / "Diallo").
_WRAP = re.compile(r"(?<=[^\s.!?:;…»\"')\]])\n(?=[ \t]*(\w)(\w*)(.?))")
_WRAPPED_LINE = 40  # the length from which a line of a wrapped text is taken for part of a paragraph


def _lower_wrap(match: re.Match[str]) -> bool:
    return match.group(1).isalpha() and match.group(1).islower() and match.group(3) != ":"


def unwrap(text: str) -> str:
    """The text with the line breaks of hard-wrapped paragraphs made spaces, keeping every offset, so that a
    sentence (and a name) cut by a wrap reads as one; titles, bullets and paragraphs stay apart."""
    if "\n" not in text:
        return text
    breaks = list(_WRAP.finditer(text))
    wrapped = sum(1 for m in breaks if _lower_wrap(m)) >= 2
    chars = list(text)
    for match in breaks:
        line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip()
        if _lower_wrap(match) or (wrapped and len(line) >= _WRAPPED_LINE and match.group(3) != ":"):
            chars[match.start()] = " "
    return "".join(chars)


def parse_text(text: str) -> str:
    """What the pipelines parse of an article's text: normalised characters, hard wraps joined; every offset kept."""
    return unwrap(normalize(text))


def arabic_letters(text: str) -> str:
    """Only the Arabic spellings made one (as `normalize` does): for patterns written in a pack."""
    return text.translate(_ARABIC_LETTERS)


def fold_arabic(text: str) -> str:
    """An Arabic word in one spelling: no vowel signs nor tatweel, one alef, yeh and heh."""
    return _ARABIC_MARKS.sub("", text.translate(_ARABIC_LETTERS))


DASHES = ("-", "\u2013", "\u2014")  # hyphen, en dash, em dash: what joins "US-Malaysia", "Korea–Tunisia"
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f]")  # the Arabic and its supplement blocks


def _is_arabic(char: str) -> bool:
    """Whether one character is in the Arabic blocks of `_ARABIC_CHAR`."""
    return _ARABIC_CHAR.match(char) is not None


@lru_cache(maxsize=65536)  # names and short phrases, folded again and again
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, single spaces: for comparing names.
    Arabic letters are kept, in one spelling (`fold_arabic`); other scripts are dropped."""
    if _ARABIC_CHAR.search(text):
        text = fold_arabic(text)
        plain = "".join(c for c in unicodedata.normalize("NFKD", normalize(text))
                        if c.isascii() or (_is_arabic(c) and unicodedata.category(c) != "Mn"))
    else:
        plain = unicodedata.normalize("NFKD", normalize(text)).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


# The only characters beyond ASCII that a case-insensitive pattern takes for an ASCII letter.
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u212a": "k", "\u017f": "s"})
_FOLDED = "\u0130\u0131\u212a\u017f"


@lru_cache(maxsize=256)
def folded_words(words: tuple[str, ...]) -> frozenset[str]:
    """A pack's word list folded, once per list (rules ask for the same lists at every token or mention)."""
    return frozenset(fold(w) for w in words)


@lru_cache(maxsize=256)
def whole_word(phrase: str) -> re.Pattern[str]:
    """A phrase as a whole word (no word character nor dash on either side), in any case."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)


def ascii_folded(text: str) -> str:
    """The text in lower case, with those characters written as the ASCII letter they match."""
    if any(char in text for char in _FOLDED):  # rare: a scan each is faster than translating every character
        text = text.translate(_ASCII_FOLDS)
    return text.lower()


def may_match(folded: str, phrase: str) -> bool:
    """False only when a case-insensitive search for the phrase cannot match the folded text.

    ASCII characters match only ASCII ones or those folded above, and the letters of the Arabic
    block (which have no case) only themselves, so each ASCII or Arabic stretch of the phrase must
    be in the folded text.
    """
    return all(part in folded for part in plain_parts(phrase))


@lru_cache(maxsize=1024)
def plain_parts(phrase: str) -> tuple[str, ...]:
    """The ASCII and Arabic stretches of a phrase, in lower case, each of which a match needs (`may_match`)."""
    return tuple(part.lower() for part in re.findall(r"[\x00-\x7f]+|[\u0600-\u06ff]+", phrase))
