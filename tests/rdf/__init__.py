"""Tests of kg/rdf: extractions mapped to quads, events, the model in RDF, JSON-LD."""
