"""A local ``oxigraph serve`` on a free loopback port, for tests, benchmarks and trials.

The server is the one the ``oxigraph`` package installs beside Python; it listens on
127.0.0.1 only and is stopped when the block ends.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx


class ServerError(RuntimeError):
    """The local server is missing, exited at start or never listened."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` command installed beside this Python, else the one on PATH."""
    beside_python = Path(sys.executable).parent / "oxigraph"
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


@contextlib.contextmanager
def oxigraph_serve(folder: Path, port: int | None = None, *, start_seconds: float = 30) -> Iterator[str]:
    """An ``oxigraph serve`` storing into ``folder``; yields its query endpoint's URL."""
    binary = oxigraph_binary()
    if binary is None:
        raise ServerError("the oxigraph server is not installed (pip install oxigraph)")
    port = port or free_port()
    folder.mkdir(parents=True, exist_ok=True)
    with (folder.parent / f"{folder.name}.log").open("wb") as log:
        process = subprocess.Popen([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
                                   stdout=log, stderr=log)
        try:
            _wait_for(port, process, start_seconds)
            yield f"http://127.0.0.1:{port}/query"
        finally:
            process.terminate()
            process.wait(timeout=30)


def _wait_for(port: int, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"oxigraph serve exited with code {process.returncode}")
        with contextlib.suppress(httpx.TransportError):
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1.0)
            return
        time.sleep(0.05)
    raise ServerError("oxigraph serve did not start listening")
