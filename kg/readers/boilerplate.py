"""Boilerplate removal: drop page furniture lines (newsletter, comments, credits) by data rules.

The shipped rules are every language pack's `data/lang/<code>/boilerplate.yaml`, merged by
rule name: the language of a page is not known yet when it is cleaned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from kg.errors import ResourceError
from kg.resources import home

# Marks that often lead a furniture line ("» Lire aussi", "► Partager") and say nothing.
_LEADING_MARKS = re.compile(r"^[\s\-–—•·*»›>►▶|#]+")
# A headline of a list of other articles: no longer than this, this share of words capitalised.
_HEADLINE_LENGTH = 160
_HEADLINE_SHARE = 0.6
_WORDS = re.compile(r"[^\W\d_]+")
_ENDS_SENTENCE = re.compile(r"[.!?;:\"”»)]\s*$")
_ENDS_STATEMENT = re.compile(r"[.!;:\"”»)]\s*$")  # a headline may ask a question
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


class RuleSpec(BaseModel):
    """One rule as written in the rules file."""

    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    description: Annotated[str, StringConstraints(min_length=1)]
    scope: Literal["anywhere", "tail", "list", "heading"] = "anywhere"
    max_length: int = Field(gt=0, le=1000)
    patterns: list[Annotated[str, StringConstraints(min_length=1)]] = Field(min_length=1)


class RulesFile(BaseModel):
    """The whole rules file: a list of rules under ``rules``."""

    model_config = ConfigDict(extra="forbid")

    rules: list[dict] = Field(min_length=1)


@dataclass(frozen=True)
class Rule:
    """A compiled rule: a line is furniture when one pattern matches at its start.

    ``anywhere`` rules drop a matching line wherever it stands; ``tail`` rules only drop
    lines in the run of furniture that ends an article, where a site's blurb lives; ``list``
    rules only drop the list of other articles that ends a page, two of its lines at least;
    ``heading`` rules drop a line that opens a list of other articles with the headlines after it.
    """

    name: str
    scope: str
    max_length: int
    pattern: re.Pattern[str]

    def matches(self, line: str) -> bool:
        return len(line) <= self.max_length and self.pattern.match(line) is not None


def load_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """Read and validate a rules file (the packs' merged rules by default); errors name the file and rule."""
    if path is None:
        return load_pack_rules(pack_files())
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ResourceError(f"cannot read boilerplate rules ({error})", where=str(path)) from None
    try:
        specs = RulesFile.model_validate(data).rules
    except ValidationError as error:
        raise ResourceError(f"not a rules file: {_first_error(error)}", where=str(path)) from None
    rules = tuple(_compile(spec, index, path) for index, spec in enumerate(specs, start=1))
    _check_unique(rules, path)
    return rules


def pack_files() -> list[Path]:
    """The boilerplate file of every language pack, in the order of the language codes."""
    paths = sorted((home() / "data" / "lang").glob("*/boilerplate.yaml"))
    if not paths:
        raise ResourceError("no language pack has boilerplate rules", where="data/lang/*/boilerplate.yaml")
    return paths


def load_pack_rules(paths: list[Path]) -> tuple[Rule, ...]:
    """The rules of several files as one set: a rule named in several files has the patterns of all."""
    merged: dict[str, Rule] = {}
    for path in paths:
        for rule in load_rules(path):
            known = merged.get(rule.name)
            if known is None:
                merged[rule.name] = rule
            elif (known.scope, known.max_length) != (rule.scope, rule.max_length):
                raise ResourceError(f"rule {rule.name!r} has another scope or max_length than in another pack",
                                    where=str(path))
            else:
                pattern = re.compile(f"{known.pattern.pattern}|{rule.pattern.pattern}", re.IGNORECASE)
                merged[rule.name] = Rule(rule.name, rule.scope, rule.max_length, pattern)
    return tuple(merged.values())


@lru_cache(maxsize=1)
def default_rules() -> tuple[Rule, ...]:
    """The shipped rules, loaded once."""
    return load_rules()


def remove_boilerplate(text: str, rules: tuple[Rule, ...] | None = None) -> str:
    """The text without its furniture lines; article sentences are left as they were."""
    rules = default_rules() if rules is None else rules
    anywhere = [rule for rule in rules if rule.scope == "anywhere"]
    listed = _drop_listed(text.split("\n"), [rule for rule in rules if rule.scope == "heading"])
    lines = [line for line in listed if not _is_furniture(line, anywhere)]
    return "\n".join(_drop_teasers(_drop_tail(lines, rules), rules))


def _drop_listed(lines: list[str], headings: list[Rule]) -> list[str]:
    """The lines without the lists of other articles a heading opens ("Read also", "Lire aussi"):
    the heading, then every headline after it (a short line with no closing stop) until a sentence."""
    kept: list[str] = []
    listing = False
    for line in lines:
        if _is_furniture(line, headings):
            listing = True
        elif not line.strip():
            kept.append(line)
        elif listing and _is_listed_headline(line):
            continue
        else:
            listing = False
            kept.append(line)
    return kept


def _is_listed_headline(line: str) -> bool:
    """A line of a list of other articles: short, with no closing stop."""
    key = line.strip()
    return len(key) <= _HEADLINE_LENGTH and not _ENDS_STATEMENT.search(key)


def _drop_tail(lines: list[str], rules: tuple[Rule, ...]) -> list[str]:
    """The lines without the run of furniture lines (``anywhere`` or ``tail`` rules) that ends them."""
    tail = [rule for rule in rules if rule.scope in ("anywhere", "tail")]
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or _is_furniture(lines[end - 1], tail)):
        end -= 1
    return lines[:end]


def _drop_teasers(lines: list[str], rules: tuple[Rule, ...]) -> list[str]:
    """The lines without the list of other articles that ends a page.

    Walking back from the end, the list is made of furniture lines (dates, cut-off snippets)
    and headlines between them; the last line may be a snippet cut mid-word. It is dropped
    only when it holds at least two furniture lines, so a closing headline alone stays.
    """
    start, marks, last = len(lines), 0, True
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line.strip():
            continue
        if _is_furniture(line, rules):
            marks += 1
        elif not (_is_headline(line) or (last and not _ENDS_SENTENCE.search(line))):
            break
        start, last = index, False
    return lines[:start] if marks >= 2 else lines


def _is_headline(line: str) -> bool:
    """A short line, no closing stop, most of its words capitalised, as headlines are written."""
    key = line.strip()
    words = _WORDS.findall(key)
    if not words or len(key) > _HEADLINE_LENGTH or _ENDS_SENTENCE.search(key):
        return False
    return sum(word[0].isupper() for word in words) >= _HEADLINE_SHARE * len(words)


def _is_furniture(line: str, rules: list[Rule] | tuple[Rule, ...]) -> bool:
    key = _LEADING_MARKS.sub("", line).strip().translate(_APOSTROPHES)
    return bool(key) and any(rule.matches(key) for rule in rules)


def _compile(raw: dict, index: int, path: Path) -> Rule:
    label = f"rule {raw.get('name')!r}" if isinstance(raw, dict) and raw.get("name") else f"rule #{index}"
    try:
        spec = RuleSpec.model_validate(raw)
    except ValidationError as error:
        raise ResourceError(f"{label}: {_first_error(error)}", where=str(path)) from None
    for number, pattern in enumerate(spec.patterns, start=1):
        _check_pattern(pattern, f"{label}, pattern {number}", path)
    combined = "|".join(f"(?:{pattern})" for pattern in spec.patterns)
    return Rule(spec.name, spec.scope, spec.max_length, re.compile(combined, re.IGNORECASE))


def _check_pattern(pattern: str, label: str, path: Path) -> None:
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise ResourceError(f"{label}: {pattern!r} is not a regular expression ({error})", where=str(path)) from None
    if compiled.match("") is not None:
        raise ResourceError(f"{label}: {pattern!r} matches an empty line", where=str(path))


def _check_unique(rules: tuple[Rule, ...], path: Path) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.name in seen:
            raise ResourceError(f"rule {rule.name!r} is defined twice", where=str(path))
        seen.add(rule.name)


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    place = ".".join(str(part) for part in first["loc"])
    return f"{place}: {first['msg']}" if place else first["msg"]
