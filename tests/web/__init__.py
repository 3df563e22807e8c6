"""Tests of kg/web: fetching, feeds, ingest from the web and watching sources, against loopback servers."""
