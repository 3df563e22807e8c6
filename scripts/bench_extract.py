"""Benchmark: extraction against bare `nlp.pipe` of the same spaCy pipeline on the same texts.

Both sides run in one process, alternately, on the sample articles repeated to make a corpus;
each timing is the best of several rounds, in wall-clock time and in this process's CPU time
(which a machine shared with other work disturbs less). The figure is a ratio of speeds
(extraction / bare pipe), per language, and the speed-up of `--workers N` over one worker.

    python scripts/bench_extract.py --copies 20 --rounds 3 --workers 2

By default the articles are the sample articles (`data/articles`, French and English) and the Arabic
sample articles (`tests/data/arabic/articles`); `--articles` names other folders instead (repeatable),
e.g. the restored dev half of the real corpus, materialised by `scripts/corpus.py materialize DIR
--split dev --language ar`.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


SAMPLES = [ROOT / "data" / "articles", ROOT / "tests" / "data" / "arabic" / "articles"]


def corpus(folders: list[Path], copies: int) -> dict[str, list]:
    """The readable articles of the folders, by language, each repeated `copies` times."""
    from kg.readers import Document, read_paths

    by_language: dict[str, list] = {}
    for item in read_paths(folders):
        if isinstance(item, Document) and item.article.language in ("fr", "en", "ar"):
            by_language.setdefault(item.article.language, []).append(item)
    return {language: docs * copies for language, docs in by_language.items()}


def best_of(rounds: int, work) -> tuple[float, float]:
    """The shortest wall-clock time and the shortest CPU time of this process over the rounds."""
    walls, cpus = [], []
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def measure(language: str, documents: list, rounds: int, workers: int) -> dict[str, Any]:
    from kg.nlp import Extractor
    from kg.nlp.pipeline import choose
    from kg.nlp.text import normalize

    extractor = Extractor()
    nlp = extractor.pipeline(language)
    texts = [normalize(d.text) for d in documents]
    list(extractor.extract_many(documents[:2]))  # load lexicon and rule layers once
    for other in ("en", "fr", "ar"):  # the parallel path loads every language before it forks
        extractor.layers(other)
    bare, bare_cpu, ours, ours_cpu = [], [], [], []
    for _ in range(rounds):  # the two sides alternate, so a busy spell of the machine hits both
        for wall, cpu, work in ((bare, bare_cpu, lambda: list(nlp.pipe(texts, batch_size=16))),
                                (ours, ours_cpu, lambda: list(extractor.extract_many(documents)))):
            spent = best_of(1, work)
            wall.append(spent[0])
            cpu.append(spent[1])
    result = {"pipeline": choose(language).label, "articles": len(documents),
              "words": sum(len(t.split()) for t in texts), "bare": min(bare), "extract": min(ours),
              "bare_cpu": min(bare_cpu), "extract_cpu": min(ours_cpu)}
    if workers > 1:
        result["parallel"] = best_of(1, lambda: list(extractor.extract_many(documents, workers=workers)))[0]
    return result


def report(results: dict[str, dict[str, Any]], workers: int) -> str:
    parallel = workers > 1
    lines = ["| language | pipeline | articles | words | bare nlp.pipe (s) | extraction (s) | speed ratio "
             "| CPU: bare / extraction (s) | CPU ratio |"
             + (f" {workers} workers (s) | speed-up |" if parallel else ""),
             "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if parallel else "")]
    for language, r in results.items():
        line = (f"| {language} | `{r['pipeline']}` | {r['articles']:.0f} | {r['words']:.0f} | {r['bare']:.2f} "
                f"| {r['extract']:.2f} | {r['bare'] / r['extract']:.2f}× "
                f"| {r['bare_cpu']:.2f} / {r['extract_cpu']:.2f} | {r['bare_cpu'] / r['extract_cpu']:.2f}× |")
        if parallel:
            line += f" {r['parallel']:.2f} | {r['extract'] / r['parallel']:.2f}× |"
        lines.append(line)
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, action="append", help="a folder of articles (repeatable; "
                        "default: data/articles and tests/data/arabic/articles)")
    parser.add_argument("--copies", type=int, default=20, help="times each article is repeated")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per side; the best counts")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run")
    args = parser.parse_args()
    documents = corpus(args.articles or SAMPLES, args.copies)
    load = os.getloadavg()[0]
    results = {language: measure(language, docs, args.rounds, args.workers)
               for language, docs in sorted(documents.items())}
    print(report(results, args.workers))
    print(f"\nload average (1 min) at start / end: {load:.2f} / {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
