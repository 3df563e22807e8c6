"""The working state of one article while the rule layers run over it."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.models import EntityType, RelationType
from kg.nlp.found import Found, Sentence
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.rules import rule
from kg.nlp.tokens import tokens_of

STOPS = (".", "!", "?")  # a line ending on none of them under a line ending on a colon is an item of its list
BULLETS = ("•", "-", "–", "—", "*", "·", "▪", "◦", "●", "→")


@dataclass
class Draft:
    """A relation before it is checked against the contract."""

    type: RelationType
    subject: str
    object: str
    confidence: float
    sentence: Sentence
    dated: bool = True
    rule: str = ""  # the name of the relation rule that added it


@dataclass
class Role:
    """A person's role phrase and the clause around it (character offsets)."""

    text: str
    start: int
    end: int
    clause_end: int
    sentence: Sentence
    possessive: bool = False
    country: str | None = None
    person_start: int | None = None


@dataclass
class ArticleState:
    """Everything known about one article so far."""

    text: str
    doc: Any
    language: str
    lexicon: Lexicon
    base: date | None
    sentences: list[Sentence] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    extra: dict[str, Term] = field(default_factory=dict)  # entities named by no mention
    roles: dict[str, Role] = field(default_factory=dict)
    drafts: list[Draft] = field(default_factory=list)
    person_country: dict[str, str] = field(default_factory=dict)
    body_country: dict[str, tuple[str, Sentence]] = field(default_factory=dict)
    original: str = ""
    agreement_parties: dict[str, list[str]] = field(default_factory=dict)
    agreement_groups: dict[str, list[str]] = field(default_factory=dict)  # "two agreements": the first's id -> all
    disabled: frozenset[str] = frozenset()  # relation rules switched off
    role_cues: list[Any] = field(default_factory=list)  # role nouns found in the text (people.RoleCue)
    published: str | None = None  # the article date as given: "2021-11" says the month, not the day
    title: str = ""  # the article's headline (metadata, not annotated): which countries it is about
    outlet: str | None = None  # the country of the publishing outlet ("country/mg" for a .mg site), if one
    aliases: dict[str, set[str]] = field(default_factory=dict)  # names an entity had before it was renamed
    reporters: frozenset[str] = frozenset()  # agencies that file the report (dateline): no party to its facts
    _starts: tuple[list[Sentence], int, list[int]] | None = field(default=None, repr=False, compare=False)
    # each cue kind's first match in a masked sentence (kg/nlp/relations.py), shared by the sentence rules
    cue_hits: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def cased(self) -> bool:
        """Whether the article's script writes capitals (names are found by them) or not (Arabic)."""
        return self.lexicon.packs[self.language].info.script_has_case

    def source(self, start: int, end: int) -> str:
        """The article's own characters at these offsets (not the normalised ones)."""
        return (self.original or self.text)[start:end]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding an offset, else the last one (sentences are in order, apart)."""
        k = bisect_right(self._sentence_starts(), offset) - 1
        if k >= 0 and offset < self.sentences[k].end:
            return self.sentences[k]
        return self.sentences[-1]

    def _sentence_starts(self) -> list[int]:
        """Where each sentence starts, read again whenever the sentence list changes."""
        kept = self._starts
        if kept is None or kept[0] is not self.sentences or kept[1] != len(self.sentences):
            kept = self._starts = (self.sentences, len(self.sentences), [s.start for s in self.sentences])
        return kept[2]

    def add(self, rule_name: str, subject: str, obj: str, sentence: Sentence, dated: bool = True) -> None:
        """A relation found by a registered rule, with the rule's type and confidence (unless it is off)."""
        if subject != obj and rule_name not in self.disabled and subject not in self.reporters \
                and obj not in self.reporters:
            found_by = rule(rule_name)
            self.drafts.append(Draft(found_by.relation, subject, obj, found_by.confidence, sentence, dated, rule_name))

    def of_type(self, *types: EntityType) -> list[Found]:
        return [f for f in self.found if f.term.type in types]

    def term(self, entity_id: str) -> Term | None:
        for found in self.found:
            if found.id == entity_id:
                return found.term
        return self.extra.get(entity_id)

    def salient_countries(self) -> list[str]:
        counts = Counter(f.id for f in self.found if f.term.type is EntityType.COUNTRY)
        return [country for country, _ in counts.most_common()]

    def lexicon_country_in(self, text: str) -> str | None:
        """The country whose name is written inside a name ("Digital Maroc 2030", "UAE Strategy for AI")."""
        return self.lexicon.country_in(text) or self.lexicon.country_acronym_in(text)

    def main_pair(self) -> tuple[str, str] | None:
        ranked = self.salient_countries()
        return (ranked[0], ranked[1]) if len(ranked) >= 2 else None


def split_sentences(doc: Any, abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of the parsed text; bullets remember the sentence they hang from. A sentence the parse ends
    on an abbreviated honorific ("… held talks with Eng.") runs on into the next, where the name is."""
    result: list[Sentence] = []
    intro: int | None = None
    listing = False  # under a line that ends on a colon, lines of no closing stop are its items
    full = tokens_of(doc).source
    for raw, start in _joined(_sentence_texts(doc), abbreviations, full):
        text = raw.strip()
        if not text:
            continue
        start += len(raw) - len(raw.lstrip())
        end = start + len(text)
        item = listing and _line_start(full, start) and _line_end(full, end) and not text.endswith(STOPS)
        bullet = text.startswith(BULLETS) or _numbered(text) or item
        sentence = Sentence(len(result), start, end, text, bullet)
        if bullet:
            sentence.intro = intro
        else:
            intro = sentence.index
            listing = text.endswith(":") and _line_end(full, end)
        result.append(sentence)
    return result


def _line_start(text: str, start: int) -> bool:
    """Whether the sentence starts its line of the text."""
    return start == 0 or text[start - 1] == "\n"


def _line_end(text: str, end: int) -> bool:
    """Whether the sentence ends its line of the text."""
    return text[end : end + 1] in ("", "\n", "\r")


def _joined(texts: list[tuple[str, int]], abbreviations: frozenset[str], full: str) -> list[tuple[str, int]]:
    """The sentences, each one ending on an abbreviation of the given ones joined to the one after it."""
    result: list[tuple[str, int]] = []
    carried: int | None = None
    for raw, start in texts:
        if carried is not None:
            raw, start = full[carried : start + len(raw)], carried
        words = raw.split()
        carried = start if words and words[-1] in abbreviations else None
        if carried is None:
            result.append((raw, start))
    if carried is not None:
        result.append((full[carried:], carried))
    return result


def _sentence_texts(doc: Any) -> list[tuple[str, int]]:
    """Each sentence's text and start offset, as `doc.sents` gives them."""
    if "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(sent.text, sent.start_char) for sent in doc.sents]
    tk = tokens_of(doc)
    starts = [0] + [i for i in range(1, len(tk)) if tk.sent_start[i] is True]
    if not tk.text:
        return []
    ends = [*starts[1:], len(tk)]
    return [(tk.span_text(a, b), tk.idx[a]) for a, b in zip(starts, ends, strict=True)]


def _numbered(text: str) -> bool:
    """A numbered or lettered list item: "1.", "12)", "d)"."""
    head = text.split(" ", 1)[0]
    lettered = len(head) == 2 and head[0].isalpha() and head[0].islower() and head[1] == ")"
    return len(head) <= 3 and (head[:-1].isdigit() or lettered) and head[-1:] in ".)"
