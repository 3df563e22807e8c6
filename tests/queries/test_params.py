"""Query parameters, per-kind prefixes and advice on unknown terms, from the library and `kg query`."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError, QuerySyntaxError
from kg.queries.named import named_query, query_bindings, run_query
from kg.queries.params import declared_params
from kg.sparql.terms import unknown_terms

DATA = Path(__file__).parents[1] / "data"
BASE = "https://w3id.org/digipol/id/"


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    runner = CliRunner()
    result = runner.invoke(cli, ["load", str(DATA / "sample_extraction.json")])
    assert result.exit_code == 0, result.output
    return runner


def test_query_params_shipped_queries_declare_theirs() -> None:
    params = {param.name: param for param in named_query("partners-on-domain").params}
    assert (params["country"].kind, params["country"].required) == ("country", True)
    assert (params["since"].kind, params["since"].required) == ("date", False)
    assert [param.name for param in named_query("entity-facts").params] == ["entity"]


def test_query_params_malformed_declaration() -> None:
    with pytest.raises(InputError, match="malformed parameter line"):
        declared_params("# param: country\nSELECT * {}", "x.rq")
    with pytest.raises(InputError, match="unknown kind 'nation'"):
        declared_params("# param: country nation: a country\nSELECT * {}", "x.rq")


@pytest.mark.parametrize("value", ["Morocco", "morocco", "MAROC", "country/ma", "country:ma", BASE + "country/ma"])
def test_query_params_country_by_name_alias_or_id(sample_store, value: str) -> None:
    query = named_query("partners-on-domain")
    bindings = query_bindings(sample_store, [f"country={value}", "domain=Cybersecurity"], query.text, query)
    assert bindings["country"] == ox.NamedNode(BASE + "country/ma")
    assert bindings["domain"] == ox.NamedNode(BASE + "domain/cybersecurity")
    rows = list(run_query(sample_store, query.text, bindings))
    assert {row["partnerName"].value for row in rows} == {"United States"}


def test_query_params_names_are_bound_not_spliced(sample_store) -> None:
    query = named_query("entity-facts")
    with pytest.raises(InputError, match="no entity is named"):
        query_bindings(sample_store, ['entity=x") } } ; DROP ALL ; #'], query.text, query)
    assert bool(run_query(sample_store, "ASK { ?s a dp:Person }"))


def test_query_params_ambiguous_name_lists_candidates(sample_store) -> None:
    alias = "http://www.w3.org/2004/02/skos/core#altLabel"
    sample_store.update(f'INSERT DATA {{ <{BASE}person/leila-other> <{alias}> "Mme Elmergawi" . '
                        f'<{BASE}person/leila-elmergawi> <{alias}> "mme elmergawi" }}')
    query = named_query("entity-facts")
    with pytest.raises(InputError, match="names several") as caught:
        query_bindings(sample_store, ["entity=Mme Elmergawi"], query.text, query)
    assert "person/leila-elmergawi (Leila Elmergawi)" in str(caught.value)
    assert "person/leila-other" in str(caught.value)


@pytest.mark.parametrize(("pairs", "message"), [
    (["country=country/ma"], "missing parameter domain; its parameters: country"),
    (["country=country/ma", "domain=domain/cybersecurity", "nosuch=1"], "unknown parameter nosuch"),
    (["country=domain/cybersecurity", "domain=domain/cybersecurity"], "is not a country"),
    (["country=country/ma", "domain=domain/cybersecurity", "since=soon"], "'soon' is not a date"),
    (["country=http://x/%zz", "domain=domain/cybersecurity"], "'http://x/%zz' is not a valid IRI"),
    (["country=Narnia", "domain=domain/cybersecurity"], "no country is named 'Narnia'"),
])
def test_query_params_bad_values_are_errors(sample_store, pairs: list[str], message: str) -> None:
    query = named_query("partners-on-domain")
    with pytest.raises(InputError, match=message.replace("?", r"\?").replace("%", "%")) as caught:
        query_bindings(sample_store, pairs, query.text, query)
    if "missing" in message or "unknown" in message:
        assert "since (date, optional" in str(caught.value)


def test_query_params_free_query_variables(sample_store) -> None:
    with pytest.raises(InputError, match=r"no variable \?nosuch to bind; its variables: o, s"):
        query_bindings(sample_store, ["nosuch=1"], "SELECT * { ?s dp:meets ?o }")
    bindings = query_bindings(sample_store, ["s=person/leila-elmergawi"], "SELECT * { ?s dp:meets ?o }")
    assert bindings["s"] == ox.NamedNode(BASE + "person/leila-elmergawi")


@pytest.mark.parametrize("args", [
    ["--name", "partners-on-domain", "-p", "country=http://x/%zz", "-p", "domain=cybersecurity"],
    ["--name", "partners-on-domain", "-p", "nosuch=1"],
    ["--name", "entity-facts"],
    ["-p", "country=http://x/%zz", "SELECT * { ?country dp:cooperatesWith ?o }"],
])
def test_query_params_cli_errors_exit_2(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, ["query", *args])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_query_params_cli_by_name(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "--name", "partners-on-domain", "-p", "country=Morocco",
                                 "-p", "domain=cybersecurity", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    assert [row["partner"]["value"] for row in rows] == [BASE + "country/us"]


def test_query_params_kind_prefixes(sample_store) -> None:
    rows = list(run_query(sample_store, "SELECT ?p { country:ma dp:cooperatesWith ?p }"))
    assert [row["p"].value for row in rows] == [BASE + "country/us"]
    rows = list(run_query(sample_store, "SELECT ?b { person:leila-elmergawi dp:memberOf ?b }"))
    assert [row["b"].value for row in rows] == [BASE + "body/united-states-department-of-state"]
    (row,) = run_query(sample_store, "SELECT ?x { BIND(org:un AS ?x) }")  # type: ignore[misc]
    assert row["x"].value == BASE + "org/un"


def test_query_params_slash_name_says_how_to_write_it(sample_store) -> None:
    with pytest.raises(QuerySyntaxError, match=r"write country:ma .*or escape the slash: dpr:country\\/ma"):
        run_query(sample_store, "SELECT ?p { dpr:country/ma dp:cooperatesWith ?p }")


@pytest.mark.parametrize(("sparql", "expected"), [
    ("SELECT * { ?c dp:cooperateOn ?d }", [("cooperateOn", "cooperatesOn")]),
    ("SELECT * { ?c a dp:country }", [("country", "Country")]),
    ("SELECT * { ?c dp:meets/dp:memberof ?d }", [("memberof", "memberOf")]),
    ("PREFIX d: <https://w3id.org/digipol/ontology#> SELECT * { ?c d:partof ?d }", [("partof", "partOf")]),
    ("SELECT * { ?c dp:zzzzzzzz ?d }", [("zzzzzzzz", None)]),
    ("SELECT * { ?c dp:cooperatesOn ?d ; a dp:Country } # dp:typo in a comment", []),
])
def test_query_params_unknown_terms(sparql: str, expected: list) -> None:
    assert [(term.name, term.nearest) for term in unknown_terms(sparql)] == expected


def test_query_params_cli_warns_on_unknown_term(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["query", "--format", "csv", "SELECT ?d { country:ma dp:cooperateOn ?d }"])
    assert result.exit_code == 0, result.output
    assert "Warning: dp:cooperateOn is not a term of the ontology" in result.stderr
    assert "did you mean dp:cooperatesOn?" in result.stderr
    assert result.stdout.split() == ["d"]
