"""The stand-off corpus of real published articles: check, register, build and materialize.

The texts of real articles belong to their publishers, so the repository keeps only their
addresses, the search query that returns each one, a SHA-256 of the text and the hand-made
annotation with character offsets (see data/corpus/README.md). Layout under data/corpus/::

    manifest.jsonl        one JSON line per article (id, language, split, event, url, query,
                          sha256, chars, title, source, published)
    events.tsv            event<TAB>split<TAB>note: one split per event, for every language
    excluded_sites.txt    hosts the corpus takes nothing from (one per line, subdomains too)
    texts/<id>.txt        the restored text (git-ignored)
    drafts/<id>.yaml      the working annotation in the YAML form of scripts/build_gold.py
                          (git-ignored: its evidence sentences quote the text)
    annotations/<id>.json the committed stand-off annotation: evidence as [start, end]

Commands::

    corpus.py status                       which texts are missing or changed, with their query
    corpus.py add ID --event E [--split S] --url U --query Q --title T --source S [--published D]
    corpus.py build [ID ...]               work YAML -> stand-off JSON (checked by build_gold)
    corpus.py materialize OUT --split dev|test [--language xx] [--spent test-N]
                                           OUT/articles/<id>.txt and OUT/gold/<id>.json
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_gold

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"
# "test" is the first test batch; "test2" … "test6" are fresh batches, each annotated before any
# extractor ran on it and scored once when the batch before it is spent (docs/quality.md keeps
# every batch's first contact).
SPLITS = ("dev", "test", *(f"test{n}" for n in range(2, 28)))
#: Longest alias restriction context kept in a committed annotation, in characters.
MAX_CONTEXT = 40
#: Longest boilerplate marker kept in a committed annotation, in characters.
MAX_MARKER = 40
FRONT_MATTER_KEYS = ("title", "url", "published", "language", "source")


class CorpusError(Exception):
    """A problem with one corpus item, naming the item."""


@dataclass(frozen=True)
class Corpus:
    """The corpus folder and the paths inside it."""

    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / "manifest.jsonl"

    @property
    def events(self) -> Path:
        return self.root / "events.tsv"

    @property
    def excluded_sites(self) -> Path:
        return self.root / "excluded_sites.txt"

    def text(self, item: str) -> Path:
        return self.root / "texts" / f"{item}.txt"

    def work(self, item: str) -> Path:
        return self.root / "drafts" / f"{item}.yaml"

    def annotation(self, item: str) -> Path:
        return self.root / "annotations" / f"{item}.json"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_manifest(corpus: Corpus) -> list[dict]:
    """Every manifest line, in order; a bad line is an error naming its number."""
    if not corpus.manifest.exists():
        return []
    entries = []
    for number, line in enumerate(corpus.manifest.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as error:
            raise CorpusError(f"{corpus.manifest}:{number}: not JSON ({error.msg})") from None
        if not isinstance(entry, dict) or not entry.get("id"):
            raise CorpusError(f"{corpus.manifest}:{number}: a line needs an object with an id")
        entries.append(entry)
    return entries


def read_events(corpus: Corpus) -> dict[str, str]:
    """Event slug -> split, from events.tsv; a bad row is an error naming its number."""
    if not corpus.events.exists():
        return {}
    events: dict[str, str] = {}
    for number, line in enumerate(corpus.events.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("event\t"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or fields[1] not in SPLITS:
            raise CorpusError(f"{corpus.events}:{number}: expected event<TAB>dev|test<TAB>note")
        events[fields[0]] = fields[1]
    return events


def restored_text(corpus: Corpus, entry: dict) -> str:
    """The stored text of a manifest entry, checked against its hash."""
    path = corpus.text(entry["id"])
    if not path.exists():
        raise CorpusError(f"{entry['id']}: text missing ({path.name}); restore it with query {entry['query']!r}")
    text = path.read_text(encoding="utf-8")
    if sha256(text) != entry["sha256"]:
        raise CorpusError(f"{entry['id']}: text changed (hash differs); restore it with query {entry['query']!r}")
    return text


def status(corpus: Corpus) -> list[str]:
    """One line per missing or changed text, naming the query that restores it; then ids given two names
    and articles from a site the corpus takes nothing from."""
    problems = []
    entries = read_manifest(corpus)
    for entry in entries:
        try:
            restored_text(corpus, entry)
        except CorpusError as error:
            problems.append(str(error))
    return problems + name_conflicts(corpus) + excluded_entries(corpus, entries)


def excluded_sites(corpus: Corpus) -> frozenset[str]:
    """The hosts of ``excluded_sites.txt`` (lower case; comment lines start with "#")."""
    if not corpus.excluded_sites.exists():
        return frozenset()
    lines = corpus.excluded_sites.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


def excluded_site(url: str | None, sites: frozenset[str]) -> str | None:
    """The excluded host an address belongs to (the host itself or one of its subdomains), or None."""
    host = (urlparse(url or "").hostname or "").lower()
    return next((site for site in sorted(sites) if host == site or host.endswith(f".{site}")), None)


def excluded_entries(corpus: Corpus, entries: list[dict] | None = None) -> list[str]:
    """One line per manifest article (of `entries`, read from the manifest when not given) whose address is
    on an excluded site."""
    sites = excluded_sites(corpus)
    return [f"{entry['id']}: {entry['url']} is on {site}, a site the corpus takes nothing from"
            for entry in (read_manifest(corpus) if entries is None else entries)
            if (site := excluded_site(entry.get("url"), sites))]


def name_conflicts(corpus: Corpus) -> list[str]:
    """One line per entity id that two annotations give two canonical names."""
    names: dict[str, dict[str, str]] = {}
    for path in sorted((corpus.root / "annotations").glob("*.json")):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            names.setdefault(entity["id"], {}).setdefault(entity["name"], path.stem)
    return [
        f"{eid}: two canonical names, " + ", ".join(f"{name!r} in {item}" for name, item in seen.items())
        for eid, seen in names.items()
        if len(seen) > 1
    ]


def add(corpus: Corpus, item: str, *, event: str, split: str | None = None, note: str = "", **meta: Any) -> dict:
    """Register the saved text ``texts/<item>.txt``: hash, length and metadata, one manifest line."""
    entries = read_manifest(corpus)
    if any(e["id"] == item for e in entries):
        raise CorpusError(f"{item}: already in the manifest")
    if meta.get("url") and any(e.get("url") == meta["url"] for e in entries):
        raise CorpusError(f"{item}: url {meta['url']} is already in the manifest")
    site = excluded_site(meta.get("url"), excluded_sites(corpus))
    if site:
        raise CorpusError(f"{item}: {site} is a site the corpus takes nothing from ({corpus.excluded_sites.name})")
    path = corpus.text(item)
    if not path.exists():
        raise CorpusError(f"{item}: save the text as {path} first")
    split = _event_split(corpus, event, split, note)
    text = path.read_text(encoding="utf-8")
    entry = {"id": item, "language": meta.get("language"), "split": split, "event": event,
             "url": meta.get("url"), "query": meta.get("query"), "sha256": sha256(text),
             "chars": len(text), "title": meta.get("title"), "source": meta.get("source"),
             "published": meta.get("published")}
    with corpus.manifest.open("a", encoding="utf-8") as out:
        out.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry


def _event_split(corpus: Corpus, event: str, split: str | None, note: str) -> str:
    """The split of a known event (which must agree with ``split``), or register a new one."""
    known = read_events(corpus)
    if event in known:
        if split and split != known[event]:
            raise CorpusError(f"event {event} is already in the {known[event]} half")
        return known[event]
    if split not in SPLITS:
        raise CorpusError(f"event {event} is new: give its split ({', '.join(SPLITS)})")
    new_file = not corpus.events.exists()
    with corpus.events.open("a", encoding="utf-8") as out:
        if new_file:
            out.write("event\tsplit\tnote\n")
        out.write(f"{event}\t{split}\t{note}\n")
    return split


def _article_file(entry: dict, text: str, path: Path) -> None:
    """An article file the readers take: front matter from the manifest, then the text."""
    meta = {key: entry[key] for key in FRONT_MATTER_KEYS if entry.get(key)}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front}---\n{text}", encoding="utf-8")


def _gold(entry: dict, text: str, spec: dict, article: Path) -> dict:
    """The contract JSON of one article from its YAML-form spec, through build_gold's checks."""
    _article_file(entry, text, article)
    with tempfile.TemporaryDirectory() as tmp:
        spec_path = Path(tmp) / f"{entry['id']}.yaml"
        spec_path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
        try:
            return build_gold.build(article, spec_path)
        except build_gold.GoldError as error:
            raise CorpusError(f"{entry['id']}: {error}") from None


def _standoff_entity(raw: dict, eid: str, where: str) -> dict:
    aliases = []
    for alias in raw.get("aliases") or []:
        if isinstance(alias, dict):
            contexts = alias.get("in") or []
            contexts = [contexts] if isinstance(contexts, str) else contexts
            long = [c for c in contexts if len(str(c)) > MAX_CONTEXT]
            if long:
                raise CorpusError(f"{where}: context {long[0]!r} is longer than {MAX_CONTEXT} characters")
            alias = {"text": str(alias["text"]), "in": [str(c) for c in contexts]}
        else:
            alias = str(alias)
        aliases.append(alias)
    return {"type": raw["type"], "id": eid, "name": str(raw["name"]), "aliases": aliases,
            "role": raw.get("role"), "wikidata": raw.get("wikidata"), "implied": bool(raw.get("implied"))}


def _standoff_relations(gold: dict, text: str, where: str) -> list[dict]:
    relations = []
    for relation in gold["relations"]:
        sentence = relation["evidence"]["text"]
        start = text.find(sentence)
        if start < 0:
            raise CorpusError(f"{where}: evidence not found in the stored text: {sentence[:60]!r}")
        relations.append({key: relation[key] for key in ("type", "subject", "object", "confidence", "date")}
                         | {"evidence": [start, start + len(sentence)]})
    return relations


def build(corpus: Corpus, item: str, entries: dict[str, dict]) -> dict:
    """Turn ``work/<item>.yaml`` into the stand-off ``annotations/<item>.json`` and check it."""
    if item not in entries:
        raise CorpusError(f"{item}: not in the manifest")
    entry, where = entries[item], str(corpus.work(item))
    text = restored_text(corpus, entry)
    if not corpus.work(item).exists():
        raise CorpusError(f"{item}: no working annotation {corpus.work(item).name}")
    spec = yaml.safe_load(corpus.work(item).read_text(encoding="utf-8")) or {}
    with tempfile.TemporaryDirectory() as tmp:
        gold = _gold(entry, text, spec, Path(tmp) / f"{item}.txt")
    markers = spec.get("boilerplate") or []
    markers = [markers] if isinstance(markers, str) else [str(m) for m in markers]
    if any(len(m) > MAX_MARKER for m in markers):
        raise CorpusError(f"{where}: boilerplate markers must be at most {MAX_MARKER} characters")
    raws = spec.get("entities") or []
    entities = [_standoff_entity(raw, e["id"], where) for raw, e in zip(raws, gold["entities"], strict=True)]
    standoff = {"id": item, "sha256": entry["sha256"], "boilerplate": markers, "entities": entities,
                "relations": _standoff_relations(gold, text, where)}
    with tempfile.TemporaryDirectory() as tmp:
        again = _gold(entry, text, spec_from_standoff(standoff, text), Path(tmp) / f"{item}.txt")
    if again != gold:
        raise CorpusError(f"{where}: the stand-off form does not read back to the same annotation")
    corpus.annotation(item).parent.mkdir(parents=True, exist_ok=True)
    corpus.annotation(item).write_text(json.dumps(standoff, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return standoff


def spec_from_standoff(standoff: dict, text: str) -> dict:
    """The YAML-form spec of a stand-off annotation, evidence read back from the text."""
    entities = []
    for entity in standoff["entities"]:
        raw = {key: entity[key] for key in ("type", "id", "name", "aliases", "role", "wikidata")}
        entities.append(raw | ({"implied": True} if entity.get("implied") else {}))
    relations = []
    for relation in standoff["relations"]:
        start, end = relation["evidence"]
        relations.append({key: relation[key] for key in ("type", "subject", "object", "confidence", "date")}
                         | {"evidence": text[start:end]})
    return {"boilerplate": standoff.get("boilerplate") or [], "entities": entities, "relations": relations}


def materialize(corpus: Corpus, out: Path, split: str, language: str | None = None,
                spent: str | None = None) -> tuple[list[str], list[str]]:
    """Write the annotated articles of one half for ``kg eval`` (with ``spent``, only those of that
    spent test batch, e.g. "test-2"); returns (written ids, problems)."""
    written, problems = [], []
    for entry in read_manifest(corpus):
        if entry.get("split") != split or (language and entry.get("language") != language):
            continue
        if spent and entry.get("spent") != spent:
            continue
        if not corpus.annotation(entry["id"]).exists():
            continue
        try:
            text = restored_text(corpus, entry)
            standoff = json.loads(corpus.annotation(entry["id"]).read_text(encoding="utf-8"))
            if standoff.get("sha256") != entry["sha256"]:
                raise CorpusError(f"{entry['id']}: the annotation was made on another text")
            gold = _gold(entry, text, spec_from_standoff(standoff, text), out / "articles" / f"{entry['id']}.txt")
        except CorpusError as error:
            problems.append(str(error))
            continue
        (out / "gold").mkdir(parents=True, exist_ok=True)
        (out / "gold" / f"{entry['id']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                          encoding="utf-8")
        written.append(entry["id"])
    return written, problems


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (default data/corpus)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="list missing or changed texts with their query")
    adding = commands.add_parser("add", help="register a saved text")
    adding.add_argument("id")
    for option in ("event", "url", "query", "title", "source", "language"):
        adding.add_argument(f"--{option}", required=True)
    adding.add_argument("--split", choices=SPLITS)
    adding.add_argument("--published")
    adding.add_argument("--note", default="")
    building = commands.add_parser("build", help="work YAML -> stand-off JSON")
    building.add_argument("ids", nargs="*", help="default: every article with a working annotation")
    out = commands.add_parser("materialize", help="articles and gold files of one half")
    out.add_argument("out", type=Path)
    out.add_argument("--split", choices=SPLITS, required=True)
    out.add_argument("--language")
    out.add_argument("--spent", help='only the articles of this spent test batch (e.g. "test-2")')
    return parser


def _report(problems: Iterable[str]) -> int:
    problems = list(problems)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    corpus = Corpus(args.corpus)
    try:
        if args.command == "status":
            entries = read_manifest(corpus)
            problems = status(corpus)
            print(f"{len(entries) - len(problems)} of {len(entries)} texts present and unchanged")
            return _report(problems)
        if args.command == "add":
            meta = {k: getattr(args, k) for k in ("url", "query", "title", "source", "language", "published")}
            entry = add(corpus, args.id, event=args.event, split=args.split, note=args.note, **meta)
            print(f"{entry['id']}: {entry['chars']} characters, {entry['split']} half")
            return 0
        if args.command == "build":
            return _build_all(corpus, args.ids)
        written, problems = materialize(corpus, args.out, args.split, args.language, args.spent)
        print(f"{len(written)} articles written to {args.out}")
        return _report(problems)
    except CorpusError as error:
        return _report([str(error)])


def _build_all(corpus: Corpus, ids: list[str]) -> int:
    entries = {e["id"]: e for e in read_manifest(corpus)}
    ids = ids or sorted(p.stem for p in (corpus.root / "drafts").glob("*.yaml"))
    problems = []
    for item in ids:
        try:
            standoff = build(corpus, item, entries)
        except CorpusError as error:
            problems.append(str(error))
            continue
        print(f"{item}: {len(standoff['entities'])} entities, {len(standoff['relations'])} relations")
    return _report(problems)


if __name__ == "__main__":
    sys.exit(main())
