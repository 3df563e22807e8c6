"""Tests of kg/services: ingest, bulk load and dump, export, cluster extraction, resume after a kill, scale."""
