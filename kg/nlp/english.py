"""The project's own English pipeline, en_digipol_sm, loaded from the folder it ships in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import ResourceError
from kg.resources import home

MODEL_NAME = "en_digipol_sm"
RETRAIN_HINT = "rebuild it with scripts/train_en.py (see docs/english-model.md)"


def model_path() -> Path:
    """Where the shipped English pipeline lives: data/models/en_digipol_sm under the project home."""
    return home() / "data" / "models" / MODEL_NAME


def load_english(path: Path | None = None, **options: Any) -> Any:
    """The shipped English spaCy pipeline (tagger, morphologizer, lemmatizer, parser, NER).

    `options` go to `spacy.load` (e.g. `exclude=["trainable_lemmatizer"]`). Raises
    ResourceError, naming the folder, when the model is missing, incomplete or not English.
    """
    import spacy  # deferred: spaCy takes ~0.47 s to import, only loading the model needs it

    folder = path or model_path()
    for required in ("meta.json", "config.cfg"):
        if not (folder / required).is_file():
            raise ResourceError(f"the English model is missing ({required} not found); {RETRAIN_HINT}",
                                where=str(folder))
    try:
        nlp = spacy.load(folder, **options)
    except (OSError, ValueError, KeyError) as error:
        raise ResourceError(f"the English model cannot be loaded ({error}); {RETRAIN_HINT}",
                            where=str(folder)) from None
    if nlp.lang != "en":
        raise ResourceError(f"the model at this path is for {nlp.lang!r}, not English", where=str(folder))
    return nlp
