"""Token attributes of a parsed document read once, as plain lists the rule layers index.

Asking a spaCy Doc for `doc[i]` builds a new Token object each time; the layers walk the
same document many times, so they read these lists instead.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any


class Tokens:
    """The attributes of every token of one Doc, by token index."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        # One array of every attribute: no Token object is made (spaCy builds one per `doc[i]`).
        columns = doc.to_array(_attributes())
        orth, lower, idx, spacy, alpha, is_lower, punct, num, start = columns.T.tolist() if len(doc) else [[]] * 9
        strings = doc.vocab.strings
        self.text: list[str] = [strings[h] for h in orth]
        self.lower: list[str] = [strings[h] for h in lower]
        self.space: list[str] = [" " if s else "" for s in spacy]
        self.idx: list[int] = idx
        self.alpha: list[bool] = [bool(a) for a in alpha]
        self.is_lower: list[bool] = [bool(a) for a in is_lower]
        self.punct: list[bool] = [bool(a) for a in punct]
        self.num: list[bool] = [bool(a) for a in num]
        # 1 starts a sentence, 0 is not known, -1 (read unsigned) does not
        self.sent_start: list[bool | None] = [True if s == 1 else None if s == 0 else False for s in start]
        self.source: str = "".join(map(str.__add__, self.text, self.space))  # as `doc.text`
        self.parsed: bool = bool(doc.has_annotation("DEP"))  # asked once: spaCy looks at every token
        self._ents: tuple[Any, ...] | None = None
        mend_sentence_starts(self)

    @property
    def ents(self) -> tuple[Any, ...]:
        """The document's named entities, as `doc.ents` gives them (spaCy makes new spans at every call)."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def __len__(self) -> int:
        return len(self.text)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end, as `doc[start:end].text` gives it (an end past the last
        token stops at the last token, as a slice does)."""
        end = min(end, len(self.text))
        if start >= end:
            return ""
        return self.source[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]


@lru_cache(maxsize=1)
def _attributes() -> list[int]:
    # deferred: spaCy takes ~0.47 s to import
    from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY

    return [ORTH, LOWER, IDX, SPACY, IS_ALPHA, IS_LOWER, IS_PUNCT, LIKE_NUM, SENT_START]


def joined_hyphen(tk: Tokens, j: int) -> bool:
    """A hyphen glued to the words on both sides ("Marc-André", "CERT-UA"): no space around it."""
    return 0 < j < len(tk) - 1 and tk.text[j] == "-" and not tk.space[j - 1] and not tk.space[j]


TERMINAL = frozenset(".!?…")
CLOSING = frozenset("»\"”’')]")


def mend_sentence_starts(tk: Tokens) -> None:
    """A sentence starts only after a line break or sentence-final punctuation.

    A statistical parser sometimes cuts "Le Bénin | et l'Estonie ont signé …" in two; such a
    cut, with no punctuation before it, is taken back.
    """
    for i in range(1, len(tk.text)):
        if tk.sent_start[i] is True and not _may_end_before(tk, i):
            tk.sent_start[i] = False


def _may_end_before(tk: Tokens, i: int) -> bool:
    before = tk.text[i - 1]
    if "\n" in before or "\n" in tk.space[i - 1] or not before.strip():
        return True
    if before[-1] in TERMINAL:
        return True
    return before[-1] in CLOSING and i > 1 and tk.text[i - 2][-1:] in TERMINAL


_KEY = "kg.tokens"  # where a Doc keeps its token table, in its own user_data


def read_tokens(doc: Any) -> Tokens:
    """A fresh token table of a Doc, kept on the Doc for the layers about to read it."""
    table = Tokens(doc)
    doc.user_data[_KEY] = table
    return table


def tokens_of(doc: Any) -> Tokens:
    """The token table of a Doc, built once per document."""
    table = doc.user_data.get(_KEY)
    if isinstance(table, Tokens) and table.doc is doc:
        return table
    return read_tokens(doc)
