"""SHACL validation of the store with ontology/shapes.ttl, as a readable report."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg import resources
from kg.store.base import Store

SH = "http://www.w3.org/ns/shacl#"


@dataclass
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def lines(self, limit: int = 50) -> list[str]:
        if self.conforms:
            return ["The graph conforms to the shapes."]
        counts = Counter(v.message for v in self.violations)
        out = [f"{len(self.violations)} violation(s):"]
        out += [f"  {count:5} × {message}" for message, count in counts.most_common()]
        out.append("First ones:")
        out += [f"  {v.severity}: {v.focus} {v.path}: {v.message}" for v in self.violations[:limit]]
        return out


def validate_store(store: Store) -> ValidationReport:
    """Run the shapes over the union of all graphs (reference data included)."""
    import rdflib  # deferred, as pyshacl: ~0.35 s to import, for validation only
    from pyshacl import validate  # deferred: ~0.25 s to import

    buffer = io.BytesIO()
    store.dump(buffer, ox.RdfFormat.N_TRIPLES)
    data = rdflib.Graph()
    data.parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    shapes = rdflib.Graph().parse(resources.ontology_file("shapes.ttl"), format="turtle")
    conforms, report, _ = validate(data, shacl_graph=shapes, inference="none", advanced=True,
                                   allow_warnings=True)
    return ValidationReport(bool(conforms), _violations(report))


def _violations(report) -> list[Violation]:
    import rdflib  # deferred: ~0.1 s to import, for validation only

    sh = rdflib.Namespace(SH)
    found = []
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        found.append(Violation(
            focus=str(report.value(result, sh.focusNode)),
            path=str(report.value(result, sh.resultPath) or ""),
            message=str(report.value(result, sh.resultMessage) or ""),
            severity=str(report.value(result, sh.resultSeverity)).rsplit("#", 1)[-1],
        ))
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))
