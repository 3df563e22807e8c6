"""The README's runnable blocks, run in order against a store built as `make demo` builds it.

A fenced block whose info string ends in `test` is runnable: `sh test` blocks are commands
(`export` and `.` lines carry over to what follows), `text test` blocks show `$ command` lines
with the start of their output, `python test` blocks are scripts. `kg serve` runs in the
background on a free port, which replaces 7878 in the blocks after it.
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.localserver import free_port

pytestmark = [pytest.mark.slow, pytest.mark.server]

ROOT = Path(__file__).parent.parent
VENV_BIN = Path(sys.executable).parent
_BLOCK = re.compile(r"^```(\w+) test\n(.*?)^```$", re.MULTILINE | re.DOTALL)
README_PORT = "7878"


@dataclass
class Step:
    """One thing a reader runs: a shell command (with the first line it prints) or a script."""

    kind: str  # "sh" or "python"
    text: str
    expected: str | None = None


def readme_steps(readme: str) -> list[Step]:
    steps: list[Step] = []
    for language, body in _BLOCK.findall(readme):
        if language == "python":
            steps.append(Step("python", body))
        elif language == "sh":
            steps.extend(Step("sh", line) for line in body.splitlines() if line.strip())
        elif language == "text":
            steps.extend(_console_steps(body))
        else:
            raise AssertionError(f"runnable README block in an unknown language: {language}")
    return steps


def _console_steps(body: str) -> Iterator[Step]:
    command: str | None = None
    output: list[str] = []
    for line in [*body.splitlines(), "$ "]:
        if line.startswith("$ "):
            if command:
                yield Step("sh", command, output[0] if output else None)
            command, output = line[2:], []
        else:
            output.append(line)


class Reader:
    """Runs the steps in one folder, as a reader's shell would."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.prelude: list[str] = []
        self.port = README_PORT
        self.server: subprocess.Popen[bytes] | None = None

    def run(self, step: Step) -> None:
        text = step.text.replace(f"127.0.0.1:{README_PORT}", f"127.0.0.1:{self.port}")
        if step.kind == "python":
            result = subprocess.run([sys.executable, "-c", text], cwd=self.folder, capture_output=True,
                                    text=True, timeout=120)
            assert result.returncode == 0 and result.stdout.strip(), f"{text}\n{result.stderr}"
        elif text.startswith(("export ", ". ")):
            self.prelude.append(text)
        elif text.startswith("kg serve"):
            self._serve(text)
        else:
            self._command(text, step.expected)

    def _command(self, command: str, expected: str | None) -> None:
        result = subprocess.run(["bash", "-c", "\n".join([*self.prelude, command])], cwd=self.folder,
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, f"$ {command}\n{result.stdout}\n{result.stderr}"
        if expected is not None:
            first = (result.stdout.splitlines() or [""])[0]
            assert first.strip() == expected.strip(), f"$ {command}\nexpected {expected!r}, got {first!r}"

    def _serve(self, command: str) -> None:
        self.port = str(free_port())
        script = "\n".join([*self.prelude, f"exec {command.split('#')[0].strip()} --port {self.port}"])
        self.server = subprocess.Popen(["bash", "-c", script], cwd=self.folder, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.server.poll() is None, f"{command} exited at start"
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=2).status_code == 200:
                    return
            time.sleep(0.3)
        raise AssertionError(f"{command} did not become ready")

    def stop(self) -> None:
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            self.server.wait(timeout=30)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as `make demo` leaves the checkout: .venv, data/ and out/ with the store."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / ".venv").symlink_to(VENV_BIN.parent, target_is_directory=True)
    (folder / "data").symlink_to(ROOT / "data", target_is_directory=True)
    result = subprocess.run([str(VENV_BIN / "kg"), "demo", "--out", "out"], cwd=folder, capture_output=True,
                            text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def test_readme_marks_its_runnable_blocks() -> None:
    steps = readme_steps((ROOT / "README.md").read_text(encoding="utf-8"))
    commands = [step.text for step in steps if step.kind == "sh"]
    assert any(command.startswith("kg serve --store out/store") for command in commands)
    assert "export KG_STORE=out/store" in commands
    assert sum(step.kind == "python" for step in steps) >= 2
    assert sum(step.expected is not None for step in steps) >= 5


def test_readme_blocks_run_in_order_after_make_demo(demo_folder: Path) -> None:
    reader = Reader(demo_folder)
    try:
        for step in readme_steps((ROOT / "README.md").read_text(encoding="utf-8")):
            reader.run(step)
    finally:
        reader.stop()
    assert reader.server is not None
