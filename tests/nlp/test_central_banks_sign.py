"""Central banks sign for their countries, on a sentence written for the purpose: countries named after
"the central banks of" are whose the banks are; they sign nothing themselves."""

from __future__ import annotations

from kg.nlp import Extractor
from tests.support.nlp_support import relations, run


def test_nlp_the_countries_of_the_central_banks_that_sign_are_no_signers(extractor: Extractor) -> None:
    text = ("The National Bank of Rwanda has signed a memorandum of understanding on digital payments with the "
            "central banks of Kenya, Uganda and Tanzania.")
    signers = {s for kind, s, _ in relations(run(extractor, text, "en")) if kind == "signs"}
    assert "body/national-bank-of-rwanda" in signers  # a bank named after its country is a state body
    assert not {s for s in signers if s.startswith("country/")}
