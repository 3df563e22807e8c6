"""The one way HTML pages are made: Jinja2 templates with autoescape and ``tojson``.

Every page (the explorer, the query page, the light explorer) is rendered by an environment
from ``environment``: text values are HTML-escaped, data for scripts goes through ``tojson``,
which escapes ``<``, ``>``, ``&`` and ``'`` (and, with ASCII output, U+2028/U+2029), so text
from articles can neither close a ``<script>`` element nor be read as a template.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, select_autoescape

#: How ``tojson`` writes data: compact, and ASCII so no line separator reaches a script.
JSON_OPTIONS = {"ensure_ascii": True, "separators": (",", ":"), "sort_keys": False}


@cache
def environment(folder: str) -> Environment:
    """A Jinja2 environment over one folder of templates, escaping by default."""
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(default=True,
                                                                                      default_for_string=True),
                      undefined=StrictUndefined, keep_trailing_newline=True)
    env.policies["json.dumps_kwargs"] = JSON_OPTIONS
    return env


def render(folder: Path, name: str, **values: Any) -> str:
    """The template ``name`` of ``folder`` filled with ``values``."""
    return environment(str(folder)).get_template(name).render(**values)


def json_for_html(value: Any) -> str:
    """JSON safe inside a <script> element: the same ``tojson`` the templates use."""
    return _json_template().render(value=value)


@cache
def _json_template() -> Template:
    return environment(str(Path(__file__).parent)).from_string("{{ value|tojson }}")
