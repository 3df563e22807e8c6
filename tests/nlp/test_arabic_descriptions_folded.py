"""Arabic descriptions and capitals read in the article's one spelling: "الوزيرة" (folded to "الوزيره") stands
for the minister named before, and "العاصمة المصرية" is Cairo."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run

TEXT = ("أعلنت وزيرة الاقتصاد الرقمي الأردنية سلمى أحمد عن خطة جديدة. "
        "وعقدت الوزيرة اجتماعا مع وزير الاتصالات المصري محمود حسن في العاصمة المصرية.")


def test_a_description_with_teh_marbuta_stands_for_the_minister(extractor: Extractor) -> None:
    """"وعقدت الوزيرة اجتماعا مع X": the Jordanian minister named before meets X in Cairo, the Egyptian
    capital told by its adjective; X, at home there, does not visit it."""
    found = run(extractor, TEXT, "ar")
    people = {e.name: e.id for e in found.entities if e.type.value == "Person"}
    jordanian = next(i for n, i in people.items() if n.startswith("Sl"))
    egyptian = next(i for n, i in people.items() if n.startswith("Mh"))
    facts = relations(found)
    assert ("meets", egyptian, jordanian) in facts or ("meets", jordanian, egyptian) in facts
    assert {("visits", jordanian, "place/cairo"), ("visits", jordanian, "country/eg")} <= facts
    assert ("visits", egyptian, "place/cairo") not in facts
