"""What the writer reads from the store before it writes: a batch's hashes, the entities rules compare."""

from __future__ import annotations

from pathlib import Path

from kg.nlp.resolve import RESOLVED
from kg.rdf.iris import Iris
from kg.services.ingest import known_entities, load, stored_hashes
from kg.store.oxigraph import EmbeddedStore

GOLD = Path(__file__).parents[2] / "data" / "gold"


def _loaded(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "store")
    report = load([GOLD], store)
    assert report.loaded > 10 and not report.problems
    return store


def test_stored_hashes_of_a_batch_are_those_articles_only(tmp_path: Path) -> None:
    store = _loaded(tmp_path)
    every = stored_hashes(store)
    some = sorted(every)[:3]
    assert stored_hashes(store, [*some, Iris().article("not-stored").value]) == {name: every[name] for name in some}
    assert stored_hashes(store, []) == {}


def test_known_entities_are_the_types_resolution_compares_with_their_aliases(tmp_path: Path) -> None:
    store = _loaded(tmp_path)
    index = known_entities(store, Iris())
    kinds = {str(entity.type) for entity in index.by_id.values()}
    assert kinds and kinds <= RESOLVED  # no events, meetings or statements: no rule compares them
    labelled = {row["e"].value.removeprefix(Iris().base) for row in store.query(
        "SELECT ?e { GRAPH ?facts { ?e a ?t ; rdfs:label ?n } FILTER(STRENDS(STR(?t), '#Person')) }",
        substitutions={"facts": Iris().facts_graph})}
    assert labelled and labelled <= index.by_id.keys()
    assert any(entity.aliases for entity in index.by_id.values())
