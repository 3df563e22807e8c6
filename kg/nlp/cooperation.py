"""Cooperation rules: who partners whom (cooperatesWith) and on which fields (cooperatesOn)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property
from itertools import combinations, pairwise
from typing import Protocol

from kg.models import EntityType, RelationType
from kg.nlp.found import Found, Sentence
from kg.nlp.generic import is_press, press_pattern
from kg.nlp.lexicon import Term
from kg.nlp.listed_names import company_list
from kg.nlp.schemas import WordsFile
from kg.nlp.state import ArticleState, Draft
from kg.nlp.text import fold, folded_words

E = EntityType
R = RelationType
DELEGATION_REACH = 60  # characters from "received a delegation" to the guest's country ("de dix hommes du Burkina")
REFERENCE_REACH = 2  # sentences back from "This agreement aims at …" to the one that paired its partners
MULTILATERAL = 3  # more parties than this listed together sign or meet as a group, not as pairs of partners
ATTENDEE_REACH = 60  # characters from "in the presence of" to a field that describes those attending


class CooperationReader(Protocol):
    """What the cooperation rules read through the article's sentence rules (kg/nlp/relations.py)."""

    state: ArticleState
    context: dict[str, re.Pattern[str]]
    words: WordsFile
    cooperative: bool
    subject_after_verb: bool

    def has(self, kind: str, sentence: Sentence) -> re.Match[str] | None: ...
    def planned(self, sentence: Sentence, cue: int) -> bool: ...
    def in_title(self, found: Found) -> bool: ...
    def parties(self, sentence: Sentence, types: tuple[EntityType, ...] = ...) -> list[str]: ...
    def last_group(self, offset: int) -> list[str]: ...
    def agreement(self, sentence: Sentence) -> Found | None: ...
    def signed(self, sentence: Sentence) -> bool: ...
    def agreement_parties(self, sentence: Sentence) -> list[str]: ...
    def first_at(self, sentence: Sentence, entity_id: str) -> int: ...
    def between(self, text: str) -> re.Match[str] | None: ...
    def home(self, actor: str) -> str | None: ...
    def owned(self, sentence: Sentence, found: Found) -> bool: ...


class CooperationRules:
    """The cooperation rules of one article, reading cues and parties through its sentence rules."""

    def __init__(self, rules: CooperationReader) -> None:
        self.rules = rules
        self.state = rules.state
        self.context = rules.context
        self.words = rules.words
        self.speech = tuple(dict.fromkeys(fold(w) for w in self.words.speech_verbs))  # folded once per article
        self.press_names = press_pattern(tuple(self.words.press_names))
        self.articles = {fold(w) for w in self.words.definite}
        self.venue_words = {fold(w) for w in self.words.venue_words}
        self.pending: list[tuple[Sentence, str]] = []  # sentences of fields whose parties the article names later
        self.headlines: dict[int, bool] = {}  # whether the sentence at that offset is on a headline's line

    def grouped(self, sentence: Sentence) -> list[str]:
        """The countries "the countries" stands for in the sentence."""
        return [c for offset, kind in sentence.pairs if kind == "group" for c in self.rules.last_group(offset)]

    def cooperation(self, sentence: Sentence) -> None:
        """Partners of a sentence of cooperation, and the fields it names for its parties."""
        self.received_delegation(sentence)
        self.session_joined(sentence)
        intro = self.state.sentences[sentence.intro] if sentence.bullet and sentence.intro is not None else None
        strong = self.stated(sentence) and not self.rules.planned(sentence, len(sentence.text))
        inherited = self.inherits(sentence, intro)
        discussed = self.talks_held(sentence)
        before = self.continued(sentence)
        inherited = inherited or before is not None
        fielded = self.rules.cooperative and not (strong or inherited) and bool(self.rules.has("fields", sentence))
        intended = self.stated(sentence) and not strong  # "Both countries are expected to explore cooperation in …"
        parties = self.named_parties(sentence)
        sides = [] if strong else self.helped_sides(sentence, parties)
        strong, parties = (True, sides) if sides else (strong, parties)
        if strong and not sentence.bullet:
            self.pair_partners(sentence, parties)
        inherited, parties = self.referred(sentence, parties, inherited)
        if not (strong or inherited or discussed or fielded or intended):
            return
        if fielded and len(parties) <= 1 and set(parties) <= set(self.first_partners()):
            parties = []  # "The Kenyan project will focus on …": the fields of the article's first partners
        agreement = self.rules.agreement(sentence)
        if agreement is not None and (not parties or self.others_named(sentence, agreement, parties)):
            parties = self.deal_parties(sentence, agreement, parties)
        if not parties:
            parties = self.unnamed_parties(sentence, (intro, before), strong, fielded)
        if not parties:  # a list of fields may go to the two countries the article is about
            parties = self.first_partners() or self.met_sides(sentence) \
                or (list(self.state.main_pair() or ()) if sentence.bullet else [])
        elif len(parties) == 1 and self.partnered(sentence, parties[0]):
            parties = [*parties, *self.other_side(sentence, parties[0], strong)]
        elif len(parties) == 1 and (strong or inherited) and parties[0] in self.first_partners() \
                and self.placed(sentence, parties[0]):
            parties = self.first_partners()  # "L'accord prévoit … en RDC": the deal of the article's first partners
        if len(parties) == 1 and (discussed or fielded) and self.actor(parties[0]):
            parties = [*parties, *self.host_body(sentence, parties[0])]
        parties = self.without_places(sentence, self.with_bodies(sentence, parties, strong))
        parties = self.without_owners(sentence, parties)
        self.give_fields(sentence, parties, (strong or inherited, fielded or intended))

    def inherits(self, sentence: Sentence, intro: Sentence | None) -> bool:
        """Whether a bullet goes on with the cooperation of the sentence that introduces its list (or of the
        article, when the list has no such sentence or the article is one of cooperation)."""
        return sentence.bullet and (intro is None or bool(self.rules.has("cooperates", intro))
                                    or self.rules.agreement(intro) is not None or self.rules.cooperative)

    def named_parties(self, sentence: Sentence) -> list[str]:
        """The parties the sentence names, but for a reporter's, a company's or a press outlet's home."""
        return [p for p in self.rules.parties(sentence) if not self.reporter(sentence, p)
                and not self.company_home(sentence, p) and not self.press_home(sentence, p)]

    def talks_held(self, sentence: Sentence) -> bool:
        """"They discussed cybersecurity": talks that took place; not "The delegation will meet the agencies to
        discuss …", talks only planned when the sentence is written."""
        cue = self.rules.has("discussed", sentence)
        return cue is not None and not self.rules.planned(sentence, cue.start())

    def pair_partners(self, sentence: Sentence, parties: list[str]) -> None:
        """The parties of a strong sentence of cooperation partner each other; a group of many countries
        is no pair of partners, nor a country named only as the venue."""
        self.partners_of(sentence, self.without_venue(sentence, [p for p in parties
                                                                 if p not in self.grouped(sentence)]))

    def deal_parties(self, sentence: Sentence, agreement: Found, parties: list[str]) -> list[str]:
        """The parties of a sentence about a deal: the bodies that signed it, and with them the other
        partners that made it ("This agreement aims at …")."""
        parties = self.signing_bodies(sentence, agreement) or parties
        signing = next((s for s in self.state.sentences if any(f.id == agreement.id for f in s.found)), None)
        paired = self.paired_in(signing) if signing is not None and signing.index < sentence.index else []
        if set(paired) & set(parties):
            parties = list(dict.fromkeys([*parties, *paired]))
        return parties

    def with_bodies(self, sentence: Sentence, parties: list[str], strong: bool) -> list[str]:
        """The parties with the bodies the sentence names for them: a ministry's deal with a company takes
        the sentence's bodies; a strong sentence pairing bodies ("The Authority and the Office of AI of
        the UAE Government signed …") adds them."""
        if parties and not any(p.startswith("country/") for p in parties):
            parties = list(dict.fromkeys([*parties, *self.rules.parties(sentence, (E.GOVERNMENT_BODY,))]))
        parties = self.with_their_bodies(sentence, self.bodies_or_sides(sentence, parties))
        paired = self.paired_in(sentence)
        return list(dict.fromkeys([*parties, *paired])) if strong and paired else parties

    def without_places(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"Huawei and the ministry signed a memorandum to close the digital skills gap in Ghana": the one country
        of the parties, named only as a place (after "in", "at"), is no side of the cooperation when two
        parties or more are left to take its fields; "in Romania and Moldova" (two countries) stay sides."""
        kept = [p for p in parties if not self.venue_country(sentence, p)]
        countries = [p for p in parties if p.startswith("country/")]
        return kept if len(kept) >= 2 and len(countries) == 1 and countries[0] not in kept else parties

    def without_owners(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"The Japanese ministry signed a deal with Ghana's telecoms regulator, the National …": a country written
        only as the owner of a body the sentence describes by its head word (ministry, regulator, agency) is no
        side of its own when two parties or more are left to take the fields (not "la Tunisie, représentée par
        le ministère …": the country before the body is a side in a language that writes its demonym after)."""
        kept = [p for p in parties if not self.body_owner(sentence, p)]
        return kept if len(kept) >= 2 else parties

    def body_owner(self, sentence: Sentence, party: str) -> bool:
        """Whether every mention of the country is followed, within three lower-case words, by a body's head word,
        in a language that writes the country before the noun ("Ghana's telecoms regulator")."""
        pack = self.state.lexicon.packs[self.state.language]
        mentions = [f for f in sentence.found if f.id == party]
        if not pack.info.country_before_noun or not party.startswith("country/") or not mentions:
            return False
        heads = folded_words((*pack.heads.names.get(E.GOVERNMENT_BODY, []), *(h.text for h in pack.heads.body)))
        for found in mentions:
            words = re.findall(r"[\w'’]+", self.state.text[found.end : sentence.end])[:4]
            words = words[1:] if words and fold(words[0]) in ("s", "'s", "’s") else words
            if not any(fold(w) in heads for w in words[:3]) or any(w[:1].isupper() for w in words[:2]):
                return False
        return True

    def give_fields(self, sentence: Sentence, parties: list[str], kind: tuple[bool, bool]) -> None:
        """The fields a sentence names go to its parties, found by the rule its kind tells (kind: a
        stated or inherited cooperation, a field or an intention only); with no party yet, the sentence
        waits for the article's partners."""
        stated, fielded = kind
        found_by = "cooperate-on" if stated else "cooperation-field" if fielded else "discussed-domain"
        if not parties and found_by != "cooperation-field":
            self.pending.append((sentence, found_by))
        for domain in self.fields_of(sentence):
            for party in self.segment_parties(sentence, domain, parties):
                self.state.add(found_by, party, domain.id, sentence)

    def received_delegation(self, sentence: Sentence) -> None:
        """"Le ministère a reçu une délégation malienne", "The minister received a delegation from Ghana": the
        country of the delegation received, named first after the cue in the same clause, partners the host's; the
        fields the sentence names are theirs."""
        pattern = self.context.get("delegation_received")
        marker = pattern.search(sentence.text) if pattern is not None else None
        if marker is None or sentence.bullet:
            return
        guest = self.delegation_country(sentence, sentence.start + marker.end())
        host = self.host_country(sentence, sentence.start + marker.start(), guest)
        if guest is None or host is None or host == guest:
            return
        self.state.add("partners", host, guest, sentence)
        for domain in self.fields_of(sentence):  # "… pour s'inspirer de son expérience dans la fintech"
            for side in (host, guest):
                self.state.add("cooperate-on", side, domain.id, sentence)

    def session_joined(self, sentence: Sentence) -> None:
        """"Saudi Arabia took part in the meeting of the Council of Arab Ministers of …": a country named before
        the words of taking part in a body's session partners the organisation named last in the clause after them
        (the Gulf Cooperation Council of "the committee … of the GCC states"), not the country hosting it."""
        pattern = self.context.get("session_joined")
        marker = pattern.search(sentence.text) if pattern is not None else None
        if marker is None or sentence.bullet:
            return
        end = sentence.start + marker.end()
        clause = self.context["clause_end"].search(sentence.text, marker.end())
        stop = sentence.start + clause.start() if clause is not None else sentence.end
        bodies = [f for f in sentence.found if end <= f.start < stop and f.term.type is E.ORGANIZATION]
        countries = {f.id for f in sentence.found if f.start < end and f.term.type is E.COUNTRY}
        if not bodies or len(countries) != 1:
            return
        organisation = max(bodies, key=lambda f: f.start).id
        self.state.add("partners", countries.pop(), organisation, sentence)

    def delegation_country(self, sentence: Sentence, end: int) -> str | None:
        """The country named (or its demonym written) first after the cue, close to it and in the same clause;
        not the home of a company's delegation ("une délégation du groupe américain Acme")."""
        after = sorted((f for f in sentence.found if f.start >= end and f.term.type is E.COUNTRY),
                       key=lambda f: f.start)
        if not after or after[0].start - end > DELEGATION_REACH:
            return None
        gap = self.state.text[end : after[0].start]
        company = self.context.get("company_before")
        named = any(end <= f.start < after[0].end + 3 and self.actor(f.id) for f in sentence.found)
        if re.search(r"[;:()]", gap) or named or (company is not None and company.search(gap)):
            return None
        return after[0].id

    def host_country(self, sentence: Sentence, at: int, guest: str | None) -> str | None:
        """The host's country: that of the last body, person or country named before the cue (not the guest's),
        else the article's main country other than the guest's."""
        for found in sorted((f for f in sentence.found if f.end <= at), key=lambda f: -f.start):
            home = self.home_of(found)
            if home is not None and home != guest:
                return home
        return next((c for c in self.state.salient_countries() if c != guest), None)

    def home_of(self, found: Found) -> str | None:
        """The country a mention stands for or belongs to: a country, a body's or organisation's, a person's."""
        if found.term.type is E.COUNTRY:
            return found.id
        if found.term.type is E.PERSON:
            home = self.home_term(found.id)
            return home.id if home is not None else None
        return self.rules.home(found.id) if self.actor(found.id) else None

    def fields_of(self, sentence: Sentence) -> list[Found]:
        """The fields a sentence names, not in the headline's words nor as the name of the venue."""
        return [f for f in sentence.found if f.term.type is E.POLICY_DOMAIN and not self.rules.in_title(f)
                and not self.at_venue(sentence, f) and not self.of_attendees(sentence, f)]

    def deferred(self) -> None:
        """"The two counterparts agreed to cooperate on issues such as …", "During the visit, there were talks
        about …" before the article names them: the fields of a sentence of cooperation or of talks that found
        no party go to the article's first partners, once the whole article is read."""
        first = self.first_partners()
        for sentence, found_by in self.pending:
            for domain in self.fields_of(sentence):
                for party in first:
                    self.state.add(found_by, party, domain.id, sentence)

    def helped_sides(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"China is keen to support Indonesia in …", "Zimbabwe is seeking China's help in …", "la France
        accompagne le Togo dans …": help offered or asked between exactly two parties named in the sentence
        (not a group nor the place of a deal) is their cooperation, on the fields the sentence names; "Acme will
        also provide support in …" with one side of the article's first cooperation: that cooperation's."""
        if sentence.bullet or not self.rules.has("helps", sentence):
            return []
        named = [p for p in parties if p not in self.grouped(sentence)]
        if len(self.without_venue(sentence, named)) == 2 and len(named) == 2:
            return named
        first = self.first_partners()
        return first if len(named) == 1 and named[0] in first and len(first) >= 2 else []

    def segment_parties(self, sentence: Sentence, domain: Found, parties: list[str]) -> list[str]:
        """"a deal between A and B on cybersecurity; another between C and D on health": in a sentence listing
        deals in parts split by semicolons, more than one of them naming parties, a field goes to the parties of
        its own part only."""
        text = self.state.text
        marks = (i + 1 for i in range(sentence.start, sentence.end) if text[i] == ";")
        cuts = [sentence.start, *marks, sentence.end + 1]
        spans = list(pairwise(cuts))
        named = [{f.id for f in sentence.found if a <= f.start < b and f.id in parties} for a, b in spans]
        if sum(1 for n in named if n) < 2:
            return parties
        own = next(n for (a, b), n in zip(spans, named, strict=True) if a <= domain.start < b)
        return [p for p in parties if p in own]

    def unnamed_parties(self, sentence: Sentence, sources: tuple[Sentence | None, ...], strong: bool,
                        fielded: bool) -> list[str]:
        """The parties of a sentence of fields that names none: those of the list's intro or of the sentence it
        goes on from; "The ministry and the agency will cooperate on …": the state bodies; "… signed between A
        and B. It covers …": the partners of the sentence before."""
        for source in sources:
            if source is not None and (parties := self.rules.parties(source) or self.rules.agreement_parties(source)):
                return parties
        parties = self.bodies(sentence) if strong else []
        if not parties and fielded and sentence.index:
            parties = self.paired_in(self.state.sentences[sentence.index - 1])
        elif not parties and strong and sentence.index:
            parties = self.pair_before(self.state.sentences[sentence.index - 1])
        return parties

    def pair_before(self, before: Sentence) -> list[str]:
        """"… cooperation between both countries. Key areas included strengthening …": a strong sentence that
        names no party goes on with the one pair of partners of the sentence just before, where that pair is
        not the article's first partners (who take the fields otherwise) and neither side is written there only
        as a demonym ("le gouvernement congolais et Huawei")."""
        paired = self.paired_in(before)
        if len(paired) != 2 or set(paired) <= set(self.first_partners()):
            return []
        kinds = [{f.term.kind for f in before.found if f.id == p} for p in paired]
        return [] if any(k == {"demonym"} for k in kinds) else paired

    def met_sides(self, sentence: Sentence) -> list[str]:
        """"The minister met with the Italian Ambassador … and discussed digitalization", "They discussed …" later:
        in an article of no cooperation of named partners, the sides of the two people of the last meeting told
        so far, where both are known and differ, are the sides whose talks name the fields: each one's country
        ("the Belgian Prime Minister"), else the organisation they are a member of ("Microsoft's president")."""
        members = {d.subject: d.object for d in self.state.drafts if d.type is R.MEMBER_OF
                   and getattr(self.state.term(d.object), "type", None) is E.ORGANIZATION}
        for draft in reversed([d for d in self.state.drafts if d.rule == "meet-people"
                               and d.sentence.index <= sentence.index]):
            homes = [self.home_term(p) for p in (draft.subject, draft.object)]
            sides = [h.id if h is not None else members.get(p) for h, p in zip(homes, (draft.subject, draft.object),
                                                                                strict=True)]
            if all(sides) and sides[0] != sides[1]:
                for home in (h for h in homes if h is not None):
                    self.state.extra.setdefault(home.id, home)
                return [s for s in sides if s]
        return []

    def home_term(self, person: str) -> Term | None:
        """The country of a person, from the article ("the Belgian Prime Minister") or the lexicon."""
        home = self.state.person_country.get(person) or getattr(self.state.term(person), "country", None)
        return self.state.lexicon.countries.get(home) if home is not None else None

    def host_body(self, sentence: Sentence, guest: str) -> list[str]:
        """"The minister received the heads of Acme", then "The talks with Acme covered …": the one organisation
        or body of talks is the guest of the article's last meeting told so far; the body of the one who met
        it (the host's own body, by their role) is the other side whose talks name the fields."""
        members = [(d.subject, d.object) for d in self.state.drafts if d.type is R.MEMBER_OF]
        for draft in reversed([d for d in self.state.drafts if d.rule in ("meet-people", "meet-body")
                               and d.sentence.index <= sentence.index]):
            bodies = [b for p, b in members if p == draft.subject and b != guest]
            if bodies and (draft.object, guest) not in members:
                return bodies[:1]
        return []

    def signing_bodies(self, sentence: Sentence, agreement: Found) -> list[str]:
        """The parties of the agreement named after them; "Estonia, Ukraine sign memo", then "The memorandum was
        signed between the Ministry of … of Ukraine and the Ministry of … of Estonia": the bodies an earlier
        sentence of the body text pairs for each of its countries, in place of the countries, made it, and take
        its fields."""
        deal = self.state.agreement_parties.get(agreement.id, [])
        for signing in self.state.sentences[: sentence.index]:
            if self.headline(signing) or not any(f.id == agreement.id for f in signing.found):
                continue
            paired = self.paired_in(signing)
            sides = {c: [p for p in paired if self.rules.home(p) == c] for c in deal if c.startswith("country/")}
            if sides and all(sides.values()) and not set(sides) & set(paired):  # the countries partner there
                return [b for p in deal for b in sides.get(p, [p])]
        return deal

    def with_their_bodies(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"The MoU was signed between the Department of … and the Ministry of …", then "The two countries agreed
        to collaborate in areas of …": the fields of two countries go also to the bodies of theirs an earlier
        sentence of the body text (not the headline, often an announcement) paired over an agreement, one of
        each side, that made their cooperation."""
        if len(parties) != 2 or not all(p.startswith("country/") for p in parties):
            return parties
        for draft in (d for d in self.state.drafts if d.type is R.COOPERATES_WITH
                      and d.sentence.index < sentence.index and self.rules.agreement(d.sentence) is not None
                      and not self.headline(d.sentence)):
            ends = (draft.subject, draft.object)
            if all(e.startswith("body/") for e in ends) and {self.rules.home(e) for e in ends} == set(parties):
                return [*parties, *ends]
        return parties

    def bodies_or_sides(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """The bodies the countries are written with stand for them (bodies_for_countries); but "Kenya and
        Rwanda agreed to collaborate …", then "the Kenyan ministry's secretary said the cooperation will
        include …": the one country, a side of the article's first cooperation of countries, written only with
        a body that partners no one, stands for that cooperation; its fields go to both sides."""
        bodies = self.bodies_for_countries(sentence, parties)
        first = self.first_partners()
        if len(parties) == 1 and parties[0] in first and len(first) >= 2 \
                and all(p.startswith("country/") for p in first) and bodies != parties \
                and not any(self.counterparts(b) for b in bodies):
            return first
        return bodies

    def placed(self, sentence: Sentence, party: str) -> bool:
        """"… la modernisation des infrastructures en RDC": the one country named only as the place where the
        work is done, right after a word that opens a place."""
        openers = {fold(w) for w in self.words.place_openers}
        mentions = [f for f in sentence.found if f.id == party]
        before = [re.findall(r"\w+", self.state.text[sentence.start : f.start])[-1:] for f in mentions]
        return bool(mentions) and all(w and fold(w[0]) in openers for w in before)

    def without_venue(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"Malaysia and China signed … in Romania": the countries named only where the deal was made, when two
        parties or more are left to partner; the host of one side's visit stays its partner ("… held in Turkey")."""
        kept = [p for p in parties if not self.venue_country(sentence, p)]
        return kept if len(kept) >= 2 else parties

    def venue_country(self, sentence: Sentence, party: str) -> bool:
        """"signed … in Romania", "paraphé à Genève en Suisse", "in Bucharest, Romania": a country named only as
        the place where the deal was made or the talks held, after a venue word or right after its city; no
        partner."""
        mentions = [f for f in sentence.found if f.id == party]
        return party.startswith("country/") and bool(mentions) and all(self.at_venue_place(sentence, f)
                                                                        for f in mentions)

    def at_venue_place(self, sentence: Sentence, found: Found) -> bool:
        """Whether the mention follows a venue word ("in the", "en"), or a place and a comma or bracket."""
        text = self.state.text
        words = [fold(w) for w in re.findall(r"\w+['’]?", text[sentence.start : found.start])]
        while words and words[-1] in self.articles:  # "in the Benin Republic"
            words.pop()
        if words and words[-1] in self.venue_words:
            return True
        places = [f for f in sentence.found if f.term.type is E.PLACE and f.end <= found.start]
        last = max(places, key=lambda f: f.end, default=None)
        return last is not None and re.fullmatch(r"\s*[,(]\s*", text[last.end : found.start]) is not None

    def paired_in(self, sentence: Sentence) -> list[str]:
        """The partners found in the sentence itself."""
        return list(dict.fromkeys(e for d in self.state.drafts if d.type is R.COOPERATES_WITH
                                  and d.sentence.index == sentence.index for e in (d.subject, d.object)))

    def at_venue(self, sentence: Sentence, found: Found) -> bool:
        """"signed on the sidelines of the Forum on Internet Governance": a field named after the venue mark,
        in the same clause, names the event the deal was made beside."""
        mark = self.rules.has("venue", sentence)
        if mark is None or sentence.start + mark.end() > found.start:
            return False
        return not re.search(r"[,;:()]", self.state.text[sentence.start + mark.end() : found.start])

    def of_attendees(self, sentence: Sentence, found: Found) -> bool:
        """"in the presence of the leaders of the space and innovation sectors": a field named close after the
        mark of those attending, in the same clause and with no name between, describes them."""
        mark = self.rules.has("witnessed", sentence)
        at = sentence.start + mark.end() if mark is not None else found.start + 1
        if at > found.start or found.start - at > ATTENDEE_REACH:
            return False
        named = any(at <= f.start < found.start and f.term.type is not E.POLICY_DOMAIN for f in sentence.found)
        return not named and not re.search(r"[,;:()-]", self.state.text[at : found.start])

    def others_named(self, sentence: Sentence, agreement: Found, parties: list[str]) -> bool:
        """"The MoU will strengthen cooperation …, as in the Agile Nations Network": the sentence opens with an
        agreement whose parties are known and names none of them; those it names, not after "with", are no
        parties to it."""
        deal = self.state.agreement_parties.get(agreement.id, [])
        return bool(deal) and not set(deal) & set(parties) and not any(self.partnered(sentence, p) for p in parties) \
            and all(agreement.start < self.rules.first_at(sentence, p) for p in parties)

    def reporter(self, sentence: Sentence, party: str) -> bool:
        """"… told AFP", "…, SPA said": an organisation or body named only next to a speech verb reports the
        news; it is no party to it."""
        if party.startswith("country/"):
            return False
        if self.news_source(sentence, party):
            return True
        mentions = [f for f in sentence.found if f.id == party]
        if mentions and all(self.cited(f) for f in mentions):
            return True
        return bool(self.speech) and bool(mentions) and all(self.closing_source(sentence, f) for f in mentions)

    def cited(self, found: Found) -> bool:
        """"according to the United Nations", "selon l'UIT": a body cited as the source, by the pack's source_before
        pattern over the text right before the mention."""
        pattern = self.context.get("source_before")
        return pattern is not None and bool(pattern.search(self.state.text[max(0, found.start - 30) : found.start]))

    def company_home(self, sentence: Sentence, party: str) -> bool:
        """"… with Acme, the French start-up", "Acme، المؤسسة الفرنسية": a country named only by its demonym in
        an apposition right after an organisation is that organisation's home, no party."""
        mentions = [f for f in sentence.found if f.id == party]
        if not party.startswith("country/") or not mentions:
            return False
        return all(f.term.kind == "demonym" and self.after_company(sentence, f) for f in mentions)

    def press_home(self, sentence: Sentence, party: str) -> bool:
        """"Cambodia's newswire reported that …", "selon l'agence djiboutienne d'information": a country named
        only as the home of the news outlet that reports the news is no party to it."""
        mentions = [f for f in sentence.found if f.id == party]
        if not party.startswith("country/") or not mentions:
            return False
        return all(self.press_owner(f) for f in mentions)

    def press_owner(self, found: Found) -> bool:
        """Whether a news outlet's word follows the mention ("'s newswire", "state media") or comes right
        before it ("la presse marocaine"), by the pack's press_after and press_before patterns."""
        text = self.state.text
        after, before = self.context.get("press_after"), self.context.get("press_before")
        return bool(after is not None and after.match(text[found.end : found.end + 40])) or bool(
            before is not None and before.search(text[max(0, found.start - 40) : found.start]))

    def after_company(self, sentence: Sentence, found: Found) -> bool:
        """Whether the mention follows an organisation's name, a comma and at most three words, nothing named
        between."""
        text = self.state.text
        for company in (f for f in sentence.found if f.term.type is E.ORGANIZATION and f.end <= found.start):
            gap = text[company.end : found.start]
            if re.match(r"\s*[,،]", gap) and len(re.findall(r"[\w'’-]+", gap)) <= 3 \
                    and not any(company.end <= f.start and f.end <= found.start for f in sentence.found):
                return True
        return False

    def news_source(self, sentence: Sentence, party: str) -> bool:
        """"… according to a statement seen by APA", "Kazinform News Agency cites …": the one news agency of a
        sentence that names other parties reports the news; two agencies named together may partner."""
        agencies = {f.id for f in sentence.found if self.press(f)}
        others = {f.id for f in sentence.found if f.id not in agencies
                  and f.term.type in (E.COUNTRY, E.ORGANIZATION, E.GOVERNMENT_BODY)}
        return agencies == {party} and bool(others)

    def press(self, found: Found) -> bool:
        """Whether the mention or the name of an organisation holds a word or name of a news agency."""
        return is_press(found, self.press_names)

    def closing_source(self, sentence: Sentence, found: Found) -> bool:
        """"… told AFP.", "…, SPA said.": the source named with its speech verb at the end of the sentence."""
        before = re.findall(r"\w+", self.state.text[sentence.start : found.start])[-1:]
        after = re.findall(r"\w+", self.state.text[found.end : sentence.end])
        return (not after and any(fold(w).endswith(self.speech) for w in before)) or (
            len(after) == 1 and fold(after[0]).endswith(self.speech))

    def bodies(self, sentence: Sentence) -> list[str]:
        """The state bodies of a sentence that names no country nor organisation as a party ("le ministère
        … vient de signer des accords"), not one that only reports it ("said the news agency")."""
        cues = [m.start() for kind in ("cooperates", "signs") if (m := self.rules.has(kind, sentence))]
        deal = self.rules.agreement(sentence)
        cues += [deal.start - sentence.start] if deal is not None else []
        if not cues or self.rules.subject_after_verb:
            return []
        parties = self.rules.parties(sentence, (E.GOVERNMENT_BODY,))
        acting = [f for f in sentence.found if f.term.type is E.GOVERNMENT_BODY and f.id in parties
                  and f.end - sentence.start <= min(cues) and not speaker(self.state.text, f, self.speech)]
        return list(dict.fromkeys(f.id for f in acting))

    def bodies_for_countries(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"the UK Information Commissioner's Office", "l'Autorité gouvernementale numérique saoudienne": a
        country written only right next to one of its state bodies says whose the body is; the body is the party."""
        text = self.state.text
        before = self.state.lexicon.packs[self.state.language].info.country_before_noun
        bodies = [f for f in sentence.found if f.term.type is E.GOVERNMENT_BODY]
        chosen: list[str] = []
        for party in parties:
            mentions = [f for f in sentence.found if f.id == party]
            next_to = [b.id for f in mentions for b in bodies
                       if (b.end <= f.start and self.linked_after(text[b.end : f.start]))
                       or (before and f.end <= b.start and self.linked_before(text[f.end : b.start]))]
            attached = party.startswith("country/") and mentions and len(next_to) == len(mentions)
            chosen += next_to if attached else [party]
        return list(dict.fromkeys(chosen))

    def linked_after(self, gap: str) -> bool:
        """"the Agency (NIA) of the Republic of Korea": the gap from a body to the country it belongs to,
        nothing, its acronym in brackets, or a complement word and an article ("of the", "de la")."""
        words = [fold(w) for w in re.findall(r"[\w'’]+", re.sub(r"^\s*\([^()]{1,20}\)", "", gap))]
        if not words:
            return not re.sub(r"^\s*\([^()]{1,20}\)", "", gap).strip()
        complements = {fold(w) for w in self.words.complements}
        return re.fullmatch(r"[\s\w'’]*", gap.split(")")[-1]) is not None and words[0] in complements \
            and all(w in self.articles for w in words[1:])

    def linked_before(self, gap: str) -> bool:
        """"Ukraine's cybersecurity agency": nothing or the genitive mark between a country and its body."""
        rest = gap.strip()
        return not rest or fold(rest.replace("’", "'")) in {fold(w.replace("’", "'")) for w in self.words.genitive}

    def stated(self, sentence: Sentence) -> bool:
        """A sentence of cooperation: a cue, an agreement named, or agreements signed."""
        rules = self.rules
        return bool(rules.has("cooperates", sentence) or rules.agreement(sentence) or rules.signed(sentence))

    def partnered(self, sentence: Sentence, party: str) -> bool:
        """"The partnership with Google will …": the one party named is the partner of another."""
        marker = self.context["with"].search(sentence.text)
        return marker is not None and sentence.start + marker.end() <= self.rules.first_at(sentence, party)

    def other_side(self, sentence: Sentence, party: str, strong: bool) -> list[str]:
        """Who partners the one party named after "with": the other parties of the agreement the sentence
        names (as partners), those it was found to cooperate with, else the country the article is about
        ("The MoU with Saudi Arabia concerns …" in a report on India)."""
        deal = [p for p in self.rules.agreement_parties(sentence) if p != party]
        deal = deal if party in self.rules.agreement_parties(sentence) else []  # the other parties of its MoU
        known = self.counterparts(party)
        if deal and strong and not sentence.bullet:
            for other in deal:
                self.state.add("partners", other, party, sentence)
        if known:
            return known
        ranked = self.state.salient_countries()
        if not ranked or party in (ranked[0], self.rules.home(ranked[0])) or self.rules.home(party) == ranked[0]:
            return []
        if strong and not sentence.bullet and not deal:
            self.state.add("partners", ranked[0], party, sentence)
        return [ranked[0]]

    def counterparts(self, party: str) -> list[str]:
        """Those the party was found to cooperate with so far in the article."""
        ends = [d.object if d.subject == party else d.subject for d in self.state.drafts
                if d.type is R.COOPERATES_WITH and party in (d.subject, d.object)]
        return list(dict.fromkeys(ends))

    def continued(self, sentence: Sentence) -> Sentence | None:
        """The sentence of cooperation that this one goes on listing the fields of ("They include …")."""
        if sentence.index == 0 or not self.rules.has("continues", sentence):
            return None
        before = self.state.sentences[sentence.index - 1]
        return before if self.stated(before) else None

    def referred(self, sentence: Sentence, parties: list[str], inherited: bool) -> tuple[bool, list[str]]:
        """Whether the sentence inherits a cooperation, and its parties: those of the deal it opens on
        (referred_partners), else its own."""
        partners = self.referred_partners(sentence, parties)
        return (True, partners) if partners else (inherited, parties)

    def referred_partners(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"Ce partenariat vise à …", "It will facilitate …": a sentence that opens on the deal or the cooperation
        told just before, naming only some of its partners or their countries ("… the foundation of Thailand's
        digital economy"), goes on with it: its fields go to the partners of the last of the sentences before it
        (up to REFERENCE_REACH, not the headline) that paired any, not to a country named only as a partner's."""
        if sentence.index == 0 or sentence.bullet or not self.rules.has("refers", sentence):
            return []
        earlier = self.state.sentences[max(0, sentence.index - REFERENCE_REACH) : sentence.index]
        for source in reversed(earlier):
            partners = [] if self.headline(source) else self.paired_in(source)
            if partners:
                sides = {*partners, *(self.rules.home(p) for p in partners)}
                return partners if parties and set(parties) <= sides and set(partners) - set(parties) else []
        return []

    def partners_of(self, sentence: Sentence, parties: list[str], found_by: str = "partners") -> None:
        """Countries pair with countries, and organisations or bodies with each other."""
        actors = self.rules.parties(sentence, (E.ORGANIZATION, E.GOVERNMENT_BODY))
        actors = [a for a in actors if not a.startswith("country/") and not self.reporter(sentence, a)]
        countries = [p for p in parties if p.startswith("country/")]
        lone = actors[:1] if len(countries) == 1 or self.right_after_with(sentence, actors[:1]) else []
        leading = self.before_listed(sentence, actors, countries)
        groups = [countries, actors] if len(actors) >= 2 else [countries + lone]
        if leading:  # "Acme has worked with Ghana, Togo, Benin …", "X is a partner, alongside Ghana, Togo, …"
            groups = [countries + leading, *([actors] if len(actors) >= 2 else [])]
        if self.listed_partners(sentence, countries, actors):  # "The full list of partners is: A, B, C, D …"
            ranked = self.state.salient_countries()
            source, domains = self.described_partnership(sentence) or (sentence, [])
            for actor in actors:
                if self.rules.home(actor) != ranked[0]:
                    self.state.add(found_by, ranked[0], actor, sentence)
                for domain in domains:
                    self.state.add("cooperate-on", actor, domain, source)
            return
        listed = self.listed_after(sentence, "between", [*countries, *actors])
        if len(listed) >= 2:  # "The Cabinet approved an MoU between A and B": A and B partner, not the Cabinet
            groups = [[g for g in group if g in listed] for group in groups]
        funders = self.funders(sentence, [*countries, *actors])
        if len(funders) >= 2:  # "funding from the EU and the EIB": co-funders partner the one they fund
            groups = [[g for g in group if g not in funders] for group in groups]
            self.fund(sentence, funders, [c for c in countries if c not in funders], found_by)
        for group in groups:
            signatories = group is actors and self.signing_list(sentence, actors)
            for a, b in self.pairs(sentence, group, signatories):
                if self.rules.home(a) != b and self.rules.home(b) != a:  # a ministry does not partner its own country
                    self.state.add(found_by, a, b, sentence)

    def listed_partners(self, sentence: Sentence, countries: list[str], actors: list[str]) -> bool:
        """"The full list of industry partners is: A, B, C, D": many organisations listed as the partners, with
        no country named beside them nor "with" before them, partner the country the article is about."""
        if countries or len(actors) <= MULTILATERAL or not self.state.salient_countries() \
                or self.context["with"].search(sentence.text):
            return False
        first = min(self.rules.first_at(sentence, a) for a in actors)
        before = self.state.text[sentence.start : first]
        stems = tuple(self.words.partnership_stems)  # named as partners, not only as companies taking part
        return company_list(before, self.words) and any(w.lower().startswith(stems) for w in re.findall(r"\w+", before))

    def described_partnership(self, listing: Sentence) -> tuple[Sentence, list[str]] | None:
        """"The ministry has teamed up with several software companies to teach … coding": an earlier sentence of
        partnership whose partners, after "with", are described by a word for companies and not named; the
        partners listed later are those, and take its fields."""
        nouns = {fold(w) for w in self.words.company_nouns}
        for sentence in self.state.sentences[: listing.index]:
            marker = self.context["with"].search(sentence.text)
            if marker is None or not self.rules.has("cooperates", sentence):
                continue
            words = list(re.finditer(r"[\w-]+", sentence.text[marker.end() :]))[: MULTILATERAL + 2]
            noun = next((w for w in words if fold(w.group()) in nouns), None)
            start, end = sentence.start + marker.end(), sentence.start + marker.end() + (noun.end() if noun else 0)
            if noun is None or any(start <= f.start < end for f in sentence.found):  # "with Acme firms": named
                continue
            domains = [f.id for f in sentence.found if f.term.type is E.POLICY_DOMAIN and not self.rules.in_title(f)]
            return (sentence, list(dict.fromkeys(domains))) if domains else None
        return None

    def before_listed(self, sentence: Sentence, actors: list[str], countries: list[str]) -> list[str]:
        """"Acme has worked with Côte d'Ivoire, Benin, Burkina Faso and Angola": the one organisation or body
        before "with", when the countries are all listed after it; it partners each of them."""
        marker = self.context["with"].search(sentence.text)
        if marker is None or not actors or len(countries) < 2:
            return []
        at, end = sentence.start + marker.start(), sentence.start + marker.end()
        firsts = sorted(self.rules.first_at(sentence, c) for c in countries)
        before = [a for a in actors if self.rules.first_at(sentence, a) < at]
        listed = firsts[0] >= end and list_gap(self.named_gap(sentence, end, firsts[0]), self.government_list_words)
        return before if len(before) == 1 and listed else []

    def gap_to(self, sentence: Sentence, start: int, end: int) -> str:
        """The text between two offsets, read for a list of names: the names it holds written as one capital each
        in a script without capitals ("مع تونس والمغرب"), else as written."""
        if self.state.cased:
            return self.state.text[start:end]
        return self.named_gap(sentence, start, end)

    def named_gap(self, sentence: Sentence, start: int, end: int) -> str:
        """The text between two offsets with the names the sentence holds there written as one capital each."""
        text = self.state.text[start:end]
        for found in sorted((f for f in sentence.found if start <= f.start and f.end <= end), key=lambda f: -f.start):
            text = text[: found.start - start] + "X" + text[found.end - start :]
        return text

    @cached_property
    def government_list_words(self) -> list[str]:
        """"… en collaboration avec la Banque mondiale et les gouvernements du Bénin, du Burkina Faso …": the list
        words, and the words the language names a country's government with (region_government)."""
        governments = [w.lower() for form in self.words.region_government for w in re.findall(r"[\w'’]+", form)]
        return [*self.words.list_words, *governments]

    def fund(self, sentence: Sentence, funders: list[str], countries: list[str], found_by: str) -> None:
        """Each co-funder partners the country the sentence names beside them, else the article's main one."""
        ranked = self.state.salient_countries()
        beneficiary = countries[0] if countries else ranked[0] if ranked else None
        for funder in funders:
            if beneficiary is not None and funder != beneficiary and self.rules.home(funder) != beneficiary:
                self.state.add(found_by, beneficiary, funder, sentence)

    def funders(self, sentence: Sentence, parties: list[str]) -> list[str]:
        """"with funding from the EU and the EIB", "un financement de 27 milliards de l'UE et de la BEI": the
        first party named after a word of funding, in the same clause, and those listed right after it."""
        pattern = self.context.get("funding")
        marker = pattern.search(sentence.text) if pattern is not None else None
        if marker is None:
            return []
        end = sentence.start + marker.end()
        mentions = sorted((f for f in sentence.found if f.id in parties and f.start >= end), key=lambda f: f.start)
        text = self.state.text
        if not mentions or mentions[0].start - end > 60 or re.search(r"[,;:()]", text[end : mentions[0].start]):
            return []
        gap_words = [*self.words.list_words, *(w.lower() for w in self.words.complements)]
        chain = [mentions[0]]
        for found in mentions[1:]:
            if not list_gap(text[chain[-1].end : found.start].replace("’", "'"), gap_words):
                break
            chain.append(found)
        return list(dict.fromkeys(f.id for f in chain))

    def listed_after(self, sentence: Sentence, kind: str, parties: list[str]) -> list[str]:
        """"a memorandum between India and Japan", "the MoU between India's Ministry of … and Armenia's Ministry
        of …", "funding from the EU and the EIB": the parties listed right after the context's marker of that
        kind, through names, list words and complements only."""
        pattern = self.context.get(kind)
        marker = pattern.search(sentence.text) if pattern is not None else None
        if marker is None:
            return []
        end = sentence.start + marker.end()
        gap_words = [*self.words.list_words, *(w.lower() for w in self.words.complements)]
        text = list(self.state.text[end : sentence.end])
        for found in (f for f in sentence.found if f.start >= end):  # "l'ARCEP tchadienne et …": names pass
            text[found.start - end : found.end - end] = "X" * (found.end - found.start)
        written = re.sub(r"['’]s\b", "  ", "".join(text)).replace("’", "'")
        after = [p for p in parties if self.rules.first_at(sentence, p) >= end]
        return [p for p in after if list_gap(written[: self.rules.first_at(sentence, p) - end], gap_words)]

    def right_after_with(self, sentence: Sentence, actors: list[str]) -> bool:
        """"Both nations plan to work with Google …": the one organisation named right after "with"."""
        marker = self.context["with"].search(sentence.text)
        if marker is None or not actors or not actors[0].startswith("org/"):
            return False
        end = sentence.start + marker.end()
        at = self.rules.first_at(sentence, actors[0])
        return at >= end and list_gap(self.state.text[end:at], self.words.list_words)

    def signing_list(self, sentence: Sentence, actors: list[str]) -> bool:
        """"A, B, C and D signed a memorandum": bodies or organisations named together in one list of a
        sentence that signs an agreement are its parties, each the partner of every other, however many."""
        if not (self.rules.signed(sentence) or self.rules.agreement(sentence)):
            return False
        mentions = sorted((f for f in sentence.found if f.id in actors), key=lambda f: f.start)
        for before, after in pairwise(mentions):  # "Europol (EDA), the …": one name, its acronym
            gap = self.state.text[before.end : after.start]
            if before.id != after.id and not listed_next(gap, self.words.list_words):
                return False
        return len(set(actors)) > 1 and {f.id for f in mentions} == set(actors)

    def settle(self) -> None:
        """"Nigeria's Ministry of … has signed an MoU with Sierra Leone": a ministry or agency partners the
        other side's own body or the other country through its own country, which the article pairs with that
        country; it is no partner of that country itself, nor of its own country. "Kenya is keen to cooperate
        on cybersecurity", "Ghana discussed cybersecurity at the meeting": a field the sentence (or the talks it
        tells) gives one party alone, which partners no one in the whole article, is no field of a cooperation."""
        self.deferred()
        drafts = self.state.drafts
        pairs = {frozenset((d.subject, d.object)) for d in drafts if d.type is R.COOPERATES_WITH}
        partnered = {end for pair in pairs for end in pair}
        fields = {(d.sentence.index, d.object, d.subject) for d in drafts if d.type is R.COOPERATES_ON}
        shared = Counter((index, field) for index, field, _ in fields)  # each party once, however often named
        self.state.drafts = [d for d in drafts if not (d.type is R.COOPERATES_WITH
                                                       and (self.through_home(d, pairs) or self.within(d)))
                             and not (d.type is R.COOPERATES_ON and d.rule in ("cooperate-on", "discussed-domain")
                                      and d.subject not in partnered and shared[(d.sentence.index, d.object)] == 1)]
        self.state.drafts = self.without_bystanders(self.state.drafts, partnered)
        self.state.drafts = self.without_owner_fields(self.state.drafts)

    def without_owner_fields(self, drafts: list[Draft]) -> list[Draft]:
        """"The MoU between the Agency of A and the Commission of B covers cybersecurity …": a field the sentence
        gives to a state body goes to that body, not also to the body's own country, unless the sentence names the
        country as a side (named_side) or the country partners an organisation of the deal itself ("Ghana, Acme
        sign deal", then "The Ministry of … of Ghana and Acme signed …"); in a body's deal with companies or
        organisations only, the country is a side only where the sentence names it before its body (leads_deal)."""
        fielded: dict[tuple[int, str], set[str]] = {}
        for d in drafts:
            if d.type is R.COOPERATES_ON:
                fielded.setdefault((d.sentence.index, d.object), set()).add(d.subject)
        partners = {(d.subject, d.object) for d in drafts if d.type is R.COOPERATES_WITH}
        partners |= {(b, a) for a, b in partners}
        return [d for d in drafts if not (d.type is R.COOPERATES_ON and d.subject.startswith("country/")
                                          and self.owner_only(d, fielded[(d.sentence.index, d.object)], partners))]

    def referred_side(self, sentence: Sentence, country: str) -> bool:
        """"Le Luxembourg et le Maroc comptent partager …", then "Ce partenariat ouvre la voie à une collaboration
        … entre le ministère … et l'Agence …": a sentence that opens on the partnership told just before (up to
        REFERENCE_REACH sentences, not the headline) goes on with the countries that partnered there; not "The
        Agency of A and the Office of B signed the MoU. The MoU will …", whose last partners are the bodies."""
        if sentence.index == 0 or not self.rules.has("refers", sentence):
            return False
        earlier = self.state.sentences[max(0, sentence.index - REFERENCE_REACH) : sentence.index]
        last = next((paired for s in reversed(earlier) if not self.headline(s) and (paired := self.paired_in(s))), [])
        return country in last

    def owner_only(self, draft: Draft, fielded: set[str], partners: set[tuple[str, str]]) -> bool:
        """Whether the country of a field is there only as the owner of a body that has the same field."""
        country = draft.subject
        own = {e for e in fielded if e.startswith("body/") and self.rules.home(e) == country}
        if not own:
            return False
        if any((country, e) in partners for e in fielded if not e.startswith("country/")):
            return False
        others = fielded - own - {country}
        if others and all(e.startswith("org/") for e in others):  # a body's deal with a company or organisation
            return not self.leads_deal(draft.sentence, country, own)
        return not self.named_side(draft.sentence, country)

    def leads_deal(self, sentence: Sentence, country: str, own: set[str]) -> bool:
        """"Ghana and Acme signed …, said the Ghanaian ministry", "The cabinet reviewed the deal between the
        Government of Ghana and Acme": whether the sentence names the country, not as a body's owner, before any of
        its own bodies or after "between"; not "The ministry and Acme signed … for Ghana's growth"."""
        bodies = [f.start for f in sentence.found if f.id in own]
        mentions = [f.start for f in sentence.found if f.id == country and not self.rules.owned(sentence, f)]
        if not mentions or self.body_owner(sentence, country):
            return False
        between = self.rules.between(sentence.text)
        return not bodies or min(mentions) < min(bodies) or (between is not None
                                                             and sentence.start + between.start() < min(mentions))

    def named_side(self, sentence: Sentence, country: str) -> bool:
        """Whether the sentence names the country as a side of its own: by its name, not as a body's owner
        ("Malaysia and Australia agreed …"), or as one of "the two countries"; not by a demonym alone
        ("Australian-Malaysian exchange") nor through "the two ministers"."""
        if any(kind in ("pair", "group") for _, kind in sentence.pairs) or self.referred_side(sentence, country):
            return True
        return any(f.id == country and f.term.kind != "demonym" and not self.rules.owned(sentence, f)
                   and not self.body_owner(sentence, country) for f in sentence.found)

    def without_bystanders(self, drafts: list[Draft], partnered: set[str]) -> list[Draft]:
        """"Malaysia and China signed a memorandum on telecommunications at the International Telecommunication
        Union": an organisation or state body that partners no one in the whole article takes no field of a
        sentence that gives the same field to a party that does partner; it only stands by the cooperation."""
        fielded = {(d.sentence.index, d.object) for d in drafts if d.type is R.COOPERATES_ON and d.subject in partnered}
        return [d for d in drafts if not (d.type is R.COOPERATES_ON and d.subject not in partnered
                                          and (d.sentence.index, d.object) in fielded and self.actor(d.subject))]

    def actor(self, entity_id: str) -> bool:
        """Whether the entity is an organisation or a state body (not a country)."""
        term = self.state.term(entity_id)
        return term is not None and term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY)

    def within(self, draft: Draft) -> bool:
        """"the United Nations Development Programme" and "the United Nations", "Acme Morocco" and "Acme": an
        organisation whose name holds the whole name of the other organisation is a part of it, no partner (not
        state bodies: "the Ministry of Information" of one country and another's "Ministry of Information and …")."""
        terms = [self.state.term(e) for e in (draft.subject, draft.object)]
        names = [fold(t.name) for t in terms if t is not None and t.type is E.ORGANIZATION]
        if len(names) != 2 or names[0] == names[1]:
            return False
        short, long = sorted(names, key=len)
        return short in long and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", long) is not None

    def through_home(self, draft: Draft, pairs: set[frozenset[str]]) -> bool:
        """Whether a body-country pair is one a pair of countries already says, or a body with its own country."""
        ends = sorted((draft.subject, draft.object), key=lambda e: not e.startswith("body/"))
        body, country = ends
        if not body.startswith("body/") or not country.startswith("country/"):
            return False
        term = self.state.term(body)
        home = self.rules.home(body) or (self.state.lexicon_country_in(term.name) if term is not None else None) \
            or self.written_home(draft.sentence, body)
        return home is not None and (home == country or frozenset((home, country)) in pairs)

    def written_home(self, sentence: Sentence, body: str) -> str | None:
        """"le ministère cambodgien de …", "Nigeria's Ministry of …", "the Ministry of … of Angola": the country
        the sentence writes in the body's mention or as the owner of the body named next to it."""
        actors = [f for f in sentence.found if f.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY)]
        inside = next((c for f in actors if f.id == body and (c := self.state.lexicon_country_in(f.text))), None)
        if inside:  # "le ministère cambodgien de la Poste"
            return inside
        for country in (f for f in sentence.found if f.term.type is E.COUNTRY and self.rules.owned(sentence, f)):
            nearest = min(actors, key=lambda f: max(f.start - country.end, country.start - f.end), default=None)
            if nearest is not None and nearest.id == body:
                return country.id
        return None

    def pairs(self, sentence: Sentence, group: list[str], signatories: bool = False) -> list[tuple[str, str]]:
        """Who partners whom: those named after "with" / "avec" partner those before it, not each other (gap_to);
        a group of many is no set of pairs, unless its members are listed as the signatories of one deal."""
        marker = self.context["with"].search(sentence.text)
        if marker is None or len(group) < 2:  # "signed by representatives from A, B, …": a group, no pairs
            return among(group, signatories)
        at, end = sentence.start + marker.start(), sentence.start + marker.end()
        before = [g for g in group if self.rules.first_at(sentence, g) < at]
        again = self.named_again_after(sentence, before, end)
        before = [g for g in before if g not in again] if len(again) < len(before) else before
        after = [g for g in group if g not in before]
        if not after:  # "A, B, C, D and E have agreed to cooperate …, in line with …": all on one side partner
            return list(combinations(group, 2))
        gap_words = self.list_words_after_with()
        listed = [g for g in after if list_gap(self.gap_to(sentence, end, self.rules.first_at(sentence, g)), gap_words)]
        if not before and not listed and len(after) >= MULTILATERAL:  # "talks with the heads of A, B and C": the
            return []  # partners of the one who met them, not of each other
        if not before:  # "partnerships with Japan and the United States …, as Rabat …"
            before, after = [g for g in after if g not in listed], listed
            return list(combinations(before, 2)) + [(a, b) for a in before for b in after]
        if listed:  # "work with Google on cables for Kiribati, Nauru …": those it is for are no partners
            after = listed
        joined = signatories or self.rules.between(sentence.text[: marker.start()]) is not None  # "between A and B, C…"
        return among(before, joined) + [(a, b) for a in before for b in after]  # "A, B, C, D and E signed with F"

    def named_again_after(self, sentence: Sentence, before: list[str], end: int) -> list[str]:
        """"Algérie - Italie - GB : la ministre évoque avec les ambassadeurs d'Italie et de Grande-Bretagne …": the
        parties named before "with" that the list right after it names again are on its side, partners of the
        others, not of each other."""
        gap_words = self.list_words_after_with()
        return [g for g in before if any(f.id == g and f.start >= end
                                         and list_gap(self.named_gap(sentence, end, f.start), gap_words)
                                         for f in sentence.found)]

    def list_words_after_with(self) -> list[str]:
        """The words a list of partners after "with" may go through: list words, and a plural title with its
        complement ("with the ambassadors of Canada, China and Iran": the countries the envoys are from)."""
        plurals = self.state.lexicon.plural_roles.get(self.state.language, {})
        return [*self.words.list_words, *(w.lower() for w in plurals), *(w.lower() for w in self.words.complements)]

    def headline(self, sentence: Sentence) -> bool:
        """A sentence on the headline's line, or on a line of the body that repeats it."""
        if sentence.start not in self.headlines:
            self.headlines[sentence.start] = headline_line(self.state.text, self.state.title, sentence.start)
        return self.headlines[sentence.start]

    def first_partners(self) -> list[str]:
        """The two sides of the article's first cooperation ("The European Union and Chile have signed …"); when
        the headline names it and the body restates it with the bodies that made it ("Madagascar, Huawei sign MoU",
        then "the Ministry of Finance of Madagascar and Huawei signed …"), those bodies too."""
        drafts = [d for d in self.state.drafts if d.type is R.COOPERATES_WITH]
        if not drafts:
            return []
        first = self.paired_in(drafts[0].sentence)
        body = next((d for d in drafts if not self.headline(d.sentence)), None)
        if self.headline(drafts[0].sentence) and body is not None:
            restated = self.paired_in(body.sentence)
            if any(e in first or self.rules.home(e) in first for e in restated):
                first = list(dict.fromkeys([*first, *restated]))
        return first


def headline_line(text: str, title: str, start: int) -> bool:
    """Whether the offset lies on a line that is the article's headline, or repeats it in the body."""
    headline = fold(" ".join(title.split()))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return bool(headline) and fold(" ".join(line.split())) == headline


def list_gap(text: str, list_words: list[str]) -> bool:
    """Whether the text between "with" and a name is only a list of names ("Europe, Japan and the")."""
    words = re.findall(r"\w+'|[\w-]+", text)
    return all(w[:1].isupper() or w.lower() in list_words for w in words)


def listed_next(gap: str, list_words: list[str]) -> bool:
    """Whether two names stand next to each other in a list: only commas, list words and a bracketed acronym
    between them ("(ENISA), the", ", and the")."""
    words = re.findall(r"[\w'’-]+", re.sub(r"\([^()]*\)|^\s*\)", " ", gap))
    return "\n" not in gap and all(w.lower() in list_words for w in words) and bool(words or "," in gap)


def speaker(text: str, found: Found, speech: tuple[str, ...]) -> bool:
    """"said the agency", "the agency said", "أوضحت وكالة …": the mention stands next to a speech verb."""
    before = re.findall(r"\w+", text[max(0, found.start - 30) : found.start])[-2:]
    after = re.findall(r"\w+", text[found.end : found.end + 30])[:2]
    return any(fold(w).endswith(speech) for w in before + after) if speech else False  # "وأوضحت"


def among(group: list[str], signatories: bool = False) -> list[tuple[str, str]]:
    """The pairs of partners within one side: every pair of a few, none of a group of many (the states at a forum
    that sign with one partner), unless they are joined as the signatories or the parties of one deal."""
    if len(group) > MULTILATERAL and not signatories:
        return []
    return list(combinations(group, 2))
