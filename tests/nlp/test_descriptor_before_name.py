"""One capitalised word with no head before "of" and a name with a head ("Officials of Kitwe University of
Science") describes the name: the name starts after "of".

Sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import ids, run


def test_nlp_one_describing_word_before_of_is_no_part_of_the_name(extractor: Extractor) -> None:
    text = "Zambia's minister welcomed Lecturers of Kitwe University of Science to Lusaka on Tuesday."
    found = ids(run(extractor, text, "en"))
    assert "org/kitwe-university-of-science" in found
    assert not [i for i in found if "lecturers" in i]
