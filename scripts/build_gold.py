"""Build the gold extraction JSON files from their hand-written YAML annotations.

With no arguments, every ``data/gold/src/<stem>.yaml`` is paired with
``data/articles/<stem>.txt`` and written to ``data/gold/<stem>.json``.
With ``--article PATH --yaml PATH --out PATH`` one file is built (used for the seed
article's gold file in ``tests/data``).

The YAML form (see docs/annotation.md)::

    article: {language: fr}          # optional overrides of the article metadata
    boilerplate: ["Lire aussi :"]    # optional: page noise from the first of these on
    entities:
      - {type: Person, name: Jane Doe, aliases: [Mme Doe, la ministre], role: "..."}
      - {type: Country, name: Morocco, id: country/ma, wikidata: Q1028, aliases: [Maroc]}
      - {type: GovernmentBody, name: Ministry of X, implied: true}   # named only via a title
      - {type: Country, name: United States, id: country/us,
         aliases: [{text: Washington, in: ["entre Rabat et Washington"]}]}
    relations:
      - {type: meets, subject: person/jane-doe, object: person/john-roe,
         confidence: 1.0, date: 2025-03, evidence: "The exact sentence from the body."}
      - {type: cooperatesOn, subject: [country/ma, country/fr],      # lists: every pair
         object: [domain/cybersecurity, domain/health], date: 2025-03, evidence: "..."}

``confidence`` defaults to 1.0 and ``date`` to null. YAML anchors (``&s1`` / ``*s1``) let
one evidence sentence serve several relations.

Mentions are every occurrence of an entity's name and aliases in the body (before the
boilerplate), as exact, case-sensitive substrings on word boundaries. Over the whole
article, longer matches win and matches never overlap; a surface form restricted with
``in`` (only the occurrences inside those context strings) wins over an unrestricted
one on the same span. Any alias or evidence sentence that cannot be found is an error
naming the file and the item.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ids import entity_id  # noqa: E402
from kg.models import SYMMETRIC, Extraction  # noqa: E402
from kg.readers.text import read_text_file  # noqa: E402

ENTITY_KEYS = {"type", "name", "id", "aliases", "role", "wikidata", "implied"}
_WORD_CHAR = re.compile(r"\w")
RELATION_KEYS = {"type", "subject", "object", "confidence", "date", "evidence"}
TOP_KEYS = {"article", "boilerplate", "entities", "relations"}


class GoldError(Exception):
    """A problem in one annotation file, naming the file and the item."""


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    entity: str
    restricted: bool


def _in_word(char: str) -> bool:
    """True for a letter, digit or underscore, and for a combining mark (an Arabic
    vowel sign or shadda), which belongs to the letter before it."""
    return bool(_WORD_CHAR.match(char)) or unicodedata.category(char).startswith("M")


def _word_occurrences(text: str, needle: str, limit: int) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``needle`` on word boundaries, before ``limit``.

    A combining mark counts as part of a word, so a name glued to a voweled clitic
    ("بِمصر") is not a match for the bare name, and marks written on the name's last
    letter ("مصرَ") stay inside its span.
    """
    found: list[tuple[int, int]] = []
    for match in re.finditer("(?=" + re.escape(needle) + ")", text):
        start, end = match.start(), match.start() + len(needle)
        if (found and start < found[-1][1]) or (start and _in_word(text[start - 1])):
            continue
        while end < len(text) and unicodedata.category(text[end]).startswith("M"):
            end += 1
        if (end < len(text) and _in_word(text[end])) or end > limit:
            continue
        found.append((start, end))
    return found


def _date(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _surface_forms(raw: dict, where: str) -> list[tuple[str, list[str] | None]]:
    """The entity's name and aliases as (text, contexts or None)."""
    forms: list[tuple[str, list[str] | None]] = [(str(raw["name"]), None)]
    for alias in raw.get("aliases") or []:
        if isinstance(alias, dict):
            unknown = set(alias) - {"text", "in"}
            if unknown or "text" not in alias:
                raise GoldError(f"{where}: alias {alias!r} must be {{text: ..., in: [...]}}")
            contexts = alias.get("in")
            if isinstance(contexts, str):
                contexts = [contexts]
            forms.append((str(alias["text"]), [str(c) for c in contexts] if contexts else None))
        else:
            forms.append((str(alias), None))
    return forms


def _expand(items: list[dict]) -> list[dict]:
    """A relation whose subject or object is a list stands for every pair of them."""
    expanded: list[dict] = []
    for raw in items:
        subjects = raw.get("subject")
        objects = raw.get("object")
        subjects = subjects if isinstance(subjects, list) else [subjects]
        objects = objects if isinstance(objects, list) else [objects]
        for subject in subjects:
            for obj in objects:
                expanded.append({**raw, "subject": subject, "object": obj})
    return expanded


def build(article_path: Path, yaml_path: Path) -> dict:
    """The contract JSON (as a dict) for one article and its YAML annotation."""
    name = str(yaml_path)
    try:
        spec = yaml.safe_load(yaml_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise GoldError(f"{name}: not valid YAML ({error})") from None
    unknown = set(spec) - TOP_KEYS
    if unknown:
        raise GoldError(f"{name}: unknown top-level keys {sorted(unknown)}")

    (document,) = list(read_text_file(article_path))
    body = document.text
    article = document.article.model_dump(mode="json")
    article.update(spec.get("article") or {})

    # Page furniture: the body ends where the first marker still present begins (the
    # reader may already have dropped some or all of those lines).
    markers = spec.get("boilerplate") or []
    markers = [markers] if isinstance(markers, str) else markers
    found = [body.find(str(m)) for m in markers]
    limit = min([f for f in found if f >= 0], default=len(body))

    entities: list[dict] = []
    candidates: list[Candidate] = []
    for index, raw in enumerate(spec.get("entities") or []):
        where = f"{name}: entity {index} ({raw.get('name')!r})"
        unknown = set(raw) - ENTITY_KEYS
        if unknown or "type" not in raw or "name" not in raw:
            raise GoldError(f"{where}: needs type and name; unknown keys {sorted(unknown)}")
        eid = raw.get("id") or entity_id(raw["type"], str(raw["name"]))
        if raw["type"] == "Country" and "id" not in raw:
            raise GoldError(f"{where}: a Country needs an explicit id country/<iso code>")
        forms = _surface_forms(raw, where)
        for position, (text, contexts) in enumerate(forms):
            spans = _word_occurrences(body, text, limit)
            if contexts:
                allowed: list[tuple[int, int]] = []
                for context in contexts:
                    places = _word_occurrences(body, context, limit)
                    if not places:
                        raise GoldError(f"{where}: context {context!r} not found in the body")
                    allowed.extend(places)
                spans = [s for s in spans if any(a <= s[0] and s[1] <= b for a, b in allowed)]
            if not spans and position > 0:
                raise GoldError(f"{where}: alias {text!r} not found in the body")
            candidates.extend(Candidate(s, e, eid, bool(contexts)) for s, e in spans)
        aliases: list[str] = []
        for text, _ in forms[1:]:
            if text not in aliases and text != str(raw["name"]):
                aliases.append(text)
        entities.append(
            {
                "id": eid,
                "type": raw["type"],
                "name": str(raw["name"]),
                "aliases": aliases,
                "role": raw.get("role"),
                "wikidata": raw.get("wikidata"),
                "mentions": [],
                "_implied": bool(raw.get("implied")),
            }
        )

    by_id = {e["id"]: e for e in entities}
    if len(by_id) != len(entities):
        seen: set[str] = set()
        for e in entities:
            if e["id"] in seen:
                raise GoldError(f"{name}: entity id {e['id']!r} appears twice")
            seen.add(e["id"])

    # Longest first; a restricted form beats an unrestricted one on the same span.
    candidates.sort(key=lambda c: (-(c.end - c.start), not c.restricted, c.start))
    taken: list[Candidate] = []
    for cand in candidates:
        clash = [t for t in taken if t.start < cand.end and cand.start < t.end]
        if not clash:
            taken.append(cand)
            continue
        for t in clash:
            same_rank = (t.start, t.end, t.restricted) == (cand.start, cand.end, cand.restricted)
            if same_rank and t.entity != cand.entity:
                raise GoldError(
                    f"{name}: {body[cand.start : cand.end]!r} at {cand.start} is claimed by both "
                    f"{t.entity} and {cand.entity}; restrict one with 'in'"
                )
    for cand in sorted(taken, key=lambda c: c.start):
        by_id[cand.entity]["mentions"].append(
            {"text": body[cand.start : cand.end], "start": cand.start, "end": cand.end}
        )
    for e in entities:
        implied = e.pop("_implied")
        if not e["mentions"] and not implied:
            raise GoldError(f"{name}: entity {e['id']!r} has no mention (mark it implied: true)")

    relations: list[dict] = []
    keys: set[tuple[str, str, str, str]] = set()
    for index, raw in enumerate(_expand(spec.get("relations") or [])):
        where = f"{name}: relation {index} ({raw.get('type')} {raw.get('subject')} -> {raw.get('object')})"
        unknown = set(raw) - RELATION_KEYS
        if unknown or not {"type", "subject", "object", "evidence"} <= set(raw):
            raise GoldError(f"{where}: needs type, subject, object, evidence; unknown {sorted(unknown)}")
        for end in ("subject", "object"):
            if raw[end] not in by_id:
                raise GoldError(f"{where}: {end} {raw[end]!r} is not an entity of this article")
        # The same fact twice is an error; the same pair again with another sentence
        # (another date, another partner) is a separate statement.
        key = (raw["type"], raw["subject"], raw["object"], str(raw["evidence"]))
        mirror = (raw["type"], raw["object"], raw["subject"], str(raw["evidence"]))
        if key in keys or (raw["type"] in SYMMETRIC and mirror in keys):
            raise GoldError(f"{where}: annotated twice")
        keys.add(key)
        sentence = str(raw["evidence"])
        start = body.find(sentence)
        if start < 0 or start + len(sentence) > limit:
            raise GoldError(f"{where}: evidence not found verbatim in the body: {sentence!r}")
        relations.append(
            {
                "type": raw["type"],
                "subject": raw["subject"],
                "object": raw["object"],
                "confidence": float(raw.get("confidence", 1.0)),
                "date": _date(raw.get("date")),
                "evidence": {"text": sentence, "start": start, "end": start + len(sentence)},
            }
        )

    result = {"article": article, "entities": entities, "relations": relations}
    try:
        Extraction.model_validate(result)
    except Exception as error:
        raise GoldError(f"{name}: does not validate: {error}") from None
    return result


def write(article_path: Path, yaml_path: Path, out_path: Path) -> dict:
    result = build(article_path, yaml_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, help="one article file")
    parser.add_argument("--yaml", type=Path, help="its YAML annotation")
    parser.add_argument("--out", type=Path, help="where to write the JSON")
    args = parser.parse_args(argv)

    jobs: list[tuple[Path, Path, Path]]
    given = [args.article, args.yaml, args.out]
    if any(given):
        if not all(given):
            parser.error("--article, --yaml and --out go together")
        jobs = [(args.article, args.yaml, args.out)]
    else:
        src = ROOT / "data" / "gold" / "src"
        jobs = []
        for yaml_path in sorted(src.glob("*.yaml")):
            article_path = ROOT / "data" / "articles" / f"{yaml_path.stem}.txt"
            if not article_path.exists():
                print(f"error: {yaml_path}: no article {article_path.name}", file=sys.stderr)
                return 1
            jobs.append((article_path, yaml_path, ROOT / "data" / "gold" / f"{yaml_path.stem}.json"))
        if not jobs:
            print(f"error: no annotation files in {src}", file=sys.stderr)
            return 1

    failures = 0
    for article_path, yaml_path, out_path in jobs:
        try:
            result = write(article_path, yaml_path, out_path)
        except GoldError as error:
            print(f"error: {error}", file=sys.stderr)
            failures += 1
            continue
        print(f"{out_path.name}: {len(result['entities'])} entities, {len(result['relations'])} relations")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
