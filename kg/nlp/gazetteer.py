"""Gazetteer layer: lexicon surface forms matched over the tokens, with case rules."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.datelines import filed, tail_reader
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term, portfolio_of
from kg.nlp.schemas import WordsFile
from kg.nlp.state import BULLETS
from kg.nlp.text import fold
from kg.nlp.tokens import Tokens, joined_hyphen, tokens_of

_ACRONYM = re.compile(r"^[A-Z0-9.&-]{2,}$|^[A-Z][a-z]?[A-Z]")
_INITIAL = re.compile(r"(?<!\w)[À-ÖØ-öø-ÿ]")  # an accented Latin letter opening a word
PAIR_MARKS = frozenset({"-", "–", "—", "/"})
# Term.kind of a region's government named by the region's bare name ("le Québec"): no mention of the
# government by its own name, which makes the article's posts with no country posts in it (kg/nlp/roles.py)
METONYM = "metonym"
# What follows a dateline's city: a date or an agency after a comma, then a colon or a dash ("LONDON:",
# "Skopje, 16 September 2021 (MIA) –", "Kinshasa, le 9 novembre 2024 –"); no hyphen.
DATELINE_TAIL = tail_reader(hyphen=False)


class Gazetteer:
    """Surface forms of the lexicon compiled for one pipeline's vocabulary."""

    def __init__(self, nlp: Any, lexicon: Lexicon, language: str) -> None:
        from spacy.matcher import PhraseMatcher  # deferred: spaCy takes ~0.47 s to import

        self.lexicon = lexicon
        self.connectors = frozenset(w.lower().replace("’", "'") for w in lexicon.words(language).name_connectors)
        self.heads = frozenset(w.lower() for w, _ in lexicon.name_heads.get(language, []))
        self.definite = frozenset(lexicon.words(language).definite)
        self.partitives = frozenset(w.lower() for w in lexicon.words(language).partitives)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # one-word heads of ministries and of ministers' titles ("ministère", "ministre", "Minister"): a
        # list of portfolios follows them
        self.ministerial = frozenset({*lexicon.ministry_heads(), *(fold(phrase) for phrase, body in
                                                                   lexicon.roles.get(language, [])
                                                                   if body == "ministry" and " " not in phrase)})
        self.entries: dict[str, list[tuple[str, Term]]] = {}
        for written, term in lexicon.forms.get(language, []):
            curly = written.replace("'", "’")  # "People’s Republic of China" as typeset
            for surface in dict.fromkeys((written, unaccented_initials(written), curly)):
                key = surface.lower()
                if key not in self.entries:
                    self.matcher.add(key, [nlp.make_doc(surface)])
                self.entries.setdefault(key, []).append((surface, term))

    def find(self, doc: Any) -> list[Found]:
        found = []
        fields: set[int] = set()  # tokens of the fields kept so far: "AI and Cybersecurity" lists fields
        for match_id, start, end in sorted(self.matcher(doc), key=lambda m: (m[1], m[2])):
            span = doc[start:end]
            term = self._pick(span, doc.vocab.strings[match_id], fields)
            if term is not None and term.type is EntityType.PLACE:
                span = _compound_place(span, self.entries)  # "Abidjan-Plateau": a district of the city
                if span.end_char > span.start_char + len(term.name) and span.text.lower() not in self.entries:
                    term = Term(entity_id(EntityType.PLACE, span.text), EntityType.PLACE, span.text,
                                country=term.country)
            if term is not None and not self._portfolio_of_minister(span, term):
                found.append(Found(span.start_char, span.end_char, span.text, term))
                if term.type is EntityType.POLICY_DOMAIN:
                    fields.update(range(start, end))
        return found

    def _article_then_name(self, surface: str) -> bool:
        """"La Réunion", "The Gambia": a surface whose capitalised article opens a name written with its own
        capital."""
        words = surface.split()
        return len(words) > 1 and words[0].lower() in self.definite and words[1][:1].isupper()

    def _bare_before_adjective(self, span: Any, term: Term) -> bool:
        """"Réunion ministérielle des pays membres", "la première Réunion de haut niveau": a one-word name that
        the language also writes opened by its article ("La Réunion") is a common noun where it opens a line
        before an adjective, or where a complement ("des dirigeants") or an adjective before it (an ordinal:
        "première") qualifies it as a noun."""
        doc = span.doc
        if len(span) != 1 or span.end >= len(doc):
            return False
        key = span.text.lower()
        if not any(t == term for d in self.definite for _, t in self.entries.get(f"{d} {key}", [])):
            return False
        after = doc[span.end]
        if after.pos_ == "ADJ" and _line_start(tokens_of(doc), span.start):
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        return after.lower_.replace("’", "'") in self.partitives \
            or (before is not None and "Ord" in before.morph.get("NumType"))  # not "13 Ukraine", a dateline's day

    def _portfolio_of_minister(self, span: Any, term: Term) -> bool:
        """"ministre des Relations internationales et de la Francophonie": an organisation's name that is
        also a portfolio, in the list of portfolios after a ministry's or a minister's head word, is that
        portfolio, not the organisation."""
        portfolio = self.lexicon.portfolio_words()
        if term.type is not EntityType.ORGANIZATION or not all(fold(t.text) in portfolio for t in span):
            return False
        tk = tokens_of(span.doc)
        k = span.start - 1
        while k >= 0 and span.start - k <= 16 and (tk.text[k] == "," or fold(tk.lower[k]) in portfolio
                                                   or tk.lower[k].replace("’", "'") in self.connectors):
            k -= 1
        if k < 0 or k == span.start - 1 or fold(tk.lower[k]) not in self.ministerial:
            return False
        # the organisation's words complete a portfolio of the list: "… et de la Francophonie"
        return len(portfolio_of(tk.span_text(k + 1, span.end), self.lexicon)) > len(
            portfolio_of(tk.span_text(k + 1, span.start), self.lexicon))

    def _inside_compound(self, span: Any) -> bool:
        """"CERT-UA" is one name; "EU-Japan" or "US-Morocco" joins two known ones."""
        return any(word not in self.entries for word in _hyphen_joined(span))

    def _pick(self, span: Any, key: str, fields: set[int]) -> Term | None:
        text = span.text
        for surface, term in self.entries.get(key, []):
            if _ACRONYM.match(surface) and (text != surface or self._inside_compound(span)):
                continue  # "UN", "IA", "US": exact case only, and not a piece of "CERT-UA"
            if surface[:1].isupper() and not text[:1].isupper():
                continue  # a proper name written in lower case is another word
            if self._article_then_name(surface) and not text.split()[1][:1].isupper():
                continue  # "La réunion des ministres" at a sentence's start is a meeting, not La Réunion
            if self._bare_before_adjective(span, term):
                continue  # "Réunion bilatérale avec …" opening a line is a meeting, not La Réunion
            if term.type is EntityType.POLICY_DOMAIN and _inside_name(span, surface, self.connectors, fields) \
                    and not _listed_fields(span, self.connectors, self.heads):
                continue
            return term
        return None


def unaccented_initials(surface: str) -> str:
    """A name as capitals often write it, each word's first letter without its accent ("Commission
    Economique des Nations unies", "Etat"): the matcher compares lower case, so "économique" would not
    find "Economique"."""
    return _INITIAL.sub(lambda m: unicodedata.normalize("NFD", m.group(0))[0], surface)


def _compound_place(span: Any, entries: dict[str, Any]) -> Any:
    """"Abidjan-Plateau": a capitalised word the lexicon does not know, glued by a hyphen after a known
    place, makes one longer name of that place's country ("Dakar-Bamako" joins two known ones, "Paris-based"
    is no name); the span itself otherwise."""
    tk = tokens_of(span.doc)
    k = span.end + 1
    if joined_hyphen(tk, span.end) and tk.text[k][:1].isupper() and tk.alpha[k] and tk.lower[k] not in entries:
        return span.doc[span.start : k + 1]
    return span


def _hyphen_joined(span: Any) -> list[str]:
    """The words a hyphen glues to the span, before or after it ("CERT" in "CERT-UA")."""
    tk = tokens_of(span.doc)
    before = [tk.lower[span.start - 2]] if joined_hyphen(tk, span.start - 1) else []
    return before + ([tk.lower[span.end + 1]] if joined_hyphen(tk, span.end) else [])


def _inside_name(span: Any, surface: str, connectors: frozenset[str], fields: set[int]) -> bool:
    """A lower-case domain label capitalised mid-sentence is part of a name ("Ministry of Digital
    Transformation", "Kenya Digital Economy Project") when a capitalised word stands next to it, directly
    or across connectors ("of", "de la") and commas; "cooperation on Artificial Intelligence" names the field."""
    if not surface[:1].islower() or not span.text[:1].isupper() or span.text.isupper():
        return False
    tk = tokens_of(span.doc)
    if _line_start(tk, span.start):
        return False
    after = span.end
    if after < len(tk) and tk.alpha[after] and tk.text[after][:1].isupper():
        return True
    i = span.start - 1
    while i >= 0 and (tk.lower[i].replace("’", "'") in connectors or tk.text[i] == ","):  # "Innovation, Education"
        i -= 1
    return i >= 0 and i not in fields and tk.text[i][:1].isupper() and (tk.alpha[i] or tk.text[i][-1:].isalpha())


def _listed_fields(span: Any, connectors: frozenset[str], heads: frozenset[str]) -> bool:
    """"joint work in Broadband Development, Spectrum Management, Cybersecurity and Internet Governance":
    a run of capitalised items joined by commas that a lower-case word opens, with no head word of a name
    in it ("Ministry of Communications, Innovation and Digital Economy"), lists fields in title case; the
    commas may stand before the field or after it (its first items)."""
    tk = tokens_of(span.doc)
    i, before = span.start - 1, 0
    while i >= 0 and _in_title_run(tk, i, connectors):
        if tk.lower[i] in heads:
            return False
        before += tk.text[i] == ","
        i -= 1
    if i < 0 or not (tk.alpha[i] and tk.text[i].islower()) or _line_start(tk, i + 1):
        return False
    k, after = span.end, 0
    while k < len(tk) and _in_title_run(tk, k, connectors) and not tk.sent_start[k]:
        if tk.lower[k] in heads:
            return False
        after += tk.text[k] == ","
        k += 1
    return before + after >= 2


def _in_title_run(tk: Tokens, i: int, connectors: frozenset[str]) -> bool:
    """A comma, a connector or a capitalised word: a token of a list of fields in title case."""
    return tk.text[i] == "," or tk.lower[i].replace("’", "'") in connectors or (
        tk.alpha[i] and tk.text[i][:1].isupper())


def _line_start(tk: Tokens, i: int) -> bool:
    """The first word of a sentence, or of a list item after its bullet ("- Inclusion numérique :")."""
    if i == 0 or tk.sent_start[i]:
        return True
    return tk.text[i - 1] in BULLETS and (i == 1 or bool(tk.sent_start[i - 1]) or "\n" in tk.space[i - 2]
                                          or "\n" in tk.text[i - 2])


def resolve_capitals(doc: Any, found: list[Found], lexicon: Lexicon, words: WordsFile) -> list[Found]:
    """A capital stands for its state when it acts (subject, agent, pair), else for the city; a region
    with international relations of its own that acts once ("le Québec participera …", "la France et le
    Québec") is its government wherever the article names it outside a dateline."""
    result = []
    text = tokens_of(doc).source
    capitals = set(lexicon.capitals.values())
    partner = lexicon.context.get(doc.lang_, {}).get("with")
    governed = _acting_regions(doc, found, lexicon, words, partner)
    for f in found:
        if f.term.id in governed and not f.text.isupper() and not _dateline(text, f):
            f = Found(f.start, f.end, f.text, governed[f.term.id], f.source)
        is_capital = f.term.kind == "capital" or f.term.id in capitals
        if is_capital and f.term.country and not _dateline(text, f) and (
                _acts(doc, f, found, words) or _partner(text, f, partner)):
            actor = _stands_for(f, found, lexicon)
            if actor:
                f = Found(f.start, f.end, f.text, actor, f.source)
        result.append(f)
    return result


def _acting_regions(doc: Any, found: list[Found], lexicon: Lexicon, words: WordsFile,
                   partner: re.Pattern[str] | None) -> dict[str, Term]:
    """Region id -> its government, for each region of the reference data with international relations of
    its own that acts somewhere in the article (subject, agent, pair, partner) outside a dateline, or whose
    government the article names ("les gouvernements du Québec et de …")."""
    governed: dict[str, Term] = {}
    text = tokens_of(doc).source
    named = {f.id for f in found}
    for f in found:
        if f.term.id not in lexicon.international or f.term.id in governed:
            continue
        government = lexicon.known(entity_id(EntityType.GOVERNMENT_BODY, f"Government of {f.term.name}"))
        quiet = f.text.isupper() or _dateline(text, f) or _name_goes_on(text, f)
        if government is not None and not quiet and (government.id in named or _acts(doc, f, found, words)
                                                     or _partner(text, f, partner)):
            governed[f.term.id] = replace(government, kind=METONYM)
    return governed


def _name_goes_on(text: str, f: Found) -> bool:
    """"Quebec Premier Anne Roy", "Quebec City": a capitalised word right after the region makes it a piece of
    a title or of a longer name, no actor."""
    after = text[f.end : f.end + 2]
    return after[:1] == " " and after[1:].isupper()


def _dateline(text: str, f: Found) -> bool:
    """"LONDON: The authority signed …", "Skopje, 16 September 2021 (MIA) – …": the city a report is
    filed from, in capitals or opening its line with a date, is a place; it does not act."""
    tail = DATELINE_TAIL.match(text, f.end, f.end + 80)
    if tail is None:
        return False
    opens_line = not text[text.rfind("\n", 0, f.start) + 1 : f.start].strip()
    return filed(f.text, tail.group(1), tail.group(2), opens_line=opens_line, capitals_anywhere=True)


def _partner(text: str, f: Found, partner: re.Pattern[str] | None) -> bool:
    """"un nouvel engagement avec Kigali", "talks with Beijing": a capital right after the partner
    marker is its state (one travels to a city, one works with a government)."""
    if partner is None:
        return False
    window = text[max(0, f.start - 24) : f.start]
    return any(not window[m.end() :].strip() for m in partner.finditer(window))


def _stands_for(place: Found, found: list[Found], lexicon: Lexicon) -> Term | None:
    """What an acting capital stands for: the organisation the reference data says it may stand
    for when the article names it ("Brussels" for the European Union), else its country."""
    organisation = lexicon.acts_for.get(place.term.id)
    if organisation and any(f.term.id == organisation for f in found):
        return lexicon.known(organisation)
    return lexicon.countries.get(place.term.country or "")


def _acts(doc: Any, f: Found, found: list[Found], words: WordsFile) -> bool:
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in words.locatives:
        return False
    if (before is not None and before.lower_ in words.agents) or (after is not None and after.text in words.genitive):
        return True
    if _hyphen_pair(doc, span, found) or _between_partners(doc, span, words):
        return True
    if root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubj:pass"):
        return True
    if _coordinated_capitals(doc, span, found, words):
        return True
    return _is_subject(span, after, words)


def _hyphen_pair(doc: Any, span: Any, found: list[Found]) -> bool:
    places = {f.start for f in found if f.term.type in (EntityType.COUNTRY, EntityType.PLACE)}
    for neighbour in (span.start - 2, span.end + 1):
        middle = doc[min(neighbour, span.start) + 1] if 0 <= neighbour < len(doc) else None
        if middle is not None and middle.text in PAIR_MARKS and doc[neighbour].idx in places:
            return True
    return False


def _between_partners(doc: Any, span: Any, words: WordsFile) -> bool:
    """"partenariat entre Rabat et Paris": the capitals after "between" and a partnership word."""
    window = [t.lower_ for t in doc[max(0, span.start - 8) : span.start]]
    between = words.between
    if not any(w in between for w in window):
        return False
    head = window[: max(i for i, w in enumerate(window) if w in between)]
    stems = tuple(words.partnership_stems)
    return any(w.startswith(stems) for w in head[-4:])


def _coordinated_capitals(doc: Any, span: Any, found: list[Found], words: WordsFile) -> bool:
    """"Alger et Rome entendent …": two capitals joined by "et", with no preposition before."""
    starts = {f.start: f for f in found if f.term.type in (EntityType.PLACE, EntityType.COUNTRY)}
    joins = words.coordinators
    if span.end + 1 < len(doc) and doc[span.end].lower_ in joins and doc[span.end + 1].idx in starts:
        first = span.start
    elif span.start >= 2 and doc[span.start - 1].lower_ in joins and doc[span.start - 2].idx in starts:
        first = span.start - 2
        while first > 0 and doc[first - 1].idx in starts:
            first -= 1
    else:
        return False
    before = doc[first - 1].lower_ if first > 0 else ""
    return before not in words.locatives and before not in words.between


def _is_subject(span: Any, after: Any, words: WordsFile) -> bool:
    root = span.root
    if root.dep_ in ("nsubj", "nsubj:pass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    if after is None or not after.text.isalpha() or not after.text.islower():
        return False
    if root.dep_ and after.pos_ != "VERB":  # a parsed document: trust the parse, unless a verb follows
        return False
    if after.lower_ in words.subject_verbs:
        return True
    return after.text.endswith(tuple(words.verb_endings)) and after.lower_ not in words.subject_verb_exceptions
