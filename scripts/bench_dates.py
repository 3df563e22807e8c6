"""Benchmark: the pack-driven date reader (kg/nlp/dates.py) against dateparser's search_dates.

The extractor runs over every gold set twice, once with each reader finding the date of each
sentence (the article's publication date as the base of relative expressions such as "hier"
or "last week"; the rest of the pipeline, which gives a sentence without a date the date of its
list's introduction or the article's first date, is the same). The figure is the one `kg eval`
prints: of the found relations whose gold twin is dated, how many carry the gold date; and the
time spent in the reader's `find`, best of several rounds.

    python scripts/bench_dates.py --rounds 3
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {"dev": ("data/gold", "data/articles"), "heldout": ("data/heldout/gold", "data/heldout/articles"),
        "heldout2": ("data/heldout2/gold", "data/heldout2/articles"),
        "heldout3": ("data/heldout3/gold", "data/heldout3/articles")}


class Timed:
    """A date reader whose `find` calls are timed."""

    def __init__(self, reader: Any) -> None:
        self.reader = reader
        self.seconds = 0.0

    def find(self, text: str, base: date | None) -> str | None:
        start = time.perf_counter()
        try:
            return self.reader.find(text, base)
        finally:
            self.seconds += time.perf_counter() - start


class SearchDates:
    """dateparser's search_dates as a sentence date reader: the first date it finds, written as
    precisely as dateparser says it is (its `period`: a year, a month or a day)."""

    def __init__(self, language: str) -> None:
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates

        self.search = search_dates
        self.parser = DateDataParser
        self.language = language

    def find(self, text: str, base: date | None) -> str | None:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if base is not None:
            settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
        hits = self.search(text, languages=[self.language], settings=settings)
        if not hits:
            return None
        found, moment = hits[0]
        period = self.parser(languages=[self.language], settings=settings).get_date_data(found).period
        width = {"year": 4, "month": 7}.get(period or "day", 10)
        return moment.date().isoformat()[:width]


def extractor_with(reader_name: str) -> Any:
    """An extractor whose rule layers read sentence dates with the named reader, timed."""
    from kg.nlp import Extractor
    from kg.nlp.article import Layers
    from kg.nlp.lexicon import load_lexicon
    from kg.nlp.pipeline import load_pipeline

    extractor = Extractor()
    for language in ("en", "fr"):
        layers = Layers(load_pipeline(language), load_lexicon(), language)
        layers.dates = Timed(layers.dates if reader_name == "kg.nlp.dates" else SearchDates(language))
        extractor._layers[language] = layers
    return extractor


def run(reader_name: str, rounds: int) -> dict[tuple[str, str], tuple[int, int, float]]:
    """Per (set, language): relations with a dated gold twin, those with its date, reader seconds."""
    from kg.evaluation.scores import evaluate

    extractor = extractor_with(reader_name)
    results: dict[tuple[str, str], tuple[int, int, float]] = {}
    for set_name, (gold, articles) in SETS.items():
        for _ in range(rounds):
            for language in ("en", "fr"):
                extractor.layers(language).dates.seconds = 0.0
            report = evaluate(ROOT / gold, ROOT / articles, extractor)
            for language, score in report.languages.items():
                seconds = extractor.layers(language).dates.seconds
                kept = results.get((set_name, language))
                results[set_name, language] = (score.dated, score.same_date,
                                               min(seconds, kept[2]) if kept else seconds)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    names = ("kg.nlp.dates", "dateparser")
    runs = {name: run(name, args.rounds) for name in names}
    print(f"{'set':10}{'lang':>5}{'dated':>7}" + "".join(f"{name:>22}{'reader s':>10}" for name in names))
    for key in sorted(runs[names[0]]):
        dated = runs[names[0]][key][0]
        row = f"{key[0]:10}{key[1]:>5}{dated:7}"
        for name in names:
            found, same, seconds = runs[name][key]
            row += f"{same:12} of {found:3} ({same / found if found else 0:4.0%}){seconds:10.3f}"
        print(row)


if __name__ == "__main__":
    main()
