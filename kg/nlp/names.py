"""Named things built from patterns: ministries from portfolios, policies, agreements."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.arabic import romaniser
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term, portfolio_of
from kg.nlp.schemas import WordsFile
from kg.nlp.text import fold, fold_arabic
from kg.nlp.tokens import Tokens, joined_hyphen, tokens_of

STOP = frozenset({",", ".", ";", ":", "(", ")", "«", "»", '"', "!", "?", "\n"})
CLOSING_QUOTES = frozenset({"'", "’", "”"})  # "the 'Coders Programme' and the …": the quoted name ends there
QUOTES = MappingProxyType({"«": "»", '"': '"', "'": "'"})  # ‘…’ is read as '…' (kg/nlp/text.py)
BUILT = "built"  # Term.kind of a body named from its portfolios, not from the reference data
PEOPLE = frozenset({"PER", "PERSON"})  # NER labels of a person's name
PLACES = frozenset({"GPE", "LOC"})  # NER labels of a place's name
YEAR = re.compile(r"^(19|20)\d\d([–-](19|20)\d\d)?$")  # "2030", "2022–2025"
GLUED_YEAR = re.compile(r"^(19|20)\d\d(?=$|[^\w])")  # a year, and whatever stop is glued to it ("2020.-VNA")


def ministry_name(portfolios: list[str], head: str = "Ministry of") -> str:
    """"Ministry of Communication, Telecommunications and Digital Affairs"."""
    portfolios = _as_listed(portfolios)
    if len(portfolios) <= 2:
        return f"{head} " + " and ".join(portfolios)
    return f"{head} " + ", ".join(portfolios[:-1]) + " and " + portfolios[-1]


def _as_listed(portfolios: list[str]) -> list[str]:
    """Portfolios as a name lists them: beside others, a pair of one-word portfolios is two items
    ("Digital Economy, Posts and Telecommunications", not "Digital Economy and Posts and …");
    "Information and Communication Technologies" stays one."""
    if len(portfolios) < 2:
        return portfolios
    listed: list[str] = []
    for portfolio in portfolios:
        parts = portfolio.split(" and ")
        pair = len(parts) == 2 and all(" " not in part for part in parts)
        listed += parts if pair else [portfolio]
    return listed


def ministry_term(portfolios: list[str], lexicon: Lexicon, head: str = "Ministry of") -> Term:
    return ministry_named(ministry_name(portfolios, head), lexicon)


def ministry_named(name: str, lexicon: Lexicon) -> Term:
    """The ministry of that name: the lexicon's own entry when it knows it, else one built here."""
    body_id = entity_id(EntityType.GOVERNMENT_BODY, name)
    return lexicon.known(body_id) or Term(body_id, EntityType.GOVERNMENT_BODY, name, kind=BUILT)


def ministries(doc: Any, lexicon: Lexicon, language: str) -> list[Found]:
    """"Ministère de la Transition numérique …" / "Ministry of Digital Transition …"."""
    heads = {h for h, kind in lexicon.heads.get(language, []) if kind == "ministry" and " " not in h}
    partitives = lexicon.words(language).partitives
    tk = tokens_of(doc)
    result = []
    coordinators = set(lexicon.words(language).coordinators)
    listed = _list_words(lexicon)
    name_heads = {head.lower() for head, _ in lexicon.name_heads.get(language, []) if " " not in head}
    for i, lower in enumerate(tk.lower):
        if lower not in heads or (i + 1 < len(tk) and tk.lower[i + 1] in coordinators):
            continue  # "the … Ministry and the Polish … Ministry": the head ends a name, it opens none
        end = i + 1
        while end < len(tk) and end - i < 16 and not _clause_verb(tk, end) and (
                tk.text[end] not in STOP or _list_goes_on(tk, end, lexicon, partitives)) \
                and not (end > i + 2 and tk.is_lower[end] and tk.alpha[end] and fold(tk.text[end]) not in listed):
            end += 1
        end = _next_ministry(tk, i, end, heads, lexicon.words(language))
        end = _country_end(tk, i, _next_named(tk, i, end, name_heads, lexicon.words(language)), lexicon)
        portfolios = portfolio_of(tk.span_text(i + 1, end), lexicon)
        if not portfolios:
            continue
        while end > i + 1 and portfolio_of(tk.span_text(i + 1, end - 1), lexicon) == portfolios:
            end -= 1
        text = tk.span_text(i, end)
        result.append(Found(tk.idx[i], tk.idx[i] + len(text), text, ministry_term(portfolios, lexicon), "pattern"))
    return result


def _list_words(lexicon: Lexicon) -> frozenset[str]:
    """The lower-case words a list of portfolios is written with: its portfolios' words and the small
    words between them ("de la", "et des", "chargé de"); any other ends it ("… et des Médias sur la
    cybersécurité")."""
    small = [*lexicon.all_words("name_connectors"), *lexicon.all_words("coordinators"),
             *lexicon.all_words("definite"), *lexicon.all_words("partitives"), *lexicon.all_words("portfolio_charges")]
    return frozenset({*lexicon.portfolio_words(), *(fold(word) for phrase in small for word in phrase.split())})


def _clause_verb(tk: Tokens, k: int) -> bool:
    """"the ministry added …", "le ministère a présenté …": a verb ends the name ("ministère chargé du
    Numérique" goes on: a participle)."""
    token = tk.doc[k]
    return token.pos_ == "AUX" or (token.pos_ == "VERB" and "Part" not in token.morph.get("VerbForm"))


def _next_ministry(tk: Tokens, i: int, end: int, heads: set[str], words: WordsFile) -> int:
    """"the Ministry of Trade and Industry, Ministry of Communications …", "the Ministry of Interior and
    the Ministry of Foreign Affairs": a list of ministries ends each one before the next."""
    joins = {",", *words.coordinators}
    for k in range(i + 2, end):
        if tk.lower[k] not in heads:
            continue
        before = k - 1 if tk.lower[k - 1] in {*words.definite, *words.partitives} else k
        if tk.lower[before - 1] in joins:
            return before - 1
    return end


def _next_named(tk: Tokens, i: int, end: int, heads: set[str], words: WordsFile) -> int:
    """"the Ministry of Communications and the Digital Transformation Centre", "… and the UK's Department
    for …": a coordinator and an article before a capitalised name (a genitive marker inside it) that ends
    with a body's or an organisation's one-word head (`heads`, lower case) end the ministry."""
    genitive: set[str] = set()
    for k in range(i + 2, end - 2):
        if tk.lower[k] not in words.coordinators or tk.lower[k + 1] not in words.definite:
            continue
        genitive = genitive or {fold(g) for g in words.genitive}  # read only where a coordinator opens a name
        last = k + 2
        while last < end and (tk.text[last][:1].isupper() or (last > k + 2 and fold(tk.lower[last]) in genitive)) \
                and tk.lower[last] not in heads:
            last += 1
        if last < end and last > k + 2 and tk.lower[last] in heads and tk.text[last][:1].isupper():
            return k - 1 if tk.text[k - 1] == "," else k
    return end


def _country_end(tk: Tokens, i: int, end: int, lexicon: Lexicon) -> int:
    """A ministry's name ends with its country or a line break: "Ministry of ICT of Papua New Guinea on
    cooperation" does not take "cooperation" as a portfolio, nor the next paragraph's title its words."""
    names = lexicon.country_names()
    for k in range(i + 1, end):
        if "\n" in tk.text[k]:
            return k
        size = next((n for n in (3, 2, 1) if k + n <= end and fold(tk.span_text(k, k + n)) in names), 0)
        if size:
            return k + size
    return end


def _list_goes_on(tk: Tokens, k: int, lexicon: Lexicon, partitives: list[str]) -> bool:
    """A comma inside a list of portfolios ("des Postes, Télécommunications et Numérique")."""
    if tk.text[k] != "," or k + 1 >= len(tk):
        return False
    following = tk.text[k + 1]
    if following.lower() in lexicon.all_words("coordinators") and k + 2 < len(tk):  # "…, and the Digital Economy"
        first = k + 3 if tk.lower[k + 2] in lexicon.all_words("definite") and k + 3 < len(tk) else k + 2
        return fold(tk.text[first]) not in lexicon.country_words() and bool(  # not "…, and Turkish … Agency"
            portfolio_of(tk.span_text(k + 2, min(k + 6, len(tk))), lexicon))
    return following.lower() in partitives or (
        following[:1].isupper() and bool(portfolio_of(tk.span_text(k + 1, min(k + 4, len(tk))), lexicon)))


@dataclass(frozen=True)
class PolicyWords:
    """The words around policy names in one language ("la stratégie", "Strategy of Poland until 2035")."""

    leading: frozenset[str]
    apposition: frozenset[str]
    links: frozenset[str]
    function: frozenset[str]
    coordinators: frozenset[str]
    breaks: tuple[tuple[str, str], ...]
    openers: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    brands: frozenset[str] = frozenset()
    list_openers: tuple[tuple[str, ...], ...] = ()
    events: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: WordsFile) -> PolicyWords:
        breaks = tuple((a, b) for phrase in words.modifier_breaks for a, b in [phrase.split(maxsplit=1)])
        return cls(frozenset(words.policy_leading), frozenset(words.apposition_determiners),
                   frozenset(words.policy_links), frozenset(words.function_words), frozenset(words.coordinators),
                   breaks, frozenset(words.policy_openers), frozenset(words.policy_generic),
                   frozenset(words.policy_definite), frozenset(words.policy_qualifiers),
                   frozenset(words.policy_titles), frozenset(words.policy_complements),
                   frozenset(words.policy_brands),
                   tuple(tuple(o.lower().split()) for o in words.policy_list_openers),
                   frozenset(w.lower() for w in words.event_words))


def policies(doc: Any, cue: re.Pattern[str], words: PolicyWords, named: Any = None) -> list[Found]:
    """Named strategies and plans: quoted names near a policy word, or capitalised names.

    `named(text)` says whether a text names a country ("Sénégal numérique 2025").
    """
    tk = tokens_of(doc)
    result = _dated_names(tk, named, words.events) + _branded(tk, words, named)
    for i, text in enumerate(tk.text):
        if text in QUOTES:
            found = _quoted(tk, i, QUOTES[text], cue, named)
            if found:
                result.append(found)
        elif cue.fullmatch(tk.lower[i]):
            result.extend(_around(tk, i, words, named))
            result.extend(_apposed(tk, i, words))
            result.extend(_named_after(tk, i, words))
            result.extend(_lower_named(tk, i, words, cue))
            result.extend(_listed(tk, i, words))
        elif tk.lower[i] in words.openers:
            result.extend(_named_after(tk, i, words))
            result.extend(_titled_opener(tk, i, words, cue))
    return [f for f in result if not _generic(f.text, cue, words) and not _country_alone(f.term.name, named)]


def _listed(tk: Tokens, i: int, w: PolicyWords) -> list[Found]:
    """"initiatives taken by the government such as Digital Kenya, Build in Kenya and …": the names listed
    after a policy word and the opener of its list, each of two words or more, none a place's name."""
    k = _list_start(tk, i, w)
    result = []
    while k is not None and k < len(tk) and _name_part(tk, k) and tk.alpha[k]:
        end = k + 1
        while end < len(tk) and (_name_part(tk, end) or (tk.lower[end] in w.function and end + 1 < len(tk)
                                                         and tk.alpha[end + 1] and _name_part(tk, end + 1))):
            end += 1
        if end - k >= 2 and not all(tk.doc[t].ent_type_ in PLACES for t in range(k, end)):
            result.append(_policy(tk, k, end, "listed"))
        if end < len(tk) and (tk.text[end] == "," or tk.lower[end] in w.coordinators):
            end += 1 + (end + 1 < len(tk) and tk.lower[end + 1] in w.coordinators)  # ", and"
        else:
            break
        k = end
    return result


def _list_start(tk: Tokens, i: int, w: PolicyWords) -> int | None:
    """The first token after the opener of a list that follows the policy word at `i` within eight words,
    no punctuation between; None without one."""
    for k in range(i + 1, min(i + 9, len(tk))):
        if tk.punct[k]:
            return None
        for opener in w.list_openers:
            if tuple(tk.lower[k : k + len(opener)]) == opener:
                return k + len(opener)
    return None


def _country_alone(name: str, named: Any) -> bool:
    """"le projet Gabon …" cut short to "Gabon": one capitalised word naming a country is no policy's name."""
    return bool(named) and name.isalpha() and name[:1].isupper() and bool(named(name))


def cued_years(doc: Any, cue: re.Pattern[str]) -> list[Found]:
    """For a text without capitals: a policy word, at most two words, then a year ("رؤية الكويت 2035")."""
    tk = tokens_of(doc)
    result = []
    for i, text in enumerate(tk.lower):
        if not cue.fullmatch(fold_arabic(text)):  # the pack's cues are written in one spelling ("رؤيه")
            continue
        end = next((k for k in range(i + 1, min(i + 4, len(tk))) if _is_year(_unstopped(tk.text[k]))), None)
        if end is not None and all(tk.alpha[k] for k in range(i + 1, end)):
            result.append(_unstopped_end(_policy(tk, i, end + 1, "dated")))
    return result


def branded_countries(doc: Any, brands: frozenset[str], countries: list[Found], cue: re.Pattern[str]) -> list[Found]:
    """For a text without capitals: a country's name, then a brand word ("مصر الرقمية", "المغرب الرقمي 2030"),
    name the country's programme; a year right after it and a policy word right before it are part of it."""
    tk = tokens_of(doc)
    folded = {fold_arabic(b) for b in brands}
    result = []
    for country in countries:
        span = doc.char_span(country.start, country.end, alignment_mode="expand")
        end = span.end if span is not None else len(tk)
        if end >= len(tk) or fold_arabic(tk.lower[end]) not in folded:
            continue
        end += 1 + (end + 1 < len(tk) and _is_year(_unstopped(tk.text[end + 1])))
        if end < len(tk) and fold_arabic(tk.lower[end]).startswith("لل"):
            continue  # "المغرب الرقمي للتنمية …": the start of a longer name, whose end is not read here
        start = tk.idx[span.start - 1] if span and span.start and cue.fullmatch(fold_arabic(tk.lower[span.start - 1])) \
            else country.start  # "استراتيجية مصر الرقمية"
        name = tk.source[start : tk.idx[end - 1] + len(_unstopped(tk.text[end - 1]))]
        term = Term(entity_id(EntityType.POLICY, romaniser().name(name) or name), EntityType.POLICY, name,
                    country=country.id.rpartition("/")[2])
        result.append(Found(start, start + len(name), name, term, "branded"))
    return result


def _unstopped(text: str) -> str:
    """"2030." or "2030”": a token with the stop or closing quote that ends the sentence or name glued to it."""
    return text.rstrip(".,،؛:\"”″»")


def _unstopped_end(found: Found) -> Found:
    """The policy's name without a stop glued to its last word ("رؤية 2030." -> "رؤية 2030")."""
    name = _unstopped(found.text)
    if name == found.text:
        return found
    term = Term(entity_id(EntityType.POLICY, name), EntityType.POLICY, name)
    return Found(found.start, found.start + len(name), name, term, found.source)


def _generic(name: str, cue: re.Pattern[str], w: PolicyWords) -> bool:
    """"the Master Plan", "Implementation Strategy", "Project Management": only policy words and words that
    say nothing of which policy, so no name of one."""
    plain = w.generic | w.function | w.coordinators | w.leading
    words = re.findall(r"[^\W\d_]+", name.lower())
    return not any(c.isdigit() for c in name) and all(cue.fullmatch(word) or word in plain for word in words)


def _branded(tk: Tokens, w: PolicyWords, named: Any) -> list[Found]:
    """"Digital India", "Smart Bangladesh": a capitalised brand word, then a country's name, name a country's
    programme; a following capitalised policy word ("Agenda") is read by `_around`."""
    if named is None:
        return []
    result = []
    for i in range(len(tk) - 1):
        if tk.lower[i] in w.brands and tk.text[i][:1].isupper() and tk.text[i + 1][:1].isupper() \
                and tk.alpha[i + 1] and named(tk.text[i + 1]):
            result.append(_policy(tk, i, i + 2, "branded"))
    return result


def _is_year(text: str) -> bool:
    return text[:2] in ("19", "20") and bool(YEAR.match(text))


def _dated_names(tk: Tokens, named: Any, events: frozenset[str] = frozenset()) -> list[Found]:
    """"… la mise en œuvre de Digital Maroc 2030": a capitalised name ending in a year, naming a country;
    not one holding an event's word ("Summit Choose France 2025": the event)."""
    result = []
    for i, text in enumerate(tk.text):
        if not _is_year(text) or i == 0:
            continue
        start = i
        while start > 0 and ((tk.alpha[start - 1] and tk.text[start - 1][:1].isupper())
                             or _prefixed(tk.text[start - 1])) and i - start < 5:
            start -= 1
        if start < i and start >= 2 and joined_hyphen(tk, start - 1) and _prefixed(tk.span_text(start - 2, start + 1)):
            start -= 2  # "e - Ghana" in three tokens
        words = i - start + (start < i and _prefixed(tk.span_text(start, start + 3).split(" ")[0]))
        if words >= 2 and not tk.sent_start[start] and named and named(tk.span_text(start, i + 1)) \
                and not events & set(tk.lower[start:i]):
            result.append(_policy(tk, start, i + 1, "dated"))
    return result


def _e_named(text: str) -> bool:
    """"eGabon", "e-Algérie": a one-letter prefix written before a capitalised name, as brands of programmes are."""
    return _prefixed(text) or (len(text) > 2 and text.isalpha() and text[0].islower() and text[1].isupper())


def _prefixed(text: str) -> bool:
    """"e-Algérie": a short lower-case prefix hyphened to a capitalised word, two words of a name."""
    head, _, tail = text.rpartition("-")
    return head.isalpha() and head.islower() and tail.isalpha() and tail[:1].isupper()


def _apposed(tk: Tokens, i: int, w: PolicyWords) -> list[Found]:
    """"… le New Deal technologique », la stratégie …": the name before ", la stratégie"."""
    k = i - 1
    while k > 0 and tk.is_lower[k] and tk.lower[k] not in w.apposition and i - k < 3:
        k -= 1
    if k < 2 or tk.lower[k] not in w.apposition or tk.text[k - 1] != ",":
        return []
    end = k - 1
    if tk.text[end - 1] in {"»", '"'}:
        end -= 1
    start = end
    while start > 0 and end - start < 6 and (tk.alpha[start - 1] or _is_year(tk.text[start - 1])) \
            and tk.lower[start - 1] not in w.leading | w.function:
        start -= 1
    if end - start < 2 or not tk.text[start][:1].isupper() or tk.sent_start[start]:
        return []  # one capitalised word ("son projet de Société, le Plan …") names no policy
    return [_policy(tk, start, end, "apposition")]


def _policy(tk: Tokens, start: int, end: int, source: str) -> Found:
    name = tk.span_text(start, end).strip()
    if end + 1 < len(tk) and _is_year(tk.text[end - 1]) and tk.text[end] in "-–—" and not tk.space[end - 1] \
            and (last := GLUED_YEAR.match(tk.text[end + 1])):
        # "Government Action Plan 2023-2026"; "… 2016-2020.-VNA": a stop and a credit glued to the last year
        name = tk.span_text(start, end + 1) + last.group(0)
    term = Term(entity_id(EntityType.POLICY, name), EntityType.POLICY, name)
    return Found(tk.idx[start], tk.idx[start] + len(name), name, term, source)


def _quoted(tk: Tokens, i: int, closing: str, cue: re.Pattern[str], named: Any) -> Found | None:
    end = next((k for k in range(i + 1, min(i + 10, len(tk))) if tk.text[k] == closing), None)
    if end is None or end == i + 1:
        return None
    inner = range(i + 1, end)
    opened = i > 0 and cue.fullmatch(tk.lower[i - 1]) is not None \
        and tk.doc[i + 1].pos_ in ("NOUN", "PROPN")  # "le programme « passeport pour … »", not « conforme à … »
    capitalised = tk.text[i + 1][:1].isupper() or (tk.num[i + 1] and tk.text[i + 2][:1].isupper())  # "1 Million …"
    if not (capitalised or opened) or any(tk.punct[k] and tk.text[k] not in "-'" for k in inner):
        return None
    window = tk.span_text(max(0, i - 6), min(len(tk), end + 6)).lower()
    dated = any(YEAR.match(tk.text[k]) for k in inner) and len(inner) <= 5
    if not (cue.search(window) or dated or (named and len(inner) <= 4 and named(tk.span_text(i + 1, end)))):
        return None
    return _policy(tk, i + 1, end, "quoted")


def _around(tk: Tokens, i: int, w: PolicyWords, named: Any = None) -> list[Found]:
    """"Digital Morocco 2030 strategy" (name before) / "Plan Maroc Vert" (name after)."""
    found = []
    start = i
    joined = False
    while start > 0 and (_name_part(tk, start - 1) or joined_hyphen(tk, start - 1) or _glued_number(tk, start - 1)):
        start -= 1
        if not joined and start < i and _coordinated(tk, start, w, named):
            start -= 1  # "CHIPS and Science Act", "IT and ITES Policy": one coordinator inside the name
            joined = True
    if start > 0 and tk.num[start - 1] and start < i:
        start -= 1
    while start < i and tk.lower[start] in w.leading:
        start += 1
    end = _name_end(tk, i + 1, w)
    stop = end if tk.text[i][:1].isupper() else i
    if stop - start >= 2 and not (start > 0 and tk.text[start - 1] in QUOTES):
        found.append(_policy(tk, start, stop, "pattern"))
    if end == i + 1 and tk.doc[i].pos_:
        end = _modifiers(tk, i + 1, w)
    if tk.text[i][:1].isupper() and end - i >= 2 and not tk.sent_start[i]:
        found.append(_policy(tk, i, end, "pattern"))
    return found


def _glued_number(tk: Tokens, k: int) -> bool:
    """"5G", "4IR": a number written against the next word of a name."""
    return bool(tk.num[k]) and not tk.space[k] and k + 1 < len(tk) and tk.text[k + 1][:1].isupper()


def _coordinated(tk: Tokens, start: int, w: PolicyWords, named: Any) -> bool:
    """A coordinator before a name's first word that joins a capitalised word of the same name: not a country's
    name, a place or a person ("Kenya and Digital Strategy" names Kenya apart)."""
    if start < 2 or tk.lower[start - 1] not in w.coordinators or not _name_part(tk, start - 2):
        return False
    before = tk.doc[start - 2]
    return before.ent_type_ not in {"GPE", "LOC", *PEOPLE} and not (named and named(tk.text[start - 2]))


def _named_after(tk: Tokens, i: int, w: PolicyWords) -> list[Found]:
    """"le projet Global Gateway", "du programme MERG2", "le plan Mattei": a lower-case policy word, then the
    capitalised name or the code it introduces, which names the policy; the mention keeps the word ("plan
    Mattei"). Not the subject of a clause ("the plan Biden announced")."""
    if tk.text[i][:1].isupper():
        return []  # "Plan Maroc Vert": read by `_around`
    end = i + 1
    while end < len(tk) and end - i <= 5 and (_name_part(tk, end) or _code(tk.text[end]) or _e_named(tk.text[end])):
        end += 1
    if end > i + 1 and end < len(tk) and tk.lower[end] in w.brands and tk.is_lower[end]:
        end += 1  # "le projet Gabon digital": a brand word after the name is part of it
    if end == i + 1 or (end < len(tk) and tk.doc[end].pos_ in ("VERB", "AUX")) or tk.sent_start[i + 1]:
        return []
    named = _policy(tk, i + 1, end, "pattern")
    text = tk.span_text(i, end).strip()
    return [Found(tk.idx[i], tk.idx[i] + len(text), text, named.term, "pattern")]


def _lower_named(tk: Tokens, i: int, w: PolicyWords, cue: re.Pattern[str]) -> list[Found]:
    """"la stratégie nationale pour le commerce électronique", "la loi sur les start-ups": a lower-case policy
    word after a definite determiner, a qualifier that makes it the one policy of its owner (or a word naming a
    legal text on its own), then a complement naming its subject. Not "une stratégie", "sa politique de …"."""
    if not tk.text[i].islower() or i == 0 or tk.lower[i - 1] not in w.definite:
        return []
    link = i + 1
    if link < len(tk) and tk.lower[link] in w.qualifiers:
        link += 1
    elif tk.lower[i] not in w.titles:
        return []
    if link + 1 >= len(tk) or tk.lower[link] not in w.complements:
        return []
    end = _complement_end(tk, link, w, cue)
    return [_policy(tk, i, end, "lower")] if end else []


def _complement_end(tk: Tokens, link: int, w: PolicyWords, cue: re.Pattern[str]) -> int:
    """Where the complement opened at `link` ("pour le commerce électronique") ends; 0 when it names nothing."""
    end = _modifiers(tk, link + 1, w)
    end = next((k for k in range(link + 2, end) if tk.doc[k].pos_ == "ADV" or (  # "… lors d'un atelier"
        k + 2 < end and tk.lower[k] in w.coordinators and tk.lower[k + 1] in w.definite
        and cue.fullmatch(tk.lower[k + 2]))), end)  # "… pour la santé et la loi sur …": the next one
    while end > link + 1 and (tk.lower[end - 1] in w.function | w.complements | w.definite
                              or tk.doc[end - 1].pos_ in ("ADP", "DET")):
        end -= 1  # "… numérique au [Congo]": a place closes the name, not its preposition
    if end <= link + 1 or not any(tk.doc[k].pos_ in ("NOUN", "PROPN") for k in range(link + 1, end)):
        return 0
    return end


def _titled_opener(tk: Tokens, i: int, w: PolicyWords, cue: re.Pattern[str]) -> list[Found]:
    """"du Projet de modernisation des réseaux ruraux": an opener written with a capital inside a sentence, then
    the complement naming its subject, is a title."""
    if not tk.text[i][:1].isupper() or tk.sent_start[i] or i + 1 >= len(tk) or tk.lower[i + 1] not in w.complements:
        return []
    end = _complement_end(tk, i + 1, w, cue)
    return [_policy(tk, i, end, "lower")] if end else []


def _code(text: str) -> bool:
    """"MERG2", "DECIM": a code name in capitals, digits allowed."""
    return len(text) >= 3 and text.isalnum() and text.isupper()


def _name_end(tk: Tokens, end: int, w: PolicyWords) -> int:
    """Where a capitalised name goes on to: "… Strategy of Poland until 2035"."""
    while end < len(tk):
        if tk.doc[end].ent_type_ in PEOPLE:
            break  # "Under Secretary for Policy Jane Doe": a person's name closes the title, names no policy
        if _name_part(tk, end):
            end += 1
        elif tk.lower[end] in w.links and end + 1 < len(tk) and _name_part(tk, end + 1):
            end += 2
        else:
            break
    return end


def _modifiers(tk: Tokens, start: int, w: PolicyWords) -> int:
    """"Stratégie nationale pour l'intelligence artificielle": lower-case words after a title."""
    end = start
    while end < len(tk) and end - start < 10 and tk.text[end] not in STOP | CLOSING_QUOTES:
        token = tk.doc[end]
        if token.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or token.ent_type_ in {"LOC", *PEOPLE}:
            break
        if end + 1 < len(tk) and (tk.lower[end], tk.lower[end + 1]) in w.breaks:
            break
        end += 1
        if _is_year(tk.text[end - 1]):
            break  # "… Horizon 2025": a year closes the name
    while end > start and tk.lower[end - 1] in w.function | w.leading | w.coordinators:
        end -= 1
    return end


def _name_part(tk: Tokens, k: int) -> bool:
    text = tk.text[k]
    return (text[:1].isupper() and tk.alpha[k]) or _is_year(text)


AgreementPattern = tuple[re.Pattern[str], dict[str, str]]


def agreements(doc: Any, pattern: AgreementPattern) -> list[tuple[int, int, str]]:
    """Character spans of agreement phrases and the English label of their kind."""
    compiled, labels = pattern
    return [(m.start(), m.end(), labels[m.group(1)]) for m in compiled.finditer(tokens_of(doc).source.lower())
            if m.end() == m.end(1) or labels[m.group(1)] == "reference"]  # a plural ("a string of AI agreements")
    # names no one agreement; "les documents" still refers back to the one named


def agreement_pattern(lexicon: Lexicon, language: str) -> AgreementPattern:
    """One pattern of every agreement phrase of a language (longest first) and their labels."""
    phrases = lexicon.agreements.get(language, [])
    alternation = "|".join(re.escape(phrase) for phrase, _ in phrases)
    return re.compile(rf"(?<![\w-])({alternation})s?(?![\w-])"), dict(phrases)


def places(doc: Any, lexicon: Lexicon, taken: set[int], language: str) -> list[Found]:
    """Cities and regions: NER locations, or capitalised names after "in / to / à"."""
    tk = tokens_of(doc)
    trusted = lexicon.packs[language].info.ner_places == "any"
    openers = frozenset(lexicon.words(language).place_openers)
    spans = _place_spans(doc, tk, openers, trusted)
    result = []
    for start, end in spans:
        text = tk.span_text(start, end)
        if any(k in taken for k in range(start, end)) or _region_or_country(text, lexicon, tk.lower[start]):
            continue
        if lexicon.coref and any(text in words for words in lexicon.coref.kingdom.values()):
            continue
        if lexicon.dates and any(text.lower() in names for names in lexicon.dates.months.values()):
            continue
        if not text[:1].isupper() or text.isupper() or len(text) < 3 or _no_place(tk, start, end, lexicon):
            continue
        pos = tk.doc[end - 1].pos_  # the head word: "The Hague" is a place, "North African" is not
        opened = trusted and end - start == 1 and start > 0 and tk.lower[start - 1] in openers
        if pos and pos != "PROPN" and not opened:
            continue  # an NER location "à Cotonou" is a place even where the tagger reads a noun
        term = Term(entity_id(EntityType.PLACE, text), EntityType.PLACE, text)
        result.append(Found(tk.idx[start], tk.idx[start] + len(text), text, term, "ner"))
    return result


def _no_place(tk: Tokens, start: int, end: int, lexicon: Lexicon) -> bool:
    """"at Expo 2020", "according to Censor.NET", "in Science and Technology": a name followed by a
    year names an event, one glued to a dot and letters a web address, and one made of portfolio
    words only a field of a ministry; none is a place."""
    if end < len(tk) and _is_year(tk.text[end]):
        return True
    if end + 1 < len(tk) and tk.text[end] == "." and not tk.space[end - 1] and not tk.space[end] \
            and tk.alpha[end + 1]:
        return True
    words = [fold(tk.text[k]) for k in range(start, end) if tk.alpha[k]]
    return len(words) == end - start and set(words) <= lexicon.portfolio_words()


def _region_or_country(text: str, lexicon: Lexicon, first: str) -> bool:
    """"Afrique de l' Ouest", "L'Afrique", "Côte d' Ivoire": a region or a country written with a
    determiner or a space after its apostrophe is no city."""
    key = fold(re.sub(r"(['’])\s+", r"\1", text))
    stripped = key.split("'", 1)[1] if "'" in key.split(" ", 1)[0] and len(first) <= 2 else key
    return any(k in lexicon.regions or k in lexicon.country_names() for k in (key, stripped))


def _place_spans(doc: Any, tk: Tokens, openers: frozenset[str], trusted: bool) -> list[tuple[int, int]]:
    """Token spans of places: every NER location when the pack trusts them, else those the sentence
    marks ("in Dakar", "visited Tallinn"): an NER location right after a place opener, or the
    capitalised words there (the lexicon's places are found by the gazetteer)."""
    if trusted and doc.has_annotation("ENT_IOB"):
        return [(e.start, e.end) for e in tk.ents if e.label_ in ("LOC", "GPE")]
    marked = {i + 1: s for i, lower in enumerate(tk.lower) if lower in openers and (s := _capitalised(tk, i + 1))}
    ner = []
    for e in tk.ents:
        if e.label_ in ("LOC", "GPE") and _opened(tk, e.start, openers):
            wider = marked.get(e.start - 1)  # "in The Hague": the capitalised words from the opener on
            ner.append(wider if wider and wider[1] >= e.end else (e.start, e.end))
    spans = ner + [s for start, s in marked.items() if not any(a <= start < b for a, b in ner)]
    return sorted(spans)


def _opened(tk: Tokens, start: int, openers: frozenset[str]) -> bool:
    """Whether a place opener comes right before token `start`, or before one determiner or adjective."""
    if start > 0 and tk.lower[start - 1] in openers:
        return True
    return start > 1 and tk.lower[start - 2] in openers and tk.doc[start - 1].pos_ in ("DET", "ADJ")


def _capitalised(tk: Tokens, i: int) -> tuple[int, int] | None:
    end = i
    while end < len(tk) and end - i < 3 and tk.alpha[end] and tk.text[end][:1].isupper():
        end += 1
    if end == i or (end < len(tk) and tk.text[end][:1].isupper()):
        return None
    return (i, end)
