"""Digipol KG: a knowledge graph of digital-policy cooperation built from news articles."""

__version__ = "0.1.0"
