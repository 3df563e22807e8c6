"""A pool of worker processes: queries share it, writes take it whole, runaways are killed.

Two lanes keep short queries moving while long ones run. ``reserved`` workers take short
queries only; the others (the slow lane) take any query and run at a lower CPU priority, so
that on a busy machine the short queries get the processor first. A query that runs past
``slow_after`` seconds is slow: its text, and a client seen slow twice, are remembered for
a while (``kg.server.admission``), and their next queries wait for the slow lane. A
short query takes a slow-lane worker when one is idle, a reserved one otherwise; if it turns
out slow on a reserved worker, it is stopped (503: sent again, it waits for the slow lane),
so that no query nobody has seen before can hold the reserved workers for long.
Each client may have at most ``max_client_queries`` requests in flight (429 past that).
Each worker's data segment is capped (``RLIMIT_DATA``) at ``max_memory`` bytes: the engine
aborts on an allocation past it, which costs that worker only; the query gets ``507``.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import signal
from dataclasses import dataclass
from typing import Any

from kg.errors import KgError, QueryTimeout
from kg.server import jobs
from kg.server.admission import ClientLimit, SlowMemory, text_key
from kg.server.gate import ReadWriteGate
from kg.server.process import WorkerLost, WorkerProcess
from kg.server.worker import WorkerSettings

log = logging.getLogger("kg.server")
STARTUP_SECONDS = 120.0
#: How long a worker that hung up is given to exit on its own, so that its exit status is known.
EXIT_GRACE_SECONDS = 2.0
#: How much longer a job waits for a worker while dead or killed workers are being replaced.
REPLACEMENT_SECONDS = 30.0
MIB = 1024 * 1024


class ServerBusy(KgError):
    """Every worker (of the lane a query may use) stayed busy for as long as a query may run."""

    http_status = 503
    retry_after = 1


class SlowQueryStopped(ServerBusy):
    """A query became slow on a worker kept for short queries: it is stopped, to be sent again."""


class ClientGone(Exception):
    """The client went away before its answer was ready; nobody is left to tell."""


@dataclass(frozen=True)
class PoolOptions:
    """How many workers, how long a job may run, and the limits that keep the pool shared."""

    size: int
    timeout: float
    reserved: int = 1
    slow_after: float = 1.0
    max_client_queries: int = 0
    max_memory: int = 0

    @property
    def slow_lane(self) -> int:
        """How many workers take slow queries (at least one)."""
        return max(1, self.size - self.reserved)


@dataclass
class Flight:
    """One job on its way through the pool: the keys it is remembered by, and its lane."""

    keys: tuple[str, ...] = ()
    slow: bool = False
    counted: bool = False


#: How many slow queries of one client put its next ones in the slow lane.
CLIENT_SLOW_TIMES = 2
#: How much less CPU priority the slow lane's workers have (a nice value, 0 to 19).
SLOW_LANE_NICE = 10


class WorkerPool:
    """Runs jobs on worker processes with a time bound, replacing any worker it had to kill."""

    def __init__(self, settings: WorkerSettings, options: PoolOptions) -> None:
        self.settings = settings
        self.options = options
        self.size = options.size
        self.timeout = options.timeout
        self.replaced = 0
        self.clients = ClientLimit(options.max_client_queries, options.slow_after)
        self.slow = SlowMemory()
        self._slow_running = 0
        self._waiters: collections.deque[tuple[Flight, asyncio.Future[WorkerProcess]]] = collections.deque()
        self._workers: set[WorkerProcess] = set()
        self._idle: list[WorkerProcess] = []
        self._gate = ReadWriteGate()
        self._tasks: set[asyncio.Task[None]] = set()
        self._stopping = False

    async def start(self) -> None:
        reserved = min(self.options.reserved, self.size - 1)
        await asyncio.gather(*(self._add_worker(number < reserved) for number in range(self.size)))

    async def stop(self) -> None:
        self._stopping = True
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*(worker.stop() for worker in list(self._workers)))
        self._workers.clear()

    def status(self) -> dict[str, int]:
        return {"workers": len(self._workers), "size": self.size, "idle": len(self._idle),
                "slow": self._slow_running, "waiting": len(self._waiters), "replaced": self.replaced}

    def health(self) -> tuple[str, str]:
        """``ok``, ``degraded`` (with the reason) or ``stopping``: the pool serves unless stopping."""
        if self._stopping:
            return "stopping", "the endpoint is shutting down"
        missing = self.size - len(self._workers)
        if missing:
            return "degraded", f"{missing} of {self.size} workers are being replaced; queries wait for the others"
        if self._slow_running >= self.size:
            return "degraded", "every worker is running a slow query"
        return "ok", ""

    async def run(self, job: jobs.Job, abandoned: asyncio.Future[Any] | None = None,
                  client: str = "-") -> jobs.Reply:
        """Run a job: a write waits for the queries in flight and has the store to itself."""
        with self.clients.holding(client):
            if isinstance(job, jobs.WRITE_JOBS):
                async with self._gate.writing():
                    await self._release_readers()
                    return await self._run(job, abandoned, Flight())
            text = job.text if isinstance(job, jobs.QueryJob) else repr(job)
            keys = (f"client:{client}", text_key(text))
            async with self._gate.reading():
                return await self._run(job, abandoned, Flight(keys))

    async def _release_readers(self) -> None:
        for worker in list(self._workers):
            try:
                worker.send(jobs.ReleaseJob())
                await asyncio.wait_for(worker.receive(), self.timeout)
            except (WorkerLost, TimeoutError):
                await self._retire(worker, "it did not release the store")

    async def _run(self, job: jobs.Job, abandoned: asyncio.Future[Any] | None, flight: Flight) -> jobs.Reply:
        worker = await self._acquire(flight)
        try:
            if abandoned is not None and abandoned.done():
                self._give_back(worker)
                raise ClientGone
            return await self._on(worker, job, abandoned, flight)
        finally:
            self._uncount(flight)

    async def _on(self, worker: WorkerProcess, job: jobs.Job, abandoned: asyncio.Future[Any] | None,
                  flight: Flight) -> jobs.Reply:
        try:
            worker.send(job)
            reply = await self._await_reply(worker, abandoned, flight)
        except WorkerLost:
            status = await self._retire(worker, "it died on a request", grace=EXIT_GRACE_SECONDS)
            if self.options.max_memory and status == -signal.SIGABRT:
                return self._memory_reply()
            return jobs.Reply(status=500, error="QueryCrashed",
                              message="the query engine crashed on this request; the endpoint goes on")
        except (ClientGone, QueryTimeout, SlowQueryStopped):
            raise
        except BaseException:  # cancelled mid-job: the worker's state is unknown, so it goes
            self._background(self._retire(worker, "its request was cancelled"))
            raise
        if reply.error == "MemoryLimit":
            await self._retire(worker, "it ran out of memory")
            return self._memory_reply()
        self._give_back(worker)
        return reply

    def _memory_reply(self) -> jobs.Reply:
        limit = self.options.max_memory / MIB
        return jobs.Reply(status=507, error="MemoryLimitExceeded",
                          message=f"the query needed more memory than a worker may use ({limit:,.0f} MB, "
                                  "--max-memory) and was stopped; narrow it or add a LIMIT")

    async def _acquire(self, flight: Flight) -> WorkerProcess:
        """An idle, living worker of the job's lane (one that died while idle is replaced, not handed out)."""
        deadline = asyncio.get_running_loop().time() + self.timeout
        while True:
            worker = await self._take(flight, deadline)
            if worker in self._workers and not worker.gone():
                return worker
            self._uncount(flight)
            if worker in self._workers:
                await self._retire(worker, "it died while idle")

    async def _take(self, flight: Flight, deadline: float) -> WorkerProcess:
        """An idle worker for this job now, or the first one given back for it (first come, first served)."""
        worker = self._pick(flight)
        if worker is not None:
            self._idle.remove(worker)
            return worker
        entry = (flight, asyncio.get_running_loop().create_future())
        self._waiters.append(entry)
        try:
            return await self._handed(entry[1], flight, deadline)
        except BaseException:
            self._keep(entry[1])
            raise
        finally:
            with contextlib.suppress(ValueError):
                self._waiters.remove(entry)

    async def _handed(self, handed: asyncio.Future[WorkerProcess], flight: Flight, deadline: float) -> WorkerProcess:
        """The worker handed to this job by the deadline; while workers are being replaced, up to
        ``REPLACEMENT_SECONDS`` longer (a replacement is on its way: no reason to turn the job away)."""
        loop = asyncio.get_running_loop()
        extended = False
        while True:
            done, _ = await asyncio.wait({handed}, timeout=max(0.0, deadline - loop.time()))
            if done:
                return handed.result()
            if extended or not self._replacing():
                raise ServerBusy(self._busy_message(flight))
            deadline, extended = deadline + REPLACEMENT_SECONDS, True

    def _replacing(self) -> bool:
        return not self._stopping and len(self._workers) < self.size

    def _keep(self, handed: asyncio.Future[WorkerProcess]) -> None:
        """A worker handed to a job that stopped waiting at that moment goes back to the pool."""
        if handed.done() and not handed.cancelled():
            self._give_back(handed.result())

    def _pick(self, flight: Flight) -> WorkerProcess | None:
        """An idle worker of the slow lane first; a reserved one for a query not known as slow."""
        # Asked again at each try: a query like it may have been found slow while this one waited.
        flight.slow = flight.slow or self._suspected(flight)
        for worker in self._idle:
            if not worker.reserved:
                return worker
        return None if flight.slow or not self._idle else self._idle[0]

    def _suspected(self, flight: Flight) -> bool:
        """The same text ran slow lately, or the same client did twice (one slow query is no pattern)."""
        if not flight.keys:
            return False
        client, text = flight.keys
        return self.slow.suspects(text) or self.slow.suspects(client, times=CLIENT_SLOW_TIMES)

    def _busy_message(self, flight: Flight) -> str:
        if self._replacing():
            missing = self.size - len(self._workers)
            return (f"{missing} of {self.size} workers are being replaced and none came free in time; "
                    "try again in a moment")
        if flight.slow:
            return (f"this client's or this query's last runs were slow, and the {self.options.slow_lane} "
                    f"worker(s) of the slow lane stayed busy for {self.timeout:g} s; try again later")
        return f"every worker stayed busy for {self.timeout:g} s; try again later"

    def _count(self, flight: Flight) -> None:
        if not flight.counted:
            flight.counted = True
            self._slow_running += 1

    def _uncount(self, flight: Flight) -> None:
        if flight.counted:
            flight.counted = False
            self._slow_running -= 1

    def _give_back(self, worker: WorkerProcess) -> None:
        """Hand a free worker to the first job waiting that may use it, or keep it idle."""
        for flight, handed in self._waiters:
            if handed.done():
                continue
            flight.slow = flight.slow or self._suspected(flight)
            if not (flight.slow and worker.reserved):
                handed.set_result(worker)
                return
        self._idle.append(worker)

    async def _await_reply(self, worker: WorkerProcess, abandoned: asyncio.Future[Any] | None,
                           flight: Flight) -> jobs.Reply:
        receiving = asyncio.ensure_future(worker.receive())
        try:
            done = await self._wait_marking_slow({receiving, *([abandoned] if abandoned else [])}, flight, worker)
        except SlowQueryStopped:
            await self._retire(worker, "its query became slow on a reserved worker")
            raise
        finally:
            receiving.cancel()
        if receiving in done:
            return receiving.result()
        gone = abandoned is not None and abandoned in done
        await self._retire(worker, "its client left" if gone else f"its query ran past {self.timeout:g} s")
        if gone:
            raise ClientGone
        raise QueryTimeout(f"the query ran longer than {self.timeout:g} s and was stopped; "
                           "narrow it or add a LIMIT")

    async def _wait_marking_slow(self, waiting: set[asyncio.Future[Any]], flight: Flight,
                                 worker: WorkerProcess) -> set[asyncio.Future[Any]]:
        """Wait for the first of ``waiting``, up to the timeout; past ``slow_after``, the job counts as slow."""
        first = min(self.options.slow_after, self.timeout)
        done, _ = await asyncio.wait(waiting, timeout=first, return_when=asyncio.FIRST_COMPLETED)
        if not done:
            if flight.keys:  # writes hold the whole pool anyway; they are not remembered
                self._mark_slow(flight, worker)
            done, _ = await asyncio.wait(waiting, timeout=self.timeout - first, return_when=asyncio.FIRST_COMPLETED)
        return done

    def _mark_slow(self, flight: Flight, worker: WorkerProcess) -> None:
        self.slow.mark(*flight.keys)
        if worker.reserved:
            raise SlowQueryStopped(
                f"this query ran past {self.options.slow_after:g} s on a worker kept for short queries "
                "(the others were busy); it was stopped so that short queries keep moving. Send it again: "
                "it will wait for a worker of the slow lane")
        flight.slow = True
        self._count(flight)

    async def _retire(self, worker: WorkerProcess, reason: str, grace: float = 0.0) -> int | None:
        """Kill a worker and wait until it is gone (so it holds no lock), then start another."""
        self._workers.discard(worker)
        status = await worker.stop(grace)
        log.warning("replaced worker %d (exit status %s): %s", worker.process.pid, status, reason)
        self.replaced += 1
        self._background(self._add_worker(worker.reserved))
        return status

    def _background(self, coroutine: Any) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _open_store(self, worker: WorkerProcess) -> None:
        """Have a new worker open the store (between writes), so that its first query is not slowed by that."""
        async with self._gate.reading():
            worker.send(jobs.QueryJob("ASK {}"))
            await asyncio.wait_for(worker.receive(), STARTUP_SECONDS)

    async def _add_worker(self, reserved: bool = False) -> None:
        nice = SLOW_LANE_NICE if self.options.reserved and not reserved else 0
        delay = 0.5
        while not self._stopping:
            worker = WorkerProcess.launch(self.settings, self.options.max_memory, nice, reserved)
            try:
                if await asyncio.wait_for(worker.receive(), STARTUP_SECONDS) == "ready":
                    await self._open_store(worker)
                    self._workers.add(worker)
                    self._give_back(worker)
                    return
            except (WorkerLost, TimeoutError):
                pass
            await worker.stop()
            log.error("a worker process failed to start (is --max-memory too small for the store?); "
                      "retrying in %.1f s", delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
