"""Readers against careless and hostile inputs: stray bytes, links out of folders, FIFOs, devices."""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.readers import Document, ReadProblem, read_file, read_paths

ACCENTED = ("À Rabat, la ministre déléguée a salué l'accord « historique » signé avec le Québec ; "
            "les équipes coopéreront sur la cybersécurité et l'éducation numérique.\n")


def read_one(path: Path) -> Document:
    results = list(read_file(path))
    assert len(results) == 1 and isinstance(results[0], Document), results
    return results[0]


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING]


def test_read_file_one_stray_byte_keeps_utf8_and_names_the_offset(tmp_path: Path, caplog) -> None:
    data = ACCENTED.encode() * 3
    offset = len(ACCENTED.encode()) + 10
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:offset] + b"\xff" + data[offset:])
    text = read_one(path).text
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == (ACCENTED * 3).strip()
    assert warnings_of(caplog) == [f"{path}: not valid UTF-8 at byte offset {offset}; "
                                   "read as UTF-8 with U+FFFD in place"]


def test_read_file_a_few_stray_bytes_are_all_named(tmp_path: Path, caplog) -> None:
    line = ACCENTED.encode()
    path = tmp_path / "strays.txt"
    path.write_bytes(b"".join(line + b"\xe9 x\x80" for _ in range(4)))
    assert read_one(path).text.count("\ufffd") == 8
    [warning] = warnings_of(caplog)
    step = len(line) + 4
    offsets = [n * step + len(line) + skip for n in range(4) for skip in (0, 3)]
    assert f"at byte offsets {', '.join(map(str, offsets[:5]))} and 3 more;" in warning


def test_read_file_jsonl_record_with_a_stray_byte_names_its_line(tmp_path: Path, caplog) -> None:
    good = json.dumps({"text": ACCENTED}, ensure_ascii=False).encode()
    path = tmp_path / "records.jsonl"
    path.write_bytes(good + b"\n" + good.replace(b"Rabat", b"Ra\xffbat") + b"\n")
    first, second = read_file(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert "Ra\ufffdbat" in second.text and "déléguée" in second.text
    assert warnings_of(caplog) == [f"{path}:2: not valid UTF-8 at byte offset {good.index(b'Rabat') + 2}; "
                                   "read as UTF-8 with U+FFFD in place"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_read_file_legacy_charset_is_read_with_a_warning(tmp_path: Path, caplog, encoding: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(ACCENTED.encode(encoding))
    assert read_one(path).text == ACCENTED.strip()
    [warning] = warnings_of(caplog)
    assert warning.startswith(f"{path}: not UTF-8; read as ")
    assert warning.rsplit(" ", 1)[-1] in {"cp1252", "iso8859_15", "latin_1"}


def test_read_file_valid_utf8_gives_no_warning(tmp_path: Path, caplog) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(ACCENTED, encoding="utf-8")
    assert read_one(path).text == ACCENTED.strip()
    assert warnings_of(caplog) == []


# -- folders and special files ----------------------------------------------------------------

KG = [sys.executable, "-c", "from kg.cli import main; main()"]


@pytest.fixture
def linked_folder(tmp_path: Path) -> Path:
    """A folder of articles holding links in and out of it, next to a secret file."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Secret: the root password is hunter2.\n", encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ACCENTED, encoding="utf-8")
    (folder / "in.txt").symlink_to("a.txt")
    (folder / "x.txt").symlink_to(outside / "secret.txt")
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    return folder


def test_read_paths_skips_links_out_of_the_folder_with_a_warning(linked_folder: Path, caplog) -> None:
    results = list(read_paths([linked_folder]))
    assert [result.origin for result in results if isinstance(result, Document)] == [
        str(linked_folder / "a.txt"), str(linked_folder / "in.txt")]
    assert not any("hunter2" in result.text for result in results if isinstance(result, Document))
    outside = linked_folder.parent / "outside"
    assert sorted(warnings_of(caplog)) == [
        f"{linked_folder / 'sub'}: skipped, a link to {outside.resolve()}, outside {linked_folder}",
        f"{linked_folder / 'x.txt'}: skipped, a link to {(outside / 'secret.txt').resolve()}, outside {linked_folder}",
    ]


def test_read_file_refuses_sockets_and_devices_unopened(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        [problem] = read_file(path)
    assert isinstance(problem, ReadProblem)
    assert str(problem) == f"{path}: a socket, not a regular file: refused"
    [device] = read_file(Path(os.devnull))
    assert str(device) == f"{os.devnull}: a character device, not a regular file: refused"


def test_open_regular_refuses_a_fifo_without_blocking(tmp_path: Path) -> None:
    from kg.readers.files import open_regular

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match=r"a named pipe \(FIFO\), not a regular file"):
        open_regular(fifo)


def test_ingest_cli_refuses_fifos_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    os.mkfifo(folder / "inner.txt")
    os.mkfifo(tmp_path / "given.txt")
    (folder / "b.txt").write_text(ACCENTED, encoding="utf-8")
    failed = tmp_path / "failed.txt"
    done = subprocess.run([*KG, "--store", str(tmp_path / "store"), "ingest", str(tmp_path / "given.txt"),
                           str(folder), "--failed-report", str(failed)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1, done.stderr
    assert "1 ingested, 0 skipped, 2 failed" in done.stderr
    lines = failed.read_text(encoding="utf-8").splitlines()
    assert f"{tmp_path / 'given.txt'}: a named pipe (FIFO), not a regular file: refused" in lines
    assert f"{folder / 'inner.txt'}: a named pipe (FIFO), not a regular file: refused" in lines
