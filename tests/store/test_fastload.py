"""`kg load --bulk`: dumps into an empty store with several loaders, all or nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.services.bulk import restore
from kg.store import fastload
from kg.store.oxigraph import EmbeddedStore
from tests.services.test_bulk import exported_shards, line, without_blank_labels, write

G = "https://w3id.org/digipol/id/article/fast{}"


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pieces of a few hundred bytes, so that small test files are cut into many."""
    monkeypatch.setattr(fastload, "MIN_RANGE_BYTES", 200)


def dump_of(store: EmbeddedStore, path: Path) -> Path:
    with path.open("wb") as handle:
        store.dump(handle, ox.RdfFormat.N_QUADS)
    return path


def test_fastload_pieces_cover_the_file_at_line_ends(tmp_path: Path, small_pieces: None) -> None:
    lines = [line(f"s{n}", "v" * (n % 7), G.format(n % 5)) for n in range(300)]
    lines[150:153] = [f"_:b{n} <http://example.org/p> \"blank\" <{G.format(9)}> .\n" for n in range(3)]
    path = write(tmp_path / "a.nq", *lines)
    data = path.read_bytes()
    found = fastload.pieces(path, 8)
    assert len(found) > 2
    assert [p.start for p in found[1:]] == [p.end for p in found[:-1]]
    assert (found[0].start, found[-1].end) == (0, len(data))
    assert all(data[p.start - 1:p.start] == b"\n" for p in found[1:])
    blank = [p for p in found if b"_:" in data[p.start:p.end]]
    assert len(blank) == 1 and data[blank[0].start:blank[0].end].count(b"_:") == 3
    assert [p.first_line() for p in found] == [data[:p.start].count(b"\n") + 1 for p in found]


def test_fastload_trig_is_one_piece(tmp_path: Path, small_pieces: None) -> None:
    graph = f"<{G.format(1)}> {{ <http://example.org/a> <http://example.org/p> 'x' . }}\n"
    trig = write(tmp_path / "a.trig", graph * 50)
    assert len(fastload.pieces(trig, 4)) == 1


def test_fastload_restores_a_dump_exactly(sample_store: EmbeddedStore, tmp_path: Path, small_pieces: None) -> None:
    dump = dump_of(sample_store, tmp_path / "dump.nq")
    assert len(fastload.pieces(dump, 4)) == 4
    copy = EmbeddedStore(tmp_path / "copy")
    report = restore([dump], copy, threads=4)
    assert report.failed == 0
    assert (report.files, report.graphs, report.quads) == (1, len(sample_store.graph_names()), sample_store.count())
    assert without_blank_labels(copy) == without_blank_labels(sample_store)


def test_fastload_bad_line_names_its_place_and_empties_the_store(tmp_path: Path, small_pieces: None) -> None:
    lines = [line(f"s{n}", "value", G.format(n % 3)) for n in range(200)]
    lines[170] = "<http://example.org/broken> <http://example.org/p> \"no end .\n"
    bad = write(tmp_path / "bad.nq", *lines)
    good = write(tmp_path / "good.nq", line("a", "x", G.format(1)))
    store = EmbeddedStore(tmp_path / "store")
    report = restore([good, bad], store, threads=2)
    assert report.failed == 1
    assert report.problems[0].startswith(f"{bad}:171: not valid N-Quads")
    assert store.count() == 0


@pytest.mark.parametrize(("content", "reason"), [
    (line("a", "x", None), "default graph"),
    ("<http://example.org/a> <http://example.org/p> \"x\" _:g .\n", "blank node"),
])
def test_fastload_refuses_what_the_model_refuses(tmp_path: Path, content: str, reason: str) -> None:
    store = EmbeddedStore(tmp_path / "store")
    report = restore([write(tmp_path / "a.nq", line("b", "y", G.format(1)), content)], store)
    assert report.failed == 1 and reason in report.problems[0]
    assert store.count() == 0


def test_fastload_needs_an_empty_store(sample_store: EmbeddedStore, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty store"):
        restore([write(tmp_path / "a.nq", line("a", "x", G.format(1)))], sample_store)


def test_fastload_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    shards = exported_shards(runner, tmp_path, 3)
    copy = ["--store", str(tmp_path / "copy")]
    result = runner.invoke(cli, [*copy, "load", "--bulk", "--threads", "2", str(shards)])
    assert result.exit_code == 0, result.output
    assert "loaded from 3 files, 0 files refused" in result.output
    again = runner.invoke(cli, [*copy, "load", "--bulk", str(shards)])
    assert again.exit_code == 2 and "empty store" in again.output
    sample = Path(__file__).parents[1] / "data" / "sample_extraction.json"
    mixed = runner.invoke(cli, ["--store", str(tmp_path / "other"), "load", "--bulk", str(sample)])
    assert mixed.exit_code == 2 and "contract JSON" in mixed.output
    broken = write(tmp_path / "broken.nq", "<http://example.org/a> <http://example.org/p> .\n")
    result = runner.invoke(cli, ["--store", str(tmp_path / "third"), "load", "--bulk", str(broken)])
    assert result.exit_code == 1 and f"{broken}:1: not valid N-Quads" in result.output
    assert "nothing loaded" in result.output


def test_fastload_names_missing_paths_and_empty_folders_before_loading(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    good = write(tmp_path / "good.nq", line("a", "x", G.format(1)))
    report = restore(iter([good, tmp_path / "absent.nq"]), store)
    assert report.failed == 1 and "absent.nq: no such file or folder" in report.problems[0]
    assert store.count() == 0
    (tmp_path / "empty").mkdir()
    report = restore([tmp_path / "empty"], store)
    assert report.failed == 1 and "no N-Quads or TriG files" in report.problems[0]


def test_fastload_blank_node_on_an_unterminated_last_line_stays_with_its_partner(
        tmp_path: Path, small_pieces: None) -> None:
    lines = [line(f"s{n}", "value", G.format(n % 3)) for n in range(200)]
    lines[5] = f"_:b <http://example.org/p> \"first\" <{G.format(9)}> .\n"
    lines[-1] = f"_:b <http://example.org/p> \"last\" <{G.format(9)}> ."
    path = write(tmp_path / "a.nq", *lines)
    data = path.read_bytes()
    found = fastload.pieces(path, 4)
    assert found[-1].end == len(data)
    assert [p for p in found if b"_:" in data[p.start:p.end]] == [found[0]]


def test_fastload_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.nq"
    os.mkfifo(fifo)
    store = EmbeddedStore(tmp_path / "store")
    report = restore([write(tmp_path / "good.nq", line("a", "x", G.format(1))), fifo], store)
    assert report.problems == [f"{fifo}: a named pipe (FIFO), not a regular file: refused"]
    assert store.count() == 0
