"""Signers told by a noun of signing opening the sentence after the one naming the agreement ("The signatories
were …", "Signing on behalf of Kenya was …", "Les signataires sont …", "وقام بالتوقيع …"): the people named next
sign it; one who witnessed it does not."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor
from tests.support.nlp_support import ids, relations, run

SIGNING = {
    "en": "Kenya and Ghana signed a memorandum of understanding on cybersecurity on Monday.\n",
    "fr": "Le Kenya et le Ghana ont signé lundi un mémorandum d'entente sur la cybersécurité.\n",
    "ar": "وقعت مصر والأردن مذكرة تفاهم في مجال الأمن السيبراني يوم الاثنين.\n",
}


def signers(extractor: Extractor, text: str, language: str) -> tuple[set[str], set[str]]:
    """The subjects of `signs` and the ids of the entities found in the text."""
    extraction = run(extractor, text, language)
    people = ids(extraction)
    return {s for kind, s, _ in relations(extraction) if kind == "signs"}, people


@pytest.mark.parametrize(("language", "told", "signing", "onlooker"), [
    ("en", "The signatories were Kenyan Minister of ICT John Kamau and Ghanaian Minister of Communications Ama "
     "Mensah, witnessed by Director Kofi Boateng.", {"person/john-kamau", "person/ama-mensah"}, "person/kofi-boateng"),
    ("en", "Signing on behalf of Kenya was Minister John Kamau and Minister Ama Mensah on behalf of Ghana, in the "
     "presence of Director Kofi Boateng.", {"person/john-kamau", "person/ama-mensah"}, "person/kofi-boateng"),
    ("fr", "Les signataires sont le ministre kényan John Kamau et la ministre ghanéenne Ama Mensah, en présence du "
     "directeur Kofi Boateng.", {"person/john-kamau", "person/ama-mensah"}, "person/kofi-boateng"),
    ("ar", "وقام بالتوقيع وزير الاتصالات المصري عمرو طلعت، ووزير الاقتصاد الرقمي الأردني أحمد الهناندة، بحضور "
     "السفير محمد علي.", {"person/amr-talaat", "person/ahmad-al-hanandeh"}, "person/mhmd-ali"),
])
def test_nlp_people_told_by_a_noun_of_signing_sign(extractor: Extractor, language: str, told: str,
                                                   signing: set[str], onlooker: str) -> None:
    subjects, found = signers(extractor, SIGNING[language] + told, language)
    assert signing <= subjects
    assert onlooker in found
    assert onlooker not in subjects


def test_nlp_a_noun_of_signing_told_otherwise_makes_no_signer(extractor: Extractor) -> None:
    text = SIGNING["en"] + "The signing was attended by Director Kofi Boateng."
    subjects, people = signers(extractor, text, "en")
    assert "person/kofi-boateng" in people
    assert "person/kofi-boateng" not in subjects
