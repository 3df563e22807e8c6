"""Role phrases written next to people's names: appositions ("X, ministre de …"), titles before a
name ("Minister of … X", "Kenyan Transport Minister X") and chains of titles."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import portfolio_of
from kg.nlp.people import RoleCue
from kg.nlp.state import ArticleState, Role
from kg.nlp.text import ascii_folded, fold, folded_words, may_match, whole_word
from kg.nlp.tokens import tokens_of

E = EntityType
ROLE_MARKS = frozenset({",", ";", ".", "(", ")", ":"})
ACTORS = (E.GOVERNMENT_BODY, E.ORGANIZATION)
# Parts of speech that make the words between a name and a title a clause of their own.
CLAUSE_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ"})
PRE_TITLE = 8  # at most this many words of a title before its role noun
TITLE_SPAN = 24  # at most this many tokens between a role noun and the name it is written before
TAIL = 6  # at most this many lower-case words of a portfolio between a title and the name after it
TAIL_POS = frozenset({"NOUN", "ADJ", "CCONJ", "PROPN"})
LINK = 3  # at most this many words between two bodies listed after a plural title ("et de")
BRACKET = 4  # at most this many tokens inside brackets that a title runs through ("(AFD)", "(RDC)")


def find_roles(state: ArticleState, people: list[Found], cues: list[RoleCue]) -> None:
    """Attach to each named person the role phrase written next to the name."""
    doc = state.doc
    for person in people:
        known = state.roles.get(person.id)
        if known is not None and _informative(state, known):
            continue
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        role = _after_name(state, span, cues) or _before_name(state, span, cues)
        if role and (known is None or _informative(state, role)):
            role.person_start = person.start
            state.roles[person.id] = role
    listed_roles(state, people)


def listed_roles(state: ArticleState, people: list[Found]) -> None:
    """"les ministres algérien et tunisien de la Poste, A et B", "the ministers of ICT of Kenya and Uganda,
    respectively A and B": a plural title, its countries and the list of names after it; each name takes
    the singular title with the country of its rank."""
    plurals = state.lexicon.plural_roles.get(state.language, {})
    words = state.lexicon.words(state.language)
    folded = ascii_folded(state.text)
    for plural, singular in plurals.items():
        if not may_match(folded, plural):
            continue
        for match in whole_word(plural).finditer(state.text):
            listed = _name_list(state, people, match.end(), words)
            if len(listed) < 2 or any(_own_role(state, p, match.start()) for p in listed):
                continue
            first = listed[0].start
            bodies = [f for f in state.of_type(*ACTORS) if match.end() <= f.start < first]
            if bodies:
                _paired_bodies(state, listed, bodies, _pre_words(state, match.start()) + singular)
                continue
            countries = [f for f in state.of_type(E.COUNTRY) if match.end() <= f.start < first]
            if len({c.term.country for c in countries}) != len(countries) or len(countries) != len(listed):
                continue
            text = _pre_words(state, match.start()) + _without_countries(
                singular + state.text[match.end() : countries[0].start], words) \
                + state.text[countries[-1].end : first].rstrip(" ,")
            for word in words.respective:
                text = re.sub(rf",?\s*{re.escape(word)}$", "", text, flags=re.IGNORECASE)
            sentence = state.sentence_at(first)
            for person, country in zip(listed, countries, strict=True):
                state.roles[person.id] = Role(text.strip(" ,"), person.start, person.start, person.start, sentence,
                                              country=country.term.country, person_start=person.start)


def _paired_bodies(state: ArticleState, listed: list[Found], bodies: list[Found], title: str) -> None:
    """"les directeurs généraux de A et de B, respectivement X et Y": a plural title naming as many bodies
    as names follow it, each joined to the next by a short link; each name takes the title in the body of
    its rank."""
    if len(bodies) != len(listed) or len({b.id for b in bodies}) != len(bodies):
        return
    if any(len(state.text[a.end : b.start].split()) > LINK for a, b in pairwise(bodies)):
        return
    sentence = state.sentence_at(listed[0].start)
    for person, body in zip(listed, bodies, strict=True):
        state.roles[person.id] = Role(title.strip(), body.start, body.start, body.end, sentence,
                                      person_start=person.start)


def _pre_words(state: ArticleState, start: int) -> str:
    """The title words written before a plural title ("the Foreign Ministers of A and B": "Foreign "),
    without its countries."""
    span = state.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return ""
    first = pre_title(state, span.start)
    kept = [t.text for t in state.doc[first : span.start] if not _is_country(state, t)]
    return " ".join(kept) + " " if kept else ""


def _own_role(state: ArticleState, person: Found, plural: int) -> bool:
    """Whether a person holds a role of their own, not one read across the plural title ("the minister
    received the ambassadors of A and B, C and D": that title is no ambassador's)."""
    role = state.roles.get(person.id)
    return role is not None and not role.start <= plural < role.clause_end


def _without_countries(text: str, words: Any) -> str:
    """A title's words before its list of countries, without the words that open that list ("ambassadeurs
    d'Italie et …" -> "ambassadeur")."""
    openers = {fold(w) for w in (*words.portfolio_openers, *words.partitives)}
    while True:
        head, _, last = text.rstrip().rpartition(" ")
        if not head or fold(last) not in openers:
            return text.rstrip()
        text = head


def _name_list(state: ArticleState, people: list[Found], start: int, words: Any) -> list[Found]:
    """The names listed after a plural title, in its sentence: "…, [respectivement] A, B et C" (only
    "respectivement" when bodies are named between)."""
    sentence = state.sentence_at(start)
    after = sorted((p for p in people if start < p.start < sentence.end), key=lambda p: p.start)
    if not after or any(start <= f.start < after[0].start for f in state.of_type(E.PERSON)):
        return []
    lead = fold(state.text[max(start, after[0].start - 30) : after[0].start]).strip()
    respective = any(lead.endswith(fold(w)) for w in words.respective)
    if not (lead.endswith(",") or respective):
        return []
    if not respective and any(start <= f.start < after[0].start for f in state.of_type(*ACTORS)):
        return []  # bodies between the title and the names pair with them only "respectively"
    joins = {",", *words.coordinators, *(f", {c}" for c in words.coordinators)}
    listed = [after[0]]
    for person in after[1:]:
        if state.text[listed[-1].end : person.start].strip().lower() not in joins:
            break
        listed.append(person)
    return listed


def _informative(state: ArticleState, role: Role) -> bool:
    """A role that says more than a bare title ("Minister" in a headline): a portfolio, a country or a
    body. A later mention with such a role replaces a bare one."""
    if portfolio_of(role.text, state.lexicon):
        return True
    return any(role.start <= f.start < role.clause_end for f in state.of_type(E.COUNTRY, *ACTORS))


def _after_name(state: ArticleState, span: Any, cues: list[RoleCue]) -> Role | None:
    doc = state.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    words = state.lexicon.words(state.language)
    joins = {*words.coordinators, *words.alternatives}
    cue = next((c for c in cues if span.end < c.start <= span.end + 5), None)
    if cue is None or any(doc[k].is_punct or doc[k].lower_ in joins for k in range(span.end + 1, cue.start)):
        return None  # "X, and Djibouti's Minister …, Y": that title is Y's
    if any(doc[k].pos_ in CLAUSE_POS for k in range(span.end + 1, cue.start)):
        return None  # "X, a réuni le ministre …", "X, under the supervision of the Minister …": not X's title
    start = span.end + 1
    while start < cue.start and (doc[start].lower_ in words.role_skippable or _is_country(state, doc[start])):
        start += 1
    if _name_at(state, _after_honorifics(state, cue.end)):
        return None  # "Minister Shaqiri, Ambassador Silvestri discuss …": that title is Silvestri's
    role = _role(state, start, cue)
    if role and _next_name_follows(state, role.clause_end) and not _own_title_after(state, span, start, cues):
        return None
    return role


def _own_title_after(state: ArticleState, span: Any, start: int, cues: list[RoleCue]) -> bool:
    """"X, directrice de A, Y, directeur de B, et Z, …": a list of names each followed by its title, the
    title written right after the comma (no article) and no title before the name other than one another
    name holds; else ("le ministre A, X, le ministre B, Y") the title after the name is the next name's."""
    if start != span.end + 1:
        return False
    cue = next((c for c in reversed(cues) if c.end <= span.start and span.start - c.end <= TITLE_SPAN), None)
    starts = tokens_of(state.doc).sent_start
    if cue is None or any(starts[k] for k in range(cue.end, span.start + 1)):
        return True
    begin = state.doc[cue.start].idx
    return any(r.start <= begin < r.clause_end for r in state.roles.values())


def _after_honorifics(state: ArticleState, start: int) -> int:
    """The first token after the honorifics written at a token ("Ambassador Dr. Jane Roe")."""
    doc = state.doc
    honorifics = set(state.lexicon.honorifics.get(state.language, []))
    while start < len(doc) and doc[start].text in honorifics:
        start += 1
    return start


def _name_at(state: ArticleState, token: int) -> bool:
    """Whether a person's name starts at a token."""
    return token < len(state.doc) and any(f.start == state.doc[token].idx for f in state.of_type(E.PERSON))


def _next_name_follows(state: ArticleState, end: int) -> bool:
    """"le ministre A, Name1, le ministre B, Name2": a title followed by a comma and a name, or by the
    name itself, is that name's (a title before the name), not the one before it."""
    rest = state.text[end : end + 40]
    if _name_written_at(state, end + len(rest) - len(rest.lstrip())) and _ends_a_title(state, end):
        return True  # "X, Bulgarian Minister of Transport Y": a title run into a name is that name's
    if not rest.lstrip().startswith(","):
        return False
    after = end + len(rest) - len(rest.lstrip()) + 1
    honorifics = set(state.lexicon.honorifics.get(state.language, []))
    return any(after <= f.start <= after + 12 and all(w in honorifics for w in state.text[after : f.start].split())
               for f in state.of_type(E.PERSON))


def _ends_a_title(state: ArticleState, end: int) -> bool:
    """Whether the words before an offset, past any honorifics, end a title: not a small word opening
    what follows ("…, de S.E.M. Jane Roe", "… et de Monsieur Y": a list of people, not a title)."""
    words = state.lexicon.words(state.language)
    honorifics = set(state.lexicon.honorifics.get(state.language, []))
    small = {fold(w) for w in (*words.partitives, *words.coordinators, *words.title_connectors,
                               *words.portfolio_openers, *words.definite)}
    before = state.text[max(0, end - 80) : end].split()
    while before and before[-1] in honorifics:
        before.pop()
    return bool(before) and fold(before[-1]) not in small and not before[-1].endswith(",")


def _name_written_at(state: ArticleState, start: int) -> bool:
    """Whether a person's name is written at a character offset."""
    return any(f.start == start for f in state.of_type(E.PERSON))


def _before_name(state: ArticleState, span: Any, cues: list[RoleCue]) -> Role | None:
    doc = state.doc
    cue = next((c for c in reversed(cues) if c.end <= span.start and span.start - c.end <= TITLE_SPAN), None)
    if cue is None:
        return None
    name_start = _before_honorifics(state, span.start, cue.end)
    name_start = _before_article(state, name_start, cue.end) if name_start < span.start else name_start
    gap = doc[cue.end : name_start]
    starts = tokens_of(doc).sent_start
    inside = _bracketed(state, cue.end, name_start)
    if any((t.text in {".", ";", "(", ")"} and t.i not in inside) or starts[t.i] for t in gap):
        return None
    if gap and any(gap.start_char <= f.start < gap.end_char for f in state.of_type(E.PERSON)):
        return None  # "le ministre A Yankhoba Diattara a reçu … M. Ousmane Ba": the title is the first name's
    words = state.lexicon.words(state.language)
    if gap and not (gap[-1].text in (",", ":") or _title_tail(state, gap)
                    or all(_titled(state, t) or t.i in inside or _hosting(state, cue, t) or _listing(state, t)
                           for t in gap)):
        return None  # "Minister, X", "(MCI, Minister: X)"; an acronym in brackets stays in the title
    end = name_start - 1 if gap and gap[-1].text in (",", ":") else name_start
    start = pre_title(state, _chained(state, cue, cues))
    owned = _opening_possessive(state, start, cue)
    start += owned
    role = _role(state, start, cue, limit=end)
    if role and start > 0 and (doc[start - 1].lower_ in words.possessives or _represented(state, start)):
        role.possessive = True  # the role hangs on the body named just before
    return role


def _opening_possessive(state: ArticleState, start: int, cue: RoleCue) -> int:
    """1 when a title opens with a possessive written right before its role noun ("Son PDG, X" at the
    start of a sentence, read into the title as a capitalised word): no part of the title, whose role
    hangs on the body named before; else 0 ("His Excellency Minister X": an honorific)."""
    words = state.lexicon.words(state.language)
    return int(start + 1 == cue.start and state.doc[start].lower_ in words.possessives)


def phrase_role(state: ArticleState, cue: RoleCue) -> Role | None:
    """The role phrase a title cue starts, with no name of its own."""
    return _role(state, pre_title(state, cue.start), cue)


def _title_tail(state: ArticleState, gap: Any) -> bool:
    """"commissioner for infrastructure and energy Dr Elham Ibrahim", "VP for global network
    infrastructure Brian Quigley": a short run of nouns after "for" / "of" ends a title."""
    openers = state.lexicon.words(state.language).portfolio_openers
    return len(gap) <= TAIL and gap[0].lower_ in openers and all(t.pos_ in TAIL_POS for t in gap[1:])


def _listing(state: ArticleState, token: Any) -> bool:
    """"Minister of Information Technology, Communications and Innovation Jane Roe": a comma inside the
    list of portfolios of a title written before the name."""
    return token.text == "," and _continues(state, token.i)


def _hosting(state: ArticleState, cue: RoleCue, token: Any) -> bool:
    """"Ambassador of Ethiopia to Pakistan Jane Roe", "Ambassador to the Philippines Jane Roe": the word before an
    envoy's host country, and the host's article, stay in the title."""
    definite = state.lexicon.words(state.language).definite
    after = token.i + 1
    while after < len(token.doc) and token.doc[after].lower_ in definite:
        after += 1
    following = token.doc[after] if after < len(token.doc) else None
    return cue.body == "embassy" and following is not None and following.text[:1].isupper() \
        and bool(state.lexicon.context[state.language]["hosting"].search(f" {token.text} "))


def _titled(state: ArticleState, token: Any) -> bool:
    """A word that may stand inside a title: capitalised, a connector, a portfolio word ("le ministre
    de l'économie numérique Yankhoba Diattara"), a word of charge ("le ministre de la Communication chargé
    des Postes M. X") or a country ("le Président sénégalais Macky Sall")."""
    words = state.lexicon.words(state.language)
    charges = folded_words(tuple(words.portfolio_charges))
    return token.text[:1].isupper() or token.lower_ in words.title_connectors or fold(token.text) in charges \
        or fold(token.text) in state.lexicon.portfolio_words() or _is_country(state, token)


def _chained(state: ArticleState, cue: RoleCue, cues: list[RoleCue]) -> int:
    """Where a chain of titles begins ("le président de la République, chef du gouvernement, X"): a
    title that implies no body, after a comma, continues the title before it."""
    if cue.body is not None:
        return cue.start
    doc = state.doc
    starts = tokens_of(doc).sent_start
    people = [f.start for f in state.of_type(E.PERSON)]
    start = cue.start
    for earlier in reversed([c for c in cues if c.end <= cue.start]):
        between = doc[earlier.end : start]
        if not between or between[-1].text != "," or starts[start] or len(between) > TITLE_SPAN // 2:
            break
        if any(between.start_char <= p < between.end_char for p in people) \
                or not all(_titled(state, t) for t in between[:-1]):
            break
        start = earlier.start
    return start


def pre_title(state: ArticleState, start: int) -> int:
    """Where a title begins that is written with its portfolio and country before the role noun
    ("Mozambican Transport and Communications Minister"): capitalised words, portfolio words and
    their connectors, and at most one country at the left end; never a name, a body or an article."""
    doc = state.doc
    words = state.lexicon.words(state.language)
    portfolio = state.lexicon.portfolio_words()
    starts = tokens_of(doc).sent_start
    named = [(f.start, f.end) for f in state.found if f.term.type in (E.PERSON, *ACTORS)]
    k = start
    while k > 0 and start - k < PRE_TITLE and not starts[k]:
        token = doc[k - 1]
        if _is_country(state, token):
            if doc[k].lower_ in words.title_connectors:
                break  # "la visite au Vietnam du Premier ministre": the country ends another phrase
            k -= 1
            while k > 0 and _is_country(state, doc[k - 1]) and not starts[k]:
                k -= 1
            break
        if (token.is_punct and token.text != "&") or token.lower_ in words.definite \
                or any(s <= token.idx < e for s, e in named):
            break
        if not (token.text[:1].isupper() or token.text == "&" or token.lower_ in words.title_connectors
                or fold(token.text) in portfolio):
            break
        k -= 1
    while k < start and (doc[k].lower_ in words.title_connectors or doc[k].text == "&"):
        k += 1
    return k


def _before_honorifics(state: ArticleState, start: int, low: int) -> int:
    """Where the honorifics before a name begin ("…, Son Excellence Monsieur Xi Jinping", "Minister … Eng. Jane
    Roe", however the tokenizer splits them): they are no part of the gap between a title and the name."""
    doc = state.doc
    honorifics = state.lexicon.honorifics.get(state.language, [])
    written = {"".join(h.split()) for h in honorifics}  # as the tokenizer splits them: "Eng." is "Eng" "."
    reach = max((len(h.split()) for h in honorifics), default=0) + 1
    moved = True
    while moved:
        moved = False
        for begin in range(max(low, start - reach), start):  # the longest first
            if "".join(t.text for t in doc[begin:start]) in written:
                start, moved = begin, True
                break
    return start


def _before_article(state: ArticleState, start: int, low: int) -> int:
    """"…, le Dr Jean Roe", "…, the Hon. Jane Roe": an article after the comma opens the honorifics
    before the name, no part of the gap between a title and the name."""
    doc = state.doc
    definite = state.lexicon.words(state.language).definite
    if start - 2 >= low and doc[start - 1].lower_ in definite and doc[start - 2].text == ",":
        return start - 1
    return start


def _represented(state: ArticleState, start: int) -> bool:
    """"the Ministry of X, represented by the Chief Director Mr. Y": a body, a participle and an
    agent word ("by", "par") before the title."""
    doc = state.doc
    words = state.lexicon.words(state.language)
    k = start - 1
    while k > start - 4 and k > 0 and (doc[k].lower_ in words.definite or doc[k].lower_ in words.possessives
                                       or (doc[k].text[:1].isupper() and doc[k].pos_ != "VERB")):
        k -= 1  # "the Chief", "Executive"
    if k < 2 or doc[k].lower_ not in words.agents or doc[k - 1].pos_ != "VERB":
        return False
    before = doc[k - 2] if doc[k - 2].text == "," else doc[k - 1]
    return any(f.end in (before.idx, before.idx - 1) for f in state.of_type(*ACTORS))


def _is_country(state: ArticleState, token: Any) -> bool:
    return any(f.start <= token.idx < f.end and f.term.type is E.COUNTRY for f in state.found)


def _role(state: ArticleState, start: int, cue: RoleCue, limit: int | None = None) -> Role | None:
    doc = state.doc
    end = cue.end
    stop = limit if limit is not None else len(doc)
    starts = tokens_of(doc).sent_start
    words = state.lexicon.words(state.language)
    people = {f.start for f in state.of_type(E.PERSON)}
    brackets = _bracketed(state, end, stop)
    while end < stop and not starts[end]:
        lower = doc[end].lower_
        if lower == "(" and end in brackets:
            end = next(k for k in sorted(brackets) if k > end and doc[k].text == ")") + 1  # "(AFD)", "(TIC)"
            continue
        if (lower in ROLE_MARKS or lower in words.relative_pronouns) and not _continues(state, end):
            break
        if doc[end].idx in people and end > cue.end:
            break  # "secrétaire d'État chargé de la Technologie et Eric Besson, ministre …": the next name
        end += 1
    while end > cue.end and doc[end - 1].lower_ in words.coordinators:
        end -= 1
    clause = doc[start:end]
    text = clause.text
    for marker in words.role_breaks:
        cut = text.lower().find(marker)
        if cut > 0:
            text = text[:cut]
    text = text.strip(" ,")
    if not text:
        return None
    sentence = state.sentence_at(clause.start_char)
    return Role(text, clause.start_char, clause.start_char + len(text), clause.end_char, sentence)


def _bracketed(state: ArticleState, start: int, stop: int) -> set[int]:
    """Tokens between `start` and `stop` inside short brackets that name no person ("de l'Agence
    française de développement (AFD), Rémy Rioux"): an acronym or a short gloss, no break in a title."""
    tk = tokens_of(state.doc)
    starts = tk.sent_start
    people = {f.start for f in state.of_type(E.PERSON)}
    inside: set[int] = set()
    for i in range(start, min(stop, len(tk))):
        if tk.text[i] != "(":
            continue
        close = next((k for k in range(i + 1, min(i + BRACKET + 2, stop)) if tk.text[k] == ")"), None)
        if close is None or any(starts[k] or tk.idx[k] in people or tk.text[k] in {"(", ";", "."}
                                for k in range(i + 1, close)):
            continue
        inside.update(range(i, close + 1))
    return inside


def _continues(state: ArticleState, comma: int) -> bool:
    """A comma inside a list of portfolios ("de la Communication, des Télécommunications", "des Postes,
    télécommunications et Numérique")."""
    doc = state.doc
    if doc[comma].text != "," or comma + 1 >= len(doc):
        return False
    following = doc[comma + 1]
    if following.lower_ in state.lexicon.words(state.language).partitives:
        return True
    window = doc[comma + 1 : comma + 4].text
    portfolio = following.text[:1].isupper() or fold(following.text) in state.lexicon.portfolio_words()
    return portfolio and bool(portfolio_of(window, state.lexicon)) and \
        not any(f.start == following.idx and f.term.type is E.PERSON for f in state.found)
