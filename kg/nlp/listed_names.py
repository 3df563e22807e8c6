"""Organisations named only in a list: "partners including Acme, Globex and Initech", "Google, Initech and
IBM". An unknown capitalised name listed beside known organisations, or after a word for companies and the
word that opens their list, is an organisation too; its other mentions in the article follow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found, Sentence
from kg.nlp.generic import date_words
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.schemas import WordsFile
from kg.nlp.text import fold

E = EntityType
# a name of one to four capitalised words ("Q-Haus Baltic", "CcHUB", "eSkills Foundation"), nothing else
NAME = re.compile(r"(?:[A-ZÀ-Ý0-9]|[a-z][A-Z])[\w&.'’-]*(?: (?:[A-ZÀ-Ý0-9]|[a-z][A-Z])[\w&.'’-]*){0,3}")
BRACKET = re.compile(r"\([^()\n]*\)")
MIN_ITEMS = 3  # a list of names with no word for companies before it: "A, B and C"
KNOWN_BESIDE = 2  # known organisations a list with no word for companies names beside the unknown ones
MAX_CUE_GAP = 10  # words between the word for companies and the opener of their list


@dataclass
class Item:
    """One name of a list: a mention already found, or an unknown name (found is None)."""

    start: int
    end: int
    found: Found | None = None


def listed_organisations(sentences: list[Sentence], text: str, named: list[Found], lexicon: Lexicon,
                         language: str) -> list[Found]:
    """Unknown names listed with organisations, or after "companies, including", as organisations."""
    words = lexicon.words(language)
    glue = {w.lower() for w in (*words.list_words, *words.coordinators, *words.definite, *words.partitives)}
    coordinators = [w for w in words.coordinators if w.isalpha()]
    nouns = {fold(w) for w in words.company_nouns}
    openers = [w.lower() for w in words.company_list_openers]
    country_words = lexicon.country_words()
    stop = {w.lower() for w in words.not_names} | date_words(lexicon)
    links = frozenset(w.lower() for w in words.name_connectors) | glue  # "Office of …" goes on
    found: dict[str, Term] = {}
    for sentence in sentences:
        for items, cued in _lists(sentence, text, named, glue, coordinators, nouns, openers, links):
            known = [i.found for i in items if i.found is not None]
            if _inside_name(text, items[-1], named, {f.id for f in known}):
                continue
            organisations = {f.id for f in known if f.term.type is E.ORGANIZATION}
            if not cued and (len(organisations) < KNOWN_BESIDE
                             or any(f.term.type not in (E.ORGANIZATION, E.GOVERNMENT_BODY) for f in known)):
                continue
            for item in items:
                name = text[item.start : item.end]
                if item.found is None and may_name(name, item.start == sentence.start, country_words, stop):
                    found.setdefault(name, Term(entity_id(E.ORGANIZATION, name), E.ORGANIZATION, name))
    return [mention for term in found.values() for mention in mentions_of(text, term, named, "listed")]


def mentions_of(text: str, term: Term, named: list[Found], source: str,
                inside: tuple[E, ...] = (E.COUNTRY,)) -> list[Found]:
    """Every whole-word occurrence of the term's name that no mention of `named` overlaps, but one of the
    `inside` types within it ("IT Park Uzbekistan")."""
    return [Found(m.start(), m.end(), term.name, term, source)
            for m in re.finditer(rf"(?<![\w-]){re.escape(term.name)}(?![\w-])", text)
            if free(m.span(), named, inside)]


def free(span: tuple[int, int], named: list[Found], inside: tuple[E, ...] = (E.COUNTRY,)) -> bool:
    """No mention overlaps the span but a mention of the `inside` types within it."""
    return not any(f.start < span[1] and span[0] < f.end
                   and not (f.term.type in inside and span[0] < f.start and f.end <= span[1]) for f in named)


def _inside_name(text: str, last: Item, named: list[Found], known: set[str]) -> bool:
    """"the Response Team for the EU Institutions, Bodies and Agencies (CERT-EU)": a list closed by the
    acronym of one of its own names is the end of that name, no list of names."""
    bracket = re.match(r"\s*\(", text[last.end :])
    at = last.end + bracket.end() if bracket else -1
    return any(f.start == at and f.id in known for f in named)


def may_name(name: str, opens: bool, country_words: dict[str, str], stop: set[str]) -> bool:
    """An unknown name of a list: no country ("Ghana, Acme and Togo"), no date nor function word ("On March 6",
    "2024"), no one capitalised word opening the sentence ("However, …")."""
    words = name.split()
    return fold(name) not in country_words and not any(w.lower() in stop for w in words) \
        and any(c.isalpha() for c in name) and not (opens and len(words) == 1)


def _lists(sentence: Sentence, text: str, named: list[Found], glue: set[str], coordinators: list[str],
           nouns: set[str], openers: list[str], links: frozenset[str]) -> list[tuple[list[Item], bool]]:
    """The lists of names of a sentence, each with whether a word for companies and an opener precede it."""
    masked = BRACKET.sub(lambda m: " " * len(m.group()), text[sentence.start : sentence.end])
    split = re.compile(r",|\b(?:" + "|".join(re.escape(c) for c in coordinators) + r")\b" if coordinators else ",")
    cuts = [(m.start(), m.end(), m.group() == ",") for m in split.finditer(masked)]
    cuts = [c for k, c in enumerate(cuts)  # ", and": one cut, the comma's
            if k == 0 or c[2] or masked[cuts[k - 1][1] : c[0]].strip() or not cuts[k - 1][2]]
    bounds = [0, *(c[1] for c in cuts)]
    ends = [*(c[0] for c in cuts), len(masked)]
    segments = [(sentence.start + a, sentence.start + b) for a, b in zip(bounds, ends, strict=True)]
    if len(segments) < 2:  # no list in one segment
        return []
    mentions = [f for f in named if sentence.start <= f.start < sentence.end]
    full: dict[int, Item | None] = {}  # the names of whole segments, read when a list reaches them
    result = []
    j = 0
    while j < len(segments) - 1:
        first = _item(text, *segments[j], mentions, glue, "tail")
        if first is None:
            j += 1
            continue
        k = j + 1
        while k < len(segments):
            if k not in full:
                full[k] = _item(text, *segments[k], mentions, glue, "full")
            if full[k] is None:
                break
            k += 1
        items = [first, *(item for i in range(j + 1, k) if (item := full[i]) is not None)]
        last = _item(text, *segments[k], mentions, glue, "head", links) if k < len(segments) else None
        items += [last] if last is not None else []
        commas = any(c[2] for c in cuts[j : k])
        cued = _cued(text[sentence.start : first.start], nouns, openers)
        if len(items) >= (2 if cued else MIN_ITEMS) and (commas or cued):
            result.append((items, cued))
        j = k
    return result


def _item(text: str, start: int, end: int, mentions: list[Found], glue: set[str], where: str,
          links: frozenset[str] = frozenset()) -> Item | None:
    """The name a list segment holds: all of it ("full"), its last words ("tail") or its first ("head")."""
    segment = text[start:end]
    masked = BRACKET.sub(lambda m: " " * len(m.group()), segment)
    if where != "tail":  # "the Institute …", "d’Orange": list words before the name
        while (word := re.match(r"\s*(\w+)(['’]|\s+)", masked)) and (
                word.group(1).lower() in glue or f"{word.group(1).lower()}'" in glue):
            masked = " " * word.end() + masked[word.end() :]
    stripped = masked.rstrip(" .;:!?\"”»")
    body_start = len(masked) - len(masked.lstrip())
    for mention in mentions:
        if where == "full" and mention.start == start + body_start and mention.end == start + len(stripped):
            return Item(mention.start, mention.end, mention)
        if where == "tail" and mention.end == start + len(stripped):
            return Item(mention.start, mention.end, mention)
        if where == "head" and mention.start == start + body_start:
            return Item(mention.start, mention.end, mention)
    if where == "full":
        match = NAME.fullmatch(stripped[body_start:])
        span = (start + body_start, start + len(stripped)) if match else None
    elif where == "tail":
        match = re.search(rf"(?<![\w'’-])(?:{NAME.pattern})$", stripped)
        before = stripped[: match.start()].split()[-1:] if match else []
        span = (start + match.start(), start + len(stripped)) if match and not (
            before and before[0][:1].isupper()) else None
    else:  # "… and the Office of the Prime Minister": no name goes on past its connector
        match = NAME.match(stripped, body_start)
        after = stripped[match.end() :].split()[:1] if match else []
        span = (start + match.start(), start + match.end()) if match and not (
            after and after[0].lower() in links) else None
    if span is None or not free(span, mentions):
        return None
    return Item(*span)


def company_list(before: str, words: WordsFile) -> bool:
    """Whether a list of names that follows the text is one of companies or partners ("partners including")."""
    return _cued(before, {fold(w) for w in words.company_nouns}, [w.lower() for w in words.company_list_openers])


def _cued(before: str, nouns: set[str], openers: list[str]) -> bool:
    """"technology companies, including", "partners is:", "entreprises … à l'instar de": a word for
    companies, then within a few words the opener of their list, right before the list."""
    lowered = before.lower().rstrip()
    for opener in openers:
        if opener in lowered and _list_opener(opener).search(lowered):
            words = re.findall(r"[\w'’-]+", lowered[: lowered.rfind(opener)])[-MAX_CUE_GAP:]
            return any(fold(w) in nouns for w in words)
    return False


@lru_cache(maxsize=256)
def _list_opener(opener: str) -> re.Pattern[str]:
    """The opener of a list as a whole word at the end of a text, a colon after it or none."""
    return re.compile(rf"(?<!\w){re.escape(opener)}\s*:?$")
