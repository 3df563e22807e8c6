"""Token attributes of a parsed document read once, as plain lists the rule layers index.

Asking a spaCy Doc for `doc[i]` builds a new Token object each time; the layers walk the
same document many times, so they read these lists instead.
"""

from __future__ import annotations

from typing import Any


class Tokens:
    """The attributes of every token of one Doc, by token index."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc
        self.source: str = doc.text  # built anew by spaCy at each `doc.text`
        self.text: list[str] = []
        self.lower: list[str] = []
        self.space: list[str] = []
        self.idx: list[int] = []
        self.alpha: list[bool] = []
        self.is_lower: list[bool] = []
        self.punct: list[bool] = []
        self.num: list[bool] = []
        self.sent_start: list[bool | None] = []
        for token in doc:
            self.text.append(token.text)
            self.lower.append(token.lower_)
            self.space.append(token.whitespace_)
            self.idx.append(token.idx)
            self.alpha.append(token.is_alpha)
            self.is_lower.append(token.is_lower)
            self.punct.append(token.is_punct)
            self.num.append(token.like_num)
            self.sent_start.append(token.is_sent_start)
        mend_sentence_starts(self)

    def __len__(self) -> int:
        return len(self.text)

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens start..end, as `doc[start:end].text` gives it."""
        if start >= end:
            return ""
        return self.source[self.idx[start] : self.idx[end - 1] + len(self.text[end - 1])]


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
