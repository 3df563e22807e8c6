"""The domain scheme's SKOS labels (ontology/domains.ttl), read for the lexicon."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from kg.errors import ResourceError
from kg.nlp.packs import where


def read_domain_labels(path: Path) -> dict[str, dict[str, list[str]]]:
    """SKOS labels of each concept of the domain scheme, by English preferred label."""
    skos = "http://www.w3.org/2004/02/skos/core#"
    labels: dict[str, dict[str, list[str]]] = {}
    try:
        with path.open("rb") as handle:
            triples = list(pyoxigraph.parse(handle, format=pyoxigraph.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as error:
        raise ResourceError(f"cannot read the domain scheme ({error})", where=where(path)) from None
    concepts = {str(t.subject) for t in triples if str(t.object) == f"<{skos}Concept>"}
    for t in triples:
        predicate = str(t.predicate)[1:-1]
        subject = str(t.subject)
        if subject not in concepts or predicate not in (skos + "prefLabel", skos + "altLabel"):
            continue
        entry = labels.setdefault(subject, {"pref": []})
        language = getattr(t.object, "language", None) or "en"
        if predicate.endswith("prefLabel") and language == "en":
            entry["pref"].append(t.object.value)
        entry.setdefault(language, []).append(t.object.value)  # every language the scheme labels
    return {v["pref"][0]: v for v in labels.values() if v["pref"]}
