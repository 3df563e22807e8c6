"""The endpoint's admission rules and upload checks on their own: per-client limits, the memory of
slow queries, the configuration of the limits, and the DOCTYPE check of RDF/XML."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.server.admission import ClientLimit, SlowMemory, TooManyRequests, text_key
from kg.server.config import MIB, ServerConfig, default_max_memory, machine_memory
from kg.server.protocol import refuse_doctype

RDF_ROOT = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>'


def test_server_client_limit_refuses_one_too_many_and_frees_on_exit() -> None:
    limit = ClientLimit(2, retry_after=0.3)
    with limit.holding("10.0.0.1"), limit.holding("10.0.0.1"):
        with pytest.raises(TooManyRequests) as refused, limit.holding("10.0.0.1"):
            pass
        with limit.holding("10.0.0.2"):
            assert limit.in_flight() == 3
    assert refused.value.retry_after == 1
    assert "10.0.0.1" in refused.value.message
    assert limit.in_flight() == 0
    with limit.holding("10.0.0.1"):
        assert limit.in_flight() == 1


def test_server_client_limit_zero_is_no_limit() -> None:
    limit = ClientLimit(0, retry_after=1)
    with limit.holding("a"), limit.holding("a"), limit.holding("a"):
        assert limit.in_flight() == 3


def test_server_client_limit_frees_a_slot_when_the_request_fails() -> None:
    limit = ClientLimit(1, retry_after=1)
    with pytest.raises(RuntimeError), limit.holding("a"):
        raise RuntimeError("the job failed")
    assert limit.in_flight() == 0


def test_server_slow_memory_remembers_and_forgets() -> None:
    memory = SlowMemory(seconds=60, entries=2)
    memory.mark("client:a", "q:1")
    assert memory.suspects("q:1")
    assert not memory.suspects("q:2")
    assert not memory.suspects("client:a", times=2)
    memory.mark("client:a")
    assert memory.suspects("client:a", times=2)
    memory.mark("client:c")  # three entries, room for two: the oldest goes
    assert not memory.suspects("q:1")
    expired = SlowMemory(seconds=-1)
    expired.mark("client:a")
    assert not expired.suspects("client:a")


def test_server_text_key_ignores_white_space_only() -> None:
    assert text_key("SELECT *  WHERE {\n ?s ?p ?o }") == text_key("SELECT * WHERE { ?s ?p ?o }")
    assert text_key("SELECT * WHERE { ?s ?p ?o }") != text_key("SELECT * WHERE { ?s ?p ?x }")


def test_server_config_memory_default_and_floor() -> None:
    config = ServerConfig(store="s", workers=2)
    assert config.worker_memory == default_max_memory(2)
    assert 512 * MIB <= config.worker_memory <= max(512 * MIB, min(2048 * MIB, machine_memory() // 4))
    assert ServerConfig(store="s", max_memory_bytes=0).worker_memory == 0
    with pytest.raises(InputError, match="at least 128 MB"):
        ServerConfig(store="s", max_memory_bytes=16 * MIB)


@pytest.mark.parametrize("args", [["--max-memory", "64"], ["--slow-after", "0"], ["--body-timeout", "0"],
                                  ["--max-client-queries", "-1"]])
def test_server_cli_refuses_bad_limits(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "store"), *args])
    assert result.exit_code == 2
    assert args[0] in result.output or "128 MB" in result.output


@pytest.mark.parametrize("document", [
    f'<?xml version="1.0"?>{RDF_ROOT}'.encode(),
    f"<!-- <!DOCTYPE x> in a comment is no DOCTYPE -->{RDF_ROOT}".encode(),
    f'<?xml version="1.0" encoding="UTF-16"?>{RDF_ROOT}'.encode("utf-16"),
])
def test_server_doctype_check_passes_plain_rdf_xml(document: bytes) -> None:
    refuse_doctype(document)


@pytest.mark.parametrize("document", [
    b'<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>',
    b"<!DOCTYPE r SYSTEM 'file:///etc/passwd'><r/>",
    b"<?xml version='1.0'?>\n<!-- c -->\n<!DOCTYPE  r><r/>",
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r><r/>'.encode("utf-16"),
])
def test_server_doctype_check_refuses_any_doctype(document: bytes) -> None:
    with pytest.raises(InputError, match="DOCTYPE"):
        refuse_doctype(document)


@pytest.mark.parametrize("document", [b"", b"<r", b"\xff\xfe<", b"plain text"])
def test_server_doctype_check_refuses_what_is_not_xml(document: bytes) -> None:
    with pytest.raises(InputError, match="not well-formed"):
        refuse_doctype(document)
