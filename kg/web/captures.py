"""What was read from the web, kept raw: bodies by content hash, one index line per fetch."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.errors import InputError
from kg.web.fetch import Response

INDEX = "index.jsonl"


@dataclass(frozen=True)
class Capture:
    """One kept response: the URL asked for, where it ended, when, and the body's SHA-256."""

    url: str
    final_url: str
    fetched: str
    sha256: str
    status: int
    media_type: str
    headers: dict[str, str]


def captures_beside(store: str) -> Path:
    """The capture folder next to a store folder (``kg-store`` → ``kg-store.captures``)."""
    if store.startswith(("http://", "https://")):
        return Path("kg-captures")
    path = Path(store)
    return path.with_name(path.name + ".captures")


class CaptureStore:
    """A content-addressed folder: ``objects/ab/<sha256>`` bodies and ``index.jsonl``."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self._lock = threading.Lock()

    def keep(self, response: Response) -> Capture:
        """Store a response's body (once per content) and record the fetch; returns its Capture."""
        digest = hashlib.sha256(response.body).hexdigest()
        capture = Capture(response.url, response.final_url, response.fetched, digest, response.status,
                          response.media_type, dict(response.headers))
        with self._lock:
            body = self._object(digest)
            if not body.exists():
                _write_atomically(body, response.body)
            self.root.mkdir(parents=True, exist_ok=True)
            with (self.root / INDEX).open("a", encoding="utf-8") as index:
                index.write(json.dumps(asdict(capture), ensure_ascii=False) + "\n")
                index.flush()
                os.fsync(index.fileno())
        return capture

    def body(self, capture: Capture) -> bytes:
        """The kept body, checked against its hash."""
        path = self._object(capture.sha256)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(f"kept page is missing ({error.strerror})", where=capture.final_url) from None
        if hashlib.sha256(data).hexdigest() != capture.sha256:
            raise InputError(f"kept page {path.name} does not match its hash", where=capture.final_url)
        return data

    def latest(self) -> Iterator[Capture]:
        """The last capture of each URL, in the order they were first fetched."""
        last: dict[str, Capture] = {}
        path = self.root / INDEX
        if not path.exists():
            return iter(())
        with path.open(encoding="utf-8") as index:
            for line in index:
                try:
                    capture = Capture(**json.loads(line))
                except (json.JSONDecodeError, TypeError):
                    continue  # a line cut short by a crash: its fetch is simply redone
                last[capture.final_url] = capture
        return iter(last.values())

    def _object(self, digest: str) -> Path:
        return self.root / "objects" / digest[:2] / digest


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with temporary.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)
