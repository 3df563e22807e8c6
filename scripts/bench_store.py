"""Benchmark: the embedded store against plain rdflib on a synthetic graph shaped like ours.

Each side runs in its own process (so peak memory is its own): load the same N-Quads file,
run three canned queries, export Turtle and JSON-LD, then a cold start (open the store from
disk and answer the first query, against rdflib parsing the exported file and answering it).

    python scripts/bench_store.py --triples 1000000
    python scripts/bench_store.py --triples 1000000 --exports-only   # load and the exports alone

Our JSON-LD export writes graphs on one thread per core (up to 4); the row "export:jsonld
(no threads)" is the same export with every graph written on the calling thread, against the
same rdflib time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ("meetings", "cooperation-by-country", "who-holds-what")
#: Set by --exports-only (passed on to each side): skip the queries and the cold start.
EXPORTS_ONLY = os.environ.get("BENCH_EXPORTS_ONLY") == "1"
#: Our JSON-LD export without threads, reported against rdflib's one JSON-LD time.
SERIAL_JSONLD = "export:jsonld (no threads)"
RELATIONS = ("meets", "visits", "memberOf", "partOf", "cooperatesWith", "cooperatesOn", "hasPolicy", "signs")


def synthetic_extraction(index: int, rng: random.Random, countries: list[str], domains: list[str]):
    """One article's extraction with people, bodies, countries, domains and every relation type."""
    from kg.models import Extraction

    a, b = rng.sample(countries, 2)
    people = [f"person/p{n}" for n in rng.sample(range(20000), 4)]
    bodies = [f"body/b{n}" for n in rng.sample(range(3000), 2)]
    picked = rng.sample(domains, 4)
    day = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    entities = [{"id": p, "type": "Person", "name": f"Person {p[8:]}", "aliases": [f"M. {p[8:]}"],
                 "role": "ministre"} for p in people]
    entities += [{"id": b_, "type": "GovernmentBody", "name": f"Body {b_[6:]}"} for b_ in bodies]
    entities += [{"id": c, "type": "Country", "name": c[8:].upper()} for c in (a, b)]
    entities += [{"id": d, "type": "PolicyDomain", "name": d[7:]} for d in picked]
    entities += [{"id": f"policy/plan-{index}", "type": "Policy", "name": f"Plan {index}"},
                 {"id": f"agreement/mou-{index}", "type": "Agreement", "name": f"MoU {index}"},
                 {"id": "place/capital", "type": "Place", "name": "Capital"}]
    evidence = {"text": f"Sentence {index} about the meeting of two delegations.", "start": 0, "end": 50}
    rel = [("meets", people[0], people[1]), ("meets", people[2], people[3]), ("visits", people[0], "place/capital"),
           ("memberOf", people[0], bodies[0]), ("memberOf", people[1], bodies[1]), ("partOf", bodies[0], a),
           ("partOf", bodies[1], b), ("cooperatesWith", a, b), ("hasPolicy", a, f"policy/plan-{index}"),
           ("signs", a, f"agreement/mou-{index}"), ("signs", b, f"agreement/mou-{index}")]
    rel += [("cooperatesOn", c, d) for c in (a, b) for d in picked]
    relations = [{"type": t, "subject": s, "object": o, "confidence": 0.9, "date": day, "evidence": evidence}
                 for t, s, o in rel]
    article = {"id": f"bench{index:07d}", "title": f"Article {index}", "language": "fr", "published": day,
               "url": f"https://news.example.org/{index}", "source": "Bench"}
    return Extraction.model_validate({"article": article, "entities": entities, "relations": relations})


def make_data(path: Path, triples: int, seed: int = 7) -> int:
    import pyoxigraph as ox

    from kg.rdf.iris import Iris
    from kg.rdf.mapping import article_graph
    from kg.rdf.reference import reference_graph

    rng = random.Random(seed)
    countries = [f"country/{c}" for c in ("ma", "us", "fr", "sn", "tn", "ci", "kr", "rw", "sg", "ca", "ke", "in")]
    domains = ["domain/cybersecurity", "domain/ai-ethics", "domain/data-science", "domain/health",
               "domain/education", "domain/e-government", "domain/digital-skills", "domain/semiconductors"]
    quads = list(reference_graph(Iris()))
    index = 0
    while len(quads) < triples:
        quads.extend(article_graph(synthetic_extraction(index, rng, countries, domains)))
        index += 1
    with path.open("wb") as handle:
        ox.serialize(quads, handle, ox.RdfFormat.N_QUADS)
    return len(quads)


# Seconds; a step of the peer still running then is stopped and reported as "> limit".
STEP_LIMIT = int(os.environ.get("BENCH_STEP_LIMIT", "900"))


class StepTimeout(Exception):
    pass


def _alarm(signum, frame):
    raise StepTimeout


def timed(results: dict, name: str, function, limit: int | None = None):
    """Time one step; with ``limit``, stop it after that many seconds and record it as stopped."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit or 0)
    start = time.perf_counter()
    try:
        value = function()
    except StepTimeout:
        results[name] = f">{limit}"
        print(f"  {name}: stopped after {limit} s", file=sys.stderr, flush=True)
        return None
    finally:
        signal.alarm(0)
    results[name] = round(time.perf_counter() - start, 3)
    print(f"  {name}: {results[name]} s", file=sys.stderr, flush=True)
    return value


def timed_query(results: dict, name: str, function, limit: int | None = None):
    """A query's steady time: run it again when the first run was short, keep the better run."""
    value = timed(results, name, function, limit)
    first = results[name]
    if isinstance(first, float) and first < 60:
        timed(results, name, function, limit)
        results[name] = min(first, results[name])
    return value


def run_oxigraph(data: Path, work: Path) -> dict:
    from kg.queries.named import named_queries
    from kg.rdf.jsonld import write_store
    from kg.services.bulk import restore
    from kg.services.export import export
    from kg.store.oxigraph import EmbeddedStore

    results: dict = {}
    store = EmbeddedStore(work / "store")
    # What `kg load --bulk` runs: every core, then the checks that refuse what the model refuses.
    report = timed(results, "load", lambda: restore([data], store))
    if report is None or report.failed:
        raise SystemExit(f"the load failed: {report.problems if report else 'stopped'}")
    for name in () if EXPORTS_ONLY else QUERIES:
        text = named_queries()[name].text
        results[f"rows:{name}"] = timed_query(results, f"query:{name}", lambda t=text: len(list(store.query(t))))
    with (work / "ox.ttl").open("wb") as out:
        timed(results, "export:turtle", lambda: export(store, "turtle", out))
    results["load-average"] = os.getloadavg()[0]
    with (work / "ox.jsonld").open("wb") as out:
        timed(results, "export:jsonld", lambda: export(store, "jsonld", out))
    with (work / "ox-serial.jsonld").open("wb") as out:
        timed(results, SERIAL_JSONLD, lambda: write_store(store, out, threads=0))
    store.close()
    if EXPORTS_ONLY:
        return results
    first = named_queries()[QUERIES[0]].text
    timed(results, "cold-start", lambda: len(list(EmbeddedStore(work / "store", read_only=True).query(first))))
    return results


def run_rdflib(data: Path, work: Path) -> dict:
    import rdflib

    from kg.queries.named import named_queries
    from kg.rdf.jsonld import context
    from kg.vocab import PREFIXES

    results: dict = {}
    dataset = rdflib.Dataset(default_union=True)
    timed(results, "load", lambda: dataset.parse(str(data), format="nquads"))
    for prefix, iri in PREFIXES.items():
        dataset.bind(prefix, iri)
    header = "".join(f"PREFIX {p}: <{i}>\n" for p, i in PREFIXES.items())
    for name in () if EXPORTS_ONLY else QUERIES:
        text = header + named_queries()[name].text
        results[f"rows:{name}"] = timed_query(results, f"query:{name}", lambda t=text: len(list(dataset.query(t))),
                                              STEP_LIMIT)
    union = rdflib.Graph()
    for triple in dataset.triples((None, None, None)):
        union.add(triple)
    timed(results, "export:turtle", lambda: union.serialize(str(work / "rdflib.ttl"), format="turtle"), STEP_LIMIT)
    results["load-average"] = os.getloadavg()[0]
    timed(results, "export:jsonld", lambda: dataset.serialize(str(work / "rdflib.jsonld"), format="json-ld",
                                                              context=context()), STEP_LIMIT)
    if EXPORTS_ONLY:
        return results
    first = header + named_queries()[QUERIES[0]].text

    def cold() -> int:
        fresh = rdflib.Dataset(default_union=True)
        fresh.parse(str(data), format="nquads")
        return len(list(fresh.query(first)))

    timed(results, "cold-start", cold, STEP_LIMIT)
    return results


def side(name: str, data: Path, work: Path) -> dict:
    results = run_oxigraph(data, work) if name == "oxigraph" else run_rdflib(data, work)
    results["peak-memory-mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return results


def report(triples: int, ours: dict, theirs: dict) -> str:
    lines = [f"Synthetic graph: {triples:,} quads. Times in seconds; ratio = rdflib time / ours. A query that",
             "took under a minute is run twice on both sides and the better run kept.", "",
             "| step | embedded store (pyoxigraph) | rdflib (in-memory) | ratio |", "| --- | ---: | ---: | ---: |"]
    for key in ours:
        if key.startswith("rows:") or key in ("peak-memory-mb", "load-average"):
            continue
        peer = theirs["export:jsonld" if key == SERIAL_JSONLD else key]
        if isinstance(peer, str):  # stopped at the limit: the ratio is at least this
            lines.append(f"| {key} | {ours[key]} | {peer} (stopped) | ≥ {float(peer[1:]) / ours[key]:.0f}× |")
        else:
            lines.append(f"| {key} | {ours[key]} | {peer} | {peer / ours[key]:.1f}× |")
    lines.append(f"| peak memory (MB) | {ours['peak-memory-mb']} | {theirs['peak-memory-mb']} | "
                 f"{theirs['peak-memory-mb'] / ours['peak-memory-mb']:.1f}× less |")
    compared = [k for k in ours if k.startswith("rows:") and theirs.get(k) is not None]
    same = all(ours[k] == theirs[k] for k in compared)
    lines += ["", f"Row counts compared on {len(compared)} queries (those rdflib finished): "
                  f"{'all equal' if same else 'DIFFERENT'}.",
              f"Load average (1 min) as each side began its JSON-LD export: ours {ours['load-average']:.2f}, "
              f"rdflib {theirs['load-average']:.2f} ({os.cpu_count()} cores)."]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--side", choices=["oxigraph", "rdflib"], help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--exports-only", action="store_true", help="load and export only (no queries)")
    args = parser.parse_args()
    if args.exports_only:
        os.environ["BENCH_EXPORTS_ONLY"] = "1"
    if args.side:
        print(json.dumps(side(args.side, args.data, args.work)))
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        data = work / "data.nq"
        count = make_data(data, args.triples)
        print(f"generated {count:,} quads", file=sys.stderr)
        results = {}
        for name in ("oxigraph", "rdflib"):
            out = subprocess.run([sys.executable, __file__, "--side", name, "--data", str(data), "--work", str(work)],
                                 check=True, stdout=subprocess.PIPE, text=True)
            results[name] = json.loads(out.stdout.strip().splitlines()[-1])
            print(name, results[name], file=sys.stderr)
        print(report(count, results["oxigraph"], results["rdflib"]))


if __name__ == "__main__":
    main()
