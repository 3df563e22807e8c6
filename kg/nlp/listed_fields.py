"""Vague field words listed with fields: "promoting innovation, digital training and …" names research and
innovation, though "innovation" alone is too vague to be a domain mention (the packs' `exclude`); another
vague word may stand between in the list ("digital transformation, technology, and innovation"). Arabic
glues its "and" to the next word ("الاقتصاد الرقمي والابتكار"): a glued coordinator joins the list too.
A vague label of the packs' `opened` names its field after a field opener as well ("dans le domaine de
l'innovation", "in the fields of innovation"), and after a verb of promotion (`promoters`: "تعزيز الابتكار"),
which annotators read as the field, other vague labels listed between ("in the field of technology and
innovation")."""

from __future__ import annotations

import re

from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import Term
from kg.nlp.state import ArticleState
from kg.nlp.text import fold, folded_words

E = EntityType
WORD = re.compile(r"[^\W\d_][\w-]*")  # "l'innovation": the article and the word apart
COMMAS = ",،"  # the Latin and the Arabic comma


def listed_fields(state: ArticleState) -> list[Found]:
    """Mentions of the vague labels of the domain scheme that stand in one list with a domain mention."""
    vague = state.lexicon.vague_domains
    if not vague:
        return []
    domains = [f for f in state.found if f.term.type is E.POLICY_DOMAIN]
    taken = [(f.start, f.end) for f in state.found]
    between, glued = (_glue(state), state.lexicon.vague_words), _glued_coordinators(state)
    found = []
    for match in WORD.finditer(state.text):
        term, skip = _vague_word(match.group(), vague, glued)
        start, end = match.start() + skip, match.end()
        if term is None or any(s < end and start < e for s, e in taken):
            continue
        if _opened(state, start, match.group()[skip:]) or any(
                term.id != d.id and _listed(state.text, (start, end, skip > 0), d, between, glued) for d in domains):
            found.append(Found(start, end, match.group()[skip:], term, "listed"))
    return found


def _vague_word(word: str, vague: dict[str, Term], glued: tuple[str, ...]) -> tuple[Term | None, int]:
    """The vague domain a word names, and how many glued letters of a coordinator stand before it."""
    term = vague.get(fold(word))
    if term is not None:
        return term, 0
    for letters in glued:
        rest = word[len(letters) :]
        if word.startswith(letters) and len(rest) > 2 and fold(rest) in vague:
            return vague[fold(rest)], len(letters)
    return None, 0


def _listed(text: str, word: tuple[int, int, bool], domain: Found, words_between: tuple[set[str], set[str]],
            glued: tuple[str, ...]) -> bool:
    """Whether only commas, coordinators and articles (and other vague words) stand between the word and the
    domain mention (`word`: its start, its end and whether a coordinator is glued to it)."""
    start, end, joined = word
    glue, vague = words_between
    after = domain.start >= end
    gap = text[end : domain.start] if after else text[domain.end : start] if domain.end <= start else None
    if gap is None or "\n" in gap or len(gap) > 24:
        return False
    words = WORD.findall(gap)
    joined = domain.text.startswith(glued) if after else joined  # "… والابتكار", "الابتكار والتحول …"
    coordinated = joined or any(c in gap for c in COMMAS) or any(w.lower() in glue for w in words)
    inside = all(w.lower() in glue or fold(w) in vague for w in words)
    return coordinated and inside and not set(WORD.sub("", gap)) - set(" ’'" + COMMAS)


def _opened(state: ArticleState, start: int, word: str) -> bool:
    """Whether a vague label the packs open stands right after a field opener or a verb of promotion of the
    language, an article between ("domaine de l'innovation", "fields of innovation", "مجال الابتكار",
    "تعزيز الابتكار")."""
    if fold(word) not in state.lexicon.opened_domains:
        return False
    before = fold(state.text[max(0, start - 48) : start]).rstrip()
    for article in (fold(a) for a in state.lexicon.words(state.language).definite):
        if _ends_with_word(before, article):
            before = before[: -len(article)].rstrip()
            break
    before = _before_vague_items(state, before)
    openers = (*state.lexicon.field_openers.get(state.language, []), *state.lexicon.promoters.get(state.language, []))
    return any(_ends_with_word(before, opener) for opener in openers)


def _before_vague_items(state: ArticleState, before: str) -> str:
    """The folded text before the vague labels listed ahead of an opened one ("in the field of technology and
    innovation": "in the field of"); the text itself when none is."""
    words = state.lexicon.words(state.language)
    coordinators, articles = folded_words(tuple(words.coordinators)), folded_words(tuple(words.definite))
    glue = coordinators | articles | folded_words(tuple(words.partitives))
    tokens = before.split(" ")
    coordinated = False
    while tokens and tokens[-1] in glue:
        coordinated = coordinated or tokens.pop() in coordinators
    if tokens and tokens[-1].endswith(","):
        tokens[-1], coordinated = tokens[-1][:-1], True
    if not coordinated or not tokens or tokens[-1] not in state.lexicon.vague_words:
        return before
    tokens.pop()
    if tokens and tokens[-1] in articles:
        tokens.pop()
    return " ".join(tokens)


def _ends_with_word(text: str, words: str) -> bool:
    """Whether a text ends with these words, a space or nothing before them."""
    return bool(words) and text.endswith(words) and (len(text) == len(words) or text[-len(words) - 1] == " ")


def _glue(state: ArticleState) -> set[str]:
    """Words that may join the items of a list: coordinators and articles of the language."""
    words = state.lexicon.words(state.language)
    return {w.lower().rstrip("'") for w in (*words.coordinators, *words.definite, *words.partitives)} | {
        w.lower() for w in (*words.coordinators, *words.definite, *words.partitives)}


def _glued_coordinators(state: ArticleState) -> tuple[str, ...]:
    """Coordinators the language glues to the next word (Arabic "و"): its proclitics that are coordinators."""
    words = state.lexicon.words(state.language)
    return tuple(c.text for c in words.proclitics if c.text in words.coordinators and not c.becomes)
