"""What the training scripts of the project's spaCy pipelines share (scripts/train_en.py,
scripts/train_ar.py): a treebank sentence, the source error, training on one thread with a
config, and packaging the best model with the project's meta.json under the size limit."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SIZE_LIMIT = 25 * 1024 * 1024


@dataclass
class Sentence:
    """One treebank sentence: its words, whether a space follows each, and their annotation."""

    sent_id: str
    doc_id: str
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    morphs: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based index of the head word, -1 for the root
    deps: list[str] = field(default_factory=list)


class SourceError(Exception):
    """A source file is missing, not the expected one, or malformed: says which and where."""


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_thread() -> None:
    """Numerical libraries on one thread; call before anything imports spaCy (they read it at import)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def train(config: Path, corpus: Path, work: Path, max_steps: int | None = None) -> tuple[Path, float]:
    """Train with the config (``max_steps`` overriding its own); returns the best model's folder and the
    minutes it took."""
    from spacy.cli.train import train as spacy_train

    settings: dict[str, Any] = {"paths.train": str(corpus / "train.spacy"), "paths.dev": str(corpus / "dev.spacy")}
    if max_steps is not None:
        settings["training.max_steps"] = max_steps
    started = time.monotonic()
    spacy_train(config, work / "model", overrides=settings, use_gpu=-1)
    return work / "model" / "model-best", round((time.monotonic() - started) / 60, 1)


def forget_paths(config_path: Path) -> None:
    """The packaged config names no training folder of the machine it was trained on."""
    from spacy.util import load_config

    config = load_config(config_path, interpolate=False)
    for key in ("train", "dev"):
        config["paths"][key] = None
    config.to_disk(config_path)


def package(model: Path, out: Path, meta_file: Path, record: dict[str, Any]) -> int:
    """Copy the trained pipeline to out with the project's meta.json (meta_file, then record);
    returns its size in bytes; a pipeline over the size limit is an error."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(model, out)
    forget_paths(out / "config.cfg")
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(json.loads(meta_file.read_text(encoding="utf-8")))
    meta.update(record)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    if size > SIZE_LIMIT:
        raise SystemExit(f"{out.name}: {size / 2**20:.1f} MB exceeds the 25 MB limit")
    return size
