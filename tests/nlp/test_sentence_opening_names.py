"""A body's name that opens a sentence keeps its first word ("Digital Services Authority of Kenya and …"),
while a word that only opens the sentence ("Yesterday") stays out of the name that follows it; on
sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import run


def names(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in run(extractor, text, "en").entities}


def test_nlp_a_name_opening_a_sentence_keeps_its_first_word(extractor: Extractor) -> None:
    found = names(extractor, "Digital Services Authority of Kenya and the Ministry of Finance signed a memorandum "
                             "of understanding on Monday.")
    assert "Digital Services Authority of Kenya" in found
    assert "Services Authority of Kenya" not in found


def test_nlp_a_word_that_only_opens_the_sentence_is_no_part_of_the_name(extractor: Extractor) -> None:
    found = names(extractor, "Yesterday Ministry of Finance officials met in Nairobi.")
    assert "Ministry of Finance" in found
    assert not any(name.startswith("Yesterday") for name in found)
