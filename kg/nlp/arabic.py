"""Arabic words: spellings made one, letters glued to the front of a word, romanised ids, the readings of
a document's words and the phrase tables looked up through them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.packs import read_yaml, where
from kg.nlp.schemas import Proclitic
from kg.nlp.text import fold_arabic
from kg.nlp.tokens import Tokens
from kg.resources import home

Phrase = tuple[str, ...]


def is_arabic(text: str) -> bool:
    """Whether a text has an Arabic letter."""
    return any("\u0621" <= c <= "\u064a" for c in text)


def readings(word: str, proclitics: list[Proclitic], definite: tuple[str, ...] | list[str] = ()) -> list[str]:
    """The words a written word may be, glued letters taken off ("بالرياض" -> "الرياض"; "للأمن" ->
    "الأمن"), with and without the article when `definite` is given; the word itself first."""
    return list(read_word(word, tuple(proclitics), tuple(definite))[0])


def read_word(word: str, proclitics: tuple[Proclitic, ...], definite: tuple[str, ...]) -> tuple[tuple[str, ...],
                                                                                             frozenset[str]]:
    """`readings` of a word, and those of them that took the article off."""
    key = fold_arabic(word)
    found = [key]
    for clitic in proclitics:
        rest = key[len(clitic.text) :]
        if key.startswith(clitic.text) and len(rest) >= 2:
            found.append(clitic.becomes + rest)
    glued = list(dict.fromkeys(found))
    for article in definite:
        found += [w[len(article) :] for w in list(found) if w.startswith(article) and len(w) - len(article) >= 2]
    every = tuple(dict.fromkeys(found))
    return every, frozenset(every) - frozenset(glued)


@dataclass(frozen=True)
class Romaniser:
    """Latin letters for Arabic ones (data/reference/arabic_romanisation.yaml)."""

    letters: dict[str, str]
    article: str
    article_latin: str
    vowels: dict[str, str]
    joined: frozenset[str] = frozenset()
    initial: dict[str, str] | None = None
    final: dict[str, str] | None = None

    def word(self, word: str) -> str:
        key = fold_arabic(word)
        prefix = ""
        if key.startswith(self.article) and len(key) > len(self.article) + 1:
            prefix, key = self.article_latin, key[len(self.article) :]
        out = []
        for i, char in enumerate(key):
            between = 0 < i < len(key) - 1 or (i == len(key) - 1 and i > 0 and char in self.vowels)
            if i == 0 and self.initial and char in self.initial:
                out.append(self.initial[char])
            elif i == len(key) - 1 and i > 0 and self.final and char in self.final:
                out.append(self.final[char])
            else:
                out.append(self.vowels[char] if char in self.vowels and between else self.letters.get(char, ""))
        latin = "".join(out).strip("'")
        return (prefix + latin.capitalize()) if latin else ""

    def name(self, text: str) -> str:
        """"عبد الله بن عامر السواحه" -> "Abdalla Bn Amr Suaha": a readable Latin form for an id, the same
        however the name's article and joined words are written."""
        words: list[str] = []
        for part in text.split():
            if words and words[-1] in self.joined:
                words[-1] += part
            else:
                words.append(fold_arabic(part))
        return " ".join(w for w in (self.word(part) for part in words) if w)


@lru_cache(maxsize=4)
def romaniser(root: Path | None = None) -> Romaniser:
    path = (root or home()) / "data" / "reference" / "arabic_romanisation.yaml"
    data = read_yaml(path)
    try:
        return Romaniser({fold_arabic(k): str(v) for k, v in data["letters"].items()},
                         fold_arabic(data["article"]["text"]), str(data["article"]["latin"] or ""),
                         {fold_arabic(k): str(v) for k, v in data["vowels"].items()},
                         frozenset(fold_arabic(w) for w in data.get("joined") or []),
                         {fold_arabic(k): str(v) for k, v in (data.get("initial") or {}).items()},
                         {fold_arabic(k): str(v) for k, v in (data.get("final") or {}).items()})
    except (KeyError, TypeError, AttributeError) as error:
        raise ResourceError(f"expected letters, article and vowels ({error})", where=where(path)) from None


def glued_agreement_pattern(lexicon: Lexicon, language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """The agreement phrases of a language whose words take glued letters ("لمذكرة تفاهم"): the mention
    is the whole word, its glued letters with it."""
    phrases = lexicon.agreements.get(language, [])
    glued = "|".join(re.escape(c.text) for c in lexicon.words(language).proclitics if not c.becomes)
    alternation = "|".join(re.escape(phrase) for phrase, _ in phrases)
    return re.compile(rf"(?<![\w-])(?:{glued})?({alternation})(?![\w-])"), dict(phrases)


@dataclass
class Reading:
    """What each token of one document may be read as (glued letters off), by token index."""

    tk: Tokens
    keys: list[str]  # the token in one spelling, no vowel signs
    reads: list[tuple[str, ...]]  # the words it may be, the token itself first
    bare: list[frozenset[str]] = field(default_factory=list)  # readings without the article ("المصرية" -> "مصرية")
    firsts: list[tuple[str, ...]] = field(default_factory=list)  # the readings that begin a phrase of some table
    wordlike: list[bool] = field(default_factory=list)  # an Arabic word that is no mark nor stop word
    starts: list[int] = field(default_factory=list)  # the tokens with some `firsts`, in order
    known: dict[int, tuple[int, Term]] = field(default_factory=dict)  # gazetteer matches: start -> (end, term)
    original: str = ""  # the text as written, before one spelling of each letter ("على" / "علي")
    joined: dict[int, int] = field(default_factory=dict)  # names glued to "and": start -> the letters of "and"

    def written(self, j: int) -> str:
        """Token j as the article writes it (its letters not made one)."""
        return self.original[self.tk.idx[j]:self.tk.idx[j] + len(self.tk.text[j])] if self.original else self.tk.text[j]

    def end_char(self, end: int) -> int:
        return self.tk.idx[end - 1] + len(self.tk.text[end - 1])


@dataclass
class Phrases:
    """Phrases of words and their values, looked up by their first word."""

    sizes: dict[str, tuple[int, ...]]  # first word -> the lengths of its phrases, longest first
    values: dict[Phrase, list[Any]]  # phrase -> its values, in the order of the data


_NONE = object()  # no value (a value of a table may be None)


def phrase_table(rows: Any) -> Phrases:
    """Rows of (phrase, value) as a table; a phrase with an empty word is left out."""
    table = Phrases({}, {})
    for words, value in rows:
        if words and all(words):
            table.values.setdefault(words, []).append(value)
    sizes: dict[str, set[int]] = {}
    for words in table.values:
        sizes.setdefault(words[0], set()).add(len(words))
    table.sizes = {first: tuple(sorted(lengths, reverse=True)) for first, lengths in sizes.items()}
    return table


def longest_phrase(r: Reading, i: int, table: Phrases) -> tuple[int, Any] | None:
    """The end and value of the longest phrase of the table starting at token i (glued letters allowed
    on its first word only)."""
    best: tuple[int, Any] | None = None
    for read in r.firsts[i]:
        for size in table.sizes.get(read, ()):
            end = i + size
            if best is not None and end <= best[0]:
                break  # sizes come longest first: no longer phrase from this reading
            values = table.values.get((read, *r.keys[i + 1 : end])) if end <= len(r.keys) else None
            # only an adjective of nationality takes the article: "المصري", "مصري"
            value = next((v for v in values or () if read not in r.bare[i]
                          or (isinstance(v, Term) and v.kind == "demonym")), _NONE)
            if value is not _NONE:
                best = (end, value)
                break
    return best
