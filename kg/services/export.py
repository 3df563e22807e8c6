"""Exports of the whole store in any format of the registry (kg.store.formats).

Formats pyoxigraph writes go through the store's ``dump``; the others (JSON-LD compacted with
our context, GraphML and GEXF for Gephi) through the writer the registry names.
"""

from __future__ import annotations

from typing import IO

from kg.errors import InputError
from kg.store.base import Store
from kg.store.formats import EXPORT_FORMATS

FORMATS = tuple(EXPORT_FORMATS)
#: Formats that hold one graph: the union of all graphs.
FLAT = tuple(name for name, fmt in EXPORT_FORMATS.items() if not fmt.named_graphs)
SUFFIXES = {name: fmt.suffix for name, fmt in EXPORT_FORMATS.items()}


def export(store: Store, fmt: str, output: IO[bytes], *, flat: bool = False) -> None:
    """Write the store in one of FORMATS to a binary stream.

    ``flat`` JSON-LD puts every triple in one default graph (each once), for tools that read
    a single graph; the normal JSON-LD export keeps one named graph per article.
    """
    spec = EXPORT_FORMATS.get(fmt)
    if spec is None:
        raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if flat and fmt != "jsonld":
        raise InputError(f"--flat is for JSON-LD; {fmt} is written {'flat' if fmt in FLAT else 'with its graphs'} "
                         "already")
    if spec.writer:
        write = spec.write_with()
        write(store, output, flat=True) if flat else write(store, output)
    else:
        store.dump(output, spec.rdf_format)
