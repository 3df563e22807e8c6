"""Every dp: term the code, queries and shipped files use is declared in ontology/dp.ttl."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.vocab import DP, DP_IRI

ROOT = Path(__file__).parents[1]
OWL_CLASSES = {"http://www.w3.org/2002/07/owl#Class"}
OWL_PROPERTIES = {
    "http://www.w3.org/2002/07/owl#ObjectProperty",
    "http://www.w3.org/2002/07/owl#DatatypeProperty",
    "http://www.w3.org/2002/07/owl#SymmetricProperty",
    "http://www.w3.org/2002/07/owl#AnnotationProperty",
}


def declared_terms() -> set[str]:
    triples = ox.parse(path=str(ROOT / "ontology" / "dp.ttl"), format=ox.RdfFormat.TURTLE)
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return {
        t.subject.value[len(DP_IRI):]
        for t in triples
        if t.predicate.value == rdf_type and t.object.value in OWL_CLASSES | OWL_PROPERTIES
        and t.subject.value.startswith(DP_IRI)
    }


def used_terms() -> dict[str, set[str]]:
    """dp: terms spelled in the code, the queries, and the other ontology files."""
    pattern = re.compile(r"(?:\bdp:|" + re.escape(DP_IRI) + r")([A-Za-z][A-Za-z0-9]*)")
    files = [*ROOT.glob("kg/**/*.py"), *ROOT.glob("kg/**/*.rq"), *ROOT.glob("ontology/*.ttl"),
             *ROOT.glob("ontology/*.jsonld"), *ROOT.glob("kg/**/*.js")]
    found: dict[str, set[str]] = {}
    for path in files:
        for term in pattern.findall(path.read_text(encoding="utf-8")):
            found.setdefault(term, set()).add(path.name)
    return found


def test_vocab_closed_namespace_matches_ontology() -> None:
    missing = set(DP.__annotations__) - declared_terms()
    assert not missing, f"kg/vocab.py names terms missing from dp.ttl: {sorted(missing)}"


def test_vocab_every_used_term_is_declared() -> None:
    declared = declared_terms()
    undeclared = {term: files for term, files in used_terms().items() if term not in declared}
    assert not undeclared, f"dp: terms used but not declared: {undeclared}"


def test_vocab_typo_fails_at_once() -> None:
    with pytest.raises(AttributeError):
        DP.meet  # noqa: B018


def test_vocab_code_spells_no_dp_iri_outside_vocab() -> None:
    offenders = [p.name for p in ROOT.glob("kg/**/*.py")
                 if p.name != "vocab.py" and DP_IRI in p.read_text(encoding="utf-8")]
    assert not offenders
