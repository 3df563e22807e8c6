"""Who meets whom in a sentence of talks: the subject of the meeting and the people it is held with.

People named side by side on one side of the talks do not meet each other: "X met with A, B and C"
gives X-A, X-B, X-C; "During a meeting with A and B, X discussed …" the same, X being the subject
the parse gives. People named after a witness mark ("in the presence of …") attend; they hold talks
only with someone named before the mark, and a signing "in the presence of" someone is no meeting
at all (docs/annotation.md: signing side by side is not a meeting).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any, Protocol

from kg.models import EntityType
from kg.nlp import literals
from kg.nlp.found import Found, Sentence, parsed_span
from kg.nlp.text import fold, whole_word
from kg.nlp.tokens import tokens_of
from kg.nlp.visits import SentenceReader, VisitRules


class MeetingReader(SentenceReader, Protocol):
    """What the meeting sides read through the article's sentence rules (kg/nlp/relations.py)."""

    cues: dict[str, re.Pattern[str]]
    words: Any

    def masked(self, sentence: Sentence) -> str: ...
    def hosting_event(self, sentence: Sentence, found: Found) -> bool: ...


ACTORS = (EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION)
WITH_GAP = re.compile(r"^[^,;:()]{0,30}$")  # "held talks with", "met on Monday with": the marker near the cue
NAME_PARTS = ("flat", "flat:name", "compound", "conj", "appos")  # dependency labels inside a name or list


class MeetingSides:
    """Reads the sides of the talks of a sentence for the meeting rules of kg/nlp/relations.py."""

    def __init__(self, rules: MeetingReader) -> None:
        self.rules = rules
        self.state = rules.state

    def witness_mark(self, sentence: Sentence) -> int | None:
        """The offset of the first witness mark of the sentence ("in the presence of", "en présence de")."""
        pattern = self.rules.cues.get("witnessed")
        text = self.rules.masked(sentence)
        mark = literals.search(pattern, text) if pattern else None
        return sentence.start + mark.start() if mark else None

    def attending(self, sentence: Sentence, cue: re.Match[str], people: list[Found]) -> list[Found]:
        """The people who hold the talks. Those named after a witness mark attend only: they are left out
        where a signing is witnessed or two people before the mark hold the talks ("the talks between A
        and B took place in the presence of C"), and never meet each other; "A took part in the talks in
        the presence of C" is A meeting C. A signing whose only meeting cue is the mark is no meeting."""
        mark = self.witness_mark(sentence)
        if mark is None:
            return people
        before = [p for p in people if p.start < mark]
        signing = self.rules.has("signs", sentence) is not None
        if signing and sentence.start + cue.start() >= mark:
            return []
        if signing or len({p.id for p in before}) >= 2:
            return before
        return people if before else []

    def pairs(self, sentence: Sentence, cue: re.Match[str], people: list[Found]) -> list[tuple[str, str]]:
        """The pairs of people who meet: the first one named before the cue with every other ("A and B met",
        "A met B and C"), as without a parse; when everyone stands after "with" ("During a meeting with A
        and B, X discussed …"), the subject of the sentence with the others, and no pair without one."""
        ids = list(dict.fromkeys(p.id for p in people))
        star = [(ids[0], other) for other in ids[1:]]
        doc = self.state.doc
        at = sentence.start + cue.start()
        if not doc.has_annotation("DEP") or any(p.source == "pair" for p in people):
            return star
        crossed = self.across(people, at)
        if crossed:
            return crossed
        if any(p.start < at for p in people):
            return star
        marker = self.rules.context["with"].search(sentence.text, cue.start())
        if marker is None or any(p.start < sentence.start + marker.start() for p in people):
            return star  # "talks between A and B", "a réuni A, B et C": all of them
        subject = next((p.id for p in people if is_subject(doc, p)), None) or self.delegation(sentence, marker.start())
        return [(subject, other) for other in ids if other != subject] if subject else []

    def across(self, people: list[Found], at: int) -> list[tuple[str, str]]:
        """"A and B received C", "Leaders A and B had met C": people listed together before the cue, with no
        verb between them, are one side; each meets everyone named after the cue, not the other."""
        before = list(dict.fromkeys(p.id for p in people if p.start < at))
        after = [p.id for p in people if p.start >= at and p.id not in before]
        listed = [p for p in people if p.start < at]
        if len(before) < 2 or not after or not all(self.listed_together(a, b) for a, b in pairwise(listed)):
            return []
        return [(one, other) for one in before for other in dict.fromkeys(after)]

    def listed_together(self, first: Found, second: Found) -> bool:
        """No verb between two names, and "and" or a comma: one list ("A and Minister B", "A, B")."""
        doc = self.state.doc
        gap = [t for t in doc if first.end <= t.idx < second.start]
        return not any(t.pos_ in ("VERB", "AUX") for t in gap) \
            and any(t.dep_ == "cc" or t.text == "," for t in gap)

    def group_guests(self, sentence: Sentence, cue: re.Match[str], host: Found) -> list[str]:
        """"X received the ministers in charge of digital affairs of the Alliance": the one person named before
        the cue meets a group a plural title stands for, named elsewhere. Its members are the people the next
        sentence lists ("They are A, B and C"), else those of the article whose role has the title's singular."""
        at = sentence.start + cue.start()
        if host.start >= at:
            return []
        plurals = self.state.lexicon.plural_roles.get(self.state.language, {})
        tail = sentence.text[cue.end() :]
        found = [(m.start(), singular) for plural, singular in plurals.items()
                 if (m := whole_word(plural).search(tail))]
        if not found:
            return self.received_delegation(sentence, cue)
        singular = min(found)[1]
        following = self.next_sentence(sentence)
        guests = [p.id for p in self.rules.people(following) if p.id != host.id] if following is not None else []
        if len(set(guests)) < 2:
            guests = [person for person, role in self.state.roles.items()
                      if person != host.id and self.title_opens(role.text, singular)]
        return list(dict.fromkeys(guests))

    def title_opens(self, role: str, word: str) -> bool:
        """Whether a role's title opens with a word ("ministre"), past a skippable opening word ("la", "l'")."""
        title = fold(role)
        for skippable in self.rules.words.role_skippable:
            opening = fold(skippable) + ("" if skippable.endswith("'") else " ")
            if title.startswith(opening):
                title = title[len(opening) :]
                break
        return f"{title} ".startswith(f"{fold(word)} ")

    def received_delegation(self, sentence: Sentence, cue: re.Match[str]) -> list[str]:
        """"La ministre X a reçu une délégation d'experts. Conduite par Y, …": a delegation received, its leader
        named elsewhere in the article, is met through its leader."""
        travel = self.rules.has("visits", sentence)
        if travel is None or travel.start() < cue.end() or not self.rules.context["host"].search(cue.group(0)):
            return []
        return VisitRules(self.rules).leaders()

    def delegation_guests(self, sentence: Sentence, cue: re.Match[str], guest: Found) -> list[str]:
        """"The delegation met with X", "La délégation a été reçue par X", "Lors de ce voyage, le représentant … s'est
        entretenu avec X": one person named, after "with" or a passive host, and a trip told before them with no one
        named there. X meets the members of the delegation (those named after "led by"), else the last visitor."""
        text = sentence.text
        host = self.rules.context["host"].search(text)
        marker = self.rules.context["with"].search(text, cue.start())
        if host is not None and self.rules.context["passive"].search(text[: host.end()]):
            side = host.start()
        elif marker is not None and WITH_GAP.match(text[cue.end() : marker.start()]):
            side = marker.start()
        else:
            return []
        travel = self.rules.has("visits", sentence)
        if travel is None or travel.start() >= side or guest.start < sentence.start + side:
            return []
        visits = VisitRules(self.rules)
        last = visits.last_visitor()
        members = visits.leaders() or ([last] if last is not None else [])
        return [member for member in members if member != guest.id]

    def received_bodies(self, sentence: Sentence, host: Found) -> list[str]:
        """"X a reçu une délégation du groupe Y", "X welcomed a delegation from Y": the one person named before an
        active host verb meets the bodies or organisations whose delegation, told after the verb, they receive."""
        text = sentence.text
        verb = self.rules.context["host"].search(text)
        if verb is None or self.rules.context["passive"].search(text[: verb.end()]) \
                or host.start >= sentence.start + verb.start():
            return []
        travel = self.rules.has("visits", sentence)
        if travel is None or travel.start() < verb.end():
            return []
        at = sentence.start + travel.end()
        return list(dict.fromkeys(f.id for f in sentence.found if f.start >= at and f.term.type in ACTORS
                                  and not self.rules.in_role(f)))

    def next_sentence(self, sentence: Sentence) -> Sentence | None:
        """The sentence after this one, where it names no one hosting talks of its own."""
        later = [s for s in self.state.sentences if s.start >= sentence.end]
        following = later[0] if later else None
        if following is None or self.rules.has("meets", following) is not None:
            return None
        return following

    def delegation(self, sentence: Sentence, before: int) -> str | None:
        """"The delegation met with A and B": a travel cue before "with" and no one named there, the talks
        are those of the delegation's leader, else of the last visitor the article names."""
        travel = self.rules.has("visits", sentence)
        if travel is None or travel.start() >= before:
            return None
        visits = VisitRules(self.rules)
        return visits.leader() or visits.last_visitor()

    def body_pairs(self, sentence: Sentence, cue: re.Match[str], partners: list[str]) -> list[tuple[str, str]]:
        """Bodies meeting, no person named: the body named before "with" meets each one listed after it
        ("the Ministry of X held talks with the Agency Y"); without "with", the bodies the parse makes the
        subjects ("X and Y held a meeting"), or without a parse those named right after a verb of holding talks
        (`held_by`); bodies named elsewhere around the cue are a list, not the sides of talks. Bodies listed on
        one side, or named around a meeting that is an event ("announced at the Network meeting"), do not meet."""
        marker = self.rules.context["with"].search(sentence.text, cue.start())
        if marker is not None and WITH_GAP.match(sentence.text[cue.end() : marker.start()]):
            at = sentence.start + marker.start()
            before = [f.id for f in sentence.found if f.start < at and f.term.type in ACTORS
                      and not self.rules.in_role(f) and not self.rules.hosting_event(sentence, f)]
            subject = before[0] if before else None
            return [(subject, other) for other in partners if other != subject] if subject else []
        doc = self.state.doc
        if not doc.has_annotation("DEP"):
            return self._held_by(sentence, partners)
        subjects = [f.id for f in sentence.found if f.id in partners and is_subject(doc, f)]
        subjects = list(dict.fromkeys(subjects))
        return [(subjects[0], other) for other in subjects[1:]]

    def _held_by(self, sentence: Sentence, partners: list[str]) -> list[tuple[str, str]]:
        """Without a parse: the bodies named right after a verb of holding talks, up to the clause's first
        comma ("عقدت وزارة … في سلطنة عمان ووزارة … في دولة قطر اجتماعا", held a meeting), meet; bodies
        named after it ("…، وشاركت فيه هيئة …", took part in it) or elsewhere around the cue do not."""
        pattern = self.rules.context.get("held_by")
        named = sorted((f for f in sentence.found if f.id in partners), key=lambda f: f.start)
        if pattern is None or not named or not pattern.search(sentence.text[: named[0].start - sentence.start]):
            return []
        comma = self.state.text.find(",", named[0].end, sentence.end)
        end = sentence.end if comma < 0 else comma
        sides = list(dict.fromkeys(f.id for f in named if f.start < end))
        return [(sides[0], other) for other in sides[1:]]

def is_subject(doc: Any, found: Found) -> bool:
    """The parse makes the name (through its parts, "and" and appositions) the subject of a verb."""
    span = parsed_span(doc, found)
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.dep_.startswith("nsubj"):
            return True
        if token.dep_ not in NAME_PARTS or token.head is token:
            break
        token = token.head
    return _verb_follows(doc, span)


def _verb_follows(doc: Any, span: Any) -> bool:
    """"…, Karim Alaoui discussed …", "…, le délégué X a présenté …": a verb right after the name, not a gerund,
    makes it the subject where the parse of a long sentence went astray."""
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.pos_ in ("VERB", "AUX") and "Ger" not in after.morph.get("VerbForm") \
        and not tokens_of(doc).source[span.end_char : after.idx].strip()
