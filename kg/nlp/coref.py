"""Coreference within an article: partial names, titles, "the minister", "both sides"."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.models import EntityType
from kg.nlp.found import Found, choose
from kg.nlp.lexicon import Term
from kg.nlp.meetings import is_subject
from kg.nlp.state import ArticleState
from kg.nlp.text import ascii_folded, fold_arabic, may_match

E = EntityType


def link_people(state: ArticleState) -> None:
    """Partial names ("Mme Seghrouchni", "Amal El Fallah") join the one full name they fit."""
    people = [f for f in state.found if f.term.type is E.PERSON]
    _join_spellings(people)
    full = {f.term.name: f.term for f in people}
    for found in people:
        target = _fuller(found.term.name, full)
        if target is not None:
            found.term = target
    _scan_surnames(state, {t.id: t for t in full.values() if _fuller(t.name, full) is None})


def _join_spellings(people: list[Found]) -> None:
    """"Choi Kiyoung" is the "Choi Ki-young" named first: names of several words that differ only by hyphens
    inside a word (and case) are one person's, under the name written first."""
    first: dict[str, Term] = {}
    for found in sorted(people, key=lambda f: f.start):
        words = found.term.name.split()
        if len(words) < 2:
            continue
        key = " ".join(ascii_folded(w.replace("-", "").replace("‑", "")).lower() for w in words)
        found.term = first.setdefault(key, found.term)


def company_names(state: ArticleState) -> None:
    """"Microsoft Corporation" (or "Groupe Orange") is the Microsoft the article names elsewhere: a legal-form
    word at either end makes no other organisation, unless the reference data knows the longer name as one
    of its own ("World Bank Group" beside "World Bank")."""
    suffixes = set(state.lexicon.words(state.language).company_suffixes)
    organisations = {f.term.name: f.term for f in state.found if f.term.type is E.ORGANIZATION}
    for found in state.found:
        if found.term.type is not E.ORGANIZATION or state.lexicon.known(found.term.id) is not None:
            continue
        head, _, last = found.term.name.rpartition(" ")
        first, _, rest = found.term.name.partition(" ")
        short = organisations.get(head.rstrip(","))
        if last.lower() in suffixes and short is not None:
            found.term = short
        elif first.lower() in suffixes and rest in organisations:  # "Groupe Nec Xon" is Nec Xon
            found.term = organisations[rest]


def _fuller(name: str, names: dict[str, Term]) -> Term | None:
    words = name.split()
    matches = [t for other, t in names.items() if other != name and _fits(words, other.split())]
    maximal = [t for t in matches
               if not any(o != t.name and _fits(t.name.split(), o.split()) for o in names)]
    return maximal[0] if len({t.id for t in maximal}) == 1 else None


INITIAL = re.compile(r"^[A-Z]\.?$")


def _fits(words: list[str], longer: list[str]) -> bool:
    """"Raimondo", "Gina Raimondo" fit "Gina M. Raimondo": its last or first words, or all of it but the
    initials standing between its first and last names."""
    if len(words) >= len(longer):
        return False
    if len(words) >= 2 and words == [longer[0], *(w for w in longer[1:-1] if not INITIAL.match(w)), longer[-1]]:
        return True
    if words == longer[-len(words):] or (len(words) >= 2 and words == longer[: len(words)]):
        return True
    if len(words) == 1 and words[0] in longer[1:-1]:
        # "Mr. Mariano" of "Bernardo Mariano Junior": a middle name after a capitalised word, not a
        # father's name after a particle ("bin Zayed")
        return longer[longer.index(words[0]) - 1][:1].isupper()
    return len(words) == 1 and words[0] in (longer[-1], longer[0])


def _scan_surnames(state: ArticleState, people: dict[str, Term]) -> None:
    """Later mentions by surname alone ("Whitcombe said") when no one else shares it."""
    surnames: dict[str, list[Term]] = {}
    for term in people.values():
        parts = term.name.split()
        if len(parts) >= 2:
            surnames.setdefault(parts[-1], []).append(term)
    extra = []
    for surname, terms in surnames.items():
        if len(terms) != 1:
            continue
        # The word before the surname may come with it, by a space or a hyphen ("Al Kaabi", "Al-Kaabi").
        before = terms[0].name.split()[-2]
        for start, end in _surname_spans(state.text, before, surname):
            extra.append(Found(start, end, state.text[start:end], terms[0], "surname"))
    # A city's bare alias that is the surname of the article's person ("le ministre Caire") is the person.
    spans = {(f.start, f.end) for f in extra}
    kept = [f for f in state.found if f.term.type is not E.PLACE or (f.start, f.end) not in spans]
    state.found = choose(kept + extra)


def _surname_spans(text: str, before: str, surname: str) -> list[tuple[int, int]]:
    """The spans `re.finditer` gives for the surname as a whole word, the word before it (in any case) with
    it by a space or a hyphen; found by plain string search when both words are ASCII (no pattern to
    compile for each article's names)."""
    if not (before.isascii() and surname.isascii()):
        pattern = rf"(?<![\w-])(?:(?i:{re.escape(before)})[- ])?{re.escape(surname)}(?![\w-])"
        return [match.span() for match in re.finditer(pattern, text)]
    occurrences = []
    at = text.find(surname)
    while at >= 0:
        occurrences.append(at)
        at = text.find(surname, at + 1)
    spans: list[tuple[int, int]] = []
    done = 0  # where the last match ended: the next starts there or later
    for at in sorted({*occurrences, *(o - len(before) - 1 for o in occurrences)}):
        end = _surname_at(text, at, before, surname) if at >= done else None
        if end is not None:
            spans.append((at, end))
            done = end
    return spans


def _surname_at(text: str, at: int, before: str, surname: str) -> int | None:
    """Where a match of `_surname_spans`' pattern at that offset ends, with the word before if it can."""
    if at < 0 or _word_at(text, at - 1):
        return None
    after = at + len(before) + 1  # the word before, then a space or a hyphen
    if text[after - 1 : after] in ("-", " ") and text.startswith(surname, after) \
            and not _word_at(text, after + len(surname)) and ascii_folded(text[at : after - 1]) == before.lower():
        return after + len(surname)
    if text.startswith(surname, at) and not _word_at(text, at + len(surname)):
        return at + len(surname)
    return None


def _word_at(text: str, i: int) -> bool:
    """Whether the character at i is a word character or a hyphen (`[\\w-]`); none outside the text."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def descriptions(state: ArticleState) -> list[Found]:
    """"la ministre" / "the minister": the last person before it whose role has that word."""
    coref = state.lexicon.coref
    result: list[Found] = []
    if coref is None:
        return result
    folded = ascii_folded(state.text)
    for cue in coref.person.get(state.language, []):
        text, word = fold_arabic(cue.text), fold_arabic(cue.role)  # the article's Arabic is in one spelling
        if not may_match(folded, text):
            continue
        for match in _phrase(text).finditer(state.text):
            if _inside_role(state, match.start(), match.end()) or _titles_name(state, match.end()) \
                    or _in_longer_title(state, match.start()):
                continue
            end = match.end()
            country = _demonym_after(state, end)
            person = _last_person(state, match.start(), lambda pid, r=word, g=cue.gender, e=end, c=country:
                                  _has_role(state, pid, r) and gender_of(state, pid) in (g, None)
                                  and not _of_another(state, e, pid)
                                  and (c is None or state.person_country.get(pid) in (c, None)))
            if person is None and not _apposed(state, match.start()):
                person = _named_later(state, end, country, cue.gender, word)
            if person:
                result.append(Found(match.start(), match.end(), match.group(0), person, "coref"))
    result += _officials(state)
    return result


def _in_longer_title(state: ArticleState, start: int) -> bool:
    """"نائب رئيس مجلس الوزراء" (the deputy prime minister): a description whose first word is inside a title
    that begins before it is a word of that other title, standing for no one."""
    doc = state.doc
    return any(doc[c.start].idx < start < doc[c.end - 1].idx + len(doc[c.end - 1]) for c in state.role_cues)


def _demonym_after(state: ArticleState, end: int) -> str | None:
    """The country of a demonym written right after a description ("le ministre coréen"): the person the
    description stands for is of that country, or of none the article says."""
    for found in state.of_type(E.COUNTRY):
        if found.term.kind == "demonym" and end < found.start <= end + 1:
            return found.term.country
    return None


def _of_another(state: ArticleState, end: int, person_id: str) -> bool:
    """"Le président Afrique de la société Huawei a été reçu …": a description followed, in the same
    clause, by an organisation or body that the person's own role does not name is that one's officer,
    someone else."""
    role = state.roles.get(person_id)
    for found in state.found:
        if found.term.type in (E.ORGANIZATION, E.GOVERNMENT_BODY) and end <= found.start < end + 50:
            between = state.text[end : found.start]
            return not re.search(r"[,;:.()]", between) and (role is None or found.text not in role.text)
    return False


def _inside_role(state: ArticleState, start: int, end: int) -> bool:
    return any(r.start - 4 <= start < r.end or r.start < end <= r.end for r in state.roles.values())


def gender_of(state: ArticleState, person_id: str) -> str | None:
    """"f" or "m" when an honorific before the name or the role's opening words say so, else None."""
    coref = state.lexicon.coref
    if coref is None or not coref.gender:
        return None
    role = state.roles.get(person_id)
    opening = f" {' '.join(role.text.lower().split()[:3])} " if role else ""
    before = {_word_before(state.text, f.start) for f in state.found if f.id == person_id}
    said = {gender for gender, words in coref.gender.items()
            if before.intersection(words) or any(f" {w.lower()} " in opening for w in words)}
    return said.pop() if len(said) == 1 else None


def _word_before(text: str, offset: int) -> str:
    """The word written just before an offset ("Mme" in "Mme Seghrouchni")."""
    words = text[max(0, offset - 40) : offset].split()
    return words[-1] if words else ""


def _has_role(state: ArticleState, person_id: str, word: str) -> bool:
    role = state.roles.get(person_id)
    return role is not None and word in role.text.lower()


def _last_person(state: ArticleState, before: int, accept: object) -> Term | None:
    for found in reversed(state.found):
        if found.start < before and found.term.type is E.PERSON and callable(accept) and accept(found.id):
            return found.term
    return None


def _named_later(state: ArticleState, end: int, country: str | None, gender: str | None,
                 word: str | None = None) -> Term | None:
    """"la visite du ministre somalien …" told before the name: with no one fitting named before, a
    description with a demonym stands for the first person of that country the article names after it whose
    role has no other description's word without its own ("du président béninois": not the Beninese minister)."""
    if country is None:
        return None
    return next((f.term for f in state.found if f.start >= end and f.term.type is E.PERSON
                 and state.person_country.get(f.id) == country and gender_of(state, f.id) in (gender, None)
                 and (word is None or not _other_post(state, f.id, word))), None)


def _other_post(state: ArticleState, person_id: str, word: str) -> bool:
    """Whether a person's role lacks a description's word ("président") but has another one's ("ministre")."""
    coref = state.lexicon.coref
    cues = coref.person.get(state.language, []) if coref is not None else []
    return not _has_role(state, person_id, word) \
        and any(_has_role(state, person_id, fold_arabic(c.role)) for c in cues)


def _titles_name(state: ArticleState, end: int) -> bool:
    """"du ministre M. Franz Fayot", "the Minister Dr Kim": a description followed at once by a person's name,
    past honorifics only, is that person's title, not a word standing for someone named before."""
    honorifics = {h.lower() for h in state.lexicon.honorifics.get(state.language, [])}
    for found in state.found:
        if found.term.type is E.PERSON and end < found.start <= end + 40:
            gap = state.text[end : found.start].split()
            if " ".join(gap).lower() in honorifics or all(word.lower() in honorifics for word in gap):
                return True
    return False


def _apposed(state: ArticleState, start: int) -> bool:
    """"Imane Faraoun (photo), la ministre algérienne …": a description set after a person's name, by a comma."""
    gap = state.text[max(0, start - 12) : start]
    comma = gap.rfind(",")
    if comma < 0 or gap[comma + 1 :].strip():
        return False
    at = max(0, start - 12) + comma
    return any(f.term.type is E.PERSON and at - 12 <= f.end <= at for f in state.found)


def _officials(state: ArticleState) -> list[Found]:
    """"le responsable américain": the last person of that country."""
    coref = state.lexicon.coref
    words = coref.official.get(state.language, []) if coref else []
    result = []
    for found in state.of_type(E.COUNTRY):
        if found.term.kind != "demonym":
            continue
        before = state.text[max(0, found.start - 25) : found.start].lower()
        cue = next((w for w in words if before.rstrip().endswith(w)), None)
        if cue is None:
            continue
        if _named_after(state, found.end):
            continue  # "son homologue français, Emmanuel Macron": the name that follows is the one meant
        country = found.term.country
        person = _last_person(state, found.start,
                              lambda pid, c=country: state.person_country.get(pid) == c) \
            or _named_later(state, found.end, country, None)
        if person:
            start = found.start - (len(before) - before.rfind(cue))
            result.append(Found(start, found.start - 1, state.text[start : found.start - 1], person, "coref"))
    return result


def _named_after(state: ArticleState, end: int) -> bool:
    """Whether a person's name follows at once, or after a comma."""
    return any(f.term.type is E.PERSON and end <= f.start <= end + 3 and not state.text[end : f.start].strip(", ")
               for f in state.found)


def kingdoms(state: ArticleState) -> list[Found]:
    """"le Royaume" / "the kingdom" stands for the main kingdom of the article."""
    coref = state.lexicon.coref
    if coref is None:
        return []
    words = coref.kingdom.get(state.language, [])
    main = next((c for c in state.salient_countries() if c.split("/")[1] in coref.kingdoms), None)
    if not words or main is None:
        return []
    term = state.term(main)
    result = []
    pack = state.lexicon.packs[state.language].coref
    tails, heads = tuple(pack.kingdom_not_followed_by), pack.kingdom_not_preceded_by
    pattern = "|".join(re.escape(w) for w in words)
    for match in re.finditer(rf"(?<![\w-])({pattern})(?![\w-])", state.text, re.I):
        tail = state.text[match.end() : match.end() + 5].lower()
        head = state.text[max(0, match.start() - 7) : match.start()].lower()
        if term and not tail.startswith(tails) and not any(w in head for w in heads):
            result.append(Found(match.start(), match.end(), match.group(0), term, "coref"))
    return result


def bare_bodies(state: ArticleState) -> list[Found]:
    """"le ministère" stands for the last ministry named or implied before it."""
    coref = state.lexicon.coref
    words = coref.body.get(state.language, []) if coref else []
    complements = {w[:2] for w in state.lexicon.words(state.language).complements}
    result = []
    for phrase in words:
        noun = phrase.split()[-1]
        for match in _phrase(phrase).finditer(state.text):
            after = state.text[match.end() : match.end() + 4]
            if after.strip()[:2] in complements:
                continue
            ministry = _last_ministry(state, match.start())
            if ministry:
                start = match.end() - len(noun)
                result.append(Found(start, match.end(), state.text[start : match.end()], ministry, "coref"))
    return result


def _last_ministry(state: ArticleState, before: int) -> Term | None:
    named = [f for f in state.of_type(E.GOVERNMENT_BODY) if f.start < before and "ministry" in f.id]
    if named:
        return named[-1].term
    implied = [t for t in state.extra.values() if "ministry" in t.id]
    first_role = min((r.start for r in state.roles.values()), default=before + 1)
    return implied[-1] if implied and first_role < before else None


def pair_markers(state: ArticleState) -> None:
    """Mark "les deux pays" / "both sides" (the two parties), "les deux ministres", "the two ministries"
    and "the countries" (the countries listed last)."""
    coref = state.lexicon.coref
    if coref is None:
        return
    folded = ascii_folded(state.text)
    for kind, table in (("pair", coref.pair), ("people", coref.people_pair), ("ministers", coref.minister_pair),
                        ("bodies", coref.body_pair), ("group", coref.group)):
        for phrase in table.get(state.language, []):
            if not may_match(folded, phrase):
                continue
            for match in _phrase(phrase).finditer(state.text):
                state.sentence_at(match.start()).pairs.append((match.start(), kind))


@lru_cache(maxsize=256)
def _phrase(phrase: str) -> re.Pattern[str]:
    """A phrase as a whole word, in any case."""
    return re.compile(rf"(?<![\w']){re.escape(phrase)}(?![\w-])", re.I)


def capitals(state: ArticleState) -> list[Found]:
    """"la capitale estonienne" / "the Polish capital": the capital city of that country."""
    coref = state.lexicon.coref
    templates = coref.capital.get(state.language, []) if coref else []
    result = []
    for found in state.of_type(E.COUNTRY):
        place = state.lexicon.places.get(state.lexicon.capitals.get(found.term.country or "", ""))
        if found.term.kind != "demonym" or place is None:
            continue
        for template in templates:
            before, _, after = fold_arabic(template).partition("{}")
            start, end = found.start - len(before), found.end + len(after)
            if start >= 0 and state.text[start : found.start].lower() == before.lower() \
                    and state.text[found.end : end].lower() == after.lower():
                result.append(Found(start, end, state.text[start:end], place, "coref"))
    return result


def pronouns(state: ArticleState) -> list[Found]:
    """"Elle y a été reçue …", "During the visit, she met …", "“We need partners,” he said": a pronoun
    opening the sentence, or its clause after a comma before anyone is named in it, is the previous
    sentence's subject (by the parse), else its first person, never one named in the pronoun's own sentence; a
    pronoun opening the previous sentence stands for its own antecedent there."""
    coref = state.lexicon.coref
    words = {w.lower() for w in coref.pronoun.get(state.language, [])} if coref else set()
    result: list[Found] = []
    for previous, sentence in zip(state.sentences, state.sentences[1:], strict=False):
        at = _subject_pronoun(sentence.text, words)
        if at is None or any(f.term.type is E.PERSON and sentence.start <= f.start < sentence.start + at[0]
                             for f in state.found):
            continue
        named = {f.id for f in state.found if sentence.start <= f.start < sentence.end}
        carried = [f for f in result[-1:] if previous.start <= f.start < previous.end]  # "He … . He also met Y"
        people = [f for f in carried + state.found if previous.start <= f.start < previous.end
                  and f.term.type is E.PERSON and f.id not in named]  # "He met X": he is not X
        if people:
            start = sentence.start + at[0]
            antecedent = next((p for p in people if is_subject(state.doc, p)), people[0])
            result.append(Found(start, start + len(at[1]), at[1], antecedent.term, "pronoun"))
    return result


def _subject_pronoun(text: str, words: set[str]) -> tuple[int, str] | None:
    """The offset and text of a pronoun opening the sentence (capitalised) or following a comma (and a
    closing quotation mark)."""
    first = text.split(" ", 1)[0]
    if first.lower() in words and first[:1].isupper():
        return 0, first
    for match in re.finditer(r",[\"”»]?\s+(\w+)\b", text):
        if match.group(1) in words:
            return match.start(1), match.group(1)
    return None
