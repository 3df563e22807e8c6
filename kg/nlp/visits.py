"""Visit rules: who travels where, read from visit cues, hosts, and meetings or signings abroad."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import Protocol

from kg.models import EntityType, RelationType
from kg.nlp import literals
from kg.nlp.datelines import filed, tail_reader
from kg.nlp.found import Found, Sentence, parsed_span
from kg.nlp.offices import hosting_country
from kg.nlp.state import ArticleState
from kg.nlp.text import DASHES, fold_arabic

E = EntityType
R = RelationType
QUOTES = ("\"", "\u00ab", "\u201c")
# What follows a dateline's city at the start of a line: a date after a comma, an agency in brackets, then a
# colon or a dash ("SANTIAGO –", "Lomé, 5 mars (ATOP) -", "Jakarta (VNA) –").
FILED = tail_reader(hyphen=True, colon_bare=True)
# What may stand before a dateline on its line: nothing, or the page's own stamp of an ISO date
# (" date 2024-05-22 ABU DHABI: …").
STAMP = re.compile(r"\s*(?:\w+:? \d{4}-\d{2}-\d{2}\s+)?")
# How many sentences either side of a signing told with no one named may tell who signs or holds the talks.
NEAR = 3


class SentenceReader(Protocol):
    """What the visit rules read through the article's sentence rules (kg/nlp/relations.py)."""

    state: ArticleState
    context: dict[str, re.Pattern[str]]
    subject_after_verb: bool

    def has(self, kind: str, sentence: Sentence) -> re.Match[str] | None: ...
    def in_role(self, found: Found) -> bool: ...
    def planned(self, sentence: Sentence, cue: int) -> bool: ...
    def people(self, sentence: Sentence) -> list[Found]: ...
    def companions(self, sentence: Sentence) -> list[str]: ...


class VisitRules:
    """The visit rules of one article, reading cues and people through its sentence rules."""

    def __init__(self, rules: SentenceReader) -> None:
        self.rules = rules
        self.state = rules.state
        self.context = rules.context

    def visit(self, sentence: Sentence) -> None:
        """A visit cue or a host, the visitor and the destination; people meeting or signing abroad."""
        self.away(sentence)
        self.gathered(sentence)
        self.acted_abroad(sentence)
        if self.accompanied(sentence):
            return
        cues = [c for c in (self.rules.has("visits", sentence), literals.search(self.context["host"], sentence.text))
                if c]
        cue = min(cues, key=lambda c: c.start()) if cues else None
        if not cue or self.rules.planned(sentence, cue.start()):
            return
        visitor = self.visitor(sentence, cue.start())
        host = self.context["host"]  # a host far before the place: the visit cue nearer to it tells where
        ordered = sorted(cues, key=lambda c: c.start())
        home = self.home(visitor) if visitor is not None else None
        ends = (self.destination(sentence, sentence.start + c.start(), c.re is host, home) for c in ordered)
        destination = next((d for d in ends if d is not None), None)
        if visitor is not None and destination is None:
            self.hosted_home(sentence, visitor)
            self.received_home(sentence, visitor)
        if visitor is None and destination is not None:
            self.hosts_at(sentence, destination.term.country)
        if visitor is None or destination is None or self.rules.planned(sentence, destination.start - sentence.start):
            return  # "A delegation led by X is due to travel to Tallinn": not yet
        country = destination.term.country
        if country and (self.home(visitor) == country or country in self.sent(sentence, cue)
                        or country in self.unnamed_of(sentence, cue)):
            if self.home(visitor) == country and not self.sited_at(sentence):
                self.received_home(sentence, visitor)  # "X a accueilli Y, président des Émirats": Y's own country
            return
        home = self.home(visitor)
        stops = [destination, *self.listed(sentence, destination)]
        for stop in self.sited([*stops, *self.cities_in(sentence, stops)]):
            country = stop.term.country
            if stop is not destination and country and country == home:
                continue
            along = [*self.rules.companions(sentence), *self.compatriots(sentence, cue, visitor, stop)]
            for person in dict.fromkeys([visitor, *along]):
                if self.posted(person, stop):  # "the ambassador of China to Burundi took part …": posted there
                    continue
                found_by = "visit" if person == visitor else "visit-companion"
                self.state.add(found_by, person, stop.id, sentence)
                if stop.term.type is E.PLACE and country and country in self.state.lexicon.countries:
                    self.state.extra.setdefault(f"country/{country}", self.state.lexicon.countries[country])
                    self.state.add("visit-country", person, f"country/{country}", sentence)
        self.note_host(sentence, visitor, destination.term.country)

    def sited_at(self, sentence: Sentence) -> bool:
        """Whether the sentence names a place or country as where something happens ("à Abou Dhabi")."""
        return any(f.term.type in (E.PLACE, E.COUNTRY) and f.term.kind != "demonym" and self.located(sentence, f)
                   for f in sentence.found)

    @staticmethod
    def sited(stops: list[Found]) -> list[Found]:
        """"a banquet at the Acropolis Museum in Athens": a site of no known country is no stop of its own
        where a city of a known country is one; the visit goes to the site's city."""
        if not any(s.term.type is E.PLACE and s.term.country for s in stops):
            return stops
        return [s for s in stops if s.term.type is not E.PLACE or s.term.country]

    def compatriots(self, sentence: Sentence, cue: re.Match[str], visitor: str, stop: Found) -> list[str]:
        """"During the state visit of X to Tunisia, A of Tunisia and B, French minister, signed …": where the trip
        opens the sentence before anyone is named, the people named after it who then sign or meet, from another
        known country than the one visited (the visitor's own, where known), other than envoys, travel along."""
        people = self.rules.people(sentence)
        act = self.rules.has("signs", sentence) or self.rules.has("meets", sentence)
        if act is None or any(p.start < sentence.start + cue.start() for p in people):
            return []
        home, country = self.home(visitor), stop.term.country
        return [p.id for p in people if p.id != visitor and p.end <= sentence.start + act.start()
                and not self.envoy(p.id) and self.home(p.id) not in (None, country) and home in (None, self.home(p.id))]

    def accompanied(self, sentence: Sentence) -> bool:
        """"He was accompanied by Dr X": in a sentence telling of no trip of its own, the one person named after
        "accompanied by" goes wherever the last visitor of the article went (a list of an entourage is left)."""
        members = self.members(sentence)
        if (self.rules.has("visits", sentence) and not members) or self.context["host"].search(sentence.text):
            return False
        along = self.rules.companions(sentence)
        visitor = self.last_visitor() if len(along) == 1 or (members and along) else None
        if visitor is None:
            return False
        trips = [d for d in self.state.drafts if d.type is R.VISITS and d.subject == visitor]
        for person in (p for p in along if not self.envoy(p)):
            for trip in trips:
                term = self.state.term(trip.object)
                if person != visitor and term is not None and self.home(person) != term.country:
                    self.state.add("visit-companion", person, trip.object, sentence)
        return bool(trips)

    def members(self, sentence: Sentence) -> bool:
        """"His delegation comprising A, B and C", "X makes the trip with A and B": a sentence telling of
        a trip and listing who travel along, naming no place; they go where the last visitor went (an
        entourage listed after "accompanied by" in a sentence of no trip does not)."""
        if self.rules.has("companions", sentence) is None or self.rules.has("visits", sentence) is None:
            return False
        return not any(f.term.type in (E.PLACE, E.COUNTRY) and f.term.kind != "demonym" for f in sentence.found)

    def stationed(self, person: str, country: str | None) -> bool:
        """"X met the Turkish ambassador Y in Sanaa": an envoy whose title names no other country of posting is
        at their post where they hold talks, not visiting."""
        role = self.state.roles.get(person)
        return role is not None and self.envoy(person) and hosting_country(self.state, role) in (None, country)

    def envoy(self, person: str) -> bool:
        """Whether a person's title is an envoy's ("l'ambassadeur des États-Unis"): at their post, not on a trip."""
        role = self.state.roles.get(person)
        return role is not None and self.envoy_titles is not None and self.envoy_titles.search(role.text) is not None

    @cached_property
    def envoy_titles(self) -> re.Pattern[str] | None:
        """The titles of the language's envoys (of an embassy's head), as one pattern of whole words."""
        titles = [t for t, body in self.state.lexicon.roles.get(self.state.language, []) if body == "embassy"]
        if not titles:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, titles)) + r")(?!\w)", re.IGNORECASE)

    def cities_in(self, sentence: Sentence, stops: list[Found]) -> list[Found]:
        """"during a visit to Estonia, … signed in Tallinn": the cities the sentence names as where something
        happens, in a country visited, are visited too."""
        countries = {s.term.country for s in stops if s.term.type is E.COUNTRY}
        ids = {s.id for s in stops}
        return [f for f in [*self.venues(sentence), *self.unplaced(sentence, countries)]
                if f.term.country in countries | {None} and f.id not in ids and not self.paired(f)]

    def unplaced(self, sentence: Sentence, countries: set[str | None]) -> list[Found]:
        """"a visit to Indonesia to attend the summit in Labuan Bajo": a place of no known country, named as where
        something happens after the one country visited, is in that country."""
        if len(countries) != 1:
            return []
        first = min((f.start for f in sentence.found if f.term.type is E.COUNTRY and f.term.country in countries),
                    default=sentence.end)
        return [f for f in sentence.found if f.term.type is E.PLACE and not f.term.country and f.start > first
                and not self.rules.in_role(f) and self.located(sentence, f)]

    def hosted_home(self, sentence: Sentence, visitor: str) -> None:
        """"The Ministry of X of Uzbekistan hosted a delegation headed by Y", "X, of Mongolia, received a delegation
        headed by Y": where no place is named, the guests of a trip told after the host come to the country of
        the person or state body who receives them."""
        text = sentence.text
        host = self.context["host"].search(text)
        travel = self.rules.has("visits", sentence)
        if host is None or travel is None or travel.start() < host.end() \
                or self.context["passive"].search(text[: host.end()]) or self.agent(text[host.end() : travel.start()]):
            return  # "X was also welcomed by a delegation led by Y": Y receives
        at = sentence.start + host.start()
        hosts = [f for f in sentence.found if f.start < at and f.id != visitor
                 and f.term.type in (E.PERSON, E.GOVERNMENT_BODY)]
        country = next((c for f in hosts if (c := self.home(f.id) if f.term.type is E.PERSON else f.term.country)),
                       None)
        if country is None or country == self.home(visitor) or country not in self.state.lexicon.countries:
            return
        self.state.extra.setdefault(f"country/{country}", self.state.lexicon.countries[country])
        self.state.add("visit-country", visitor, f"country/{country}", sentence)

    def received_home(self, sentence: Sentence, visitor: str) -> None:
        """"استقبل X الوزير السعودي Y", "X received Saudi minister Y": where no place is told, a guest
        whose own country is known and differs from the known country of the one receiving comes to the latter's."""
        text = sentence.text
        host = self.context["host"].search(text)
        if host is None or self.context["passive"].search(text[: host.end()]):
            return
        at = sentence.start + host.start()
        people = [p for p in self.rules.people(sentence) if p.id != visitor]
        guest = next((p for p in self.rules.people(sentence) if p.id == visitor), None)
        if guest is not None and self.agent(self.state.text[sentence.start + host.end() : guest.start]):
            return  # "X was also welcomed by a delegation led by Y": Y receives
        if self.rules.subject_after_verb:
            hosts = [p for p in people if at < p.start and (guest is None or p.start < guest.start)][:1]
        else:
            hosts = [p for p in people if p.start < at][-1:]
        country = self.home(hosts[0].id) if hosts else None
        home = self.home(visitor)
        role = self.state.roles.get(visitor)
        if country is None or home is None or country == home or country not in self.state.lexicon.countries \
                or (role is not None and hosting_country(self.state, role) == country):
            return  # "X a reçu l'ambassadeur de Y au pays de X": posted there, not visiting
        self.state.extra.setdefault(f"country/{country}", self.state.lexicon.countries[country])
        self.state.add("visit-country", visitor, f"country/{country}", sentence)

    def hosts_at(self, sentence: Sentence, country: str | None) -> None:
        """"X a reçu en audience une délégation … en visite au Burundi": whoever receives guests on a trip to a
        country, named before the host verb, is at home there (the guests may be named only later); not where
        the verb comes before its subject."""
        if self.rules.subject_after_verb:
            return
        text = sentence.text
        host = self.context["host"].search(text)
        if country is None or host is None or self.context["passive"].search(text[: host.end()]):
            return
        for person in self.rules.people(sentence):
            if person.start < sentence.start + host.start():
                self.state.person_country.setdefault(person.id, country)

    def agent(self, text: str) -> bool:
        """Whether a word naming the agent of a passive verb ("by", "par") is in the text."""
        agents = self.state.lexicon.words(self.state.language).agents
        return any(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) for word in agents)

    def datelined(self) -> None:
        """"Tashkent, Uzbekistan — … visited IT Park Uzbekistan": whoever visits the country of the city the
        report is filed from, and no city of it, visits that city."""
        city = next((f for f in self.state.found if f.term.type is E.PLACE and f.term.country
                     and self.filed_from(f)), None)
        if city is None:
            return
        country = city.term.country
        visits = [d for d in self.state.drafts if d.type is R.VISITS]
        for draft in visits:
            term = self.state.term(draft.object)
            if term is None or term.type is not E.COUNTRY or term.country != country:
                continue
            cities = (self.state.term(d.object) for d in visits if d.subject == draft.subject)
            if not any(t is not None and t.type is E.PLACE and t.country == country for t in cities):
                self.state.add("visit-dateline", draft.subject, city.id, draft.sentence)

    def sole_city(self) -> None:
        """"during a visit to Estonia, … signed … in Tallinn": whoever visits a country and no city of it visits
        the one city of that country the article names as where something happens."""
        cities: dict[str, set[str]] = {}
        for sentence in self.state.sentences:
            for found in self.venues(sentence):
                if found.term.country and not self.paired(found) and self.happened(sentence, found):
                    cities.setdefault(found.term.country, set()).add(found.id)
        visits = [d for d in self.state.drafts if d.type is R.VISITS]
        for draft in visits:
            term = self.state.term(draft.object)
            if term is None or term.type is not E.COUNTRY or len(cities.get(term.country or "", ())) != 1 \
                    or self.envoy(draft.subject):
                continue
            seen = (self.state.term(d.object) for d in visits if d.subject == draft.subject)
            if not any(t is not None and t.type is E.PLACE and t.country == term.country for t in seen):
                self.state.add("visit-dateline", draft.subject, next(iter(cities[term.country or ""])), draft.sentence)

    def happened(self, sentence: Sentence, place: Found) -> bool:
        """Whether a sentence tells of a visit, talks or a signing that took place (not one planned) at a place."""
        has = self.rules.has
        cue = has("visits", sentence) or has("meets", sentence) or has("signs", sentence) \
            or self.context["host"].search(sentence.text)
        return cue is not None and not self.rules.planned(sentence, place.start - sentence.start)

    def listed(self, sentence: Sentence, first: Found) -> list[Found]:
        """"a tour of Ethiopia, Burkina Faso and the Gambia": the places and countries the parse joins to the
        destination as one list are visited too."""
        doc = self.state.doc
        if not doc.has_annotation("DEP"):
            return []
        stops = [first]
        for found in sorted(sentence.found, key=lambda f: f.start):
            if found.start < stops[-1].end or found.term.type not in (E.PLACE, E.COUNTRY) \
                    or found.term.kind == "demonym" or self.rules.in_role(found) or self.paired(found):
                continue
            span = parsed_span(doc, found)
            token = span.root if span is not None else None
            conj = token is not None and token.dep_ == "conj" and any(s.start <= token.head.idx < s.end for s in stops)
            if not conj and not self.joined(self.state.text[stops[-1].end : found.start]):
                break
            stops.append(found)
        return [s for s in stops[1:] if s.id != first.id]

    def joined(self, gap: str) -> bool:
        """", au ", " et au ", " and ": what parts two places of one list, past the locative before the second."""
        before = self.context["locative_before"].search(gap)
        gap = gap[: before.start()] if before is not None else gap
        return not gap.strip(" ,") or bool(self.context["coordinated"].match(gap + " "))

    def away(self, sentence: Sentence) -> None:
        """"X s'est entretenu à Genève", "signed in Warsaw": people who meet or sign in a city of another
        country than their own are visiting it; the first named, of no known country, beside someone from
        abroad, receives them there."""
        cue = self.rules.has("meets", sentence) or self.rules.has("signs", sentence)
        if not cue or self.rules.planned(sentence, cue.start()):
            return
        places = self.venues(sentence)
        carried = not places
        if carried:
            places = self.signed_at(sentence)
            if not places:
                return
        elif any(f.term.type in (E.PLACE, E.COUNTRY) and f.term.kind != "demonym" and not self.filed_from(f)
                 and self.located(sentence, f) for f in sentence.found):  # "HANOI – … in Washington": there
            places = [f for f in places if not self.filed_from(f)]
            if not places:
                return
        place, country = places[0], places[0].term.country
        found = self.rules.people(sentence) or self.talks_before(sentence)
        people = list(dict.fromkeys(p.id for p in found))
        homes = {p: self.home(p) for p in people}
        hosted = country in homes.values()  # someone at home there: whoever else is named is the guest
        first = found[0] if found else None  # "X s'est entretenu à Genève": the subject, before cue and place
        lead = first.id if first and first.end <= place.start and first.start < sentence.start + cue.start() else None
        hosts = self.hosts_listed(sentence, cue, found, country) | self.with_envoy(people, place)
        guests = any(h not in (None, country) for h in homes.values())  # "A met the Lao minister in Hue": A hosts
        for person in people:
            home = homes[person]
            if home == country or (home is None and (guests if person == lead else not hosted)) \
                    or self.posted(person, place) or self.stationed(person, country) \
                    or (home is None and person in hosts) \
                    or (carried and home is None and not self.sent_by(person, country)):
                continue
            self.went(person, place, sentence)

    def acted_abroad(self, sentence: Sentence) -> None:
        """"X said in Vilnius", "X a réitéré à Amman": in a sentence telling of no trip, talks nor signing, the
        first person named, of a known country, does what it tells in the city of another country named after
        them as where it happens (else in the city of the dateline opening the sentence), and so visits it."""
        has = self.rules.has
        if has("visits", sentence) or has("meets", sentence) or has("signs", sentence) \
                or self.context["host"].search(sentence.text):
            return
        people = self.rules.people(sentence)
        first = people[0] if people and people[0].source != "coref" else None  # "Il est le fruit de …": no one
        home = self.home(first.id) if first is not None else None
        if first is None or home is None:
            return
        venues = self.venues(sentence)
        places = [f for f in venues if not self.filed_from(f) and f.start > first.end and not self.paired(f)
                  and not self.quoted(first, f) and not self.seat(sentence, f)] \
            or [f for f in venues if self.filed_from(f)]
        if not places:
            return
        place = places[0]
        if place.term.country == home or self.rules.planned(sentence, place.start - sentence.start) \
                or self.posted(first.id, place) or self.stationed(first.id, place.term.country):
            return
        self.went(first.id, place, sentence)

    def quoted(self, person: Found, place: Found) -> bool:
        """"X a souligné : « Le hub à Londres … »", "the Budapest Convention": a place told inside the words a
        person quotes, or opening a longer name, is no place where they act."""
        text = self.state.text
        return any(mark in text[person.end : place.start] for mark in QUOTES) \
            or bool(re.match(r" [A-Z]", text[place.end : place.end + 2]))

    @staticmethod
    def seat(sentence: Sentence, place: Found) -> bool:
        """"the agency's office in Amman", "مكتب الوكالة بعمان": a city right after a body's or an organisation's
        name is where that one sits, not where the person acts."""
        return any(f.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY) and 0 <= place.start - f.end <= 5
                   for f in sentence.found)

    def went(self, person: str, place: Found, sentence: Sentence, with_country: bool = True) -> None:
        """A person's visit to a place abroad and, with it, to the place's country."""
        self.state.add("visit-away", person, place.id, sentence)
        country = place.term.country
        if with_country and country in self.state.lexicon.countries:
            self.state.extra.setdefault(f"country/{country}", self.state.lexicon.countries[country])
            self.state.add("visit-country", person, f"country/{country}", sentence)

    def travellers(self, people: Iterable[str], place: Found) -> list[str]:
        """The people of known country from another country than the place's, not posted or stationed there."""
        country = place.term.country
        return [p for p in people if (home := self.home(p)) is not None and home != country
                and not self.posted(p, place) and not self.stationed(p, country)]

    def gathered(self, sentence: Sentence) -> None:
        """"X, Kazakh vice minister, announced it during the exhibition held in Dushanbe": people of a known
        country who take part in a forum, summit or fair held in a city (else, naming none, a country) of
        another country visit it."""
        pattern = self.context.get("gathering")
        cue = literals.search(pattern, sentence.text) if pattern is not None else None
        if cue is None or self.rules.planned(sentence, cue.start()) \
                or self.rules.has("meets", sentence) or self.rules.has("signs", sentence):
            return  # talks and signings abroad: self.away
        after = sentence.start + cue.start()
        places = [f for f in self.venues(sentence) if not self.filed_from(f) and f.start > after] \
            or [f for f in sentence.found if f.term.type is E.COUNTRY and f.term.kind != "demonym" and f.start > after
                and not self.rules.in_role(f) and not self.filed_from(f) and self.located(sentence, f)]
        if not places:
            return
        place = places[0]
        for person in self.travellers(dict.fromkeys(p.id for p in self.rules.people(sentence)), place):
            self.went(person, place, sentence, with_country=place.term.type is E.PLACE)

    def unnamed_venues(self) -> None:
        """"The signing took place at the palace in Nicosia", "The MoU was signed at a forum held in Addis
        Ababa": a signing or meeting told at a city with no one named (nor referred back to) is that of the
        people who sign or meet in the article; whoever of them is from another country visits it."""
        for sentence in self.state.sentences:
            place = self.unnamed_venue(sentence)
            if place is None:
                continue
            for person in self.travellers(self.parties(sentence), place):
                self.went(person, place, sentence)

    def unnamed_venue(self, sentence: Sentence) -> Found | None:
        """The city where a sentence's signing takes place, where it names no one (nor refers back to talks whose
        people it names) and is not the report's dateline."""
        cue = self.rules.has("signs", sentence) or self.event_referred(sentence)
        if cue is None or self.rules.planned(sentence, cue.start()) or self.rules.people(sentence) \
                or self.talks_before(sentence):
            return None
        places = [f for f in self.venues(sentence) if not self.filed_from(f)]
        return places[0] if places else None

    def event_referred(self, sentence: Sentence) -> re.Match[str] | None:
        """"جاء ذلك خلال …", "This came on the sidelines of …": a sentence opening by referring back to the news
        told near it, which then tells where it happened."""
        pattern = self.context.get("event_referred")
        return pattern.search(sentence.text) if pattern is not None else None

    def parties(self, venue: Sentence) -> list[str]:
        """The people named in the sentences of signing or meeting near the venue's (three either side) that tell
        what happened and name no city of their own where it happens."""
        people: list[str] = []
        for sentence in self.state.sentences[max(0, venue.index - NEAR) : venue.index + NEAR + 1]:
            cue = self.rules.has("signs", sentence) or self.rules.has("meets", sentence)
            if cue is not None and not self.rules.planned(sentence, cue.start()) and not self.venues(sentence):
                people += [p.id for p in self.rules.people(sentence)]
        return list(dict.fromkeys(people))

    def talks_before(self, sentence: Sentence) -> list[Found]:
        """"X held talks with Y. The meeting, held in Cairo, …": a sentence naming no one that refers back to
        talks tells of those of the nearest of the two sentences before it that names people, where that one
        tells of a meeting; its people met there."""
        pattern = self.context.get("talks_referred")
        if pattern is None or not pattern.search(sentence.text):
            return []
        for earlier in reversed(self.state.sentences[max(0, sentence.index - 2) : sentence.index]):
            people = self.rules.people(earlier)
            if people:
                cue = self.rules.has("meets", earlier)
                return people if cue is not None and not self.rules.planned(earlier, cue.start()) else []
        return []

    def venues(self, sentence: Sentence) -> list[Found]:
        """The cities a sentence names as where something happens, outside anyone's title."""
        return [f for f in sentence.found if f.term.type is E.PLACE and f.term.country and not self.rules.in_role(f)
                and self.located(sentence, f)]

    def signed_at(self, sentence: Sentence) -> list[Found]:
        """"The MoU was signed in Riyadh. … Minister X signed it for Egypt": a sentence telling who signs an
        agreement and naming no city is set in the city where an earlier sentence has the same agreement signed."""
        if self.rules.has("signs", sentence) is None:
            return []
        deals = {f.id for f in sentence.found if f.term.type is E.AGREEMENT}
        for earlier in self.state.sentences:
            if not deals or earlier.start >= sentence.start:
                break
            cue = self.rules.has("signs", earlier)
            if cue is None or self.rules.planned(earlier, cue.start()) \
                    or not deals & {f.id for f in earlier.found if f.term.type is E.AGREEMENT}:
                continue
            places = self.venues(earlier)
            if places:
                return places[:1]
        return []

    def sent_by(self, person: str, country: str | None) -> bool:
        """Whether a person is a member of a state body of another country than the given one (or of none
        known): someone who signs for a state, not a company's or an agency's local officer."""
        bodies = (self.state.term(d.object) for d in self.state.drafts if d.type is R.MEMBER_OF and d.subject == person)
        return any(t is not None and t.type is E.GOVERNMENT_BODY and t.country != country for t in bodies)

    def hosts_listed(self, sentence: Sentence, cue: re.Match[str], found: list[Found], country: str | None) -> set[str]:
        """"met with Minister A and B": the people listed after "with", when one of them is at home in the
        country of the talks, are all on the host's side; none of them is visiting."""
        marker = self.context["with"].search(sentence.text, cue.start())
        if marker is None:
            return set()
        listed = {p.id for p in found if p.start >= sentence.start + marker.end()}
        return listed if any(self.home(p) == country for p in listed) else set()

    def with_envoy(self, people: list[str], place: Found) -> set[str]:
        """"Dr X and the High Commissioner of India to Jamaica signed in Kingston": beside an envoy posted to
        the country of the talks, the others are that country's own people, not visitors."""
        roles = self.state.roles
        envoys = {p for p in people if p in roles and hosting_country(self.state, roles[p]) == place.term.country}
        return set(people) - envoys if envoys else set()

    def home(self, person: str) -> str | None:
        """A person's country: from the article, else from the reference data of a known person."""
        term = self.state.term(person)
        return self.state.person_country.get(person) or (term.country if term is not None else None)

    def unnamed_of(self, sentence: Sentence, cue: re.Match[str]) -> set[str]:
        """"Le ministre algérien a été reçu … en Algérie": in a sentence naming no one (the trip of the article's
        last visitor), the countries its demonyms before the cue name are the traveller's own, not where they
        go ("… avec des investisseurs chinois" after it: the hosts')."""
        if self.rules.people(sentence):
            return set()
        return {f.term.country for f in sentence.found if f.term.kind == "demonym" and f.term.country
                and f.start < sentence.start + cue.start()}

    def sent(self, sentence: Sentence, cue: re.Match[str]) -> set[str]:
        """"a Nigerian delegation", "la délégation ivoirienne": the country a demonym next to the cue names
        sends the travellers; it is not where they go."""
        start, end = sentence.start + cue.start(), sentence.start + cue.end()
        return {f.term.country for f in sentence.found if f.term.kind == "demonym" and f.term.country
                and (0 <= start - f.end <= 1 or 0 <= f.start - end <= 1)}

    def leader(self) -> str | None:
        """The person the article names right after "conduite par" / "led by", if only one is."""
        leaders = set()
        for sentence in self.state.sentences:
            cue = self.rules.has("leads", sentence)
            if cue is not None:
                at = sentence.start + cue.end()
                leaders |= {f.id for f in sentence.found if f.term.type is E.PERSON and f.start >= at
                            and self._honorific(self.state.text[at : f.start])}
        return leaders.pop() if len(leaders) == 1 else None

    def leaders(self) -> list[str]:
        """The people who lead the delegation: the one named right after "conduite par" / "led by" and those
        listed along with it ("led by A, B and C"), where every such cue of the article names the same first one."""
        lists: list[list[str]] = []
        for sentence in self.state.sentences:
            cue = self.rules.has("leads", sentence)
            if cue is None:
                continue
            at = sentence.start + cue.end()
            listed: list[str] = []
            for found in sorted((f for f in sentence.found if f.term.type is E.PERSON and f.start >= at),
                                key=lambda f: f.start):
                between = self.state.text[at : found.start]
                if not (self._honorific(between) if not listed else self._honorific(between.strip(" ,"))
                        or self.joined(between)):
                    break
                listed.append(found.id)
                at = found.end
            if listed:
                lists.append(listed)
        if len({names[0] for names in lists}) != 1:
            return []
        return list(dict.fromkeys(person for names in lists for person in names))

    def _honorific(self, between: str) -> bool:
        """Nothing but a space, or an honorific, between "conduite par" and a name ("conduite par Dr X")."""
        gap = between.strip()
        return len(between) <= 3 or gap in self.state.lexicon.honorifics.get(self.state.language, [])

    def last_visitor(self) -> str | None:
        """"Cette visite fait suite à un séjour à Shenzhen": a trip told with no one named goes on the
        story of the last visitor found."""
        visits = [d.subject for d in self.state.drafts if d.rule in ("visit", "visit-away")]
        return visits[-1] if visits else None

    def destination(self, sentence: Sentence, cue: int, hosted: bool = False, home: str | None = None) -> Found | None:
        """The first place or country named after the cue, else one after "à / in" before it; the visitor's own
        country only where it is where something happens ("a visit by PNG's minister to Australia")."""
        candidates = [f for f in sentence.found if f.term.type in (E.PLACE, E.COUNTRY)
                      and f.term.kind != "demonym" and not self.rules.in_role(f) and not self.paired(f)
                      and not self.origin(f)]
        marked = [f for f in candidates if self.located(sentence, f)]
        after = [f for f in candidates if f.start >= cue and f.start - cue < 120]
        abroad = [f for f in after if home is None or f.term.country != home or f in marked]
        if after and not abroad:  # "took part, representing Tunisia, in the session held in Abu Dhabi": further on
            after = [f for f in marked if f.start >= cue and f.term.country != home][:1] or after
        after = abroad if abroad and abroad[0] in marked else after  # "… of Algeria and China": a pair, not a stop
        if after:  # a host "a reçu son collègue gambien … à Dakar": where, rather than whose
            return next((f for f in after if f in marked), after[0]) if hosted else after[0]
        return marked[-1] if marked else None

    def origin(self, found: Found) -> bool:
        """"A delegation from China met …", "received the US delegation": a place or country named as where the
        travellers come from is no destination."""
        before, after = self.context.get("origin_before"), self.context.get("origin_after")
        text = self.state.text
        return (before is not None and bool(before.search(text[max(0, found.start - 40) : found.start]))) \
            or (after is not None and bool(after.match(text[found.end : found.end + 40])))

    def located(self, sentence: Sentence, found: Found) -> bool:
        """"à Genève", "in Tokyo", "بالرياض": a place named as where something happens, or the report's
        dateline ("LISBON – …"), where the sentence it opens tells what happened."""
        if self.filed_from(found):
            return True
        prefix = self.context.get("locative_prefix")
        if prefix is not None and prefix.search(found.text):
            return True
        if self.glued_locative(found):
            return True
        before = self.state.text[max(sentence.start, found.start - 40) : found.start]
        return bool(self.context["locative_before"].search(before))

    def glued_locative(self, found: Found) -> bool:
        """"بأديس أبابا", "لواشنطن": a preposition glued to a name written without the article, where what
        follows the glued letters is itself a name of the same place or country."""
        clitic = self.context.get("locative_clitic")
        glued = clitic.match(found.text) if clitic is not None else None
        if glued is None or not glued.end():
            return False
        rest = fold_arabic(found.text[glued.end() :])
        return any(fold_arabic(surface) == rest for surface in self.state.lexicon.surfaces_of(found.id))

    def filed_from(self, found: Found) -> bool:
        """"SANTIAGO – …", "Jakarta (VNA) – …": the city a report is filed from, opening its line (or following
        only the page's date stamp on it) in capitals, with a date or with the agency in brackets."""
        text = self.state.text
        if not STAMP.fullmatch(text[text.rfind("\n", 0, found.start) + 1 : found.start]):
            return False
        tail = FILED.match(text, found.end)
        return tail is not None and filed(found.text, tail.group(1), tail.group(2), opens_line=True, agency=True,
                                            uncased=True)

    def posted(self, person: str, place: Found) -> bool:
        """"représentant permanent auprès de l'Office des Nations unies à Genève": a place (or its country)
        named in someone's own title is where they are posted, not where they travel."""
        role = self.state.roles.get(person)
        if role is None:
            return False
        country = place.term.country
        named = [f for f in self.state.found if f.term.type in (E.PLACE, E.COUNTRY) and f.term.country == country
                 and role.start <= f.start < role.end]
        if any(self.paired(f) for f in named):  # "the chair of the Korea–Tunisia friendship group": a pair
            return False
        return place.text.lower() in role.text.lower() or bool(named)

    def paired(self, found: Found) -> bool:
        """"Indo-Japan ties", "the India-US Dialogue": a name joined to another by a dash names a pair, not
        where anyone goes; so is one set off by a dash between spaces ("the US – Africa Summit"), unless it is
        the dateline ("SANTIAGO – …")."""
        text = self.state.text
        before, after = text[max(0, found.start - 2) : found.start], text[found.end : found.end + 2]
        if before[-1:] in DASHES or after[:1] in DASHES:
            return True
        spaced = (before[:1] in DASHES and before[1:] == " ") or (after[:1] == " " and after[1:] in DASHES)
        return spaced and not self.filed_from(found)

    def note_host(self, sentence: Sentence, visitor: str, country: str | None) -> None:
        """Whoever receives a visitor at home belongs to that country."""
        if country is None or not self.context["host"].search(sentence.text):
            return
        along = self.rules.companions(sentence)
        for person in self.rules.people(sentence):
            if person.id != visitor and person.id not in along:
                self.state.person_country.setdefault(person.id, country)

    def visitor(self, sentence: Sentence, cue: int) -> str | None:
        people = self.rules.people(sentence)
        if not people:  # "Une délégation ivoirienne est à Lomé": the trip of whoever leads it
            return self.leader() or self.last_visitor()
        host = self.context["host"].search(sentence.text)
        if host and self.context["passive"].search(sentence.text[: host.end()]):
            before = [p for p in people if p.start < sentence.start + host.start()]
            return before[-1].id if before else None
        if host:
            after = [p for p in people if p.start > sentence.start + host.end()]
            # "استقبل X Y": X receives, Y is the guest; so in "Reçue à Abidjan par X, Y a réaffirmé …"
            if self.rules.subject_after_verb or not sentence.text[: host.start()].strip():
                after = [p for p in after if p.id != after[0].id] or after
            return after[0].id if after else None
        named = self.visit_of(sentence, people)
        if named is not None:
            return named.id
        before = [p for p in people if p.start < sentence.start + cue]
        return (before[-1] if before else people[0]).id

    def visit_of(self, sentence: Sentence, people: list[Found]) -> Found | None:
        """"A welcomed the visit to Hanoi of the Lao minister, B": the person a visit noun names as its maker
        ("visit of / by", "visite de / du") is the visitor, whoever stands before it."""
        pattern = self.context.get("visitor_before")
        if pattern is None:
            return None
        text = self.state.text
        return next((p for p in people if not self.visited(p)
                     and pattern.search(text[max(sentence.start, p.start - 160) : p.start])), None)

    def visited(self, person: Found) -> bool:
        """"une visite de courtoisie au Premier ministre, X": a person whose title comes right after the word
        telling whom the visit is paid to is the one visited, not its maker."""
        pattern = self.context.get("visited_before")
        role = self.state.roles.get(person.id)
        if pattern is None or role is None or role.start > person.start:
            return False
        # the title's span may open with the word itself ("au président du Sénat"): cut before or after its first words
        cuts = [role.start, *(role.start + gap.end() for gap in re.finditer(r"\s+", role.text))][:3]
        return any(pattern.search(self.state.text[max(0, role.start - 60) : cut]) for cut in cuts)
