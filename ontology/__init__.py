"""The Digipol KG ontology, SHACL shapes and JSON-LD context, installed as kg.ontology."""
