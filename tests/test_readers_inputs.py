"""Readers against careless and hostile inputs: stray bytes, links out of folders, FIFOs, devices."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from kg.readers import Document, read_file

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
