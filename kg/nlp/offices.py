"""Offices a title implies besides ministries, and the countries of officials' bodies.

"ambassadrice de France au Sénégal" is a member of the Embassy of France in Senegal, a body of France.
A head of state's title implies no body: their presidency is a fact only where the text names it
(docs/annotation.md).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from urllib.parse import urlparse

from kg.ids import entity_id
from kg.models import EntityType, RelationType
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.people import RoleCue
from kg.nlp.state import ArticleState, Role
from kg.nlp.text import fold, normalize

E = EntityType
HEAD_OFFICE = "head office"  # Term.kind of the office of a head of government, named with its country
COUNTERPART_REACH = 4  # tokens after "counterpart" within which its country is written
VERBS = frozenset({"VERB", "AUX"})  # parts of speech of a clause of its own
TITLE_REACH = 60  # characters from a minister's title to the capital the minister sits in
ENVOY_AHEAD = 15  # characters before an envoy's title where its country may stand ("Bangladesh High Commissioner")
APPOSITION_END = re.compile(r"\s*(?:[,;.)،]|$)")  # a name that closes an apposition
ENVOY_LOOKBACK = 24  # characters before a country read for the word that makes it an envoy's sender or host


def not_theirs(state: ArticleState, person: str, ranked: list[str],
               guessed: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """The countries among `ranked` of which no other official of known country named in one of the
    person's sentences is: a minister whose country the text does not say, who "received the Japanese
    minister" (a title of that country, with or without a body), is of the other country; a head of state
    named paragraphs away is more likely their own. A country only `guessed` for an official, as for
    the person, says nothing ("Minister of Finance X, Minister of Telecommunications Y": both the same
    guess)."""
    members = {d.subject: d.object for d in state.drafts if d.type is RelationType.MEMBER_OF}
    officials = {p for p, body in members.items() if body.startswith("body/")}
    officials |= {p for p in state.roles if p not in members}  # "le ministre vietnamien X": a title, no body
    sentences = {state.sentence_at(f.start).index for f in state.found if f.id == person}
    near = {f.id for f in state.of_type(E.PERSON) if state.sentence_at(f.start).index in sentences}
    theirs = {f"country/{code}" for other, code in state.person_country.items()
              if other != person and other not in guessed
              and other in officials & near}  # a company's man is no country's
    return [c for c in ranked if c not in theirs]


def counterparts(state: ArticleState, person: str) -> set[str]:
    """The countries of the counterparts named in a person's sentences ("X spoke with his counterpart
    from the United Arab Emirates", "his Japanese counterpart", "X a reçu son homologue gambien"): not
    the person's own."""
    doc = state.doc
    sentences = {state.sentence_at(f.start).index for f in state.found if f.id == person}
    result = set()
    own = state.roles.get(person)
    for cue in state.role_cues:
        if cue.body != "counterpart" or state.sentence_at(doc[cue.start].idx).index not in sentences:
            continue
        if (own is not None and own.start <= doc[cue.start].idx < own.end) or _named_after(state, cue, person):
            continue  # the person is the counterpart
        result |= _cue_countries(state, cue)
    return result


def counterpart_home(state: ArticleState, person: str) -> str | None:
    """The one country of the counterpart cues the person is named after ("X spoke with his counterpart
    from the United Arab Emirates, the Minister of …, Y": Y is of the United Arab Emirates)."""
    homes = set()
    for cue in state.role_cues:
        if cue.body == "counterpart" and _named_after(state, cue, person):
            homes |= _cue_countries(state, cue)
    return homes.pop().split("/")[1] if len(homes) == 1 else None


def delegation_home(state: ArticleState, person: str) -> str | None:
    """"X led the Ghanaian delegation", "the delegation from Malawi was led by the Minister …, X", "la délégation
    sénégalaise conduite par X": the one country of the delegations a person is said to lead."""
    homes = {country.term.country for found in state.of_type(E.PERSON) if found.id == person
             for country in _delegation_countries(state, found) if _leads(state, found, country)}
    homes.discard(None)
    return homes.pop() if len(homes) == 1 else None


def _delegation_countries(state: ArticleState, found: Found) -> list[Found]:
    """The countries of a person's sentence named as a delegation's ("the Ghanaian delegation", "a delegation
    from Malawi", "la délégation ivoirienne")."""
    context = state.lexicon.context[state.language]
    before, after = context.get("delegation_before"), context.get("origin_after")
    sentence = state.sentence_at(found.start)
    text = state.text
    return [c for c in state.of_type(E.COUNTRY) if sentence.start <= c.start < sentence.end
            and ((before is not None and bool(before.search(text[max(sentence.start, c.start - 40) : c.start])))
                 or (after is not None and bool(after.match(text[c.end : c.end + 40]))))]


def _leads(state: ArticleState, person: Found, country: Found) -> bool:
    """Whether the person is said to lead the country's delegation: "X led the …" right before it, or the first
    person named after a "led by" cue that follows it."""
    if person.end <= country.start:
        pattern = state.lexicon.context[state.language].get("leader_before")
        return pattern is not None and bool(pattern.search(state.text[person.end : country.start]))
    leads = state.lexicon.cues.get(state.language, {}).get("leads")
    cue = leads.search(state.text[country.end : person.start].lower()) if leads is not None else None
    if cue is None:
        return False
    at = country.end + cue.end()
    return not any(at <= p.start < person.start for p in state.of_type(E.PERSON))


def envoys_met(state: ArticleState, person: str) -> tuple[set[str], set[str]]:
    """The sending and the hosting countries of the envoys named in a person's sentences who are not the
    person ("X received the ambassador of China in Cairo": X is not of China, and is of Egypt); an envoy's
    title that names no host is posted to the country of the article's dateline."""
    doc = state.doc
    sentences = {state.sentence_at(f.start).index for f in state.found if f.id == person}
    own = state.roles.get(person)
    sending: set[str] = set()
    hosting: set[str] = set()
    for cue in state.role_cues:
        if cue.body != "embassy" or state.sentence_at(doc[cue.start].idx).index not in sentences:
            continue
        if (own is not None and own.start <= doc[cue.start].idx < own.end) or _named_after(state, cue, person):
            continue  # the person is the envoy
        sender, host = _envoy_cue_countries(state, cue)
        if sender is not None:
            sending.add(sender.id)
            host = host or dateline_country(state, sender)
        if host is not None:
            hosting.add(host)
    return sending, hosting - sending


def _envoy_cue_countries(state: ArticleState, cue: RoleCue) -> tuple[Term | None, str | None]:
    """The country sending the envoy of a cue ("ambassador of China", "the Chinese ambassador", "Australia's
    ambassador") and the country of the capital or country written as its post ("in Cairo", "au Sénégal")."""
    doc = state.doc
    start, end = doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1].text)
    high = doc[min(cue.end + COUNTERPART_REACH, len(doc) - 1)].idx
    genitive = tuple(state.lexicon.words(state.language).genitive)
    sender = None
    for found in sorted(state.of_type(E.COUNTRY), key=lambda f: f.start):
        ahead = found.end <= start and state.text[found.end : start].strip().replace("’", "'") in ("", *genitive)
        if ahead or (end <= found.start <= high and _sent_from(state, found, end)):
            sender = found
            break
    if sender is None:
        return None, None
    return sender.term, _envoy_post(state, max(end, sender.end), high)


def _sent_from(state: ArticleState, found: Found, end: int) -> bool:
    """Whether a country written after an envoy's title ends at `end` is the one sending the envoy: a
    demonym, a country after "of", or one after no verb nor host word ("ambassador of the Kingdom of …")."""
    context = state.lexicon.context[state.language]
    before = state.text[max(0, found.start - ENVOY_LOOKBACK) : found.start]
    if found.term.kind == "demonym" or context["sending"].search(before):
        return True
    return not (context["hosting"].search(before) or _has_verb(state, end, found.start))


def _envoy_post(state: ArticleState, after: int, high: int) -> str | None:
    """The country of the first country or capital written as an envoy's post after an offset ("to
    Cambodia", "in Cairo", "بالقاهرة" glued to the sender's name)."""
    hosting_before = state.lexicon.context[state.language]["hosting"]
    capitals = state.lexicon.capital_of
    for found in sorted(state.of_type(E.COUNTRY, E.PLACE), key=lambda f: f.start):
        code = found.term.country if found.term.type is E.COUNTRY else capitals.get(found.id)
        gap = state.text[after : found.start]
        if code and after <= found.start <= high + 10 and len(gap) <= 16 \
                and (not gap.strip() or hosting_before.search(state.text[max(0, found.start - 9) : found.start])):
            return f"country/{code}"
    return None


def dateline_country(state: ArticleState, sending: Term) -> str | None:
    """The country whose capital the article's first sentence names (its dateline, "ALGER -"), other than
    the envoy's own."""
    first = state.sentences[0].end if state.sentences else 0
    capitals = state.lexicon.capital_of
    for found in state.of_type(E.PLACE):
        code = capitals.get(found.id)
        if found.start < first and code and code != sending.country:
            return f"country/{code}"
    return None


def _cue_countries(state: ArticleState, cue: RoleCue) -> set[str]:
    """The countries written at a counterpart cue ("his Japanese counterpart", "counterpart from Japan")."""
    doc = state.doc
    low = doc[max(0, cue.start - 1)].idx  # "his Japanese counterpart"
    high = doc[min(cue.end + COUNTERPART_REACH, len(doc) - 1)].idx
    return {c.id for c in state.of_type(E.COUNTRY) if low <= c.start <= high}


def _named_after(state: ArticleState, cue: RoleCue, person: str) -> bool:
    """Whether the person is the first named after a counterpart cue in its sentence, with no verb between
    ("his counterpart from Japan, the Minister of …, Y"): the counterpart is that person."""
    doc = state.doc
    if cue.end >= len(doc):
        return False
    start = doc[cue.end].idx
    sentence = state.sentence_at(doc[cue.start].idx)
    after = sorted((f for f in state.of_type(E.PERSON) if start <= f.start < sentence.end), key=lambda f: f.start)
    if not after or after[0].id != person:
        return False
    between = doc.char_span(start, after[0].start, alignment_mode="contract")
    return between is not None and not any(t.pos_ in VERBS for t in between)


def embassy(state: ArticleState, role: Role) -> tuple[str | None, str | None]:
    """"ambassadrice de France au Sénégal" -> Embassy of France in Senegal, part of France; "the High
    Commissioner of India in Sri Lanka" -> High Commission of India in Sri Lanka (the title's `office`)."""
    sending, hosting = _envoy_countries(state, role)
    if sending is None:
        return None, None
    hosting = hosting or host_country(state, sending)
    country = state.lexicon.country_in_name
    office = title_office(state, role) or "Embassy"
    name = f"{office} of {country(sending)}" + (f" in {country(hosting)}" if hosting else "")
    term = Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, country=sending.country)
    state.extra.setdefault(term.id, term)
    if hosting:
        _adopt_bare_embassy(state, term, {fold(f"{office} of {n}") for n in (sending.name, country(sending))})
    return term.id, sending.country


def title_office(state: ArticleState, role: Role) -> str | None:
    """The head of the name of the office a title implies: the pack's `office` of the longest of its titles
    that the role writes ("Deputy High Commissioner": High Commission; "commissaire": Commission)."""
    lowered = fold(role.text)
    offices = state.lexicon.role_offices.get(state.language, {})
    written = [p for p in offices if re.search(rf"(?<![\w-]){re.escape(fold(p))}(?![\w-])", lowered)]
    return offices[max(written, key=len)] if written else None


def commission(state: ArticleState, role: Role, body: str | None) -> str | None:
    """A union's commissioner sits in its Commission, never in the union (docs/annotation.md): the union the
    title names ("the EU Commissioner for …", "the African Union's commissioner"), else the one its sentence,
    else the article names; the Commission is the reference organisation named "<union> Commission"."""
    office = title_office(state, role)
    named = state.term(body) if body else None
    if office is None or (named is not None and (named.type is not E.ORGANIZATION or named.country)):
        return None  # "FTC Commissioner", "Information Commissioner": a body of a country's own
    unions = [f for f in state.of_type(E.ORGANIZATION) if not f.term.country]
    sentence = [f.term for f in unions if role.sentence.start <= f.start < role.sentence.end]
    article = list({f.id: f.term for f in unions}.values())
    for candidates in ([named] if named else [], sentence, article if len(article) == 1 else []):
        for union in candidates:
            organ = _organ(state, union, office)
            if organ is not None:
                state.extra.setdefault(organ.id, organ)
                return organ.id
    return None


def _organ(state: ArticleState, union: Term, office: str) -> Term | None:
    """The reference organisation a union's name or acronym, then the office's head, names ("EU Commission",
    "African Union Commission")."""
    lexicon = state.lexicon
    for surface in sorted({union.name, *lexicon.surfaces_of(union.id)}):
        organs = [t for t in lexicon.named(f"{surface} {office}") if t.id != union.id]
        if len(organs) == 1:
            return organs[0]
    return None


def delegation(state: ArticleState, role: Role, body: str) -> str | None:
    """"l'ambassadeur de l'Union européenne au Tchad", "the European Union Ambassador to Azerbaijan": the
    ambassador of an international organisation, sent by no country, heads its delegation to the country
    the title or the article names (docs/annotation.md), an organisation of no country."""
    union = state.term(body)
    if union is None or union.type is not E.ORGANIZATION or union.country:
        return None
    sending, hosting = _envoy_countries(state, role)
    hosting = hosting or (host_country(state, union) if sending is None else None)
    if sending is not None or hosting is None:
        return None
    article = "the " if " " in union.name else ""  # "the European Union", "NATO"
    name = f"Delegation of {article}{union.name} to {state.lexicon.country_in_name(hosting)}"
    term = state.lexicon.known(entity_id(E.ORGANIZATION, name)) or Term(entity_id(E.ORGANIZATION, name),
                                                                         E.ORGANIZATION, name)
    state.extra.setdefault(term.id, term)
    return term.id


def _envoy_countries(state: ArticleState, role: Role) -> tuple[Term | None, Term | None]:
    """The sending and the hosting country an envoy's title names ("ambassadrice de France au Sénégal")."""
    sending = hosting = None
    genitive = tuple(state.lexicon.words(state.language).genitive)
    context = state.lexicon.context[state.language]
    sending_before, hosting_before = context["sending"], context["hosting"]
    ahead = ENVOY_AHEAD if state.cased else 0  # "سفير الجزائر"
    for found in state.of_type(E.COUNTRY):
        if not role.start - ahead <= found.start < role.clause_end:
            continue
        before = state.text[max(0, found.start - ENVOY_LOOKBACK) : found.start]
        opens = found.start == role.start  # "Bangladesh High Commissioner to India"
        if found.term.kind == "demonym" or opens or sending_before.search(before) \
                or state.text.startswith(genitive, found.end):
            sending = sending or found.term
        elif hosting_before.search(before):
            hosting = hosting or found.term
    if sending is None and role.country in state.lexicon.countries:
        sending = state.lexicon.countries[role.country]  # one of "the ambassadors of A and B, C and D"
    capital = _capital_post(state, role, sending)
    return sending, capital or hosting


def _capital_post(state: ArticleState, role: Role, sending: Term | None) -> Term | None:
    """"l'ambassadeur du Japon à Alger", "سفير مصر بهلسنكي وغير مقيم بإستونيا": the country of the first
    capital of another country written in the envoy's phrase as its post (a host word before it, or right
    after the sender's name) is the country hosting the embassy, before any country named later."""
    if sending is None:
        return None
    hosting_before = state.lexicon.context[state.language]["hosting"]
    capitals = state.lexicon.capital_of
    senders = [f.end for f in state.of_type(E.COUNTRY) if f.term.country == sending.country
               and role.start - ENVOY_AHEAD <= f.start < role.clause_end]
    for found in state.of_type(E.PLACE):
        code = capitals.get(found.id)
        if not code or code == sending.country or code not in state.lexicon.countries \
                or not role.start <= found.start < role.clause_end:
            continue
        before = state.text[max(0, found.start - ENVOY_LOOKBACK) : found.start]
        if hosting_before.search(before) or any(not state.text[end : found.start].strip() for end in senders):
            return state.lexicon.countries[code]
    return None


def _adopt_bare_embassy(state: ArticleState, term: Term, bare: set[str]) -> None:
    """"the Embassy of Chile in the United States" written where the name stops at "Chile": the
    embassy named without its host is the ambassador's embassy."""
    for i, found in enumerate(state.found):
        if found.term.type is E.GOVERNMENT_BODY and fold(found.term.name) in bare:
            state.found[i] = replace(found, term=term)


def host_country(state: ArticleState, sending: Term) -> Term | None:
    """The country an ambassador whose title names no host is posted to: the country whose capital the
    article's first sentence names (its dateline, "ALGER -", or its headline's "à Alger"), else the
    country the article names most, other than the ambassador's own ("l'ambassadeur des États-Unis"
    in a report from Abidjan)."""
    first = state.sentences[0].end if state.sentences else 0
    capitals = state.lexicon.capital_of
    for found in state.of_type(E.PLACE):
        code = capitals.get(found.id)
        if found.start < first and code and code != sending.country and code in state.lexicon.countries:
            return state.lexicon.countries[code]
    for country_id in state.salient_countries():
        code = country_id.split("/")[-1]
        if code != sending.country and code in state.lexicon.countries:
            return state.lexicon.countries[code]
    return None


def titled_capital(state: ArticleState, candidates: list[str]) -> list[str]:
    """The country among the candidates whose capital is written right after a minister's title named
    with no person ("called on the Minister for Communications in Accra"): that minister sits there."""
    capitals = state.lexicon.capital_of
    locative = state.lexicon.context[state.language]["locative_before"]
    people = [f.start for f in state.of_type(E.PERSON)]
    for cue in (c for c in state.role_cues if c.body == "ministry"):
        after = state.doc[cue.end - 1].idx + len(state.doc[cue.end - 1].text)
        for found in state.of_type(E.PLACE):
            code = capitals.get(found.id)
            gap = state.text[after : found.start]
            if code and 0 < found.start - after <= TITLE_REACH and locative.search(gap) \
                    and not any(after <= p < found.start for p in people) and not re.search(r"[,;.:()]", gap) \
                    and not _has_verb(state, after, found.start):
                return [f"country/{code}"] if f"country/{code}" in candidates else []
    return []


def _has_verb(state: ArticleState, start: int, end: int) -> bool:
    """Whether a verb is written between two offsets ("the minister travelled to Accra": no seat)."""
    span = state.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in VERBS for t in span)


def outlet_country(lexicon: Lexicon, url: str | None, source: str | None) -> str | None:
    """The country of the outlet that published an article: one its name says ("L'Express de Madagascar"),
    else the country code ending its web address ("….mg") or, for an address that does not end in one,
    the country the reference data gives its host (data/reference/outlets.yaml)."""
    named = lexicon.country_in(source) if source else None
    host = (urlparse(url).hostname or "").lower().removeprefix("www.") if url else ""
    code = lexicon.outlets.get(host) or host.rpartition(".")[2]
    return named or (f"country/{code}" if code in lexicon.countries else None)


def outlet_first(state: ArticleState, candidates: list[str], hosts: set[str]) -> list[str]:
    """The outlet's country among the candidates: a local paper's minister of unsaid country is its
    country's ("le ministre des Postes" in a Malagasy paper). Empty if the article does not name it, or
    if it reports a trip to another country (the unsaid minister met there is more likely the host's)."""
    abroad = bool(hosts - {state.outlet})
    return [state.outlet] if state.outlet in candidates and not abroad else []


def headline_first(state: ArticleState, candidates: list[str]) -> list[str]:
    """The first country the headline names among the candidates, alone ("Malawi for serious
    partnership in ICT": a minister of unsaid country in that report is Malawi's); empty if none."""
    named = headline_countries(state)
    return next(([c] for c in named if c in candidates), [])


def headline_countries(state: ArticleState) -> list[str]:
    """The countries the article's headline names, in the order it names them (longest name first at
    each word: "Republic of Korea" before "Korea"; capital abbreviations as written: "UK")."""
    lexicon = state.lexicon
    table = lexicon.country_words()
    words = re.findall(r"[\w'’.]+", state.title.replace("-", " "))
    found: list[str] = []
    for i, word in enumerate(words):
        hit = next((table.get(fold(" ".join(words[i : i + size])).strip(".")) for size in (3, 2, 1)
                    if table.get(fold(" ".join(words[i : i + size])).strip("."))), None)
        hit = hit or lexicon.country_acronym_in(word)
        if hit and hit not in found:
            found.append(hit)
    return _as_read_in_body(state, found)


def _as_read_in_body(state: ArticleState, countries: list[str]) -> list[str]:
    """A headline the body repeats as written: a country word that the parse of the body's copy reads as a
    common noun, matched there as no country, is none ("Réunion bilatérale avec …" is a meeting)."""
    start = state.text.find(state.title) if state.title else -1
    if start < 0:
        return countries
    end = start + len(state.title)
    read = {f.id for f in state.found if start <= f.start < end}
    table = state.lexicon.country_words()
    nouns = {table.get(fold(t.text)) for t in state.doc if start <= t.idx < end and t.pos_ == "NOUN"}
    return [c for c in countries if c in read or c not in nouns]


def _office_patterns(words: Any) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """The complement after an office ("de", "of"), and each head office's names as one pattern."""
    complements = "|".join(re.escape(w) for w in sorted({*words.complements, *words.partitives}))
    of = re.compile(rf"^\s+(?:{complements})(?:\s|(?<=')|(?<=’))")
    patterns = {}
    for office, surfaces in words.head_offices.items():
        alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
        patterns[office] = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)
    return of, patterns


def head_offices(state: ArticleState) -> list[Found]:
    """"le bureau du gouvernement du Vietnam", "Estonian Government Office", "the Office of the Prime
    Minister": the office of a country's head of government (its pack's `head_offices`), of the country
    written right before or after it, else of the article's own country."""
    phrases = state.lexicon.words(state.language).head_offices
    if not phrases:
        return []
    known = [f for f in state.found if f.source == "gazetteer" and f.term.type is E.GOVERNMENT_BODY]
    words = state.lexicon.words(state.language)
    of, patterns = state.lexicon.derived(("head offices", state.language), lambda: _office_patterns(words))
    result = []
    for office, pattern in patterns.items():
        for match in pattern.finditer(state.text):
            if any(f.start < match.end() and match.start() < f.end for f in known):
                continue  # the reference data's own name ("Estonian Government Office")
            if " " not in match.group(0) and not _after_article(state.text[max(0, match.start() - 6) : match.start()],
                                                              words.definite):
                continue  # "transition de présidence": a bare noun names a body only with its article
            start, end, country = _office_country(state, match.start(), match.end())
            if country is None and of.match(state.text[end : end + 12].replace("’", "'")):
                continue  # "la présidence du Conseil", "sous la présidence de …": the office of something else
            if country is None and re.match(r"\s+[A-Z]", state.text[end : end + 3]):
                continue  # "the Cabinet Office", "the Cabinet Secretary": a name or a title of its own
            country = country or _article_country(state)
            if country is None:
                continue
            name = f"{office} of {state.lexicon.country_in_name(country)}"
            body_id = entity_id(E.GOVERNMENT_BODY, name)
            named = state.lexicon.bodies_named(name)  # "Cabinet of India": the Union Cabinet
            term = state.lexicon.known(body_id) or (named[0] if len(named) == 1 else None) or \
                Term(body_id, E.GOVERNMENT_BODY, name, kind=HEAD_OFFICE, country=country.country)
            result.append(Found(start, end, state.text[start:end], term, "pattern"))
    return result


def named_embassies(state: ArticleState) -> list[Found]:
    """"l'ambassade de France au Vietnam", "the Japanese embassy in Accra": an embassy noun (the pack's
    `heads` of kind `embassy`) with the sending country written right after or before it is the Embassy of
    that country in the host written next ("au Vietnam"), else in the country the ambassador would be
    posted to (`host_country`); the mention takes both countries in."""
    pattern = _embassy_nouns(state)
    if pattern is None:
        return []
    result = []
    for match in re.finditer(pattern, state.text, re.IGNORECASE):
        start, end, sending = _office_country(state, match.start(1), match.end(1))
        if sending is None:
            start, end, sending = _country_inside(state, match.start(1))
        if sending is None:
            continue
        end, hosting = _hosting_after(state, end)
        hosting = hosting or host_country(state, sending)
        country = state.lexicon.country_in_name
        name = f"Embassy of {country(sending)}" + (f" in {country(hosting)}" if hosting else "")
        term = Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, country=sending.country)
        result.append(Found(start, end, state.text[start:end], term, "pattern"))
    return result


def _embassy_nouns(state: ArticleState) -> str | None:
    """A pattern of the pack's embassy nouns (`heads` of kind `embassy`), the noun its group 1, after any
    preposition the language glues to a word (its `proclitics` that stand for a word: "بسفارة")."""
    nouns = [text for text, kind in state.lexicon.heads.get(state.language, []) if kind == "embassy"]
    if not nouns:
        return None
    alternatives = "|".join(re.escape(normalize(n)) for n in sorted(nouns, key=len, reverse=True))
    words = state.lexicon.words(state.language)
    glued = "|".join(re.escape(normalize(c.text)) for c in words.proclitics if not c.becomes) or "(?!)"
    return rf"(?<![\w-])(?:{glued})?({alternatives})(?![\w-])"


def _country_inside(state: ArticleState, start: int) -> tuple[int, int, Term | None]:
    """"Ambassade de France", "the US Embassy": an unknown name around the embassy noun that took its
    country in."""
    for found in state.found:
        if found.start <= start < found.end and found.term.type is E.GOVERNMENT_BODY and found.source != "gazetteer":
            code = state.lexicon.country_in(re.sub(r"['’]", " ", found.text))  # "Ambassade d'Italie"
            if code:
                return found.start, found.end, state.lexicon.countries.get(code.split("/")[-1])
    return start, start, None


def _hosting_after(state: ArticleState, end: int) -> tuple[int, Term | None]:
    """The host country written right after an embassy and its sending country ("au Vietnam", "in Ghana")."""
    hosting_before = state.lexicon.context[state.language]["hosting"]
    for found in state.of_type(E.COUNTRY):
        if end < found.start <= end + 9 and found.term.kind == "name" \
                and hosting_before.search(" " + state.text[end : found.start].lstrip()):
            return found.end, state.lexicon.countries.get(found.term.country or "")
    return end, None


def _after_article(before: str, articles: list[str]) -> bool:
    """Whether a text ends with a definite article ("la ", "l'")."""
    before = before.replace("’", "'").lower()
    return any(before.endswith(f" {a}" if a.endswith("'") else f" {a} ") or before == a for a in articles)


def beside_country(state: ArticleState, body: str) -> str | None:
    """The country written in or right beside a mention of a body ("Costa Rica's Ministry of …", "ministère
    … du Gabon", "وزارة الاتصالات العراقية"), the first mention that has one: the body's own phrase says whose
    it is, before the country of a person said to be in it."""
    for found in state.found:
        if found.id != body:
            continue
        code = state.lexicon.country_in(found.text)
        start, _, country = _office_country(state, found.start, found.end) if code is None else (0, 0, None)
        if start < found.start and not state.lexicon.words(state.language).country_qualifies_title:
            country = None  # "… دولة الإمارات ووزارة …": a name before a body qualifies it only where it may
        code = code or (country.id if country is not None else None) or _apposed_after(state, found)
        if code:
            return code.split("/")[-1]
    return None


def _apposed_after(state: ArticleState, body: Found) -> str | None:
    """"Permanent Secretary, Ministry of ICT, Kenya.", "وزارة الاتصالات، بالجمهورية العراقية،": a country's
    name alone after a comma, closing the body's apposition, is the body's."""
    for found in state.of_type(E.COUNTRY):
        if found.start > body.end and state.text[body.end : found.start].strip() in (",", "،") \
                and found.term.kind != "demonym" and APPOSITION_END.match(state.text, found.end):
            return found.id
    return None


def _office_country(state: ArticleState, start: int, end: int) -> tuple[int, int, Term | None]:
    """The country written right after an office ("du Vietnam", "vietnamien", "of Estonia") or right
    before it ("Estonian", "Vietnam's"): the mention then takes it in."""
    words = state.lexicon.words(state.language)
    links = {f" {c} " for c in words.complements} | {f" {c} {d}" + ("" if d.endswith("'") else " ")
                                                     for c in words.complements for d in words.definite} | {" "}
    before = {" "} | {f"{g} " for g in words.genitive}
    for found in state.of_type(E.COUNTRY):
        if found.start >= end and state.text[end : found.start].replace("’", "'") in links:
            return start, found.end, state.lexicon.countries.get(found.term.country or "")
        if found.end <= start and state.text[found.end : start] in before:
            return found.start, end, state.lexicon.countries.get(found.term.country or "")
    word = re.search(r"([\w-]+)(?:'s|’s)? $", state.text[max(0, start - 40) : start])  # a name that took it in
    code = state.lexicon.country_words().get(fold(word.group(1))) if word else None
    if word and code:
        return start - len(word.group(0)), end, state.lexicon.countries.get(code.split("/")[-1])
    return start, end, None


def _article_country(state: ArticleState) -> Term | None:
    """The country an article's unqualified office belongs to: the one whose capital its first sentence
    names (its dateline), else the one it names most."""
    first = state.sentences[0].end if state.sentences else 0
    capitals = state.lexicon.capital_of
    for found in state.of_type(E.PLACE):
        code = capitals.get(found.id)
        if found.start < first and code in state.lexicon.countries:
            return state.lexicon.countries[code]
    ranked = state.salient_countries()
    return state.lexicon.countries.get(ranked[0].split("/")[-1]) if ranked else None


def hosting_country(state: ArticleState, role: Role) -> str | None:
    """The country an envoy's title posts them to ("the High Commissioner of India to Jamaica" -> Jamaica),
    where it names one and it is not the country sending them."""
    sending, hosting = _envoy_countries(state, role)
    if hosting is None or hosting.country is None or (sending is not None and sending.country == hosting.country):
        return None
    return hosting.country
