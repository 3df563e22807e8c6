"""Names the lexicon does not know: capitalised bodies and organisations, and acronyms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.arabic import is_arabic, romaniser
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term, portfolio_of
from kg.nlp.names import ministry_name, ministry_named, ministry_term
from kg.nlp.text import fold
from kg.nlp.tokens import Tokens, joined_hyphen, tokens_of


@dataclass(frozen=True)
class NameWords:
    """The words that build names, from every pack: a name keeps the words of its own language."""

    connectors: frozenset[str]
    leading: frozenset[str]
    coordinators: frozenset[str]
    lower_tails: bool  # names of the article's language go on in lower case after their head
    national_bank: re.Pattern[str]
    banks: frozenset[str]  # the bank words of the central banks' openers ("bank", "banque")
    honorifics: frozenset[str] = frozenset()  # "Monsieur", "Mr": a person's name starts, a name ends
    dates: frozenset[str] = frozenset()  # month and weekday names: "… Commission on June 12" ends at "Commission"
    lower_links: tuple[tuple[str, ...], ...] = ()  # "en", "dans le domaine": go on into lower-case words only
    agreements: tuple[str, ...] = ()  # agreement phrases ("accord", "memorandum"): a name opening so is a deal
    openers: frozenset[str] = frozenset()  # "of", "for", "de": the head word of a name comes before the first
    portfolios: frozenset[str] = frozenset()  # folded portfolio words ("ict"): an acronym that is one is no name
    ministries: frozenset[str] = frozenset()  # folded one-word heads of ministries ("ministry", "ministere")
    plural_titles: frozenset[str] = frozenset()  # "directors": a "Board of Directors" is no state's body
    national_heads: frozenset[str] = frozenset()  # "centre": a state's body when a demonym or "National" opens it
    national_openers: frozenset[str] = frozenset()  # "national": opens the name of a state's body
    national_not: tuple[str, ...] = ()  # "research": a centre of research is no state's body
    several_states: frozenset[str] = frozenset()  # "inter-american": names a body of several states
    demonyms: frozenset[str] = frozenset()  # folded demonyms ("ukrainian"): after "and", the next phrase's word
    countries: frozenset[str] = frozenset()  # folded one-word names and demonyms of countries ("bangladesh")
    genitive: frozenset[str] = frozenset()  # "'s": inside a country's long form ("of the People's Republic")
    legal_forms: frozenset[str] = frozenset()  # "corporation", "group": a company's name ends at them
    purpose_links: frozenset[str] = frozenset()  # "for": after a legal form and "the", the company's purpose

    @classmethod
    def of(cls, lexicon: Lexicon, language: str) -> NameWords:
        foreign = lexicon.name_words.connectors if lexicon.name_words else []
        openers = "|".join(re.escape(w) for w in sorted(lexicon.all_words("central_bank_openers"), key=len))
        return cls(frozenset(lexicon.all_words("name_connectors") | set(foreign)),
                   frozenset(lexicon.all_words("definite")), frozenset(lexicon.all_words("coordinators")),
                   lexicon.packs[language].info.lower_case_name_tails,
                   re.compile(rf"^({openers})\s*[A-ZÀ-Ý][\w'-]*( [A-ZÀ-Ý][\w'-]*)?$"),
                   frozenset(w.split()[0].lower() for w in lexicon.all_words("central_bank_openers")),
                   frozenset(h for words in lexicon.honorifics.values() for h in words), date_words(lexicon),
                   tuple(tuple(p.split()) for p in lexicon.words(language).name_lower_links),
                   tuple(f"{phrase} " for phrases in lexicon.agreements.values() for phrase, label in phrases
                         if label != "reference"),
                   frozenset(lexicon.all_words("portfolio_openers")), frozenset(lexicon.portfolio_words()),
                   frozenset(lexicon.ministry_heads()),
                   frozenset(p for plurals in lexicon.plural_roles.values() for p in plurals),
                   *_national_words(lexicon, language), demonyms=_demonyms(lexicon),
                   countries=frozenset(word for word in lexicon.country_words() if " " not in word),
                   genitive=frozenset(g.replace("’", "'") for g in lexicon.all_words("genitive")),
                   legal_forms=frozenset(lexicon.words(language).company_suffixes),
                   purpose_links=frozenset(lexicon.words(language).purpose_links))


def _demonyms(lexicon: Lexicon) -> frozenset[str]:
    """Folded demonyms of every pack: the country words that are no country's name."""
    names = lexicon.country_names()
    return frozenset(word for word in lexicon.country_words() if word not in names)


def _national_words(lexicon: Lexicon, language: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...],
                                                               frozenset[str]]:
    """The pack's organisation heads that a demonym or a national word makes a state's, those words, the
    words that keep such a name an organisation, and the words of a body of several states."""
    heads = lexicon.packs[language].heads if language in lexicon.packs else None
    if heads is None:
        return frozenset(), frozenset(), (), frozenset()
    return (frozenset(fold(w) for w in heads.national_heads), frozenset(fold(w) for w in heads.national_openers),
            tuple(fold(w) for w in heads.national_exceptions), frozenset(fold(w) for w in heads.several_states))


def date_words(lexicon: Lexicon) -> frozenset[str]:
    """Month and weekday names of every pack, lower case."""
    if lexicon.dates is None:
        return frozenset()
    tables = [*lexicon.dates.months.values(), *lexicon.dates.weekdays.values()]
    return frozenset(word.lower() for names in tables for name in names for word in name.split("|"))


def capitalised_names(doc: Any, lexicon: Lexicon, language: str, people: frozenset[int] = frozenset(),
                      known: frozenset[int] = frozenset(), words: NameWords | None = None,
                      titles: frozenset[int] = frozenset(), full_names: frozenset[int] = frozenset()) -> list[Found]:
    """"Japan International Cooperation Agency", "Agence coréenne de coopération …".

    A name never runs into a person's name or a title ("European Commission Executive Vice
    President"), nor past "and" / "et" into a known organisation (character offsets where those
    start); a run that opens with a title is no name, nor does one start on a word of a person's
    full name (`full_names`: "Ashutosh Chadha, Group Head" is no "Group").
    """
    w = words or NameWords.of(lexicon, language)
    heads = lexicon.name_heads.get(language, [])
    tk = tokens_of(doc)
    stops = people | titles
    result = []
    i = 0
    while i < len(tk):
        if not _may_open(tk.text[i]) or tk.idx[i] in full_names:
            i += 1
            continue
        end = _title_run(tk, i, w, stops, known)
        if end - i >= 2 and tk.idx[i] in titles:
            i = _body_after_title(tk, i, end, heads, w, known)  # "Minister of Information Society and Administration"
        elif end - i >= 2 and _title_portfolios(tk, i, end, w, titles):
            i = end
        elif end - i >= 2:
            for start, stop in _split(tk, i, end, heads, w, known):
                found = _joint(tk, start, _named(tk, _prefixed(tk, start), stop, heads, lexicon, w))
                if found:
                    result.append(found)
            i = end
        else:
            i += 1
    return result


def _may_open(text: str) -> bool:
    """Whether a run of capitalised words may start on a word: its first or second letter is a capital,
    or its first a title-case letter (`_capital`, `_name_opener`): a cheap test before `_title_run`."""
    return text[:1].isupper() or text[1:2].isupper() or text[:1].istitle()


def _body_after_title(tk: Tokens, i: int, end: int, heads: list[tuple[str, EntityType]], w: NameWords,
                      known: frozenset[int]) -> int:
    """Where the names of a run that opens with a title start: "Minister of Information Society and
    Administration" is a title, no body; "CEO of the Cyber Security Agency": the body after its "of the"."""
    for k in range(i + 1, end - 2 if not w.lower_tails else i + 1):  # French bodies: the roles' own layer
        if tk.lower[k] in w.connectors and (tk.lower[k + 1] in w.leading or fold(tk.text[k + 1]) in w.countries):
            start = k + 2 if tk.lower[k + 1] in w.leading else k + 1  # "Chairman of Bangladesh … Commission"
            body = tk.span_text(start, end)
            ministry = any(fold(word) in w.ministries for word in body.split())  # the ministries' own layer
            state = _head_kind(body, heads, w.openers) is EntityType.GOVERNMENT_BODY \
                and not any(word in w.plural_titles for word in body.lower().split())
            country = fold(tk.text[start]) in w.countries  # "of the Bangladesh … Commission": a country opens it
            return start if state and not ministry and (tk.idx[start] not in known or country) else end
    return end


def _title_portfolios(tk: Tokens, i: int, end: int, w: NameWords, titles: frozenset[int]) -> bool:
    """"Polish Administration and Digitisation Minister": where names end at their head, portfolio words
    right before a title (a demonym first) are the title's portfolios, no body."""
    words = {*w.connectors, *w.coordinators}
    return not w.lower_tails and end < len(tk) and tk.idx[end] in titles \
        and all(fold(tk.text[k]) in w.portfolios or tk.lower[k] in words for k in range(i + 1, end))


def _title_run(tk: Tokens, i: int, w: NameWords, people: frozenset[int] = frozenset(),
               known: frozenset[int] = frozenset()) -> int:
    """End of a run of capitalised words from token i, with connectors inside it; it stops before a known
    organisation or country after "and" or a comma ("University of Fiji, Cisco and …", "…, Uzbekistan")."""
    if not (_capital(tk, i) or _name_opener(tk, i, w)) or tk.lower[i] in w.leading or tk.lower[i] in w.dates:
        return i  # "(On) Friday the Federal Cabinet …": no name starts on a weekday or a month
    end = i + 1
    while end < len(tk) and end - i < 16 and tk.idx[end] not in people and tk.text[end] not in w.honorifics \
            and f"{tk.text[end]} {tk.text[end + 1] if end + 1 < len(tk) else ''}" not in w.honorifics \
            and not (tk.idx[end] in known and (_after_coordinator(tk, end, w) or tk.text[end - 1] == ",")):
        if _capital(tk, end) or _lower_tail(tk, i, end, w) or _connector(tk, end, w) or _hyphen_tail(tk, i, end, w) \
                or _linked_article(tk, i, end, w) or _long_form_genitive(tk, i, end, w) or _capital_hyphen(tk, end, w):
            end += 1
        elif link := _lower_link(tk, end, w):
            end += link
        else:
            break
    while end > i:  # no name ends on a connector, a comma or a link ("… dans le domaine")
        link = next((len(p) for p in w.lower_links if tuple(tk.lower[max(0, end - len(p)) : end]) == p), 0)
        if tk.lower[end - 1] in w.connectors or tk.text[end - 1] == "," or _trailing_demonym(tk, i, end, w) \
                or (end - i > 1 and tk.lower[end - 1] in w.leading):
            end -= 1
        elif link:
            end -= link
        else:
            break
    return end


def _linked_article(tk: Tokens, i: int, k: int, w: NameWords) -> bool:
    """"Agence … pour le Sud de l'Ontario", "Agence italienne pour le commerce extérieur": an article that
    is no connector of its own goes on after a connector other than "and", into a word the name goes on
    with."""
    return k > i + 1 and k + 1 < len(tk) and tk.lower[k] in w.leading and tk.lower[k - 1] in w.connectors \
        and tk.lower[k - 1] not in w.coordinators and tk.lower[k + 1] not in w.dates \
        and not tk.text[k - 1][:1].isupper() and _continues(tk, k + 1, w)


def _long_form_genitive(tk: Tokens, i: int, k: int, w: NameWords) -> bool:
    """"… of the (Democratic) People's Republic of Korea": a genitive mark between two capitalised words, one
    or two of them after a connector and an article, is inside a country's long form: the name goes on."""
    if not (k - i >= 3 and k + 1 < len(tk) and tk.text[k].replace("’", "'") in w.genitive and _capital(tk, k + 1)):
        return False
    opener = k - 2 if not _capital(tk, k - 2) else k - 3  # the article before one or two capitalised words
    return opener > i and all(_capital(tk, j) for j in range(opener + 1, k)) and tk.lower[opener] in w.leading \
        and tk.lower[opener - 1] in w.connectors


def _trailing_demonym(tk: Tokens, i: int, end: int, w: NameWords) -> bool:
    """"… Authority and Ukrainian officials": a demonym after "and" (or "and the") at the end of a run
    opens the next phrase, it is no word of the name."""
    return end - i > 2 and fold(tk.text[end - 1]) in w.demonyms and tk.lower[end - 2] in {*w.coordinators, *w.leading}


def _prefixed(tk: Tokens, i: int) -> int:
    """"e-Governance Academy" tokenised "e", "-", "Governance": the name starts at its one-letter prefix;
    "Korea-Africa Foundation": at the capitalised word (no acronym) hyphened to its first one."""
    if i >= 2 and joined_hyphen(tk, i - 1) and len(tk.text[i - 2]) == 1 and tk.is_lower[i - 2] \
            and (i == 2 or tk.space[i - 3]):
        return i - 2
    if i >= 2 and joined_hyphen(tk, i - 1) and tk.alpha[i - 2] and tk.text[i - 2].istitle() \
            and (i == 2 or tk.space[i - 3]):  # not an acronym: "EU-Japan" names both
        return i - 2
    return i


def _joint(tk: Tokens, start: int, found: Found | None) -> Found | None:
    """"ASEAN-Japan Centre", "ASEAN-Korea Academy": an organisation's name that starts on a word hyphened
    to an acronym names one joint organisation, the acronym included (a body's does not: "EU-Japan … Council")."""
    if found is None or found.term.type is not EntityType.ORGANIZATION or found.start != tk.idx[start] \
            or start < 2 or not joined_hyphen(tk, start - 1) or not _acronym(tk.text[start - 2]) \
            or (start > 2 and not tk.space[start - 3]):
        return found
    name = f"{tk.text[start - 2]}-{found.text}"
    term = Term(entity_id(EntityType.ORGANIZATION, name), EntityType.ORGANIZATION, name, country=found.term.country)
    return Found(tk.idx[start - 2], found.end, name, term, found.source)


def _after_coordinator(tk: Tokens, k: int, w: NameWords) -> bool:
    """"… and Safaricom", "… et la Banque mondiale", "… et de Gabon Télécom"."""
    before = k - 1
    while before > k - 3 and before > 0 and (tk.lower[before] in w.leading or (
            tk.lower[before] in w.connectors and tk.lower[before] not in w.coordinators)):
        before -= 1
    return before > 0 and tk.lower[before] in w.coordinators


def _connector(tk: Tokens, k: int, w: NameWords) -> bool:
    if k + 1 >= len(tk):
        return False
    if tk.lower[k] == ",":  # a list inside a name goes on with a capital: "Postes, Télécommunications et …"
        if tk.lower[k + 1] in w.leading:
            return False  # "États-Unis, la Banque …": an apposition, no list inside one name
        return _capital(tk, k + 1) or (tk.lower[k + 1] in w.connectors and k + 2 < len(tk) and _capital(tk, k + 2))
    if tk.lower[k] in w.coordinators and tk.lower[k + 1] in w.leading and k + 2 < len(tk) and tk.is_lower[k + 2]:
        return False  # "Algérie Télécom et l'italien Sparkle": a new noun phrase starts
    return tk.lower[k] in w.connectors and tk.lower[k + 1] not in w.dates and _continues(tk, k + 1, w)


def _split(tk: Tokens, start: int, end: int, heads: list[tuple[str, EntityType]],
           w: NameWords, known: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Two names joined by "and" / "et" / "," when each has a head word of its own, or the first is one
    known word ("Cisco and Telecom Centre"); first where the second name opens with its head ("Ministry of
    Trade and Industry, Ministry of Communications")."""
    for k in range(start + 1, end - 1):
        if tk.text[k] == "," and _head(tk.text[k + 1], heads) and _head(tk.span_text(start, k), heads):
            return [(start, k), *_split(tk, k + 1, end, heads, w, known)]
    # "University of Malta, MCAST", "Department of ICT, NICTA, and NBC": a list goes on with an acronym
    if (left := _listed_acronym(tk, start, end, w)) is not None and _head(tk.span_text(start, left), heads):
        return [*_split(tk, start, left, heads, w, known), (end - 1, end)]
    for k in range(start + 1, end - 1):
        if tk.lower[k] in w.coordinators and tk.lower[k + 1] in w.leading and _head(tk.span_text(k + 2, end), heads):
            # "République démocratique du Congo et la Banque mondiale": a second name starts
            return [(start, k), *_split(tk, k + 2, end, heads, w, known)]
    # The last place where both sides have a head word: "Ministry of ICT and Innovation, and Germany
    # Development Agency" splits before "and Germany", not inside the ministry's portfolios.
    for k in range(end - 2, start, -1):
        if (tk.lower[k] in w.coordinators or tk.lower[k] == ",") and _head(tk.span_text(k + 1, end), heads) \
                and not _inside_portfolios(tk, k, end, w) \
                and (_head(tk.span_text(start, k), heads) or (k == start + 1 and tk.idx[start] in known)):
            left = k - 1 if tk.text[k - 1] == "," else k
            return [*_split(tk, start, left, heads, w, known), (k + 1, end)]
    return [(start, end)]


def _inside_portfolios(tk: Tokens, k: int, end: int, w: NameWords) -> bool:
    """"Polish Administration and Digitisation Ministry": where names end at their head, a coordinator
    between portfolio words of a ministry named by them joins its portfolios, it splits no names."""
    return not w.lower_tails and k > 0 and fold(tk.text[end - 1]) in w.ministries \
        and all(fold(tk.text[j]) in w.portfolios for j in (k - 1, *range(k + 1, end - 1)))


def _listed_acronym(tk: Tokens, start: int, end: int, w: NameWords) -> int | None:
    """Where the name before a last acronym of a list ends (", NBC", ", and NBC", "and BMDV"); none when
    the acronym is a portfolio word ("Ministry of Science and ICT")."""
    if end - start <= 3 or not _acronym(tk.text[end - 1]) or fold(tk.text[end - 1]) in w.portfolios:
        return None
    left = end - 2 if tk.text[end - 2] == "," or tk.lower[end - 2] in w.coordinators else None
    if left is not None and tk.lower[left] in w.coordinators and tk.text[left - 1] == ",":
        left -= 1
    return left


def _acronym(text: str) -> bool:
    """"MCAST", "UM6P": a word in capitals (digits allowed), a name of its own, never a portfolio word."""
    return len(text) >= 3 and text.isupper() and text.isalnum()


def _continues(tk: Tokens, k: int, w: NameWords) -> bool:
    if tk.lower[k] in w.connectors and k + 1 < len(tk):
        return _capital(tk, k + 1) or (w.lower_tails and tk.alpha[k + 1])
    return _capital(tk, k) or (w.lower_tails and tk.is_lower[k] and (tk.alpha[k] or _hyphenated(tk.text[k]))
                               and tk.doc[k].pos_ != "VERB")


def _lower_tail(tk: Tokens, start: int, k: int, w: NameWords) -> bool:
    """Names of some languages go on in lower case ("Agence spatiale égyptienne") after a capitalised head."""
    return (w.lower_tails and tk.is_lower[k] and tk.alpha[k] and k - start < 11
            and tk.doc[k].pos_ in ("ADJ", "NOUN") and tk.lower[k] not in w.dates)  # "… Télécom mardi"


def _hyphen_tail(tk: Tokens, start: int, k: int, w: NameWords) -> bool:
    """"Centre tuniso-indien", "… des cyber-technologies": lower-case words joined by a hyphen."""
    if not w.lower_tails or k == start or k + 1 >= len(tk):
        return False
    if joined_hyphen(tk, k):
        return tk.is_lower[k - 1] and tk.is_lower[k + 1] and tk.alpha[k + 1]
    return _hyphenated(tk.text[k]) and tk.doc[k].pos_ in ("ADJ", "NOUN")


def _capital_hyphen(tk: Tokens, k: int, w: NameWords) -> bool:
    """"… de Nouvelle-Calédonie", "… des Alpes-Maritimes": a hyphen glued between two capitalised words, the
    first after a connector (a place the name is of, not a second name listed: "…, Bpi-France"), neither of
    them a country's name."""
    if not (joined_hyphen(tk, k) and k >= 3 and tk.text[k - 1][:1].isupper() and _capital(tk, k + 1)) \
            or fold(tk.text[k - 1]) in w.countries or fold(tk.text[k + 1]) in w.countries:
        return False  # "… on Japan-India …": a pair of countries
    link = k - 3 if tk.lower[k - 2] in w.leading else k - 2  # "de la Nouvelle-…", "of the Alpes-…"
    return tk.lower[link] in w.connectors and tk.lower[link] not in w.leading and tk.lower[link] not in w.coordinators


def _hyphenated(text: str) -> bool:
    """"cyber-technologies": lower-case words joined by hyphens in one token."""
    parts = text.split("-")
    return len(parts) > 1 and all(p.isalpha() and p.islower() for p in parts)


def _lower_link(tk: Tokens, k: int, w: NameWords) -> int:
    """"Réseau … des ministres en charge de …", "Association … dans le domaine du logiciel libre": a
    phrase of the pack that goes on only into a lower-case word, never into a place ("en Tunisie")."""
    for phrase in w.lower_links:
        after = k + len(phrase)
        if after < len(tk) and tuple(tk.lower[k:after]) == phrase and tk.is_lower[after] and tk.alpha[after] \
                and tk.doc[after].pos_ in ("NOUN", "ADP", "DET"):
            return len(phrase)
    return 0


def _capital(tk: Tokens, i: int) -> bool:
    """A capitalised word (or "eGovernment"); not one whose hyphen hangs before a space ("(MENAFN- Trend …)":
    a source set off before another name)."""
    text = tk.text[i]
    camel = text[:1].islower() and text[1:2].isupper() and tk.alpha[i]  # "eGovernment", "iGA"
    return (text[:1].isupper() or camel) and (tk.alpha[i] or "-" in text) and not tk.sent_start[i] \
        and not (text.endswith("-") and tk.space[i])


def _name_opener(tk: Tokens, i: int, w: NameWords) -> bool:
    """"Communications Authority of Maldives signed …": where names open with their own words (English), the
    capitalised first word of a sentence opens a name when the parse binds it to the capitalised word after
    it (a modifier of it, or a name that word goes on)."""
    if w.lower_tails or not tk.sent_start[i] or i + 1 >= len(tk) or not tk.alpha[i] or not tk.text[i].istitle() \
            or not _capital(tk, i + 1):
        return False
    word, after = tk.doc[i], tk.doc[i + 1]
    return (word.head.i == i + 1 and word.dep_ in ("compound", "amod")) or (after.head.i == i and after.dep_ == "flat")


def _head(text: str, heads: list[tuple[str, EntityType]]) -> EntityType | None:
    """The kind of the first head word (or words) standing whole in the text."""
    if " " not in text:  # one word (a token): a head is found in it only by being it
        return next((kind for head, kind in heads if head == text), None)
    words = f" {text} "
    for head, kind in heads:
        if f" {head} " in words:
            return kind
    return None


def _head_kind(name: str, heads: list[tuple[str, EntityType]], openers: frozenset[str]) -> EntityType | None:
    """The kind of a name's head: of the head words before its first "of" / "for" / "de", the last one
    ("Caribbean Centre for Development Administration": a centre, not an administration; "Agence
    nationale de l'Aviation civile": an agency), else any head word of the name."""
    words = name.split()
    first = next((i for i, word in enumerate(words) if i and word.lower() in openers), len(words))
    cut, text = len(" ".join(words[:first])), f" {name} "  # heads start before the first opener
    ends = [(text.find(f" {head} ") + len(head), kind) for head, kind in heads
            if -1 < text.find(f" {head} ") < cut]  # "Agence de presse" goes on through its "de"
    if not ends:
        return _head(name, heads)
    latest = max(end for end, _ in ends)
    return next(kind for end, kind in ends if end == latest)


def _named(tk: Tokens, start: int, end: int, heads: list[tuple[str, EntityType]],
           lexicon: Lexicon, w: NameWords) -> Found | None:
    end = _before_person(tk, start, _head_end(tk, start, end, heads, w), heads, lexicon, w)
    if f"{tk.span_text(start, end).lower()} ".startswith(w.agreements):
        return None  # "Accord de Partenariat Stratégique …" names a deal, not its parties
    if (ministry := _portfolio_ministry(tk, start, end, lexicon, w)) is not None:
        return ministry
    start = _after_descriptor(tk, start, end, heads, w)
    start, country = _after_demonym(tk, start, end, heads, lexicon, w)
    name = tk.span_text(start, end)
    kind = _head_kind(name, heads, w.openers)
    if kind is None or end - start < 2:
        return None
    country = country or _country(name, lexicon)
    if kind is EntityType.ORGANIZATION and country and (w.national_bank.match(name) or _state_bank(name, lexicon, w)):
        kind = EntityType.GOVERNMENT_BODY  # "Bank of Mauritius", "Banque du Liban": a central bank
    if kind is EntityType.GOVERNMENT_BODY and not country and _organ_of_organisation(tk, start, end, lexicon, w):
        kind = EntityType.ORGANIZATION  # "Commission de l'Uemoa": an organ of a union of states, not a state's
    if kind is EntityType.ORGANIZATION and _national(tk, start, end, name, lexicon, w):
        kind = EntityType.GOVERNMENT_BODY
    elif kind is EntityType.GOVERNMENT_BODY and _of_several_states(name, country, lexicon, w):
        kind = EntityType.ORGANIZATION
    term = Term(entity_id(kind, name), kind, name, country=country)
    return Found(tk.idx[start], tk.idx[start] + len(name), name, term, "pattern")


def _national(tk: Tokens, start: int, end: int, name: str, lexicon: Lexicon, w: NameWords) -> bool:
    """"Estonian IT Center", "National Cyber Security Centre", "Institut haïtien de …": a centre or an
    institute named by a country's demonym (in its words before "of", or right before it) or by a
    national word is a state's body, unless a word of a research centre or a university is in it
    ("Indian Institute of Technology", "Institut coréen de recherche …")."""
    words = fold(name).split()
    first = next((i for i, word in enumerate(words) if i and word in w.openers), len(words))
    text = f" {' '.join(words)} "
    if not any(word in w.national_heads for word in words[:first]) or any(f" {x} " in text for x in w.national_not):
        return False
    countries, names = lexicon.country_words(), lexicon.country_names()
    before = fold(tk.text[start - 1]) if start > 0 else ""
    return any(word in w.national_openers or (word not in names and word in countries) for word in words[:first]) \
        or (before not in names and before in countries)


def _of_several_states(name: str, country: str | None, lexicon: Lexicon, w: NameWords) -> bool:
    """"Qatari-Saudi Coordination Council", "Inter-American Telecommunication Commission", "Conseil africain
    des …": a body of two countries joined by a hyphen, or one named by a word of several states or of a
    continent and by no country, is an organisation (a ministry is a state's: "Ministry for Europe …")."""
    countries = lexicon.country_words()
    words = fold(name).split()
    for word in words:
        parts = word.split("-")
        if word in w.several_states or (len(parts) == 2 and all(part in countries for part in parts)):
            return True
    return not country and words[0] not in w.ministries and any(word in lexicon.regions for word in words[1:])


def _portfolio_ministry(tk: Tokens, start: int, end: int, lexicon: Lexicon, w: NameWords) -> Found | None:
    """"the Moldovan Information Technology and Communications Ministry": where names end at their head
    (English), portfolios before a ministry's head word name the "Ministry of …" of those portfolios, as
    its usual name does; a country's name or demonym before them is its country (read later), not its name."""
    if w.lower_tails or end - start < 2 or fold(tk.text[end - 1]) not in w.ministries:
        return None
    begin = start + 1 if fold(tk.text[start]) in lexicon.country_words() else start
    words = {*w.connectors, *w.coordinators, ","}
    if begin >= end - 1 or any(tk.lower[k] not in words and fold(tk.text[k]) not in w.portfolios
                               for k in range(begin, end - 1)):
        return None
    portfolios = portfolio_of(tk.span_text(begin, end - 1), lexicon)
    if not portfolios:
        return None
    text, said = tk.span_text(begin, end), tk.span_text(begin, end - 1)
    named = {*fold(" ".join(portfolios)).split(), *w.connectors, *w.coordinators}
    if any(word not in named for word in fold(said).split()):  # "Administration and Digitisation": its own words
        return Found(tk.idx[begin], tk.idx[begin] + len(text), text, ministry_named(ministry_name([said]), lexicon),
                     "pattern")
    return Found(tk.idx[begin], tk.idx[begin] + len(text), text, ministry_term(portfolios, lexicon), "pattern")


def _state_bank(name: str, lexicon: Lexicon, w: NameWords) -> bool:
    """A bank named by a country after its bank word ("State Bank of Vietnam", "Bank of the Lao PDR", "Bank
    Negara Malaysia"): a state's bank; a country named before the word only says where a company works
    ("Ruritania Commercial Bank")."""
    words = name.split()
    at = next((i for i, word in enumerate(words) if word.lower() in w.banks), None)
    return at is not None and lexicon.country_in(" ".join(words[at + 1:])) is not None


def _organ_of_organisation(tk: Tokens, start: int, end: int, lexicon: Lexicon, w: NameWords) -> bool:
    """A body's head word whose complement, after one of its connectors and an article, is an organisation
    the lexicon knows ("Commission de l'UA", "Secretariat of the OECD"); a body whose name opens with
    such an organisation's name ("European Union Agency for …", "United Nations Office of …")."""
    if any(fold(tk.span_text(start, k)) in lexicon.organisation_names() for k in range(start + 1, end)):
        return True
    for k in range(start + 1, end - 1):
        if tk.lower[k] in w.connectors and tk.lower[k] not in w.coordinators:
            after = k + 1
            while after < end - 1 and (tk.lower[after] in w.leading or tk.lower[after].rstrip("'’") + "'" in w.leading):
                after += 1
            if any(fold(tk.span_text(after, e)) in lexicon.organisation_names() for e in range(after + 1, end + 1)):
                return True  # "Conseil des ministres de la SADC", "Commission des Nations unies pour …" too
    return False


def _after_descriptor(tk: Tokens, start: int, end: int, heads: list[tuple[str, EntityType]], w: NameWords) -> int:
    """"Public Legal Entity of the State Agency for …", "(directeur général) Afrique du Groupe Nec Xon":
    words with no head before "of the" (or, where names open with their head, before "du") describe
    the name that follows; so does one such word before a bare "of" or "for" ("Officials of Acme University")."""
    for k in range(start + 1, end - 1):
        if tk.lower[k] in w.connectors and tk.lower[k] not in w.coordinators:
            after = k + 2 if tk.lower[k + 1] in w.leading else k + 1
            rest = tk.text[after] if w.lower_tails else tk.span_text(after, end)
            if (after > k + 1 or w.lower_tails or (k == start + 1 and tk.lower[k] in w.openers)) and after < end \
                    and not _head(tk.span_text(start, k), heads) \
                    and _capital(tk, after) and _head(rest, heads):
                return after
            return start
    return start


def _after_demonym(tk: Tokens, start: int, end: int, heads: list[tuple[str, EntityType]], lexicon: Lexicon,
                   w: NameWords) -> tuple[int, str | None]:
    """"Peruvian Secretariat of Digital Government": where names open with their words (English), a
    demonym before a head word, or before a body the lexicon knows, is the body's country, not its name."""
    first = fold(tk.text[start])
    country_id = lexicon.country_words().get(first)
    if w.lower_tails or end - start < 3 or not country_id or first in lexicon.country_names():
        return start, None
    rest = tk.span_text(start + 1, end)
    if _head(tk.text[start + 1], heads) or lexicon.known(entity_id(EntityType.GOVERNMENT_BODY, rest)):
        return start + 1, country_id.split("/")[1]
    return start, None


def _head_end(tk: Tokens, start: int, end: int, heads: list[tuple[str, EntityType]], w: NameWords) -> int:
    """"World Bank Country Director": where names end at their head word (English), capitalised words
    after the last head, with no connector among them, are a title or a headline, not the name."""
    if w.lower_tails:
        return end
    last = max((k for k in range(start, end) if _head(tk.text[k], heads)), default=None)
    if last is not None and (comma := _name_after_comma(tk, last, end, w)) is not None:
        return comma
    if last is not None and last > start and _legal_form_then_purpose(tk, last, end, w):
        return last + 1
    if last is None or last == start or any(not tk.alpha[k] or tk.lower[k] in w.connectors
                                            for k in range(last + 1, end)):
        return end
    return last + 1


def _legal_form_then_purpose(tk: Tokens, last: int, end: int, w: NameWords) -> bool:
    """"… Export Corporation for the SMART Project", "Acme Group for the Digital …": a company's name ends at
    its legal form; a purpose link and an article after it open what the company works or signs for."""
    return last + 2 < end and tk.lower[last] in w.legal_forms and tk.lower[last + 1] in w.purpose_links \
        and tk.lower[last + 2] in w.leading


def _before_person(tk: Tokens, start: int, end: int, heads: list[tuple[str, EntityType]], lexicon: Lexicon,
                   w: NameWords) -> int:
    """"Parliament of Ruritania Jan Kowal", "Ministry of Youth and ICT Jan Kowal": where names end at their
    head (English), two to four capitalised words after a portfolio word or a country that ends a name with
    a connector, none of them a portfolio, head, connector or country word, are a person written after the
    body: the name ends before them."""
    if w.lower_tails:
        return end
    cut = end
    while cut > start and _plain_word(tk, cut - 1, heads, lexicon, w):
        cut -= 1
    if not 2 <= end - cut <= 4 or not any(tk.lower[k] in w.connectors for k in range(start + 1, cut - 1)):
        return end
    last = tk.text[cut - 1]  # "… and Climate Policy": a coordinator goes on into the name
    named = fold(last) in w.portfolios or lexicon.country_in(last)
    return cut if named and tk.lower[cut - 1] not in w.connectors else end


def _plain_word(tk: Tokens, k: int, heads: list[tuple[str, EntityType]], lexicon: Lexicon, w: NameWords) -> bool:
    """A capitalised word that is no portfolio, head, connector nor country word ("Kowal")."""
    text = tk.text[k]
    return tk.alpha[k] and text.istitle() and fold(text) not in w.portfolios and tk.lower[k] not in w.connectors \
        and _head(text, heads) is None and lexicon.country_in(text) is None


def _name_after_comma(tk: Tokens, last: int, end: int, w: NameWords) -> int | None:
    """"Ministry of Electronics and Information Technology, Ashwini Vaishnaw": capitalised words after a
    comma past the last head word, none a portfolio word nor a connector, are a person or a place set off
    after the name, not a list of its portfolios ("…, Co-operatives": the run stopped inside a word goes
    on): the name ends at the comma."""
    comma = max((k for k in range(last + 1, end - 1) if tk.text[k] == ","), default=None)
    if comma is None or joined_hyphen(tk, end):
        return None
    if any(not tk.alpha[k] or fold(tk.text[k]) in w.portfolios or tk.lower[k] in w.connectors
           for k in range(comma + 1, end)):
        return None
    return comma


def _country(name: str, lexicon: Lexicon) -> str | None:
    country_id = lexicon.country_in(name)
    return country_id.split("/")[1] if country_id else None


def outside_headline(found: list[Found], text: str, title: str) -> list[Found]:
    """Unknown names not on a line that repeats the headline: headline case capitalises verbs and
    common nouns ("Acme to Coach Ruritanian Ministry of Finance Staff in Cloud Skills", "EU and Brazil
    Strengthen Digital Partnership"), so a capitalised run there is no name."""
    headline = " ".join(title.split()).casefold()
    if not headline:
        return found
    lines, start = [], 0
    for line in text.split("\n"):
        if " ".join(line.split()).casefold() == headline:
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return [f for f in found if not any(a <= f.start < b for a, b in lines)]


def acronyms(text: str, found: list[Found]) -> list[Found]:
    """"National Information Technology Development Agency (NITDA)": later "NITDA" too."""
    result = []
    for named in found:
        if named.term.type not in (EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION):
            continue
        match = re.match(r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)", text[named.end : named.end + 16])
        if not match:
            continue
        acronym = match.group(1)
        for other in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            result.append(Found(other.start(), other.end(), acronym, named.term, "acronym"))
    return result


# "SEOUL, Nov. 10 (Yonhap) -- South Korea …", "Jakarta (VNA) – Minister …": a capitalised name in brackets
# before the dash and the capital that open the report's first sentence.
# "Accra, Oct 5, GNA – The Ministry …": an agency's acronym after the dateline's comma at a paragraph's start.
_DATELINE_AGENCY = re.compile(r"\(([A-Z][\w.+'’]*(?: [A-Z][\w.+'’]*){0,3})\)\s*(?:[–—]|--?)\s*(?=[A-Z])"
                              r"|^[A-Z][^\n(),]{0,30},[^\n(),]{0,20}, ([A-Z]{2,6}) ?(?:[–—]|--?) (?=[A-Z])", re.M)

# A credit written with the report's date: "(Acme News / Beta - 21st June, 2023)", "…, August 18 (ANI):".
_DATELINE_CREDIT = re.compile(r"\(\s*([A-Z][^()\n]{0,60}?)\s*[–—-]\s*"
                              r"\d{1,2}[a-z]{0,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}\s*\)"
                              r"|\d\s*\(([A-Z][\w-]{1,15})\)\s*:")


def dateline_agencies(text: str, found: list[Found]) -> list[Found]:
    """The news agency that files a report, named in brackets after its dateline, is an organisation;
    every other mention of that name too. A known name keeps its entity (the gazetteer found it), so does one
    the article names elsewhere by the same letters, a longer name wins over a shorter one inside it
    ("(Togo Officiel)" over "Togo"), and
    letters that spell out the words just before the bracket ("Guarantee Agency (MIGA)") are an acronym."""
    taken = {(f.start, f.end) for f in found}
    actors = (EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY)
    result: list[Found] = []
    for match in _DATELINE_AGENCY.finditer(text):
        group = match.lastindex or 1
        name, start = match.group(group), match.start(group)
        if (start, match.end(group)) in taken or _initials_before(text, start - 1, name):
            continue
        if any(f.text == name for f in result):
            continue
        term = next((f.term for f in found if f.text == name and f.term.type in actors),
                    Term(entity_id(EntityType.ORGANIZATION, name), EntityType.ORGANIZATION, name))
        for other in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if (other.start(), other.end()) not in taken:
                result.append(Found(other.start(), other.end(), name, term, "pattern"))
    return result


def credit_spans(text: str, credit: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Where a pack's `news_credit` pattern names an agency in the text: the span of whichever group matched."""
    if credit is None:
        return []
    return [m.span(m.lastindex) for m in credit.finditer(text) if m.lastindex]


def credited_agencies(text: str, found: list[Found], credit: re.Pattern[str] | None,
                      lexicon: Lexicon | None = None) -> list[Found]:
    """The news agency a pack's `news_credit` pattern finds at the head of a report ("أبوظبي (الاتحاد)",
    "مسقط- سانا", "…, le 3 mai 2024 /ACN/ -"), in whichever group matched: an organisation (the reference
    data's own where it knows the name, an Arabic name takes its romanised one), unless a name found there
    already says what it is ("التيار(نواكشوط)": the city; "فلسطين اليوم": the country's mention kept)."""
    result: list[Found] = []
    for start, end in credit_spans(text, credit):
        name = text[start:end]
        if any(f.start < end and start < f.end for f in found):
            continue
        result.append(Found(start, end, name, _agency_term(name, lexicon), "pattern"))
    return result


def _agency_term(name: str, lexicon: Lexicon | None) -> Term:
    """The organisation a credited agency's name stands for: the reference data's one of that name, else
    one of its own (an Arabic name romanised)."""
    known = [t for t in lexicon.named(name) if t.type is EntityType.ORGANIZATION] if lexicon else []
    if known:
        return known[0]
    title = romaniser().name(name) if is_arabic(name) else name
    return Term(entity_id(EntityType.ORGANIZATION, title or name), EntityType.ORGANIZATION, title or name)


def dateline_reporters(text: str, found: list[Found]) -> frozenset[str]:
    """The ids of the agencies named in a dateline's brackets: they file the report and are no party to
    its facts ("ABU DHABI, … (WAM) -- The … Authority … has signed …"), and of those a credit names with the
    date ("MOSCOW (Acme News / Beta - 21st June, 2023)", "New Delhi [India], August 18 (ANI):")."""
    spans = {(m.start(m.lastindex or 1), m.end(m.lastindex or 1)) for m in _DATELINE_AGENCY.finditer(text)}
    credits = [m.span(m.lastindex or 1) for m in _DATELINE_CREDIT.finditer(text)]
    actors = (EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY)
    return frozenset(f.id for f in found if f.term.type in actors and (
        (f.start, f.end) in spans or any(start <= f.start and f.end <= end for start, end in credits)))


def credited(text: str, found: list[Found], credit: re.Pattern[str] | None) -> frozenset[str]:
    """The ids of the organisations a news credit names ("… in Seoul. — Acme pic", "Picture from Twitter/Acme",
    "…, the minister told ACME."): the agency that took the picture or heard the words reports the news, it
    is no party to its facts. The first group of the pattern that matched names the agency."""
    spans = credit_spans(text, credit)
    return frozenset(f.id for f in found if f.term.type is EntityType.ORGANIZATION
                     and any(start <= f.start and f.end <= end for start, end in spans))


def news_agencies(found: list[Found], heads: list[str]) -> frozenset[str]:
    """The ids of the organisations whose name opens with a news agency's head ("وكالة الأنباء …"): they
    report the news, they are no party to its facts."""
    folded = [fold(h) for h in heads]
    return frozenset(f.id for f in found if f.term.type is EntityType.ORGANIZATION
                     and any(h in fold(f.text) for h in folded))


def press_agencies(found: list[Found], press_names: list[str]) -> frozenset[str]:
    """The ids of the organisations whose mention or name holds a word or name of the press ("News Agency",
    "Xinhua"), as whole words: they report the news, they are no party to its facts."""
    pattern = press_pattern(tuple(press_names))
    return frozenset(f.id for f in found if is_press(f, pattern))


@lru_cache(maxsize=8)
def press_pattern(press_names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern of a pack's words and names of the press, folded, as whole words; none without any."""
    names = "|".join(re.escape(fold(w)) for w in press_names)
    return re.compile(rf"\b(?:{names})\b") if names else None


def is_press(found: Found, pattern: re.Pattern[str] | None) -> bool:
    """Whether the mention or the name of an organisation holds a word or name of the press."""
    if pattern is None or found.term.type is not EntityType.ORGANIZATION:
        return False
    return pattern.search(fold(found.text)) is not None or pattern.search(fold(found.term.name)) is not None


def _initials_before(text: str, bracket: int, name: str) -> bool:
    """"Multilateral Investment Guarantee Agency (MIGA)": the bracket's letters open the words before it."""
    letters = [c for c in name if c.isupper()]
    words = re.findall(r"[\w'’-]+", text[max(0, bracket - 120) : bracket])[-len(letters) - 2 :]
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return len(letters) >= 2 and "".join(letters) in initials



def spelled_out(named: list[Found], text: str) -> list[Found]:
    """An unknown name followed by the acronym of a known body or organisation in brackets is that one's
    name written out ("Germany Development Agency (GIZ)"): its mention takes the known entity."""
    actors = (EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION)
    known = {f.start: f.term for f in named if f.source == "gazetteer" and f.term.type in actors}
    result = []
    for found in named:
        match = re.match(r"\s*\(", text[found.end : found.end + 3])
        term = known.get(found.end + match.end()) if match and found.source == "pattern" else None
        if term is not None and term.type in actors and found.term.type in actors and term.id != found.id:
            found = Found(found.start, found.end, found.text, term, found.source)
        result.append(found)
    return result


def defined_first(named: list[Found], defined: list[Found], lexicon: Lexicon) -> list[Found]:
    """An acronym the article defines ("l'Autorité de régulation … (ARCEP)" in a report on Togo) over
    the body or organisation the lexicon knows by the same letters when that one's country is neither
    named in the article nor in the defining name (France's Arcep); otherwise the known one first."""
    named_countries = {f.term.country for f in named if f.term.type is EntityType.COUNTRY}
    actors = (EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION)
    known = {(f.start, f.end): f.term.country for f in named
             if f.term.type in actors and f.term.country and f.term.country not in named_countries}
    first = [d for d in defined if (d.start, d.end) in known
             and lexicon.country_in(d.term.name) != f"country/{known[d.start, d.end]}"]
    spans = {(d.start, d.end) for d in first}
    return first + [f for f in named if (f.start, f.end) not in spans] + [d for d in defined if d not in first]
