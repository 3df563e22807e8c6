"""Named queries, parameters bound as terms, and result formats."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.queries.named import named_queries, parse_params, run_query, write_result


def test_query_named_queries_have_titles() -> None:
    queries = named_queries()
    assert {"meetings", "cooperation-by-country", "who-holds-what", "partners-on-domain"} <= set(queries)
    assert all(q.title and q.description for q in queries.values())


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_named_query_runs(sample_store, name: str) -> None:
    result = run_query(sample_store, named_queries()[name].text)
    assert isinstance(result, ox.QuerySolutions)
    rows = list(result)
    if name != "entity-facts":  # needs its parameter to be useful, but must still run
        assert rows, f"{name} found nothing in the sample"


def test_query_partners_on_domain_with_params(sample_store) -> None:
    params = parse_params(["country=country/ma", "domain=domain/cybersecurity", "since=2025"])
    rows = list(run_query(sample_store, named_queries()["partners-on-domain"].text, params))
    assert {row["partnerName"].value for row in rows} == {"United States"}
    later = parse_params(["country=country/ma", "domain=domain/cybersecurity", "since=2026"])
    assert not list(run_query(sample_store, named_queries()["partners-on-domain"].text, later))


def test_query_params_are_terms_not_text(sample_store) -> None:
    params = parse_params(['name=Morocco" } ; DROP ALL ; #'])
    assert isinstance(params["name"], ox.Literal)
    rows = list(run_query(sample_store, "SELECT ?e { ?e rdfs:label ?name }", params))
    assert rows == []


def test_query_bad_param() -> None:
    with pytest.raises(InputError, match="not name=value"):
        parse_params(["novalue"])


def test_query_formats(sample_store) -> None:
    sparql = "SELECT ?name { ?p a dp:Person ; rdfs:label ?name } ORDER BY ?name"
    as_json = json.loads(write_result(run_query(sample_store, sparql), "json"))
    names = [b["name"]["value"] for b in as_json["results"]["bindings"]]
    assert names == ["Amal El Fallah Seghrouchni", "Leila Elmergawi"]
    rows = list(csv.reader(io.StringIO(write_result(run_query(sample_store, sparql), "csv"))))
    assert rows[0] == ["name"] and rows[1] == ["Amal El Fallah Seghrouchni"]
    table = write_result(run_query(sample_store, sparql), "table")
    assert "Leila Elmergawi" in table and "2 rows" in table


def test_query_ask_and_construct(sample_store) -> None:
    assert write_result(run_query(sample_store, "ASK { ?s dp:meets ?o }"), "table") == "yes\n"
    turtle = write_result(run_query(sample_store, "CONSTRUCT { ?s dp:meets ?o } WHERE { ?s dp:meets ?o }"), "table")
    assert "dp:meets" in turtle
