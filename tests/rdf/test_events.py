"""Where events took place (kg/rdf/events.py): meetings and signings get the place the article gives."""

from __future__ import annotations

import pyoxigraph as ox

from kg.models import Extraction
from kg.queries.named import named_queries, run_query
from kg.rdf.mapping import article_graph
from kg.vocab import DP_IRI, DPR_IRI

TEXT = "On 4 May, Amina Diallo met Jonas Berg in Rabat. Berg then flew home to Oslo."


def _extraction(city: bool = True) -> Extraction:
    """A meeting whose sentence names its city; another city named in the next sentence only."""
    def entity(kind: str, name: str) -> dict:
        at = TEXT.index(name)
        slug = name.lower().replace(" ", "-")
        mention = {"text": name, "start": at, "end": at + len(name)}
        return {"id": f"{kind.lower()}/{slug}", "type": kind, "name": name, "mentions": [mention]}

    sentence = TEXT[: TEXT.index(" Berg then")]
    return Extraction.model_validate({
        "article": {"id": "place0001", "title": "Talks", "language": "en", "published": "2025-05-06"},
        "entities": [
            entity("Person", "Amina Diallo"), entity("Person", "Jonas Berg"),
            *([entity("Place", "Rabat")] if city else []), entity("Place", "Oslo"),
        ],
        "relations": [{"type": "meets", "subject": "person/amina-diallo", "object": "person/jonas-berg",
                       "confidence": 0.9, "date": "2025-05-04",
                       "evidence": {"text": sentence, "start": 0, "end": len(sentence)}}],
    })


def _locations(store: ox.Store) -> set[str]:
    rows = store.query(f"SELECT ?where {{ ?m a <{DP_IRI}Meeting> ; <{DP_IRI}location> ?where }}",
                       use_default_graph_as_union=True)
    return {row["where"].value.removeprefix(DPR_IRI) for row in rows}


def test_events_meeting_takes_the_place_named_in_its_sentence() -> None:
    store = ox.Store()
    store.extend(article_graph(_extraction()))
    assert _locations(store) == {"place/rabat"}


def test_events_meeting_without_a_place_has_no_location() -> None:
    store = ox.Store()
    store.extend(article_graph(_extraction(city=False)))
    assert _locations(store) == set()


def test_events_meetings_query_fills_place_from_the_visit_of_a_participant(sample_store) -> None:
    """The sample's minister goes to Washington and meets her counterpart there that month."""
    rows = list(run_query(sample_store, named_queries()["meetings"].text))
    assert rows
    assert {row["place"].value for row in rows if row["place"] is not None} == {"Washington"}


def test_events_meeting_carries_its_own_sentence_in_the_article_graph() -> None:
    store = ox.Store()
    store.extend(article_graph(_extraction()))
    rows = list(store.query(
        f"SELECT ?g ?sentence {{ ?m a <{DP_IRI}Meeting> . GRAPH ?g {{ ?m <{DP_IRI}evidence> ?sentence }} }}",
        use_default_graph_as_union=True))
    assert [(row["sentence"].value, row["sentence"].language) for row in rows] == [
        ("On 4 May, Amina Diallo met Jonas Berg in Rabat.", "en")]
    assert rows[0]["g"].value.endswith("place0001")
