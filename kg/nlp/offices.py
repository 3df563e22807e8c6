"""Offices a title implies besides ministries: a head of state's presidency and an ambassador's embassy.

"le président de la République française" is a member of the Presidency of the French Republic, a
body of France; "ambassadrice de France au Sénégal" of the Embassy of France in Senegal.

The presidency is named from the country's official name in the reference data ("Presidency of the
Gabonese Republic"); a title that names no country ("le chef de l'État X") takes the country of the
last person of known country named before it, and failing that is named once partOf gives its country.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ids import entity_id
from kg.models import EntityType, RelationType
from kg.nlp.lexicon import Term
from kg.nlp.names import BUILT
from kg.nlp.state import ArticleState, Draft, Role
from kg.nlp.text import fold

E = EntityType
PRESIDENCY = "Presidency"
UNKNOWN = entity_id(E.GOVERNMENT_BODY, PRESIDENCY)  # a presidency whose country is not known yet
COUNTERPART_REACH = 4  # tokens after "counterpart" within which its country is written
STATE_FORM = "Republic"  # the word that marks a country's official name among its English surface forms


def heads_state(state: ArticleState, role: Role, phrases: list[str]) -> bool:
    """A title of the head of state: the title's words, then only a state's name ("de la République
    de Rwanda", "sénégalais"); "président du conseil d'administration de …" heads something else."""
    text = role.text.split(",")[0]  # "président de la République, chef du gouvernement": the first title
    for found in state.of_type(E.COUNTRY):
        if role.start <= found.start < role.end:
            text = text.replace(found.text, " ")
    titles = state.lexicon.packs[state.language].titles
    words = state.lexicon.words(state.language)
    allowed = {fold(w) for phrase in phrases for w in _words(phrase)}
    allowed |= {fold(w) for w in [*titles.state_words, *words.title_connectors, *words.definite]
                for w in _words(w)}
    return all(fold(w) in allowed for w in _words(text))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def presidency(state: ArticleState, code: str | None) -> str:
    """The presidency a head of state's title implies, named with the country when it is known (else
    named once the country is found: `compatriot`, or partOf)."""
    term = presidency_term(state, code) if code in state.lexicon.countries else None
    term = term or Term(UNKNOWN, E.GOVERNMENT_BODY, PRESIDENCY, kind=BUILT)
    state.extra.setdefault(term.id, term)
    return term.id


def compatriot(state: ArticleState, draft: Draft) -> str | None:
    """For a head of state's presidency of unknown country: the country of the last person of known
    country named before them ("Il a indiqué que … le chef de l'État X": the head of state of the minister
    who speaks)."""
    if draft.object != UNKNOWN:
        return None
    sentence = draft.sentence
    own = min((f.start for f in state.found if f.id == draft.subject and f.start >= sentence.start), default=0)
    before = [f for f in state.of_type(E.PERSON) if f.start < own and f.id in state.person_country]
    return f"country/{state.person_country[before[-1].id]}" if before else None


def drop_unplaced(state: ArticleState, placed: set[str]) -> None:
    """A presidency whose country was never found is no fact: its memberships go."""
    if UNKNOWN in placed or UNKNOWN not in state.extra:
        return
    del state.extra[UNKNOWN]
    state.drafts = [d for d in state.drafts if UNKNOWN not in (d.subject, d.object)]


def not_theirs(state: ArticleState, person: str, ranked: list[str]) -> list[str]:
    """The countries among `ranked` of which no other official of known country named in one of the
    person's sentences is: a minister whose country the text does not say, who "received the Japanese
    minister", is of the other country; a head of state named paragraphs away is more likely their own."""
    officials = {d.subject for d in state.drafts if d.type is RelationType.MEMBER_OF and d.object.startswith("body/")}
    sentences = {state.sentence_at(f.start).index for f in state.found if f.id == person}
    near = {f.id for f in state.of_type(E.PERSON) if state.sentence_at(f.start).index in sentences}
    theirs = {f"country/{code}" for other, code in state.person_country.items()
              if other != person and other in officials & near}  # a company's man is no country's
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
        if own is not None and own.start <= doc[cue.start].idx < own.end:
            continue  # the person is the counterpart
        low = doc[max(0, cue.start - 1)].idx  # "his Japanese counterpart"
        high = doc[min(cue.end + COUNTERPART_REACH, len(doc) - 1)].idx
        result |= {c.id for c in state.of_type(E.COUNTRY) if low <= c.start <= high}
    return result


def presidency_term(state: ArticleState, code: str) -> Term:
    """"Presidency of the French Republic": the country's official name where the reference data gives
    one, else its usual name; the reference data's own entry when it has one."""
    lexicon = state.lexicon
    owner = lexicon.countries[code]
    official = next((surface for surface, term in lexicon.forms.get("en", [])
                     if term.id == owner.id and STATE_FORM in surface.split()), None)
    name = f"{PRESIDENCY} of " + (f"the {official}" if official else lexicon.country_in_name(owner))
    body_id = entity_id(E.GOVERNMENT_BODY, name)
    return lexicon.known(body_id) or Term(body_id, E.GOVERNMENT_BODY, name, country=code)


def embassy(state: ArticleState, role: Role) -> tuple[str | None, str | None]:
    """"ambassadrice de France au Sénégal" -> Embassy of France in Senegal, part of France."""
    sending = hosting = None
    genitive = tuple(state.lexicon.words(state.language).genitive)
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


def host_country(state: ArticleState, sending: Term) -> Term | None:
    """The country an ambassador whose title names no host is posted to: the country the article
    names most, other than the ambassador's own ("l'ambassadeur des États-Unis" in a report from
    Abidjan)."""
    for country_id in state.salient_countries():
        code = country_id.split("/")[-1]
        if code != sending.country and code in state.lexicon.countries:
            return state.lexicon.countries[code]
    return None


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
    return found
