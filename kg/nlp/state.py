"""The working state of one article while the rule layers run over it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.models import EntityType, RelationType
from kg.nlp.found import Found, Sentence
from kg.nlp.lexicon import Lexicon, Term

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

    def source(self, start: int, end: int) -> str:
        """The article's own characters at these offsets (not the normalised ones)."""
        return (self.original or self.text)[start:end]

    def sentence_at(self, offset: int) -> Sentence:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return self.sentences[-1]

    def add(self, kind: RelationType, subject: str, obj: str, confidence: float,
            sentence: Sentence, dated: bool = True) -> None:
        if subject != obj:
            self.drafts.append(Draft(kind, subject, obj, confidence, sentence, dated))

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
        """The country whose name is written inside a name ("Digital Maroc 2030")."""
        return self.lexicon.country_in(text)

    def main_pair(self) -> tuple[str, str] | None:
        ranked = self.salient_countries()
        return (ranked[0], ranked[1]) if len(ranked) >= 2 else None


def split_sentences(doc: Any) -> list[Sentence]:
    """Sentences of the parsed text; bullets remember the sentence they hang from."""
    result: list[Sentence] = []
    intro: int | None = None
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        bullet = text.startswith(BULLETS) or _numbered(text)
        sentence = Sentence(len(result), start, start + len(text), text, bullet)
        if bullet:
            sentence.intro = intro
        else:
            intro = sentence.index
        result.append(sentence)
    return result


def _numbered(text: str) -> bool:
    head = text.split(" ", 1)[0]
    return len(head) <= 3 and head[:-1].isdigit() and head[-1:] in ".)"
