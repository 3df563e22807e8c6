"""Roles from appositions and titles, and the memberOf / partOf they imply."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import Term, portfolio_of
from kg.nlp.names import ministry_named, ministry_term
from kg.nlp.offices import host_country, presidency
from kg.nlp.people import RoleCue
from kg.nlp.qualify import qualify_member
from kg.nlp.state import ArticleState, Role
from kg.nlp.text import fold
from kg.nlp.tokens import tokens_of

E = EntityType
ROLE_MARKS = frozenset({",", ";", ".", "(", ")", ":"})
ACTORS = (E.GOVERNMENT_BODY, E.ORGANIZATION)
# Parts of speech that make the words between a name and a title a clause of their own.
CLAUSE_POS = frozenset({"VERB", "AUX", "ADP", "SCONJ"})


def find_roles(state: ArticleState, people: list[Found], cues: list[RoleCue]) -> None:
    """Attach to each named person the role phrase written next to the name."""
    doc = state.doc
    for person in people:
        if person.id in state.roles:
            continue
        span = doc.char_span(person.start, person.end, alignment_mode="expand")
        role = _after_name(state, span, cues) or _before_name(state, span, cues)
        if role:
            role.person_start = person.start
            state.roles[person.id] = role


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
    role = _role(state, start, cue)
    return None if role and _next_name_follows(state, role.clause_end) else role


def _next_name_follows(state: ArticleState, end: int) -> bool:
    """"le ministre A, Name1, le ministre B, Name2": a title followed by a comma and a name is that
    name's (a title before the name), not the one before it."""
    rest = state.text[end : end + 40]
    if not rest.lstrip().startswith(","):
        return False
    after = end + len(rest) - len(rest.lstrip()) + 1
    honorifics = set(state.lexicon.honorifics.get(state.language, []))
    return any(after <= f.start <= after + 12 and all(w in honorifics for w in state.text[after : f.start].split())
               for f in state.of_type(E.PERSON))


def _before_name(state: ArticleState, span: Any, cues: list[RoleCue]) -> Role | None:
    doc = state.doc
    cue = next((c for c in reversed(cues) if c.end <= span.start and span.start - c.end <= 16), None)
    if cue is None:
        return None
    honorifics = set(state.lexicon.honorifics.get(state.language, []))
    name_start = span.start
    while name_start > cue.end and doc[name_start - 1].text in honorifics:
        name_start -= 1  # "…, M. Sidi Ould Cheikh": the honorific is no part of the gap
    gap = doc[cue.end : name_start]
    starts = tokens_of(doc).sent_start
    if any(t.text in {".", ";", "(", ")"} or starts[t.i] for t in gap):
        return None
    if gap and any(gap.start_char <= f.start < gap.end_char for f in state.of_type(E.PERSON)):
        return None  # "le ministre A Yankhoba Diattara a reçu … M. Ousmane Ba": the title is the first name's
    words = state.lexicon.words(state.language)
    portfolio = state.lexicon.portfolio_words()  # "le ministre de l'économie numérique Yankhoba Diattara"
    titled = all(t.text[:1].isupper() or t.lower_ in words.title_connectors or fold(t.text) in portfolio for t in gap)
    if gap and not (gap[-1].text == "," or titled):
        return None
    end = name_start - 1 if gap and gap[-1].text == "," else name_start
    role = _role(state, cue.start, cue, limit=end)
    if role and cue.start > 0 and (doc[cue.start - 1].lower_ in words.possessives or _represented(state, cue.start)):
        role.possessive = True  # the role hangs on the body named just before
    return role


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
    while end < stop and not starts[end]:
        lower = doc[end].lower_
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


def _continues(state: ArticleState, comma: int) -> bool:
    """A comma inside a list of portfolios ("de la Communication, des Télécommunications")."""
    doc = state.doc
    if doc[comma].text != "," or comma + 1 >= len(doc):
        return False
    following = doc[comma + 1]
    if following.lower_ in state.lexicon.words(state.language).partitives:
        return True
    window = doc[comma + 1 : comma + 4].text
    return following.text[:1].isupper() and bool(portfolio_of(window, state.lexicon)) and \
        not any(f.start == following.idx and f.term.type is E.PERSON for f in state.found)


def memberships(state: ArticleState, kinds: dict[str, str | None]) -> None:
    """memberOf from the body named in the role's clause, or implied by a minister's title."""
    for person_id, role in state.roles.items():
        body = _body_in_clause(state, role) or _body_before_title(state, role) or _previous_body(state, role)
        country = _role_country(state, role) or role.country  # a known person's own country
        kind = _kind(role, kinds)
        if body is None and kind in ("ministry", "secretariat"):
            body = _derived_ministry(state, role, secretariat=kind == "secretariat")
            body = qualify_member(state, body, country) if body else None
        if body is None and kind == "embassy":
            body, country = _embassy(state, role)
        if body is None and kind == "presidency":
            body, country = presidency(state, role, person_id, country)
        if country:
            state.person_country[person_id] = country
        if body is None:
            continue
        state.add("member-of", person_id, body, role.sentence, dated=False)
        term = state.term(body)
        owner = (term.country if term else None) or country
        if owner and term and term.type is E.GOVERNMENT_BODY:
            state.body_country.setdefault(body, (f"country/{owner}", role.sentence))
        if owner:
            state.person_country.setdefault(person_id, owner)


def _genitive(state: ArticleState) -> tuple[str, ...]:
    """The language's genitive markers written after a name ("Morocco's")."""
    return tuple(state.lexicon.words(state.language).genitive)


def _body_in_clause(state: ArticleState, role: Role) -> str | None:
    for found in state.of_type(*ACTORS):
        if role.start <= found.start < role.clause_end and not state.text.startswith(_genitive(state), found.end):
            return found.id
    return None


def _body_before_title(state: ArticleState, role: Role) -> str | None:
    """"Microsoft President Brad Smith", "Google Cloud's VP …": the actor right before the title."""
    if role.person_start is None or role.start > role.person_start:
        return None  # only a title written before the name
    gaps = {g + " " for g in _genitive(state)} | {" "}
    for found in state.of_type(*ACTORS):
        if found.end <= role.start and state.text[found.end : role.start] in gaps:
            return found.id
    return None


def _previous_body(state: ArticleState, role: Role) -> str | None:
    if not role.possessive:
        return None
    earlier = [f for f in state.of_type(*ACTORS)
               if f.start < role.start and role.sentence.index - state.sentence_at(f.start).index <= 2]
    return earlier[-1].id if earlier else None


def _role_country(state: ArticleState, role: Role) -> str | None:
    """The country a role names: inside it, "Morocco's Minister", or "homologue française, X"."""
    for found in state.of_type(E.COUNTRY):
        if role.start <= found.start < role.end:
            return found.term.country
        if state.text[found.end : role.start] in {g + gap for g in _genitive(state) for gap in ("", " ")}:
            return found.term.country
        if role.person_start is not None and found.term.kind == "demonym" \
                and state.text[found.end : role.person_start].strip() == ",":
            return found.term.country
    return None


def _country_near(state: ArticleState, body: Found) -> str | None:
    """A country named right before or after a body, with no comma or semicolon between them
    ("the Ministry of Foreign Affairs, while the US side …" names no country of the ministry)."""
    for found in state.of_type(E.COUNTRY):
        if body.start - 12 <= found.start < body.end + 14:
            between = state.text[min(found.end, body.end) : max(found.start, body.start)]
            if not any(mark in between for mark in ",;"):
                return found.term.country
    return None


def _country_in(state: ArticleState, start: int, end: int) -> str | None:
    for found in state.of_type(E.COUNTRY):
        if start <= found.start < end:
            return found.term.country
    return None


def _kind(role: Role, kinds: dict[str, str | None]) -> str | None:
    """The kind of body a role implies; "secrétaire d'Etat" is a "secrétaire d'État"."""
    lowered = fold(role.text)
    return next((kind for phrase, kind in kinds.items() if kind and _folded(phrase) in lowered), None)


@lru_cache(maxsize=4096)
def _folded(phrase: str) -> str:
    return fold(phrase)


def _embassy(state: ArticleState, role: Role) -> tuple[str | None, str | None]:
    """"ambassadrice de France au Sénégal" -> Embassy of France in Senegal, part of France."""
    sending = hosting = None
    genitive = _genitive(state)
    context = state.lexicon.context[state.language]
    sending_before, hosting_before = context["sending"], context["hosting"]
    for found in state.of_type(E.COUNTRY):
        if not role.start - 15 <= found.start < role.clause_end:
            continue
        before = state.text[max(0, found.start - 9) : found.start]
        if found.term.kind == "demonym" or sending_before.search(before) or state.text.startswith(genitive, found.end):
            sending = sending or found.term
        elif hosting_before.search(before):
            hosting = hosting or found.term
    if sending is None:
        return None, None
    hosting = hosting or host_country(state, sending)
    country = state.lexicon.country_in_name
    name = f"Embassy of {country(sending)}" + (f" in {country(hosting)}" if hosting else "")
    term = Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, country=sending.country)
    state.extra.setdefault(term.id, term)
    if hosting:
        _adopt_bare_embassy(state, term, {fold(f"Embassy of {n}") for n in (sending.name, country(sending))})
    return term.id, sending.country


def _adopt_bare_embassy(state: ArticleState, term: Term, bare: set[str]) -> None:
    """"the Embassy of Chile in the United States" written where the name stops at "Chile": the
    embassy named without its host is the ambassador's embassy."""
    for i, found in enumerate(state.found):
        if found.term.type is E.GOVERNMENT_BODY and fold(found.term.name) in bare:
            state.found[i] = replace(found, term=term)


def _derived_ministry(state: ArticleState, role: Role, secretariat: bool = False) -> str | None:
    """The ministry a minister's title implies; a secretary of state's is a secretariat of state."""
    portfolios = portfolio_of(role.text, state.lexicon)
    if not portfolios:
        return None
    head = "secretariat" if secretariat else "ministry"
    for found in state.of_type(E.GOVERNMENT_BODY):  # the same ministry named in the article
        if head in found.id and portfolio_of(found.term.name, state.lexicon) == portfolios:
            return found.id
    if secretariat:
        term = ministry_term(portfolios, state.lexicon, head="Secretariat of State for")
    else:
        term = _ministry_as_written(state, role) or ministry_term(portfolios, state.lexicon)
    if state.term(term.id) is None:
        state.extra[term.id] = term
    return term.id


def _ministry_as_written(state: ArticleState, role: Role) -> Term | None:
    """"Minister of Transportation and Telecommunications" names its ministry word for word."""
    pattern = state.lexicon.context[state.language].get("portfolio_title")
    match = pattern.search(role.text) if pattern else None
    if match is None:
        return None
    words = match.group(1).split()
    known = state.lexicon.portfolio_words()
    while words and fold(words[-1]).strip(",") not in known:
        words.pop()  # "… Science and Technology Nguyễn Thị Thu Hà": the portfolio ends at its last known word
    if not words:
        return None
    return ministry_named(f"Ministry of {' '.join(words).rstrip(',')}", state.lexicon)


def part_of(state: ArticleState) -> None:
    """partOf for every body: from the lexicon, a neighbouring country word, or its members."""
    for found in state.of_type(E.GOVERNMENT_BODY):
        country = found.term.country or _country_near(state, found)
        if country:
            state.body_country.setdefault(found.id, (f"country/{country}", state.sentence_at(found.start)))
    for term in state.extra.values():
        if term.country:
            sentence = next((r.sentence for r in state.roles.values()), state.sentences[0])
            state.body_country.setdefault(term.id, (f"country/{term.country}", sentence))
    guessed = _listed_countries(state) | _sentence_countries(state)
    for body, (country, sentence) in state.body_country.items():
        code = country.split("/")[1]
        if state.term(country) is None and code in state.lexicon.countries:
            state.extra[country] = state.lexicon.countries[code]
        if body in guessed:
            state.add("part-of-sentence", body, country, sentence, dated=False)
        else:
            state.add("part-of", body, country, sentence, dated=False)


def _listed_countries(state: ArticleState) -> set[str]:
    """Bodies listed together ("the Ministry of Trade and Industry, Ministry of Communications and
    Information and the Infocomm Media Development Authority") belong to the one country that those
    of them with a country have."""
    guessed = set()
    for group in _body_lists(state):
        countries = {state.body_country[f.id][0] for f in group if f.id in state.body_country}
        if len(countries) != 1:
            continue
        country = countries.pop()
        for found in group:
            if found.id not in state.body_country:
                state.body_country[found.id] = (country, state.sentence_at(found.start))
                guessed.add(found.id)
    return guessed


def _body_lists(state: ArticleState) -> list[list[Found]]:
    """Runs of bodies joined only by commas and list words ("and", "the")."""
    words = set(state.lexicon.words(state.language).list_words)
    groups: list[list[Found]] = []
    for found in sorted(state.of_type(E.GOVERNMENT_BODY), key=lambda f: f.start):
        gap = state.text[groups[-1][-1].end : found.start] if groups else ""
        listed = bool(gap.strip()) and len(gap) < 16 and not re.sub(r"[\w'’-]+|[,\s]", "", gap) \
            and all(w.lower() in words for w in re.findall(r"\w+'|[\w-]+", gap))
        if listed:
            groups[-1].append(found)
        else:
            groups.append([found])
    return [g for g in groups if len(g) > 1]


def _sentence_countries(state: ArticleState) -> set[str]:
    """A body with no country yet belongs to the one country its sentence names (an adjective
    such as "togolais" may describe something else, so demonyms do not count)."""
    guessed = set()
    for found in state.of_type(E.GOVERNMENT_BODY):
        if found.id in state.body_country:
            continue
        sentence = state.sentence_at(found.start)
        countries = [c for c in state.of_type(E.COUNTRY)
                     if sentence.start <= c.start < sentence.end and c.term.kind != "demonym"]
        if len({c.id for c in countries}) == 1:
            state.body_country[found.id] = (countries[0].id, sentence)
            guessed.add(found.id)
    return guessed
