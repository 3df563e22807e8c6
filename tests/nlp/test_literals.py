"""The literal test before a search skips only texts the pattern cannot match."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.nlp import literals
from kg.nlp.lexicon import ROOT, load_lexicon
from kg.nlp.text import normalize

SAMPLES = [ROOT / "data" / "articles", Path(__file__).parents[1] / "data" / "arabic" / "articles"]


@pytest.mark.parametrize(("pattern", "needs"), [
    ("ab+c", {"a"}), ("(foo|bar)baz", {"foobaz", "barbaz"}), ("(?<!\\w)(و|ف)?(وقع|توقيع)(?!\\w)", {"وقع", "توقيع"}),
    ("\\bsign(ed)?\\b", {"sign"}), ("x(yz){2}", {"yz"}), ("abc|ab(?:c|d)", {"abc", "abd"}), ("[ab]c?", {"a", "b"}),
    ("\\b(is|are) (now )?in\\b", {"is in", "are in", "is now in", "are now in"}),
])
def test_literals_required_strings(pattern: str, needs: set[str]) -> None:
    assert literals.required(re.compile(pattern)) == needs


@pytest.mark.parametrize("pattern", ["(?i)abc", "x|y?", "\\w+", "a*", "[a-c]d?", "(?:abc)?", "(?i:abc)"])
def test_literals_none_when_nothing_is_sure(pattern: str) -> None:
    assert literals.required(re.compile(pattern)) is None


def test_literals_case_insensitive_part_is_not_required() -> None:
    assert literals.required(re.compile("a(?i:bcd)e")) == {"a"}
    assert literals.search(re.compile("a(?i:BCD)e"), "abcde") is not None


def _sentences() -> list[str]:
    texts = [normalize(p.read_text(encoding="utf-8")) for folder in SAMPLES for p in sorted(folder.glob("*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return lines + [line.lower() for line in lines]


def test_literals_search_finds_what_search_finds_in_every_pack() -> None:
    lexicon = load_lexicon(ROOT)
    sentences = _sentences()
    cues = [p for language in lexicon.languages for p in lexicon.cues[language].values()]
    patterns = cues + [p for language in lexicon.languages for p in lexicon.context[language].values()]
    # relation cues are searched in every sentence: each needs literals the test can check first
    assert [p.pattern for p in cues if literals.required(p) is None] == []
    skipped = 0
    for pattern in patterns:
        for sentence in sentences:
            found, plain = literals.search(pattern, sentence), pattern.search(sentence)
            assert (found and found.span()) == (plain and plain.span()), (pattern.pattern, sentence)
            skipped += plain is None and not any(n in sentence for n in literals.required(pattern) or [sentence])
    assert skipped > 0


@pytest.mark.parametrize("seed", range(5))
def test_literals_search_on_texts_made_of_the_patterns_pieces(seed: int) -> None:
    rng = random.Random(seed)
    lexicon = load_lexicon(ROOT)
    for language in lexicon.languages:
        for pattern in lexicon.cues[language].values():
            pieces = [p for p in re.split(r"[^\w ']+", pattern.pattern) if p] or ["x"]
            for _ in range(30):
                text = " ".join(rng.choice(pieces)[: rng.randint(1, 12)] for _ in range(rng.randint(1, 6)))
                found, plain = literals.search(pattern, text), pattern.search(text)
                assert (found and found.span()) == (plain and plain.span()), (pattern.pattern, text)
