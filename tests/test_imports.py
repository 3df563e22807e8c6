"""Imports sit at the top of each module: one inside a function is allowed in the CLI only,
elsewhere only with a comment saying what it costs (on its line or the line before)."""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
#: Where deferred imports need no reason: each command imports its library when it runs.
FREE = ("cli",)

Imports = ast.Import | ast.ImportFrom


def comment_lines(source: str) -> set[int]:
    """Line numbers holding a comment (tokenised, so a "#" inside a string is no comment)."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return {token.start[0] for token in tokens if token.type == tokenize.COMMENT}


def function_imports(tree: ast.AST) -> list[Imports]:
    """Import statements inside a function body, at any depth (in a try, an if, a nested def)."""
    found: dict[int, Imports] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import | ast.ImportFrom):
                    found[id(inner)] = inner
    return sorted(found.values(), key=lambda node: node.lineno)


def unexplained(source: str) -> list[int]:
    """Lines of function-level imports with no comment on the line, nor on the line before the run
    of consecutive import lines it belongs to (one comment may speak for a group of imports)."""
    comments = comment_lines(source)
    imports = function_imports(ast.parse(source))
    import_lines = {line for node in imports for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)}
    bad = []
    for node in imports:
        first = node.lineno
        while first - 1 in import_lines:
            first -= 1
        own = range(node.lineno, (node.end_lineno or node.lineno) + 1)
        if not any(line in comments for line in own) and first - 1 not in comments:
            bad.append(node.lineno)
    return bad


def checked_modules() -> list[Path]:
    return [path for path in sorted(PACKAGE.rglob("*.py"))
            if path.relative_to(PACKAGE).parts[0] not in FREE]


def test_the_walk_sees_the_package() -> None:
    modules = checked_modules()
    assert len(modules) > 50
    assert PACKAGE / "nlp" / "extractor.py" in modules
    assert not any(path.relative_to(PACKAGE).parts[0] == "cli" for path in modules)


def test_no_unexplained_import_inside_a_function() -> None:
    offenders = [f"kg/{path.relative_to(PACKAGE)}:{line}"
                 for path in checked_modules()
                 for line in unexplained(path.read_text(encoding="utf-8"))]
    assert offenders == [], "imports inside functions need a comment saying their cost: " + ", ".join(offenders)


@pytest.mark.parametrize(("source", "expected"), [
    ("import os\n\ndef f():\n    return os.sep\n", []),
    ("def f():\n    import os\n    return os.sep\n", [2]),
    ("def f():\n    try:\n        from json import dumps\n    except ImportError:\n        pass\n", [3]),
    ("class A:\n    def f(self):\n        def g():\n            import os\n", [4]),
    ("def f():\n    x = '# not a comment'\n    import os\n", [3]),
    ("def f():\n    import os  # deferred: ~0.1 s\n", []),
    ("def f():\n    # deferred: ~0.2 s to import\n    import os\n    import sys\n", []),
    ("def f():\n    # deferred: ~0.2 s\n    import os\n\n    import sys\n", [5]),
    ("def f():\n    from os import (\n        sep,\n        pathsep,  # the separator\n    )\n", []),
])
def test_the_rule_on_small_sources(source: str, expected: list[int]) -> None:
    assert unexplained(source) == expected
