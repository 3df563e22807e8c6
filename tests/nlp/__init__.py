"""Layer-level tests of the rule layers of kg/nlp, each fed its inputs by hand."""
