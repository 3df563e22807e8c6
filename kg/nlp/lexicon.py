"""The one loader of lexicon data: countries, domains, bodies, cues; validated row by row."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from kg.errors import ResourceError
from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp import schemas
from kg.nlp.text import fold

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "en")
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Term:
    """What a surface form in the gazetteer stands for."""

    id: str
    type: EntityType
    name: str
    wikidata: str | None = None
    kind: str = "name"  # name, demonym, capital, acronym
    country: str | None = None  # owning / containing country (ISO alpha-2, lower case)


@dataclass
class Lexicon:
    """Everything the rule layers know, loaded from data files."""

    forms: dict[str, list[tuple[str, Term]]] = field(default_factory=dict)  # by language
    countries: dict[str, Term] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # country code -> place id
    places: dict[str, Term] = field(default_factory=dict)
    domains: dict[str, Term] = field(default_factory=dict)
    portfolios: list[tuple[str, str]] = field(default_factory=list)
    honorifics: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    heads: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    cues: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict)
    coref: schemas.CorefFile | None = None
    dates: schemas.DatesFile | None = None
    agreements: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    regions: set[str] = field(default_factory=set)
    region_pattern: re.Pattern[str] | None = None
    domain_heads: schemas.DomainHeads | None = None
    name_heads: dict[str, list[tuple[str, EntityType]]] = field(default_factory=dict)
    _country_names: dict[str, str] = field(default_factory=dict)
    _country_words: dict[str, str] = field(default_factory=dict)
    _by_id: dict[str, Term] = field(default_factory=dict)
    _portfolio_words: set[str] = field(default_factory=set)

    def country_names(self) -> dict[str, str]:
        """Folded names of countries (not demonyms, not capitals) to country ids."""
        if not self._country_names:
            for surfaces in self.forms.values():
                for surface, term in surfaces:
                    if term.type is EntityType.COUNTRY and term.kind == "name" and len(surface) > 3:
                        self._country_names[fold(surface)] = term.id
        return self._country_names

    def portfolio_words(self) -> set[str]:
        """Folded words of every portfolio phrase ("transformation", "telecommunications", …)."""
        if not self._portfolio_words:
            self._portfolio_words = {w for surface, _ in self.portfolios for w in surface.split()}
        return self._portfolio_words

    def country_words(self) -> dict[str, str]:
        """Folded names and demonyms of countries to country ids ("coreenne" -> country/kr)."""
        if not self._country_words:
            for surfaces in self.forms.values():
                for surface, term in surfaces:
                    if term.type is EntityType.COUNTRY and term.kind in ("name", "demonym") and len(surface) > 3:
                        self._country_words[fold(surface)] = term.id
        return self._country_words

    def known(self, entity_id: str) -> Term | None:
        """The lexicon's own term for an id, if it has one."""
        if not self._by_id:
            for surfaces in self.forms.values():
                for _, term in surfaces:
                    self._by_id.setdefault(term.id, term)
        return self._by_id.get(entity_id)

    def country_in(self, text: str) -> str | None:
        """The id of the first country named (or whose demonym is used) inside a text."""
        words = fold(text).replace("-", " ").split()
        table = self.country_words()
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                found = table.get(" ".join(words[i : i + size]))
                if found:
                    return found
        return None

    def add(self, term: Term, surfaces: Iterable[str], languages: Iterable[str] = LANGUAGES) -> None:
        for language in languages:
            bucket = self.forms.setdefault(language, [])
            bucket.extend((s.strip(), term) for s in surfaces if s and s.strip())


def _where(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return path.name


def read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError("lexicon file is missing", where=_where(path)) from None
    except yaml.YAMLError as error:
        raise ResourceError(f"not valid YAML ({error})", where=_where(path)) from None


def validate(model: type[M], data: Any, where: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        place = ".".join(str(p) for p in first["loc"]) or "row"
        raise ResourceError(f"{place}: {first['msg']}", where=where) from None


def rows(model: type[M], path: Path) -> list[M]:
    """Validate a YAML list file, naming the file and row of the first bad row."""
    data = read_yaml(path)
    if not isinstance(data, list):
        raise ResourceError("expected a list of rows", where=_where(path))
    return [validate(model, row, f"{_where(path)}: row {i + 1}") for i, row in enumerate(data)]


def split_multi(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def read_countries(path: Path) -> list[schemas.CountryRow]:
    """The countries table: tab-separated, multi-values separated by '|'."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ResourceError("country table is missing", where=_where(path)) from None
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    result = []
    for number, raw in enumerate(reader, start=2):
        known = schemas.CountryRow.model_fields
        record: dict[str, Any] = {k: (v or "").strip() for k, v in raw.items() if k in known}
        for key in ("demonyms_en", "demonyms_fr", "aliases_en", "aliases_fr", "capital_en", "capital_fr"):
            record[key] = split_multi(record.get(key, ""))
        result.append(validate(schemas.CountryRow, record, f"{_where(path)}:{number}"))
    return result


def french_inflections(word: str) -> list[str]:
    """Feminine and plural forms of a French demonym ("marocain" -> "marocaines")."""
    forms = {word}
    if word.endswith("ien"):
        forms |= {word + "ne", word + "nes", word + "s"}
    elif word.endswith("e"):
        forms.add(word + "s")
    elif not word.endswith(("s", "x")):
        forms |= {word + "e", word + "s", word + "es"}
    return sorted(forms)


def add_countries(lexicon: Lexicon, table: list[schemas.CountryRow]) -> None:
    for row in table:
        code = row.alpha2.lower()
        term = Term(f"country/{code}", EntityType.COUNTRY, row.name_en, row.wikidata, country=code)
        lexicon.countries[code] = term
        names = [row.name_en, row.name_fr, *row.aliases_en, *row.aliases_fr]
        lexicon.add(term, names)
        demonym = Term(term.id, term.type, term.name, term.wikidata, "demonym", code)
        fr_demonyms = [f for d in row.demonyms_fr for f in french_inflections(d)]
        lexicon.add(demonym, fr_demonyms, ["fr"])
        lexicon.add(demonym, row.demonyms_en, ["en"])
        _add_capital(lexicon, code, row)


def _add_capital(lexicon: Lexicon, code: str, row: schemas.CountryRow) -> None:
    surfaces = [*row.capital_en, *row.capital_fr]
    if not surfaces:
        return
    known = next((t for t in lexicon.places.values() if t.country == code and
                  {fold(s) for s in surfaces} & {fold(t.name)}), None)
    place = known or Term(entity_id(EntityType.PLACE, surfaces[0]), EntityType.PLACE, surfaces[0],
                          country=code)
    lexicon.capitals[code] = place.id
    lexicon.places.setdefault(place.id, place)
    capital = Term(place.id, EntityType.PLACE, place.name, place.wikidata, "capital", code)
    lexicon.add(capital, surfaces)


def add_named(lexicon: Lexicon, path: Path, default: EntityType) -> None:
    for row in rows(schemas.NamedRow, path):
        kind = row.type or default
        term = Term(entity_id(kind, row.name), kind, row.name, row.wikidata, country=row.country)
        if kind is EntityType.PLACE:
            lexicon.places[term.id] = term
        lexicon.add(term, [row.name, *row.en], ["en", "fr"])
        lexicon.add(term, row.fr, ["fr", "en"])


def read_domain_labels(path: Path) -> dict[str, dict[str, list[str]]]:
    """SKOS labels of each concept of the domain scheme, by English preferred label."""
    import pyoxigraph

    skos = "http://www.w3.org/2004/02/skos/core#"
    labels: dict[str, dict[str, list[str]]] = {}
    try:
        with path.open("rb") as handle:
            triples = list(pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as error:
        raise ResourceError(f"cannot read the domain scheme ({error})", where=_where(path)) from None
    concepts = {str(t.subject) for t in triples if str(t.object) == f"<{skos}Concept>"}
    for t in triples:
        predicate = str(t.predicate)[1:-1]
        subject = str(t.subject)
        if subject not in concepts or predicate not in (skos + "prefLabel", skos + "altLabel"):
            continue
        entry = labels.setdefault(subject, {"pref": [], "en": [], "fr": []})
        language = getattr(t.object, "language", None) or "en"
        if predicate.endswith("prefLabel") and language == "en":
            entry["pref"].append(t.object.value)
        if language in ("en", "fr"):
            entry[language].append(t.object.value)
    return {v["pref"][0]: v for v in labels.values() if v["pref"]}


def add_domains(lexicon: Lexicon, ttl: Path, variants_path: Path) -> None:
    variants = read_yaml(variants_path) or {}
    exclude = {fold(x) for x in variants.pop("exclude", [])}
    labels = read_domain_labels(ttl)
    for name, forms in labels.items():
        term = Term(entity_id(EntityType.POLICY_DOMAIN, name), EntityType.POLICY_DOMAIN, name)
        lexicon.domains[term.id] = term
        extra = validate(schemas.DomainVariants, variants.get(name, {}),
                         f"{_where(variants_path)}: {name}")
        for language in LANGUAGES:
            surfaces = [*forms[language], *extra.en, *extra.fr]
            lexicon.add(term, [s for s in surfaces if fold(s) not in exclude], [language])
    unknown = set(variants) - set(labels)
    if unknown:
        raise ResourceError(f"domains not in the scheme: {', '.join(sorted(unknown))}",
                            where=_where(variants_path))


def add_rules(lexicon: Lexicon, folder: Path) -> None:
    for row in rows(schemas.PortfolioRow, folder / "portfolios.yaml"):
        for phrase in [*row.fr, *row.en_variants, row.en]:
            lexicon.portfolios.append((fold(phrase), row.en))
    lexicon.portfolios.sort(key=lambda p: -len(p[0]))
    titles = validate(schemas.TitlesFile, read_yaml(folder / "titles.yaml"), "titles.yaml")
    lexicon.domain_heads = validate(schemas.DomainHeads, read_yaml(folder / "domain_heads.yaml") or {},
                                    "domain_heads.yaml")
    lexicon.honorifics = titles.honorifics
    for role in titles.roles:
        for language in LANGUAGES:
            phrases = getattr(role, language)
            lexicon.roles.setdefault(language, []).extend((p, role.body) for p in phrases)
    heads = read_yaml(folder / "body_heads.yaml") or {}
    for language, items in heads.items():
        lexicon.heads[language] = [
            (h.text, h.kind) for i, item in enumerate(items)
            for h in [validate(schemas.HeadRow, item, f"body_heads.yaml: {language} row {i + 1}")]]
    lexicon.cues = read_cues(folder / "cues.yaml")
    heads_by_type = read_yaml(folder / "name_heads.yaml") or {}
    for type_name, by_language in heads_by_type.items():
        kind = validate(schemas.EntityTypeRow, {"type": type_name}, f"name_heads.yaml: {type_name}").type
        for language, words in by_language.items():
            lexicon.name_heads.setdefault(language, []).extend((w, kind) for w in words)
    regions = read_yaml(folder / "regions.yaml") or {}
    names = sorted({r for words in regions.values() for r in words}, key=len, reverse=True)
    lexicon.regions = {fold(r) for r in names}
    if names:
        alternation = "|".join(re.escape(r) for r in names)
        lexicon.region_pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)
    lexicon.coref = validate(schemas.CorefFile, read_yaml(folder / "coref.yaml"), "coref.yaml")
    lexicon.dates = validate(schemas.DatesFile, read_yaml(folder / "dates.yaml"), "dates.yaml")
    for agreement in rows(schemas.AgreementKind, folder / "agreement_kinds.yaml"):
        for language in LANGUAGES:
            bucket = lexicon.agreements.setdefault(language, [])
            bucket.extend((phrase.lower(), agreement.label) for phrase in getattr(agreement, language))
    for bucket in lexicon.agreements.values():
        bucket.sort(key=lambda pair: -len(pair[0]))


def read_cues(path: Path) -> dict[str, dict[str, re.Pattern[str]]]:
    data = read_yaml(path) or {}
    compiled: dict[str, dict[str, re.Pattern[str]]] = {}
    for language, kinds in data.items():
        for kind, patterns in kinds.items():
            for i, pattern in enumerate(patterns):
                _checked(schemas.check_pattern, pattern, f"{_where(path)}: {language}.{kind} row {i + 1}")
            compiled.setdefault(language, {})[kind] = re.compile("|".join(patterns))
    return compiled


def _checked(check: Callable[[str], str], value: str, where: str) -> str:
    try:
        return check(value)
    except ValueError as error:
        raise ResourceError(str(error), where=where) from None


@lru_cache(maxsize=4)
def load_lexicon(root: Path = ROOT) -> Lexicon:
    """Load and validate every lexicon file under a project root (cached)."""
    folder = root / "data" / "lexicon"
    lexicon = Lexicon()
    add_named(lexicon, folder / "places.yaml", EntityType.PLACE)
    add_countries(lexicon, read_countries(root / "data" / "reference" / "countries.tsv"))
    add_named(lexicon, folder / "bodies.yaml", EntityType.GOVERNMENT_BODY)
    add_named(lexicon, folder / "organizations.yaml", EntityType.ORGANIZATION)
    add_domains(lexicon, root / "ontology" / "domains.ttl", folder / "domain_variants.yaml")
    add_rules(lexicon, folder)
    return lexicon


def portfolio_of(phrase: str, lexicon: Lexicon) -> list[str]:
    """The English portfolios named in a phrase, in order ("la Transition numérique et …")."""
    text = f" {fold(phrase)} "
    found: list[tuple[int, str]] = []
    for surface, english in lexicon.portfolios:
        if surface not in text:
            continue
        match = re.search(rf"(?<=[ '-]){re.escape(surface)}(?=[ ,.;)-])", text)
        if match:
            found.append((match.start(), english))
            text = text[: match.start()] + "#" * len(surface) + text[match.end() :]
    names: list[str] = []
    for _, english in sorted(found):
        if english not in names:
            names.append(english)
    return names
