"""Runs the rule layers over one parsed article and builds its contract Extraction."""

from __future__ import annotations

import re
from datetime import date
from functools import cached_property
from typing import Any

from kg.ids import entity_id
from kg.models import Article, EntityType, Extraction, RelationType
from kg.nlp import coref, names, offices, roles
from kg.nlp.agreements import agreements
from kg.nlp.arabic_names import ArabicNames, glued_agreement_pattern
from kg.nlp.build import RelationKey, build
from kg.nlp.calibration import Calibration, apply
from kg.nlp.datelines import filed, tail_pattern
from kg.nlp.dates import DateReader, parse_published, stand_in, without_relative
from kg.nlp.defined_names import defined_organisations
from kg.nlp.found import Found, choose
from kg.nlp.gazetteer import Gazetteer, resolve_capitals
from kg.nlp.generic import (
    NameWords,
    acronyms,
    capitalised_names,
    credited,
    credited_agencies,
    dateline_agencies,
    dateline_reporters,
    defined_first,
    news_agencies,
    outside_headline,
    press_agencies,
    spelled_out,
)
from kg.nlp.introduced_names import introduced_organisations
from kg.nlp.layers import Layer, Milestone, Step, order
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.listed_fields import listed_fields
from kg.nlp.listed_names import listed_organisations
from kg.nlp.org_parts import organisation_organs
from kg.nlp.people import People
from kg.nlp.placed import placed_cities
from kg.nlp.portfolio_fields import portfolio_domains
from kg.nlp.qualify import (
    foreign_namesakes,
    listed_region_governments,
    local_namesakes,
    qualify_generic,
    shared_demonyms,
)
from kg.nlp.relations import SentenceRules
from kg.nlp.state import ArticleState, Draft, split_sentences
from kg.nlp.text import DASHES, fold, normalize
from kg.nlp.tokens import read_tokens, tokens_of

E = EntityType


M = Milestone
# what an extraction is built from
OUTPUT = (M.MENTIONS, M.DATES, M.RELATIONS, M.CHECKED_VISITS, M.PART_OF, M.QUALIFIED, M.CHECKED_PARTNERS)


def settle_names(state: ArticleState) -> None:
    """What is decided once every name of the article is found: offices written out replace the
    unknown names they cover, namesakes of known bodies, governments listed after a region's,
    demonyms two countries share, people and companies named again."""
    heads = offices.head_offices(state) + offices.named_embassies(state)
    state.found = choose([f for f in state.found if f.source == "gazetteer" or f.term.type is E.COUNTRY
                          or not _covered(f, heads)] + heads)
    organisation_organs(state)
    local_namesakes(state)
    foreign_namesakes(state)
    listed_region_governments(state)
    shared_demonyms(state)
    coref.link_people(state)
    coref.company_names(state)
    placed_cities(state)


class Layers:
    """The rule layers of one language, compiled once for a pipeline's vocabulary, in the order
    their requirements give (kg/nlp/layers.py); per-article state lives on the ArticleState."""

    def __init__(self, nlp: Any, lexicon: Lexicon, language: str, disabled: frozenset[str] = frozenset(),
                 calibration: Calibration | None = None) -> None:
        self.lexicon = lexicon
        self.calibration = calibration
        self.language = language
        self.disabled = disabled
        self.words = lexicon.words(language)
        self.context = lexicon.context[language]
        self.gazetteer = Gazetteer(nlp, lexicon, language)
        self.people = People(nlp, lexicon, language)
        self.dates = DateReader(lexicon.packs[language].dates, language)
        self.policy_cue = lexicon.cues[language]["policy"]
        self.policy_words = names.PolicyWords.of(self.words)
        self.name_words = NameWords.of(lexicon, language)
        self.agreement_pattern = names.agreement_pattern(lexicon, language)
        # A script without capitals (Arabic) has its own name layer instead of the capital-letter ones.
        self.uncased: ArabicNames | None = None
        if not lexicon.packs[language].info.script_has_case:
            self.uncased = ArabicNames(nlp, lexicon, language)
            self.agreement_pattern = glued_agreement_pattern(lexicon, language)
        self.steps = order(self.layers(), needed=OUTPUT)

    def layers(self) -> list[Layer]:
        """Every layer with what it requires and provides; `order` sorts them."""
        return [
            Step("mentions", (M.SENTENCES,), (M.MENTIONS,), self.mentions),
            Step("roles", (M.MENTIONS,), (M.ROLES, M.MEMBERS), self.people_roles),
            Step("coreference", (M.MENTIONS, M.ROLES), (M.COREFERENCE,), self.coreference),
            Step("agreements", (M.COREFERENCE,), (M.AGREEMENTS,), self.agreement_mentions),
            Step("dates", (M.SENTENCES,), (M.DATES,), self.date_sentences),
            Step("visits", (M.AGREEMENTS, M.MEMBERS), (M.VISITS,), lambda state: SentenceRules(state).visit_all()),
            Step("home-countries", (M.VISITS, M.MEMBERS), (M.HOME_COUNTRIES,), infer_body_countries),
            Step("relations", (M.HOME_COUNTRIES, M.AGREEMENTS), (M.RELATIONS,),
                 lambda state: SentenceRules(state).relate_all()),
            Step("member-countries", (M.RELATIONS,), (M.MEMBER_COUNTRIES,), infer_body_countries),
            Step("late-visits", (M.MEMBER_COUNTRIES,), (M.LATE_VISITS,),
                 lambda state: SentenceRules(state).visit_late()),
            Step("home-visits", (M.LATE_VISITS, M.VISITS), (M.CHECKED_VISITS,), drop_home_visits),
            Step("part-of", (M.MEMBER_COUNTRIES,), (M.PART_OF,), roles.part_of),
            Step("qualify", (M.PART_OF,), (M.QUALIFIED,), qualify_generic),
            Step("compatriots", (M.QUALIFIED,), (M.CHECKED_PARTNERS,), drop_compatriot_partners),
        ]

    def _describes(self, found: Found, text: str) -> bool:
        """"start-up founders", "fournisseurs de cloud": a domain word describing people or things (the
        head words read in the text's one spelling of each letter)."""
        if found.term.type is not E.POLICY_DOMAIN or self.lexicon.domain_heads is None:
            return False
        words_after, words_before = self._domain_heads
        after = text[found.end : found.end + 24].lower().split()[:1]
        before = text[max(0, found.start - 24) : found.start].lower()
        return bool(after and after[0].strip(",.;:") in words_after) or any(
            before.endswith(f"{w} ") for w in words_before)

    @cached_property
    def _domain_heads(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The language's domain head words after and before a domain, in the text's one spelling of each letter."""
        heads = self.lexicon.domain_heads
        if heads is None:
            return frozenset(), ()
        return (frozenset(normalize(w) for w in heads.after.get(self.language, [])),
                tuple(normalize(w) for w in heads.before.get(self.language, [])))

    def _names_country(self, text: str) -> bool:
        return self.lexicon.country_in(text) is not None

    def read(self, article: Article, original: str, doc: Any) -> Extraction:
        """The extraction of one article from its text and the parse of its normalised text."""
        return self.read_traced(article, original, doc)[0]

    def read_traced(self, article: Article, original: str, doc: Any) -> tuple[Extraction, dict[RelationKey, str]]:
        """The extraction, and the rule that added each of its relations, by (type, subject, object);
        confidences calibrated when a calibration is given (kg/nlp/calibration.py)."""
        state = self.run(article, original, doc)
        if state is None:
            return Extraction(article=article), {}
        extraction, rules = build(article, state)
        return apply(extraction, rules, state, self.calibration), rules

    def run(self, article: Article, original: str, doc: Any) -> ArticleState | None:
        """The article state once every layer has run; None for a text without sentences."""
        base = parse_published(article.published)
        tokens = read_tokens(doc)  # the token table the layers share, read afresh for this parse
        state = ArticleState(tokens.source, doc, self.language, self.lexicon, base, original=original,
                             disabled=self.disabled, published=article.published, title=article.title or "",
                             outlet=offices.outlet_country(self.lexicon, article.url, article.source))
        honorifics = self.lexicon.honorifics.get(self.language, [])
        state.sentences = split_sentences(doc, frozenset(h for h in honorifics if h.endswith(".")))
        if not state.sentences:
            return None
        for step in self.steps:
            step(state)
        return state

    def _inside_person(self, doc: Any, found: Found, ents: tuple[Any, ...]) -> bool:
        """A city's bare alias or a country's name ending a person's name ("M. Éric Caire", not Cairo;
        "Winston Jordan"): the place sits at the end of an NER person whose first words are a name, none
        a country's, and not a place opener ("in Hà Nội")."""
        if found.term.type not in (E.PLACE, E.COUNTRY):
            return False
        span = doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return False
        tk = tokens_of(doc)
        countries = self.lexicon.country_words()
        for ent in ents:
            first = ent.start
            while first < span.start and tk.text[first] in self.people.honorifics:
                first += 1
            if ent.label_ in ("PER", "PERSON") and first < span.start and ent.end == span.end \
                    and self.people.person_like(tk, ent.start, ent.end) \
                    and all(self.people.name_at(tk, k, set()) and fold(tk.text[k]) not in countries
                            for k in range(first, span.start)):
                return True
        return False

    def mentions(self, state: ArticleState) -> None:
        if self.uncased is not None:
            return self.uncased_mentions(state, self.uncased)
        doc = state.doc
        found = resolve_capitals(doc, choose(self.gazetteer.find(doc)), self.lexicon, self.words)
        found = subsidiaries(outside_regions(found, state.text, self.lexicon), state.text)
        found = [f for f in found if not self._describes(f, state.text)]
        ents = tokens_of(doc).ents
        found = [f for f in found if not self._inside_person(doc, f, ents)]
        taken = {t.i for f in found for t in doc.char_span(f.start, f.end, alignment_mode="expand")}
        state.role_cues = self.people.roles(doc)
        actors = [f for f in found if f.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY)]
        people = not_regions(choose(self.people.find(doc, taken, state.role_cues)
                                    + self.people.before_actors(doc, taken, actors, self.context.get("member_after"))),
                             self.lexicon)
        built = names.ministries(doc, self.lexicon, self.language)
        built += [p for p in outside_headline(names.policies(doc, self.policy_cue, self.policy_words,
                                                             self._names_country), state.text, state.title)
                  if not self._body_named(p.text)]
        known = frozenset(f.start for f in found if f.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY)
                          or (f.term.type is E.COUNTRY and f.term.kind == "name"))  # "… and Malaysia's Ministry"
        titles = frozenset(doc[c.start].idx for c in state.role_cues)
        full_names = frozenset(t.idx for p in people if " " in p.text  # "King Fahd University" stays one name
                               for t in doc.char_span(p.start, p.end, alignment_mode="expand"))
        generic = capitalised_names(doc, self.lexicon, self.language, frozenset(p.start for p in people), known,
                                    self.name_words, titles, full_names)
        generic = [g for g in outside_headline(generic, state.text, state.title)
                   if not _known_then_place(g, found, state.text, self.context["place_after"])]
        named = found + built + people + generic
        named = choose(named + defined_organisations(doc, named, self.name_words))
        named = choose(named + dateline_agencies(state.text, named))
        credit = self.context.get("news_credit")
        named = choose(named + credited_agencies(state.text, named, credit, self.lexicon))  # "… 2024 /ACN/ -"
        state.reporters = dateline_reporters(state.text, named) | credited(state.text, named, credit)
        named = spelled_out(choose(defined_first(named, acronyms(state.text, named), self.lexicon)), state.text)
        listed = listed_organisations(state.sentences, state.text, named, self.lexicon, self.language)
        listed += introduced_organisations(state.sentences, state.text, choose(named + listed), self.lexicon,
                                           self.language, self.context.get("company_name_before"))
        named = choose(named + outside_headline(listed, state.text, state.title))
        taken = {t.i for f in named for t in doc.char_span(f.start, f.end, alignment_mode="expand")}
        state.found = choose(named + names.places(doc, self.lexicon, taken, self.language))
        state.reporters |= press_agencies(state.found, self.words.press_names)
        settle_names(state)

    def uncased_mentions(self, state: ArticleState, layer: ArabicNames) -> None:
        """Mentions of a text without capital letters: the gazetteer (Latin names and acronyms), the language's
        own name layer for the rest, and the embassies and head offices written out ("مكتب رئيس الوزراء")."""
        found = resolve_capitals(state.doc, choose(self.gazetteer.find(state.doc)), self.lexicon, self.words)
        named, state.role_cues = layer.find(state)
        countries = [f for f in named + found if f.term.type is E.COUNTRY and f.term.kind == "name"]
        branded = names.branded_countries(state.doc, self.policy_words.brands, countries, self.policy_cue)
        agencies = credited_agencies(state.text, named + found, self.context.get("news_credit"))  # "مسقط-سانا"
        found = outside_regions(choose(named + found + names.cued_years(state.doc, self.policy_cue) + branded
                                       + agencies), state.text, self.lexicon)
        state.found = [f for f in found if not self._describes(f, state.text) and not _in_title(state, f)]
        state.reporters = news_agencies(state.found, self.words.news_agency_heads) | {f.id for f in agencies}
        offices_named = self._untitled_embassies(state) + offices.head_offices(state)  # "مكتب رئيس الوزراء"
        state.found = choose([f for f in state.found if f.term.type is E.COUNTRY or not _covered(f, offices_named)]
                             + offices_named)
        coref.link_people(state)

    @staticmethod
    def _untitled_embassies(state: ArticleState) -> list[Found]:
        """"السفارة الليبية في القاهرة", "بسفارة تونس": the embassies a text names outside an envoy's title
        (the title's own embassy, "القائم بأعمال سفارة سلطنة عمان", is the envoy's, made with the role)."""
        doc = state.doc
        titles = [(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1])) for c in state.role_cues]
        return [e for e in offices.named_embassies(state) if not any(s < e.end and e.start < t for s, t in titles)]

    def _body_named(self, name: str) -> bool:
        """"Trade Policy Bureau", "Development Strategy Center": a policy word inside a name whose last word is
        the head of a state body's or an organisation's name in any pack (English names are quoted in French),
        unless a policy word ("Programme")."""
        last = name.split()[-1] if name.split() else ""
        return not self.policy_cue.fullmatch(last.lower()) and any(
            last == head for heads in self.lexicon.name_heads.values() for head, kind in heads
            if kind in (E.GOVERNMENT_BODY, E.ORGANIZATION))

    def people_roles(self, state: ArticleState) -> None:
        """Roles of named people, the memberships they imply; office names inside roles are no policies."""
        people = [f for f in state.found if f.term.type is E.PERSON and f.source != "surname"]
        if self.uncased is None:  # the uncased name layer wrote the roles it could read
            roles.find_roles(state, people, state.role_cues)
        roles.memberships(state, self.people.role_body)
        in_titles = {id(f) for f in portfolio_domains(state)}  # "ministre de l'Économie numérique": no field
        state.found = [f for f in state.found if not _office_name(state, f) and id(f) not in in_titles]
        state.found = choose(state.found + listed_fields(state))  # "innovation, digital training and …"

    def coreference(self, state: ArticleState) -> None:
        """Descriptions, "the Kingdom", bare ministries, capitals, pronouns and "both sides"."""
        extra = coref.descriptions(state) + coref.kingdoms(state) + coref.bare_bodies(state) + coref.capitals(state)
        state.found = choose(state.found + extra)
        assign(state)
        state.found = choose(state.found + coref.pronouns(state))
        assign(state)
        coref.pair_markers(state)

    def agreement_mentions(self, state: ArticleState) -> None:
        """Agreement phrases, each a new agreement or the last one named."""
        agreements(state, names.agreements(state.doc, self.agreement_pattern), self.context)
        assign(state)

    def date_sentences(self, state: ArticleState) -> None:
        default = None
        published, base = (state.published, state.base) if state.published else stand_in(state.text, date.today())
        known = min(len(published or ""), 10) if base else 10
        for sentence in state.sentences:
            found = self.dates.find(without_relative(_without_dateline(sentence.text), self.words.relative_pronouns),
                                   base, known)
            sentence.date = None if _after(found, state.published) else found
            if not self.dates.only_date(sentence.text) and not self.dates.stamp(sentence.text, found, published):
                default = default or sentence.date
        self.weekdays_named(state)
        # the report's day is not the event's: an event the text does not date took place that month
        fallback = default or (base.isoformat()[: min(7, len(published or ""))] if base else None)
        for sentence in state.sentences:
            intro = state.sentences[sentence.intro].date if sentence.intro is not None else None
            sentence.date = sentence.date or intro or fallback


    def weekdays_named(self, state: ArticleState) -> None:
        """"Mardi, les deux pays ont publié …" in a report dated by its month only (or not dated), which says
        elsewhere "ce 29 octobre": the one day of that month (or of the text) the article names that falls on
        that weekday."""
        days = {s.date for s in state.sentences if s.date and len(s.date) == 10}
        for sentence in state.sentences:
            weekday = self.dates.weekday_in(sentence.text) if len(sentence.date or "") < 10 else None
            if weekday is None:
                continue
            month = sentence.date or ""
            fits = [d for d in days if d.startswith(month) and date.fromisoformat(d).weekday() == weekday]
            if len(fits) == 1:
                sentence.date = fits[0]


def _after(value: str | None, published: str | None) -> bool:
    """A date later than the article's own ("Tuesday, 25 June 2024" in the page furniture of a 2021 report):
    what happened cannot be dated after the report."""
    if not value or not published:
        return False
    size = min(len(value), len(published))
    return value[:size] > published[:size]


# "ANTANANARIVO, 5 mars –", "KIGALI, March 11 (Reuters) -", "WARSAW —": where and when the report was filed.
DATELINE = re.compile(r"^([^\W\d_][\w'’. -]{2,40}?)" + tail_pattern(hyphen=True, spaces=True))


def _without_dateline(text: str) -> str:
    """The sentence without its dateline ("WARSAW —", "Kinshasa, le 9 novembre 2024 –"): the report's
    date is not the event's."""
    match = DATELINE.match(text)
    if match is None:
        return text
    return text[match.end() :] if filed(match.group(1).strip(), match.group(2), match.group(3), opens_line=True) \
        else text


def _in_title(state: ArticleState, found: Found) -> bool:
    """"وزير الاتصالات": a field named in a person's title is the title's, not a domain of the text."""
    return found.term.type is E.POLICY_DOMAIN and any(r.start <= found.start < r.end for r in state.roles.values())


def _covered(found: Found, names: list[Found]) -> bool:
    """Whether a mention overlaps one of `names` (an office or embassy written out, which replaces it)."""
    return any(n.start < found.end and found.start < n.end for n in names)


def not_regions(people: list[Found], lexicon: Lexicon) -> list[Found]:
    """Drop a name that is a world region's ("Huawei Afrique du Nord, Lee …": the branch's region, no person)."""
    return [p for p in people if fold(p.text) not in lexicon.regions]


def outside_regions(found: list[Found], text: str, lexicon: Lexicon) -> list[Found]:
    """Drop country words inside a region's name ("océan Indien" is not India)."""
    pattern = lexicon.region_pattern
    if pattern is None:
        return found
    return [f for f in found if f.term.type is not E.COUNTRY or not _inside_region(f, text, pattern)]


def _inside_region(found: Found, text: str, pattern: re.Pattern[str]) -> bool:
    low = max(0, found.start - 40)
    for match in pattern.finditer(text, low, min(len(text), found.end + 40)):
        if match.start() <= found.start and found.end <= match.end() and \
                match.end() - match.start() > found.end - found.start:
            return True
    return False


def _known_then_place(name: Found, known: list[Found], text: str, place_after: re.Pattern[str]) -> bool:
    """"Banque mondiale pour la RDC": a known organisation and where it acts, not a new name."""
    return any(k.start == name.start and k.end < name.end and k.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY)
               and place_after.match(text, k.end) for k in known)


def subsidiaries(found: list[Found], text: str) -> list[Found]:
    """"Huawei Togo", "Orange RDC": a company's name followed by a country's is its local company."""
    result: list[Found] = []
    for current in found:
        last = result[-1] if result else None
        if last is not None and _company_then_country(last, current, text):
            name = text[last.start : current.end]
            term = Term(entity_id(E.ORGANIZATION, name), E.ORGANIZATION, name, country=current.term.country)
            result[-1] = Found(last.start, current.end, name, term, "pattern")
        else:
            result.append(current)
    return result


def _company_then_country(company: Found, country: Found, text: str) -> bool:
    return (company.term.type is E.ORGANIZATION and country.term.type is E.COUNTRY
            and country.term.kind != "demonym" and text[company.end : country.start] == " "
            and " " not in company.text and not company.text.isupper())


def _office_name(state: ArticleState, found: Found) -> bool:
    """"directrice de la Stratégie mondiale …": a capitalised policy word inside a role is an office."""
    return found.term.type is E.POLICY and found.source == "pattern" and (any(
        r.start <= found.start < r.end for r in state.roles.values()) or _after_title(state, found))


def _after_title(state: ArticleState, found: Found) -> bool:
    """"ministre de la Stratégie et des Finances", "Minister for Strategy": a portfolio after a title."""
    words = state.lexicon.words(state.language)
    links = {*words.definite, *words.partitives, *words.portfolio_openers}
    for cue in state.role_cues:
        end = state.doc[cue.end - 1].idx + len(state.doc[cue.end - 1].text)
        gap = state.text[end : found.start].replace("'", "' ").split()
        if end <= found.start and len(gap) <= 3 and all(w.lower() in links for w in gap):
            return True
    return False


def assign(state: ArticleState) -> None:
    for sentence in state.sentences:
        sentence.found = []
    for found in state.found:
        state.sentence_at(found.start).found.append(found)


def infer_body_countries(state: ArticleState) -> None:
    """A minister's ministry belongs to the main country the minister does not visit."""
    visited: dict[str, set[str]] = {}
    guessed: set[str] = set()  # people given a country by the fallbacks: no evidence against a colleague's
    for draft in state.drafts:
        if draft.type is RelationType.VISITS and draft.object.startswith("country/"):
            visited.setdefault(draft.subject, set()).add(draft.object)
    for draft in list(state.drafts):
        if draft.type is not RelationType.MEMBER_OF or draft.object in state.body_country:
            continue
        if state.term(draft.object) is None or draft.object.startswith("org/"):
            continue
        home = state.person_country.get(draft.subject) or offices.counterpart_home(state, draft.subject) \
            or offices.delegation_home(state, draft.subject)
        written = roles.written_country(state, draft.object) or _fellow_post_country(state, draft)
        country = f"country/{home or written}" if home or written else None
        sending, hosting = offices.envoys_met(state, draft.subject)  # "received the ambassador of …"
        country = country or (hosting.pop() if len(hosting) == 1 else None)
        own = visited.get(draft.subject, set()) | offices.counterparts(state, draft.subject) | sending
        hosts = {c for person, places in visited.items() if person != draft.subject for c in places}
        ranked = [c for c in state.salient_countries() if c not in own]
        mine = offices.not_theirs(state, draft.subject, ranked, guessed) or (ranked and _visited_not_theirs(
            state, draft.subject, own - visited.get(draft.subject, set()), guessed)) or ranked
        candidates = offices.titled_capital(state, mine) or offices.outlet_first(state, mine, hosts) \
            or offices.headline_first(state, mine) \
            or [c for c in ranked if c in hosts] or mine \
            or [c for c in offices.headline_countries(state) if c not in own]  # named in the headline only
        if country is None and candidates and draft.subject not in state.person_country:
            guessed.add(draft.subject)  # a fallback, no evidence
        country = country or (candidates[0] if candidates else None)
        if country:
            state.body_country[draft.object] = (country, draft.sentence)
            state.person_country.setdefault(draft.subject, country.split("/")[1])


def _visited_not_theirs(state: ArticleState, person: str, own: set[str], guessed: set[str]) -> list[str]:
    """When every country left is that of another official named beside the person ("talks between the
    Vietnamese minister X and the minister Y"), a country the person is read to visit is theirs after all,
    if no other official's: the official beside them is stronger evidence than the trip."""
    ranked = [c for c in state.salient_countries() if c not in own]
    return offices.not_theirs(state, person, ranked, guessed)


def _fellow_post_country(state: ArticleState, member: Draft) -> str | None:
    """"ministre de A et ministre responsable de l'Agence … de l'Ontario": the country written for a
    person's other state body is that of the body a post implies, when only one."""
    countries = {roles.written_country(state, d.object) for d in state.drafts
                 if d.type is RelationType.MEMBER_OF and d.subject == member.subject and d.object != member.object
                 and d.object.startswith("body/")}
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


def drop_home_visits(state: ArticleState) -> None:
    """Nobody visits their own country (nor a city of it), nor one their own title names ("ruler of Dubai")."""
    titled = _titled_countries(state, {d.subject for d in state.drafts if d.type is RelationType.VISITS})

    def home_trip(draft: Draft) -> bool:
        term = state.term(draft.object) if draft.type is RelationType.VISITS else None
        if term is None or term.country is None:
            return False
        return term.country == state.person_country.get(draft.subject) or term.country in titled.get(draft.subject, ())
    state.drafts = [d for d in state.drafts if not home_trip(d)]


def _titled_countries(state: ArticleState, people: set[str]) -> dict[str, set[str]]:
    """The countries each person's own title names, by name, demonym or one of their cities ("حاكم دبي",
    "the Saudi minister"), other than one of a pair ("the Korea–Tunisia friendship group")."""
    spans = {p: state.roles[p] for p in people if p in state.roles}
    titled: dict[str, set[str]] = {}
    for found in state.found:
        if found.term.type not in (EntityType.PLACE, EntityType.COUNTRY) or not found.term.country \
                or _dashed(state.text, found):
            continue
        for person, role in spans.items():
            if role.start <= found.start < role.end:
                titled.setdefault(person, set()).add(found.term.country)
    return titled


def _dashed(text: str, found: Found) -> bool:
    """"the Korea–Tunisia friendship group": a name joined to another by a dash names a pair."""
    return text[max(0, found.start - 2) : found.start].rstrip()[-1:] in DASHES \
        or text[found.end : found.end + 2].lstrip()[:1] in DASHES


def drop_compatriot_partners(state: ArticleState) -> None:
    """A state body does not partner its own country, nor another body of the same country ("a joint
    statement by the Ministry of Trade and Industry and the Infocomm Media Development Authority")."""
    home = {d.subject: d.object for d in state.drafts if d.type is RelationType.PART_OF}

    def compatriots(draft: Draft) -> bool:
        if draft.type is not RelationType.COOPERATES_WITH:
            return False
        a, b = home.get(draft.subject), home.get(draft.object)
        return a == draft.object or b == draft.subject or (a is not None and a == b)
    state.drafts = [d for d in state.drafts if not compatriots(d)]
