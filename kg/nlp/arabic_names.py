"""Arabic name layer: names found without capital letters.

Arabic has no case, so the layers that find names by their capitals find nothing in it. This
layer finds them instead: surface forms of the gazetteers read through the letters glued to a
word ("والإمارات", "بالرياض"), people after honorifics and titles (a name runs through its nasab
chain, بن / بنت / آل, and ends at its family name), roles written before or after the name, and
state bodies whose name is a head noun and the construct phrase (إضافة) after it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache, partial
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.arabic import (
    Phrase,
    Reading,
    glued_agreement_pattern,
    is_arabic,
    longest_phrase,
    phrase_table,
    read_word,
    romaniser,
)
from kg.nlp.arabic_bodies import BodyNames
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.people import RoleCue
from kg.nlp.state import ArticleState, Role
from kg.nlp.text import fold_arabic, normalize
from kg.nlp.tokens import joined_hyphen, tokens_of

E = EntityType
MARKS = frozenset(",.;:()!?\"'«»“”-")
APPOSITION_MARKS = frozenset(',”»"-')  # "سفيان الهميسي، وزير …", "بـ “عادل حسن الحسين” وزير …", "ضياء حماد- نائب …"
OPENING_QUOTES = frozenset('«“"')  # a name quoted after its title
CLOSING_QUOTES = frozenset('»”"')
SLASH = "/"  # glued to a word, it sets the word off: "السيد/ ضياء …", "/ستار هاشمي/"
TITLE_MARKS = frozenset(",;")  # "وزير التحول الرقمي؛ محمد …": "؛" sets a name off its title too
LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z'-]*$")  # a word of a name written in Latin letters
TANWEEN = "\u064b"  # "وفداً", "عرضاً": a noun's ending, no name's
NAME_LIMIT = 8  # tokens of a name with its nasab chain ("ريما بنت بندر بن سلطان بن عبدالعزيز")
ROLE_LIMIT = 12


class ArabicNames:
    """The gazetteer, titles, honorifics and body heads of Arabic, compiled once per pipeline."""

    def __init__(self, nlp: Any, lexicon: Lexicon, language: str) -> None:
        self.lexicon = lexicon
        words = lexicon.words(language)
        self.proclitics = tuple(words.proclitics)
        self.definite = tuple(fold_arabic(w) for w in words.definite)
        self.written_definite = tuple(words.definite)

        def phrase(text: str) -> Phrase:
            return tuple(fold_arabic(t.text) for t in nlp.make_doc(normalize(text)))

        self.gazetteer = phrase_table((phrase(s), term) for s, term in lexicon.forms.get(language, []) if is_arabic(s))
        self.honorifics = phrase_table((phrase(h), None) for h in lexicon.honorifics.get(language, []))
        self.titles = phrase_table((phrase(p), body) for p, body in lexicon.roles.get(language, []))
        self.heads = phrase_table((phrase(h), kind) for h, kind in lexicon.heads.get(language, []))
        self.connectors = {fold_arabic(w) for w in words.name_connectors}
        self.coordinators = tuple(fold_arabic(w) for w in words.coordinators)
        self.written_coordinators = frozenset(words.coordinators)  # "و" written apart: "… و إصلاح الإدارة"
        self.title_glue = self.coordinators + tuple(fold_arabic(w) for w in words.title_prepositions)  # "و…", "ب…"
        self.written_stops = set(words.function_words)  # "على" as written, not "علي"
        self.written_nouns = {*words.function_words, *words.not_names}  # "بمقر": "مقر" as written, not "براس"
        self.governments = {fold_arabic(t.split()[0]) for t in words.region_government}  # "في حكومة …"
        self.definite_given = {fold_arabic(w) for w in words.definite_given_names}  # "الطاهر": a given name
        self.pronoun_endings = tuple(words.pronoun_endings)  # "تحياته": a noun with "his", no name's word
        self.eponym_titles = {fold_arabic(w) for w in words.eponym_titles}  # "جامعة الملك …"
        self.folded_stops = {fold_arabic(w) for w in words.function_words}
        self.stops = {fold_arabic(w) for w in (*words.function_words, *words.relative_pronouns, *words.not_names,
                                               *words.between, *words.speech_verbs)}
        self.breaks = {fold_arabic(w.strip()) for w in words.role_breaks}
        self.date_words = _date_words(lexicon.packs[language].dates)  # "اليوم الثلاثاء" ends a name
        self.post_places = {fold_arabic(w) for w in words.title_connectors}  # "في", "لدى": where a post is
        kingdoms = lexicon.coref.kingdom.get(language, []) if lexicon.coref else []
        self.kingdoms = {fold_arabic(w) for w in kingdoms}  # "المملكة": the article's kingdom, read later
        self.name_closers = {fold_arabic(w) for w in words.name_closers}  # "مع": a set-off name ends there
        self.run_letters = tuple(fold_arabic(w) for w in words.portfolio_run_words)  # "و…", "ل…" go on in a title
        self.glued_words = {fold_arabic(w) for w in words.title_glued_words}  # "بدولة قطر" goes on too
        self.complement_letters = tuple(fold_arabic(w) for w in words.body_complement_letters)  # "للفضاء"
        self.portfolio_words = {w for w in lexicon.portfolio_words() if is_arabic(w)}
        self.agreement = glued_agreement_pattern(lexicon, language)[0]
        # Pure functions of one word, remembered for this language's words (they repeat from text to text).
        self.read_word = lru_cache(maxsize=65536)(partial(read_word, proclitics=self.proclitics,
                                                          definite=self.definite))
        self.phrase_words = {w for table in (self.gazetteer, self.titles, self.heads, self.honorifics)
                             for phrase in table.values for w in phrase}
        self.first_words = {*self.gazetteer.sizes, *self.honorifics.sizes, *self.titles.sizes, *self.heads.sizes}
        self._word_info = lru_cache(maxsize=65536)(self._info)
        self._definite_word = lru_cache(maxsize=65536)(self._is_definite)
        self._verb = lru_cache(maxsize=65536)(self._is_verb)
        self.verbs = list(lexicon.cues[language].values())  # a cue word is no word of a name
        self.company_heads = {fold_arabic(w) for w in lexicon.packs[language].heads.names.get(E.ORGANIZATION, [])}
        heads = lexicon.packs[language].heads
        self.body_names = BodyNames(self, {fold_arabic(w) for w in heads.several_states},
                                    {fold_arabic(w) for w in heads.name_links},
                                    {" ".join(phrase(k)): v for k, v in heads.common_bodies.items()})

    def read(self, doc: Any) -> Reading:
        tk = tokens_of(doc)
        info = [self._word_info(t) for t in tk.text]
        return Reading(tk, [i[0][0] for i in info], [i[0] for i in info], [i[1] for i in info],
                       [i[2] for i in info], [i[3] for i in info], [k for k, i in enumerate(info) if i[2]])

    def _info(self, text: str) -> tuple[tuple[str, ...], frozenset[str], tuple[str, ...], bool]:
        """What a written word may be: its readings, those without the article, those that begin a phrase
        of some table (most words begin none: `longest` looks only at these), whether it is a word."""
        text = text.strip(SLASH) or text  # "السيد/ …", "/ستار": a slash sets a word off, as a space does
        reads, bare = self.read_word(text)
        wordlike = is_arabic(text) and not MARKS.intersection(text) and reads[0] not in self.stops \
            and not self.date_words & set(reads) and not self._joined_stop(reads[0])
        return reads, bare, tuple(w for w in reads if w in self.first_words), wordlike

    def _joined_stop(self, key: str) -> bool:
        """"ومن", "وذلك": "and" glued to a function word, which no name goes on with ("موسى بن حمادي ومن …")."""
        return any(key.startswith(c) and key[len(c):] in self.stops for c in self.coordinators)

    longest = staticmethod(longest_phrase)

    def _no_article(self, r: Reading) -> None:
        """"ألبرتو", "إليفس": a word written with a hamza where the article would be has none (the article is
        never written so); its key keeps the hamza, unless a phrase of the tables has the word."""
        for j, key in enumerate(r.keys):
            written = r.written(j)
            if self._definite(key) and not written.startswith(self.written_definite) \
                    and key not in self.phrase_words and fold_arabic(written) == key:
                r.keys[j] = written[0] + key[1:]

    def gazetteer_at(self, r: Reading) -> dict[int, tuple[int, Term]]:
        """The longest gazetteer phrase at each token, left to right, none inside another."""
        found: dict[int, tuple[int, Term]] = {}
        after = 0
        for i in r.starts:
            hit = self.longest(r, i, self.gazetteer) if i >= after else None
            if hit:
                found[i] = hit
                after = hit[0]
        return self._homographs(r, found)

    def _homographs(self, r: Reading, found: dict[int, tuple[int, Term]]) -> dict[int, tuple[int, Term]]:
        """"عمان": a phrase naming two things (Oman; Amman, Jordan's capital) is the one whose country the
        article's other names name most (the first of the tables when none does)."""
        alternatives = {i: self._terms(r, i, end) for i, (end, _) in found.items()}
        several = {i: terms for i, terms in alternatives.items() if len({t.id for t in terms}) > 1}
        named = Counter(term.country for i, (_, term) in found.items() if i not in several and term.country)
        for i, terms in several.items():
            found[i] = (found[i][0], max(terms, key=lambda t: named[t.country or ""]))
        return found

    def _terms(self, r: Reading, i: int, end: int) -> list[Term]:
        """Every term of the gazetteer phrase at tokens [i, end) (glued letters off its first word)."""
        rest = tuple(r.keys[i + 1 : end])
        return [v for read in r.firsts[i] for v in self.gazetteer.values.get((read, *rest), ())
                if isinstance(v, Term) and (read not in r.bare[i] or v.kind == "demonym")]

    def find(self, state: ArticleState) -> tuple[list[Found], list[RoleCue]]:
        """Mentions from the gazetteers, people, bodies; the role cues (titles) of the text. The roles of
        people named next to a title are written on the state."""
        r = self.read(state.doc)
        r.original = state.original or state.text
        self._no_article(r)
        known = r.known = self.local_companies(r, self.gazetteer_at(r))
        cues = [RoleCue(i, end, body) for i in r.starts if (hit := self.longest(r, i, self.titles))
                for end, body in [hit]]
        cues = _first_of_overlaps(cues)
        people = self.people(state, r, known, cues)
        found = [self._found(r, i, end, term, "gazetteer") for i, (end, term) in known.items()]
        bodies = self.body_names.find(r, known, cues)
        return found + people + bodies, cues

    def local_companies(self, r: Reading, known: dict[int, tuple[int, Term]]) -> dict[int, tuple[int, Term]]:
        """"هواوي المغرب", "“هواوي” المغرب": a company's name followed by a country's (written alone, no "ب"
        or "ل" glued: "هواوي بالمغرب" is Huawei in Morocco) is its local company, "Huawei Morocco"."""
        for i in sorted(known):
            if i not in known or known[i][1].type is not E.ORGANIZATION:
                continue  # a country merged into the company before it
            end, company = known[i]
            k = next((j for j in range(end, min(end + 2, len(r.keys))) if j in known), None)
            if k is None:
                continue
            k_end, country = known[k]
            between = r.original[r.end_char(end) : r.tk.idx[k]] if k > end else r.tk.space[end - 1]
            if country.type is E.COUNTRY and country.kind == "name" and not between.strip(" ”\"»'") \
                    and (self._definite(r.keys[k]) or not self._glued(r, k)):
                name = f"{company.name} {country.name}"
                known[i] = (k_end, Term(entity_id(E.ORGANIZATION, name), E.ORGANIZATION, name, country=country.country))
                del known[k]
        return known

    def _found(self, r: Reading, start: int, end: int, term: Term, source: str) -> Found:
        """The mention of tokens [start, end), without the slashes that set a name off ("/ستار هاشمي/")."""
        text = r.tk.span_text(start, end)
        lead, trail = len(text) - len(text.lstrip(SLASH)), len(text) - len(text.rstrip(SLASH))
        return Found(r.tk.idx[start] + lead, r.end_char(end) - trail, text.strip(SLASH) or text, term, source)

    # -- people -----------------------------------------------------------------------------

    def people(self, state: ArticleState, r: Reading, known: dict[int, tuple[int, Term]],
               cues: list[RoleCue]) -> list[Found]:
        taken = {k for i, (end, _) in known.items() for k in range(i, end)}
        result: list[Found] = []
        starts = self._name_starts(r, cues, taken, known)
        for start, cue, apposed in starts:
            person = self._known_person(r, start, known)
            if person is None:
                end = self._latin_end(r, start) or self._family_demonym(r, start, self.name_end(r, start, taken), known)
                if end <= start or (end - start < 2 and not (cue and self._definite(r.keys[start]))) \
                        or self._surname_then_noun(r, start, end, result + self._known_people(r, known)) \
                        or self._named_after(r, cue):
                    continue
                if apposed and not self._set_off(r, start, end):
                    continue
                person = self._person(r, start, end, result + self._known_people(r, known))
                result.append(person)
                taken.update(range(start, end))
                known.pop(end - 1, None)  # a nationality read as the family's name is no country's mention
            end = known[start][0] if start in known else end
            after = self._role_after(state, r, self._latin_end(r, end) or end, cues)  # "سونج آيقوه Song Aiguo"
            claimed = cue is not None and self._claimed(state, r, cue)  # the title of the name before
            role = self._role_before(state, r, cue, start) if cue and not (after and (self._bare(r, cue) or claimed)) \
                else after
            role = self._with_country(role, person)
            if role is not None and person.id not in state.roles:
                role.person_start = person.start
                state.roles[person.id] = role
        named = result + [self._found(r, i, end, term, "gazetteer") for i, (end, term) in known.items()
                          if term.type is E.PERSON]
        return result + self._surnames(r, named, taken)

    def _named_after(self, r: Reading, cue: RoleCue | None) -> bool:
        """"جامعة الملك …", "بجامعة الملك …": a title right after the head of a body's or organisation's
        name, in construct with it (no article: not "في الوزارة السفير …"), is a word of that name (a place
        named after a king), no person's title."""
        before = cue.start - 1 if cue is not None else -1
        construct = before >= 0 and self._word(r, before) and not self._definite(r.keys[before]) \
            and not self._glued_article(r, before)
        return construct and (self.longest(r, before, self.heads) is not None
                                                          or bool(self.company_heads.intersection(r.reads[before])))

    def _surname_then_noun(self, r: Reading, start: int, end: int, earlier: list[Found]) -> bool:
        """"الوزير هيكل الركائز …", "السفيرة ياكوب التزام …": two words whose first is the family name of a
        person named in full before are that person's family name and a noun after it (the family name
        alone stands for the person: `_surnames`)."""
        if end - start != 2 or not self._definite(r.keys[start + 1]):
            return False
        first = r.tk.idx[start]
        return any(p.start < first and len(words := p.text.split()) > 1 and fold_arabic(words[-1]) == r.keys[start]
                   for p in earlier)

    def _name_starts(self, r: Reading, cues: list[RoleCue], taken: set[int],
                     known: dict[int, tuple[int, Term]]) -> list[tuple[int, RoleCue | None, bool]]:
        """Where a name begins: after an honorific, after a title and its portfolio, or before ", title";
        with the title written before it, and whether the name stands between commas (an apposition)."""
        starts: dict[int, tuple[RoleCue | None, bool]] = {}
        by_start = {c.start: c for c in cues}
        for i in r.starts:  # an honorific and a title both begin a phrase
            honour = self.longest(r, i, self.honorifics)
            if honour and honour[0] < len(r.keys) and (honour[0] not in taken or honour[0] in known) \
                    and not self.longest(r, honour[0], self.honorifics) \
                    and not self._stop_after_honorific(r, honour[0]):
                cue = next((c for c in cues if c.end <= i and i - c.end <= ROLE_LIMIT and self._titles(r, c, i)), None)
                starts.setdefault(honour[0], (cue, False))
            cue = by_start.get(i)
            if cue is None:
                continue
            before = self._name_before(r, cue, taken)
            if before is not None:  # "X، وزير …، …": the title is X's, what follows it is no name
                starts.setdefault(before, (None, True))
                continue
            after = self._portfolio_end(r, cue)
            apposed = after + 1 < len(r.keys) and r.tk.text[after] in TITLE_MARKS
            at = after + 1 if apposed else after
            quoted = self._quoted_name(r, at, taken)  # "وزير البريد «حميد بصالح»"
            at, apposed = (at + 1, True) if quoted else (at, apposed)
            person = at in known and known[at][1].type is E.PERSON
            if at < len(r.keys) and (person or (at not in taken and (self._may_start_name(r, at)
                                                                      or self._latin_end(r, at) > at))):
                starts.setdefault(at, (cue, apposed))
            if not person and not self._names_next(r, at) \
                    and (bare := self._name_right_before(r, cue, taken, starts)) is not None:
                starts.setdefault(bare, (None, False))  # "مع فصيل تيكلة سفير إريتريا بالقاهرة، …"
        for i, (_, term) in known.items():  # "عبد الله بن عامر السواحه، وزير …": a known name, its title after it
            if term.type is E.PERSON:
                starts.setdefault(i, (None, False))
        return sorted((at, cue, apposed) for at, (cue, apposed) in starts.items())

    def _stop_after_honorific(self, r: Reading, j: int) -> bool:
        """"والرئيس التقني": a word that is no name after an honorific (unless a given name spelt like a
        function word: "السيد على حسن"); "سمو ولي العهد": a title of two words or more after it (the name,
        if any, comes after the title)."""
        title = self.longest(r, j, self.titles)
        return (any(w in self.stops for w in r.reads[j]) and not self._given(r, j)) \
            or (title is not None and title[0] - j >= 2)

    def _quoted_name(self, r: Reading, at: int, taken: set[int]) -> bool:
        """Whether a name in quotes begins at token `at`, an opening quote: the name ends at the closing one
        (not "“مؤتمر الاستثمار في …”", a name of something else)."""
        if at + 1 >= len(r.keys) or r.tk.text[at] not in OPENING_QUOTES:
            return False
        end = self.name_end(r, at + 1, taken)
        return end < len(r.keys) and r.tk.text[end] in CLOSING_QUOTES

    def _set_off(self, r: Reading, start: int, end: int) -> bool:
        """"وزير …، هدى فرعون،": a name set off by a comma after its title ends at a mark, a name closer ("مع"),
        a word that is no name's after two words of a name or more ("…؛ عثمان جالو رفقة وفد"), or at "في" /
        "لدى" ("السفير …، الحبيب بن فرح في مدينة …") when no agreement's name begins there ("، مذكرة تفاهم في …")."""
        if end >= len(r.keys) or r.tk.text[end] in MARKS or r.keys[end] in self.name_closers:
            return True
        if r.keys[end] in self.post_places:
            return not self.agreement.match(r.tk.source, r.tk.idx[start])
        return end - start >= 2 and any(w in self.stops for w in r.reads[end])

    def _name_before(self, r: Reading, cue: RoleCue, taken: set[int]) -> int | None:
        """"سفيان الهميسي، وزير …": the words before ", title" that no verb or sentence start opens; a title
        glued to "and" ("، ووزير …") begins the next person's."""
        comma = cue.start - 1
        if comma < 2 or r.tk.text[comma] not in APPOSITION_MARKS or self._conjunct(r, cue.start) > 0:
            return None
        k = comma - 1
        while k >= 0 and comma - k <= 4 and self._word(r, k) and k not in taken and not r.tk.sent_start[k] \
                and not self._verb(r.tk.text[k]) and (k == comma - 1 or not self._definite(r.keys[k])):
            k -= 1
        start = k + 1
        while start < comma and any(w in self.stops for w in r.reads[start]):
            start += 1  # "بمكتبه ساندر …، السفير …": the words of the clause before the name are none of it
        while start < comma and (honour := self.longest(r, start, self.honorifics)):
            start = honour[0]  # "معالي ليزا …، وزيرة …": the honorific is no word of the name
        return start if comma - start >= 2 and self._may_start_name(r, start) else None

    def _name_right_before(self, r: Reading, cue: RoleCue, taken: set[int], starts: dict[int, Any]) -> int | None:
        """"مع فصيل تيكلة سفير إريتريا": with no name after a title, the words right before it (no comma) are
        the name whose title it is, when a function word, a verb or a mark opens them, not another title's
        portfolio, and no name already begun runs through them."""
        if self._conjunct(r, cue.start) > 0:
            return None  # "ووزير …": a new person's title
        k = cue.start - 1
        while k >= 0 and cue.start - k <= 4 and self._word(r, k) and k not in taken and k not in starts \
                and not r.tk.sent_start[k] and not self._verb(r.tk.text[k]) and not self.longest(r, k, self.heads) \
                and (k == cue.start - 1 or not self._definite(r.keys[k])):
            k -= 1
        opened = k < 0 or r.tk.sent_start[k + 1] or not self._word(r, k) or self._verb(r.tk.text[k])
        start = k + 1
        if not opened or k in taken or k in starts or cue.start - start < 2 or not self._may_start_name(r, start):
            return self._joined_name(r, start, cue, taken)
        return start if self.name_end(r, start, taken) == cue.start else None

    def _joined_name(self, r: Reading, start: int, cue: RoleCue, taken: set[int]) -> int | None:
        """"عمرو طلعت وكيم يونج هيون سفير …": a name of two words or more glued to "and" right before a title,
        a word before it (another name's, a body's: no mark, nor the sentence's first word), is the name whose
        title it is, its first word the first glued to "and" among the words before the title."""
        for j in range(max(start, 1), cue.start - 1):
            glue = next((c for c in self.coordinators if r.keys[j].startswith(c) and len(r.keys[j]) - len(c) >= 2), "")
            if glue:
                ends = self._word(r, j - 1) and not r.tk.sent_start[j - 1] and self._may_start_name(r, j) \
                    and self.name_end(r, j, taken) == cue.start  # not "افتتح ورشة العمل رئيس …"
                if ends:
                    r.joined[j] = len(glue)
                return j if ends else None
        return None

    def _conjunct(self, r: Reading, i: int) -> int:
        """"ووزير", "بسفير": the length of the "and" or preposition glued to a title ("وزير" itself has none:
        its first letter is its own); 0 for a word with none glued to it."""
        key = r.keys[i]
        if key in self.titles.sizes:
            return 0
        return next((len(c) for c in self.title_glue if key.startswith(c) and key[len(c):] in self.titles.sizes), 0)

    def _titles(self, r: Reading, cue: RoleCue, i: int) -> bool:
        """Whether the title reaches token i: "وزير الاتصالات، الدكتور …" (a comma between or not), or
        "رئيس مجلس الوزراء سمو الشيخ …" (through the honorifics before the last)."""
        end = self._portfolio_end(r, cue)
        while end < i and (honour := self.longest(r, end, self.honorifics)):
            end = honour[0]
        return end >= i or (end + 1 == i and r.tk.text[end] == ",")

    def _portfolio_end(self, r: Reading, cue: RoleCue) -> int:
        """The token after a title's portfolio and nationality ("وزير الاتصالات وتقنية المعلومات السعودي")."""
        j = cue.end
        if cue.end - cue.start == 1 and self._definite(r.keys[cue.start]):  # "السفير القضاة", "الوزير السوري"
            j = self._lone_title_end(r, j)
            return self._envoy_post(r, j) if cue.body == "embassy" and j > cue.end else j
        construct = not self._definite(self._title_key(r, cue.end - 1))  # "وزير X", "نائب حاكم إمارة X"
        while j < len(r.keys) and j - cue.end < ROLE_LIMIT and not self.longest(r, j, self.honorifics) \
                and not self._definite_given(r, j) and not self._next_title(r, j):
            if j in r.known and r.known[j][1].type in (E.COUNTRY, E.PLACE) and (construct or self._goes_on(r, j)):
                j, construct = r.known[j][0], False  # "سفير تونس", "… السعودي": a name ends the construct
            elif self._word(r, j) and (construct or self._goes_on(r, j) or r.keys[j] in self.portfolio_words
                                       or self._glued_article(r, j)):  # "المكلفة بالانتقال الرقمي"
                construct = not self._definite(r.keys[j]) and not self._glued_article(r, j)
                j += 1
            elif j + 1 in r.known and r.keys[j] in self.post_places and r.known[j + 1][1].type in (E.COUNTRY, E.PLACE):
                j, construct = r.known[j + 1][0], False  # "… في دولة فلسطين": where the post is
            elif r.keys[j] in self.post_places and (body := self._post_body(r, j + 1) or self._post_title(r, j + 1)):
                j = body  # "القائمة بالأعمال في السفارة الأمريكية": the body the post is in
                construct = not self._definite(r.keys[j - 1])
            elif cue.body == "embassy" and not construct and self._envoy_post(r, j) > j:
                j = self._envoy_post(r, j)  # "سفير اليابان بموريتانيا": the country the envoy is posted to
            elif j > cue.end and self._apart_and(r, j):
                construct = not self._definite(r.keys[j + 1])
                j += 2  # "المكلفة بالانتقال الرقمي و إصلاح الإدارة": "and" written apart, as if glued
            elif j > cue.end and _bracketed_acronym(r, j):
                j, construct = j + 3, False  # "الأمين العام لمنظمة … (DCO)، …": the body's acronym ends it
            else:
                break
        return j  # "… المصري الدكتور عمرو طلعت": an honorific ends the title, the name is next

    def _apart_and(self, r: Reading, j: int) -> bool:
        """Whether token j is "and" written apart with a portfolio after it: a word, no title, definite
        or in construct with a definite word ("و إصلاح الإدارة")."""
        k = j + 1
        if k >= len(r.keys) or r.tk.text[j] not in self.written_coordinators or not self._word(r, k) \
                or self.longest(r, k, self.titles) or self.longest(r, k, self.honorifics):
            return False
        return self._definite(r.keys[k]) or (k + 1 < len(r.keys) and self._word(r, k + 1)
                                             and self._definite(r.keys[k + 1]))

    def _lone_title_end(self, r: Reading, j: int) -> int:
        """The token after a lone definite title's nationality ("الوزير السوري") and, when a name follows
        them, its adjectives ("المستشار الاقتصادي الفرنسي ارنولد …"; not "السفير القضاة", a family name)."""
        k = j
        while k < len(r.keys) and k - j < 3:
            if k in r.known and r.known[k][1].type is E.COUNTRY:
                j = k = r.known[k][0]
            elif k not in r.known and self._word(r, k) and self._definite(r.keys[k]) \
                    and not self.longest(r, k, self.titles) and not self.longest(r, k, self.honorifics):
                k += 1
            else:
                break
        return k if k > j and self._names_next(r, k) else j

    def _envoy_post(self, r: Reading, j: int) -> int:
        """"السفير التونسي لدى دولة فلسطين", "السفير الصيني بالقاهرة", "… لدى المملكة": the country or city an
        envoy named by nationality is posted to belongs to the title; the token after it."""
        if j + 1 in r.known and r.keys[j] in self.post_places and r.known[j + 1][1].type in (E.COUNTRY, E.PLACE):
            return r.known[j + 1][0]
        if j + 1 < len(r.keys) and r.keys[j] in self.post_places and r.keys[j + 1] in self.kingdoms \
                and j + 1 not in r.known:
            return j + 2  # "سفير الصين لدى المملكة": the kingdom the article is about (coreference names it)
        if j in r.known and r.known[j][1].type in (E.COUNTRY, E.PLACE) and self._glued(r, j) \
                and not self._definite(r.keys[j]):
            return r.known[j][0]
        return j

    def _post_body(self, r: Reading, j: int) -> int | None:
        """The end of a body's head at token j ("السفارة", "حكومة"), or None."""
        if j < len(r.keys) and r.keys[j] in self.governments:
            return j + 1
        body = self.longest(r, j, self.heads)
        return body[0] if body else None

    def _post_title(self, r: Reading, j: int) -> int | None:
        """"الوزيرة المنتدبة لدى رئيس الحكومة": the end of the title of the one the post is held with, or None."""
        title = self.longest(r, j, self.titles)
        return title[0] if title and self._definite(r.keys[title[0] - 1]) else None

    def _goes_on(self, r: Reading, j: int) -> bool:
        """A word of a title's complement: definite, glued to "and / of" (not a name's first word), or one of
        the glued words a title goes on through ("بدولة")."""
        return self._definite(r.keys[j]) or r.keys[j] in self.glued_words \
            or any(r.keys[j].startswith(w) and len(r.keys[j]) - len(w) >= 3 for w in self.run_letters)

    def _glued(self, r: Reading, j: int) -> bool:
        return any(r.keys[j].startswith(c.text) and len(r.keys[j]) - len(c.text) >= 3 for c in self.proclitics)

    def _may_start_name(self, r: Reading, i: int) -> bool:
        """A given name: no article, no glued function word ("بهذه"), no portfolio word, no verb, no honorific
        ("ومعالي"), no agreement's name ("مذكرة تفاهم"); a connector only before a definite word ("عبد السلام",
        "أبو الغيط"), not before a father's name ("بن زايد")."""
        if self._definite_given(r, i) or self._written_given(r, i):
            return True
        if not self._word(r, i) or self._definite(r.keys[i]) or self._glued_article(r, i) or TANWEEN in r.written(i) \
                or any(w in self.stops for w in r.reads[i]) or self.agreement.match(r.tk.source, r.tk.idx[i]) \
                or self._possessed(r, i):
            return False
        if r.keys[i] in self.connectors:
            return i + 1 < len(r.keys) and self._definite(r.keys[i + 1])
        return r.keys[i] not in self.portfolio_words and not self._verb(r.tk.text[i]) \
            and not self.longest(r, i, self.titles) and not self.longest(r, i, self.honorifics)

    def name_end(self, r: Reading, start: int, taken: set[int]) -> int:
        """A name runs through given names and its nasab chain, and ends with a family name ("ال…")."""
        j = start
        while j < len(r.keys) and j - start < NAME_LIMIT and j not in taken:
            if j > start and joined_hyphen(r.tk, j) and self._word(r, j + 1) and j + 1 not in r.known:
                j += 1  # "بوجدان-مارتين": a family name of two words joined by a hyphen (not "كمال-مملكة البحرين")
                continue
            key = r.keys[j]
            after_connector = j > start and r.keys[j - 1] in self.connectors  # "بن سلطان": a name, not a title
            given = self._given(r, j) if j == start else self._inner_given(r, j)  # "السيد علي عباسوف"
            if not (self._word(r, j) or given or (after_connector and is_arabic(key))):  # "بن علي" is no "على"
                break
            if j > start and not after_connector and (
                    self._verb(r.tk.text[j]) or self.longest(r, j, self.titles) or TANWEEN in r.written(j)
                    or self._possessed(r, j)
                    or (self.longest(r, j, self.honorifics) and not self._family_honorific(r, j))
                    or self._glued_article(r, j) or self.agreement.match(r.tk.source, r.tk.idx[j])
                    or (not given and self._glued_stop(r, j)) or self.longest(r, j, self.heads)):
                break
            j += 1
            if key in self.connectors:
                continue
            if self._definite(key) and not (j - 2 >= start and r.keys[j - 2] in self.connectors) \
                    and not self._definite_given(r, j - 1):
                return j + 1 if j - start >= 3 and self._last_family(r, j, taken) else j
            if j - 2 >= start and r.keys[j - 2] in self.definite:
                break  # "آل نهيان": the family's name ends the person's
        while j > start and r.keys[j - 1] in self.connectors:
            j -= 1
        return j

    def _possessed(self, r: Reading, j: int) -> bool:
        """"محمود واعظي ونظراءه", "… تحياته": a word written with a pronoun's ending (the pack's `pronoun_endings`),
        longer than the ending and two letters, is a noun of the clause, no word of a name (nor its first:
        "استعدادهم التام")."""
        written = r.written(j)
        return any(written.endswith(e) and len(written) >= len(e) + 2 for e in self.pronoun_endings)

    def _glued_stop(self, r: Reading, j: int) -> bool:
        """"أندريس سوت بمقر وزارة …": a preposition or "and" glued to a word that is no name's ("بمقر": at the
        seat of; not "براس", a name's word spelt like "رأس") ends the name before it."""
        written = r.written(j)
        return any(written.startswith(c.text) and written[len(c.text):] in self.written_nouns
                   for c in self.proclitics if not c.becomes)

    def _family_honorific(self, r: Reading, j: int) -> bool:
        """"حسن جاسم السيد، رئيس …": an honorific of one word with the article, last before a mark, is the
        family's name ("السيد", "الشيخ"), no honorific of a next name."""
        honour = self.longest(r, j, self.honorifics)
        return honour is not None and honour[0] == j + 1 and self._definite(r.keys[j]) \
            and (j + 1 >= len(r.keys) or r.tk.text[j + 1] in MARKS)

    def _latin_end(self, r: Reading, i: int) -> int:
        """"سفير البرتغال، Luis de Albuquerque VELOSO": a name in Latin letters after a title, two capitalised
        words or more (short lower-case particles between them); the token after it, or 0. After an
        organisation's head ("لشركة Mistral AI") the Latin words are its name."""
        if i > 0 and self.company_heads.intersection(r.reads[i - 1]):
            return 0
        j, capitals = i, 0
        while j < len(r.keys) and j - i < 6 and LATIN_WORD.match(r.tk.text[j]) and "\n" not in r.tk.space[j - 1 : j]:
            if r.tk.text[j][0].isupper():
                capitals += 1
            elif j == i or len(r.tk.text[j]) > 3:
                break
            j += 1
        while j > i and not r.tk.text[j - 1][0].isupper():
            j -= 1
        return j if capitals >= 2 and r.tk.text[i][0].isupper() else 0

    def _family_demonym(self, r: Reading, start: int, end: int, known: dict[int, tuple[int, Term]]) -> int:
        """"محمد شياع السوداني،": a nationality with the article right after a name of two words or more,
        then a mark or a title, is the family's name (the nationality is written before the name)."""
        if end - start < 2 or end not in known or known[end][1].kind != "demonym" or known[end][0] != end + 1 \
                or not self._definite(r.keys[end]) or not self._word(r, end):
            return end
        after = end + 1
        if after < len(r.keys) and r.tk.text[after] not in MARKS and not self.longest(r, after, self.titles):
            return end
        return after

    def _last_family(self, r: Reading, j: int, taken: set[int]) -> bool:
        """"أحمد نواف الأحمد الصباح،": a second family name with the article right after the first, the name
        then ending at a comma or a title ("… الصباح رئيس …", "… الصباح ومدير …"; no title, portfolio word,
        known name or verb; "… الخطيب الوفد." is an object)."""
        after = j + 1
        return after < len(r.keys) and j not in taken and self._word(r, j) and self._definite(r.keys[j]) \
            and j not in r.known and r.keys[j] not in self.portfolio_words and not self._verb(r.tk.text[j]) \
            and not self.longest(r, j, self.titles) and not self.longest(r, j, self.honorifics) \
            and (r.tk.text[after] in TITLE_MARKS or self._title_at(r, after)) and "\n" not in r.tk.space[j - 1 : j]

    def _title_at(self, r: Reading, i: int) -> bool:
        """Whether a title begins at token i, "and" or a preposition glued to it or none ("رئيس", "ومدير")."""
        return self.longest(r, i, self.titles) is not None or self._conjunct(r, i) > 0

    def _given(self, r: Reading, j: int) -> bool:
        """A first word spelt like a short function word ("علي" / "على") but followed by a word of a name (not
        another word that is no name: "الرئيس خلال افتتاح …")."""
        key = r.keys[j]
        return is_arabic(key) and len(key) >= 3 and not self._definite(key) and "\n" not in r.tk.space[j - 1 : j] \
            and (key in self.folded_stops or not any(w in self.stops for w in r.reads[j])) \
            and j + 1 < len(r.keys) and self._word(r, j + 1) and not self._definite(r.keys[j + 1])

    def _inner_given(self, r: Reading, j: int) -> bool:
        """"محمد علي القائد": a later word of a name that folds like a function word ("على") but is not
        written as one, with the family name ("ال…") right after it."""
        text = r.written(j)
        ends = j + 1 >= len(r.keys) or r.tk.text[j + 1] in MARKS  # "محمد براس علي، رئيس …"
        return is_arabic(text) and r.keys[j] in self.folded_stops and text not in self.written_stops \
            and (ends or (self._word(r, j + 1) and self._definite(r.keys[j + 1]))) \
            and "\n" not in r.tk.space[j - 1 : j] and not MARKS.intersection(text)

    def _written_given(self, r: Reading, i: int) -> bool:
        """"وزير الاتصالات علي عجمي": a first name that folds like a function word ("على") but is not written
        as one, with a word of a name (no article, no function word, no verb) right after it."""
        text, k = r.written(i), i + 1
        return is_arabic(text) and r.keys[i] in self.folded_stops and text not in self.written_stops \
            and k < len(r.keys) and self._word(r, k) and not self._definite(r.keys[k]) \
            and not any(w in self.stops for w in r.reads[k]) and r.keys[k] not in self.portfolio_words \
            and not self._verb(r.tk.text[k]) and not MARKS.intersection(text)

    def _definite_given(self, r: Reading, j: int) -> bool:
        """"الطاهر الباعور": a given name written with the article, another word of a name after it."""
        return r.keys[j] in self.definite_given and self._word(r, j) and j + 1 < len(r.keys) \
            and self._word(r, j + 1) and not self._verb(r.tk.text[j + 1]) \
            and r.keys[j + 1] not in self.portfolio_words

    def _known_person(self, r: Reading, start: int, known: dict[int, tuple[int, Term]]) -> Found | None:
        """A person of the people table named here (its id stays the same in every script)."""
        if start in known and known[start][1].type is E.PERSON:
            return self._found(r, start, known[start][0], known[start][1], "gazetteer")
        return None

    def _with_country(self, role: Role | None, person: Found) -> Role | None:
        """A person of the people table holds the post in their own country."""
        if role is not None and person.term.country:
            role.country = person.term.country
        return role

    def _person(self, r: Reading, start: int, end: int, earlier: list[Found]) -> Found:
        text = r.tk.span_text(start, end)
        term = _short_form(text, earlier)
        if term is not None:  # "عمر العمر" after "عمر سعود العمر": the same person
            return self._found(r, start, end, term, "title")
        bare = text[r.joined.get(start, 0):]  # "وكيم يونج هيون": the person of "كيم يونج هيون"
        name = romaniser().name(bare) or text
        return self._found(r, start, end, Term(entity_id(E.PERSON, name), E.PERSON, name), "title")

    def _known_people(self, r: Reading, known: dict[int, tuple[int, Term]]) -> list[Found]:
        """The people of the people table named in the text."""
        return [self._found(r, i, end, term, "gazetteer") for i, (end, term) in known.items() if term.type is E.PERSON]

    def _surnames(self, r: Reading, people: list[Found], taken: set[int]) -> list[Found]:
        """A family name alone ("طلعت", "السواحة") stands for the person named in full before."""
        last = {fold_arabic(p.text.split()[-1]): p.term for p in people if len(p.text.split()) > 1}
        result = []
        for i, reads in enumerate(r.reads):
            term = next((last[w] for w in reads if w in last and len(w) > 3), None)
            honorific = self.longest(r, i, self.honorifics) and not self._family_honorific(r, i)  # "السيد/ …"
            if term is not None and i not in taken and not honorific:
                result.append(self._found(r, i, i + 1, term, "surname"))
        return result

    # -- roles ------------------------------------------------------------------------------

    def _role_before(self, state: ArticleState, r: Reading, cue: RoleCue, name: int) -> Role | None:
        end = self._portfolio_end(r, cue)
        return self._role(state, r, cue.start, min(end, name))

    def _claimed(self, state: ArticleState, r: Reading, cue: RoleCue) -> bool:
        """Whether a title is already the role of the name written before it."""
        first = r.tk.idx[cue.start] + self._conjunct(r, cue.start)
        return any(role.start == first for role in state.roles.values())

    def _bare(self, r: Reading, cue: RoleCue) -> bool:
        """"السفير هاني صلاح، سفير مصر …", "الوزير المفوض …": a lone definite title (no complement after it)
        says less than the title after the name."""
        lone = cue.end - cue.start == 1 or self._portfolio_end(r, cue) == cue.end
        return lone and self._definite(self._title_key(r, cue.start))

    def _next_title(self, r: Reading, j: int) -> bool:
        """"… لدى القاهرة والسفير …": a definite title glued to "and" begins the next person's title (unlike
        "ومبعوثها", "وعضو البرلمان", the same person's second post)."""
        return self._conjunct(r, j) > 0 and self._definite(self._title_key(r, j))

    def _title_key(self, r: Reading, i: int) -> str:
        """A title's word without the "and" glued to it ("والسفير" -> "السفير")."""
        return r.keys[i][self._conjunct(r, i):]

    def _role_after(self, state: ArticleState, r: Reading, end: int, cues: list[RoleCue]) -> Role | None:
        """"عمرو طلعت، وزير الاتصالات …": a title right after the name (a comma between or not)."""
        start = end + 1 if end < len(r.keys) and r.tk.text[end] in APPOSITION_MARKS else end
        cue = next((c for c in cues if c.start == start), None)
        if cue is None or (start > end and self._bare(r, cue) and not self._envoy_of(r, cue)):
            return None  # "عمر سلطان العلماء، الوزيرة المغربية": a lone definite title is someone else's
        end = self._portfolio_end(r, cue)
        if self._names_next(r, end) and not self._titled_name(r, end, cues):
            return None  # "ديمة اليحيى، وزير الاتصالات … عبدالسلام هيكل": the title is the next name's
        return self._role(state, r, start, end)

    @staticmethod
    def _envoy_of(r: Reading, cue: RoleCue) -> bool:
        """"…، السفير الأستوني لدى …": an envoy's definite title with the sending country right after it is
        the title of the name before it."""
        return cue.body == "embassy" and cue.end in r.known and r.known[cue.end][1].type is E.COUNTRY

    def _titled_name(self, r: Reading, i: int, cues: list[RoleCue]) -> bool:
        """"عمرو طلعت وزير الاتصالات سونج آيقوه سفير الصين": the name after a title has a title of its own
        right after it, so the title before it is the name's before (one name, one title)."""
        end = r.known[i][0] if i in r.known else self.name_end(r, i, set())
        end = self._latin_end(r, end) or end  # "سونج آيقوه Song Aiguo"
        end = end + 1 if end < len(r.keys) and r.tk.text[end] in APPOSITION_MARKS else end
        return any(c.start == end and not self._bare(r, c) for c in cues)

    def _names_next(self, r: Reading, i: int) -> bool:
        """Whether a person's name begins at token i (a known one, or two words that may be a name)."""
        if i >= len(r.keys):
            return False
        if i in r.known:
            return r.known[i][1].type is E.PERSON
        return self._may_start_name(r, i) and self.name_end(r, i, set()) - i >= 2

    def _role(self, state: ArticleState, r: Reading, start: int, end: int) -> Role | None:
        if end <= start:
            return None
        first, last = r.tk.idx[start] + self._conjunct(r, start), r.end_char(end)  # "ووزير": "and" is no title's
        return Role(state.text[first:last], first, last, last, state.sentence_at(first))

    # -- words ------------------------------------------------------------------------------

    def _word(self, r: Reading, j: int) -> bool:
        return r.wordlike[j] and "\n" not in r.tk.space[j - 1:j]

    def _definite(self, key: str) -> bool:
        return self._definite_word(key)

    def _is_definite(self, key: str) -> bool:
        return any(key.startswith(a) and len(key) > len(a) + 1 for a in self.definite)

    def _glued_article(self, r: Reading, j: int) -> bool:
        """"والوفد", "للقائه": a glued letter and the article, which no name starts with."""
        return not self._definite(r.keys[j]) and any(self._definite(w) for w in r.reads[j][1:]) \
            and self._glued(r, j) and self._written_article(r, j)

    def _written_article(self, r: Reading, j: int) -> bool:
        """Whether the article is written after the glued letters ("والوفد", "للقائه"; not "وأليكس": a
        hamza is no article's alef)."""
        written = r.written(j)
        return any(c.becomes or written[len(c.text):].startswith(self.written_definite)
                   for c in self.proclitics if written.startswith(c.text))

    def _is_verb(self, text: str) -> bool:
        return any(pattern.search(text) for pattern in self.verbs)


def _bracketed_acronym(r: Reading, j: int) -> bool:
    """Whether tokens j to j + 2 are an acronym in Latin capitals between brackets ("(DCO)")."""
    text = r.tk.text
    return (j + 2 < len(text) and text[j] == "(" and text[j + 2] == ")" and text[j + 1].isascii()
            and text[j + 1].isupper() and text[j + 1].isalnum())


def _short_form(text: str, earlier: list[Found]) -> Term | None:
    """The person named in full elsewhere whose first and last words are those of a name of two words
    ("عمر العمر" for "عمر سعود العمر"), when exactly one person is."""
    words = [fold_arabic(w) for w in text.split()]
    if len(words) != 2:
        return None
    terms = {p.term.id: p.term for p in earlier if len(full := [fold_arabic(w) for w in p.text.split()]) > 2
             and full[0] == words[0] and full[-1] == words[-1]}
    return next(iter(terms.values())) if len(terms) == 1 else None


def _first_of_overlaps(cues: list[RoleCue]) -> list[RoleCue]:
    cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[RoleCue] = []
    for cue in cues:
        if not kept or cue.start >= kept[-1].end:
            kept.append(cue)
    return kept


def _date_words(dates: Any) -> frozenset[str]:
    """The one-word weekdays, months and relative days of the pack ("الثلاثاء", "يناير", "اليوم")."""
    words = [*dates.calendar_words(), *(r.text for r in dates.relative)]
    return frozenset(fold_arabic(w) for w in words if " " not in w.strip())
