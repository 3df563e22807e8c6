"""The RDF model as queries see it: countries the articles name, and cooperation as a node."""

from __future__ import annotations

import pyoxigraph as ox

from kg.models import Extraction
from kg.queries.named import run_query
from kg.rdf.iris import Iris
from kg.rdf.mapping import article_graph
from kg.rdf.shacl import validate_store
from kg.services.ingest import ensure_reference, write_articles

BASE = "https://w3id.org/digipol/id/"


def _count(store, sparql: str) -> int:
    (row,) = run_query(store, sparql)  # type: ignore[misc]
    return int(row["n"].value)


def test_rdf_model_counts_only_mentioned_countries(sample_store) -> None:
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:Country }") == 2
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:CountryRecord }") == 249
    rows = run_query(sample_store, 'SELECT ?code { ?c a dp:Country ; dp:isoCode ?code ; rdfs:label "Morocco"@en }')
    assert [row["code"].value for row in rows] == ["MA"]  # type: ignore[union-attr]
    assert validate_store(sample_store).conforms


def test_rdf_model_country_type_leaves_with_its_last_article(sample_store, sample: Extraction) -> None:
    iris = Iris()
    graph = iris.article(sample.article.id).value
    emptied = sample.model_copy(update={"entities": [e for e in sample.entities if e.type.value != "Country"],
                                        "relations": [r for r in sample.relations
                                                      if "country/" not in r.subject + r.object]})
    write_articles(sample_store, {graph: article_graph(emptied, iris)}, iris)
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:Country }") == 0
    assert _count(sample_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:CountryRecord }") == 249


def test_rdf_model_reference_alone_has_no_country(memory_store) -> None:
    ensure_reference(memory_store)
    assert _count(memory_store, "SELECT (COUNT(?c) AS ?n) { ?c a dp:Country }") == 0
    assert ox.NamedNode(BASE + "country/ma") in {row["c"] for row in run_query(  # type: ignore[union-attr]
        memory_store, "SELECT ?c { ?c a dp:CountryRecord ; dp:isoCode 'MA' }")}


def _article(article_id: str, entities: list[tuple[str, str, str]],
             relations: list[tuple[str, str, str, int, str | None]], published: str = "2025-05-02") -> Extraction:
    """A small extraction: entities (id, type, name) and relations (type, subject, object, start, date)."""
    return Extraction.model_validate({
        "article": {"id": article_id, "title": f"Article {article_id}", "url": None, "published": published,
                    "language": "en", "source": "Test"},
        "entities": [{"id": i, "type": t, "name": n, "aliases": []} for i, t, n in entities],
        "relations": [{"type": kind, "subject": s, "object": o, "confidence": 0.9, "date": date,
                       "evidence": {"text": f"{kind} {s} {o}", "start": start, "end": start + 10}}
                      for kind, s, o, start, date in relations],
    })


MA = ("country/ma", "Country", "Morocco")
US = ("country/us", "Country", "United States")
FR = ("country/fr", "Country", "France")
CYBER = ("domain/cybersecurity", "PolicyDomain", "cybersecurity")
AI = ("domain/artificial-intelligence", "PolicyDomain", "artificial intelligence")
HEALTH = ("domain/health", "PolicyDomain", "health")
MOU = ("agreement/ma-us-mou", "Agreement", "Morocco-US memorandum")


def _store_of(memory_store, *extractions: Extraction):
    iris = Iris()
    ensure_reference(memory_store)
    write_articles(memory_store, {iris.article(e.article.id).value: article_graph(e, iris) for e in extractions},
                   iris)
    return memory_store


def _pair_domains(store) -> dict[tuple[str, str], set[str]]:
    from kg.queries.named import named_query

    rows = run_query(store, named_query("cooperation-by-country").text)
    return {(row["countryName"].value, row["partnerName"].value):  # type: ignore[index]
            set(row["domains"].value.split(", ")) if row["domains"] else set()  # type: ignore[index]
            for row in rows}  # type: ignore[union-attr]


def test_rdf_model_cooperation_node_of_the_sample(sample_store) -> None:
    rows = list(run_query(sample_store, """
        SELECT ?c ?agreement ?date (GROUP_CONCAT(DISTINCT STR(?party); separator=" ") AS ?parties)
               (GROUP_CONCAT(DISTINCT STR(?domain); separator=" ") AS ?domains) WHERE {
          ?c a dp:Cooperation ; dp:party ?party ; dp:domain ?domain ; dp:agreement ?agreement ;
             dp:date ?date ; prov:wasDerivedFrom ?article . ?article a dp:Article
        } GROUP BY ?c ?agreement ?date"""))  # type: ignore[call-overload]
    assert len(rows) == 1
    assert sorted(rows[0]["parties"].value.split()) == [BASE + "country/ma", BASE + "country/us"]
    assert sorted(rows[0]["domains"].value.split()) == [BASE + "domain/ai-ethics", BASE + "domain/cybersecurity"]
    assert rows[0]["agreement"].value == BASE + "agreement/morocco-us-ai-memorandum"
    assert rows[0]["date"].value == "2025-03-18"
    assert validate_store(sample_store).conforms


def test_rdf_model_domains_per_pair(memory_store) -> None:
    """Morocco cooperates with the US on cybersecurity and with France on health: each pair keeps its own."""
    first = _article("coop0001", [MA, US, CYBER], [
        ("cooperatesWith", "country/ma", "country/us", 100, "2025-04"),
        ("cooperatesOn", "country/ma", "domain/cybersecurity", 100, None)])
    second = _article("coop0002", [MA, FR, HEALTH], [
        ("cooperatesWith", "country/ma", "country/fr", 50, "2025-06"),
        ("cooperatesOn", "country/ma", "domain/health", 50, None)])
    store = _store_of(memory_store, first, second)
    assert _pair_domains(store) == {("Morocco", "France"): {"health"}, ("Morocco", "United States"): {"cybersecurity"},
                                    ("France", "Morocco"): {"health"}, ("United States", "Morocco"): {"cybersecurity"}}
    assert validate_store(store).conforms


def test_rdf_model_domains_follow_the_nearest_pair_in_one_article(memory_store) -> None:
    both = _article("coop0003", [MA, US, FR, CYBER, HEALTH], [
        ("cooperatesWith", "country/ma", "country/us", 100, None),
        ("cooperatesOn", "country/ma", "domain/cybersecurity", 120, None),
        ("cooperatesWith", "country/ma", "country/fr", 900, None),
        ("cooperatesOn", "country/ma", "domain/health", 905, None)])
    domains = _pair_domains(_store_of(memory_store, both))
    assert domains[("Morocco", "United States")] == {"cybersecurity"}
    assert domains[("Morocco", "France")] == {"health"}


def test_rdf_model_one_cooperation_node_across_articles(memory_store) -> None:
    """Same parties and same agreement (dates differ), or same parties and same month: one node."""
    signed = [("signs", party, "agreement/ma-us-mou", 10, None) for party in ("country/ma", "country/us")]
    first = _article("coop0004", [MA, US, CYBER, MOU], [
        ("cooperatesWith", "country/ma", "country/us", 10, "2025-02-03"),
        ("cooperatesOn", "country/us", "domain/cybersecurity", 10, None), *signed])
    second = _article("coop0005", [MA, US, AI, MOU], [
        ("cooperatesWith", "country/us", "country/ma", 30, "2025-03-01"),
        ("cooperatesOn", "country/ma", "domain/artificial-intelligence", 30, None), *signed])
    third = _article("coop0006", [MA, FR], [("cooperatesWith", "country/fr", "country/ma", 5, "2025-07-01")])
    fourth = _article("coop0007", [MA, FR], [("cooperatesWith", "country/ma", "country/fr", 5, "2025-07-20")])
    store = _store_of(memory_store, first, second, third, fourth)
    assert _count(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) { ?c a dp:Cooperation }") == 2
    assert _count(store, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?c dp:agreement ?x ; prov:wasDerivedFrom ?a }") == 2
    domains = _pair_domains(store)
    assert domains[("Morocco", "United States")] == {"artificial intelligence", "cybersecurity"}
    assert domains[("Morocco", "France")] == set()  # a pair without domains still has its row
    assert validate_store(store).conforms


def test_rdf_model_cooperation_leaves_with_its_articles(memory_store) -> None:
    first = _article("coop0008", [MA, US, CYBER], [
        ("cooperatesWith", "country/ma", "country/us", 100, "2025-04"),
        ("cooperatesOn", "country/ma", "domain/cybersecurity", 100, None)])
    store = _store_of(memory_store, first)
    quiet = _article("coop0008", [MA], [])
    iris = Iris()
    write_articles(store, {iris.article("coop0008").value: article_graph(quiet, iris)}, iris)
    assert _count(store, "SELECT (COUNT(*) AS ?n) { ?c a dp:Cooperation }") == 0
    assert _count(store, "SELECT (COUNT(*) AS ?n) { ?c dp:party ?p }") == 0


def test_rdf_model_people_signing_for_their_state_are_not_parties(memory_store) -> None:
    minister, envoy = ("person/a-minister", "Person", "A Minister"), ("person/an-envoy", "Person", "An Envoy")
    jp = ("country/jp", "Country", "Japan")
    signed = [("signs", who, "agreement/ma-us-mou", 40, "2025-01-09")
              for who in ("country/ma", "person/a-minister", "country/jp", "person/an-envoy")]
    paired = _article("coop0010", [MA, jp, minister, envoy, MOU, CYBER], [
        ("cooperatesWith", "country/ma", "country/jp", 10, None),
        ("cooperatesOn", "country/jp", "domain/cybersecurity", 60, None), *signed])
    alone = _article("coop0011", [MA, jp, minister, envoy, MOU], signed)
    store = _store_of(memory_store, paired, alone)
    rows = list(run_query(store, """SELECT ?c (GROUP_CONCAT(STR(?p); separator=" ") AS ?parties) {
        ?c a dp:Cooperation ; dp:party ?p ; dp:agreement agreement:ma-us-mou } GROUP BY ?c"""))  # type: ignore[call-overload]
    assert len(rows) == 1  # same parties, same agreement: the two articles share the node
    assert sorted(rows[0]["parties"].value.split()) == [BASE + "country/jp", BASE + "country/ma"]
    assert _pair_domains(store)[("Japan", "Morocco")] == {"cybersecurity"}


def test_rdf_model_cooperation_between_two_partners(memory_store) -> None:
    from kg.queries.named import named_query, query_bindings

    first = _article("coop0020", [MA, US, CYBER], [
        ("cooperatesWith", "country/ma", "country/us", 100, "2025-04"),
        ("cooperatesOn", "country/ma", "domain/cybersecurity", 100, None)])
    second = _article("coop0021", [MA, FR, HEALTH, US, AI], [
        ("cooperatesWith", "country/ma", "country/fr", 50, "2025-06"),
        ("cooperatesOn", "country/fr", "domain/health", 50, None),
        ("cooperatesOn", "country/us", "domain/artificial-intelligence", 3000, None)])
    store = _store_of(memory_store, first, second)
    query = named_query("cooperation-between")
    for partner, domains in (("United States", {"cybersecurity"}), ("France", {"health"})):
        bindings = query_bindings(store, ["country=Maroc", f"partner={partner}"], query.text, query)
        rows = run_query(store, query.text, bindings)
        assert {row["domainName"].value for row in rows} == domains  # type: ignore[index,union-attr]
