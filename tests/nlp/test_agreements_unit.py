"""The agreements layer alone, after coreference: agreement phrases become agreements with parties."""

from __future__ import annotations

import pytest

from tests.support.layer_run import before, mentioned

AGREEMENT = "agreement/france-morocco-memorandum-of-understanding-on-cybersecurity"


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("en", "Morocco and France signed a memorandum of understanding on cybersecurity on 10 June.",
     "memorandum of understanding"),
    ("fr", "Le Maroc et la France ont signé un mémorandum d'entente sur la cybersécurité.", "mémorandum d'entente"),
])
def test_agreements_a_signed_memorandum_is_an_agreement_of_its_signatories(language: str, text: str,
                                                                          phrase: str) -> None:
    state, layer = before(text, language, "agreements")
    assert state.agreement_parties == {}
    layer(state)
    assert (phrase, AGREEMENT) in mentioned(state)
    assert sorted(state.agreement_parties[AGREEMENT]) == ["country/fr", "country/ma"]


def test_agreements_a_memorandum_nobody_signs_here_is_no_new_agreement() -> None:
    state, layer = before("Morocco and France discussed what a memorandum of understanding could cover.", "en",
                          "agreements")
    layer(state)
    assert state.agreement_parties == {}
    assert not any(f.term.id.startswith("agreement/") for f in state.found)
