"""Person layer: names from NER, honorifics, titles and appositions, linked within an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.text import fold
from kg.nlp.tokens import Tokens, joined_hyphen, tokens_of

NAME_TOKEN = re.compile(r"^[^\W\d_][\w'’.-]*$")


def _name_token(text: str) -> bool:
    """A word opening with a capital letter of any script ("Can İncesu", "Łukasz"), then letters, digits,
    apostrophes, dots or hyphens."""
    return bool(NAME_TOKEN.match(text)) and text[0].isupper()


@dataclass
class RoleCue:
    """A role noun phrase found in the text (token span) and the body kind it implies."""

    start: int
    end: int
    body: str | None


class People:
    """Finds people in one document and the role cues around them."""

    def __init__(self, nlp: Any, lexicon: Lexicon, language: str) -> None:
        from spacy.matcher import PhraseMatcher  # deferred: spaCy takes ~0.47 s to import

        self.lexicon = lexicon
        words = lexicon.words(language)
        names = lexicon.name_words
        self.particles = frozenset(names.particles if names else ())
        self.regnal = frozenset(names.regnal if names else ())  # "Mohammed VI", "Abdullah II"
        self.portfolio_openers = frozenset(words.portfolio_openers)  # "Minister of …", "Secretary for …"
        self.run_words = frozenset(words.portfolio_run_words) | self.particles
        self.function = frozenset(words.function_words)
        self.joins = frozenset(words.portfolio_run_words) & (frozenset(words.coordinators) | {"&"})
        self.speech = frozenset(words.speech_verbs)
        self.coordinators = frozenset(words.coordinators)
        self.leads = lexicon.cues.get(language, {}).get("leads")  # "led by", "conduite par"
        self.place_openers = frozenset(words.place_openers)  # "in Hà Nội": a place, whatever NER says
        heads = lexicon.packs[language].heads.names.values() if language in lexicon.packs else []
        # The capitalised words of a head ("Agence de presse" -> "agence"): a particle is no head ("Pieter De Smet")
        self.name_heads = frozenset(w.lower() for phrases in heads for p in phrases for w in p.split()
                                    if not w.islower())
        self.honorifics = set(lexicon.honorifics.get(language, []))
        # The words of an honorific of several words ("Son Excellence", "His Highness"): never a name's, but
        # for a short one, also a name's own word ("Sri" of "Tan Sri" in "Waruna Sri Dhanapala")
        self.honorific_words = {w for h in self.honorifics if " " in h for w in h.split()[1:] if len(w) > 3}
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.role_body: dict[str, str | None] = {}
        for phrase, body in lexicon.roles.get(language, []):
            key = phrase.lower()
            if key not in self.role_body:
                self.role_matcher.add(key, [nlp.make_doc(phrase)])
            self.role_body[key] = body
        self.stop = set(words.not_names) | {w.lower() for w in self.honorifics | self.honorific_words}
        self.months = {w for names in (lexicon.dates.months if lexicon.dates else {}).values() for w in names}
        self.stop |= self.months
        # Small words and months that are a name's own in "Bùi Thanh Son a …", "Mai Tien Dung, …"
        self.small = (set(words.not_names) | self.months) - {w.lower() for w in self.honorifics}
        self.stop |= {w for names in (lexicon.dates.weekdays if lexicon.dates else {}).values() for w in names}
        self.stop |= _common_words(lexicon)

    def roles(self, doc: Any) -> list[RoleCue]:
        cues = [RoleCue(s, e, self.role_body[doc.vocab.strings[m]]) for m, s, e in self.role_matcher(doc)]
        cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[RoleCue] = []
        for cue in cues:
            if not kept or cue.start >= kept[-1].end:
                kept.append(cue)
        return kept

    def name_at(self, tk: Tokens, i: int, taken: set[int]) -> bool:
        """Whether token i can be a word of a name."""
        text = tk.text[i]
        return (_name_token(text) and i not in taken and text.lower() not in self.stop
                and (text in self.regnal
                     or not (text.isupper() and (len(text) > 4 or (len(text) > 1 and text.isalpha()))))
                and not tk.num[i])

    def name_after(self, doc: Any, i: int, taken: set[int]) -> tuple[int, int] | None:
        """The longest name sequence starting at token i, as a token span."""
        tk = tokens_of(doc)
        while i < len(tk) and self._in_honorific_pair(tk, i):  # "Minister Tan Sri Annuar Musa"
            i += 1
        j = i
        while j < len(tk) and j - i < 6:
            if j > i and self._capital_particle(tk, j, taken):
                j += 2
            elif self.name_at(tk, j, taken) or self._capital_surname(tk, i, j, taken):
                j += 1
            elif joined_hyphen(tk, j) and j > i and tk.alpha[j + 1]:
                j += 2

            elif j > i and (after := self._after_particles(tk, j)) < len(tk) and self._surname_at(tk, after, taken):
                j = after
            else:
                break
        if j - i >= 2 and self._small_last(tk, j, taken):
            j += 1
        return (i, j) if j > i else None

    def _small_last(self, tk: Tokens, j: int, taken: set[int]) -> bool:
        """"Bùi Thanh Son a rencontré …", "…, Bùi Thanh Son, a …": a small word ("son") or a month written with
        a capital after two name words, the prose going on in lower case or a comma after it, ends the name."""
        return (j + 1 < len(tk) and j not in taken and tk.text[j].istitle() and tk.alpha[j]
                and tk.lower[j] in self.small and ((tk.is_lower[j + 1] and tk.alpha[j + 1]) or tk.text[j + 1] == ","))

    def _month_first(self, tk: Tokens, start: int, end: int) -> bool:
        """"…, Mai Tien Dung a déclaré": a month written with a capital opening an NER person, no number
        nor word before it (a date's month has its day or year beside it), is the name's first word."""
        return (start + 2 < end and tk.text[start].istitle() and tk.lower[start] in self.months
                and (start == 0 or not (tk.alpha[start - 1] or tk.num[start - 1]))
                and not tk.num[start + 1] and tk.text[start + 1].istitle())

    def _capital_particle(self, tk: Tokens, j: int, taken: set[int]) -> bool:
        """"Bruno Le Maire", "Mohamed Al Kuwaiti": a capitalised particle and the word after it, even a title
        word ("maire") or one already read as a demonym ("Kuwaiti")."""
        k = j + 1
        return (tk.text[j][:1].isupper() and tk.lower[j] in self.particles and k < len(tk)
                and _name_token(tk.text[k]) and tk.alpha[k] and not tk.text[k].isupper())

    def _capital_surname(self, tk: Tokens, i: int, j: int, taken: set[int]) -> bool:
        """"Monsieur Atou SECK": a surname written in capitals after a given name."""
        text = tk.text[j]
        return (j > i and text.isupper() and text.isalpha() and len(text) > 1 and j not in taken
                and tk.text[j - 1].istitle() and text.lower() not in self.stop)

    def _surname_first(self, tk: Tokens, i: int, taken: set[int]) -> tuple[int, int] | None:
        """"M. WANG Yi", "monsieur JIN Zhuanglong": a surname written in capitals before the given name,
        after an honorific."""
        text = tk.text[i]
        if not (text.isupper() and text.isalpha() and 1 < len(text) <= 12) or i in taken \
                or text.lower() in self.stop or i + 1 >= len(tk):
            return None
        rest = self.name_after(tk.doc, i + 1, taken)
        return (i, rest[1]) if rest and tk.text[i + 1].istitle() else None

    def _surname_at(self, tk: Tokens, k: int, taken: set[int]) -> bool:
        """Whether the word k after particles is a surname's ("de l'Estrac"), not a body's head ("de l'Agence")."""
        return self.name_at(tk, k, taken) and tk.lower[k] not in self.name_heads

    def _after_particles(self, tk: Tokens, j: int) -> int:
        """The first token after the particles starting at j ("van der Berg" -> "Berg")."""
        k = j
        while k < len(tk) and k - j < 3 and tk.lower[k] in self.particles:
            k += 1
        return k

    def find(self, doc: Any, taken: set[int], roles: list[RoleCue]) -> list[Found]:
        spans: list[tuple[int, int, str]] = []
        spans += self._from_ner(doc, taken)
        spans += self._after_cues(doc, taken, roles)
        spans += self._appositions(doc, taken, roles)
        spans += self._after_leads(doc, taken)
        spans += self._listed(doc, spans, taken)
        spans = self._ner_trimmed(doc, [(self._after_honorifics(tokens_of(doc), s, e), e, source)
                                        for s, e, source in spans])
        tk = tokens_of(doc)
        return [self._found(doc, s, e, source) for s, e, source in spans  # "… du Groupe Nec Xon" is no one
                if not any(tk.lower[k] in self.name_heads for k in range(s, e))]

    def _after_honorifics(self, tk: Tokens, start: int, end: int) -> int:
        """"… of the League H E Jane Doe": the first token after the last honorific inside a name read back
        over capitalised words, when two words or more are left after it."""
        first = start
        for k in range(start, end - 2):
            if tk.text[k] in self.honorifics or self._in_honorific_pair(tk, k):
                first = k + 1
        return first

    def _ner_trimmed(self, doc: Any, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """"Vice-president for Digital Single Market Jane Doe said": a name read back over capitalised
        words starts where NER's person of two words or more ending with it starts (no other person of NER's
        right before it); the capitalised words before it are a title's."""
        people = [ent for ent in tokens_of(doc).ents if ent.label_ in ("PER", "PERSON")]
        inside = {k for ent in people for k in range(ent.start, ent.end)}
        starts = {ent.end: ent.start for ent in people if ent.end - ent.start >= 2 and ent.start - 1 not in inside}
        tk = tokens_of(doc)
        return [(starts[e], e, source) if s < starts.get(e, s) < e and self._title_words(tk, s, starts[e])
                else (s, e, source) for s, e, source in spans]

    def _title_words(self, tk: Tokens, start: int, end: int) -> bool:
        """Whether the words start..end go on with the title written right before them ("for Digital |
        Single Market"): two words or more after a capitalised title word (no honorific), none of them a
        particle, an initial or hyphenated ("Md. Jane Doe", "Hubert La Rocque")."""
        return (start > 0 and end - start >= 2 and tk.text[start - 1][:1].isupper()
                and tk.lower[start - 1] in self.stop and tk.text[start - 1] not in self.honorifics
                and not any(tk.lower[k] in self.particles or tk.text[k].endswith(".") or joined_hyphen(tk, k)
                            or (k > 0 and joined_hyphen(tk, k - 1)) for k in range(start, end + 1)))

    def _listed(self, doc: Any, spans: list[tuple[int, int, str]], taken: set[int]) -> list[tuple[int, int, str]]:
        """"led by Jane Doe, Kato Naho, and Lee Min": the other names of a list one of whose items is a
        person, each of two to four name words closed by a comma, a coordinator or the sentence's end."""
        tk = tokens_of(doc)
        seen = {(s, e) for s, e, _ in spans}
        result: list[tuple[int, int, str]] = []
        todo = sorted(seen)
        while todo:
            start, end = todo.pop()
            for name in (self._next_item(tk, end, taken), self._previous_item(tk, start, taken)):
                if name and name not in seen and not any(tk.lower[k] in self.name_heads for k in range(*name)):
                    seen.add(name)
                    todo.append(name)
                    result.append((name[0], name[1], "list"))
        return result

    def _item_closed(self, tk: Tokens, end: int) -> bool:
        """Whether a list item ends at token `end`: a comma, a coordinator or the sentence's end."""
        return end >= len(tk) or tk.sent_start[end] or tk.text[end] in {",", ".", ";", ")"} \
            or tk.lower[end] in self.coordinators

    def _next_item(self, tk: Tokens, end: int, taken: set[int]) -> tuple[int, int] | None:
        if end + 1 >= len(tk) or tk.sent_start[end] or not (tk.text[end] == "," or tk.lower[end] in self.coordinators):
            return None
        j = end + 1
        if tk.text[end] == "," and tk.lower[j] in self.coordinators:  # "…, and Farzana Charlene"
            j += 1
        name = self.name_after(tk.doc, j, taken) if j < len(tk) else None
        if name is None or not 2 <= name[1] - name[0] <= 4 or not self._item_closed(tk, name[1]):
            return None
        return name

    def _previous_item(self, tk: Tokens, start: int, taken: set[int]) -> tuple[int, int] | None:
        k = start - 1
        if k < 1 or tk.sent_start[start] or not (tk.text[k] == "," or tk.lower[k] in self.coordinators):
            return None
        if tk.lower[k] in self.coordinators and tk.text[k - 1] == ",":
            k -= 1
        name = self._name_ending_at(tk.doc, k, taken)
        if name is None or name[1] - name[0] > 4:
            return None
        before = name[0] - 1  # the list opens after punctuation or a lower-case word, not inside a longer name
        if before >= 0 and not tk.sent_start[name[0]] and (not (tk.punct[before] or tk.is_lower[before])
                                                           or tk.lower[before] in self.function):
            return None  # "Chief of Presidential Staff, Jane Doe": a title's words
        return name

    def before_actors(self, doc: Any, taken: set[int], actors: list[Found], between: Any) -> list[Found]:
        """"… led by Renate Nikolay from the European Commission": a name written right before a
        known body or organisation, with only the pack's `member_after` words between them."""
        if between is None:
            return []
        tk = tokens_of(doc)
        result = []
        for actor in actors:
            first = doc.char_span(actor.start, actor.end, alignment_mode="expand").start
            for j in range(first - 1, max(first - 4, 0), -1):  # the name's last token, a few words back
                if between.search(tk.source[tk.idx[j] + len(tk.text[j]) : actor.start]):
                    name = self._name_ending_at(doc, j + 1, taken)
                    if name is not None and not any(tk.lower[k] in self.name_heads for k in range(*name)):
                        result.append(self._found(doc, name[0], name[1], "affiliation"))
                    break
        return result

    def _found(self, doc: Any, start: int, end: int, source: str) -> Found:
        tk = tokens_of(doc)
        name = tk.span_text(start, end)
        proper = " ".join(w.title() if w.isupper() and w.isalpha() and len(w) > 1 else w for w in name.split(" "))
        term = Term(entity_id(EntityType.PERSON, proper), EntityType.PERSON, proper)
        return Found(tk.idx[start], tk.idx[start] + len(name), name, term, source)

    def _from_ner(self, doc: Any, taken: set[int]) -> list[tuple[int, int, str]]:
        tk = tokens_of(doc)
        result = []
        people = {ent.start: ent.end for ent in tk.ents if ent.label_ in ("PER", "PERSON")}
        for ent in tk.ents:
            if ent.label_ not in ("PER", "PERSON") or not self.person_like(tk, ent.start, ent.end):
                continue
            last = ent.end
            while last in people:  # "Haitham bin Abdulrahman" + "Al-Ohali": NER cut one name in two
                last = people[last]
            start = ent.start
            while start < ent.end and (tk.text[start] in self.honorifics or tk.text[start] in self.honorific_words
                                       or tk.lower[start] in self.particles or self._in_honorific_pair(tk, start)):
                start += 1
            name = self.name_after(doc, start, taken)
            if name is None and self._month_first(tk, start, ent.end) and start not in taken:
                rest = self.name_after(doc, start + 1, taken)
                name = (start, rest[1]) if rest else None
            if name and name[1] - name[0] >= 2 and name[1] <= last + 1:
                result.append((name[0], name[1], "ner"))
        return result

    def _two_word_honorific(self, tk: Tokens, k: int) -> bool:
        """Whether tokens k and k + 1 are an honorific of two words ("Tan Sri")."""
        return k >= 0 and k + 1 < len(tk) and f"{tk.text[k]} {tk.text[k + 1]}" in self.honorifics

    def _in_honorific_pair(self, tk: Tokens, k: int) -> bool:
        """Whether token k is either word of an honorific of two words ("Tan" or "Sri" of "Tan Sri")."""
        return self._two_word_honorific(tk, k) or self._two_word_honorific(tk, k - 1)

    def person_like(self, tk: Tokens, start: int, end: int) -> bool:
        """An NER person that is not a place after "in" ("in Hà Nội") nor an organisation's name
        ("Ministry Signs", "Horn Wire University")."""
        if start > 0 and tk.lower[start - 1] in self.place_openers:
            return False
        return not any(tk.lower[k] in self.name_heads for k in range(start, end))

    def _after_cues(self, doc: Any, taken: set[int], roles: list[RoleCue]) -> list[tuple[int, int, str]]:
        tk = tokens_of(doc)
        result = []
        for i, text in enumerate(tk.text):
            if text in self.honorifics and i + 1 < len(tk):
                k = i + 1
                while k + 1 < len(tk) and k - i <= 2 and tk.text[k].istitle() and tk.lower[k] in self.stop:
                    k += 1  # "Brigadier General Jane Doe": a title word between the rank and the name
                name = self.name_after(doc, k, taken) or self._surname_first(tk, k, taken)
                if name:
                    result.append((name[0], name[1], "honorific"))
        for cue in roles:
            name = self.name_after(doc, cue.end, taken)
            if name is None and (after := self._name_after_portfolio(tk, self._after_demonyms(tk, cue.end), taken)):
                result.append((after[0], after[1], "title"))  # "le ministre français de l'Economie Bruno Le Maire"
                continue
            if name and (name[1] - name[0] >= 2 or tk.text[cue.start][:1].isupper()):
                result.append((name[0], name[1], "title"))
            elif name is None and (after := self._name_after_portfolio(tk, cue.end, taken)):
                result.append((after[0], after[1], "title"))
        return result

    def _after_demonyms(self, tk: Tokens, k: int) -> int:
        """The first token after the lower-case adjectives of nationality at k ("ministre français …")."""
        words = self.lexicon.country_words()
        while k < len(tk) and tk.is_lower[k] and fold(tk.text[k]) in words:
            k += 1
        return k

    def _list_comma(self, tk: Tokens, k: int) -> bool:
        """A comma inside a portfolio list ("of Economy, Trade and Industry", "of Trade, Tourism, and
        Investment")."""
        if tk.text[k] != "," or k + 1 >= len(tk):
            return False
        return (tk.text[k + 1][:1].isupper() and tk.lower[k + 1] in self.stop) or (
            tk.lower[k + 1] in self.joins and k + 2 < len(tk) and tk.text[k + 2][:1].isupper())

    def _place_link(self, tk: Tokens, k: int) -> bool:
        """"Ambassador of Ethiopia to Pakistan Jane Doe": a function word before a country's name goes on
        in a titled run."""
        return (tk.lower[k] in self.function and k + 1 < len(tk) and tk.text[k + 1][:1].isupper()
                and fold(tk.text[k + 1]) in self.lexicon.country_words())

    def _name_after_portfolio(self, tk: Tokens, k: int, taken: set[int]) -> tuple[int, int] | None:
        """"Minister of Digital Transformation Andriy Kovalchuk": the name closing a titled run."""
        if k >= len(tk) or tk.lower[k] not in self.portfolio_openers:
            return None
        end = k + 1
        while end < len(tk) and end - k < 16 and not tk.sent_start[end] and (
                tk.text[end][:1].isupper() or tk.lower[end] in self.run_words or self._list_comma(tk, end)
                or self._place_link(tk, end) or self._closing_hyphen(tk, end)
                or fold(tk.text[end]) in self.lexicon.portfolio_words()):  # "… de l'Économie numérique X"
            end += 2 if self._closing_hyphen(tk, end) else 1  # the word after the hyphen, "Hae-cheol"
        if end + 1 < len(tk) and tk.text[end] == "," and (named := self.name_after(tk.doc, end + 1, taken)) \
                and named[1] - named[0] >= 2:
            return None  # "Minister of X for European Integration, Oksana Melnyk": the name is after the comma
        # The name closes the portfolio: at the run's end, or before an "and" that starts someone else
        # ("Minister of Science and Technology Nguyễn Thị Thu Hà and Lee Seung-woo").
        for stop in [j for j in range(k + 2, end) if tk.lower[j] in self.joins] + [end]:
            start = stop
            while start > k + 1 and (self.name_at(tk, start - 1, taken) or tk.lower[start - 1] in self.particles
                                     or (start > k + 2 and self._capital_particle(tk, start - 2, taken))
                                     or (start > k + 2 and joined_hyphen(tk, start - 1)
                                         and self.name_at(tk, start - 2, taken))
                                     or (start == stop and start > k + 3 and joined_hyphen(tk, start - 2))):
                start -= 1  # "… Bruno Le Maire": a surname after a capitalised particle, even a title word
            while start < stop and tk.lower[start] in self.particles:
                start += 1
            if stop - start == 3 and tk.lower[start - 1] in self.joins:
                start += 1  # "of Interior and Safety Chin Young": the portfolio after "and" keeps one word
            if start > k + 1 and stop - start >= 2 and self.name_at(tk, start, taken) \
                    and tk.lower[start - 1] not in self.joins:  # "…, and Teleworking Applications": a portfolio
                return (start, stop)
        return None

    def _closing_hyphen(self, tk: Tokens, k: int) -> bool:
        """"… de la Sécurité Park Min-Seok effectue": a hyphen glued inside the run's last word, the prose
        going on after it ("Khanty-Mansi Autonomous Okrug" goes on: a place)."""
        after = k + 2
        return joined_hyphen(tk, k) and tk.alpha[k + 1] and not (
            after < len(tk) and (tk.text[after][:1].isupper() or joined_hyphen(tk, after)))

    def _appositions(self, doc: Any, taken: set[int], roles: list[RoleCue]) -> list[tuple[int, int, str]]:
        result = []
        for cue in roles:
            result += self._name_before_role(doc, cue, taken)
            result += self._name_after_role(doc, cue, taken)
        for i, lower in enumerate(tokens_of(doc).lower):
            if lower in self.speech:
                name = self.name_after(doc, i + 1, taken)
                if name and name[1] - name[0] >= 2:
                    result.append((name[0], name[1], "speech"))
                before = self._name_ending_at(doc, i, taken)
                if before:
                    result.append((before[0], before[1], "speech"))
        return result

    def _after_leads(self, doc: Any, taken: set[int]) -> list[tuple[int, int, str]]:
        """"The meeting was led by Renate Nikolay from …": a name of two words or more right after "led by"."""
        tk = tokens_of(doc)
        lowered = tk.source.lower()
        if self.leads is None or not self.leads.search(lowered):
            return []
        starts = {idx: i for i, idx in enumerate(tk.idx)}
        result = []
        for match in self.leads.finditer(lowered):
            rest = tk.source[match.end() :]
            at = match.end() + len(rest) - len(rest.lstrip())  # the first word after the cue
            name = self.name_after(doc, starts[at], taken) if at in starts else None
            if name and name[1] - name[0] >= 2:
                result.append((name[0], name[1], "leader"))
        return result

    def _name_before_role(self, doc: Any, cue: RoleCue, taken: set[int]) -> list[tuple[int, int, str]]:
        """"Leila Elmergawi, directrice de …" / "X, Morocco's Minister …"."""
        tk = tokens_of(doc)
        comma = next((k for k in range(cue.start - 1, max(cue.start - 6, 0) - 1, -1)
                      if tk.text[k] == ","), None)
        if comma is None or any(tk.punct[k] for k in range(comma + 1, cue.start)):
            return []
        name = self._name_ending_at(doc, comma, taken)
        return [(name[0], name[1], "apposition")] if name else []

    def _name_after_role(self, doc: Any, cue: RoleCue, taken: set[int]) -> list[tuple[int, int, str]]:
        """"Son directeur de la coopération internationale, Youssef Alami Idrissi, …"."""
        tk = tokens_of(doc)
        k = cue.end
        name = None
        while k < len(tk) and k - cue.end < 24 and not tk.sent_start[k]:
            if tk.text[k] in {".", ";", "(", ":"}:
                return []
            if tk.text[k] == ",":  # the name follows the comma that closes the title, not one inside it
                name = self.name_after(doc, k + 1, taken)
                if name and name[1] - name[0] >= 2:
                    break
                name = None
            k += 1
        if not name:
            return []
        if name[1] < len(tk) and tk.text[name[1]] not in {",", ".", ";"} and not tk.alpha[name[1]]:
            return []
        return [(name[0], name[1], "apposition")]

    def _name_ending_at(self, doc: Any, end: int, taken: set[int]) -> tuple[int, int] | None:
        tk = tokens_of(doc)
        start = end
        if end >= 3 and tk.alpha[end - 1] and tk.is_lower[end - 1] and joined_hyphen(tk, end - 2) \
                and self.name_at(tk, end - 3, taken):
            start = end - 2  # "Lee Seung-woo": a lower-case tail joined by a hyphen
        while start > 0 and end - start < 6:
            hyphen = joined_hyphen(tk, start - 1)
            particle = tk.lower[start - 1] in self.particles and start - 1 > 0 and self.name_at(tk, start - 2, taken)
            if self.name_at(tk, start - 1, taken) or hyphen or particle:
                start -= 1
            else:
                break
        while start < end and tk.lower[start] in self.particles:
            start += 1
        return (start, end) if end - start >= 2 else None


def _common_words(lexicon: Lexicon) -> set[str]:
    """Words of titles, portfolios and domains, and their plurals: capitalised in titles, never names."""
    words: set[str] = set()
    for phrases in lexicon.roles.values():
        words |= {w for phrase, _ in phrases for w in phrase.lower().split()}
    words |= {w for surface, _ in lexicon.portfolios for w in surface.split()}
    for surfaces in lexicon.forms.values():
        words |= {w.lower() for s, t in surfaces if t.type is EntityType.POLICY_DOMAIN for w in s.split()}
    words |= {w + "s" for w in words if w.isalpha() and not w.endswith("s")}  # "the board of Directors X"
    return {w for w in words if len(w) > 2}
