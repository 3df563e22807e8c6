"""Signature rules: who signs the agreements a sentence names: the people and parties around the signing
verb, a ministry signing for its country, and each agreement of a counted group ("two cooperation
agreements", kg/nlp/agreements.py) with its own partners."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property
from itertools import pairwise
from typing import Protocol

from kg.models import EntityType
from kg.nlp.found import Found, Sentence, parsed_range, parsed_span
from kg.nlp.lexicon import Lexicon
from kg.nlp.state import ArticleState, Draft

E = EntityType
PAIRED = re.compile(r"^\s*[-\u2013\u2014/]\s*$")  # "US-Malaysia", "Côte d'Ivoire–Korea"


class SentenceReader(Protocol):
    """What the signature rules read through the article's sentence rules (kg/nlp/relations.py)."""

    state: ArticleState
    context: dict[str, re.Pattern[str]]
    cues: dict[str, re.Pattern[str]]
    genitive: tuple[str, ...]

    def has(self, kind: str, sentence: Sentence) -> re.Match[str] | None: ...
    def masked(self, sentence: Sentence) -> str: ...
    def agreement(self, sentence: Sentence) -> Found | None: ...
    def planned(self, sentence: Sentence, cue: int) -> bool: ...
    def people(self, sentence: Sentence) -> list[Found]: ...
    def between(self, text: str) -> re.Match[str] | None: ...
    def in_role(self, found: Found) -> bool: ...
    def owned(self, sentence: Sentence, found: Found) -> bool: ...
    def possessor(self, sentence: Sentence, found: Found) -> bool: ...
    def nationality(self, sentence: Sentence, found: Found) -> bool: ...
    def company_noun(self, sentence: Sentence, found: Found) -> bool: ...
    def venue_country(self, sentence: Sentence, party: str) -> bool: ...
    def opposed(self, sentence: Sentence, found: Found) -> bool: ...
    def home(self, actor: str) -> str | None: ...
    def last_bodies(self, offset: int) -> list[str]: ...
    def first_sides(self, offset: int) -> list[str]: ...
    def last_people(self, offset: int) -> list[Found]: ...
    def first_at(self, sentence: Sentence, entity_id: str) -> int: ...
    def partners_of(self, sentence: Sentence, parties: list[str], found_by: str = "partners") -> None: ...
    subject_after_verb: bool


class SignatureRules:
    """The signature rules of one article, reading people, parties and cues through its sentence rules."""

    def __init__(self, rules: SentenceReader) -> None:
        self.rules = rules
        self.state = rules.state
        self._title_opening: re.Pattern[str] | None = None
        self._title_heads: set[str] | None = None
        self._body_heads: set[str] | None = None

    @cached_property
    def telling(self) -> list[re.Pattern[str]]:
        """The cues of a verb (or noun) that tells of a signing or watches it: who hangs from one does not sign."""
        return [p for kind in ("reports", "attends") if (p := self.rules.cues.get(kind)) is not None]

    def sign(self, sentence: Sentence) -> None:
        """The people and parties of a signing sentence sign each agreement it names."""
        cue = self.rules.has("signs", sentence)
        agreement = self.rules.agreement(sentence)
        if not cue:
            return self.bulleted(sentence, agreement)
        if self.rules.planned(sentence, cue.start()):
            return  # "are to sign an agreement on Monday": not yet
        if agreement is None:
            return self.unnamed(sentence)
        agreements = [agreement, *self.also_signed(sentence, agreement, cue.start())]
        cue_at = sentence.start + cue.start()
        told = self.told_at(cue_at, sentence.start + cue.end())
        signers = self.signing_people(sentence, cue, told)
        signers += self.signing_parties(sentence, cue_at, told)
        for offset in [o for o, kind in sentence.pairs if kind == "pair"][:1]:  # "the two sides signed …"
            signers += self.rules.first_sides(offset) or list(self.state.main_pair() or ())
        for offset, kind in sentence.pairs:
            if kind == "bodies":  # "a memorandum between the two ministries"
                signers += self.rules.last_bodies(offset)
        bodied = {f.id for f in sentence.found if f.start >= told and self.body_of(f)}
        represented = self.represented(sentence, signers) | bodied
        between = self.rules.between(sentence.text)
        if represented:  # a ministry or agency signs for its country, which is then no signer itself
            signers = [s for s in signers if s not in represented or self.named_between(sentence, s, between)]
        self.record(sentence, agreements, signers, (cue_at, represented))
        self.rules.partners_of(sentence, [s for s in dict.fromkeys(signers) if s.startswith("country/")],
                         "signing-partners")

    def signing_people(self, sentence: Sentence, cue: re.Match[str], told: int) -> list[str]:
        """The people who sign: those named after the signing is told, less speakers, onlookers and
        reporters, with a pronoun's person and the people of "the two sides"."""
        cue_at = sentence.start + cue.start()
        signers = [p.id for p in self.rules.people(sentence) if p.start >= told and not self.speaking(sentence, cue_at)
                   and not self.rules.opposed(sentence, p) and not self.aside(sentence, p) and not self.reports(p)
                   and not self.watching(sentence, cue, p) and not self.spoke_at(p, cue_at)]
        signers += self.pronoun_signer(sentence, (cue_at, sentence.start + cue.end()), signers)
        return signers + self.sides_people(sentence, (cue_at, sentence.start + cue.end()), signers)

    def signing_parties(self, sentence: Sentence, cue_at: int, told: int) -> list[str]:
        """The countries, bodies and organisations that sign: the subject of the signing verb, those
        named before it, after "between" or after "with"."""
        between = self.rules.between(sentence.text)
        parties = []
        for found in sentence.found:
            if found.term.type not in (E.COUNTRY, E.ORGANIZATION, E.GOVERNMENT_BODY) or found.start < told \
                    or self.no_party(sentence, found, cue_at):
                continue
            after_between = between is not None and found.start > sentence.start + between.start()
            at = self.owner_start(sentence, found)
            partner = self.rules.context["with"].search(self.state.text[max(sentence.start, at - 12) : at])
            if found.start < cue_at or after_between or partner or self.subject(sentence, cue_at, found):
                parties.append(found.id)
        return parties

    def owner_start(self, sentence: Sentence, found: Found) -> int:
        """"signed an MoU with Egypt's Chamber of …": where the name starts with the owner written before it
        with a genitive (the country or organisation that owns the body), so that "with" reaches the body."""
        owner = next((f for f in sentence.found if f.end < found.start <= f.end + 4
                      and self.rules.possessor(sentence, f)), None)
        return owner.start if owner is not None else found.start

    def no_party(self, sentence: Sentence, found: Found, cue_at: int) -> bool:
        """Whether a name of a signing sentence is only part of a role, an owner, a title, a venue, a
        reporter or an onlooker, and so signs nothing itself."""
        return self.rules.in_role(found) \
            or self.rules.owned(sentence, found) or self.attributive(sentence, found) \
            or self.rules.company_noun(sentence, found) \
            or self.title_of(found) or self.body_of(found) or self.venue(sentence, found, cue_at) \
            or self.rules.opposed(sentence, found) or self.reporting_side(found, cue_at) \
            or self.office(sentence, found) or self.titled(sentence, found) \
            or self.located(sentence, found) or self.related(sentence, found)  # "in the presence of …"

    def record(self, sentence: Sentence, agreements: list[Found], signers: list[str],
               signing: tuple[int, set[str]]) -> None:
        """Each agreement gets its own signers; the parties its name holds sign it too unless a body
        of theirs signs for them (signing: where the cue is, the parties a body signs for)."""
        cue_at, represented = signing
        for each in self.grouped([a.id for a in agreements]):  # "an agreement and a joint declaration": both
            for signer in dict.fromkeys(self.own_signers(each, self.in_segment(sentence, each, signers, cue_at))):
                self.state.add("sign", signer, each, sentence)
            homes = self.homes(sentence, signers)
            written = self.written(each) | self.paired_parties(sentence, cue_at)
            for party in self.state.agreement_parties.get(each, []):  # "the Côte d'Ivoire–Korea MoU"
                if party not in signers and (party in written or (party not in represented and party not in homes)):
                    self.state.add("party-signs", party, each, sentence)
            self.listed_signers(sentence, each)

    def bulleted(self, sentence: Sentence, agreement: Found | None) -> None:
        """"… la signature de plusieurs accords : • Transports : convention de coopération …": the parties
        of a deal a bullet names, under a sentence that tells of signing (not of signing to come), sign it."""
        intro = self.state.sentences[sentence.intro] if sentence.bullet and sentence.intro is not None else None
        cue = self.rules.has("signs", intro) if intro is not None else None
        if intro is None or cue is None or agreement is None or self.rules.planned(intro, cue.start()):
            return
        for party in self.state.agreement_parties.get(agreement.id, []):
            self.state.add("party-signs", party, agreement.id, sentence)

    def listed_deal(self, sentence: Sentence) -> bool:
        """A bullet with no signing cue of its own: its deal is signed under the sentence it hangs from, by the
        parties it is named after (`bulleted`), even where no other sentence names them as signers."""
        return sentence.bullet and self.rules.has("signs", sentence) is None

    def settle(self) -> None:
        """A country an agreement is only named after does not sign it when one of its bodies does, in any
        sentence ("the MoU between Huawei and the Ministry of Foreign Affairs of Angola"); nor does any country
        it is named after when bodies or organisations of two sides sign it: they are its parties. One written
        into the agreement's name, or named with another by "and" before the signing verb ("The Philippines and
        Singapore agreed … through an MoU signed between …"), signs all the same; so does one a sentence names
        as a signer ("France and Estonia sign a cooperation agreement" in a headline), even where the text tells
        the agreement as signed by a body of each."""
        drafts = self.state.drafts
        signing = [d for d in drafts if d.rule == "sign" and d.subject.startswith("body/")]
        bodies = {d.subject: self.homes(d.sentence, [d.subject]) for d in signing}
        acting = {(home, d.object) for d in signing for home in bodies[d.subject]} | self.titled_homes(drafts)
        actors: dict[str, set[str]] = {}
        for d in drafts:
            if d.rule == "sign" and d.subject.startswith("org/"):  # an organisation is a side of its own
                actors.setdefault(d.object, set()).add(d.subject)
            elif d.rule == "sign" and d.subject.startswith("body/"):  # one key per side
                actors.setdefault(d.object, set()).add(",".join(sorted(self.homes(d.sentence, [d.subject])))
                                                       or d.subject)
        both = {(d.subject, d.object) for d in drafts
                if d.rule == "party-signs" and len(actors.get(d.object, ())) >= 2}
        written = {(c, a) for a in {d.object for d in drafts if d.rule == "party-signs"} for c in self.written(a)}
        written |= {(d.subject, d.object) for d in drafts
                    if d.rule == "party-signs" and self.paired(d.sentence, d.subject)}
        written |= {(d.subject, d.object) for d in drafts if d.rule == "party-signs" and self.listed_deal(d.sentence)}
        self.state.drafts = [d for d in drafts if d.rule != "party-signs" or (d.subject, d.object) in written or (
            (d.subject, d.object) not in both and self.named_anywhere(d.subject, d.object)
            and ((d.subject, d.object) not in acting or self.named_party(d.sentence, d.subject)))]

    def titled_homes(self, drafts: list[Draft]) -> set[tuple[str, str]]:
        """"The Minister of Communication of Ghana signed the MoU": the countries whose titles the people who sign
        an agreement hold, each with that agreement; the minister signs for the country."""
        return {(f.id, d.object) for d in drafts if d.rule == "sign" and d.subject.startswith("person/")
                for f in d.sentence.found if self.title_of(f)}

    def named_anywhere(self, party: str, agreement: str) -> bool:
        """"Estonian and Finnish Prime Ministers signed the MoU": a country the text never names as a word of
        its own in a sentence of a signing or a partnership ("Togo teams up with …"), nor after "between" in one
        about the agreement, only as its people's or bodies' country or in what the agreement provides ("the MoU
        provides for training in Ghana"), is no party to it; one named nowhere keeps the agreement's name."""
        if not party.startswith("country/") or not any(f.id == party for f in self.state.found):
            return True
        return any(self.party_in(sentence, party, agreement) for sentence in self.state.sentences)

    def party_in(self, sentence: Sentence, party: str, agreement: str) -> bool:
        """The sentence names the country as a party: one of a signing, one after "between" in a sentence of the
        agreement, or one of a partnership told with no signing, named before its cue ("Kenya, Estonia agree to
        strengthen cooperation") or after it as a side ("a partnership with Morocco"), not otherwise ("enhancing
        cooperation, as Egypt operates two farms in Zambia")."""
        if self.rules.has("signs", sentence) or (any(f.id == agreement for f in sentence.found)
                                                 and self.between_parties(sentence, party)):
            return self.named_party(sentence, party)
        cue = self.rules.has("cooperates", sentence)
        return cue is not None and self.named_party(sentence, party, sentence.start + cue.start())

    def between_parties(self, sentence: Sentence, party: str) -> bool:
        """"le protocole d'accord entre la République du Togo et la CEA": the party is named after "between"."""
        between = self.rules.between(sentence.text)
        return between is not None and any(f.id == party and f.start > sentence.start + between.start()
                                           for f in sentence.found)

    def named_between(self, sentence: Sentence, party: str, between: re.Match[str] | None) -> bool:
        """The party is first named after "between" in the sentence, and not as a side of ties ("in the
        framework of the relations between Egypt and …"): a party to the deal even where a body signs."""
        if between is None or self.rules.first_at(sentence, party) <= sentence.start + between.start():
            return False
        return not any(f.id == party and self.related(sentence, f) for f in sentence.found)

    def told_at(self, start: int, end: int) -> int:
        """"The Cabinet chaired by X has approved the MoU signed between …": a signing verb that only qualifies
        an agreement (a participle or relative clause of its noun) says nothing of the clause's subject; who
        signs is named from that agreement on. The start of the sentence otherwise."""
        span = parsed_range(self.state.doc, start, end)
        verb = span.root if span is not None else None
        if verb is not None and "Part" in verb.morph.get("VerbForm") and (named := self.qualified(start)):
            return named  # "… apprised of a Memorandum of Understanding (MoU) signed between …", parsed or not
        if verb is None or not verb.dep_.startswith("acl") or verb.head.i >= verb.i:
            return 0
        if not any(f.term.type is E.AGREEMENT and f.start <= verb.head.idx < f.end for f in self.state.found):
            return 0  # "announced on Thursday that they have signed …", misread as a clause of "Thursday"
        return int(verb.head.left_edge.idx)

    def qualified(self, cue: int) -> int:
        """Where the agreement a participle right after it qualifies starts ("the MoU (…) signed between"): its
        mention ends just before the cue, past a closing quote, spaces and a bracket ("the “Seoul Accord” signed by …").
        0 when there is none."""
        text = self.state.text
        return next((f.start for f in self.state.found if f.term.type is E.AGREEMENT and f.end <= cue
                     and re.fullmatch(r"[\"”»]?\s*(?:\([^()]{0,40}\)\s*)?,?\s*", text[f.end : cue])), 0)

    def office(self, sentence: Sentence, found: Found) -> bool:
        """"the Department of Commerce's Secretary Gina Raimondo signed …": a body written before a genitive
        and the title of a person who signs is that person's office; the person signs, for its country."""
        text = self.state.text
        if found.term.type is not E.GOVERNMENT_BODY or not text.startswith(self.rules.genitive, found.end):
            return False
        return not any(f.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY) and found.end < f.start <= found.end + 4
                       for f in sentence.found)

    def titled(self, sentence: Sentence, found: Found) -> bool:
        """"Estonian and Finnish Prime Ministers signed …", "Australian Minister for … X": a demonym right before
        a title (past other demonyms joined by "and") says whose the person holding it is; the person signs,
        not the country."""
        if found.term.kind != "demonym":
            return False
        text = self.state.text
        joined = self.rules.context["coordinated"]
        demonyms = sorted((f for f in sentence.found if f.term.kind == "demonym" and f.start >= found.end),
                          key=lambda f: f.start)
        at = found.end
        for following in demonyms:
            if not joined.match(text[at : following.start]):
                break
            at = following.end
        rest = text[at : at + 80].lower()
        return rest[:1].isspace() and self.title_opening().match(rest) is not None

    def title_of(self, found: Found) -> bool:
        """"The Minister of Transport and Communication of Finland and the Minister of Communication of Ghana
        signed …", "le ministre des Postes … de la RDC": a country the parse hangs from a title before it
        (through "of", names and "and", no verb) is whose the title is; the title's holder signs, not the
        country."""
        return self.hangs_from(found, self.title_heads())

    def body_of(self, found: Found) -> bool:
        """"les autorités de régulation du Mali et du Niger ont signé …": a country the parse hangs from the
        head word of a body before it (a ministry, an agency, an authority, singular or plural) is whose the
        body is; the body signs, not the country. Not one the body acts for ("the Ministry of Policing on
        behalf of the Government of Fiji"): that country signs through it."""
        return self.hangs_from(found, self.body_heads()) and not self.behalf(found)

    def behalf(self, found: Found) -> bool:
        """"… on behalf of the Government of Fiji": the country is named as the one a signer acts for."""
        pattern = self.rules.context.get("country_behalf")
        before = re.split(r"[;.()]", self.state.text[max(0, found.start - 60) : found.start])[-1]
        return pattern is not None and pattern.search(before) is not None

    def hangs_from(self, found: Found, heads: set[str]) -> bool:
        """A country (not a demonym) the parse hangs from one of the words `heads` before it, through "of",
        names and "and", with no verb between."""
        if found.term.type is not E.COUNTRY or found.term.kind == "demonym":
            return False
        span = parsed_span(self.state.doc, found)
        token = span.root if span is not None else None
        for _ in range(8):
            if token is None or token.head is token or token.pos_ in ("VERB", "AUX"):
                return False
            token = token.head
            if token.i < span.start and token.lower_ in heads:
                return True
        return False

    def title_heads(self) -> set[str]:
        """The titles of the language written in one word, singular and plural ("minister", "ministres"): the
        words a title phrase hangs from ("Minister of State", "Head of Government")."""
        if self._title_heads is None:
            lexicon, language = self.state.lexicon, self.state.language
            titles = [p for p, _ in lexicon.roles.get(language, [])] + list(lexicon.plural_roles.get(language, {}))
            self._title_heads = {t.lower() for t in titles if len(t.split()) == 1}
        return self._title_heads

    def body_heads(self) -> set[str]:
        """The one-word heads of body names of the language ("ministère", "agency"), with their plurals: the
        singular with an "s" and the last words of the language's "the two ministries" phrases."""
        if self._body_heads is None:
            lexicon, language = self.state.lexicon, self.state.language
            words = {t.lower() for t, _ in lexicon.heads.get(language, []) if len(t.split()) == 1}
            plurals = lexicon.coref.body_pair.get(language, []) if lexicon.coref is not None else []
            self._body_heads = words | {f"{w}s" for w in words} | {p.split()[-1].lower() for p in plurals}
        return self._body_heads

    def title_opening(self) -> re.Pattern[str]:
        """Spaces then a title of the language's roles, singular or plural, as a whole word (built once)."""
        if self._title_opening is None:
            lexicon, language = self.state.lexicon, self.state.language
            self._title_opening = lexicon.derived(("title opening", language),
                                                  lambda: _title_opening(lexicon, language))
        return self._title_opening

    def written(self, agreement: str) -> set[str]:
        """"signed the US-Malaysia Memorandum of Cooperation": countries joined by a dash right before a mention
        of the agreement are written into its name as its parties, and sign it even where their ministers or
        ministries sign for them."""
        text, found = self.state.text, self.state.found
        countries = sorted((f for f in found if f.term.type is E.COUNTRY and f.term.kind != "demonym"),
                           key=lambda f: f.start)
        written: set[str] = set()
        for mention in (f for f in found if f.id == agreement):
            pair = [c for c in countries if c.end <= mention.start and not text[c.end : mention.start].strip()][-1:]
            while pair and (before := [c for c in countries if c.end <= pair[-1].start
                                       and PAIRED.match(text[c.end : pair[-1].start])]):
                pair.append(before[-1])
            if len(pair) >= 2:
                written.update(c.id for c in pair)
        return written

    def named_party(self, sentence: Sentence, country: str, until: int | None = None) -> bool:
        """"Morocco and the UAE signed …": the sentence names the country itself, not a body or a person of it,
        nor a place ("known in Estonia as …", "a similar solution in Finland"), nor what it has ("reinforcing
        Nigeria's leadership"); before `until` (a partnership's cue) unless named there as a side."""
        text = self.state.text
        return any(f.id == country and f.term.kind != "demonym"
                   and (until is None or f.start < until or self.partner(sentence, f))
                   and not self.rules.owned(sentence, f) and not text.startswith(self.rules.genitive, f.end)
                   and not self.place(sentence, f) and not self.title_of(f) and not self.body_of(f)
                   and not self.related(sentence, f)
                   for f in sentence.found)

    def related(self, sentence: Sentence, found: Found) -> bool:
        """"signed within the framework of friendly relations between Tajikistan and China": a country named
        after "relations between" (past another and "and") is a side of the two countries' ties, not a party
        the sentence names to the agreement."""
        pattern = self.rules.context.get("ties_before")
        if pattern is None or found.term.type is not E.COUNTRY:
            return False
        return pattern.search(self.state.text[max(sentence.start, found.start - 80) : found.start]) is not None

    def partner(self, sentence: Sentence, found: Found) -> bool:
        """"un partenariat stratégique avec le Maroc", "relations between Korea and Côte d'Ivoire": a name right
        after "with", or anywhere after "between", is a side of the partnership."""
        between = self.rules.between(sentence.text)
        if between is not None and found.start > sentence.start + between.start():
            return True
        text = self.state.text
        return self.rules.context["with"].search(text[max(sentence.start, found.start - 12) : found.start]) is not None

    def place(self, sentence: Sentence, found: Found) -> bool:
        """"known in Estonia as …", "un protocole pour le numérique en RDC": a country right after a locative
        names where, not who, in the signing sentence too; not one right after a body or an organisation ("the
        Cyber Defence Centre in Oman"), which says whose the signing side is."""
        text, locative = self.state.text, self.rules.context["locative_before"]
        match = locative.search(text[max(sentence.start, found.start - 30) : found.start])
        if match is None:
            return False
        at = found.start - (len(match.group(0)))
        return not any(f.term.type in (E.GOVERNMENT_BODY, E.ORGANIZATION) and f.end <= at
                       and not text[f.end : at].strip(" ,") for f in sentence.found)

    def homes(self, sentence: Sentence, signers: list[str]) -> set[str]:
        """The countries of the signing bodies: known, written in the body's name ("the Angolan Ministry of
        …") or right after it ("the Ministry of Foreign Affairs (MFA) of Angola"); a body signs for them."""
        homes = {self.rules.home(s) for s in signers if s.startswith("body/")}
        for found in sentence.found:
            if found.id in signers and found.term.type is E.GOVERNMENT_BODY:
                homes.add(self.state.lexicon_country_in(found.text))
            elif found.term.type is E.COUNTRY and (self.rules.owned(sentence, found)
                                                   or self.attributive(sentence, found)
                                                   or self.located(sentence, found)):
                homes.add(found.id)
        return {h for h in homes if h}

    def attributive(self, sentence: Sentence, found: Found) -> bool:
        """"US Federal Trade Commission", "UK ICO": a country's name written right before a body's or an
        organisation's says whose it is; the body signs, not the country."""
        if found.term.type is not E.COUNTRY or found.term.kind == "demonym" \
                or self.state.text[found.end : found.end + 1] != " ":
            return False
        return any(f.start == found.end + 1 and f.term.type in (E.GOVERNMENT_BODY, E.ORGANIZATION)
                   for f in sentence.found)

    def venue(self, sentence: Sentence, found: Found, cue_at: int) -> bool:
        """"At the forum organised in Hungary, A and B signed …": a country named before the signing verb only
        where the deal was made is no signer."""
        return found.start < cue_at and self.rules.venue_country(sentence, found.id)

    def located(self, sentence: Sentence, found: Found) -> bool:
        """"the Department of ICT in the Philippines": a country right after a body's name and a locative is
        where the body is, its home; the body signs, not the country."""
        if found.term.type is not E.COUNTRY or found.term.kind == "demonym":
            return False
        text = self.state.text
        match = self.rules.context["locative_before"].search(text[max(sentence.start, found.start - 12) : found.start])
        if match is None:
            return False
        at = found.start - len(match.group(0))
        return any(f.term.type is E.GOVERNMENT_BODY and f.end <= at and not text[f.end : at].strip()
                   for f in sentence.found)

    def pronoun_signer(self, sentence: Sentence, cue: tuple[int, int], signers: list[str]) -> list[str]:
        """"En compagnie de son homologue, X, il a signé …": a subject pronoun of the signing verb, anywhere in the
        sentence, stands for the first person of the sentence before, unless that person is named here."""
        coref = self.state.lexicon.coref
        words = {w.lower() for w in coref.pronoun.get(self.state.language, [])} if coref else set()
        doc = self.state.doc
        if not words or sentence.index == 0 or not doc.has_annotation("DEP"):
            return []
        span = doc.char_span(*cue, alignment_mode="expand")
        verb = span.root if span is not None else None
        if verb is None or not any(c.dep_.startswith("nsubj") and c.lower_ in words for c in verb.children):
            return []
        before = self.state.sentences[sentence.index - 1]
        person = next((f.id for f in before.found if f.term.type is E.PERSON), None)
        return [person] if person and person not in signers else []

    def unnamed(self, sentence: Sentence) -> None:
        """"X signed on behalf of the Ministry while Y signed for the Centre": people who sign, each before a
        signing verb, in a sentence naming no agreement, sign the one named last in the two sentences before."""
        window = self.state.sentences[max(0, sentence.index - 2) : sentence.index]
        last = next((f for s in reversed(window) for f in reversed(s.found) if f.term.type is E.AGREEMENT), None)
        pattern = self.rules.cues.get("signs")
        if last is None or pattern is None:
            return
        told = self.rules.context.get("signing_told")
        if (mark := told.search(sentence.text) if told is not None else None) is not None:
            self.signers_after(sentence, mark, sentence.start + mark.end(), last.id)
        doc, after = self.state.doc, sentence.start
        for cue in pattern.finditer(sentence.text):
            at = sentence.start + cue.start()
            span = doc.char_span(at, sentence.start + cue.end(), alignment_mode="expand")
            if span is None or span.root.pos_ != "VERB":
                continue
            for person in self.rules.people(sentence):
                if after <= person.start < at and not self.reports(person) \
                        and not self.rules.opposed(sentence, person) and not self.aside(sentence, person):
                    self.state.add("sign", person.id, last.id, sentence)
            self.signed_by(sentence, cue, last.id)
            after = at

    def signed_by(self, sentence: Sentence, cue: re.Match[str], agreement: str) -> None:
        """"Cette lettre … a été signée par le ministre X et par Y": the people named after the agent mark right
        after a signing verb (`agent_after`), up to the next signing word, sign the agreement the sentence
        refers back to; not those said to report, watch or oppose it, nor one named in passing."""
        agent = self.rules.context.get("agent_after")
        end = sentence.start + cue.end()
        mark = agent.match(self.state.text[end : sentence.end]) if agent is not None else None
        if mark is not None:
            self.signers_after(sentence, cue, end + mark.end(), agreement)

    def signers_after(self, sentence: Sentence, cue: re.Match[str], start: int, agreement: str) -> None:
        """The people named from `start` up to the next signing word sign the agreement; not those said to
        report, watch or oppose it, nor one named in passing (cue: the signing word, for the witnesses)."""
        signing = self.rules.cues.get("signs")
        rest = self.state.text[start : sentence.end].lower()
        later = signing.search(rest) if signing is not None else None
        stop = start + later.start() if later is not None else sentence.end
        for person in self.rules.people(sentence):
            if start <= person.start < stop and not self.reports(person) \
                    and not self.rules.opposed(sentence, person) and not self.aside(sentence, person) \
                    and not self.watching(sentence, cue, person):
                self.state.add("sign", person.id, agreement, sentence)

    def sides_people(self, sentence: Sentence, cue: tuple[int, int], signers: list[str]) -> list[str]:
        """"Les deux parties ont ensuite signé une convention": "both sides", the subject of the signing verb
        in a sentence naming nobody, are the two people of the talks told before, who sign; not when the
        sentence names them itself and the other rules find they do not sign ("sous la houlette de X et Y"),
        nor when "both sides" governs another verb ("… espère que les deux parties étudieront …"), nor when the
        two people were last named paragraphs before."""
        sides = [offset for offset, kind in sentence.pairs if kind == "pair" and offset < cue[0]]
        if not sides or any(s.startswith("person/") for s in signers) or not self.signing_subject(cue, sides[0]):
            return []
        people = [p.id for p in self.rules.last_people(sides[0])]
        named = {f.id for f in sentence.found}  # "… signé sous la houlette de X et de Y": named, and watching
        near = all(self.near(person, sides[0]) for person in people)
        return people if len(set(people)) == 2 and not named & set(people) and near else []

    def near(self, person: str, offset: int) -> bool:
        """The person is last named before the offset in its paragraph or in the paragraph just before it:
        "both sides" stand for people told just before, not for those of a visit told paragraphs earlier."""
        ends = [f.end for f in self.state.found if f.id == person and f.end <= offset]
        if not ends:
            return False
        lines = self.state.text[max(ends) : offset].split("\n")[1:-1]
        return not any(line.strip() for line in lines)

    def signing_subject(self, cue: tuple[int, int], offset: int) -> bool:
        """The phrase at the offset is the subject of the signing verb at the cue ("les deux parties ont signé"),
        not of another verb or of a noun of signing; without a parse, it is taken to be."""
        doc = self.state.doc
        span = doc.char_span(*cue, alignment_mode="expand")
        if span is None or not doc.has_annotation("DEP"):
            return True
        return any(c.dep_.startswith("nsubj") and c.left_edge.idx <= offset <= c.right_edge.idx
                   for c in span.root.children)

    def reports(self, found: Found) -> bool:
        """"…, said Francis Maude", "Le Maire said", "a précisé X": a person the verb of speech of the clause
        governs tells of the signing, one a verb of attending governs ("X attended the signing") watches it;
        the verb their name depends on (through names, titles and "and") says so, or a noun of the same word
        they hang from ("L'annonce de X")."""
        patterns = self.telling
        span = parsed_span(self.state.doc, found) if patterns else None
        if span is None:
            return False
        token = span.root
        for _ in range(6):
            if token.pos_ in ("VERB", "AUX") or token.head is token:
                break
            token = token.head
            if token.pos_ == "NOUN" and any(p.search(token.text.lower()) for p in patterns):
                return True  # "L'annonce de X a été suivie de la signature …": X announced it
        return token.pos_ in ("VERB", "AUX") and any(p.search(token.text.lower()) for p in patterns)

    def spoke_at(self, found: Found, cue_at: int) -> bool:
        """"Minister X, who spoke after the signing of the accord, said …": a person whose relative clause, headed by
        a verb of speech or attending, holds the signing word told of the signing or watched it; the clause may hang
        from the name or from the title it stands beside."""
        patterns = self.telling
        span = parsed_span(self.state.doc, found) if patterns else None
        if span is None:
            return False
        title = span.root.head if span.root.dep_ == "appos" else span.root
        return any(c.dep_.startswith("acl") and c.left_edge.idx <= cue_at <= c.right_edge.idx
                   and any(p.search(c.text.lower()) for p in patterns)
                   for c in (*span.root.children, *title.children))

    def reporting_side(self, found: Found, cue_at: int) -> bool:
        """"The Ministry in a statement said the signing of the MoU …": a body or organisation a verb of speech
        governs reports the signing and does not sign by that sentence, unless the signing verb has a pronoun
        for its subject ("X and Y announced that they have signed …")."""
        if not self.reports(found):
            return False
        span = parsed_range(self.state.doc, cue_at, cue_at + 1)
        verb = span.root if span is not None else None
        return verb is None or not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in verb.children)

    def watching(self, sentence: Sentence, cue: re.Match[str], found: Found) -> bool:
        """"The Convention was signed in Rabat in the presence of X, and his counterpart, General Y, and …": every
        name after a mark of witnesses that follows the signing verb, with no signing verb between, watches the
        signing; the parse of a long list does not always hang each name from the mark."""
        pattern, signing = self.rules.cues.get("witnessed"), self.rules.cues.get("signs")
        text = self.state.text[sentence.start + cue.end() : found.start].lower()
        marks = list(pattern.finditer(text)) if pattern is not None else []
        return bool(marks) and (signing is None or signing.search(text[marks[-1].end() :]) is None)

    def speaking(self, sentence: Sentence, cue_at: int) -> bool:
        """"Speaking during the signing ceremony, Minister X said …": a signing named in an opening clause of
        speech is where the people of the sentence spoke; they are not said to sign by it."""
        opening = self.rules.context.get("speaking_opening")
        return opening is not None and opening.search(self.state.text[sentence.start : cue_at]) is not None

    def aside(self, sentence: Sentence, found: Found) -> bool:
        """"(one of the priorities set by X on his election)": a name inside brackets is said in passing;
        "signed during President X's state visit": the visitor is named for the occasion."""
        before = self.state.text[sentence.start : found.start]
        visit = self.rules.context.get("visit_after")
        return before.count("(") > before.count(")") or self.visitor(sentence, found) or (
            visit is not None and visit.match(self.state.text[found.end : found.end + 60]) is not None)

    def visitor(self, sentence: Sentence, found: Found) -> bool:
        """"signed during the visit of Minister X to Sri Lanka", "lors de la visite de X": the first person named
        after the visit mark is the visitor, named for the occasion, unless said to sign for a side ("X on
        behalf of the Ministry")."""
        context, text = self.rules.context, self.state.text
        visit, behalf = context.get("visit_before"), context.get("behalf_after")
        at = max(sentence.start, found.start - 160)
        mark = visit.search(text[at : found.start]) if visit is not None else None
        if mark is None or any(f.term.type is E.PERSON and at + mark.start() <= f.start < found.start
                               and f.id != found.id for f in sentence.found):
            return False
        return behalf is None or behalf.match(text[found.end : found.end + 40]) is None

    def grouped(self, agreements: list[str]) -> list[str]:
        """Agreements with every member of the counted groups among them ("two cooperation agreements")."""
        return list(dict.fromkeys(m for a in agreements for m in self.state.agreement_groups.get(a, [a])))

    def listed_signers(self, sentence: Sentence, agreement: str) -> None:
        """"signed three MoUs with: 1) the Ministry of …, represented by its Deputy Minister X": the people of
        the bullet naming one agreement's own partner sign that agreement."""
        group = next((g for g in self.state.agreement_groups.values() if agreement in g), [agreement])
        parties = self.state.agreement_parties
        shared = {p for g in group if g != agreement for p in parties.get(g, [])}
        partners = set(parties.get(agreement, [])) - shared
        if len(group) < 2 or not partners:
            return
        for bullet in self.state.sentences[sentence.index + 1 :]:
            if bullet.intro == sentence.index and any(f.id in partners for f in bullet.found):
                for person in self.rules.people(bullet):
                    self.state.add("sign", person.id, agreement, bullet)

    def in_segment(self, sentence: Sentence, agreement: str, signers: list[str], cue_at: int) -> list[str]:
        """"Les accords signés comprennent : une lettre d'intention entre A et B ; un accord entre C et D": in a
        sentence whose deals are listed in segments cut by semicolons, a signer named only in the segments of
        other deals, or in segments after the signing word's, does not sign this one; one named in no segment of the
        sentence still does. Without semicolons, a sentence telling each of its deals signed in turn is cut
        at each deal ("un accord entre A et B, signé par X, ainsi qu'un mémorandum entre C et D, signé par Y")."""
        cuts = self.cuts(sentence)
        if not cuts:
            return signers

        def segments(entity: str) -> set[int]:
            return {bisect_right(cuts, f.start - sentence.start) for f in sentence.found if f.id == entity}

        deals: dict[int, set[str]] = {}
        for found in sentence.found:
            if found.term.type is E.AGREEMENT:
                deals.setdefault(bisect_right(cuts, found.start - sentence.start), set()).add(found.id)
        own = segments(agreement)
        if len(deals) < 2 or not own:
            return signers
        cue = bisect_right(cuts, cue_at - sentence.start)
        others = {i for i in range(len(cuts) + 1) if i not in own and (i != cue or i in deals)}
        return [s for s in signers if not segments(s) or not segments(s) <= others]

    def cuts(self, sentence: Sentence) -> list[int]:
        """Where the sentence's deals are cut apart (offsets in it): after its semicolons, or else at each deal
        with a signing word between it and the deal before and another between it and the next (or the end)."""
        if ";" in sentence.text:
            return [m.end() for m in re.finditer(";", sentence.text)]
        starts = sorted({f.start - sentence.start for f in sentence.found if f.term.type is E.AGREEMENT})
        pattern = self.rules.cues.get("signs")
        if len(starts) < 2 or pattern is None:
            return []
        cues = [m.start() for m in pattern.finditer(self.rules.masked(sentence))]
        ends = [*starts[1:], len(sentence.text)]
        signed = [any(a <= c < b for c in cues) for a, b in zip(starts, ends, strict=True)]
        return [starts[k] for k in range(1, len(starts)) if signed[k - 1] and signed[k]]

    def own_signers(self, agreement: str, signers: list[str]) -> list[str]:
        """The signers of one agreement of a group made one by one with several partners: not the others'."""
        group = next((g for g in self.state.agreement_groups.values() if agreement in g), [agreement])
        parties = self.state.agreement_parties
        others = {p for g in group if g != agreement for p in parties.get(g, [])} - set(parties.get(agreement, []))
        return [s for s in signers if s not in others]

    def also_signed(self, sentence: Sentence, first: Found, cue_at: int) -> list[Found]:
        """Other agreements the signing verb governs ("signed a cooperation agreement and a joint
        declaration"): those named after the verb, not one it only follows ("builds on an agreement signed")."""
        deals = sorted((f for f in sentence.found if f.term.type is E.AGREEMENT), key=lambda f: f.start)
        after = [f for f in deals if f.id != first.id and f.start > sentence.start + cue_at]
        before = [f for f in deals if f.end <= sentence.start + cue_at]
        joined = self.rules.context["coordinated"]  # "La convention et la déclaration commune ont été signées"
        subjects = [f for a, b in pairwise(before) if joined.match(self.state.text[a.end : b.start])
                    or self.next_listed(self.state.text[a.end : b.start]) for f in (a, b)]
        return list({f.id: f for f in [*after, *subjects] if f.id != first.id}.values())

    def next_listed(self, gap: str) -> bool:
        """"un accord … dans le domaine de la santé, une convention relative à …": the gap between two agreements
        of a list told apart by subject, ending in a comma or "and" and the indefinite article of the next."""
        indefinite = self.rules.context["indefinite_before"].search(gap)
        if indefinite is None:
            return False
        last = gap[: indefinite.start()].split()[-1:] or [""]
        return last[0].endswith(",") or self.rules.context["coordinated"].match(f" {last[0]} ") is not None

    def represented(self, sentence: Sentence, signers: list[str]) -> set[str]:
        """Countries whose bodies or companies sign for them: with a body, all countries among the signers
        unless one is joined to a body by "and"; with companies only, the countries that own one ("France's
        Inria"), not a party the company deals with ("Morocco signed with Mistral AI")."""
        actors = [f for f in sentence.found if f.id in signers and f.id.startswith(("org/", "body/"))]
        if not actors:
            return set()
        text = self.state.text
        if not any(a.id.startswith("body/") for a in actors):
            return {f.id for f in sentence.found if f.id in signers and f.id.startswith("country/")
                    and (text.startswith(self.rules.genitive, f.end) or self.rules.nationality(sentence, f))}
        joined = self.rules.context["coordinated"]
        partners = {f.id for f in sentence.found
                    if f.id.startswith("country/") and not text.startswith(self.rules.genitive, f.end)
                    and any(joined.match(text[f.end : a.start]) or joined.match(text[a.end : f.start])
                            for a in actors)}
        return {s for s in signers if s.startswith("country/") and s not in partners}

    def paired(self, sentence: Sentence, country: str) -> bool:
        """The country is one of two named as a pair of parties before the signing verb of the sentence."""
        cue = self.rules.has("signs", sentence)
        return cue is not None and country in self.paired_parties(sentence, sentence.start + cue.start())

    def paired_parties(self, sentence: Sentence, cue_at: int) -> set[str]:
        """"The Philippines and Singapore agreed … through an MoU signed between their ministries": two countries
        joined by "and" before the signing verb, each named as a word of its own, are the parties themselves,
        and sign the agreement as well as the bodies that sign it for them."""
        text, joined = self.state.text, self.rules.context["coordinated"]
        named = sorted((f for f in sentence.found if f.term.type is E.COUNTRY and f.start < cue_at
                        and self.named_party(sentence, f.id) and not self.attributive(sentence, f)
                        and not self.located(sentence, f) and not self.rules.owned(sentence, f)
                        and not text.startswith(self.rules.genitive, f.end)), key=lambda f: f.start)
        return {f.id for a, b in pairwise(named) if joined.match(text[a.end : b.start]) for f in (a, b)}

    def subject(self, sentence: Sentence, cue_at: int, found: Found) -> bool:
        """"وقعت وزارة … مذكرة تفاهم مع …": in a language whose subject follows its verb, a name between the
        signing verb and the agreement it governs is the subject that signs."""
        if not self.rules.subject_after_verb or found.start <= cue_at:
            return False
        deals = [f.start for f in sentence.found if f.term.type is E.AGREEMENT and f.start > cue_at]
        return bool(deals) and found.start < min(deals)


def _title_opening(lexicon: Lexicon, language: str) -> re.Pattern[str]:
    """Spaces then one of the language's titles, singular or plural, as a whole word; a pattern that never matches
    when the language has no titles."""
    titles = [p for p, _ in lexicon.roles.get(language, [])]
    titles += [f"{p}s" for p in titles] + list(lexicon.plural_roles.get(language, {}))
    alternatives = "|".join(re.escape(t.lower()) for t in sorted(set(titles), key=len, reverse=True))
    return re.compile(rf"\s+(?:{alternatives})(?!\w)" if titles else "(?!)")
