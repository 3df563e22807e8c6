"""Domain words that belong to a title's portfolio ("ministre de l'Économie numérique", "ICT and
Innovation minister"): they name a ministry, not a field of cooperation, so they are no domain mention."""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.state import ArticleState
from kg.nlp.text import fold
from kg.nlp.tokens import tokens_of

E = EntityType
RUN = 20  # at most this many tokens of a portfolio next to its role noun
VERBAL = frozenset({"VERB", "AUX"})


def portfolio_domains(state: ArticleState) -> list[Found]:
    """The domain mentions of the article written inside a person's role or a title's portfolio."""
    runs = [(r.start, r.end) for r in state.roles.values()] + _title_runs(state)
    return [f for f in state.found if f.term.type is E.POLICY_DOMAIN
            and any(start <= f.start and f.end <= end for start, end in runs)]


def _title_runs(state: ArticleState) -> list[tuple[int, int]]:
    """Character spans of the portfolios written after each role noun or charge ("minister of X and Y",
    "en charge du numérique") and of those written before a role noun ("ICT and Innovation minister")."""
    runs = []
    for after in [cue.end for cue in state.role_cues] + _charges(state) + _ministries(state):
        end = _run_after(state, after)
        if end > after:
            runs.append((state.doc[after].idx, _char_end(state, end - 1)))
    for cue in state.role_cues:
        start = _run_before(state, cue.start)
        if start < cue.start:
            runs.append((state.doc[start].idx, _char_end(state, cue.start - 1)))
    return runs


def _charges(state: ArticleState) -> list[int]:
    """The tokens right after each charge phrase of the language ("chargé", "en charge", "in charge")."""
    phrases = state.lexicon.words(state.language).portfolio_charges
    if not phrases:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)
    starts = tokens_of(state.doc).idx
    return [k for m in pattern.finditer(state.text) if (k := bisect_left(starts, m.end())) < len(starts)]


def _ministries(state: ArticleState) -> list[int]:
    """The tokens right after each ministry head noun ("le ministère mauritanien de la transformation …")."""
    heads = state.lexicon.ministry_heads()
    texts = tokens_of(state.doc).text
    return [i + 1 for i in range(len(texts) - 1) if fold(texts[i]) in heads]


def _char_end(state: ArticleState, token: int) -> int:
    item = state.doc[token]
    return int(item.idx + len(item.text))


def _run_after(state: ArticleState, begin: int) -> int:
    """The token after the portfolio that follows a role noun: links, portfolio and domain words and
    capitalised words, no verb, up to a clause mark; a run that names no portfolio word ends at once.
    Charges and demonyms may stand first ("ministre saoudien des …", "déléguée chargée de la …")."""
    tk = tokens_of(state.doc)
    links = _links(state)
    first = begin
    while begin < len(tk) and (skip := _charge(state, begin) or _demonym(state, begin)):
        begin += skip
    if begin >= len(tk) or tk.lower[begin].replace("’", "'") not in links:
        return first  # "le ministre a …": no portfolio follows
    end, named = begin, False
    while end < len(tk) and end - begin < RUN and not (end > begin and tk.sent_start[end]):
        word = tk.lower[end].replace("’", "'")
        if word in links or (word == "," and _listed(state, end)):
            end += 1
        elif _portfolio_word(state, end):
            named, end = True, end + 1
        else:
            break
    while end > begin and tk.lower[end - 1].replace("’", "'") in links | {","}:
        end -= 1
    return end if named else first


def _run_before(state: ArticleState, cue: int) -> int:
    """The first token of a portfolio written before its role noun ("Transport and Communications")."""
    tk = tokens_of(state.doc)
    links = _links(state)
    start = cue
    while start > 0 and cue - start < RUN and not tk.sent_start[start] and (
            _portfolio_word(state, start - 1) or tk.lower[start - 1] in links):
        start -= 1
    while start < cue and tk.lower[start] in links:
        start += 1
    return start


def _portfolio_word(state: ArticleState, token: int) -> bool:
    """A word of a portfolio: a known portfolio word, a word of a domain mention or a capitalised word,
    never a verb."""
    item = state.doc[token]
    if item.pos_ in VERBAL or not item.is_alpha:
        return False
    return (fold(item.text) in state.lexicon.portfolio_words() or item.text[:1].isupper()
            or any(f.start <= item.idx < f.end for f in state.found if f.term.type is E.POLICY_DOMAIN))


def _charge(state: ArticleState, token: int) -> int:
    """How many tokens of a charge phrase start at the token ("en charge": 2), else 0."""
    lower = tokens_of(state.doc).lower
    for phrase in state.lexicon.words(state.language).portfolio_charges:
        words = phrase.split()
        if lower[token : token + len(words)] == words:
            return len(words)
    return 0


def _demonym(state: ArticleState, token: int) -> int:
    """"saoudien", "béninoise": the country of the title, between it and its portfolio (1), else 0."""
    item = state.doc[token]
    return int(fold(item.text) in state.lexicon.country_words()
               or any(f.start <= item.idx < f.end and f.term.type is E.COUNTRY for f in state.found))


def _listed(state: ArticleState, comma: int) -> bool:
    """A comma that goes on listing portfolios: the next word is a link or a portfolio word."""
    following = comma + 1
    if following >= len(state.doc):
        return False
    return state.doc[following].lower_.replace("’", "'") in _links(state) or _portfolio_word(state, following)


def _links(state: ArticleState) -> set[str]:
    words = state.lexicon.words(state.language)
    return {*words.title_connectors, *words.definite, *words.partitives, *words.portfolio_openers,
            *words.coordinators}
