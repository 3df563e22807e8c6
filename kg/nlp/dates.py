"""Date expressions in a sentence, normalised to YYYY, YYYY-MM or YYYY-MM-DD."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from kg.nlp.schemas import PackDates
from kg.nlp.text import arabic_letters, ascii_folded, plain_parts

Handler = Callable[[re.Match[str], date | None], str | None]
WORD = re.compile(r"\w+")
LETTERS = re.compile(r"[^\W\d_]+")
STAMP_WORDS = 4  # words other than months and weekdays a line stamping the page's date may hold
CLOCK = re.compile(r"(?<!\d)\d{1,2}\s?[:h]\s?\d{2}(?!\d)")  # an hour: "18:35", "10h15"
# a year with its hour ("22 November 2022 15:23", "February 03, 2023 | 07:00 PM"): when the page was put out
DATED_HOUR = re.compile(r"(?<!\d)(?:19|20)\d\d\s*(?:[|,·•—–-]\s*)?\d{1,2}\s?[:h]\s?\d{2}(?!\d)")
CASELESS = re.compile(r"(?:(?=\w)[\u0600-\u06ff])+")  # word characters of the Arabic block, which have no case


class DateReader:
    """Finds the first date expression of a sentence and resolves it against the article date."""

    def __init__(self, words: PackDates, language: str) -> None:
        # A month may have several names ("يناير|كانون الثاني"): each is that month.
        self.months = {name: i % 12 + 1 for i, m in enumerate([*words.months, *words.short_months])
                       for name in arabic_letters(m).split("|") if name}
        self.weekdays = {arabic_letters(d): i for i, d in enumerate(words.weekdays)}
        self.relative = {arabic_letters(r.text.lower()): r for r in words.relative}
        self.language = language
        self.capitalised = set(words.capitalised_months)
        month = "|".join(re.escape(m) for m in sorted(self.months, key=len, reverse=True))  # "feb." as written
        day = "|".join(self.weekdays)
        rel = "|".join(re.escape(r) for r in sorted(self.relative, key=len, reverse=True))
        start, to, suffix = _alternation(words.range_from), _alternation([*words.range_to, "-"]), \
            _alternation(words.day_suffixes)
        link = _alternation([re.escape(w) + r"\s+" for w in words.month_year_links], escape=False)
        opener = _alternation(words.month_openers)
        years = [r for r, rule in self.relative.items() if rule.unit == "year"]
        yearly = "|".join(re.escape(r) for r in sorted(years, key=len, reverse=True)) or "(?!)"
        flags = re.IGNORECASE
        self.weekday_pattern = re.compile(rf"\b({day})\b", flags)
        self.rules: list[tuple[re.Pattern[str], Handler]] = [
            (re.compile(rf"\b(?:{start})\s+(\d{{1,2}})(?:{suffix})?\s+(?:{to})\s+\d{{1,2}}"
                        rf"(?:{suffix})?\s+({month})(?:,?\s+(\d{{4}}))?\b", flags), self._day_month),
            (re.compile(rf"\b(\d{{1,2}})(?:{suffix})?\s+({month})(?:,?\s+(\d{{4}}))?\b", flags),
             self._day_month),
            (re.compile(rf"\b({month})\s+(\d{{1,2}})(?:{suffix})?\b(?:,?\s+(\d{{4}}))?", flags),
             self._month_day),
            (re.compile(rf"\b({month})\s+(?:{link})?(\d{{4}})\b", flags), self._month_year),
            (re.compile(rf"\b({month})\s+(?:[\w']+\s+){{0,2}}?({yearly})(?!\w)", flags), self._month_of_year),
            (self.weekday_pattern, self._weekday),
            (re.compile(rf"(?<![\w'])({rel})\b", flags), self._relative),
            (re.compile(rf"\b(?:{opener})\s+({month})\b", flags), self._month_alone),
        ]
        # Words one of which each rule needs (None: no cheap test), to skip rules that cannot match.
        months, days = _plain(list(self.months)), _plain(list(self.weekdays))
        month_parts, day_parts = _parts(months), _parts(days)
        self.needs = [month_parts] * 5 + [day_parts, _parts(list(self.relative) or None), month_parts]
        # Every rule matches its words as whole words: a word without case (Arabic) is in the text only
        # when its first word is one of the text's words, which one scan of the text lists.
        months_first, days_first = _first_words(list(self.months)), _first_words(list(self.weekdays))
        self.first_words = [months_first] * 5 + [days_first, _first_words(list(self.relative)), months_first]

    def find(self, text: str, base: date | None, known: int = 10) -> str | None:
        """The first date of the text; against an article dated by its month only ("2021-11", `known` its
        length), a weekday or "yesterday" names that month, not a day; against a year alone, nothing."""
        folded = ascii_folded(text)
        present: dict[int, bool] = {}  # by rule need, whether one of its words may be in the text
        written: set[str] | None = None  # the words of the text, listed when a rule asks
        for (pattern, handler), words, firsts in zip(self.rules, self.needs, self.first_words, strict=True):
            if not _may_have(folded, words, present):
                continue
            if firsts is not None:
                written = set(WORD.findall(text)) if written is None else written
                if firsts.isdisjoint(written):
                    continue
            for match in pattern.finditer(text):
                if self._modal(match):
                    continue
                value = handler(match, base)
                if value and base and known < 10 and len(value) == 10 \
                        and handler in (self._weekday, self._relative):
                    value = base.isoformat()[:7] if known >= 7 else None
                if value:
                    return value
        return None

    def weekday_in(self, text: str) -> int | None:
        """The weekday a text names (Monday 0), if it names one."""
        match = next((m for m in self.weekday_pattern.finditer(text) if not self._modal(m)), None)
        return self.weekdays[match.group(1).lower()] if match else None

    def only_date(self, text: str) -> bool:
        """Whether a line is a date and nothing else ("Thursday, November 29, 2018"): when the page was put
        out, not when anything it reports happened."""
        lowered = text.lower()
        first = LETTERS.search(lowered)  # most lines fail at their first word: no need to list them all
        if first is None or not (first.group() in self.months or first.group() in self.weekdays):
            return False
        words = LETTERS.findall(lowered)
        return any(c.isdigit() for c in text) and all(w in self.months or w in self.weekdays for w in words)

    def stamp(self, text: str, found: str | None, published: str | None) -> bool:
        """Whether a line gives the page's own day and hour among a few words of page furniture ("Thursday,
        September 9th, 2021 18:35 | By", "Published Apr 28, 2026 01:02 pm"): when the page was put out, not
        when anything it reports happened (a dateline gives no hour)."""
        if not found or found != published:
            return False
        if DATED_HOUR.search(text):  # "Ministry of …, posted 22 November 2022 15:23", whatever the words around it
            return True
        if not CLOCK.search(text):
            return False
        words = [w for w in LETTERS.findall(text.lower()) if w not in self.months and w not in self.weekdays]
        return len(words) <= STAMP_WORDS

    def _modal(self, match: re.Match[str]) -> bool:
        """Month names that are other words in lower case (English "may", "march") are months only when
        capitalised."""
        words = re.findall(r"[a-z]+", match.group(0))
        return any(w in self.capitalised for w in words)

    def _month(self, name: str) -> int:
        return self.months[name.lower()]

    def _day_month(self, match: re.Match[str], base: date | None) -> str | None:
        day, month = int(match.group(1)), self._month(match.group(2))
        year = int(match.group(3)) if match.group(3) else _year_for(month, base)
        return _iso(year, month, day)

    def _month_day(self, match: re.Match[str], base: date | None) -> str | None:
        month, day = self._month(match.group(1)), int(match.group(2))
        year = int(match.group(3)) if match.group(3) else _year_for(month, base)
        return _iso(year, month, day)

    def _month_year(self, match: re.Match[str], base: date | None) -> str | None:
        return f"{int(match.group(2)):04d}-{self._month(match.group(1)):02d}"

    def _month_of_year(self, match: re.Match[str], base: date | None) -> str | None:
        """"In February last year", "en mars de l'année dernière": that month of the year the words name."""
        year = self._shifted(match.group(2), base)
        return f"{year}-{self._month(match.group(1)):02d}" if year else None

    def _month_alone(self, match: re.Match[str], base: date | None) -> str | None:
        month = self._month(match.group(1))
        year = _year_for(month, base)
        return f"{year:04d}-{month:02d}" if year else None

    def _weekday(self, match: re.Match[str], base: date | None) -> str | None:
        if base is None:
            return None
        back = (base.weekday() - self.weekdays[match.group(1).lower()]) % 7
        return (base - timedelta(days=back)).isoformat()

    def _relative(self, match: re.Match[str], base: date | None) -> str | None:
        return self._shifted(match.group(1), base)

    def _shifted(self, phrase: str, base: date | None) -> str | None:
        """The date a relative phrase names from the article date, as precise as its unit."""
        if base is None:
            return None
        rule = self.relative[phrase.lower()]
        moment = base + timedelta(days=rule.days)
        if rule.unit == "year":
            return f"{moment.year:04d}"
        if rule.unit in ("month", "week"):  # "last week": the month is known, not the day
            return moment.isoformat()[:7]
        return moment.isoformat()


def without_relative(text: str, pronouns: list[str]) -> str:
    """The sentence with its relative clauses blanked (", qui se tient du 15 au 19 décembre,"): the date of
    another thing than the sentence's event."""
    if not pronouns:
        return text
    words = "|".join(re.escape(p) for p in pronouns)
    return re.sub(rf",\s+(?:{words})\s[^,;]*", lambda m: " " * len(m.group(0)), text)


def _alternation(words: list[str], escape: bool = True) -> str:
    """Words as a regular-expression alternation; one that matches nothing when there are none."""
    parts = [re.escape(w) if escape else w for w in words]
    return "|".join(parts) if parts else "(?!)"


Parts = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def _parts(words: list[str] | None) -> Parts | None:
    """The plain stretches each word needs in a folded text (`plain_parts`), read once: the words needing
    one stretch, and the stretches of each other word."""
    if words is None:
        return None
    parts = [plain_parts(word) for word in words]
    return tuple(p[0] for p in parts if len(p) == 1), tuple(p for p in parts if len(p) != 1)


def _may_have(folded: str, parts: Parts | None, present: dict[int, bool]) -> bool:
    """Whether one of the words may be in the text (None: no test, as `may_match` of each word); kept in
    `present` by word list."""
    if parts is None:
        return True
    if id(parts) not in present:
        singles, others = parts
        present[id(parts)] = any(map(folded.__contains__, singles)) or any(
            all(part in folded for part in needed) for needed in others)
    return present[id(parts)]


def _first_words(words: list[str]) -> frozenset[str] | None:
    """The first words of phrases written in caseless letters only (the Arabic block), each a whole word
    (`\\w+`) as a regular expression sees it; None when some phrase has other characters."""
    parts = [word.split(" ") for word in words]
    if not parts or not all(p and all(CASELESS.fullmatch(w) for w in p) for p in parts):
        return None
    return frozenset(p[0] for p in parts)


def _plain(words: list[str]) -> list[str] | None:
    """The words, when there are some and each is written in the patterns as itself (letters only, or an
    abbreviation's letters and its dot)."""
    return words if words and all(word.rstrip(".").isalpha() for word in words) else None


def _year_for(month: int, base: date | None) -> int | None:
    """The year of a month named without one: the latest not after the article date."""
    if base is None:
        return None
    return base.year if month <= base.month else base.year - 1


def _iso(year: int | None, month: int, day: int) -> str | None:
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


STAMP = re.compile(r"\s*date (\d{4}-\d{2}(?:-\d{2})?)\b")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def stand_in(text: str, today: date) -> tuple[str | None, date | None]:
    """For an article the page gives no date: the page's own stamp at the head of its text ("date 2023-07",
    then as precise as it is), else the year its text writes most (the latest of equals, none after the
    current year), standing for its last day so that a day named without a year ("le 19 novembre") falls in
    it. The stand-in dates what the text names; it is not the report's day."""
    stamp = STAMP.match(text)
    if stamp:
        return stamp.group(1), parse_published(stamp.group(1))
    years = [int(y) for y in YEAR.findall(text) if int(y) <= today.year]
    if not years:
        return None, None
    year = max(years, key=lambda y: (years.count(y), y))
    return str(year), date(year, 12, 31)


def parse_published(value: str | None) -> date | None:
    """The article date as a day (the first of the month or year when partial)."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None
