"""Generic body names carry their country: "Ministry of Trade and Industry of Singapore".

A ministry the reference data does not know is named from its portfolios, and the same
portfolios make the same name in many countries. Once partOf is known, such a body takes its
country into its name and id, so two countries' ministries never merge into one entity; the
name as built stays an alias.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import Term, portfolio_of
from kg.nlp.names import BUILT
from kg.nlp.offices import HEAD_OFFICE, headline_countries
from kg.nlp.state import ArticleState
from kg.nlp.text import fold

E = EntityType


def qualify_generic(state: ArticleState) -> None:
    """Rename every generic body whose country is known, in mentions, extras and drafts."""
    split_known(state)
    renames = _merged_wordings(state, {**_country_tails(state), **_renames(state)})
    renames = {**renames, **_abbreviations(state, renames)}
    if not renames:
        return
    for term, alias in renames.values():
        state.aliases.setdefault(term.id, set()).add(alias)
    renamed = {old: term for old, (term, _) in renames.items()}
    for found in state.found:
        if found.id in renamed:
            found.term = renamed[found.id]
    state.extra = {renamed[k].id if k in renamed else k: renamed.get(k, v) for k, v in state.extra.items()}
    for draft in state.drafts:
        draft.subject = renamed[draft.subject].id if draft.subject in renamed else draft.subject
        draft.object = renamed[draft.object].id if draft.object in renamed else draft.object


def split_known(state: ArticleState) -> None:
    """A minister of several ministries the reference data knows ("Minister for Railways, Information and
    Broadcasting, Electronics and Information Technology" of India): the generic ministry built from
    the whole title is those ministries, in its memberOf and partOf."""
    for body, (country, _) in list(state.body_country.items()):
        term = state.term(body)
        built = _built_stem(state, term, country.split("/")[-1]) if term else None
        parts = _known_parts(state, built, country.split("/")[-1]) if built else []
        if len(parts) < 2:
            continue
        drafts = []
        for draft in state.drafts:
            if body not in (draft.subject, draft.object):
                drafts.append(draft)
                continue
            drafts += [replace(draft, subject=part.id if draft.subject == body else draft.subject,
                               object=part.id if draft.object == body else draft.object) for part in parts]
        state.drafts = drafts
        state.found = [f for f in state.found if f.id != body]
        state.extra.pop(body, None)
        del state.body_country[body]
        for part in parts:
            state.extra.setdefault(part.id, part)
            stem = part.name.rpartition(" of ")[0] if state.lexicon.country_in(part.name) else ""
            state.aliases.setdefault(part.id, set()).update({stem} if stem else set())


def _built_stem(state: ArticleState, term: Term, code: str) -> Term | None:
    """A ministry built from a title, as built: a generic one, or one already named with the country its
    minister's title says ("Minister for Railways, …, India": "… of India"), without that country."""
    if is_generic(state, term):
        return term
    owner = state.lexicon.countries.get(code)
    tail = f" of {state.lexicon.country_in_name(owner)}" if owner else ""
    if tail and term.kind == BUILT and term.country == code and term.name.endswith(tail):
        return replace(term, name=term.name[: -len(tail)], country=None)
    return None


def _known_parts(state: ArticleState, term: Term, code: str) -> list[Term]:
    """Known ministries of a country whose portfolios, each taken once, are exactly a title's (an agency
    or an institute named from a portfolio, "Information Technology Institute", is no minister's ministry)."""
    lexicon = state.lexicon
    atoms = _atoms(portfolio_of(term.name, lexicon))
    heads = lexicon.ministry_heads()
    parts: list[Term] = []
    covered: set[str] = set()
    for known in lexicon.bodies_of(code):
        theirs = _atoms(portfolio_of(known.name, lexicon)) if heads & set(fold(known.name).split()) else set()
        if known.kind != BUILT and theirs and theirs <= atoms and not theirs & covered:
            parts.append(known)
            covered |= theirs
    return parts if covered == atoms else []


def _renames(state: ArticleState) -> dict[str, tuple[Term, str]]:
    renamed: dict[str, tuple[Term, str]] = {}
    for body, (country, _) in state.body_country.items():
        term = state.term(body)
        new = qualified(state, term, country.split("/")[-1]) if term else None
        if term and new is not None:
            renamed[body] = (new, term.name)
    return renamed


def _merged_wordings(state: ArticleState, renames: dict[str, tuple[Term, str]]) -> dict[str, tuple[Term, str]]:
    """Two wordings of one ministry in an article: a ministry built from a title of its country whose
    portfolios are some of another ministry's of that country there ("ministre des Télécommunications"
    beside "ministère des Télécommunications et de l'Économie numérique") is that one, when only one."""
    lexicon = state.lexicon
    heads = lexicon.ministry_heads()
    bodies = {t.id: t for t in [*(f.term for f in state.of_type(E.GOVERNMENT_BODY)), *state.extra.values()]
              if t.type is E.GOVERNMENT_BODY and t.country and heads & set(fold(t.name).split())}
    for old, (term, _) in renames.items():
        bodies.pop(old, None)
        bodies[term.id] = term
    merged: dict[str, tuple[Term, str]] = {}
    for term in bodies.values():
        mine = _atoms(portfolio_of(term.name, lexicon)) if term.kind == BUILT else set()
        wider = [b for b in bodies.values() if b.id != term.id and b.country == term.country
                 and mine < _atoms(portfolio_of(b.name, lexicon))]
        if mine and len(wider) == 1:
            merged[term.id] = (wider[0], term.name)
    for old, (term, alias) in renames.items():
        if term.id in merged:
            merged[old] = (merged[term.id][0], alias)
    return {**renames, **merged}


def _abbreviations(state: ArticleState, renames: dict[str, tuple[Term, str]]) -> dict[str, tuple[Term, str]]:
    """A ministry named with initials ("Ministry of IT", "ICT Ministry", "Ministry of Communications and IT")
    is the one other ministry of the article whose name those words open, the initials standing for its
    words ("Ministry of Information Technology and Telecommunication"), when only one; a ministry the
    reference data knows keeps its own entity."""
    lexicon = state.lexicon
    heads = lexicon.ministry_heads()
    bodies = {t.id: t for t in [*(f.term for f in state.of_type(E.GOVERNMENT_BODY)), *state.extra.values()]
              if t.type is E.GOVERNMENT_BODY and heads & set(fold(t.name).split())}
    for old, (term, _) in renames.items():
        bodies.pop(old, None)
        bodies[term.id] = term
    skip = {*heads, *lexicon.all_words("name_connectors"), *lexicon.all_words("coordinators")}
    result: dict[str, tuple[Term, str]] = {}
    for found in state.of_type(E.GOVERNMENT_BODY):
        short = found.term
        own = renames[short.id][0].id if short.id in renames else short.id
        if short.id in result or own not in bodies or lexicon.known(short.id) is not None:
            continue
        wider = [t for t in bodies.values() if t.id != own and abbreviates(short.name, t.name, skip)
                 and not (t.country and short.country and t.country != short.country)]
        if len(wider) == 1:
            result[short.id] = (wider[0], short.name)
            if own != short.id:
                result[own] = (wider[0], short.name)
    return result


def abbreviates(short: str, name: str, skip: set[str]) -> bool:
    """Whether a name with initials ("Ministry of ICT & NG") opens another one word for word, each
    initial standing for one of its words ("Ministry of Information and Communications Technology and
    National Guidance"); the head and the small words of both are left out."""
    mine = [w for w in short.split() if fold(w) not in skip]
    words = [fold(w) for w in name.split()]
    theirs = [k for k, w in enumerate(words) if w not in skip]
    at, initials = 0, False
    for word in mine:
        if len(word) >= 2 and word.isalpha() and word.isupper():
            spelled = theirs[at : at + len(word)]
            if "".join(words[k][:1] for k in spelled) != fold(word) or not _one_phrase(spelled):
                return False
            at, initials = at + len(word), True
        elif at < len(theirs) and fold(word).rstrip("s") == words[theirs[at]].rstrip("s"):
            at += 1
        else:
            return False
    return initials


def _one_phrase(spelled: list[int]) -> bool:
    """Initials name one phrase: across a small word ("Information and Communications Technology"), two
    words or more after it share a head; "Industry and Trade" is no "IT"."""
    gaps = [n for n in range(1, len(spelled)) if spelled[n] > spelled[n - 1] + 1]
    return not gaps or len(spelled) - gaps[-1] >= 2


def _country_tails(state: ArticleState) -> dict[str, tuple[Term, str]]:
    """"… Systems of the State of Djibouti" -> "… Systems of Djibouti": the country's own name."""
    renamed: dict[str, tuple[Term, str]] = {}
    for found in state.of_type(E.GOVERNMENT_BODY):
        term = found.term
        owner = state.lexicon.countries.get(term.country or "")
        if owner is None or state.lexicon.known(term.id) is not None or term.kind == HEAD_OFFICE:
            continue  # "Office of the Prime Minister of Malta" is named with its country already
        stem = _stem(state, term.name)
        known = _known_of_country(state, term, owner.country or "")
        if known is not None:  # "Ministry of Electronics and Information Technology of India": MeitY
            renamed[term.id] = (known, term.name)
        elif stem and f"{stem} of {state.lexicon.country_in_name(owner)}" != term.name:
            name = f"{stem} of {state.lexicon.country_in_name(owner)}"
            renamed[term.id] = (replace(term, id=entity_id(E.GOVERNMENT_BODY, name), name=name), stem)
    return renamed


def _known_of_country(state: ArticleState, term: Term, code: str) -> Term | None:
    """The reference body a name written with its country's name stands for ("Ministry of … of India")."""
    head, _, tail = term.name.rpartition(" of ")
    if not head or state.lexicon.country_in(tail) != f"country/{code}":
        return None
    known = known_body(state, replace(term, name=head), code)
    return known if known is not None and known.id != term.id else None


def _stem(state: ArticleState, name: str) -> str | None:
    """The name before its country phrase: the leftmost " of " after which come at most three
    words that are no portfolio ("the Islamic Republic", "the Government") and then the country."""
    parts = name.split(" of ")
    if len(parts) < 3 or state.lexicon.country_in(parts[-1]) is None:
        return None
    cut = len(parts) - 1
    while cut > 1:
        words = parts[cut - 1].split()
        if len(words) > 3 or _names_portfolio(state, parts[cut - 1], " ".join(parts[: cut - 1])):
            break
        cut -= 1
    return " of ".join(parts[:cut]) if cut < len(parts) - 1 else None


def _names_portfolio(state: ArticleState, part: str, stem: str) -> bool:
    """Whether a part of a name between two "of" names a portfolio: a portfolio phrase of the packs
    ("Authority of the Government of Mongolia": "the Government" names none); after a lone head word,
    any portfolio word ("Office of the Government of …" is that office's own name)."""
    if " " in stem:
        return bool(portfolio_of(part, state.lexicon))
    portfolio = state.lexicon.portfolio_words()
    return any(fold(w) in portfolio for w in part.split())


def qualified(state: ArticleState, term: Term, code: str) -> Term | None:
    """The generic body's term named with its country ("… of Jordan"), else None."""
    owner = state.lexicon.countries.get(code)
    if owner is None or not is_generic(state, term):
        return None
    known = known_body(state, term, code)
    if known is not None:
        return known
    name = f"{term.name} of {state.lexicon.country_in_name(owner)}"
    return replace(term, id=entity_id(E.GOVERNMENT_BODY, name), name=name, country=code)


def known_body(state: ArticleState, term: Term, code: str) -> Term | None:
    """The reference data's body of that country with the same portfolios in its name or one of its
    surface forms: the United States' "Ministry of Trade" is its "United States Department of
    Commerce", Poland's "Ministry of Digitalisation" its "Ministry of Digital Affairs"; or whose ministers'
    portfolios the reference data gives (Japan's "minister for digital transformation": its Digital Agency)."""
    portfolios = portfolio_of(term.name, state.lexicon)
    if not portfolios:
        return None
    lexicon = state.lexicon
    wider: list[Term] = []
    for known in lexicon.bodies_of(code):
        if known.kind == BUILT:
            continue
        heads = lexicon.ministry_heads()
        ministries = [s for s in lexicon.surfaces_of(known.id) if heads & set(fold(s).split())]
        theirs = [portfolio_of(s, lexicon) for s in [known.name, *ministries]]
        if portfolios in theirs:
            return known
        declared = lexicon.body_portfolios.get(known.id, [])
        ministry = bool(ministries) or bool(heads & set(fold(known.name).split()))  # no "Media Commission"
        if (ministry and any(_atoms(portfolios) < _atoms(p) for p in theirs)) or _atoms(portfolios) <= _atoms(declared):
            wider.append(known)
    # "French Finance Minister", "ministre de l'Economie": the one known ministry whose portfolios
    # include the title's (France's Ministry of the Economy and Finance)
    wider = _narrowest(state, wider, portfolios)
    return wider[0] if len(wider) == 1 else None


def _narrowest(state: ArticleState, wider: list[Term], portfolios: list[str]) -> list[Term]:
    """Of the known bodies whose portfolios include the title's, those whose declared portfolios are
    the title's alone ("ICT Minister": the ICT Division, not the Ministry of Posts, Telecommunications
    and ICT above it), else all of them."""
    exact = [k for k in wider if _atoms(state.lexicon.body_portfolios.get(k.id, [])) == _atoms(portfolios)]
    return exact or wider


def _atoms(portfolios: list[str]) -> set[str]:
    """Single portfolios: "Economy and Finance" is Economy and Finance."""
    return {atom for portfolio in portfolios for atom in portfolio.split(" and ")}


def qualify_member(state: ArticleState, body: str, code: str | None) -> str:
    """A minister's own ministry, named with the minister's country when its name is generic."""
    term = state.term(body)
    new = qualified(state, term, code) if term and code else None
    if new is None:
        return body
    state.extra.setdefault(new.id, new)
    state.aliases.setdefault(new.id, set()).add(term.name if term else body)
    return new.id


def is_generic(state: ArticleState, term: Term) -> bool:
    """A body named from its portfolios alone, with no country in its name."""
    return term.type is E.GOVERNMENT_BODY and term.kind == BUILT and not term.country \
        and state.lexicon.country_in(term.name) is None


def local_namesakes(state: ArticleState) -> None:
    """A known ministry whose bare name ("Ministry of Technology and Communications", Laos's) is written
    in an article that names other countries but never its own is a namesake of the country the article
    is about: it is read as a ministry named from its portfolios, whose country comes from the article."""
    present = _countries_named(state)
    if not present:
        return
    heads = state.lexicon.ministry_heads()
    bare = {f.id for f in state.of_type(E.GOVERNMENT_BODY) if heads & set(fold(f.text).split())
            and portfolio_of(f.text, state.lexicon) and state.lexicon_country_in(f.text) is None}
    for found in state.of_type(E.GOVERNMENT_BODY):
        term = found.term
        if found.id in bare and term.country and term.kind != BUILT and f"country/{term.country}" not in present:
            found.term = Term(term.id, E.GOVERNMENT_BODY, term.name, kind=BUILT)


def _countries_named(state: ArticleState) -> set[str]:
    """The countries an article names, its places' countries, and its outlet's."""
    named = {f.id for f in state.found if f.term.type is E.COUNTRY}
    named |= {f"country/{f.term.country}" for f in state.found if f.term.type is E.PLACE and f.term.country}
    return named | ({state.outlet} if state.outlet and named else set())


def foreign_namesakes(state: ArticleState) -> None:
    """A known body written with another country right after it ("l'ANSSI du Bénin", "ARCEP Togo", "Autorité
    de régulation … (ARCEP) du Burkina Faso") is that country's namesake, not the reference body: all its
    mentions are read as a body named from its words, of the country first written so; not one written
    elsewhere with its own country's name ("Korea International Cooperation Agency")."""
    foreign: dict[str, str] = {}
    for found in sorted(state.of_type(E.GOVERNMENT_BODY), key=lambda f: f.start):
        after = _country_after(state, found) if found.term.country and found.term.kind != BUILT else None
        if after and after[0] != found.term.country:
            foreign.setdefault(found.term.id, after[0])
    for found in state.of_type(E.GOVERNMENT_BODY):  # "KOICA Rwanda" is the Korea agency's office there
        if found.term.id in foreign and state.lexicon_country_in(found.text) == f"country/{found.term.country}":
            foreign.pop(found.term.id, None)
    for found in state.of_type(E.GOVERNMENT_BODY):
        if found.term.id in foreign:
            name = _spelled_name(state, found.term.id)
            found.term = Term(found.term.id, E.GOVERNMENT_BODY, name, kind=BUILT, country=foreign[found.term.id])
    _other_namesakes(state, set(foreign))


def _other_namesakes(state: ArticleState, namesakes: set[str]) -> None:
    """A namesake's mention written with a second country ("l'Anssi du Bénin …, l'Anssi du Burkina") is
    that country's own body, named as written."""
    for found in state.of_type(E.GOVERNMENT_BODY):
        after = _country_after(state, found) if found.term.id in namesakes else None
        if after and after[0] != found.term.country:
            name = state.text[found.start : after[1]]
            found.term = Term(entity_id(E.GOVERNMENT_BODY, name), E.GOVERNMENT_BODY, name, kind=BUILT,
                              country=after[0])


def _country_after(state: ArticleState, body: Found) -> tuple[str, int] | None:
    """The country written right after a body, past its acronym in brackets and connecting words only, and
    where its name ends."""
    words = state.lexicon.words(state.language)
    connectors = {fold(w).rstrip("'’") for w in words.title_connectors} - {fold(w) for w in words.coordinators}
    for found in state.of_type(E.COUNTRY):
        gap = state.text[body.end : found.start]
        if found.start >= body.end and len(gap) <= 24 and found.term.country:
            gap = re.sub(r"^\s*\([^()]{1,15}\)", "", gap)
            if all(w in connectors for w in re.split(r"[\s'’]+", fold(gap)) if w):
                return found.term.country, found.end
    return None


def _spelled_name(state: ArticleState, body: str) -> str:
    """The longest wording a body is written with in the article (its full name, not its acronym)."""
    return max((f.text for f in state.found if f.id == body), key=len)


def listed_region_governments(state: ArticleState) -> None:
    """"les gouvernements de l'Ontario, de la Nouvelle-Écosse et du Yukon", "the governments of Ontario and
    Manitoba": regions listed right after a region's government, joined by list words, are governments too."""
    ordered = sorted(state.found, key=lambda f: f.start)
    for i, opener in enumerate(ordered):
        if opener.term.type is not E.GOVERNMENT_BODY or opener.term.kind != "region":
            continue
        previous = opener
        for found in ordered[i + 1 :]:
            if not _joined_in_list(state, state.text[previous.end : found.start]):
                break
            government = _government_of(state, found)
            if government is None:
                break
            found.term = government
            previous = found


def _joined_in_list(state: ArticleState, gap: str) -> bool:
    """A gap of commas and list words only (", de la", " et du", " and ")."""
    words = state.lexicon.words(state.language)
    joining = {fold(w).rstrip("'’") for w in [*words.list_words, *words.coordinators]}
    return len(gap) < 16 and all(w in joining for w in re.split(r"[\s,'’]+", fold(gap)) if w)


def _government_of(state: ArticleState, found: Found) -> Term | None:
    """A region's own government, or a region government's itself."""
    if found.term.type is E.GOVERNMENT_BODY and found.term.kind == "region":
        return found.term
    if found.term.type is not E.PLACE or found.term.kind != "region":
        return None
    return state.lexicon.known(entity_id(E.GOVERNMENT_BODY, f"Government of {found.term.name}"))


def shared_demonyms(state: ArticleState) -> None:
    """"le gouvernement congolais" in an article on Brazzaville: a demonym several countries share
    ("congolais": both Congos) is the one of them the article names by its name or its capital."""
    for found in state.of_type(E.COUNTRY):
        if found.term.kind != "demonym":
            continue
        sharing = state.lexicon.demonym_countries(state.language, found.text)
        named = {f.term.country for f in state.found if f.term.kind in ("name", "capital")
                 and f.term.country in sharing} or _named_outside(state, sharing)
        if len(sharing) > 1 and len(named) == 1 and found.term.country not in named:
            country = state.lexicon.countries[named.pop()]
            found.term = Term(country.id, E.COUNTRY, country.name, country.wikidata, "demonym", country.country)


def _named_outside(state: ArticleState, sharing: frozenset[str]) -> set[str]:
    """The countries sharing a demonym that the headline names ("… accompagner le Congo …"), else the
    outlet's (a ministry's site in ".cg"), when the text names none of them."""
    headline = {code for code in sharing if f"country/{code}" in headline_countries(state)}
    return headline or {code for code in sharing if f"country/{code}" == state.outlet}
