"""Extraction to RDF: quads, reference data, JSON-LD and SHACL (never imports spaCy)."""
