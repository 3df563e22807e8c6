"""The places that compose the layers below: ingest, bulk load and dump, export, stats, the demo, cluster extraction."""
