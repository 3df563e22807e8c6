"""The one reader of shipped files in ontology/ and data/, validating what it reads.

The files are found through importlib.resources: the wheel carries data/ and ontology/ as the
packages kg.data and kg.ontology (setup.py maps them), and a checkout or an editable install maps
the same names to the folders at the top of the repository. Either way the two folders are
siblings, and their parent is the "home" every reader starts from. KG_HOME, when set, names
another home (a folder holding data/ and ontology/) and is honoured by every reader.
"""

from __future__ import annotations

import csv
import os
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path

import pyoxigraph as ox
from pydantic import BaseModel, ValidationError, field_validator

from kg.errors import ResourceError
from kg.vocab import DPR_IRI


@cache
def shipped_home() -> Path:
    """The folder holding the data/ and ontology/ this install ships (site-packages/kg, or the checkout)."""
    try:
        ontology = importlib_resources.files("kg.ontology")
    except ModuleNotFoundError:
        raise ResourceError("the kg.ontology package is missing: reinstall digipol-kg") from None
    marker = ontology.joinpath("dp.ttl")
    if not isinstance(marker, Path) or not marker.is_file():
        raise ResourceError("the kg.ontology package has no dp.ttl on disk: reinstall digipol-kg")
    return marker.parent.parent


def home() -> Path:
    """Where ontology/ and data/ live: KG_HOME when set, else the folder the install ships."""
    chosen = os.environ.get("KG_HOME")
    return Path(chosen) if chosen else shipped_home()


def ontology_file(name: str) -> Path:
    return _existing(home() / "ontology" / name)


def data_file(*parts: str) -> Path:
    return _existing(home().joinpath("data", *parts))


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise ResourceError(f"missing shipped file {path.name} (looked in {path.parent.name}/)")
    return path


class CountryRow(BaseModel):
    """One row of data/reference/countries.tsv."""

    alpha2: str
    alpha3: str
    name_en: str
    name_fr: str
    name_ar: str = ""
    wikidata: str | None = None
    capital_en: str = ""
    capital_fr: str = ""
    demonyms_en: list[str] = []
    demonyms_fr: list[str] = []
    aliases_en: list[str] = []
    aliases_fr: list[str] = []
    aliases_ar: list[str] = []

    @field_validator("demonyms_en", "demonyms_fr", "aliases_en", "aliases_fr", "aliases_ar", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split("|") if part.strip()]
        return value

    @field_validator("wikidata", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return value or None

    @field_validator("alpha2")
    @classmethod
    def _check_alpha2(cls, value: str) -> str:
        if len(value) != 2 or not value.isalpha() or not value.isupper():
            raise ValueError(f"alpha2 {value!r} is not two capital letters")
        return value


@cache
def countries() -> tuple[CountryRow, ...]:
    """Every country of the shipped ISO 3166 table."""
    return tuple(read_tsv(data_file("reference", "countries.tsv"), CountryRow))


def read_tsv(path: Path, model: type[BaseModel]) -> list:
    """Rows of a tab-separated file as validated models, naming file and line of any error."""
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in reader:
            try:
                rows.append(model.model_validate(row))
            except ValidationError as error:
                first = error.errors()[0]
                field = ".".join(str(p) for p in first["loc"])
                raise ResourceError(f"{field}: {first['msg']}", where=f"{path.name}:{reader.line_num}") from None
    return rows


@cache
def reference_ids() -> frozenset[str]:
    """Contract ids of the countries and policy domains the reference data describes."""
    domains = {
        triple.subject.value[len(DPR_IRI):]
        for triple in ox.parse(path=str(ontology_file("domains.ttl")), format=ox.RdfFormat.TURTLE)
        if triple.subject.value.startswith(DPR_IRI + "domain/")
    }
    return frozenset({f"country/{row.alpha2.lower()}" for row in countries()} | domains)
