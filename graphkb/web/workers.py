"""Queries bounded in time: a pool of worker processes that can be killed.

pyoxigraph cannot cancel a running query, and a thread cannot be stopped, so each
query runs in a separate process that the server kills when it overruns:

- ``size`` reader processes each hold ``Store.read_only(path)``. A query goes to a
  free reader; the answer comes back already serialized in the negotiated format,
  so the server only copies bytes. A reader that overruns its time is killed and
  a new one started; the other readers keep serving other clients meanwhile.
- A write (SPARQL update, Graph Store PUT/POST/DELETE) takes every reader out of
  the pool (waiting for the queries in flight), stops them, runs in a writer process
  that opens the store read-write for that one operation, then starts fresh readers
  that see the new data. Oxigraph applies an update in one transaction, so a writer
  killed on timeout leaves the store as it was. No read-only view is ever open while
  the server writes: pyoxigraph documents that as undefined behaviour. Writes are
  therefore slow (a few hundred milliseconds) and reads never see half a write.

Readers see the store as it was when they were opened; data written by another
process (``graphkb ingest``) shows after a restart of the server.

The messages between the server and a worker are frames on the worker's stdin and
stdout: a JSON header and a body of bytes, each preceded by its length.
"""
from __future__ import annotations

import asyncio
import collections
import contextlib
import json
import os
import struct
import sys
from dataclasses import dataclass

from ..errors import QueryError, QueryTimeout, StoreError

_LENGTHS = struct.Struct(">II")


@dataclass
class Reply:
    header: dict
    body: bytes


# ---------------------------------------------------------------- the worker side

def _serve(path: str, read_only: bool) -> None:
    """The worker's loop: answer each request frame on stdin with a reply on stdout."""
    from . import worker_ops

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    try:
        ops = worker_ops.Operations(path, read_only)
    except Exception as e:  # reported to the server, which shows it once
        _write(stdout, {"ok": False, "error": "store", "message": str(e).splitlines()[0]}, b"")
        return
    _write(stdout, {"ok": True, "ready": True}, b"")
    while True:
        lengths = stdin.read(_LENGTHS.size)
        if len(lengths) < _LENGTHS.size:
            return
        head_len, body_len = _LENGTHS.unpack(lengths)
        header = json.loads(stdin.read(head_len))
        body = stdin.read(body_len)
        reply_header, reply_body = ops.handle(header, body)
        _write(stdout, reply_header, reply_body)


def _write(out, header: dict, body: bytes) -> None:
    head = json.dumps(header).encode("utf-8")
    out.write(_LENGTHS.pack(len(head), len(body)) + head + body)
    out.flush()


# ---------------------------------------------------------------- the server side

class Worker:
    """One worker process and the pipes to it."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, path: str, read_only: bool = True) -> Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "graphkb.web.workers", path, "ro" if read_only else "rw",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            limit=2 ** 20, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        worker = cls(process)
        ready = await worker._receive()
        if not ready.header.get("ok"):
            worker.kill()
            raise StoreError(f"cannot open the store at {path}: {ready.header.get('message')}")
        return worker

    async def ask(self, header: dict, body: bytes = b"") -> Reply:
        head = json.dumps(header).encode("utf-8")
        try:
            self.process.stdin.write(_LENGTHS.pack(len(head), len(body)) + head + body)
            await self.process.stdin.drain()
        except ConnectionError as e:   # the worker is gone (killed on timeout, or crashed)
            raise StoreError("a query worker stopped unexpectedly") from e
        return await self._receive()

    async def _receive(self) -> Reply:
        try:
            lengths = await self.process.stdout.readexactly(_LENGTHS.size)
            head_len, body_len = _LENGTHS.unpack(lengths)
            header = json.loads(await self.process.stdout.readexactly(head_len))
            body = await self.process.stdout.readexactly(body_len) if body_len else b""
        except (asyncio.IncompleteReadError, ConnectionError) as e:
            raise StoreError("a query worker stopped unexpectedly") from e
        return Reply(header, body)

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()

    async def stop(self) -> None:
        self.kill()
        await self.process.wait()


class _FreeWorkers:
    """Idle readers, handed out strictly first come, first served.

    ``asyncio.Queue`` is not that under load: a worker put back wakes the longest
    waiter, but a request whose turn in the event loop comes before that waiter's
    takes the worker, and the waiter goes to the back of the line, again and again
    at worst. Here a worker put back goes straight to the longest waiter.
    """

    def __init__(self) -> None:
        self._idle: collections.deque[Worker] = collections.deque()
        self._waiters: collections.deque[asyncio.Future] = collections.deque()

    def qsize(self) -> int:
        return len(self._idle)

    def put_nowait(self, worker: Worker) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():   # done: it timed out or was cancelled meanwhile
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    async def get(self, timeout: float | None = None) -> Worker | None:
        """The next free worker; None if none was free within ``timeout`` seconds."""
        if self._idle:
            return self._idle.popleft()
        loop = asyncio.get_running_loop()
        waiter = loop.create_future()
        self._waiters.append(waiter)
        timer = None if timeout is None else loop.call_later(
            timeout, lambda: waiter.done() or waiter.set_result(None))
        try:
            worker = await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and waiter.result() is not None:
                self.put_nowait(waiter.result())   # handed over just before the cancel
            raise
        finally:
            if timer is not None:
                timer.cancel()
            with contextlib.suppress(ValueError):
                self._waiters.remove(waiter)
        return worker


class WorkerPool:
    """Readers for queries, a writer on demand; every request bounded by ``timeout``."""

    def __init__(self, store_path: str, size: int, timeout: float) -> None:
        self.store_path = str(store_path)
        self.size = max(1, size)
        self.timeout = timeout
        self._free: _FreeWorkers | None = None
        self._all: set[Worker] = set()
        self._replacing: set[asyncio.Task] = set()
        self._write_lock: asyncio.Lock | None = None
        self._started: asyncio.Lock | None = None
        self.generation = 0   # counts writes, so that callers can drop cached facts

    async def start(self) -> None:
        if self._free is not None:
            return
        self._free = _FreeWorkers()
        self._write_lock = asyncio.Lock()
        await self._add_readers(self.size)

    async def close(self) -> None:
        for task in list(self._replacing):
            task.cancel()
        await asyncio.gather(*self._replacing, return_exceptions=True)
        workers, self._all = list(self._all), set()
        await asyncio.gather(*(w.stop() for w in workers))
        self._free = None

    async def run(self, header: dict, body: bytes = b"", timeout: float | None = None) -> Reply:
        """Send one read request to a free reader; kill it if it overruns.

        The deadline is a timer that kills the worker: no task is made per request,
        and the event loop, which every client's request goes through, stays light.

        :raises QueryTimeout: when no reader answered within the time allowed.
        """
        await self.start()
        timeout = self.timeout if timeout is None else timeout
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        worker = await self._free.get(timeout)
        if worker is None:
            raise QueryTimeout(f"the server is busy: no query worker was free within {timeout:g} s")
        overran = False

        def stop() -> None:
            nonlocal overran
            overran = True
            worker.kill()   # its pipe closes, so ask() below ends with StoreError

        timer = loop.call_at(max(deadline, loop.time() + 0.001), stop)
        try:
            reply = await worker.ask(header, body)
        except StoreError:
            timer.cancel()
            await self._replace(worker)
            if overran:
                raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") from None
            raise
        except BaseException:   # cancelled halfway through a frame: the worker cannot be reused
            timer.cancel()
            self._replace_soon(worker)
            raise
        timer.cancel()
        if overran:   # the answer was complete when the timer killed the worker
            await self._replace(worker)
        else:
            self._free.put_nowait(worker)
        return reply

    async def write(self, header: dict, body: bytes = b"", timeout: float | None = None) -> Reply:
        """Run one write in a read-write writer process while no reader is open.

        :raises QueryTimeout: when the write overran; nothing was written then.
        """
        await self.start()
        timeout = self.timeout if timeout is None else timeout
        async with self._write_lock:
            readers = [await self._free.get() for _ in range(self.size)]
            await asyncio.gather(*(self._retire(w) for w in readers))
            try:
                writer = await Worker.start(self.store_path, read_only=False)
                try:
                    reply = await asyncio.wait_for(writer.ask(header, body), timeout)
                    await writer.ask({"op": "close"})   # flushes and closes the store cleanly
                except asyncio.TimeoutError:
                    raise QueryTimeout(f"the update ran longer than {timeout:g} s and was stopped; "
                                       "nothing was written") from None
                finally:
                    await writer.stop()
                return reply
            finally:
                self.generation += 1
                await self._add_readers(self.size)

    async def _replace(self, worker: Worker) -> None:
        await self._retire(worker)
        await self._add_readers(1)

    def _replace_soon(self, worker: Worker) -> None:
        """Kill a worker now and start its replacement in the background."""
        worker.kill()
        if self._free is None:   # the pool is closed
            return
        task = asyncio.ensure_future(self._replace(worker))
        self._replacing.add(task)
        task.add_done_callback(self._replacing.discard)

    async def _retire(self, worker: Worker) -> None:
        self._all.discard(worker)
        await worker.stop()

    async def _add_readers(self, count: int) -> None:
        workers = await asyncio.gather(*(Worker.start(self.store_path) for _ in range(count)))
        for worker in workers:
            self._all.add(worker)
            self._free.put_nowait(worker)


def raise_for(reply: Reply) -> Reply:
    """Turn a worker's error reply into graphkb's exception."""
    if reply.header.get("ok"):
        return reply
    message = reply.header.get("message", "the query failed")
    if reply.header.get("error") == "store":
        raise StoreError(message)
    raise QueryError(message)


if __name__ == "__main__":
    _serve(sys.argv[1], read_only=sys.argv[2] == "ro")
