"""The one loader of language packs (data/lang/<code>/) and shared tables, validated row by row.

A pack is a folder of YAML files with the same schema in every language (kg/nlp/schemas.py);
an error names the file and the row. docs/languages.md says what each file holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from kg.errors import ResourceError
from kg.nlp import schemas
from kg.resources import home, shipped_home

# The home this install ships; every loader below reads home() (KG_HOME when set) unless given a root.
ROOT = shipped_home()
M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Pack:
    """Everything one language contributes: its words, cues, titles, dates and pipeline choice."""

    code: str
    info: schemas.PackFile
    words: schemas.WordsFile
    cues: schemas.CuesFile
    dates: schemas.PackDates
    coref: schemas.PackCoref
    titles: schemas.PackTitles
    portfolios: list[schemas.PackPortfolio]
    heads: schemas.PackHeads
    regions: list[str]
    agreements: list[schemas.PackAgreement]
    domains: schemas.PackDomains


def where(path: Path) -> str:
    """A data file's path as the project names it ("data/lang/fr/cues.yaml"), wherever the folder is."""
    parts = path.parts
    top = max((i for i, part in enumerate(parts) if part in ("data", "ontology")), default=len(parts) - 1)
    return "/".join(parts[top:])


def read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError("lexicon file is missing", where=where(path)) from None
    except yaml.YAMLError as error:
        raise ResourceError(f"not valid YAML ({error})", where=where(path)) from None


def validate(model: type[M], data: Any, place: str) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        at = ".".join(str(p) for p in first["loc"]) or "row"
        raise ResourceError(f"{at}: {first['msg']}", where=place) from None


def rows(model: type[M], path: Path) -> list[M]:
    """Validate a YAML list file, naming the file and row of the first bad row."""
    data = read_yaml(path)
    if not isinstance(data, list):
        raise ResourceError("expected a list of rows", where=where(path))
    return [validate(model, row, f"{where(path)}: row {i + 1}") for i, row in enumerate(data)]


def checked(check: Callable[[str], str], value: str, place: str) -> str:
    try:
        return check(value)
    except ValueError as error:
        raise ResourceError(str(error), where=place) from None


def languages(root: Path | None = None) -> tuple[str, ...]:
    """The codes of the packs under a project folder ("en", "fr"), in alphabetical order."""
    folder = (root or home()) / "data" / "lang"
    return tuple(sorted(p.parent.name for p in folder.glob("*/pack.yaml")))


def _file(model: type[M], path: Path) -> M:
    return validate(model, read_yaml(path) or {}, where(path))


def _cues(path: Path, code: str) -> schemas.CuesFile:
    data = read_yaml(path) or {}
    for kind in schemas.CUE_KINDS:
        for i, pattern in enumerate(data.get(kind) or []):
            checked(schemas.check_pattern, pattern, f"{where(path)}: {code}.{kind} row {i + 1}")
    return validate(schemas.CuesFile, data, where(path))


@lru_cache(maxsize=8)
def load_pack(code: str, root: Path | None = None) -> Pack:
    """The pack of one language, every file validated (cached per folder)."""
    folder = (root or home()) / "data" / "lang" / code
    if not (folder / "pack.yaml").is_file():
        raise ResourceError(f"no language pack {code!r}", where=where(folder))
    return Pack(
        code=code,
        info=_file(schemas.PackFile, folder / "pack.yaml"),
        words=_file(schemas.WordsFile, folder / "words.yaml"),
        cues=_cues(folder / "cues.yaml", code),
        dates=_file(schemas.PackDates, folder / "dates.yaml"),
        coref=_file(schemas.PackCoref, folder / "coref.yaml"),
        titles=_file(schemas.PackTitles, folder / "titles.yaml"),
        portfolios=rows(schemas.PackPortfolio, folder / "portfolios.yaml"),
        heads=_file(schemas.PackHeads, folder / "heads.yaml"),
        regions=_file(schemas.PackRegions, folder / "regions.yaml").regions,
        agreements=rows(schemas.PackAgreement, folder / "agreements.yaml"),
        domains=_file(schemas.PackDomains, folder / "domains.yaml"),
    )


def load_packs(root: Path | None = None) -> dict[str, Pack]:
    """Every pack under a project folder, by language code."""
    return {code: load_pack(code, root) for code in languages(root)}


def load_name_words(root: Path | None = None) -> schemas.NameWordsFile:
    """Words of names in their own language (particles, regnal numerals, foreign connectors)."""
    return _file(schemas.NameWordsFile, (root or home()) / "data" / "lang" / "names.yaml")


def load_kingdoms(root: Path | None = None) -> list[str]:
    """Country codes of kingdoms ("the Kingdom" may stand for one)."""
    return load_country_codes("kingdoms.yaml", root)


def load_outlets(root: Path | None = None) -> dict[str, str]:
    """The country code of each outlet whose web address does not say it, by host name."""
    path = (root or home()) / "data" / "reference" / "outlets.yaml"
    data = read_yaml(path) if path.exists() else {}
    if not isinstance(data, dict) or not all(isinstance(code, str) and len(code) == 2 for code in data.values()):
        raise ResourceError("expected host names with two-letter country codes", where=where(path))
    return {str(host).lower(): code for host, code in data.items()}


def load_country_codes(file: str, root: Path | None = None) -> list[str]:
    """A reference list of country codes (kingdoms, countries whose name takes "the")."""
    path = (root or home()) / "data" / "reference" / file
    data = read_yaml(path)
    if not isinstance(data, list) or not all(isinstance(code, str) and len(code) == 2 for code in data):
        raise ResourceError("expected a list of two-letter country codes", where=where(path))
    return data
