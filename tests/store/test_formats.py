"""The format registry is the one table the CLI, the server and the bulk path read; capabilities are protocols."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kg.server import negotiation
from kg.services import bulk, export
from kg.store import SupportsBulkLoad, SupportsQuads, formats
from kg.store.oxigraph import EmbeddedStore
from kg.store.remote import RemoteStore


def test_formats_every_consumer_reads_the_registry() -> None:
    assert negotiation.GRAPH_FORMATS is formats.SERVED_FORMATS
    assert negotiation.RESULT_FORMATS is formats.RESULT_FORMATS
    assert tuple(formats.EXPORT_FORMATS) == export.FORMATS
    assert bulk.RDF_SUFFIXES == {".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
                                 ".trig": ox.RdfFormat.TRIG}
    assert set(export.FLAT) == {"turtle", "ntriples", "rdfxml", "graphml", "gexf"}


@pytest.mark.parametrize("fmt", formats.GRAPH_FORMATS, ids=lambda fmt: fmt.name)
def test_formats_each_entry_is_writable(fmt: formats.Format, sample_store) -> None:
    assert fmt.suffix.startswith(".") and fmt.media_types
    if fmt.writer:
        assert callable(fmt.write_with())
    else:
        buffer = io.BytesIO()
        sample_store.dump(buffer, fmt.rdf_format)
        assert list(ox.parse(buffer.getvalue(), format=fmt.rdf_format))


def test_formats_capabilities_are_protocols() -> None:
    local = EmbeddedStore(None)
    remote = RemoteStore("http://127.0.0.1:9/sparql")
    assert isinstance(local, SupportsQuads) and isinstance(local, SupportsBulkLoad)
    assert isinstance(remote, SupportsQuads)  # streams its graphs over the protocol
    assert not isinstance(remote, SupportsBulkLoad)


def test_formats_bulk_refuses_a_store_without_the_capability(tmp_path) -> None:
    from kg.errors import InputError

    with pytest.raises(InputError, match="--bulk writes an on-disk store"):
        bulk.restore([tmp_path], RemoteStore("http://127.0.0.1:9/sparql"))
