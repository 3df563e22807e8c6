"""Sentences as the rule layers see them: starts, inline lists, a lead the parser cut.

One rule each, found wanting on held-out articles, on sentences written for the purpose."""

from __future__ import annotations

from kg.nlp import Extractor
from kg.nlp.tokens import Tokens, mend_sentence_starts
from tests.support.nlp_support import relations, run


class _Table(Tokens):
    """A token table written by hand, without a parse."""

    def __init__(self, words: list[tuple[str, str, bool | None]]) -> None:
        self.text = [w for w, _, _ in words]
        self.space = [s for _, s, _ in words]
        self.sent_start = [start for _, _, start in words]


def test_nlp_sentence_start_needs_punctuation_or_line_break_before_it() -> None:
    table = _Table([("Le", " ", True), ("Bénin", " ", False), ("et", " ", True), ("signé", "", False),
                    (".", " ", False), ("Puis", " ", True), ("«", "", False), ("Oui", "", False),
                    (".", "", False), ("»", " ", False), ("Fin", "", True), ("\n\n", "", False),
                    ("Titre", "", True)])
    mend_sentence_starts(table)
    assert [i for i, start in enumerate(table.sent_start) if start] == [0, 5, 10, 12]


def test_nlp_an_inline_list_after_a_colon_stays_in_its_sentence(extractor: Extractor) -> None:
    text = ("Aux termes du mémorandum, la Mauritanie et les Émirats arabes unis coopéreront dans quatre domaines : "
            "la cybersécurité ; l'administration électronique ; la protection des données personnelles ; et la "
            "formation de 400 cadres aux compétences numériques.")
    found = relations(run(extractor, text, "fr"))
    assert {("cooperatesOn", "country/mr", "domain/digital-skills"),
            ("cooperatesOn", "country/ae", "domain/cybersecurity")} <= found


def test_nlp_lead_cut_by_the_parser_keeps_its_subject(extractor: Extractor) -> None:
    text = ("Le Bénin et l'Estonie ont signé mardi à Tallinn un mémorandum d'entente pour accélérer "
            "la numérisation de l'administration béninoise.")
    extraction = run(extractor, text, "fr")
    signers = {s for kind, s, _ in relations(extraction) if kind == "signs"}
    assert {"country/bj", "country/ee"} <= signers
    assert all(r.evidence.text.startswith("Le Bénin") for r in extraction.relations)
