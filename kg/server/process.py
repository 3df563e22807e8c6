"""One worker process seen from the server: launched with its limits, spoken to over a socket, stopped."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import resource
import select
import socket
import subprocess
import sys
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.server import jobs
from kg.server.worker import WorkerSettings

PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


class WorkerLost(Exception):
    """A worker died while running a job (the engine crashed on it)."""


class WorkerProcess:
    """One worker: its process and the socket the jobs and replies travel over."""

    def __init__(self, process: subprocess.Popen[bytes], connection: Connection, reserved: bool = False) -> None:
        self.process = process
        self.connection = connection
        self.reserved = reserved

    @classmethod
    def launch(cls, settings: WorkerSettings, max_memory: int = 0, nice: int = 0,
               reserved: bool = False) -> WorkerProcess:
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
        command = [sys.executable, "-m", "kg.server.worker", str(theirs.fileno()), json.dumps(asdict(settings))]
        process = subprocess.Popen(command, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        theirs.close()
        if max_memory:
            # The data segment holds every heap allocation, the engine's included; file-backed
            # maps of the store do not count. Set from here, so the worker cannot forget it.
            resource.prlimit(process.pid, resource.RLIMIT_DATA, (max_memory, max_memory))
        if nice:  # before the worker runs a query: queries run on its main thread, the one this sets
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, process.pid, nice)
        return cls(process, Connection(ours.detach()), reserved)

    async def receive(self) -> Any:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        fd = self.connection.fileno()

        def readable() -> None:
            if not ready.done():
                ready.set_result(None)

        loop.add_reader(fd, readable)
        try:
            await ready
        finally:
            loop.remove_reader(fd)
        try:
            return self.connection.recv()
        except (EOFError, OSError):
            raise WorkerLost from None

    def gone(self) -> bool:
        """Whether the worker has exited: its process is reaped, or its end of the socket is closed (an idle
        worker never writes first, so anything to read on its socket means it is gone)."""
        if self.process.poll() is not None:
            return True
        try:
            readable, _, _ = select.select([self.connection.fileno()], [], [], 0)
        except (OSError, ValueError):
            return True
        return bool(readable)

    def send(self, job: jobs.Job) -> None:
        try:
            self.connection.send(job)
        except OSError:
            raise WorkerLost from None

    async def stop(self, grace: float = 0.0) -> int | None:
        """Kill the process (a query in flight cannot be interrupted otherwise), reap it, return its status.

        With ``grace``, a process that is exiting on its own gets that long to do so first.
        """
        with contextlib.suppress(OSError):
            self.connection.close()
        if grace and self.process.poll() is None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                await asyncio.to_thread(self.process.wait, grace)
        if self.process.poll() is None:
            self.process.kill()
        return await asyncio.to_thread(self.process.wait)
