"""The fast paths of the rule layers give what the plain ones gave: same mentions, sentences, matches."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
import spacy

from kg.models import EntityType
from kg.nlp.dates import DateReader
from kg.nlp.found import Found, Sentence, choose
from kg.nlp.lexicon import ROOT, Term, load_lexicon
from kg.nlp.pipeline import load_pipeline, register_components
from kg.nlp.relations import SentenceRules
from kg.nlp.state import ArticleState, split_sentences
from kg.nlp.text import ascii_folded, may_match, normalize
from kg.nlp.tokens import tokens_of

TEXT = ("Digital Morocco 2030\nRABAT, 3 March 2025 - The Minister of Digital Transition, Amal El Fallah "
        "Seghrouchni, met Mr. John Smith-Jones in Rabat.\n• both sides agreed; the two countries said so.\n"
        "1. Yesterday the Japan International Cooperation Agency (JICA) and Kenya's ICT Authority signed "
        "a memorandum of understanding on Monday.  It is «New Deal» time, ſo the KELVIN İstanbul ı.\n\n")
ARABIC = ("عمّان – وقّع وزير الاقتصاد الرقمي الأردني، يوم ٣ آذار ٢٠٢٥، مذكرة تفاهم مع تونس.\n"
          "• والتقى الجانبان (في مقر الوزارة)  أمس؛ وناقشا التعاون؟ نعم\n\n")


def plain_choose(candidates: list[Found]) -> list[Found]:
    ranked = sorted(candidates, key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for found in ranked:
        if all(found.end <= t.start or found.start >= t.end for t in taken):
            taken.append(found)
    return sorted(taken, key=lambda f: f.start)


def found_at(start: int, end: int, name: str = "x", kind: EntityType = EntityType.PERSON) -> Found:
    return Found(start, end, name, Term(f"person/{name}", kind, name))


@pytest.mark.parametrize("seed", range(30))
def test_choose_matches_the_plain_rule(seed: int) -> None:
    rng = random.Random(seed)
    candidates = []
    for n in range(rng.randint(0, 60)):
        start = rng.randint(0, 80)
        candidates.append(found_at(start, start + rng.choice([0, 0, 1, 2, 3, 5, 8, 13]), str(n)))
    assert [id(f) for f in choose(candidates)] == [id(f) for f in plain_choose(candidates)]


def test_sentence_at_matches_a_linear_scan() -> None:
    doc = load_pipeline("en")(TEXT)
    state = ArticleState(doc.text, doc, "en", load_lexicon(ROOT), None)
    state.sentences = split_sentences(doc)

    def linear(offset: int) -> Sentence:
        return next((s for s in state.sentences if s.start <= offset < s.end), state.sentences[-1])

    for offset in range(-2, len(TEXT) + 3):
        assert state.sentence_at(offset) is linear(offset)


@pytest.mark.parametrize(("language", "text"), [("en", TEXT), ("ar", normalize(ARABIC)), ("en", "")])
def test_token_table_and_sentences_match_spacy(language: str, text: str) -> None:
    # Rule-based sentence starts, which the table keeps as they are (a parser's cuts with no
    # punctuation before them are taken back by mend_sentence_starts).
    register_components()
    nlp = spacy.blank(language)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("line_boundaries")
    doc = nlp(text)
    tk = tokens_of(doc)
    assert tokens_of(doc) is tk
    assert tk.source == doc.text and len(tk) == len(doc)
    assert tk.text == [t.text for t in doc] and tk.lower == [t.lower_ for t in doc]
    assert tk.space == [t.whitespace_ for t in doc] and tk.alpha == [t.is_alpha for t in doc]
    assert tk.is_lower == [t.is_lower for t in doc] and tk.punct == [t.is_punct for t in doc]
    assert tk.num == [t.like_num for t in doc]
    assert tk.sent_start == [t.is_sent_start for t in doc] and tk.idx == [t.idx for t in doc]
    for start in range(len(doc)):
        for end in range(start, start + 8 + 1):  # past the last token too, as a slice allows
            assert tk.span_text(start, end) == doc[start:end].text
    expected = [(s.text, s.start_char) for s in doc.sents]
    got = [(tk.span_text(s.start, s.end), tk.idx[s.start]) for s in doc.sents]
    assert got == expected
    sentences = split_sentences(doc)
    assert [s.text for s in sentences] == [t for s in doc.sents if (t := s.text.strip())]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_only_four_characters_beyond_ascii_match_ascii_ignoring_case() -> None:
    beyond = "".join(chr(x) for x in range(128, 0x110000))
    matched = {m.group(0) for m in re.finditer("[\x00-\x7f]", beyond, re.I)}
    assert matched == {"\u0130", "\u0131", "\u212a", "\u017f"}


def test_arabic_letters_match_only_themselves_ignoring_case() -> None:
    beyond = "".join(chr(x) for x in range(0x110000) if not 0x0600 <= x <= 0x06FF)
    assert re.search("[\u0600-\u06ff]", beyond, re.I) is None


@pytest.mark.parametrize("phrase", ["both sides", "the two countries", "Kingdom", "février", "août", "ministre",
                                    "İstanbul", "so the kelvin", "ıs", "STRASSE", "الجانبان", "البلدين الشقيقين",
                                    "كانون الثاني", "العاصمة X", "10 ذو الحجة"])
def test_may_match_never_misses_a_match(phrase: str) -> None:
    rng = random.Random(phrase)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ éèÉÈôÔ-'\u0130\u0131\u212a\u017f" + phrase
    texts = [TEXT, phrase.upper(), phrase.swapcase(), f"x {phrase.title()} y"]
    texts += ["".join(rng.choice(alphabet) for _ in range(40)) + phrase.upper() for _ in range(20)]
    for text in texts:
        if re.search(re.escape(phrase), text, re.I):
            assert may_match(ascii_folded(text), phrase), text
    assert not may_match(ascii_folded("nothing here"), "both sides")
    assert not may_match(ascii_folded("الجانب ان البلدين"), "الجانبان")


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_date_reader_skips_only_rules_that_cannot_match(language: str) -> None:
    lexicon = load_lexicon(ROOT)
    assert lexicon.dates is not None
    reader = DateReader(lexicon.packs[language].dates, language)
    plain = DateReader(lexicon.packs[language].dates, language)
    plain.needs = plain.first_words = [None] * len(plain.rules)
    words = [*lexicon.dates.months[language], *lexicon.dates.weekdays[language], "today", "hier", "MAY", "Mars",
             *reader.months, *reader.weekdays, *reader.relative, *(f"و{m}" for m in reader.months),
             *(m.split(" ")[0] for m in reader.months), *(f"{m}ية" for m in reader.weekdays)]
    rng = random.Random(language)
    for _ in range(300):
        text = " ".join(rng.choice([*words, "le", "the", "3", "12th", "2024", "du", "from", "to", "au", "in", "في",
                                    "من", "الى", "شهر", "يوم", "2025,"])
                        for _ in range(rng.randint(1, 8)))
        for base in (None, date(2025, 3, 14)):
            assert reader.find(text, base) == plain.find(text, base), text
        assert reader.only_date(text) == plain_only_date(reader, text), text
    assert reader.only_date("Thursday, November 29, 2018") == (language == "en")


def plain_only_date(reader: DateReader, text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and any(c.isdigit() for c in text) and all(
        w in reader.months or w in reader.weekdays for w in words)


def test_masked_blanks_the_names_as_before() -> None:
    doc = load_pipeline("en")(TEXT)
    state = ArticleState(doc.text, doc, "en", load_lexicon(ROOT), None)
    state.sentences = split_sentences(doc)
    sentence = state.sentences[1]
    sentence.found = [found_at(sentence.start - 3, sentence.start + 4, "a"),
                      found_at(sentence.start + 10, sentence.start + 12, "b", EntityType.COUNTRY),
                      found_at(sentence.end - 5, sentence.end + 9, "c", EntityType.ORGANIZATION)]
    text = list(sentence.text.lower())
    for found in sentence.found:
        if found.term.type is not EntityType.COUNTRY:
            for k in range(found.start - sentence.start, found.end - sentence.start):
                if 0 <= k < len(text):
                    text[k] = "_"
    rules = SentenceRules(state)
    assert rules.masked(sentence) == "".join(text)
    assert rules.masked(sentence) == "".join(text)
    sentence.found = sentence.found[:1]
    assert rules.masked(sentence).count("_") == 4

