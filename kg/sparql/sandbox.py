"""The barrier below the query check: a process that drops, for good, its ability to open network sockets.

Query workers and ``kg query`` on an embedded store call ``drop_network()`` before they
run any query, so that even a query the text check misread cannot reach another server:
the engine's HTTP client (SERVICE, LOAD) then fails to create its socket. On Linux this is
a seccomp filter: ``socket()`` is allowed for local (``AF_UNIX``) sockets only, io_uring
(which creates sockets without that system call) is refused, and system calls of another
architecture's ABI are refused outright. The filter holds for every thread of the process
and every process it starts, and cannot be lifted. Where it is unavailable (another OS,
another architecture, a kernel without seccomp), ``drop_network()`` says why instead.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass

# Constants of <linux/seccomp.h>, <linux/filter.h>, <linux/audit.h> and <sys/prctl.h>.
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_SET_MODE_FILTER = 1
SECCOMP_FILTER_FLAG_TSYNC = 1
SECCOMP_RET_ALLOW = 0x7FFF0000
SECCOMP_RET_ERRNO = 0x00050000
BPF_LD_W_ABS = 0x20
BPF_JEQ_K = 0x15
BPF_JGE_K = 0x35
BPF_RET_K = 0x06
AF_UNIX = 1
X32_SYSCALL_BIT = 0x40000000
#: Offsets in ``struct seccomp_data``: the system call's number, its ABI, its first argument.
NR, ARCH, ARG0 = 0, 4, 16


@dataclass(frozen=True)
class Abi:
    """What the filter needs to know about one architecture."""

    audit_arch: int
    seccomp: int
    socket: int
    io_uring_setup: int


ABIS = {
    "x86_64": Abi(audit_arch=0xC000003E, seccomp=317, socket=41, io_uring_setup=425),
    "aarch64": Abi(audit_arch=0xC00000B7, seccomp=277, socket=198, io_uring_setup=425),
}


class SandboxUnavailable(OSError):
    """The barrier cannot be raised on this system; the message says why."""


def drop_network(machine: str | None = None) -> None:
    """Forbid this process, all its threads and all its children every network socket, for good.

    Raises ``SandboxUnavailable`` (saying why) where the mechanism is missing; callers log it
    and go on with the text check alone.
    """
    machine = machine or platform.machine()
    if not sys.platform.startswith("linux"):
        raise SandboxUnavailable(f"seccomp filters exist on Linux only, not on {sys.platform}")
    abi = ABIS.get(machine)
    if abi is None:
        raise SandboxUnavailable(f"no seccomp filter is written for the {machine} architecture")
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_NO_NEW_PRIVS, *map(ctypes.c_ulong, (1, 0, 0, 0))) != 0:
        raise SandboxUnavailable(f"prctl(PR_SET_NO_NEW_PRIVS) failed: {_errno_text()}")
    program = filter_program(abi)
    buffer = ctypes.create_string_buffer(program)
    fprog = struct.pack("HxxxxxxP", len(program) // 8, ctypes.addressof(buffer))
    flags = map(ctypes.c_ulong, (SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC))
    if libc.syscall(ctypes.c_long(abi.seccomp), *flags, ctypes.c_char_p(fprog)) != 0:
        raise SandboxUnavailable(f"the kernel refused the seccomp filter: {_errno_text()}")


def filter_program(abi: Abi) -> bytes:
    """The BPF program: deny a foreign ABI, io_uring and any socket but AF_UNIX; allow the rest."""
    deny = SECCOMP_RET_ERRNO | errno.EACCES
    steps = [
        (BPF_LD_W_ABS, 0, 0, ARCH),
        (BPF_JEQ_K, 1, 0, abi.audit_arch),        # our ABI: go on; else deny
        (BPF_RET_K, 0, 0, deny),
        (BPF_LD_W_ABS, 0, 0, NR),
        (BPF_JGE_K, 5, 0, X32_SYSCALL_BIT),       # x32 numbers: deny
        (BPF_JEQ_K, 4, 0, abi.io_uring_setup),    # io_uring: deny
        (BPF_JEQ_K, 0, 2, abi.socket),            # socket(): look at its domain; else allow
        (BPF_LD_W_ABS, 0, 0, ARG0),
        (BPF_JEQ_K, 0, 1, AF_UNIX),               # AF_UNIX: allow; else deny
        (BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW),
        (BPF_RET_K, 0, 0, deny),
    ]
    return b"".join(struct.pack("HBBI", *step) for step in steps)


def _errno_text() -> str:
    code = ctypes.get_errno()
    return f"{errno.errorcode.get(code, code)} ({code})"


def raise_barrier(warn: Callable[[str], object], machine: str | None = None) -> bool:
    """Drop network access if this system can; else tell ``warn`` why, once, and go on."""
    try:
        drop_network(machine)
    except SandboxUnavailable as error:
        warn(f"no network barrier below the query check ({error}); SERVICE and LOAD are kept out "
             "by the query check alone")
        return False
    return True
