"""Companies introduced by a noun: "the car maker Hyundai", "la société Acme", "l'opérateur télécom Zed",
"telecom companies Acme and Globex". An unknown capitalised name right after a company noun (the pack's
`company_name_before` pattern), and one coordinated with it, is an organisation; so are its other mentions."""

from __future__ import annotations

import re

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found, Sentence
from kg.nlp.generic import date_words
from kg.nlp.lexicon import Lexicon, Term
from kg.nlp.listed_names import NAME, free, may_name, mentions_of
from kg.nlp.text import fold

E = EntityType
INSIDE = (E.POLICY_DOMAIN, E.COUNTRY)  # a field or a country inside a name: "Converge ICT Solutions"


def introduced_organisations(sentences: list[Sentence], text: str, named: list[Found], lexicon: Lexicon,
                             language: str, cue: re.Pattern[str] | None) -> list[Found]:
    """Unknown names a company noun introduces, with every mention of them, as organisations."""
    if cue is None:
        return []
    words = lexicon.words(language)
    coordinators = "|".join(re.escape(c) for c in words.coordinators if c.isalpha())
    country_words = lexicon.country_words()
    halves = lexicon.derived("country word halves", lambda: _halves(country_words))
    stop = {w.lower() for w in words.not_names} | date_words(lexicon)
    names: set[str] = set()
    for sentence in sentences:
        for match in NAME.finditer(text, sentence.start, sentence.end):
            if not re.match(r"[\w-]", text[match.start() - 1 : match.start()]) and free(match.span(), named, INSIDE) \
                    and cue.search(text[sentence.start : match.start()]):
                names |= {n for n in _with_coordinated(text, match, sentence, coordinators, named)
                          if may_name(n, False, country_words, stop) and fold(n) not in halves}
    result: list[Found] = []
    for name in sorted(names, key=len, reverse=True):  # "Nec" inside "Nec Xon" is a mention of the longer name
        result += mentions_of(text, Term(entity_id(E.ORGANIZATION, name), E.ORGANIZATION, name), named + result,
                              "introduced", INSIDE)
    return result


def _with_coordinated(text: str, match: re.Match[str], sentence: Sentence, coordinators: str,
                      named: list[Found]) -> list[str]:
    """The name, and the unknown name "and" / "et" joins to it ("companies Acme and Globex")."""
    result = [match.group()]
    if not coordinators:
        return result
    joined = re.compile(rf"\s+(?:{coordinators})\s+({NAME.pattern})").match(text, match.end(), sentence.end)
    if joined and free(joined.span(1), named, INSIDE):
        result.append(joined.group(1))
    return result


def _halves(country_words: dict[str, str]) -> set[str]:
    """The last halves of hyphenated country words: "coreenne" of "sud-coreenne"."""
    return {w.rsplit("-", 1)[1] for w in country_words if "-" in w}
