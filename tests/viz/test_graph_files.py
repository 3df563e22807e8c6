"""GraphML and GEXF for Gephi, the `kg viz` command, and the demo articles end to end."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.services.export import export
from kg.services.ingest import load
from kg.store.oxigraph import EmbeddedStore
from kg.viz.graph_files import flatten, write_graph
from kg.viz.projection import project
from tests.viz import test_projection as test_viz_projection
from tests.viz.test_projection import HOSTILE, SAMPLE

viz_store = test_viz_projection.viz_store

GOLD = Path(__file__).parents[2] / "data" / "gold"
GEXF = "{http://www.gexf.net/1.2draft}"


def _exported(store, fmt: str) -> bytes:
    buffer = io.BytesIO()
    export(store, fmt, buffer)
    return buffer.getvalue()


def test_export_graphml_reads_back(viz_store) -> None:
    graph = nx.read_graphml(io.BytesIO(_exported(viz_store, "graphml")))
    assert len(graph) == 14
    morocco = graph.nodes["country/ma"]
    assert morocco["label"] == "Morocco" and "Maroc" in morocco["aliases"]
    edge = next(d for u, v, d in graph.edges(data=True) if d["relation"] == "cooperatesWith")
    assert (edge["start"], edge["end"]) == ("2025-03-01", "2025-03-31")
    assert "coopérer" in edge["evidence"]


def test_export_gexf_is_dynamic_with_dated_edges(viz_store) -> None:
    root = ET.fromstring(_exported(viz_store, "gexf"))
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    assert edges and all(edge.get("start") and edge.get("end") for edge in edges)
    assert nx.read_gexf(io.BytesIO(_exported(viz_store, "gexf"))).number_of_nodes() == 14


def test_export_flatten_leaves_only_scalars(viz_store) -> None:
    flat = flatten(project(viz_store))
    for _, data in flat.nodes(data=True):
        assert all(isinstance(value, str | int | float | bool) for value in data.values())
    for _, _, data in flat.edges(data=True):
        assert all(isinstance(value, str | int | float | bool) for value in data.values())


def test_export_rejects_unknown_graph_format(viz_store) -> None:
    with pytest.raises(InputError):
        write_graph(project(viz_store), "dot", io.BytesIO())


@pytest.fixture
def store_folder(tmp_path: Path) -> str:
    folder = tmp_path / "store"
    store = EmbeddedStore(folder)
    load([SAMPLE, HOSTILE], store)
    store.close()
    return str(folder)


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_viz_help() -> None:
    result = _run("viz", "--help")
    assert result.exit_code == 0 and "--focus" in result.output and "Example" in result.output


def test_cli_viz_writes_the_page(store_folder: str, tmp_path: Path) -> None:
    output = tmp_path / "graph.html"
    result = _run("--store", store_folder, "viz", "-o", str(output))
    assert result.exit_code == 0, result.output
    assert output.read_text(encoding="utf-8").count('id="kg-data"') == 1
    assert "14 entities" in result.output


def test_cli_viz_focus_and_query(store_folder: str, tmp_path: Path) -> None:
    output = tmp_path / "focus.html"
    result = _run("--store", store_folder, "viz", "--focus", "Leila Elmergawi", "--depth", "1", "-o", str(output))
    assert result.exit_code == 0 and "3 entities" in result.output
    query = tmp_path / "meetings.rq"
    query.write_text("CONSTRUCT { ?a dp:meets ?b } WHERE { ?a dp:meets ?b }", encoding="utf-8")
    result = _run("--store", store_folder, "viz", "--query", str(query), "--events", "nodes", "-o", str(output))
    assert result.exit_code == 0, result.output


def test_cli_viz_unknown_focus_is_an_input_error(store_folder: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--store", store_folder, "viz", "--focus", "Atlantis",
                                      "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "no entity" in result.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_cli_export_graph_formats(store_folder: str, tmp_path: Path, fmt: str) -> None:
    output = tmp_path / f"graph.{fmt}"
    result = _run("--store", store_folder, "export", "--format", fmt, "-o", str(output))
    assert result.exit_code == 0, result.output
    reader = nx.read_graphml if fmt == "graphml" else nx.read_gexf
    assert len(reader(output)) == 14


@pytest.mark.skipif(not list(GOLD.glob("*.json")), reason="no gold articles in data/gold yet")
def test_viz_demo_articles_end_to_end(memory_store, tmp_path: Path) -> None:
    from kg import viz

    report = load(sorted(GOLD.glob("*.json")), memory_store)
    assert report.loaded > 0
    graph = viz.graph(memory_store)
    assert len(graph) > 20 and graph.number_of_edges() > 20
    html = viz.write_html(graph, tmp_path / "graph.html").read_text(encoding="utf-8")
    assert "Morocco" in html
    nx.read_graphml(io.BytesIO(_exported(memory_store, "graphml")))
