"""A report's dateline: the city it is filed from, then a date after a comma, an agency in brackets, and a
colon or a dash ("WARSAW —", "Skopje, 16 September 2021 (MIA) –", "Lomé, 5 mars (ATOP) -", "LONDON:").

One reader for the layers that look for it (dates, gazetteer, visits); each says which marks end the tail
and which conditions make the city the report's dateline."""

from __future__ import annotations

import re
from functools import lru_cache

DATE = r"(,[^–—:\n]{0,40}?)?"  # group 1: ", 5 mars", ", le 9 novembre 2024"
AGENCY = r"(\s*\([^)\n]{1,40}\))?"  # group 2: " (ATOP)"


@lru_cache(maxsize=8)
def tail_pattern(*, hyphen: bool, colon_bare: bool = False, spaces: bool = False) -> str:
    """The tail after the city: the date, the agency, then a dash (the hyphen too when `hyphen`) or a colon
    followed by a space (all the spaces when `spaces`), or by nothing after a colon when `colon_bare`."""
    space = r"\s+" if spaces else r"\s"
    hyphens = "-" if hyphen else ""  # last in its class: a hyphen between two marks would make a range
    mark = rf"(?:[–—{hyphens}]{space}|:\s?)" if colon_bare else rf"[–—:{hyphens}]{space}"
    return rf"{DATE}{AGENCY}\s*{mark}"


@lru_cache(maxsize=8)
def tail_reader(*, hyphen: bool, colon_bare: bool = False, spaces: bool = False) -> re.Pattern[str]:
    return re.compile(tail_pattern(hyphen=hyphen, colon_bare=colon_bare, spaces=spaces))


def filed(city: str, date: str | None, bracket: str | None, *, opens_line: bool,
          capitals_anywhere: bool = False, agency: bool = False, uncased: bool = False) -> bool:
    """Whether a city followed by a dateline's tail is the report's dateline: written in capitals, or dated
    (or, when `agency`, followed by an agency in brackets), opening its line; capitals alone are enough
    where the line does not matter (`capitals_anywhere`). With `uncased`, a city written in a script that
    has no capitals ("الرياض –") and opening its line counts as written in capitals."""
    if not opens_line and not capitals_anywhere:
        return False
    if city.isupper() or (uncased and opens_line and city.upper() == city.lower()):
        return True
    dated = any(c.isdigit() for c in date or "")
    return opens_line and (dated or (agency and bool(bracket)))
