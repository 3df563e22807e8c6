"""The lexicon loader: every data file validates, and a bad row is named with its file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ResourceError
from kg.nlp.lexicon import inflections, load_lexicon, portfolio_of
from tests.support.nlp_support import copy_root


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()



def test_nlp_lexicon_loads_every_kind(lexicon) -> None:
    assert "ma" in lexicon.countries and lexicon.countries["ma"].wikidata == "Q1028"
    assert "domain/ai-ethics" in lexicon.domains
    assert lexicon.capitals["us"] == "place/washington"
    assert {"fr", "en"} <= set(lexicon.cues)


def test_nlp_lexicon_a_territory_is_a_place_of_its_sovereign(lexicon) -> None:
    """Guam and Hong Kong have ISO codes, but they are no sovereign states: places of the US and China."""
    assert "gu" not in lexicon.countries and "hk" not in lexicon.countries
    assert lexicon.places["place/guam"].country == "us"
    assert lexicon.places["place/hong-kong"].country == "cn"
    assert lexicon.countries["sg"].type.value == "Country"  # a city-state stays a country


@pytest.mark.parametrize(("file", "good", "bad", "message"), [
    ("reference/bodies.yaml", "country: us", "country: usa", "bodies.yaml: row 1"),
    ("lang/en/portfolios.yaml", "- portfolio: Digital Transition", "- portfolio: ''", "portfolios.yaml: row 1"),
    ("lang/fr/cues.yaml", '- "\\\\brencontr"', '- "\\\\brencontr("', "cues.yaml: fr.meets row 1"),
    ("lang/fr/cues.yaml", 'with: "(?i)', 'with: "(?i', "lang/fr/cues.yaml"),
    ("lang/fr/dates.yaml", "décembre]", "]", "lang/fr/dates.yaml"),
    ("lang/en/words.yaml", "coordinators: [and]", "coordinator: [and]", "lang/en/words.yaml"),
    ("lang/fr/pack.yaml", "fallback: null", "fallback: tokens", "lang/fr/pack.yaml"),
    ("reference/bodies.yaml", "portfolios: [Digital Transformation, Digital Affairs]",
     "portfolios: [Digital Transformations]", r"bodies\.yaml: body/digital-agency: no pack names .*Transformations"),
])
def test_nlp_lexicon_bad_row_names_file_and_row(tmp_path: Path, file: str, good: str, bad: str,
                                                 message: str) -> None:
    root = copy_root(tmp_path)
    path = root / "data" / file
    text = path.read_text(encoding="utf-8")
    assert good in text
    path.write_text(text.replace(good, bad, 1), encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        load_lexicon.__wrapped__(root)


def test_nlp_lexicon_bad_country_line_is_named(tmp_path: Path) -> None:
    root = copy_root(tmp_path)
    table = root / "data" / "reference" / "countries.tsv"
    lines = table.read_text(encoding="utf-8").splitlines()
    lines[1] = "X1" + lines[1][2:]
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ResourceError, match=r"countries\.tsv:2"):
        load_lexicon.__wrapped__(root)


@pytest.mark.parametrize(("word", "forms"), [
    ("marocain", {"marocain", "marocaine", "marocains", "marocaines"}),
    ("tunisien", {"tunisien", "tunisienne", "tunisiennes", "tunisiens"}),
    ("belge", {"belge", "belges"}),
])
def test_nlp_lexicon_french_inflections(lexicon, word: str, forms: set[str]) -> None:
    assert set(inflections(word, lexicon.words("fr").demonym_inflections)) == forms


@pytest.mark.parametrize(("phrase", "expected"), [
    ("chargée de la Transition numérique et de la Réforme de l'administration",
     ["Digital Transition", "Administrative Reform"]),
    ("Minister of Communications, Innovation and Digital Economy",
     ["Communications", "Innovation", "Digital Economy"]),
    ("ministre des Affaires étrangères", ["Foreign Affairs"]),
    ("Australia's foreign minister", ["Foreign Affairs"]),
    ("Minister of Foreign Trade", ["Foreign Trade"]),
    ("minister of internal affairs and communications", ["Interior", "Communications"]),
    ("Minister for IT and Telecommunication", ["Telecommunications"]),
    ("directeur de la stratégie", []),
    ("Minister of Energy and Mining", ["Energy", "Mining"]),
])
def test_nlp_lexicon_portfolios(lexicon, phrase: str, expected: list[str]) -> None:
    assert portfolio_of(phrase, lexicon) == expected
