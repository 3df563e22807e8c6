"""Data files of Digipol KG (language packs, reference tables, sample articles), installed as kg.data."""
