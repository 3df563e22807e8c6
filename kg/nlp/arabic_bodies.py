"""Arabic state bodies named by a head noun and its construct phrase: where such a name is whole, how it
is read for an id, and which shorter name stands for a longer one the article names."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Protocol

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.arabic import Phrases, Reading, romaniser
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term, portfolio_of
from kg.nlp.names import BUILT, ministry_term
from kg.nlp.offices import HEAD_OFFICE
from kg.nlp.people import RoleCue
from kg.nlp.text import DASHES, fold_arabic

E = EntityType
NAMED = (E.GOVERNMENT_BODY, E.ORGANIZATION)
BODY_LIMIT = 8  # words of a body's name after its head
PORTFOLIO_LEAD = 2  # words of a portfolio before a head it runs through ("شؤون مجلس الوزراء")
ORGANISATION = "organisation"  # the kind of head that names a company or a body of several states
BOARD = "board"  # the kind of head that names a board of directors, no body of its own


@dataclass(frozen=True)
class Named:
    """A body's name at tokens [start, end) and what it stands for."""

    start: int
    end: int
    term: Term


class NameLayer(Protocol):
    """What the body reader reads through the language's name layer (kg/nlp/arabic_names.py)."""

    lexicon: Lexicon
    heads: Phrases
    honorifics: Phrases
    titles: Phrases
    breaks: set[str]
    coordinators: tuple[str, ...]
    complement_letters: tuple[str, ...]

    def longest(self, r: Reading, i: int, table: Phrases) -> tuple[int, Any] | None: ...
    def _found(self, r: Reading, start: int, end: int, term: Term, source: str) -> Found: ...
    def _definite(self, key: str) -> bool: ...
    def _glued_article(self, r: Reading, j: int) -> bool: ...
    def _word(self, r: Reading, j: int) -> bool: ...
    def _goes_on(self, r: Reading, j: int) -> bool: ...
    def _definite_given(self, r: Reading, j: int) -> bool: ...
    def _verb(self, text: str) -> bool: ...
    def _may_start_name(self, r: Reading, i: int) -> bool: ...
    def _apart_and(self, r: Reading, j: int) -> bool: ...
    connectors: set[str]
    eponym_titles: set[str]


class BodyNames:
    """State bodies of one language's name layer: a head noun and its construct phrase."""

    def __init__(self, names: NameLayer, several: set[str], links: set[str] | None = None,
                 common: dict[str, str] | None = None) -> None:
        self.names = names
        self.several = several  # words that make a body one of several states ("العرب"): an organisation
        self.links = links or set()  # words a name goes on through to a definite word ("ذات الطابع")
        self.common = common or {}  # "مجلس الوزراء" -> "Council of Ministers": a body every state has

    def find(self, r: Reading, known: dict[int, tuple[int, Term]], titles: list[RoleCue]) -> list[Found]:
        """A head noun and its construct phrase: "وزارة الاتصالات وتكنولوجيا المعلومات", "الهيئة الوطنية للأمن
        السيبراني"; a ministry is named in English from its portfolios. A shorter name stands for the longer
        one the article names ("مجلس الوزراء" for "مجلس الوزراء السعودي"). A head inside a title is the
        title's word (below)."""
        inside = {k for i, (end, _) in known.items() for k in range(i, end)}
        within = {k: cue.end for cue in titles for k in range(cue.start + 1, cue.end)}
        result = []
        for i in r.starts:
            head = self.names.longest(r, i, self.names.heads)
            if head is None or i in inside or head[1] == BOARD:
                continue
            end = self._construct_end(r, head[0], known, head[0] - i > 1)
            closed = not self._open(r, end) or self._eponym_end(r, head[0], known) == end  # "جامعة الملك فهد"
            if (end - i < 2 and head[1] != "ministry") or (head[1] != "ministry" and not closed) \
                    or self._titled(r, i, end, within, known) or self._in_portfolio(r, i, end, titles):
                continue
            words = name_words(r, i, end, self.names.heads)
            term = self._common_body(r, i, end, known) \
                or body_term(self.names.lexicon, r.tk.span_text(i, end), words, head[1])
            if term is not None and term.type is E.GOVERNMENT_BODY and term.kind != BUILT \
                    and self.several.intersection(r.keys[i + 1 : end]):  # "مجلس وزراء … العرب"
                term = replace(term, id=entity_id(E.ORGANIZATION, term.name), type=E.ORGANIZATION)
            owners = {t.country for k, (last, t) in known.items() if i < k and last <= end and t.type is E.COUNTRY}
            if term is not None and len(owners) == 1:  # "وزارة الاتصالات المصرية", "وكالة اليابان الرقمية"
                term = of_country(self.names.lexicon, term, owners.pop())  # (a body of two countries is neither's)
            if term is not None:
                result.append(Named(i, end, term))
        named = result + [Named(i, end, term) for i, (end, term) in known.items() if term.type in NAMED]
        return [self.names._found(r, b.start, b.end, longer_name(r, b, named) or b.term, "pattern") for b in result]

    def _common_body(self, r: Reading, i: int, end: int, known: dict[int, tuple[int, Term]]) -> Term | None:
        """"مجلس الوزراء", "مجلس الوزراء السعودي": a body every state has, named by a common phrase (the
        country's words aside), is named in English: with the country written in it ("Council of Ministers
        of Saudi Arabia"), else built, so that it takes its country's name once that is known."""
        if not self.common:
            return None
        owners = {k: t for k, (e, t) in known.items() if t.type is E.COUNTRY and i < k < end}
        inside = {k for k in owners for k in range(k, known[k][0])}
        words = [head_reading(r, i, self.names.heads)] + [r.keys[k] for k in range(i + 1, end) if k not in inside]
        name = self.common.get(" ".join(words))
        owner = self.names.lexicon.countries.get(next(iter(owners.values())).country or "") \
            if len(owners) == 1 else None
        if name is None or owner is None:
            return Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, kind=BUILT) if name else None
        name = f"{name} of {self.names.lexicon.country_in_name(owner)}"
        return Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, kind=HEAD_OFFICE,
                    country=owner.country)

    def _titled(self, r: Reading, i: int, end: int, within: dict[int, int], known: dict[int, tuple[int, Term]]) -> bool:
        """"رئيس مجلس الوزراء": a head inside a title is the title's word, no body, unless the name goes on past
        the title ("رئيس مجلس الوزراء السعودي"); "رئيس مجلس إدارة الهيئة العامة …": the body whose board it
        names begins after the title, with a head or a known name of its own; a title going on past the head
        to a word with no article ("… مجلس إدارة") names the board of what follows it, no body ("وكيل وزارة
        النقل" still names the ministry)."""
        title_end = within.get(i)
        if title_end is None:
            return False
        named = title_end in known and known[title_end][1].type in NAMED
        return end <= title_end or named or self.names.longest(r, title_end, self.names.heads) is not None \
            or (title_end - i > 1 and self._open(r, title_end))  # "رئيسة مجلس إدارة الجمعية …": a board's

    def _in_portfolio(self, r: Reading, i: int, end: int, titles: list[RoleCue]) -> bool:
        """"وزير شؤون مجلس الوزراء": a head that a minister's portfolio runs through, in construct with the
        word or two after the title, is a word of the portfolio ("Cabinet Affairs"), no body of its own."""
        lexicon = self.names.lexicon
        return any(cue.body == "ministry" and cue.end < i <= cue.end + PORTFOLIO_LEAD
                   and all(self._construct(r, k) for k in range(cue.end, i))
                   and portfolio_of(r.tk.span_text(cue.end, end), lexicon)
                   != portfolio_of(r.tk.span_text(cue.end, i), lexicon) for cue in titles)

    def _construct(self, r: Reading, k: int) -> bool:
        """A word with no article, glued or not, in construct with the next ("شؤون")."""
        return self.names._word(r, k) and not self.names._definite(r.keys[k]) \
            and not self.names._glued_article(r, k)

    def _open(self, r: Reading, end: int) -> bool:
        """"مجلس إدارة": a construct phrase whose last word has no article is not closed, so no name."""
        return not self.names._definite(r.keys[end - 1]) and not self.names._glued_article(r, end - 1)

    def _construct_end(self, r: Reading, j: int, known: dict[int, tuple[int, Term]], phrase: bool) -> int:
        """Where a body's name ends, its head ending before token j. A nationality right after a one-word head
        describes it ("الهيئة الجزائرية المختصة"); after a head of two words it ends the name ("وكالة
        الأنباء العراقية")."""
        start = j
        definite_head = self.names._definite(r.keys[j - 1]) or self.names._glued_article(r, j - 1)
        indefinite = not (phrase and definite_head)  # the head before j had no article: its complement follows
        while j < len(r.keys) and j - start < BODY_LIMIT and (self.names._word(r, j) or self._apart_and(r, j, known)):
            if not self.names._word(r, j):  # "وزارة البريد و تكنولوجيات الإعلام": "and" written apart
                indefinite = not self.names._definite(r.keys[j + 1]) and not self.names._glued_article(r, j + 1)
                j += 2
                continue
            if j in known:
                term = known[j][1]
                if j == start and definite_head and not phrase \
                        and self._nationality_with_complement(r, j, known):
                    j = known[j][0]  # "الوكالة الجزائرية للفضاء": the nationality, then its complement
                    continue
                if self._nationality(r, j, term) and not indefinite:
                    return self._paired(r, known[j][0], known)  # "… المصرية": the nationality ends the name
                if indefinite and term.type is E.COUNTRY and term.kind != "demonym" \
                        and self._adjective(r, known[j][0], known):
                    j, indefinite = known[j][0], False  # "وكالة اليابان الرقمية": the country, then adjectives
                    continue
                if term.type is not E.POLICY_DOMAIN:
                    break
            n = self.names
            opened = indefinite and not (j == start and definite_head)  # "المنظمة خلال …": no complement
            if j == start and opened and (eponym := self._eponym_end(r, j, known)):
                return eponym  # "جامعة الملك فهد …": named after a person
            if not (opened or n._goes_on(r, j) or self._link(r, j)) or n._verb(r.tk.text[j]) or r.keys[j] in n.breaks \
                    or self._next_head(r, j) or self._honorific(r, j) or (j > start and self._person_word(r, j)) \
                    or (j == start and definite_head and self._and_glued(r, j)):
                break
            indefinite = not self.names._definite(r.keys[j]) and not self.names._glued_article(r, j)
            j += 1
        return j

    def _nationality_with_complement(self, r: Reading, j: int, known: dict[int, tuple[int, Term]]) -> bool:
        """"الوكالة الجزائرية للفضاء", "المؤسسة السورية للبريد": a nationality right after a one-word head with the
        article, then a complement glued to "of" (`body_complement_letters`), names the body; without one
        ("الهيئة الجزائرية المختصة") it only describes a body."""
        term, after = known[j][1], known[j][0]
        if term.type is not E.COUNTRY or term.kind != "demonym" or after >= len(r.keys) \
                or not self.names._word(r, after) or (after in known and known[after][1].type is not E.POLICY_DOMAIN):
            return False
        written = fold_arabic(r.written(after))
        return any(written.startswith(c) and len(written) - len(c) >= 3 for c in self.names.complement_letters)

    def _eponym_end(self, r: Reading, j: int, known: dict[int, tuple[int, Term]]) -> int:
        """"جامعة الملك فهد للبترول والمعادن": a title (`eponym_titles`) right after a head with no article, then a
        name (one word and its nasab chain: "الأمير محمد بن سلمان"), is the person the body is named after; the
        name goes on through the words with the article after it ("للبترول", "والمعادن"; not "لتقديم …"). The
        token after the name, or 0."""
        n = self.names
        if j + 1 >= len(r.keys) or r.keys[j] not in n.eponym_titles or not n._may_start_name(r, j + 1):
            return 0
        end = j + 2
        while end + 1 < len(r.keys) and r.keys[end] in n.connectors and n._word(r, end + 1):
            end += 2
        while end < len(r.keys) and end not in known and n._word(r, end) and not n._verb(r.tk.text[end]) \
                and (n._definite(r.keys[end]) or n._glued_article(r, end)) and not self._person_word(r, end):
            end += 1
        return end

    def _apart_and(self, r: Reading, j: int, known: dict[int, tuple[int, Term]]) -> bool:
        """"… البريد و تكنولوجيات الإعلام و الاتصال": "and" written apart, then a word of the same name (no head
        of another body, nor a name the gazetteer knows)."""
        return j + 1 < len(r.keys) and j + 1 not in known and self.names._apart_and(r, j) \
            and self.names.longest(r, j + 1, self.names.heads) is None

    def _link(self, r: Reading, j: int) -> bool:
        """"… البيانات ذات الطابع الشخصي": a linking word with a definite word after it goes on with the name."""
        return r.keys[j] in self.links and j + 1 < len(r.keys) and self.names._word(r, j + 1) \
            and self.names._definite(r.keys[j + 1])

    def _and_glued(self, r: Reading, j: int) -> bool:
        """"بالوكالة ومدراء …", "الهيئة والوزارة": a word glued to "and" right after a definite head begins
        the next thing named, no word of the head's name."""
        return any(r.keys[j].startswith(c) and len(r.keys[j]) - len(c) >= 3 for c in self.names.coordinators)

    def _person_word(self, r: Reading, j: int) -> bool:
        """"… للبريد المهندس سالم", "رئيس مجلس الوزراء الشيخ …": an honorific or a title opens a person, no
        word of the body's name; so does a given name written with the article ("… الشخصي الحسن ولد …")."""
        return self.names.longest(r, j, self.names.honorifics) is not None \
            or self.names.longest(r, j, self.names.titles) is not None or self.names._definite_given(r, j)

    def _honorific(self, r: Reading, j: int) -> bool:
        """"الهيئة المهندس سالم": an honorific right after a head opens a person, no word of the body's name."""
        return self.names.longest(r, j, self.names.honorifics) is not None

    def _paired(self, r: Reading, end: int, known: dict[int, tuple[int, Term]]) -> int:
        """"مجلس التنسيق العماني–السعودي", "اللجنة الأردنية السورية": a second nationality, written next to
        the first or joined to it by a dash, names a body of the two ("البنك المركزي المصري والأردني", the
        second glued to "and", names two bodies: the name ends at the first)."""
        at = end + 1 if end < len(r.keys) and r.tk.text[end] in DASHES and not r.tk.space[end - 1] else end
        hit = known.get(at)
        if hit is not None and hit[1].type is E.COUNTRY and hit[1].kind == "demonym" and not self._and_glued(r, at):
            return hit[0]
        return end

    def _adjective(self, r: Reading, j: int, known: dict[int, tuple[int, Term]]) -> bool:
        """"وكالة اليابان الرقمية", "وكالة الإمارات للفضاء": after a country in construct, an adjective or a
        complement glued to its article (a field's word may be one) goes on with the name."""
        if j >= len(r.keys) or not self.names._word(r, j):
            return False
        if j in known and known[j][1].type is not E.POLICY_DOMAIN:
            return False
        return self.names._definite(r.keys[j]) or self.names._glued_article(r, j)

    def _next_head(self, r: Reading, j: int) -> bool:
        """"… ووكالة اليابان الرقمية": a body's head glued to "and" begins the next body."""
        key = r.keys[j]
        return key not in self.names.heads.sizes and any(
            key.startswith(c) and key[len(c):] in self.names.heads.sizes for c in self.names.coordinators)

    def _nationality(self, r: Reading, j: int, term: Term) -> bool:
        """An adjective of nationality, or a country's name written with the article after a definite name
        ("وزارة الاتصالات وتقنية المعلومات السعودية": Saudi Arabia's, though "السعودية" also names it)."""
        return term.type is E.COUNTRY and (term.kind == "demonym" or self.names._definite(r.keys[j]))


def head_reading(r: Reading, i: int, heads: Phrases) -> str:
    """The head word as the table knows it, the letters glued to it taken off ("بالمركز" -> "المركز")."""
    return next((w for w in r.firsts[i] if w in heads.sizes), r.keys[i])


def name_words(r: Reading, start: int, end: int, heads: Phrases) -> str:
    """The words of a body's name without the letters glued to its head: what its id is read from."""
    return " ".join((head_reading(r, start, heads), *r.keys[start + 1 : end]))


def words_of(r: Reading, named: Named) -> tuple[frozenset[str], tuple[str, ...]]:
    """The readings of a name's first word and the words after it."""
    return frozenset(r.reads[named.start]), tuple(r.keys[named.start + 1 : named.end])


def longer_name(r: Reading, short: Named, others: list[Named]) -> Term | None:
    """"مجلس الوزراء" after "مجلس الوزراء السعودي", "بالمركز الوطني للأمن السيبراني" beside "المركز الوطني
    للأمن السيبراني في الكويت": the one body of the article whose name goes on from this one's words, named
    in another sentence (in one sentence, "وزارة الاتصالات … مع وزارة الاتصالات الأردنية" are two)."""
    firsts, rest = words_of(r, short)
    size = len(rest)
    terms = {o.term.id: o.term for o in others
             if o.end - o.start > short.end - short.start and o.term.type in NAMED and o.term.id != short.term.id
             and firsts & frozenset(r.reads[o.start]) and tuple(r.keys[o.start + 1 : o.start + 1 + size]) == rest
             and not _one_sentence(r, short.start, o.start)}
    return next(iter(terms.values())) if len(terms) == 1 else None


def _one_sentence(r: Reading, a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return not any(r.tk.sent_start[low + 1 : high + 1])


def body_term(lexicon: Lexicon, text: str, words: str, kind: str) -> Term | None:
    """A ministry named in English from its portfolios; another body by the romanised words of its name, an
    organisation when its head says so ("شركة", "المنظمة")."""
    if kind == "ministry":
        portfolios = portfolio_of(text, lexicon)
        return ministry_term(portfolios, lexicon) if portfolios else None
    name = romaniser().name(words)
    kind_of = E.ORGANIZATION if kind == ORGANISATION else E.GOVERNMENT_BODY
    return Term(entity_id(kind_of, name), kind_of, name) if name else None


def of_country(lexicon: Lexicon, term: Term, code: str | None) -> Term:
    """A ministry named from its portfolios takes its country into its name, as the qualify layer does;
    another body named with a country's name keeps that country."""
    owner = lexicon.countries.get(code or "")
    if owner is None or term.country:
        return term
    if term.kind != BUILT:
        return replace(term, country=code)
    name = f"{term.name} of {owner.name}"
    return replace(term, id=entity_id(E.GOVERNMENT_BODY, name), name=name, country=code)
