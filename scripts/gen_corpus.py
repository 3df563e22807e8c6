"""Generate synthetic French and English articles with exact gold annotations, for scale tests.

Articles are built from the templates in ``data/templates/`` (sentence patterns with slots),
the country table ``data/reference/countries.tsv`` and the policy domains of
``ontology/domains.ttl``. Each article is a ``.txt`` file with YAML front matter; its gold
extraction (the contract JSON of ``kg load``, offsets exact) is written beside it in the
gold folder under the same name. The same ``--seed`` gives the same corpus.

    python scripts/gen_corpus.py --count 10000 --seed 1 --articles out/corpus/articles --gold out/corpus/gold
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_world import SLOT, Cast, Language, World, load_world  # noqa: E402

from kg.ids import article_id, short_hash, slugify  # noqa: E402
from kg.models import Extraction  # noqa: E402

#: Relation types whose gold carries the date of the event the article reports.
DATED = frozenset({"meets", "visits", "signs", "cooperatesWith", "cooperatesOn"})
SYMMETRIC = frozenset({"meets", "cooperatesWith"})
FIRST_DAY, DAYS = dt.date(2023, 1, 1), 3 * 365


@dataclass
class Draft:
    """Text being written, with every entity mention and its offsets."""

    chunks: list[str] = field(default_factory=list)
    length: int = 0
    mentions: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def write(self, text: str) -> None:
        self.chunks.append(text)
        self.length += len(text)

    def mention(self, key: str, text: str) -> None:
        self.mentions.setdefault(key, []).append((self.length, self.length + len(text)))
        self.write(text)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


class ArticleWriter:
    """Renders the templates of one language for one cast, keeping offsets and relations."""

    def __init__(self, world: World, cast: Cast) -> None:
        self.world, self.cast, self.lang = world, cast, cast.language
        self.draft = Draft()
        self.relations: list[tuple[str, str, str, int, int]] = []

    def sentence(self, text: str, relations: list[str]) -> None:
        start = self.draft.length
        self.render(text, self.draft)
        for spec in relations:
            kind, subject, obj = spec.split()
            for s in self._expand(subject):
                for o in self._expand(obj):
                    self.relations.append((kind, s, o, start, self.draft.length))

    def render(self, template: str, draft: Draft, body_slot: str | None = None) -> None:
        position = 0
        for match in SLOT.finditer(template):
            draft.write(template[position:match.start()])
            variant, slot = match.group(1), match.group(2)
            self.fill(variant, body_slot if slot == "body" else slot, draft)
            position = match.end()
        draft.write(template[position:])

    def fill(self, variant: str | None, slot: str, draft: Draft) -> None:
        lang, cast = self.lang, self.cast
        if slot in ("country_a", "country_b"):
            name = self.world.countries[cast.countries[slot]].name[lang.code]
            draft.write(lang.country_prefix(name, variant))
            draft.mention(slot, name)
        elif slot in ("city_a", "city_b"):
            draft.write(lang.city_prefix(variant))
            draft.mention(slot, self.world.countries[cast.countries["country" + slot[4:]]].capital[lang.code])
        elif slot in ("p1", "p2"):
            self._person(variant, slot, draft)
        elif slot in ("body1", "body2"):
            post = cast.people["p" + slot[-1]].post
            draft.write(lang.body_prefix(post.body, variant))
            draft.mention(slot, post.body[lang.code])
        elif slot == "policy":
            draft.mention(slot, self.world.policy(cast.countries["country_a"]).name)
        elif slot == "year":
            draft.write(str(self.world.policy(cast.countries["country_a"]).year))
        elif slot == "agreement":
            draft.write(lang.indefinite(cast.kind) if variant == "a" else "")
            draft.mention(slot, cast.kind[lang.code])
        elif slot == "domain1":
            draft.mention(f"domain:{cast.domains[0]}", self.world.domains[cast.domains[0]][lang.code])
        elif slot == "domains":
            self._domain_list(draft)
        elif slot == "date":
            draft.write(lang.date(cast.date))

    def role(self, slot: str, draft: Draft) -> None:
        person = self.cast.people[slot]
        self.render(person.post.title_in(self.lang.code, person.gender), draft, body_slot="body" + slot[-1])

    def _person(self, variant: str | None, slot: str, draft: Draft) -> None:
        person = self.cast.people[slot]
        if variant == "role":
            self.role(slot, draft)
        elif variant == "e":
            draft.write("e" if person.gender == "f" else "")
        elif variant == "last":
            draft.mention(slot, f"{self.lang.honorifics[person.gender]} {person.last}")
        else:
            draft.mention(slot, person.name)

    def _domain_list(self, draft: Draft) -> None:
        slugs = self.cast.domains
        for index, slug in enumerate(slugs):
            if index:
                draft.write(f" {self.lang.conjunction} " if index == len(slugs) - 1 else ", ")
            draft.mention(f"domain:{slug}", self.world.domains[slug][self.lang.code])

    def _expand(self, slot: str) -> list[str]:
        if slot == "domains":
            return [f"domain:{slug}" for slug in self.cast.domains]
        return ["domain:" + self.cast.domains[0]] if slot == "domain1" else [slot]


# -- one article ----------------------------------------------------------------------------

def make_cast(world: World, language: Language, rng: random.Random) -> Cast:
    while True:
        code_a, code_b = rng.sample(world.codes, 2)
        p1 = world.person(code_a, rng.choice(("ministry", "agency")))
        p2 = world.person(code_b, rng.choice(("ministry", "agency")))
        # Each surface form must name one entity: no two bodies or "Ms X" alike in an article.
        if p1.post.body != p2.post.body and (p1.gender, p1.last) != (p2.gender, p2.last):
            break
    domains = rng.sample(sorted(world.domains), rng.randint(1, 4))
    date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    return Cast(language, {"country_a": code_a, "country_b": code_b}, {"p1": p1, "p2": p2}, domains,
                rng.choice(world.agreement_kinds), date)


def write_body(world: World, cast: Cast, rng: random.Random) -> ArticleWriter:
    writer = ArticleWriter(world, cast)
    paragraphs = [s for s in cast.language.sections if rng.random() < s.get("probability", 1.0)]
    for number, section in enumerate(paragraphs):
        if number:
            writer.draft.write("\n\n")
        for index, sentence in enumerate(rng.choice(section["choose"])):
            if index:
                writer.draft.write(" ")
            writer.sentence(sentence["text"], sentence["relations"])
    return writer


def plain(writer: ArticleWriter, template: str) -> str:
    draft = Draft()
    writer.render(template, draft)
    return draft.text


def make_article(world: World, language: Language, seed: int, index: int) -> tuple[str, str, dict]:
    """The file stem, the .txt content and the gold record of article number ``index``."""
    rng = random.Random(f"{seed}:{index}")
    cast = make_cast(world, language, rng)
    writer = write_body(world, cast, rng)
    title = plain(writer, rng.choice(language.titles))
    outlet = rng.choice(language.outlets)
    published = cast.date + dt.timedelta(days=rng.randrange(3))
    slug = slugify(title)[:60].rstrip("-")
    url = (f"https://{outlet['host']}/{outlet['section']}/{published:%Y/%m/%d}/"
           f"{slug}-{short_hash(str(seed), str(index), length=8)}")
    stem = f"{index:05d}-{language.code}-{slug}"
    meta = {"title": title, "url": url, "published": published.isoformat(), "source": outlet["name"],
            "language": language.code}
    text = writer.draft.text
    record = {"article": {"id": article_id(url, stem), **meta},
              "entities": entities(world, writer, text), "relations": relations(writer, text)}
    return stem, front_matter(meta) + text + "\n", record


def front_matter(meta: dict) -> str:
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n"


def entities(world: World, writer: ArticleWriter, text: str) -> list[dict]:
    keys = list(writer.draft.mentions)
    keys += [k for r in writer.relations for k in r[1:3] if k not in keys and k not in writer.draft.mentions]
    records = []
    for key in dict.fromkeys(keys):
        entity = world.entity(key, writer.cast)
        spans = writer.draft.mentions.get(key, [])
        surfaces = dict.fromkeys(text[start:end] for start, end in spans)
        record = {**entity, "aliases": [s for s in surfaces if s != entity["name"]],
                  "mentions": [{"text": text[s:e], "start": s, "end": e} for s, e in spans]}
        if key in ("p1", "p2"):
            role = Draft()
            writer.role(key, role)
            record["role"] = role.text
        records.append(record)
    return records


def relations(writer: ArticleWriter, text: str) -> list[dict]:
    seen: set[tuple] = set()
    records = []
    ids = {key: writer.world.entity(key, writer.cast)["id"] for r in writer.relations for key in r[1:3]}
    for kind, subject, obj, start, end in writer.relations:
        pair = (ids[subject], ids[obj])
        key = (kind, *(sorted(pair) if kind in SYMMETRIC else pair))
        if key in seen:
            continue
        seen.add(key)
        records.append({"type": kind, "subject": pair[0], "object": pair[1], "confidence": 1.0,
                        "date": writer.cast.date.isoformat() if kind in DATED else None,
                        "evidence": {"text": text[start:end], "start": start, "end": end}})
    return records


# -- the corpus -----------------------------------------------------------------------------

def generate(count: int, seed: int, articles: Path, gold: Path, languages: tuple[str, ...] = ("fr", "en"),
             world: World | None = None) -> Iterator[Path]:
    """Write ``count`` articles and their gold files; yields each article's path."""
    world = world or load_world()
    langs = [world.language(code) for code in languages]
    articles.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        stem, content, record = make_article(world, langs[index % len(langs)], seed, index)
        Extraction.model_validate(record)  # a template bug fails here, not in a later load
        path = articles / f"{stem}.txt"
        path.write_text(content, encoding="utf-8")
        (gold / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="number of articles (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="the same seed gives the same corpus")
    parser.add_argument("--articles", type=Path, default=Path("out/corpus/articles"), help="folder of .txt files")
    parser.add_argument("--gold", type=Path, default=Path("out/corpus/gold"), help="folder of gold .json files")
    parser.add_argument("--languages", default="fr,en", help="comma-separated, taken in turn (default fr,en)")
    args = parser.parse_args(argv)
    if args.count < 0:
        parser.error("--count must be 0 or more")
    written = sum(1 for _ in generate(args.count, args.seed, args.articles, args.gold,
                                      tuple(args.languages.split(","))))
    print(f"{written} articles in {args.articles}, gold in {args.gold}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
