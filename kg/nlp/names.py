"""Named things built from patterns: ministries from portfolios, policies, agreements."""

from __future__ import annotations

import re
from typing import Any

from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp.found import Found
from kg.nlp.lexicon import Lexicon, Term, portfolio_of

STOP = {",", ".", ";", ":", "(", ")", "«", "»", '"', "!", "?", "\n"}
QUOTES = {"«": "»", '"': '"'}
LEADING = {"the", "la", "le", "les", "l'", "a", "an", "its", "their", "sa", "son", "leur"}
YEAR = re.compile(r"^(19|20)\d\d$")


def ministry_name(portfolios: list[str]) -> str:
    """"Ministry of Communication, Telecommunications and Digital Affairs"."""
    if len(portfolios) <= 2:
        return "Ministry of " + " and ".join(portfolios)
    return "Ministry of " + ", ".join(portfolios[:-1]) + " and " + portfolios[-1]


def ministry_term(portfolios: list[str], lexicon: Lexicon) -> Term:
    name = ministry_name(portfolios)
    body_id = entity_id(EntityType.GOVERNMENT_BODY, name)
    return lexicon.known(body_id) or Term(body_id, EntityType.GOVERNMENT_BODY, name)


def ministries(doc: Any, lexicon: Lexicon, language: str) -> list[Found]:
    """"Ministère de la Transition numérique …" / "Ministry of Digital Transition …"."""
    heads = {h for h, kind in lexicon.heads.get(language, []) if kind == "ministry" and " " not in h}
    result = []
    for token in doc:
        if token.lower_ not in heads:
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i < 16 and doc[end].text not in STOP:
            end += 1
        portfolios = portfolio_of(doc[token.i + 1 : end].text, lexicon)
        if not portfolios:
            continue
        while end > token.i + 1 and portfolio_of(doc[token.i + 1 : end - 1].text, lexicon) == portfolios:
            end -= 1
        span = doc[token.i : end]
        result.append(Found(span.start_char, span.end_char, span.text,
                            ministry_term(portfolios, lexicon), "pattern"))
    return result


def policies(doc: Any, cue: re.Pattern[str], named: Any = None) -> list[Found]:
    """Named strategies and plans: quoted names near a policy word, or capitalised names.

    `named(text)` says whether a text names a country ("Sénégal numérique 2025").
    """
    result = _dated_names(doc, named)
    for token in doc:
        if token.text in QUOTES:
            found = _quoted(doc, token.i, QUOTES[token.text], cue, named)
            if found:
                result.append(found)
        elif cue.fullmatch(token.lower_):
            result.extend(_around(doc, token.i))
            result.extend(_apposed(doc, token.i))
    return result


def _dated_names(doc: Any, named: Any) -> list[Found]:
    """"… la mise en œuvre de Digital Maroc 2030": a capitalised name ending in a year, naming a country."""
    result = []
    for token in doc:
        if not YEAR.match(token.text) or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper() and token.i - start < 5:
            start -= 1
        span = doc[start : token.i + 1]
        if token.i - start >= 2 and not doc[start].is_sent_start and named and named(span.text):
            result.append(_policy(span, "dated"))
    return result


APPOSITION_DETS = {"la", "le", "l'", "the", "a", "an", "une", "un", "sa", "son", "its", "their", "leur"}


def _apposed(doc: Any, i: int) -> list[Found]:
    """"… le New Deal technologique », la stratégie …": the name before ", la stratégie"."""
    k = i - 1
    while k > 0 and doc[k].is_lower and doc[k].lower_ not in APPOSITION_DETS and i - k < 3:
        k -= 1
    if k < 2 or doc[k].lower_ not in APPOSITION_DETS or doc[k - 1].text != ",":
        return []
    end = k - 1
    if doc[end - 1].text in {"»", '"'}:
        end -= 1
    start = end
    while start > 0 and end - start < 6 and (doc[start - 1].is_alpha or YEAR.match(doc[start - 1].text)) \
            and doc[start - 1].lower_ not in LEADING | FUNCTION:
        start -= 1
    if start == end or not doc[start].text[:1].isupper() or doc[start].is_sent_start:
        return []
    return [_policy(doc[start:end], "apposition")]


FUNCTION = {"dans", "de", "du", "des", "in", "of", "into", "to", "for", "pour", "avec", "with", "sur", "on"}


def _policy(span: Any, source: str) -> Found:
    name = span.text.strip()
    term = Term(entity_id(EntityType.POLICY, name), EntityType.POLICY, name)
    return Found(span.start_char, span.start_char + len(name), name, term, source)


def _quoted(doc: Any, i: int, closing: str, cue: re.Pattern[str], named: Any) -> Found | None:
    end = next((k for k in range(i + 1, min(i + 10, len(doc))) if doc[k].text == closing), None)
    if end is None or end == i + 1:
        return None
    inner = doc[i + 1 : end]
    if not inner[0].text[:1].isupper() or any(t.is_punct and t.text not in "-'" for t in inner):
        return None
    window = doc[max(0, i - 6) : min(len(doc), end + 6)].text.lower()
    dated = any(YEAR.match(t.text) for t in inner) and len(inner) <= 5
    if not (cue.search(window) or dated or (named and len(inner) <= 4 and named(inner.text))):
        return None
    return _policy(inner, "quoted")


def _around(doc: Any, i: int) -> list[Found]:
    """"Digital Morocco 2030 strategy" (name before) / "Plan Maroc Vert" (name after)."""
    found = []
    start = i
    while start > 0 and (_name_part(doc[start - 1]) or _inner_hyphen(doc, start - 1)):
        start -= 1
    if start > 0 and doc[start - 1].like_num and start < i:
        start -= 1
    while start < i and doc[start].lower_ in LEADING:
        start += 1
    stop = i + 1 if doc[i].text[:1].isupper() else i
    if stop - start >= 2 and not (start > 0 and doc[start - 1].text in QUOTES):
        found.append(_policy(doc[start:stop], "pattern"))
    end = i + 1
    while end < len(doc) and _name_part(doc[end]):
        end += 1
    if end == i + 1 and doc[i].pos_:
        end = _modifiers(doc, i + 1)
    if doc[i].text[:1].isupper() and end - i >= 2 and not doc[i].is_sent_start:
        found.append(_policy(doc[i:end], "pattern"))
    return found


def _modifiers(doc: Any, start: int) -> int:
    """"Stratégie nationale pour l'intelligence artificielle": lower-case words after a title."""
    end = start
    while end < len(doc) and end - start < 7 and doc[end].text not in STOP and doc[end].text != "(":
        if doc[end].pos_ in ("VERB", "AUX", "PRON", "SCONJ") or doc[end].ent_type_ in ("LOC", "PER"):
            break
        if doc[end].lower_ == "au" and end + 1 < len(doc) and doc[end + 1].lower_ == "sein":
            break
        end += 1
    while end > start and doc[end - 1].lower_ in FUNCTION | LEADING:
        end -= 1
    return end


def _inner_hyphen(doc: Any, k: int) -> bool:
    return k > 0 and doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_


def _name_part(token: Any) -> bool:
    return (token.text[:1].isupper() and token.is_alpha) or bool(YEAR.match(token.text))


def agreements(doc: Any, lexicon: Lexicon, language: str) -> list[tuple[int, int, str]]:
    """Character spans of agreement phrases and the English label of their kind."""
    pattern, labels = _agreement_pattern(lexicon, language)
    return [(m.start(), m.end(), labels[m.group(1)]) for m in pattern.finditer(doc.text.lower())]


_PATTERNS: dict[tuple[int, str], tuple[re.Pattern[str], dict[str, str]]] = {}


def _agreement_pattern(lexicon: Lexicon, language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    key = (id(lexicon), language)
    if key not in _PATTERNS:
        phrases = lexicon.agreements.get(language, [])  # longest first
        alternation = "|".join(re.escape(phrase) for phrase, _ in phrases)
        _PATTERNS[key] = (re.compile(rf"(?<![\w-])({alternation})s?(?![\w-])"), dict(phrases))
    return _PATTERNS[key]


LOCATIVE_WORDS = {"in", "to", "at", "from", "à", "au", "en", "depuis", "vers"}


def places(doc: Any, lexicon: Lexicon, taken: set[int]) -> list[Found]:
    """Cities and regions: NER locations, or capitalised names after "in / to / à"."""
    spans = [(e.start, e.end) for e in doc.ents if e.label_ in ("LOC", "GPE")]
    if not doc.has_annotation("ENT_IOB"):
        spans = [s for t in doc if t.lower_ in LOCATIVE_WORDS and (s := _capitalised(doc, t.i + 1))]
    result = []
    for start, end in spans:
        span = doc[start:end]
        if any(t.i in taken for t in span) or span.text.lower() in lexicon.regions:
            continue
        if lexicon.coref and any(span.text in words for words in lexicon.coref.kingdom.values()):
            continue
        if lexicon.dates and any(span.text.lower() in names for names in lexicon.dates.months.values()):
            continue
        if not span.text[:1].isupper() or span.text.isupper() or len(span.text) < 3:
            continue
        if span[0].pos_ and span[0].pos_ != "PROPN":
            continue
        term = Term(entity_id(EntityType.PLACE, span.text), EntityType.PLACE, span.text)
        result.append(Found(span.start_char, span.end_char, span.text, term, "ner"))
    return result


def _capitalised(doc: Any, i: int) -> tuple[int, int] | None:
    end = i
    while end < len(doc) and end - i < 3 and doc[end].is_alpha and doc[end].text[:1].isupper():
        end += 1
    if end == i or (end < len(doc) and doc[end].text[:1].isupper()):
        return None
    return (i, end)
