"""Build data/reference/countries.tsv from ISO 3166-1 (pycountry) and hand-made extras.

This is a maintenance script: the project reads only the generated TSV at run time,
so pycountry is needed here and nowhere else (``pip install pycountry``).

Inputs
    pycountry            the 249 ISO 3166-1 codes, ISO English short and formal names,
                         and their French translations.
    countries_extra.tsv  one row per alpha-2 code, written by hand: canonical English and
                         French names, Wikidata id, capitals, demonyms and aliases.

Multi-valued cells are pipe-separated. In ``demonyms_fr`` a single masculine singular
form (``marocain``) is expanded to its four regular forms (``marocain|marocaine|
marocains|marocaines``); any cell that already holds a ``|`` is taken as written, which is
how irregular forms (``grec|grecque|grecs|grecques``) are given.

Usage
    python scripts/build_countries.py            # rewrite the TSV
    python scripts/build_countries.py --check    # exit 1 if the TSV is out of date
"""

from __future__ import annotations

import argparse
import csv
import gettext
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRAS = ROOT / "data" / "reference" / "countries_extra.tsv"
OUTPUT = ROOT / "data" / "reference" / "countries.tsv"

COLUMNS = [
    "alpha2",
    "alpha3",
    "name_en",
    "name_fr",
    "wikidata",
    "capital_en",
    "capital_fr",
    "demonyms_en",
    "demonyms_fr",
    "aliases_en",
    "aliases_fr",
]
EXTRA_COLUMNS = [c for c in COLUMNS if c != "alpha3"]

# French formal names in the ISO translation catalogue that are misspelt or not the
# usual French form; the correct form, where there is one, is in the extras file.
REJECTED_ISO_FR = {
    "Royaume du Bouthan",
    "République fédérale du Brésil",
    "République d'Inde",
    "République populaire du Bengladesh",
    "République de San Marin",
    "République de Palau",
    "République de Myanmar",
    "Région spéciale administrative chinoise de Hong-Kong",
    "Région spéciale administrative chinoise de Macao",
}

WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


class ExtrasError(ValueError):
    """A row of the extras file is malformed."""


def split_cell(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def unique(values: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Keep the first occurrence of each value, comparing case-insensitively."""
    seen = {value.casefold() for value in exclude}
    kept = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


def expand_french_demonym(masculine: str) -> list[str]:
    """Regular feminine and plural forms of a French masculine singular demonym."""
    if masculine.endswith("e"):
        return [masculine, masculine + "s"]
    if masculine.endswith(("s", "x")):
        return [masculine, masculine + "e", masculine + "es"]
    feminine = masculine + ("ne" if masculine.endswith(("en", "on")) else "e")
    return [masculine, feminine, masculine + "s", feminine + "s"]


def french_demonyms(cell: str) -> list[str]:
    forms = split_cell(cell)
    if len(forms) == 1:
        return expand_french_demonym(forms[0])
    return forms


def without_initial_accent(name: str) -> str:
    """'États-Unis' -> 'Etats-Unis': capitals often lose their accent in print."""
    if not name:
        return name
    first = unicodedata.normalize("NFD", name[0])[0]
    return first + name[1:]


def translate(french: gettext.NullTranslations, english: str) -> str:
    """The French form of an ISO name, or '' when the catalogue has none."""
    if not english:
        return ""
    translated = french.gettext(english)
    # An untranslated msgid comes back unchanged; a name spelt alike in both languages
    # ("Canada") is then the French name already given in the extras file.
    return "" if translated == english else translated


def strip_article(name: str) -> str:
    for prefix in ("the ", "The ", "L'", "L’"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def read_extras(path: Path) -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != EXTRA_COLUMNS:
            raise ExtrasError(f"{path.name}: header must be {EXTRA_COLUMNS}")
        for line, row in enumerate(reader, start=2):
            if None in row or any(value is None for value in row.values()):
                raise ExtrasError(f"{path.name}:{line}: expected {len(EXTRA_COLUMNS)} columns")
            code = row["alpha2"]
            if code in rows:
                raise ExtrasError(f"{path.name}:{line}: duplicate code {code}")
            if row["wikidata"] and not WIKIDATA_ID.match(row["wikidata"]):
                raise ExtrasError(f"{path.name}:{line}: bad Wikidata id {row['wikidata']!r}")
            for column in ("name_en", "name_fr", "wikidata"):
                if "|" in row[column]:
                    raise ExtrasError(f"{path.name}:{line}: {column} holds one value only")
            rows[code] = row
    return rows


def build_row(country, extra: dict[str, str], french: gettext.NullTranslations) -> dict[str, str]:
    iso_name = country.name
    iso_formal_raw = getattr(country, "official_name", "")
    iso_formal = strip_article(iso_formal_raw)
    name_en = extra["name_en"] or getattr(country, "common_name", "") or iso_name

    iso_fr = translate(french, iso_name)
    iso_formal_fr = strip_article(translate(french, iso_formal_raw))
    name_fr = extra["name_fr"] or iso_fr
    if not name_fr:
        raise ExtrasError(f"{country.alpha_2}: no French name in the extras or the ISO catalogue")

    aliases_en = unique(
        [*split_cell(extra["aliases_en"]), iso_name, iso_formal],
        exclude=[name_en],
    )
    french_candidates = [*split_cell(extra["aliases_fr"])]
    for iso_form in (iso_fr, iso_formal_fr):
        # Inverted catalogue forms ("Corée, République de") are never written in prose.
        if "," not in iso_form and "(" not in iso_form and iso_form not in REJECTED_ISO_FR:
            french_candidates.append(iso_form)
    french_candidates.append(without_initial_accent(name_fr))
    aliases_fr = unique(french_candidates, exclude=[name_fr])

    return {
        "alpha2": country.alpha_2,
        "alpha3": country.alpha_3,
        "name_en": name_en,
        "name_fr": name_fr,
        "wikidata": extra["wikidata"],
        "capital_en": "|".join(split_cell(extra["capital_en"])),
        "capital_fr": "|".join(split_cell(extra["capital_fr"])),
        "demonyms_en": "|".join(unique(split_cell(extra["demonyms_en"]))),
        "demonyms_fr": "|".join(unique(french_demonyms(extra["demonyms_fr"]))) if extra["demonyms_fr"] else "",
        "aliases_en": "|".join(aliases_en),
        "aliases_fr": "|".join(aliases_fr),
    }


def build_table(extras_path: Path = EXTRAS) -> list[dict[str, str]]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - maintenance-only dependency
        sys.exit("build_countries needs pycountry: pip install pycountry")

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    extras = read_extras(extras_path)
    codes = {country.alpha_2 for country in pycountry.countries}
    unknown = sorted(set(extras) - codes)
    missing = sorted(codes - set(extras))
    if unknown or missing:
        raise ExtrasError(f"codes not in ISO 3166-1: {unknown}; codes without extras: {missing}")

    table = [build_row(country, extras[country.alpha_2], french) for country in pycountry.countries]
    table.sort(key=lambda row: row["alpha2"])
    for row in table:
        for column, value in row.items():
            if "\t" in value or "\n" in value:
                raise ExtrasError(f"{row['alpha2']}: {column} contains a tab or newline")
    return table


def render(table: list[dict[str, str]]) -> str:
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(row[column] for column in COLUMNS) for row in table]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", type=Path, default=EXTRAS)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true", help="fail if the output is stale")
    args = parser.parse_args(argv)

    text = render(build_table(args.extras))
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date; run scripts/build_countries.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines()) - 1} countries to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
