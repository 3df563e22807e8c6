"""The memberOf / partOf that roles imply: the body a role names or implies, and each body's country."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.ids import entity_id
from kg.models import EntityType, RelationType
from kg.nlp.found import Found
from kg.nlp.lexicon import Term, portfolio_of
from kg.nlp.names import ministry_named, ministry_term
from kg.nlp.offices import beside_country, commission, delegation, embassy
from kg.nlp.people import RoleCue
from kg.nlp.qualify import known_body, qualify_member
from kg.nlp.role_phrases import ACTORS, find_roles, phrase_role, pre_title
from kg.nlp.state import ArticleState, Role
from kg.nlp.text import fold, folded_words

E = EntityType
__all__ = ["affiliations", "find_roles", "memberships", "part_of", "written_country"]
BRACKET_GAP = re.compile(r"^ ?\( ?(?:[A-Z][\w.&-]*, ?)?$")  # "Ministry (Minister X", "Ministry (MSIT, Minister X"
VERBS = frozenset({"VERB", "AUX"})  # parts of speech of a clause of its own
AFTER_NAME = 16  # at most this many characters between a name and the body it is from
STYLE_REACH = 14  # characters after an envoy's title within which its country may follow its style ("جمهورية")
TRAILING_END = re.compile(r"^(?:\s*[,;.(/)]|\s*$)")  # the body's name ends the apposition
TITLE_REACH = 24  # characters before a role's cue searched for a longer title that holds it
BRACKET_OPEN = re.compile(r"^\s*\((?:[^()\s,]{1,15},\s*)?$")  # "(", "(MSIT, ": a post in brackets after a body
OWNER_REACH = 14  # characters from a body within which a country written beside it is the body's own
BETWEEN_REACH = 16  # characters before a body read for the "between" it follows
APPOSED_AHEAD = 12  # characters after a country read for what closes the apposition it ends: ")", ",", " and …"


def memberships(state: ArticleState, kinds: dict[str, str | None]) -> None:
    """memberOf from the body named in the role's clause, or implied by a minister's title."""
    for person_id, whole in state.roles.items():
        for role in title_chain(state, whole, kinds):
            _membership(state, person_id, role, whole, kinds)
    for person_id, role in state.roles.items():
        _listed_post(state, person_id, role, kinds)
    affiliations(state)
    delegations(state)
    unnamed_embassies(state)
    bare_envoys(state, kinds)


def title_chain(state: ArticleState, role: Role, kinds: dict[str, str | None]) -> list[Role]:
    """"la ministre de A et ministre de B, X", "X, Minister of A and Minister of B": one person's titles
    joined by a coordinator or a comma, each a post of its own. The chain runs from the first ministerial
    cue of the role's sentence written before it with no name, counterpart, verb or stop between."""
    if role.start == role.end:
        return [role]  # one of a list of names after a plural title
    doc = state.doc
    stops = {".", ";", ":", "(", ")"}
    people = [f.start for f in state.of_type(E.PERSON)]
    tokens = {doc[c.start].idx: c.start for c in state.role_cues if c.body == "ministry"}
    cues = sorted(i for i in tokens if role.sentence.start <= i < role.end)
    words = state.lexicon.words(state.language)
    listing = re.compile(rf",\s*(?:{'|'.join(map(re.escape, words.coordinators))})(?!\w)")  # ", et le …": another's
    others = [(r.start, r.end) for r in state.roles.values() if r is not role]
    peers = [doc[c.start].idx for c in state.role_cues if c.body == "counterpart"]  # "ونظيره الإيطالي وزير …"
    start = role.start
    for cue in reversed([c for c in cues if c < role.start]):
        between = doc.char_span(cue, start, alignment_mode="expand")
        if between is None or any(t.text in stops or t.pos_ in VERBS for t in between) \
                or any(cue <= p < start for p in people + peers) or listing.search(state.text[cue:start]) \
                or any(a <= cue < b for a, b in others):
            break
        start = cue
    cuts = [c for c in cues if start <= c < role.end]
    if len(cuts) < 2 or cuts[0] != start:
        return [role]
    trailing = {fold(w) for w in (*words.coordinators, *words.partitives, *words.definite)}
    cuts[0] = doc[pre_title(state, tokens[start])].idx  # "Australian Minister for …"
    parts = []
    for i, cut in enumerate(cuts):
        end = cuts[i + 1] if i + 1 < len(cuts) else role.end
        joined = next((w for w in words.coordinators if state.text.startswith(w, cut)), None)
        if joined and not _kind(replace(role, text=state.text[cut:end]), kinds) \
                and _kind(replace(role, text=state.text[cut + len(joined) : end]), kinds):
            cut += len(joined)  # "ووزير الدولة": the coordinator written onto the title
        text = state.text[cut:end]
        while True:
            stripped = text.rstrip(" ,")
            head, _, last = stripped.rpartition(" ")
            if not head or fold(last) not in trailing:
                break
            text = head
        text = text.strip(" ,")
        clause_end = cut + len(text) if i + 1 < len(cuts) else role.clause_end
        parts.append(replace(role, text=text, start=cut, end=cut + len(text), clause_end=clause_end))
    return parts


def _membership(state: ArticleState, person_id: str, role: Role, whole: Role, kinds: dict[str, str | None]) -> None:
    """The memberOf of one of a person's titles (`whole` is the person's role phrase)."""
    kind = _kind(role, kinds)
    body = _body_in_clause(state, role) or _body_before_title(state, role) or _bracketed_after_body(state, role)
    body = body or _genitive_head(state, role)
    body = body or (_body_after_title(state, role) if _bare_title(state, role, kind) else None)
    peer = kind == "counterpart"  # "son homologue français": a person's peer, not a body's
    kind = _peer_kind(state, role, kinds) if peer else kind
    body = body if peer else body or _previous_body(state, role)
    listed = role.country is not None and role.start == role.end  # one of a list of names after a plural title
    country = role.country if listed else _role_country(state, role) or role.country  # a known person's own
    country = country or (_role_country(state, whole) if whole is not role else None)
    body = body or (None if peer else _titled_body(state, role, country))
    if peer and body is None and not portfolio_of(role.text, state.lexicon):
        body = _peer_ministry(state, role, country, kinds)
    envoy = delegation(state, role, body) if kind == "embassy" and body else None
    envoy = commission(state, role, body) if kind is None else envoy  # "EU Commissioner": its Commission
    if envoy is not None:  # "the European Union Ambassador to Azerbaijan": the Union's delegation there
        body, country = envoy, None
    known = state.term(person_id)
    own = country or (known.country if known else None)  # a national leader of the reference data
    region = None if body or kind in ("embassy", "counterpart") else _region_government(state, role, own)
    if region is not None:
        body, country = region.id, region.country
    if body is None and kind in ("ministry", "secretariat"):
        named = _derived_ministry(state, role, country, kind == "secretariat", _plain_minister(state, role, kinds))
        body = qualify_member(state, named, country) if named else None
        _own_mentions(state, named, body, country, role)
    if body is None and kind == "embassy":
        body, country = embassy(state, role)
    if country:
        state.person_country[person_id] = country
    if body is not None:
        state.add("member-of", person_id, body, role.sentence, dated=False)
        _body_owner(state, person_id, body, role, country)


def _body_owner(state: ArticleState, person_id: str, body: str, role: Role, country: str | None) -> None:
    """The country of a member's body: its own, else the one written beside a mention of a state body, else the
    member's; the member is of that country too, when no other is known."""
    term = state.term(body)
    written = beside_country(state, body) if term and term.type is E.GOVERNMENT_BODY and not term.country else None
    owner = (term.country if term else None) or written or country
    if owner and term and term.type is E.GOVERNMENT_BODY:
        state.body_country.setdefault(body, (f"country/{owner}", role.sentence))
    if owner:
        state.person_country.setdefault(person_id, owner)


def _listed_post(state: ArticleState, person_id: str, role: Role, kinds: dict[str, str | None]) -> None:
    """"the Minister of ICT Jane Roe and Principal Secretary John Doe", "…, Undersecretary John Doe": a
    ministry's post, or a title that implies no body, naming no portfolio nor body, listed right after a
    named official of a state body, is a post in that body."""
    before_name = role.person_start is not None and role.start < role.person_start
    cased = state.cased  # an uncased script's titles: its own layer
    if not before_name or _kind(role, kinds) not in ("ministry", "secretariat", None if cased else "ministry") \
            or portfolio_of(role.text, state.lexicon) or _member_body(state, person_id):
        return
    joins = {",", *state.lexicon.words(state.language).coordinators}
    joins |= {f", {c}" for c in joins}
    before = [f for f in state.of_type(E.PERSON) if role.sentence.start <= f.end <= role.start]
    if not before or fold(state.text[before[-1].end : role.start].strip()) not in joins:
        return
    body = _member_body(state, before[-1].id)
    term = state.term(body) if body else None
    if body and term and term.type is E.GOVERNMENT_BODY:
        state.add("member-of", person_id, body, role.sentence, dated=False)


def _member_body(state: ArticleState, person_id: str) -> str | None:
    """The body of a person's memberOf found so far, if one."""
    bodies = {d.object for d in state.drafts if d.subject == person_id and d.type is RelationType.MEMBER_OF}
    return bodies.pop() if len(bodies) == 1 else None


def _own_mentions(state: ArticleState, named: str | None, body: str | None, country: str | None, role: Role) -> None:
    """The mentions of a generic ministry a minister's title names are of the minister's country, unless
    written with another one ("Spain's Ministry of Agriculture" beside a Portuguese minister's title)."""
    mentions = [f for f in state.found if f.id == named]
    if named and body != named and country and mentions and not _other_country(state, mentions[0], country):
        state.body_country.setdefault(named, (f"country/{country}", role.sentence))


def unnamed_embassies(state: ArticleState) -> None:
    """The embassy an ambassador's title implies when no name goes with it ("en présence de
    l'ambassadeur du Japon près le Bénin"): the body is annotated all the same, with its country."""
    taken = [(r.start, r.end) for r in state.roles.values()]
    for cue in state.role_cues:
        start = state.doc[cue.start].idx
        if cue.body != "embassy" or any(a <= start < b for a, b in taken) or not _country_follows(state, cue):
            continue
        role = phrase_role(state, cue)
        if role is not None:
            embassy(state, role)


def bare_envoys(state: ArticleState, kinds: dict[str, str | None]) -> None:
    """"l'ambassadeur X", "Ambassador X": an envoy whose title names no country, of no post yet, sits in the
    one embassy the article names or implies, unless the envoy is known to be of another country (an uncased
    script's titles: its own layer)."""
    if not state.cased:
        return
    members = {d.subject for d in state.drafts if d.type is RelationType.MEMBER_OF}
    envoys = [(p, r) for p, r in state.roles.items() if p not in members and _kind(r, kinds) == "embassy"]
    if not envoys:
        return
    embassies = _article_embassies(state)
    if len(embassies) != 1:
        return
    body = embassies.pop()
    term = state.term(body)
    country = term.country if term else None
    for person_id, role in envoys:
        own = state.person_country.get(person_id)
        if own and own != country:
            continue
        state.add("member-of", person_id, body, role.sentence, dated=False)
        if country:
            state.body_country.setdefault(body, (f"country/{country}", role.sentence))
            state.person_country.setdefault(person_id, country)


def _article_embassies(state: ArticleState) -> set[str]:
    """The embassies and high commissions the article names or its envoys' titles imply."""
    heads = tuple(f"{office} of " for office in _envoy_offices(state))
    terms = [*(f.term for f in state.of_type(E.GOVERNMENT_BODY)), *state.extra.values()]
    return {t.id for t in terms if t.type is E.GOVERNMENT_BODY and t.name.startswith(heads)}


def _envoy_offices(state: ArticleState) -> set[str]:
    """The heads of an envoy's office's name: "Embassy", and the `office` of the pack's envoy titles."""
    offices = state.lexicon.role_offices.get(state.language, {})
    envoys = {p for p, body in state.lexicon.roles.get(state.language, []) if body == "embassy"}
    return {"Embassy", *(office for phrase, office in offices.items() if phrase in envoys)}


def _country_follows(state: ArticleState, cue: RoleCue) -> bool:
    """Whether an envoy's title is followed by its country ("سفير إيطاليا", "السفير السعودي"; past the state's
    style the pack's `sending` context allows: "سفيرة جمهورية إستونيا"), as an uncased script's unnamed envoy
    must be: else the title is one of a name read elsewhere or none."""
    if state.cased:
        return True
    end = state.doc[cue.end - 1].idx + len(state.doc[cue.end - 1])
    start = state.doc[cue.start].idx
    sending = state.lexicon.context[state.language].get("sending")
    return any(end < f.start <= end + 2 or (sending is not None and end < f.start <= end + STYLE_REACH
                                            and sending.search(state.text[start : f.start]) is not None)
               for f in state.of_type(E.COUNTRY))


def affiliations(state: ArticleState) -> None:
    """memberOf for a person of no other post and the body or organisation written right after the
    name ("Renate Nikolay from the European Commission", the pack's `member_after` context)."""
    pattern = state.lexicon.context[state.language].get("member_after")
    if pattern is None:
        return
    members = {d.subject for d in state.drafts if d.type is RelationType.MEMBER_OF}
    actors = state.of_type(*ACTORS)
    for person in state.of_type(E.PERSON):
        if person.id in members or person.source == "coref":
            continue
        actor = next((a for a in actors if person.end < a.start <= person.end + AFTER_NAME
                      and pattern.search(state.text[person.end : a.start])), None)
        if actor is not None:
            state.add("member-from", person.id, actor.id, state.sentence_at(person.start), dated=False)
            members.add(person.id)


def delegations(state: ArticleState) -> None:
    """memberOf for the people of no other post who lead a body's or organisation's delegation ("the
    Space Agency delegation, led by A, B and C": the pack's `delegation_after` context), each named
    after the cue in the same sentence, the first one and those listed after it."""
    pattern = state.lexicon.context[state.language].get("delegation_after")
    if pattern is None:
        return
    members = {d.subject for d in state.drafts if d.type is RelationType.MEMBER_OF}
    people = sorted((p for p in state.of_type(E.PERSON) if p.source != "coref"), key=lambda p: p.start)
    for actor in state.of_type(*ACTORS):
        cue = pattern.match(state.text, actor.end)
        if cue is None:
            continue
        sentence = state.sentence_at(actor.start)
        for person in _led_by(state, [p for p in people if cue.end() <= p.start < sentence.end]):
            if person.id not in members:
                state.add("member-from", person.id, actor.id, sentence, dated=False)
                members.add(person.id)


def _led_by(state: ArticleState, after: list[Found]) -> list[Found]:
    """The first name after the cue and the names listed after it, with only commas, list words and
    honorifics between them ("A, B, and Dr C")."""
    words = {*state.lexicon.words(state.language).list_words, *state.lexicon.honorifics.get(state.language, [])}
    led = after[:1]
    for person in after[1:]:
        gap = state.text[led[-1].end : person.start]
        if re.sub(r"[\w.'’&-]+|[,\s]", "", gap) or not all(w in words for w in re.findall(r"[\w.'’&-]+", gap)):
            break
        led.append(person)
    return led


def _peer_kind(state: ArticleState, role: Role, kinds: dict[str, str | None]) -> str:
    """The kind of office of a counterpart: that of the person named before it in its sentence
    ("le président X a rencontré son homologue français, Y": a head of state, of no body), else a ministry."""
    before = [f for f in state.of_type(E.PERSON) if role.sentence.start <= f.start < role.start
              and f.id in state.roles and state.roles[f.id] is not role]
    peer = _kind(state.roles[before[-1].id], kinds) if before else None
    return "presidency" if peer == "presidency" else "ministry"


def _peer_ministry(state: ArticleState, role: Role, country: str | None, kinds: dict[str, str | None]) -> str | None:
    """"the Minister of Communications X met his Indonesian counterpart Y": Y heads the one ministry of Y's
    country that the article names, else the reference ministry of that country with X's portfolios."""
    before = [f for f in state.of_type(E.PERSON) if role.sentence.start <= f.start < role.start
              and f.id in state.roles and state.roles[f.id] is not role]
    peer = state.roles[before[-1].id] if before else None
    if country is None or peer is None or _kind(peer, kinds) != "ministry":
        return None
    named = _country_ministries(state, country)
    if named:
        return named.pop() if len(named) == 1 else None
    portfolios = portfolio_of(peer.text, state.lexicon)
    known = known_body(state, ministry_term(portfolios, state.lexicon), country) if portfolios else None
    if known is not None and state.term(known.id) is None:
        state.extra[known.id] = known
    return known.id if known else None


def _country_ministries(state: ArticleState, country: str | None) -> set[str]:
    """The ministries of a country that the article names (its name in theirs, or written beside them)."""
    heads = state.lexicon.ministry_heads()
    return {f.id for f in state.of_type(E.GOVERNMENT_BODY) if country and heads & set(fold(f.term.name).split())
            and (f.term.country or state.lexicon.country_in(f.text) or _country_near(state, f)
                 or "").removeprefix("country/") == country}


def _genitive(state: ArticleState) -> tuple[str, ...]:
    """The language's genitive markers written after a name ("Morocco's")."""
    return tuple(state.lexicon.words(state.language).genitive)


def _body_in_clause(state: ArticleState, role: Role) -> str | None:
    for found in state.of_type(*ACTORS):
        if role.start <= found.start < role.clause_end and not state.text.startswith(_genitive(state), found.end):
            return found.id
    return _restated_in_clause(state, role) or _head_in_clause(state, role)


def _restated_in_clause(state: ArticleState, role: Role) -> str | None:
    """"X, Rector of the University of Malta": a body named elsewhere in the article and written, word for
    word, in the role's clause (its other mentions are linked only after the roles)."""
    clause = state.text[role.start : role.clause_end]
    hits = []
    for found in state.of_type(*ACTORS):
        if role.start <= found.start < role.clause_end or len(found.text) < 3 or found.text not in clause:
            continue
        match = re.search(rf"(?<![\w-]){re.escape(found.text)}(?![\w-])", clause)
        if match and not state.text.startswith(_genitive(state), role.start + match.end()):
            hits.append((match.start(), -len(found.text), found.id))
    return min(hits)[2] if hits else None


def _head_in_clause(state: ArticleState, role: Role) -> str | None:
    """"X, Chairman of the Authority", "la présidente de l'Agence", "Vice Minister of the Japanese Ministry",
    "at Namibia's Ministry": a body's head word after a determiner (and at most a country) in the role's
    clause, ending the name there, stands for the one body named before with that head (of that country)."""
    words = state.lexicon.words(state.language)
    heads = {fold(h) for h, _ in state.lexicon.name_heads.get(state.language, []) if " " not in h}
    determiners = {fold(w) for w in (*words.definite, *words.possessives)}
    complements = {fold(w) for w in (*words.complements, *words.partitives, *words.portfolio_openers)}
    gaps = {"", *(g.replace("’", "'") for g in _genitive(state))}
    clause = state.text[role.start : role.clause_end].replace("’", "'")
    for match in re.finditer(r"[\w-]+", clause):
        if fold(match.group(0)) not in heads or not match.group(0)[:1].isupper():
            continue
        following = re.match(r"\s*([\w-]+'?)", clause[match.end() :])
        if following and (fold(following.group(1)) in complements or following.group(1)[:1].isupper()):
            continue  # "the Ministry of …", "the Agency Director": a name of its own
        before, owner, genitive = clause[: match.start()], None, False
        for country in state.of_type(E.COUNTRY):
            start, end = country.start - role.start, country.end - role.start
            if start >= 0 and end <= match.start() and clause[end : match.start()].strip() in gaps:
                before, owner = clause[:start], country.term.country
                genitive = bool(clause[end : match.start()].strip())  # "Namibia's Ministry"
        last = re.search(r"(\w+'?)\s*$", before)
        if not genitive and (last is None or fold(last.group(1)) not in determiners):
            continue
        head = fold(match.group(0))
        named = {f.id for f in state.of_type(*ACTORS) if f.start < role.start
                 and head in {fold(w) for w in re.findall(r"[\w-]+", f"{f.text} {f.term.name}")}
                 and owner in (None, f.term.country)}
        if len(named) == 1:
            return named.pop()
    return None


def _genitive_head(state: ArticleState, role: Role) -> str | None:
    """"the ministry's permanent secretary, X": a body's head word in lower case with a genitive, right
    before a title, stands for the one body named before with that head."""
    genitives = [g.replace("’", "'") for g in _genitive(state)]
    before = state.text[role.sentence.start : role.start].replace("’", "'").rstrip()
    owner = next((before[: -len(g)] for g in genitives if before.endswith(g)), None)
    word = re.search(r"(?<![\w-])([a-z][\w-]*)$", owner or "")
    heads = {fold(h) for h, _ in state.lexicon.name_heads.get(state.language, []) if " " not in h}
    if word is None or fold(word.group(1)) not in heads:
        return None
    head, end = fold(word.group(1)), role.sentence.start + word.start()
    named = {f.id for f in state.of_type(*ACTORS) if f.end <= end
             and head in {fold(w) for w in re.findall(r"[\w-]+", f"{f.text} {f.term.name}")}}
    return named.pop() if len(named) == 1 else None


def _region_government(state: ArticleState, role: Role, country: str | None) -> Term | None:
    """"Telangana IT secretary X", "Balochistan's finance minister", "premier ministre du Québec": a title
    that a region's name opens or ends is a post in that region's own government; so is a title that names
    no country in an article that names one region's government ("the Government of Balochistan")."""
    gaps = {g + gap for g in _genitive(state) for gap in ("", " ")} | {"", " "}
    for found in state.of_type(E.PLACE):
        before = found.end <= role.start and state.text[found.end : role.start] in gaps
        if found.term.kind == "region" and (before or role.start <= found.start < role.end):
            government = state.lexicon.known(entity_id(E.GOVERNMENT_BODY, f"Government of {found.term.name}"))
            if government is not None and state.term(government.id) is None:
                state.extra[government.id] = government
            return government
    named = {f.id: f.term for f in state.of_type(E.GOVERNMENT_BODY) if f.term.kind == "region"}
    return next(iter(named.values())) if len(named) == 1 and country is None else None


def _body_before_title(state: ArticleState, role: Role) -> str | None:
    """"Microsoft President Brad Smith", "Google Cloud's VP …": the actor right before the title, an honorific
    between or none ("عن الوكالة معالي الرئيس التنفيذي …"); "the
    Ministry of X (Minister Y", "(MSIT, Minister: Y)": the body whose brackets the title opens; "the
    Department of X (DX) Secretary Y": the body whose acronym's brackets close right before it."""
    if role.person_start is None or role.start > role.person_start:
        return None  # only a title written before the name
    gaps = {g + " " for g in _genitive(state)} | {" "}
    honours = folded_words(tuple(state.lexicon.honorifics.get(state.language, [])))  # "عن الوكالة معالي الرئيس"
    for found in state.of_type(*ACTORS):
        between = state.text[found.end : role.start] if found.end <= role.start else None
        if between is not None and (between in gaps or BRACKET_OPEN.match(between) or _bracketed_acronym(
                state, found, between) or (between.startswith(" ") and fold(between) in honours)):
            return found.id
    return None


def _bracketed_acronym(state: ArticleState, found: Found, between: str) -> bool:
    """"the Department of … (DICT) Secretary X": the body's acronym in brackets right before the title."""
    return between == ") " and state.text[found.start - 1 : found.start] == "(" and found.text.isupper()


def _bare_title(state: ArticleState, role: Role, kind: str | None) -> bool:
    """A title whose body may be the actor written after it: one that implies no body, or a ministry's
    post that names no portfolio ("X, Permanent Secretary, Ministry of …"); a minister's office is in the
    title ("X, Minister of Finance, Ghana Revenue Authority": not the minister's)."""
    if kind is None:
        return True
    return kind in ("ministry", "secretariat") and not portfolio_of(role.text, state.lexicon)


def _body_after_title(state: ArticleState, role: Role) -> str | None:
    """"X, Director, Government Affairs, Vantora India, said", "X, Administrator, Space Agency (SA);": an
    actor that ends the apposition after a title written after the name, at most one unit's name between."""
    if role.person_start is None or role.start < role.person_start:
        return None  # only a title written after the name
    sentence_end = role.sentence.end
    for found in state.of_type(*ACTORS):
        if not role.clause_end <= found.start < sentence_end:
            continue
        between = state.text[role.clause_end : found.start]
        if _unit_gap(state, between) and TRAILING_END.match(state.text[found.end : found.end + 2]) \
                and not any(role.clause_end <= p.start < found.start for p in state.of_type(E.PERSON)):
            return found.id
        return None  # only the first actor after the title
    return None


def _unit_gap(state: ArticleState, between: str) -> bool:
    """", " or ", Government Affairs, ": a comma, or the name of a unit in commas (capitalised words and
    the pack's title connectors)."""
    parts = between.split(",")
    if len(parts) not in (2, 3) or parts[0].strip() or parts[-1].strip():
        return False
    connectors = set(state.lexicon.words(state.language).title_connectors) | {"&"}
    unit = parts[1].split() if len(parts) == 3 else []
    return all(w[:1].isupper() or w.lower() in connectors for w in unit) and (len(parts) == 2 or bool(unit))


def _titled_body(state: ArticleState, role: Role, country: str | None) -> str | None:
    """"US Secretary of State X": the reference body of the title's country whose head's title it is."""
    lowered = fold(role.text)
    for known in state.lexicon.bodies_of(country) if country else []:
        if any(_folded(title).search(lowered) for title in state.lexicon.body_titles.get(known.id, [])):
            if state.term(known.id) is None:
                state.extra[known.id] = known
            return known.id
    return None


def _bracketed_after_body(state: ArticleState, role: Role) -> str | None:
    """"the Ministry of Science and ICT (Minister Jane Roe, …)", "… (MSIT, Minister: Jane Roe)": a title
    opening the brackets written right after a body, or after its acronym there, is a post in that body."""
    for found in state.of_type(*ACTORS):
        if found.end <= role.start and BRACKET_GAP.match(state.text[found.end : role.start]):
            return found.id
    return None


def _previous_body(state: ArticleState, role: Role) -> str | None:
    """The body named last before a role that hangs on it: a possessive title ("son directeur, X") or one
    ending with a phrase that stands for a body ("le directeur général de cette institution, X"); the one
    body named before whose name has the phrase's head noun, when one has ("رئيس الهيئة": the authority)."""
    anaphor = _anaphoric(state, role)
    if not (role.possessive or anaphor):
        return None
    head = _bare_word(state, anaphor.split()[-1]) if anaphor else ""
    headed = [f.id for f in state.of_type(*ACTORS) if head and f.start < role.start
              and head in {_bare_word(state, w) for w in fold(f.text).split()}]
    if len(set(headed)) == 1:
        return headed[0]
    earlier = [f for f in state.of_type(*ACTORS)
               if f.start < role.start and role.sentence.index - state.sentence_at(f.start).index <= 2]
    earlier = [f for f in earlier if f.id in headed] or earlier  # of several, the last with the head
    return earlier[-1].id if earlier else None


def _anaphoric(state: ArticleState, role: Role) -> str:
    """The phrase standing for the body named last that ends a role's title ("… of this agency"), or ""."""
    text = fold(role.text).rstrip(" ,")
    anaphora = state.lexicon.words(state.language).body_anaphora
    return next((fold(a) for a in anaphora if re.search(rf"(?<![\w-]){re.escape(fold(a))}$", text)), "")


def _bare_word(state: ArticleState, word: str) -> str:
    """A folded word without the letters glued to its front and its article ("للهيئة", "الهيئة" -> "هيئة")."""
    words = state.lexicon.words(state.language)
    clitic = next((c for c in words.proclitics if word.startswith(c.text) and len(word) - len(c.text) >= 2), None)
    word = clitic.becomes + word[len(clitic.text):] if clitic else word
    article = next((a for a in words.definite if word.startswith(a) and len(word) - len(a) >= 2), "")
    return word[len(article):]


def _role_country(state: ArticleState, role: Role) -> str | None:
    """The country a role names: inside it, "Morocco's Minister", or "homologue française, X"; the country
    named last before "the nation's minister"."""
    anaphora = state.lexicon.words(state.language).country_anaphora
    before = fold(state.text[max(role.sentence.start, role.start - 20) : role.start])
    if any(before.endswith(fold(a)) for a in anaphora):
        earlier = [f for f in state.of_type(E.COUNTRY) if f.end <= role.start]
        return earlier[-1].term.country if earlier else None
    for found in state.of_type(E.COUNTRY):
        if role.start <= found.start < role.end:
            return found.term.country
        if state.text[found.end : role.start] in {g + gap for g in _genitive(state) for gap in ("", " ")}:
            return found.term.country
        if _bare_owner(state, found, role.start) or (found.term.kind == "demonym" and found.end < role.start
                                                      and state.text[found.end : role.start] == " "):
            return found.term.country  # "X, Ethiopian minister of …": the adjective right before a title
        if role.person_start is not None and found.term.kind == "demonym" \
                and state.text[found.end : role.person_start].strip() == ",":
            return found.term.country
    return _behalf_country(state, role) or _possessor_after(state, role) or _apposed_country(state, role)


def _apposed_country(state: ArticleState, role: Role) -> str | None:
    """"X, Minister of Finance, Iceland and Y, …", "finance minister X (Iceland)": a country's name alone
    closing the apposition of a title written after the name, or in brackets right after the name, is the
    country the person stands for."""
    if role.person_start is None:
        return None
    person = next((f for f in state.of_type(E.PERSON) if f.start == role.person_start), None)
    closes = _coordinated(state)
    for found in state.of_type(E.COUNTRY):
        if found.term.kind == "demonym":
            continue
        rest = state.text[found.end : found.end + APPOSED_AHEAD]
        if person is not None and state.text[person.end : found.start] == " (" and rest.startswith(")") \
                and not found.text.isupper():  # "… Emirates (UAE)": an acronym restates a name
            return found.term.country
        apposed = role.person_start < role.start <= role.end <= found.start \
            and state.text[role.end : found.start].strip() in (",", "،")
        if apposed and (TRAILING_END.match(rest) or closes.match(rest.lstrip())) and not rest.startswith(" ("):
            return found.term.country
    return None


def _bare_owner(state: ArticleState, found: Found, start: int) -> bool:
    """A country's name written right before a title, a space between, where the language lets a name
    qualify a title ("Tuvalu Minister for Transport"); its adjective is the title's own word."""
    return state.lexicon.words(state.language).country_qualifies_title and found.term.kind in ("name", "acronym") \
        and state.text[found.end : start] == " "


def _possessor_after(state: ArticleState, role: Role) -> str | None:
    """"Represented by its Minister of …, Mr X, Gambia signed …": the country written right after the name
    of a possessive title's holder, as the subject of the clause, is the country the title is of."""
    person = next((f for f in state.of_type(E.PERSON) if f.start == role.person_start), None)
    if not role.possessive or person is None:
        return None
    definite = {fold(w) for w in state.lexicon.words(state.language).definite}
    for found in state.of_type(E.COUNTRY):
        gap = state.text[person.end : found.start].split()
        if found.start >= person.end and gap[:1] == [","] and all(fold(w) in definite for w in gap[1:]):
            return found.term.country
    return None


def _behalf_country(state: ArticleState, role: Role) -> str | None:
    """"Minister X signed the deal on behalf of the government of Ghana": the country an official acts for,
    named later in the official's clause."""
    pattern = state.lexicon.context[state.language].get("country_behalf")
    person = next((f for f in state.of_type(E.PERSON) if f.start == role.person_start), None)
    if pattern is None or person is None:
        return None
    start = max(person.end, role.end)
    for found in state.of_type(E.COUNTRY):
        if start <= found.start < role.sentence.end and pattern.search(state.text[start : found.start]):
            return found.term.country
    return None


def _country_near(state: ArticleState, body: Found) -> str | None:
    """A country named right before or after a body in its sentence, with no comma, semicolon or
    coordinator between them ("the Ministry of Foreign Affairs, while the US side …", "the Ministry of
    Health and the UK envoy", "… in Estonia. The Federal Council" name no country of the body)."""
    joined = _coordinated(state)
    sentence = state.sentence_at(body.start)
    for found in state.of_type(E.COUNTRY):
        if body.start - 12 <= found.start < body.end + 14 and sentence.start <= found.start < sentence.end:
            between = state.text[min(found.end, body.end) : max(found.start, body.start)]
            if not any(mark in between for mark in ",;") and not joined.search(between):
                return found.term.country
    return None


def _coordinated(state: ArticleState) -> re.Pattern[str]:
    """A free-standing coordinator ("and", "et") of the article's language."""
    return _coordinator_pattern(tuple(state.lexicon.words(state.language).coordinators))


@lru_cache(maxsize=16)
def _coordinator_pattern(coordinators: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of the whole-word coordinators of a language, built once per language."""
    words = [w for w in coordinators if w.isalpha() and len(w) > 1]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)" if words else r"(?!)")


def written_country(state: ArticleState, body: str) -> str | None:
    """The country written in or right beside one of a body's mentions ("Lithuania's Ministry of …")."""
    for found in state.found:
        if found.id == body:
            country = state.lexicon.country_in(found.text) or _region_in_name(state, found) \
                or _country_near(state, found)
            if country:
                return country.split("/")[-1]
    return _fuller_country(state, body)


def _fuller_country(state: ArticleState, body: str) -> str | None:
    """A body named bare ("the Ministry of Digital Development") where the article names it in full with
    a country ("Ministry of Digital Development of Mongolia") is that country's, when only one."""
    term = state.term(body)
    if term is None:
        return None
    links = state.lexicon.all_words("name_connectors")
    found: set[str] = set()
    for other in state.of_type(E.GOVERNMENT_BODY):
        rest = other.term.name[len(term.name):].split() if other.term.name.startswith(f"{term.name} ") else []
        country = state.lexicon.country_in(" ".join(rest)) if rest and rest[0].lower() in links else None
        if country and len(rest) <= 4:
            found.add(country.split("/")[-1])
    return found.pop() if len(found) == 1 else None


def _kind(role: Role, kinds: dict[str, str | None]) -> str | None:
    """The kind of body a role implies; "secrétaire d'Etat" is a "secrétaire d'État". A title inside a longer
    one of no body is that one's word ("Prime Minister of X": no ministry)."""
    lowered = fold(role.text)
    spans = [(m.start(), m.end(), kind) for phrase, kind in kinds.items() if fold(phrase) in lowered
             for m in _folded(phrase).finditer(lowered)]
    return next((kind for start, end, kind in spans if kind and not any(
        s <= start and end <= e and e - s > end - start and k is None for s, e, k in spans)), None)


@lru_cache(maxsize=4096)
def _folded_title(phrase: str) -> re.Pattern[str]:
    """A folded title as a whole word, a dash before it or none, none after it ("vice-ministre", not
    "ministre-conseiller")."""
    return re.compile(rf"(?<!\w){re.escape(fold(phrase))}(?![\w-])")


@lru_cache(maxsize=4096)
def _folded(phrase: str) -> re.Pattern[str]:
    """A folded title as a whole word: "president" is not found in "vice-president"."""
    return re.compile(rf"(?<![\w-]){re.escape(fold(phrase))}(?![\w-])")


def _derived_ministry(state: ArticleState, role: Role, country: str | None, secretariat: bool = False,
                      plain: bool = False) -> str | None:
    """The ministry a minister's title implies; a secretary of state's is a secretariat of state. The ministry of
    the title's portfolios that the article names with the minister's country ("وزارة … السعودية") comes before
    one of the same name written without it, which may be another country's. A `plain` minister's title
    ("le ministre vietnamien X") implies the one ministry of the minister's country that the article names."""
    role = _last_title(state, role)
    portfolios = portfolio_of(role.text, state.lexicon)
    if not portfolios:
        ministries = _country_ministries(state, country) if plain else set()
        return ministries.pop() if len(ministries) == 1 else None
    bodies = state.of_type(E.GOVERNMENT_BODY)
    own = next((f.id for f in bodies if country and f.term.country == country and "ministry" in f.id
                and portfolio_of(f.term.name, state.lexicon) == portfolios), None)
    if own is not None:
        return own
    head = "secretariat" if secretariat else "ministry"
    for found in bodies:  # the same ministry named in the article
        if head not in found.id or _other_country(state, found, country):
            continue
        if portfolio_of(found.term.name, state.lexicon) == portfolios:
            return found.id
        if country in (None, found.term.country) and portfolio_of(found.text, state.lexicon) == portfolios:
            return found.id  # as written there: a ministry's former name ("transition" for "transformation")
    if secretariat:
        term = ministry_term(portfolios, state.lexicon, head="Secretariat of State for")
    else:
        term = _ministry_as_written(state, role) or ministry_term(portfolios, state.lexicon)
    named = state.lexicon.bodies_named(term.name) if country is None else []
    term = named[0] if len(named) == 1 else term  # "Minister for IT and Telecommunication": the one known so
    if state.term(term.id) is None:
        state.extra[term.id] = term
    return term.id


def _last_title(state: ArticleState, role: Role) -> Role:
    """"Deputy Prime Minister for Innovation and Education and Minister of Energy": two titles joined by a
    coordinator; the last, a minister's, names the ministry (the first names portfolios, no ministry)."""
    words = state.lexicon.words(state.language)
    titles = [fold(p) for p, body in state.lexicon.roles.get(state.language, []) if body == "ministry" and " " not in p]
    joins = "|".join(re.escape(fold(c)) for c in words.coordinators)
    names = "|".join(re.escape(t) for t in titles)
    if not joins or not names or len(fold(role.text)) != len(role.text):
        return role
    found = list(re.finditer(rf"(?<=\s)(?:{joins})\s+(?:{names})(?![\w-])", fold(role.text)))
    last = found[-1] if found else None
    if last is None or not portfolio_of(role.text[: last.start()], state.lexicon):
        return role
    at = last.start() + len(last.group().split()[0]) + 1
    return replace(role, text=role.text[at:], start=role.start + at)


def _plain_minister(state: ArticleState, role: Role, kinds: dict[str, str | None]) -> bool:
    """A minister's title with nothing after it but a nationality: its longest title phrase is a ministry's
    ("premier ministre", "vice-premier ministre" are not) and no portfolio opens ("vice-ministre turc de
    l'Environnement")."""
    low = max(role.sentence.start, role.start - TITLE_REACH)  # the cue may begin after "vice-Premier"
    before, lowered = fold(state.text[low : role.start]), fold(role.text)
    joined = f"{before} {lowered}"
    phrases = [phrase for phrase in kinds if fold(phrase) in joined and any(m.end() > len(before) + 1 for m in
               _folded_title(phrase).finditer(joined))]
    longest = max(phrases, key=len, default=None)
    openers = folded_words(tuple(state.lexicon.words(state.language).portfolio_openers))
    words = re.findall(r"[\w-]+'?", lowered)
    return longest is not None and kinds[longest] == "ministry" and not openers & set(words)


def _other_country(state: ArticleState, body: Found, country: str | None) -> bool:
    """A body written with another country than the minister's ("Lithuania's Ministry of National
    Defense" beside "Minister of National Defense of Poland") is not the minister's."""
    near = body.term.country or _country_near(state, body)
    return bool(country and near and near != country)


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
    joined = " ".join("and" if w == "&" else w for w in words)  # "Science & Technology"
    joined = re.sub(r",(?= and )", "", joined)  # "Science, Technology, Knowledge, and Innovation"
    return ministry_named(f"Ministry of {joined.rstrip(',')}", state.lexicon)


def part_of(state: ArticleState) -> None:
    """partOf for every body: from the lexicon, a country word in its name, a neighbouring one, or its
    members."""
    _country_in_names(state)
    for found in state.of_type(E.GOVERNMENT_BODY):
        country = found.term.country or beside_country(state, found.id) or _country_near(state, found)
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


def _country_in_names(state: ArticleState) -> None:
    """A body whose own words name a country ("ministère cambodgien de la Poste", "Agence sud-coréenne de
    coopération internationale") or one of its regions ("Agence … pour le Sud de l'Ontario") belongs to
    it, whatever country a title or a neighbour suggests."""
    for found in state.of_type(E.GOVERNMENT_BODY):
        if found.term.country:
            continue
        country = state.lexicon.country_in(found.text) or _region_in_name(state, found)
        if country:
            state.body_country[found.id] = (country, state.sentence_at(found.start))


def _region_in_name(state: ArticleState, body: Found) -> str | None:
    """The country of a region named inside a body's name ("… pour le Sud de l'Ontario")."""
    return state.lexicon.region_country_in(body.text)


def _listed_countries(state: ArticleState) -> set[str]:
    """Bodies listed together ("the Ministry of Trade and Industry, Ministry of Communications and
    Information and the Infocomm Media Development Authority") belong to the one country that those
    of them with a country have; not the two parties named after "between" ("an agreement between the
    Space Agency and the Space Council of Chile")."""
    guessed = set()
    for group in _body_lists(state):
        countries = {state.body_country[f.id][0] for f in group if f.id in state.body_country}
        if len(countries) != 1 or (len(group) == 2 and _after_between(state, group[0])):
            continue
        country = countries.pop()
        for found in group:
            if found.id not in state.body_country:
                state.body_country[found.id] = (country, state.sentence_at(found.start))
                guessed.add(found.id)
    return guessed


def _after_between(state: ArticleState, body: Found) -> bool:
    """Whether a body is written right after the language's "between", only an article between them."""
    pattern = state.lexicon.context[state.language].get("between")
    if pattern is None:
        return False
    before = state.text[max(state.sentence_at(body.start).start, body.start - BETWEEN_REACH) : body.start]
    definite = {fold(w) for w in state.lexicon.words(state.language).definite}
    return any(all(fold(w) in definite for w in before[m.end() :].split()) for m in pattern.finditer(before))


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
    such as "togolais" may describe something else, so demonyms do not count), unless another body of
    the sentence is that country's own, the country written right beside it ("NIS signs an MoU with
    U.S. CISA"): then it is the other country of an article that names two, else of none."""
    guessed = set()
    owners: dict[str, list[Found]] = {}  # the bodies of each country so far, from their words or members
    for found in state.of_type(E.GOVERNMENT_BODY):
        if found.id in state.body_country:
            owners.setdefault(state.body_country[found.id][0], []).append(found)
    for found in state.of_type(E.GOVERNMENT_BODY):
        if found.id in state.body_country:
            continue
        sentence = state.sentence_at(found.start)
        countries = [c for c in state.of_type(E.COUNTRY)
                     if sentence.start <= c.start < sentence.end and c.term.kind != "demonym"]
        if len({c.id for c in countries}) != 1:
            continue
        country: str | None = countries[0].id
        if any(o.id != found.id and o.start - OWNER_REACH <= c.start and c.end <= o.end + OWNER_REACH
               for c in countries for o in owners.get(c.id, [])):
            country = _other_of_two(state, countries[0].id)
        if country:
            state.body_country[found.id] = (country, sentence)
            guessed.add(found.id)
    return guessed


def _other_of_two(state: ArticleState, country: str) -> str | None:
    """The other country of an article that names two countries, one of them `country`; else None."""
    named = set(state.salient_countries())
    return (named - {country}).pop() if len(named) == 2 and country in named else None
