"""What the NLP tests share: one extractor for the whole run (its pipelines load once a process)."""

from __future__ import annotations

import pytest

from kg.nlp import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
