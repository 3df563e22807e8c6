"""Tests of kg/sparql: the query guard, the sandbox, and no query reaching the network."""
