"""Write the extraction of each article of a folder as a JSON record, for tests that pin the output.

    python scripts/record_extractions.py tests/data/arabic/articles tests/data/arabic/records

Run it only when a change of the output is intended, and say why in the commit: the records are
what `tests/nlp/test_arabic_pinned.py` compares the extractor's output with. A refit of
`data/calibration.json` changes the confidences, so it is such a change.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from kg.nlp import Extractor
    from kg.readers import Document, read_paths

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("records", type=Path)
    args = parser.parse_args()
    args.records.mkdir(parents=True, exist_ok=True)
    documents = [d for d in read_paths([args.articles]) if isinstance(d, Document)]
    for document, result in Extractor().extract_many(documents):
        if not hasattr(result, "model_dump"):
            raise SystemExit(f"{document.origin}: {result}")
        path = args.records / f"{Path(str(document.origin)).stem}.json"
        path.write_text(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                        encoding="utf-8")
        print(f"{path}: {len(result.entities)} entities, {len(result.relations)} relations")


if __name__ == "__main__":
    main()
