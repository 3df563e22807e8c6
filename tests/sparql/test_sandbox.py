"""The network barrier holds on its own: after ``drop_network()`` no thread of the process opens a
network socket (a real listener on loopback sees nothing), local sockets still work, and where the
mechanism is missing the caller is told why."""

from __future__ import annotations

import struct
import subprocess
import sys
import textwrap

import pytest

from kg.sparql.sandbox import (
    ABIS,
    BPF_JEQ_K,
    BPF_JGE_K,
    SandboxUnavailable,
    drop_network,
    filter_program,
    raise_barrier,
)

PROBE = textwrap.dedent("""
    import socket, threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    seen = []
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.path)
            self.send_response(204)
            self.end_headers()
        def log_message(self, *args):
            pass

    listener = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    port = listener.server_address[1]
    go, done, outcome = threading.Event(), threading.Event(), {}

    def earlier_thread():
        go.wait()
        try:
            socket.create_connection(("127.0.0.1", port)).close()
            outcome["thread"] = "connected"
        except OSError as error:
            outcome["thread"] = type(error).__name__
        done.set()

    threading.Thread(target=earlier_thread).start()
    from kg.sparql.sandbox import drop_network
    drop_network()
    go.set()
    done.wait()
    for family, address in ((socket.AF_INET, ("127.0.0.1", port)), (socket.AF_INET6, ("::1", port))):
        try:
            socket.socket(family).connect(address)
            print(family.name, "connected")
        except OSError as error:
            print(family.name, type(error).__name__)
    left, right = socket.socketpair()
    left.send(b"ok")
    print("AF_UNIX", right.recv(2).decode())
    print("thread", outcome["thread"])
    print("requests", len(seen))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="seccomp is Linux's")
def test_sandbox_no_thread_opens_a_network_socket() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:5] == ["AF_INET PermissionError", "AF_INET6 PermissionError", "AF_UNIX ok",
                                             "thread PermissionError", "requests 0"]


def test_sandbox_unavailable_says_why() -> None:
    with pytest.raises(SandboxUnavailable, match="sparc64"):
        drop_network(machine="sparc64")
    warnings: list[str] = []
    assert raise_barrier(warnings.append, machine="sparc64") is False
    assert len(warnings) == 1
    assert "no network barrier" in warnings[0] and "sparc64" in warnings[0]


@pytest.mark.parametrize("machine", sorted(ABIS))
def test_sandbox_filter_jumps_stay_inside_the_program(machine: str) -> None:
    program = filter_program(ABIS[machine])
    steps = [struct.unpack("HBBI", program[offset:offset + 8]) for offset in range(0, len(program), 8)]
    for index, (code, jump_true, jump_false, _) in enumerate(steps):
        if code in (BPF_JEQ_K, BPF_JGE_K):
            assert index + 1 + max(jump_true, jump_false) < len(steps)
    assert steps[-1][0] == steps[-2][0] == 0x06  # the program ends on returns
