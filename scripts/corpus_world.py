"""The synthetic world of the corpus generator: countries, domains, people, templates."""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.errors import ResourceError  # noqa: E402
from kg.ids import entity_id, short_hash  # noqa: E402
from kg.models import RelationType  # noqa: E402

TEMPLATES = ROOT / "data" / "templates"
SLOT = re.compile(r"\{(?:(\w+):)?(\w+)\}")
#: Each slot of the templates and the variants it takes.
SLOTS: dict[str, frozenset[str | None]] = {
    **dict.fromkeys(("country_a", "country_b"), frozenset({None, "the", "The", "in", "of"})),
    **dict.fromkeys(("city_a", "city_b"), frozenset({None, "in"})),
    **dict.fromkeys(("p1", "p2"), frozenset({None, "last", "role", "e"})),
    **dict.fromkeys(("body1", "body2"), frozenset({None, "the", "of"})),
    **dict.fromkeys(("policy", "year", "domain1", "domains", "date"), frozenset({None})),
    "agreement": frozenset({None, "a"}),
}
TEXT_SLOTS = frozenset({"year", "date"})


@dataclass(frozen=True)
class Country:
    code: str
    name: dict[str, str]
    capital: dict[str, str]
    wikidata: str | None


@dataclass(frozen=True)
class Post:
    kind: str
    body: dict
    title: dict

    def title_in(self, language: str, gender: str) -> str:
        title = self.title[language]
        return title[gender] if isinstance(title, dict) else title


@dataclass(frozen=True)
class Person:
    name: str
    last: str
    gender: str
    post: Post


@dataclass(frozen=True)
class Policy:
    name: str
    year: int


@dataclass
class Cast:
    """Who and what one article is about."""

    language: Language
    countries: dict[str, str]  # slot -> ISO code
    people: dict[str, Person]  # p1, p2
    domains: list[str]  # domain slugs
    kind: dict
    date: dt.date


@dataclass
class Language:
    """One language's templates and the grammar its slots need (articles, prepositions)."""

    code: str
    data: dict

    def __getattr__(self, name: str):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def conjunction(self) -> str:
        return self.data["and"]

    def country_prefix(self, name: str, variant: str | None) -> str:
        if variant is None:
            return ""
        forms = self._fr_country(name) if self.code == "fr" else self._en_country(name)
        prefix = forms[variant.lower()]
        return prefix[:1].upper() + prefix[1:] if variant[0].isupper() else prefix

    def _en_country(self, name: str) -> dict[str, str]:
        the = "the " if name in self.the_names or set(name.split()) & set(self.the_words) else ""
        return {"the": the, "in": "in " + the, "of": "of " + the}

    def _fr_country(self, name: str) -> dict[str, str]:
        if name in self.no_article:
            return {"the": "", "in": "à ", "of": "d'" if _vowel(name) else "de "}
        if name in self.plural:
            return {"the": "les ", "in": "aux ", "of": "des "}
        if _vowel(name):
            return {"the": "l'", "in": "en ", "of": "de l'"}
        if re.split(r"[ -]", name)[0].endswith("e") and name not in self.masculine:
            return {"the": "la ", "in": "en ", "of": "de la "}
        return {"the": "le ", "in": "au ", "of": "du "}

    def city_prefix(self, variant: str | None) -> str:
        return "" if variant is None else ("à " if self.code == "fr" else "in ")

    def body_prefix(self, body: dict, variant: str | None) -> str:
        if variant is None:
            return ""
        if self.code == "en":
            return "the " if variant == "the" else "of the "
        article = "l'" if _vowel(body["fr"]) else ("le " if body["gender"] == "m" else "la ")
        return article if variant == "the" else {"l'": "de l'", "le ": "du ", "la ": "de la "}[article]

    def indefinite(self, kind: dict) -> str:
        if self.code == "fr":
            return "un " if kind["gender"] == "m" else "une "
        return "an " if _vowel(kind["en"]) else "a "

    def date(self, day: dt.date) -> str:
        return self.data["date"].format(day=day.day, month=self.months[day.month - 1])


def _vowel(text: str) -> bool:
    return text[:1].upper() in "AEIOUÂÉÈÊÎÏÔÛ"


@dataclass
class World:
    """Everything articles are drawn from; the same whatever the seed."""

    countries: dict[str, Country]
    domains: dict[str, dict[str, str]]
    people: dict[tuple[str, str], Person]
    policies: dict[str, Policy]
    agreement_kinds: list[dict]
    languages: dict[str, Language]

    @property
    def codes(self) -> list[str]:
        return sorted(self.countries)

    def person(self, code: str, kind: str) -> Person:
        return self.people[code, kind]

    def policy(self, code: str) -> Policy:
        return self.policies[code]

    def language(self, code: str) -> Language:
        if code not in self.languages:
            raise ResourceError(f"no templates for language {code!r}", where=str(TEMPLATES))
        return self.languages[code]

    def entity(self, key: str, cast: Cast) -> dict:
        """The id, type, canonical name and Wikidata id of the entity behind a slot."""
        if key.startswith("domain:"):
            slug = key.split(":", 1)[1]
            return _entity(f"domain/{slug}", "PolicyDomain", self.domains[slug]["en"])
        if key.startswith(("country", "city")):
            country = self.countries[cast.countries["country" + key[-2:]]]
            if key.startswith("city"):
                return _entity(entity_id("Place", country.capital["en"]), "Place", country.capital["en"])
            return _entity(f"country/{country.code.lower()}", "Country", country.name["en"], country.wikidata)
        if key in ("p1", "p2"):
            return _entity(entity_id("Person", cast.people[key].name), "Person", cast.people[key].name)
        if key in ("body1", "body2"):
            return self._body(cast, key[-1])
        if key == "policy":
            name = self.policies[cast.countries["country_a"]].name
            return _entity(entity_id("Policy", name), "Policy", name)
        return self._agreement(cast)

    def _body(self, cast: Cast, number: str) -> dict:
        country = self.countries[cast.countries["country_" + "ab"[int(number) - 1]]].name["en"]
        english = self.languages["en"]
        name = f"{cast.people['p' + number].post.body['en']} {english.country_prefix(country, 'of')}{country}"
        return _entity(entity_id("GovernmentBody", name), "GovernmentBody", name)

    def _agreement(self, cast: Cast) -> dict:
        a, b = (self.countries[cast.countries[slot]].name["en"] for slot in ("country_a", "country_b"))
        topic = " ".join(w if w.isupper() or w == "and" else w[:1].upper() + w[1:]
                         for w in self.domains[cast.domains[0]]["en"].split())
        name = f"{a}-{b} {cast.kind['label']} on {topic}"
        return _entity(entity_id("Agreement", name), "Agreement", name)


def _entity(entity_id_: str, kind: str, name: str, wikidata: str | None = None) -> dict:
    return {"id": entity_id_, "type": kind, "name": name, "wikidata": wikidata}


@cache
def load_world(folder: Path = TEMPLATES) -> World:
    """The world from the country table, the domain scheme and the templates, all checked."""
    world_data = _read_yaml(folder / "world.yaml")
    countries = _countries(set(world_data.get("territories", [])))
    posts = {kind: [Post(kind, item["body"], item["title"]) for item in world_data[key]]
             for kind, key in (("ministry", "ministries"), ("agency", "agencies"))}
    languages = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name != "world.yaml":
            data = _read_yaml(path)
            check_language(data, path)
            languages[data["language"]] = Language(data["language"], data)
    return World(countries, _domains(), _people(world_data, countries, posts),
                 _policies(world_data["policies"], countries), world_data["agreement_kinds"], languages)


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(f"cannot read templates: {error}", where=str(path)) from None
    if not isinstance(data, dict):
        raise ResourceError("templates must be a mapping", where=str(path))
    return data


def _countries(territories: set[str]) -> dict[str, Country]:
    from kg.resources import countries

    found = {}
    for row in countries():
        if row.alpha2 in territories:
            continue
        capital = {"en": row.capital_en.split("|")[0], "fr": row.capital_fr.split("|")[0]}
        name = {"en": row.name_en, "fr": row.name_fr}
        # A capital spelt like a country name (Mexico) would make one surface name two entities.
        if row.wikidata and all(capital.values()) and not set(capital.values()) & set(name.values()):
            found[row.alpha2] = Country(row.alpha2, name, capital, row.wikidata)
    return found


def _domains() -> dict[str, dict[str, str]]:
    import pyoxigraph as ox

    from kg.resources import ontology_file
    from kg.vocab import DPR_IRI, EXT

    labels: dict[str, dict[str, str]] = {}
    for quad in ox.parse(path=ontology_file("domains.ttl"), format=ox.RdfFormat.TURTLE):
        subject, obj = quad.subject, quad.object
        if (quad.predicate.value == EXT.SKOS + "prefLabel" and isinstance(obj, ox.Literal)
                and isinstance(subject, ox.NamedNode) and subject.value.startswith(DPR_IRI + "domain/")):
            labels.setdefault(subject.value.rsplit("/", 1)[1], {})[obj.language or ""] = obj.value
    return {slug: forms for slug, forms in sorted(labels.items()) if "en" in forms and "fr" in forms}


def _people(data: dict, countries: dict[str, Country], posts: dict[str, list[Post]]) -> dict:
    names = [(first, last, gender) for gender in ("f", "m") for first in data["first_names"][gender]
             for last in data["surnames"]]
    random.Random("digipol-world").shuffle(names)
    seats = [(code, kind) for code in sorted(countries) for kind in sorted(posts)]
    if len(seats) > len(names):
        raise ResourceError(f"{len(names)} names for {len(seats)} posts; add names", where="world.yaml")
    return {(code, kind): Person(f"{first} {last}", last, gender, _stable(posts[kind], code))
            for (code, kind), (first, last, gender) in zip(seats, names, strict=False)}


def _policies(data: dict, countries: dict[str, Country]) -> dict[str, Policy]:
    return {code: Policy(_stable(data["names"], code).format(country=country.name["en"], year=year), year)
            for code, country in countries.items() for year in [_stable(data["years"], code + "/year")]}


def _stable(options: list, key: str):
    """An option chosen by the key alone, so a country keeps its minister whatever the seed."""
    return options[int(short_hash(key), 16) % len(options)]


def check_language(data: dict, path: Path) -> None:
    """Refuse templates with an unknown slot, variant or relation, naming where it is."""
    for key in ("language", "honorifics", "months", "date", "and", "outlets", "titles", "sections"):
        if key not in data:
            raise ResourceError(f"missing key {key!r}", where=str(path))
    for index, title in enumerate(data["titles"]):
        _check_text(title, f"{path.name}: titles[{index}]")
    for s, section in enumerate(data["sections"]):
        for a, paragraph in enumerate(section["choose"]):
            for n, sentence in enumerate(paragraph):
                where = f"{path.name}: sections[{s}] ({section['name']}) choose[{a}][{n}]"
                _check_text(sentence["text"], where)
                for spec in sentence.get("relations", []):
                    _check_relation(spec, where)


def _check_text(text: str, where: str) -> None:
    for match in SLOT.finditer(text):
        variant, slot = match.group(1), match.group(2)
        if slot not in SLOTS or variant not in SLOTS[slot]:
            raise ResourceError(f"unknown slot {match.group(0)}", where=where)


def _check_relation(spec: str, where: str) -> None:
    parts = spec.split()
    known = {r.value for r in RelationType}
    if len(parts) != 3 or parts[0] not in known or not set(parts[1:]) <= SLOTS.keys() - TEXT_SLOTS:
        raise ResourceError(f"relation {spec!r} is not 'TYPE SUBJECT OBJECT' over entity slots", where=where)
