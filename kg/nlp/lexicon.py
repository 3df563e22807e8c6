"""The one loader of lexicon data: countries, domains, bodies, cues; validated row by row."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.ids import entity_id
from kg.models import EntityType
from kg.nlp import schemas
from kg.nlp.domain_labels import read_domain_labels
from kg.nlp.packs import (
    ROOT,
    Pack,
    load_country_codes,
    load_kingdoms,
    load_name_words,
    load_outlets,
    load_packs,
    rows,
    validate,
    where,
)
from kg.nlp.text import arabic_letters, fold
from kg.resources import home

__all__ = ["ROOT", "Lexicon", "Term", "load_lexicon", "portfolio_of"]
PORTFOLIO_MEMORY = 65536  # phrases whose portfolios a lexicon remembers (role and body names repeat)


@dataclass(frozen=True)
class Term:
    """What a surface form in the gazetteer stands for."""

    id: str
    type: EntityType
    name: str
    wikidata: str | None = None
    kind: str = "name"  # name, demonym, capital, acronym; built (a body named from its portfolios)
    country: str | None = None  # owning / containing country (ISO alpha-2, lower case)


@dataclass
class Lexicon:
    """Everything the rule layers know, loaded from data files."""

    languages: tuple[str, ...] = ()
    packs: dict[str, Pack] = field(default_factory=dict)
    name_words: schemas.NameWordsFile | None = None
    forms: dict[str, list[tuple[str, Term]]] = field(default_factory=dict)  # by language
    countries: dict[str, Term] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # country code -> place id
    capital_of: dict[str, str] = field(default_factory=dict)  # place id -> country code (the inverse)
    acts_for: dict[str, str] = field(default_factory=dict)  # place id -> organisation id it may stand for
    international: set[str] = field(default_factory=set)  # ids of regions with international relations of their own,
    # and of policies no one country owns
    places: dict[str, Term] = field(default_factory=dict)
    domains: dict[str, Term] = field(default_factory=dict)
    vague_domains: dict[str, Term] = field(default_factory=dict)  # folded excluded label -> its domain
    vague_words: set[str] = field(default_factory=set)  # folded one-word excluded labels ("technology", "innovation")
    opened_domains: set[str] = field(default_factory=set)  # folded vague labels a field opener makes a field
    field_openers: dict[str, list[str]] = field(default_factory=dict)  # language -> folded "dans le domaine de"
    promoters: dict[str, list[str]] = field(default_factory=dict)  # language -> folded "promouvoir", "to promote"
    portfolios: list[tuple[str, str]] = field(default_factory=list)
    body_portfolios: dict[str, list[str]] = field(default_factory=dict)  # body id -> its ministers' portfolios
    body_titles: dict[str, list[str]] = field(default_factory=dict)  # body id -> its head's titles
    honorifics: dict[str, list[str]] = field(default_factory=dict)
    roles: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)
    plural_roles: dict[str, dict[str, str]] = field(default_factory=dict)  # plural title -> its singular
    role_offices: dict[str, dict[str, str]] = field(default_factory=dict)  # title -> the head of its office's name
    heads: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    cues: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict)
    context: dict[str, dict[str, re.Pattern[str]]] = field(default_factory=dict)  # by language, then kind
    coref: schemas.CorefFile | None = None
    dates: schemas.DatesFile | None = None
    agreements: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    regions: set[str] = field(default_factory=set)
    region_pattern: re.Pattern[str] | None = None
    domain_heads: schemas.DomainHeads | None = None
    name_heads: dict[str, list[tuple[str, EntityType]]] = field(default_factory=dict)
    definite_countries: frozenset[str] = frozenset()  # codes of "the United States", "the Gambia"
    outlets: dict[str, str] = field(default_factory=dict)  # host name -> its outlet's country code
    _country_names: dict[str, str] = field(default_factory=dict)
    _organisation_names: set[str] = field(default_factory=set)
    _organisation_words: set[str] = field(default_factory=set)
    _body_surfaces: dict[str, list[Term]] = field(default_factory=dict)
    _country_words: dict[str, str] = field(default_factory=dict)
    _demonyms: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    _region_words: dict[str, str] = field(default_factory=dict)
    _by_id: dict[str, Term] = field(default_factory=dict)
    _country_acronyms: dict[str, str] = field(default_factory=dict)
    _portfolio_words: set[str] = field(default_factory=set)
    _bodies: dict[str, list[Term]] = field(default_factory=dict)
    _surfaces: dict[str, set[str]] = field(default_factory=dict)
    _ministry_heads: set[str] = field(default_factory=set)
    _named: dict[str, list[Term]] = field(default_factory=dict)
    _portfolios_in: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _plural_agreements: dict[str, dict[str, str]] = field(default_factory=dict)  # language -> plural -> kind
    _derived: dict[Any, Any] = field(default_factory=dict)  # tables built from the lexicon on first use

    def derived(self, key: Any, make: Callable[[], Any]) -> Any:
        """A table (or pattern) built from the lexicon once, on first use, and kept under that key."""
        if key not in self._derived:
            self._derived[key] = make()
        return self._derived[key]

    def country_in_name(self, country: Term) -> str:
        """A country's name inside a longer English name: "the United States", "Senegal"."""
        return f"the {country.name}" if country.country in self.definite_countries else country.name

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

    def ministry_heads(self) -> set[str]:
        """The folded one-word heads of ministry names in every pack ("ministry", "ministere" …)."""
        if not self._ministry_heads:
            self._ministry_heads = {fold(text) for heads in self.heads.values() for text, kind in heads
                                    if kind == "ministry" and " " not in text}
        return self._ministry_heads

    def country_words(self) -> dict[str, str]:
        """Folded names and demonyms of countries to country ids ("coreenne" -> country/kr)."""
        if not self._country_words:
            for surfaces in self.forms.values():
                for surface, term in surfaces:
                    if term.type is EntityType.COUNTRY and term.kind in ("name", "demonym") and len(surface) > 3:
                        self._country_words[fold(surface)] = term.id
        return self._country_words

    def region_country_in(self, text: str) -> str | None:
        """The id of the country of the first of its regions named inside a text ("… du Sud de l'Ontario")."""
        if not self._region_words:
            for surfaces in self.forms.values():
                for surface, term in surfaces:
                    if term.type is EntityType.PLACE and term.kind == "region" and term.country and len(surface) > 3:
                        self._region_words[fold(surface)] = f"country/{term.country}"
        words = fold(text).replace("'", " ").split()
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                found = self._region_words.get(" ".join(words[i : i + size]))
                if found:
                    return found
        return None

    def demonym_countries(self, language: str, text: str) -> frozenset[str]:
        """The countries whose demonym in a language is written so ("congolais": both Congos)."""
        if not self._demonyms:
            found: dict[tuple[str, str], set[str]] = {}
            for code, surfaces in self.forms.items():
                for surface, term in surfaces:
                    if term.kind == "demonym" and term.country:
                        found.setdefault((code, fold(surface)), set()).add(term.country)
            self._demonyms = {key: frozenset(codes) for key, codes in found.items()}
        return self._demonyms.get((language, fold(text)), frozenset())

    def country_acronym_in(self, text: str) -> str | None:
        """The country whose short name is written in capitals inside a name ("UAE Strategy for AI")."""
        if not self._country_acronyms:
            for surfaces in self.forms.values():
                for surface, term in surfaces:
                    if term.type is EntityType.COUNTRY and term.kind == "name" and surface.isupper() \
                            and len(surface) <= 3:
                        self._country_acronyms[surface] = term.id
        return next((self._country_acronyms[w] for w in re.findall(r"[\w.]+", text)
                     if w in self._country_acronyms), None)

    def organisation_names(self) -> set[str]:
        """Folded surface forms of the organisations the reference data knows, in any language."""
        if not self._organisation_names:
            self._organisation_names = {fold(surface) for surfaces in self.forms.values() for surface, term in surfaces
                                        if term.type is EntityType.ORGANIZATION and len(surface) > 1}
        return self._organisation_names

    def organisation_words(self) -> set[str]:
        """The organisation names of `organisation_names`, each as its words joined by single spaces."""
        if not self._organisation_words:
            self._organisation_words = {" ".join(re.findall(r"\w+", name)) for name in self.organisation_names()}
        return self._organisation_words

    def bodies_named(self, name: str) -> list[Term]:
        """The reference data's state bodies with that surface form (folded), in any language."""
        if not self._body_surfaces:
            for surfaces in self.forms.values():
                for surface, term in surfaces:
                    if term.type is EntityType.GOVERNMENT_BODY and term.kind != "acronym":
                        bucket = self._body_surfaces.setdefault(fold(surface), [])
                        bucket.extend([term] if term not in bucket else [])
        return self._body_surfaces.get(fold(name), [])

    def named(self, surface: str) -> list[Term]:
        """The reference data's terms with that surface form (folded), in any language."""
        if not self._named:
            for surfaces in self.forms.values():
                for written, term in surfaces:
                    bucket = self._named.setdefault(fold(written), [])
                    bucket.extend([term] if term not in bucket else [])
        return self._named.get(fold(surface), [])

    def known(self, entity_id: str) -> Term | None:
        """The lexicon's own term for an id, if it has one."""
        if not self._by_id:
            for surfaces in self.forms.values():
                for _, term in surfaces:
                    self._by_id.setdefault(term.id, term)
        return self._by_id.get(entity_id)

    def bodies_of(self, code: str) -> list[Term]:
        """The state bodies the reference data knows in one country (by its two-letter code)."""
        if not self._bodies:
            self.known("")
            for term in self._by_id.values():
                if term.type is EntityType.GOVERNMENT_BODY and term.country:
                    self._bodies.setdefault(term.country, []).append(term)
        return self._bodies.get(code, [])

    def surfaces_of(self, term_id: str) -> set[str]:
        """Every surface form the reference data gives a term, in any language."""
        if not self._surfaces:
            for bucket in self.forms.values():
                for surface, term in bucket:
                    self._surfaces.setdefault(term.id, set()).add(surface)
        return self._surfaces.get(term_id, set())

    def country_in(self, text: str) -> str | None:
        """The id of the first country named (or whose demonym is used) inside a text."""
        words = fold(text).replace("-", " ").split()
        table = self.country_words()
        for size in (5, 4, 3, 2, 1):  # the longest first: "People's Republic of China", not "Republic of China"
            for i in range(len(words) - size + 1):
                found = table.get(" ".join(words[i : i + size])) or table.get("-".join(words[i : i + size]))
                if found:  # "sud-coréenne" is one demonym
                    return found
        return None

    def words(self, language: str) -> schemas.WordsFile:
        """The closed-class words of a language's pack."""
        return self.packs[language].words

    def plural_agreements(self, language: str) -> dict[str, str]:
        """Each plural agreement phrase of a pack and its kind: the listed plurals, and every phrase + "s"."""
        if language not in self._plural_agreements:
            labels: dict[str, str] = {}
            for row in self.packs[language].agreements:
                if row.label != "reference":
                    labels.update({p.lower(): row.label for p in row.plurals})
                    labels.update({f"{p.lower()}s": row.label for p in row.phrases if f"{p.lower()}s" not in labels})
            self._plural_agreements[language] = labels
        return self._plural_agreements[language]

    def all_words(self, kind: str) -> set[str]:
        """One kind of closed-class word in every pack: for names, which keep their own language."""
        return {w for pack in self.packs.values() for w in getattr(pack.words, kind)}

    def add(self, term: Term, surfaces: Iterable[str], languages: Iterable[str] | None = None) -> None:
        for language in self.languages if languages is None else languages:
            bucket = self.forms.setdefault(language, [])
            bucket.extend((s.strip(), term) for s in surfaces if s and s.strip())


def split_multi(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def read_countries(path: Path) -> list[schemas.CountryRow]:
    """The countries table: tab-separated, multi-values separated by '|'."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise ResourceError("country table is missing", where=where(path)) from None
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    result = []
    for number, raw in enumerate(reader, start=2):
        known = schemas.CountryRow.model_fields
        record: dict[str, Any] = {k: (v or "").strip() for k, v in raw.items() if k in known}
        for key in ("demonyms_en", "demonyms_fr", "demonyms_ar", "aliases_en", "aliases_fr", "aliases_ar",
                    "capital_en", "capital_fr", "capital_ar"):
            record[key] = split_multi(record.get(key, ""))
        result.append(validate(schemas.CountryRow, record, f"{where(path)}:{number}"))
    return result


def inflections(word: str, rules: list[schemas.Inflection]) -> list[str]:
    """A demonym and its inflected forms by the first rule whose ending it has ("marocain" -> "marocaines")."""
    forms = {word}
    for rule in rules:
        if word.endswith(rule.ending) and not word.endswith(tuple(rule.unless)):
            forms |= {word + ending for ending in rule.add}
            break
    return sorted(forms)


def add_countries(lexicon: Lexicon, table: list[schemas.CountryRow]) -> None:
    """The sovereign states of the table; a territory the places table names (Guam, Réunion, Hong Kong)
    is a place of its sovereign there, and no country."""
    places = {fold(t.name) for t in lexicon.places.values()}
    for row in table:
        if fold(row.name_en) in places:
            continue
        code = row.alpha2.lower()
        term = Term(f"country/{code}", EntityType.COUNTRY, row.name_en, row.wikidata, country=code)
        lexicon.countries[code] = term
        names = [row.name_en, row.name_fr, row.name_ar, *row.aliases_en, *row.aliases_fr, *row.aliases_ar]
        lexicon.add(term, names)
        demonym = Term(term.id, term.type, term.name, term.wikidata, "demonym", code)
        for code_of_language, pack in lexicon.packs.items():
            written = getattr(row, f"demonyms_{code_of_language}", [])
            rules = pack.words.demonym_inflections
            lexicon.add(demonym, [f for d in written for f in inflections(d, rules)], [code_of_language])
        _add_capital(lexicon, code, row)


def _add_capital(lexicon: Lexicon, code: str, row: schemas.CountryRow) -> None:
    surfaces = [*row.capital_en, *row.capital_fr, *row.capital_ar]
    if not surfaces:
        return
    known = next((t for t in lexicon.places.values() if t.country == code and
                  {fold(s) for s in surfaces} & {fold(t.name)}), None)
    place = known or Term(entity_id(EntityType.PLACE, surfaces[0]), EntityType.PLACE, surfaces[0],
                          country=code)
    lexicon.capitals[code] = place.id
    lexicon.capital_of[place.id] = code
    lexicon.places.setdefault(place.id, place)
    capital = Term(place.id, EntityType.PLACE, place.name, place.wikidata, "capital", code)
    lexicon.add(capital, surfaces)


def add_named(lexicon: Lexicon, path: Path, default: EntityType) -> None:
    for row in rows(schemas.NamedRow, path):
        kind = row.type or default
        term = Term(entity_id(kind, row.name), kind, row.name, row.wikidata, "region" if row.region else "name",
                    row.country)
        if row.region:
            _add_region_government(lexicon, row)
        if row.international:
            lexicon.international.add(term.id)
        if kind is EntityType.PLACE:
            lexicon.places[term.id] = term
            if row.acts_for:
                lexicon.acts_for[term.id] = row.acts_for
        if row.portfolios:
            lexicon.body_portfolios[term.id] = row.portfolios
        if row.titles:
            lexicon.body_titles[term.id] = row.titles
        lexicon.add(term, [row.name, *row.en])
        lexicon.add(term, row.fr)
        lexicon.add(term, row.ar)


def _add_region_government(lexicon: Lexicon, row: schemas.NamedRow) -> None:
    """A region's own government, named in each language by its pack's patterns ("Telangana government",
    "gouvernement du Québec"): a body of the region's country."""
    name = f"Government of {row.name}"
    term = Term(entity_id(EntityType.GOVERNMENT_BODY, name), EntityType.GOVERNMENT_BODY, name, None, "region",
                row.country)
    for language in lexicon.languages:
        regions = dict.fromkeys([*getattr(row, language, []), *([row.name] if language == "en" else [])])
        patterns = lexicon.words(language).region_government
        lexicon.add(term, [p.format(r) for p in patterns for r in regions], [language])


def add_domains(lexicon: Lexicon, ttl: Path, packs: dict[str, Pack]) -> None:
    """Domain concepts with their SKOS labels, and every pack's variants in every language."""
    exclude = {fold(x) for pack in packs.values() for x in pack.domains.exclude}
    lexicon.vague_words.update(x for x in exclude if " " not in x)
    labels = read_domain_labels(ttl)
    for code, pack in packs.items():
        unknown = set(pack.domains.variants) - set(labels)
        if unknown:
            raise ResourceError(f"domains not in the scheme: {', '.join(sorted(unknown))}",
                                where=f"data/lang/{code}/domains.yaml")
    for name, forms in labels.items():
        term = Term(entity_id(EntityType.POLICY_DOMAIN, name), EntityType.POLICY_DOMAIN, name)
        lexicon.domains[term.id] = term
        extra = [s for pack in packs.values() for s in pack.domains.variants.get(name, [])]
        for language in packs:
            surfaces = [*forms.get(language, []), *extra]
            lexicon.add(term, [s for s in surfaces if fold(s) not in exclude], [language])
            lexicon.vague_domains.update({fold(s): term for s in surfaces if fold(s) in exclude})
    for code, pack in packs.items():
        lexicon.opened_domains.update(fold(x) for x in pack.domains.opened)
        lexicon.field_openers[code] = [fold(x) for x in pack.domains.field_openers]
        lexicon.promoters[code] = [fold(x) for x in pack.domains.promoters]


def _glued_coordinators(pack: Pack) -> list[str]:
    """The coordinators a language writes glued to the next word ("و" in Arabic): a portfolio named after
    another one is written with it."""
    glued = {p.text for p in pack.words.proclitics}
    return [c for c in pack.words.coordinators if c in glued]


def add_packs(lexicon: Lexicon, packs: dict[str, Pack], kingdoms: list[str]) -> None:
    """The assembled tables of every pack: portfolios, titles, heads, cues, dates, coref, agreements."""
    for code, pack in packs.items():
        glued = _glued_coordinators(pack)
        for row in pack.portfolios:
            lexicon.portfolios.extend((fold(phrase), row.portfolio) for phrase in row.phrases)
            lexicon.portfolios.extend((fold(g + phrase), row.portfolio) for phrase in row.phrases for g in glued
                                      if not phrase.startswith(g))  # "الاقتصاد والتجارة": "and" glued to the next
        lexicon.honorifics[code] = pack.titles.honorifics
        lexicon.roles[code] = [(p, role.body) for role in pack.titles.roles for p in role.phrases]
        lexicon.plural_roles[code] = {p: role.phrases[0] for role in pack.titles.roles for p in role.plurals}
        lexicon.role_offices[code] = {p: role.office for role in pack.titles.roles if role.office for p in role.phrases}
        lexicon.heads[code] = [(h.text, h.kind) for h in pack.heads.body]
        heads = [(w, kind) for kind, words in pack.heads.names.items() for w in words]
        # longest first: "News Agency" (an organisation) before "Agency" (a state body)
        lexicon.name_heads[code] = sorted(heads, key=lambda head: -len(head[0].split()))
        lexicon.cues[code] = {kind: re.compile(arabic_letters("|".join(getattr(pack.cues, kind))))
                              for kind in schemas.CUE_KINDS
                              if getattr(pack.cues, kind)}
        patterns = pack.cues.context.model_dump(by_alias=True, exclude_none=True)
        lexicon.context[code] = {kind: re.compile(arabic_letters(pattern)) for kind, pattern in patterns.items()}
        lexicon.agreements[code] = sorted(((arabic_letters(p.lower()), a.label) for a in pack.agreements
                                           for p in a.phrases),
                                          key=lambda pair: -len(pair[0]))
    lexicon.portfolios.sort(key=lambda p: (-len(p[0]), p[0]))
    lexicon.domain_heads = schemas.DomainHeads(after={c: p.heads.domain_after for c, p in packs.items()},
                                               before={c: p.heads.domain_before for c, p in packs.items()})
    _add_regions(lexicon, [r for pack in packs.values() for r in pack.regions])
    lexicon.coref = _coref(packs, kingdoms)
    lexicon.dates = schemas.DatesFile(months={c: p.dates.months for c, p in packs.items()},
                                      weekdays={c: p.dates.weekdays for c, p in packs.items()},
                                      relative={c: p.dates.relative for c, p in packs.items()})


def _add_regions(lexicon: Lexicon, regions: list[str]) -> None:
    names = sorted(set(regions), key=len, reverse=True)
    lexicon.regions = {fold(r) for r in names}
    if names:
        alternation = "|".join(re.escape(r) for r in names)
        lexicon.region_pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)


def _coref(packs: dict[str, Pack], kingdoms: list[str]) -> schemas.CorefFile:
    """The coreference phrases of every pack, by language; gender words of all of them."""
    table: dict[str, Any] = {"kingdoms": kingdoms, "gender": {"f": [], "m": []}}
    for field_name in schemas.CorefFile.model_fields:
        if field_name not in table:
            table[field_name] = {c: getattr(p.coref, field_name) for c, p in packs.items()}
    for pack in packs.values():
        for gender, words in pack.coref.gender.items():
            table["gender"][gender] = [*table["gender"][gender], *words]
    return schemas.CorefFile.model_validate(table)


@lru_cache(maxsize=4)
def load_lexicon(root: Path | None = None) -> Lexicon:
    """Load and validate the shared tables and every language pack under a project root (cached;
    by default the home kg.resources names: KG_HOME when set, else the shipped files)."""
    root = root or home()
    reference = root / "data" / "reference"
    packs = load_packs(root)
    lexicon = Lexicon(languages=tuple(packs), packs=packs)
    lexicon.name_words = load_name_words(root)
    add_named(lexicon, reference / "places.yaml", EntityType.PLACE)
    add_countries(lexicon, read_countries(reference / "countries.tsv"))
    add_named(lexicon, reference / "bodies.yaml", EntityType.GOVERNMENT_BODY)
    add_named(lexicon, reference / "organizations.yaml", EntityType.ORGANIZATION)
    add_named(lexicon, reference / "people.yaml", EntityType.PERSON)
    if (reference / "policies.yaml").exists():  # optional: a root of reference tables may know no policy
        add_named(lexicon, reference / "policies.yaml", EntityType.POLICY)
    add_domains(lexicon, root / "ontology" / "domains.ttl", packs)
    add_packs(lexicon, packs, load_kingdoms(root))
    _check_body_portfolios(lexicon, reference / "bodies.yaml")
    lexicon.definite_countries = frozenset(load_country_codes("definite_countries.yaml", root))
    lexicon.outlets = load_outlets(root)
    return lexicon


def _check_body_portfolios(lexicon: Lexicon, path: Path) -> None:
    known = {english for _, english in lexicon.portfolios}
    for body, names in lexicon.body_portfolios.items():
        if unknown := [n for n in names if n not in known]:
            raise ResourceError(f"{body}: no pack names the portfolios {unknown}", where=where(path))


@dataclass(frozen=True)
class PortfolioTable:
    """The portfolio phrases as whole-word patterns, and their indexes by first piece (the text up to the
    first space, apostrophe, dash or stop): a phrase is found only where its first piece stands whole."""

    patterns: list[re.Pattern[str]]
    by_piece: dict[str, list[int]]
    always: list[int]  # phrases opening with one of those marks, tried on every text


def _portfolio_table(portfolios: list[tuple[str, str]]) -> PortfolioTable:
    """The lexicon's portfolio phrases indexed by their first piece, each with its whole-word pattern."""
    by_piece: dict[str, list[int]] = {}
    always = []
    for index, (surface, _) in enumerate(portfolios):
        piece = _PIECE_ENDS.split(surface, maxsplit=1)[0]
        if piece:
            by_piece.setdefault(piece, []).append(index)
        else:
            always.append(index)
    patterns = [re.compile(rf"(?<=[ '-]){re.escape(surface)}(?=[ ,.;)-])") for surface, _ in portfolios]
    return PortfolioTable(patterns, by_piece, always)


def portfolio_of(phrase: str, lexicon: Lexicon) -> list[str]:
    """The English portfolios named in a phrase, in order ("la Transition numérique et …")."""
    text = f" {fold(phrase)} "
    known = lexicon._portfolios_in.get(text)
    if known is None:
        if len(lexicon._portfolios_in) >= PORTFOLIO_MEMORY:
            lexicon._portfolios_in.clear()
        known = lexicon._portfolios_in[text] = tuple(_find_portfolios(text, lexicon))
    return list(known)


# What ends the first piece of a portfolio phrase in a folded text: a match begins after " ", "'" or "-"
# and ends before one of " ,.;)-".
_PIECE_ENDS = re.compile(r"[ '\-,.;)]")


def _find_portfolios(text: str, lexicon: Lexicon) -> list[str]:
    """The English portfolios of the phrases found in a folded text, in order; each span is read once, by the
    first phrase found in it."""
    found: list[tuple[int, str]] = []
    table: PortfolioTable = lexicon.derived("portfolio table", lambda: _portfolio_table(lexicon.portfolios))
    pieces = set(_PIECE_ENDS.split(text)) & table.by_piece.keys()
    for index in sorted({*table.always, *(i for piece in pieces for i in table.by_piece[piece])}):
        surface, english = lexicon.portfolios[index]
        if surface not in text:
            continue
        match = table.patterns[index].search(text)
        if match:
            found.append((match.start(), english))
            text = text[: match.start()] + "#" * len(surface) + text[match.end() :]
    names: list[str] = []
    for _, english in sorted(found):
        if english not in names:
            names.append(english)
    return names
