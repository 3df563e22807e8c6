"""Sentence rules for meets, policies and signatures; visits and cooperation have their own modules."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.models import EntityType, RelationType
from kg.nlp import literals
from kg.nlp.cooperation import CooperationRules
from kg.nlp.cooperation import list_gap as _list_gap
from kg.nlp.found import Found, Sentence, parsed_span
from kg.nlp.meetings import MeetingSides, is_subject
from kg.nlp.signatures import SignatureRules
from kg.nlp.state import ArticleState
from kg.nlp.text import fold
from kg.nlp.visits import VisitRules

E = EntityType
R = RelationType
NATIONALITY_GAP = re.compile(r"^\s+(?:[a-zé]+\s+)?$")
OWNED_GAP = re.compile(r"^\s*(\([^()]{1,15}\)\s*)?$")  # nothing, or an acronym in brackets
PARTIES = (E.COUNTRY, E.ORGANIZATION)
OPENING_WORDS = 2  # at most this many words before a cue that opens its sentence ("Les discussions", "The talks")
NAMED = (E.ORGANIZATION, E.GOVERNMENT_BODY, E.POLICY, E.PLACE, E.PERSON)


class SentenceRules:
    """Applies the relation rules of one language to every sentence of an article."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self.cues = state.lexicon.cues.get(state.language, {})
        self.context = state.lexicon.context[state.language]
        self.words = state.lexicon.words(state.language)
        self.genitive = tuple(self.words.genitive)  # "Morocco's"
        self.subject_after_verb = state.lexicon.packs[state.language].info.subject_after_verb
        self.cooperative = False
        self.cooperating = CooperationRules(self)
        self.meeting = MeetingSides(self)
        self.signing = SignatureRules(self)  # one per article: its word lists are built once
        self.masks: dict[int, tuple[list[Found], int, str]] = {}
        self.hits: dict[tuple[str, str], re.Match[str] | None] = state.cue_hits  # the article's, for every rule

    def has(self, kind: str, sentence: Sentence) -> re.Match[str] | None:
        """The first cue of a kind in the sentence, outside the names it contains."""
        pattern = self.cues.get(kind)
        if not pattern:
            return None
        text = self.masked(sentence)
        if (kind, text) not in self.hits:
            self.hits[kind, text] = literals.search(pattern, text)
        return self.hits[kind, text]

    def masked(self, sentence: Sentence) -> str:
        """The sentence in lower case with its names blanked out (kept while its mentions stay)."""
        kept = self.masks.get(sentence.index)
        if kept is not None and kept[0] is sentence.found and kept[1] == len(sentence.found):
            return kept[2]
        text = sentence.text.lower()
        for found in sentence.found:
            if found.term.type in NAMED:
                start = max(found.start - sentence.start, 0)
                end = min(found.end - sentence.start, len(text))
                if start < end:
                    text = text[:start] + "_" * (end - start) + text[end:]
        self.masks[sentence.index] = (sentence.found, len(sentence.found), text)
        return text

    def visit_all(self) -> None:
        """Visits of every sentence (they tell who is at home where, which later rules read)."""
        visits = VisitRules(self)
        for sentence in self.state.sentences:
            visits.visit(sentence)
        visits.unnamed_venues()
        visits.datelined()
        visits.sole_city()

    def visit_late(self) -> None:
        """Meetings and signings abroad again (those told at a venue with no one named too), once every
        minister's country is known from their ministry."""
        visits = VisitRules(self)
        for sentence in self.state.sentences:
            visits.away(sentence)
            visits.acted_abroad(sentence)
        visits.unnamed_venues()

    def relate_all(self) -> None:
        """Meetings, cooperation, policies and signatures, sentence by sentence."""
        self.cooperative = any(self.has("cooperates", s) or self.agreement(s) for s in self.state.sentences)
        for sentence in self.state.sentences:
            self.meets(sentence)
            self.cooperating.cooperation(sentence)
            self.policies(sentence)
            self.signatures(sentence)
        self.signing.settle()
        self.cooperating.settle()

    # -- helpers ---------------------------------------------------------------------------

    def in_role(self, found: Found) -> bool:
        return any(r.start <= found.start < r.clause_end for r in self.state.roles.values())

    def in_title(self, found: Found) -> bool:
        """"Under-Secretary of State for AI": a field named in a person's title is no field of cooperation."""
        return any(r.start <= found.start and found.end <= r.end for r in self.state.roles.values())

    def planned(self, sentence: Sentence, cue: int) -> bool:
        """"is scheduled to travel to Penang", "doit se rendre vendredi à Lubumbashi": not yet happened."""
        plan = self.has("planned", sentence)
        return plan is not None and plan.start() <= cue

    def nationality(self, sentence: Sentence, found: Found) -> bool:
        """"le groupe chinois Huawei", "Chinese giant Huawei": a demonym that only says where a company is from."""
        if found.term.kind != "demonym":
            return False
        if self.company_noun(sentence, found):
            return True
        return any(f.term.type is E.ORGANIZATION and f.start > found.end
                   and NATIONALITY_GAP.match(self.state.text[found.end : f.start]) for f in sentence.found)

    def company_noun(self, sentence: Sentence, found: Found) -> bool:
        return company_home(self.state, sentence, found)

    def venue_country(self, sentence: Sentence, party: str) -> bool:
        """A country named only where the deal was made or the talks held ("… in Hungary", "en Mauritanie")."""
        return self.cooperating.venue_country(sentence, party)

    def opposed(self, sentence: Sentence, found: Found) -> bool:
        """"against Russian cyberattacks", "competes with Saudi Arabia and the UAE": the other side;
        "the fifth country, after Canada, Japan and Singapore", "such as the Institute of Zed (IZ) and the
        University of Yod": names given for comparison (the names before it in the list written as one capital)."""
        if self.witness(sentence, found):
            return True
        before = self.state.text[sentence.start : found.start]
        for kind in ("opposed", "compared"):
            pattern = self.cues.get(kind)
            lowered = before.lower()
            marks = list(pattern.finditer(lowered)) if pattern and literals.possible(pattern, lowered) else []
            if marks and _list_gap(self.cooperating.named_gap(sentence, sentence.start + marks[-1].end(), found.start),
                                   self.words.list_words):
                return True
        return False

    def witness(self, sentence: Sentence, found: Found) -> bool:
        """"en présence de l'ambassadeur du Japon", "in the presence of Minister X": the first name after the
        mark, in the same clause, attends the signing or the talks; it is no party to them."""
        pattern = self.cues.get("witnessed")
        before = self.state.text[sentence.start : found.start].lower()
        marks = list(pattern.finditer(before)) if pattern and literals.possible(pattern, before) else []
        if not marks:
            return False
        at = sentence.start + marks[-1].end()
        if not re.search(r"[,;:()]", before[marks[-1].end() :]) \
                and not any(at <= f.start < found.start and f.end <= found.start for f in sentence.found):
            return True
        return self.witnessed_list(found, (sentence.start + marks[-1].start(), at))

    def witnessed_list(self, found: Found, mark: tuple[int, int]) -> bool:
        """"in the presence of President of Ukraine X and President of Estonia Y": a name further on that
        the parse hangs from the mark, through titles, "of" and "and" but no verb, attends as well."""
        span = parsed_span(self.state.doc, found)
        token = span.root if span is not None else None
        for _ in range(8):
            if token is None or token.pos_ in ("VERB", "AUX") or token.head is token:
                return False
            token = token.head
            if mark[0] <= token.idx < mark[1]:
                return True
        return False

    def hosting_event(self, sentence: Sentence, found: Found) -> bool:
        """"on the sidelines of the World Economic Forum": an organisation named after the venue mark, in the
        same clause, holds the event the talks took place beside; it is no party to them."""
        return found.term.type is not E.COUNTRY and self.cooperating.at_venue(sentence, found)

    def people(self, sentence: Sentence) -> list[Found]:
        found = [f for f in sentence.found if f.term.type is E.PERSON]
        for offset, kind in sentence.pairs:
            if kind in ("people", "ministers"):
                found += self.last_people(offset)
        return sorted(found, key=lambda f: f.start)

    def last_people(self, offset: int) -> list[Found]:
        """The two people "the two ministers" stand for: those of the article's first meeting, else the two
        last named before the phrase."""
        first = next((d for d in self.state.drafts if d.rule == "meet-people"), None)
        if first is not None:
            terms = [t for t in (self.state.term(first.subject), self.state.term(first.object)) if t is not None]
            if len(terms) == 2:
                return [Found(offset, offset, t.name, t, "pair") for t in terms]
        seen: dict[str, Found] = {}
        for found in reversed(self.state.found):
            if found.start < offset and found.term.type is E.PERSON and found.id not in seen:
                seen[found.id] = Found(offset, offset, found.text, found.term, "pair")
            if len(seen) == 2:
                break
        return list(seen.values())

    def owned(self, sentence: Sentence, found: Found) -> bool:
        """"the Ministry of Foreign Affairs (MFA) of Angola": a country written right after a body's name is
        that body's, no party of its own; "the UN's ITU": the owner of the organisation named next."""
        if self.possessor(sentence, found):
            return True
        if found.term.type is not E.COUNTRY:
            return False
        sending = self.context["sending"]
        return any(b.term.type is E.GOVERNMENT_BODY and b.end <= found.start
                   and (between := self.state.text[b.end : found.start]) and literals.search(sending, between)
                   and OWNED_GAP.match(sending.sub("", between)) for b in sentence.found)

    def parent(self, sentence: Sentence, found: Found) -> bool:
        """"la société Acme, filiale du groupe Globex": the parent company of the party, no party itself."""
        pattern = self.context.get("parent_before")
        return bool(pattern and found.term.type is E.ORGANIZATION
                    and pattern.search(self.state.text[sentence.start : found.start]))

    def possessor(self, sentence: Sentence, found: Found) -> bool:
        """"the UN's International Telecommunication Union", "France's Inria": a name right before a
        genitive and an organisation or body owns it; the one named next is the party."""
        text = self.state.text
        if found.term.type not in (E.COUNTRY, E.ORGANIZATION) or not text.startswith(self.genitive, found.end):
            return False
        rest = next(g for g in self.genitive if text.startswith(g, found.end))
        at = found.end + len(rest)
        return any(f.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY) and at <= f.start <= at + 1
                   for f in sentence.found)

    def parties(self, sentence: Sentence, types: tuple[E, ...] = PARTIES) -> list[str]:
        ids = [f.id for f in sentence.found if f.term.type in types and not self.in_role(f)
               and not self.hosting_event(sentence, f)
               and not self.opposed(sentence, f) and not self.nationality(sentence, f) and not self.owned(sentence, f)
               and not self.parent(sentence, f)]
        for offset, kind in sentence.pairs:
            if kind == "pair":  # "the two countries": the pair named last, else the two the article is about
                ids += self.last_pair(offset) or self.first_sides(offset) or list(self.state.main_pair() or ())
            elif kind == "bodies":  # "The two ministries agreed to cooperate on …"
                ids += self.last_bodies(offset)
            elif kind == "group":  # "The countries agreed to …": those listed together last
                ids += self.last_group(offset)
            elif kind == "people":  # "The two ministers agreed to strengthen cooperation": their countries
                ids += self.people_countries(offset)
            elif kind == "ministers":  # "The two ministers signed …": their ministries, else their countries
                ids += self.people_bodies(offset) or self.people_countries(offset)
        return list(dict.fromkeys(ids))

    def people_bodies(self, offset: int) -> list[str]:
        """The state bodies of the two people "the two ministers" stands for (their memberOf), where both are known
        and differ: the ministries are the sides of what the ministers do for them."""
        people = {p.id for p in self.last_people(offset)}
        bodies = {d.subject: d.object for d in reversed(self.state.drafts) if d.type is R.MEMBER_OF
                  and d.subject in people and d.object.startswith("body/")}
        ends = list(dict.fromkeys(bodies.values()))
        return ends if len(people) == 2 and len(bodies) == 2 and len(ends) == 2 else []

    def people_countries(self, offset: int) -> list[str]:
        """The countries of the two people "the two ministers" stands for, where both are known and differ."""
        countries = self.state.lexicon.countries
        terms = []
        for person in self.last_people(offset):
            home = self.state.person_country.get(person.id) or person.term.country
            if home is not None and home in countries:
                terms.append(countries[home])
        if len(terms) != 2 or terms[0].id == terms[1].id:
            return []
        for term in terms:
            self.state.extra.setdefault(term.id, term)
        return [term.id for term in terms]

    def last_group(self, offset: int) -> list[str]:
        """The countries of the last sentence before an offset that names two or more of them."""
        for sentence in reversed(self.state.sentences):
            if sentence.end <= offset:
                countries = [f.id for f in sentence.found if f.term.type is E.COUNTRY and not self.in_role(f)]
                if len(set(countries)) >= 2:
                    return list(dict.fromkeys(countries))
        return []

    def last_pair(self, offset: int) -> list[str]:
        """The two countries of the last sentence before an offset that names two or more, if it names just two."""
        countries = self.last_group(offset)
        return countries if len(countries) == 2 else []

    def first_sides(self, offset: int) -> list[str]:
        """"The ministry and Acme have agreed to …", then "The two sides signed …": where no sentence before
        the phrase names two countries, the two sides are those of the article's first cooperation told before
        it, when that pairs two state bodies or organisations; not the two countries the article names most."""
        first = next((d for d in self.state.drafts if d.type is R.COOPERATES_WITH and d.sentence.end <= offset), None)
        if first is None or any(e.startswith("country/") for e in (first.subject, first.object)):
            return []
        return [first.subject, first.object]

    def last_bodies(self, offset: int) -> list[str]:
        """The two state bodies or organisations named last before an offset, ministries implied by a
        minister's title counting where the title stands."""
        named = [(f.start, f.id) for f in self.state.found if f.term.type in (E.GOVERNMENT_BODY, E.ORGANIZATION)]
        implied = [(role.start, draft.object) for draft in self.state.drafts if draft.type is R.MEMBER_OF
                   and draft.object in self.state.extra and (role := self.state.roles.get(draft.subject))]
        seen: list[str] = []
        for _, body in sorted(p for p in named + implied if p[0] < offset)[::-1]:
            if body not in seen:
                seen.append(body)
            if len(seen) == 2:
                break
        return seen if len(seen) == 2 else []

    # -- rules -----------------------------------------------------------------------------

    def meets(self, sentence: Sentence) -> None:
        cue = self.has("meets", sentence)
        if not cue or self.planned(sentence, cue.start()):
            return
        along = self.companions(sentence)
        found = [p for p in self.meeting.attending(sentence, cue, self.people(sentence)) if p.id not in along]
        people = list(dict.fromkeys(p.id for p in found))
        # "the two sides" hold the talks when named before the cue, or after a cue opening the sentence ("Talks
        # between the two sides …"); after one inside it ("approved in the cabinet meeting … of the two
        # countries"), they are only mentioned
        at = sentence.start + cue.start() if len(sentence.text[: cue.start()].split()) > OPENING_WORDS else sentence.end
        sides = [offset for offset, kind in sentence.pairs if kind == "pair" and offset < at]
        if not people and sides:  # "Les deux parties ont tenu une séance de travail": those who spoke for them
            found = self.last_people(sides[0])
            people = [p.id for p in found]
        if len(people) == 1 and not sides:  # "X a reçu les ministres chargés du numérique de l'AES"
            guests = self.meeting.group_guests(sentence, cue, found[0]) \
                or self.meeting.delegation_guests(sentence, cue, found[0])
            for other in guests:
                self.state.add("meet-people", people[0], other, sentence)
            if guests:
                return
        if len(people) >= 2 and not self.unnamed_guest(sentence):
            for one, other in self.meeting.pairs(sentence, cue, found):
                self.state.add("meet-people", one, other, sentence)
            return
        partners = self.partners(sentence)
        received = self.meeting.received_bodies(sentence, found[0]) if len(people) == 1 else []
        if people and partners and self.context["with"].search(sentence.text):  # "met with the Ministry of …"
            for body in partners:
                self.state.add("meet-body", people[0], body, sentence)
        elif received:  # "X a reçu une délégation du groupe Y"
            for body in received:
                self.state.add("meet-body", people[0], body, sentence)
        elif not people and partners and not self.context["host"].fullmatch(cue.group(0)):
            # bodies host events, not talks
            for one, other in self.meeting.body_pairs(sentence, cue, partners):
                self.state.add("meet-bodies", one, other, sentence)

    def unnamed_guest(self, sentence: Sentence) -> bool:
        """"L'hôte de marque a été reçue par X et Y": everyone named received the guest; they did not meet."""
        host = self.context["host"].search(sentence.text)
        if host is None or not self.context["passive"].search(sentence.text[: host.end()]):
            return False
        after = [p for p in self.people(sentence) if p.start > sentence.start + host.end()]
        # "Après avoir été accueillie par X, Y a participé …": the guest is the subject the sentence goes on with
        return len(after) == len(self.people(sentence)) and not any(is_subject(self.state.doc, p) for p in after)

    def companions(self, sentence: Sentence) -> list[str]:
        """People named after "une délégation composée de" / "accompanied by": they travel with the visitor."""
        cue = self.has("companions", sentence)
        if cue is None:
            return []
        at = sentence.start + cue.end()
        return list(dict.fromkeys(p.id for p in self.people(sentence) if p.start >= at))

    def partners(self, sentence: Sentence) -> list[str]:
        """Bodies or organisations met: those listed right after "with" ("met with the Ministry of …"), or
        every one of the sentence when it has no "with"."""
        marker = self.context["with"].search(sentence.text)
        start = sentence.start + (marker.end() if marker else 0)
        met = [f for f in sentence.found if f.start >= start and not self.in_role(f)
               and f.term.type in (E.GOVERNMENT_BODY, E.ORGANIZATION)]
        if marker is not None:
            described = met[:1] if met and self.described(sentence, start, met[0]) else []
            met = described + [f for f in met if _list_gap(self.state.text[start : f.start], self.words.list_words)]
        return list(dict.fromkeys(f.id for f in met))

    def described(self, sentence: Sentence, start: int, found: Found) -> bool:
        """"met with another tech giant, Oracle", "with the Chinese firm Huawei": a few words describing
        the first body or organisation after "with", no other name between."""
        between = self.state.text[start : found.start]
        words = re.findall(r"[\w-]+", between)
        return 0 < len(words) <= 4 and not re.search(r"[;:.()]", between) \
            and not any(start <= f.start < found.start and f.term.type is not E.COUNTRY for f in sentence.found)

    def partners_of(self, sentence: Sentence, parties: list[str], found_by: str = "partners") -> None:
        """The partners among the parties of a sentence (kg/nlp/cooperation.py)."""
        self.cooperating.partners_of(sentence, parties, found_by)

    def home(self, actor: str) -> str | None:
        """The country a body or organisation belongs to, where known."""
        if actor in self.state.body_country:
            return self.state.body_country[actor][0]
        owned = next((d.object for d in self.state.drafts if d.type is R.PART_OF and d.subject == actor), None)
        term = self.state.term(actor)
        return owned or (f"country/{term.country}" if term is not None and term.country else None)

    def signed(self, sentence: Sentence) -> bool:
        """"has signed a string of AI agreements": signing agreements, even unnamed ones, is cooperating."""
        return bool(self.has("signs", sentence) and self.has("agreement", sentence))

    def agreement_parties(self, sentence: Sentence) -> list[str]:
        agreement = self.agreement(sentence)
        return self.state.agreement_parties.get(agreement.id, []) if agreement else []

    def agreement(self, sentence: Sentence) -> Found | None:
        return next((f for f in sentence.found if f.term.type is E.AGREEMENT), None)

    def policies(self, sentence: Sentence) -> None:
        for policy in [f for f in sentence.found if f.term.type is E.POLICY]:
            if self.organisation_policy(policy):
                continue  # "World Trade Organization Joint Statement Initiative": no country's, nor its body's
            owner = self.owner(sentence, policy)
            if owner:
                self.state.add("policy-owner", owner, policy.id, sentence, dated=False)
            elif (ranked := self.state.salient_countries()) and self.descriptive_policy(policy) \
                    and not any(f.term.type is E.COUNTRY for f in sentence.found):
                # "… dans le cadre du Plan stratégique …": the country the article is about; not a brand or
                # code name ("le projet TUNEPS", "BeDIGITAL"), often a partner's or a donor's programme
                self.state.add("policy-home", ranked[0], policy.id, sentence, dated=False)
            home = self.home(owner) if owner and owner.startswith("body/") else None
            if home and home.startswith("country/"):  # the ministry that runs it, and its country
                self.state.add("policy-owner", home, policy.id, sentence, dated=False)

    def organisation_policy(self, policy: Found) -> bool:
        """A policy whose name holds an organisation's name the reference data knows, and no country's; or
        one the reference data marks as no one country's ("Agenda 2063")."""
        if policy.term.id in self.state.lexicon.international:
            return True
        if self.state.lexicon_country_in(policy.text):
            return False
        words = re.findall(r"\w+", fold(policy.text))  # "de l'Union africaine": words, whatever the elision
        names = self.state.lexicon.organisation_words()
        return any(" ".join(words[i : i + size]) in names
                   for size in range(1, 6) for i in range(len(words) - size + 1))

    def descriptive_policy(self, policy: Found) -> bool:
        """A policy whose name holds a policy word ("Plan stratégique du numérique")."""
        pattern = self.cues.get("policy")
        return pattern is not None and pattern.search(policy.term.name.lower()) is not None

    def owner(self, sentence: Sentence, policy: Found) -> str | None:
        inside = self.state.lexicon_country_in(policy.text)
        if inside or policy.term.country:  # "مصر الرقمية": the country its rule read in the name
            return inside or f"country/{policy.term.country}"
        countries = [f for f in sentence.found if f.term.type is E.COUNTRY and not self.in_role(f)]
        owning = self.genitive_owner(sentence, policy)
        if owning:  # "Saudi Arabia's experience … under Vision 2030", "Indonesia's national AI strategy"
            return owning
        near = [f for f in countries if abs(f.start - policy.start) < 60 or abs(f.start - policy.end) < 60]
        agent = self.context["agent_before"]
        agents = [f for f in countries if agent.search(self.state.text[sentence.start : f.start])]
        chosen = agents or sorted(near, key=lambda f: abs(f.end - policy.start))
        if chosen:
            return chosen[0].id
        for person in reversed(self.people(sentence)):
            home = self.state.person_country.get(person.id)
            if home and person.start < policy.start:
                return f"country/{home}"
        if len({f.id for f in countries}) == 1:
            return countries[0].id
        bodies = sorted((f for f in sentence.found if f.term.type is E.GOVERNMENT_BODY and not self.in_role(f)),
                        key=lambda f: (f.start > policy.start, f.start))
        return bodies[0].id if bodies else None

    def genitive_owner(self, sentence: Sentence, policy: Found) -> str | None:
        """The last country or state body before a policy written with a genitive mark ("Kenya's", "the
        Cabinet's approval of the National 5G Strategy"); a body's country is added by `policies`."""
        owners = [f for f in sentence.found if f.term.type in (E.COUNTRY, E.GOVERNMENT_BODY)
                  and not self.in_role(f) and f.end < policy.start
                  and self.state.text.startswith(self.genitive, f.end)]
        return max(owners, key=lambda f: f.end).id if owners else None

    def signatures(self, sentence: Sentence) -> None:
        """Who signs the agreements of the sentence (kg/nlp/signatures.py)."""
        self.signing.sign(sentence)

    def between(self, text: str) -> re.Match[str] | None:
        """The first "between" / "entre" of a text, as a whole word in any case."""
        words = "|".join(re.escape(w) for w in self.words.between)
        return _between(words).search(text) if words else None

    def first_at(self, sentence: Sentence, entity_id: str) -> int:
        return next((f.start for f in sentence.found if f.id == entity_id), sentence.start)


def company_home(state: ArticleState, sentence: Sentence, found: Found) -> bool:
    """"l'entreprise américaine", "a Japanese firm": a demonym next to a company noun, unnamed or not."""
    if found.term.kind != "demonym":
        return False
    context = state.lexicon.context[state.language]
    before, after = context.get("company_before"), context.get("company_after")
    text = state.text
    return bool((before and before.search(text[max(sentence.start, found.start - 40) : found.start]))
                or (after and after.match(text[found.end : found.end + 40])))


@lru_cache(maxsize=16)
def _between(words: str) -> re.Pattern[str]:
    """The words for "between" of a language, as one pattern of whole words in any case."""
    return re.compile(rf"\b({words})\b", re.I)
