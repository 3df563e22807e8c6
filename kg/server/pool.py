"""A pool of worker processes: queries share it, writes take it whole, runaways are killed."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import asdict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KgError, QueryTimeout
from kg.server import jobs
from kg.server.worker import WorkerSettings

log = logging.getLogger("kg.server")
PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])
STARTUP_SECONDS = 120.0


class ServerBusy(KgError):
    """Every worker stayed busy for as long as a query may run."""

    http_status = 503


class ClientGone(Exception):
    """The client went away before its answer was ready; nobody is left to tell."""


class WorkerLost(Exception):
    """A worker died while running a job (the engine crashed on it)."""


class WorkerProcess:
    """One worker: its process and the socket the jobs and replies travel over."""

    def __init__(self, process: subprocess.Popen[bytes], connection: Connection) -> None:
        self.process = process
        self.connection = connection

    @classmethod
    def launch(cls, settings: WorkerSettings) -> WorkerProcess:
        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
        command = [sys.executable, "-m", "kg.server.worker", str(theirs.fileno()), json.dumps(asdict(settings))]
        process = subprocess.Popen(command, pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, env=env)
        theirs.close()
        return cls(process, Connection(ours.detach()))

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

    def send(self, job: jobs.Job) -> None:
        try:
            self.connection.send(job)
        except OSError:
            raise WorkerLost from None

    async def stop(self) -> None:
        """Kill the process (a query in flight cannot be interrupted otherwise) and reap it."""
        with contextlib.suppress(OSError):
            self.connection.close()
        if self.process.poll() is None:
            self.process.kill()
        await asyncio.to_thread(self.process.wait)


class ReadWriteGate:
    """Many readers or one writer; a waiting writer holds new readers back."""

    def __init__(self) -> None:
        self._condition = asyncio.Condition()
        self._readers = 0
        self._writing = False

    @contextlib.asynccontextmanager
    async def reading(self) -> AsyncIterator[None]:
        async with self._condition:
            await self._condition.wait_for(lambda: not self._writing)
            self._readers += 1
        try:
            yield
        finally:
            async with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @contextlib.asynccontextmanager
    async def writing(self) -> AsyncIterator[None]:
        async with self._condition:
            await self._condition.wait_for(lambda: not self._writing)
            self._writing = True
            await self._condition.wait_for(lambda: self._readers == 0)
        try:
            yield
        finally:
            async with self._condition:
                self._writing = False
                self._condition.notify_all()


class WorkerPool:
    """Runs jobs on worker processes with a time bound, replacing any worker it had to kill."""

    def __init__(self, settings: WorkerSettings, size: int, timeout: float) -> None:
        self.settings = settings
        self.size = size
        self.timeout = timeout
        self.replaced = 0
        self._workers: set[WorkerProcess] = set()
        self._idle: asyncio.Queue[WorkerProcess] = asyncio.Queue()
        self._gate = ReadWriteGate()
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False

    async def start(self) -> None:
        await asyncio.gather(*(self._add_worker() for _ in range(self.size)))

    async def stop(self) -> None:
        self._stopping = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*(worker.stop() for worker in list(self._workers)))
        self._workers.clear()

    def status(self) -> dict[str, int]:
        return {"workers": len(self._workers), "idle": self._idle.qsize(), "replaced": self.replaced}

    async def run(self, job: jobs.Job, abandoned: asyncio.Future[Any] | None = None) -> jobs.Reply:
        """Run a job: a write waits for the queries in flight and has the store to itself."""
        if isinstance(job, jobs.WRITE_JOBS):
            async with self._gate.writing():
                await self._release_readers()
                return await self._run(job, abandoned)
        async with self._gate.reading():
            return await self._run(job, abandoned)

    async def _release_readers(self) -> None:
        for worker in list(self._workers):
            try:
                worker.send(jobs.ReleaseJob())
                await asyncio.wait_for(worker.receive(), self.timeout)
            except (WorkerLost, TimeoutError):
                await self._retire(worker, "it did not release the store")

    async def _run(self, job: jobs.Job, abandoned: asyncio.Future[Any] | None) -> jobs.Reply:
        worker = await self._acquire()
        if abandoned is not None and abandoned.done():
            self._idle.put_nowait(worker)
            raise ClientGone
        try:
            worker.send(job)
            reply = await self._await_reply(worker, abandoned)
        except WorkerLost:
            await self._retire(worker, "it crashed on a request")
            return jobs.Reply(status=500, error="QueryCrashed",
                              message="the query engine crashed on this request; the endpoint goes on")
        except (ClientGone, QueryTimeout):
            raise
        except BaseException:  # cancelled mid-job: the worker's state is unknown, so it goes
            self._background(self._retire(worker, "its request was cancelled"))
            raise
        self._idle.put_nowait(worker)
        return reply

    async def _acquire(self) -> WorkerProcess:
        """An idle, living worker (one that died while idle is replaced, not handed out)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        while True:
            try:
                worker = await asyncio.wait_for(self._idle.get(), max(0.0, deadline - loop.time()))
            except TimeoutError:
                raise ServerBusy(f"every worker stayed busy for {self.timeout:g} s; try again later") from None
            if worker not in self._workers:
                continue  # retired while it waited in the queue
            if worker.process.poll() is None:
                return worker
            await self._retire(worker, "it died while idle")

    async def _await_reply(self, worker: WorkerProcess, abandoned: asyncio.Future[Any] | None) -> jobs.Reply:
        receiving = asyncio.ensure_future(worker.receive())
        waiting: set[asyncio.Future[Any]] = {receiving, *([abandoned] if abandoned else [])}
        done, _ = await asyncio.wait(waiting, timeout=self.timeout, return_when=asyncio.FIRST_COMPLETED)
        if receiving in done:
            return receiving.result()
        receiving.cancel()
        gone = abandoned is not None and abandoned in done
        await self._retire(worker, "its client left" if gone else f"its query ran past {self.timeout:g} s")
        if gone:
            raise ClientGone
        raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was stopped; "
                           "narrow it or add a LIMIT")

    async def _retire(self, worker: WorkerProcess, reason: str) -> None:
        """Kill a worker and wait until it is gone (so it holds no lock), then start another."""
        log.warning("replacing worker %d: %s", worker.process.pid, reason)
        self._workers.discard(worker)
        await worker.stop()
        self.replaced += 1
        self._background(self._add_worker())

    def _background(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _add_worker(self) -> None:
        delay = 0.5
        while not self._stopping:
            worker = WorkerProcess.launch(self.settings)
            try:
                if await asyncio.wait_for(worker.receive(), STARTUP_SECONDS) == "ready":
                    self._workers.add(worker)
                    self._idle.put_nowait(worker)
                    return
            except (WorkerLost, TimeoutError):
                pass
            await worker.stop()
            log.error("a worker process failed to start; retrying in %.1f s", delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
