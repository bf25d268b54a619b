"""Linting a batch on several cores: this process and forked children share the work.

Why not ``multiprocessing.Pool``: on a two-core machine a pool runs two workers *and* this
process, whose result threads wake for every file; measured on the benchmark batch, the pool took
about 12% longer than two independent processes each linting half. Here this process is one of
the workers, so ``--jobs N`` means N busy processes and nothing else.

How it works (POSIX, ``fork``):

- The children are forked after the rules are imported, so they start warm and inherit the jobs;
  nothing but an index ever crosses a process boundary on the way in.
- Work is handed out in index order, a few jobs at a time, from a counter in shared memory, so a
  slow file delays only the worker that took it.
- A child sends each result back over its own pipe as a length-prefixed pickle; this process
  reads whatever has arrived between its own jobs (never blocking while it has work), and
  yields results strictly in index order, so output is the same for any number of jobs.
- A child that dies (killed, out of memory) loses nothing: when its pipe closes, every job it
  took but did not answer is run here. Ctrl-C stops the children too.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
from typing import Any, Callable, Iterator

BLOCK = 4  # jobs taken at a time: fewer trips to the shared counter, little imbalance at the end
HEADER = struct.Struct("<Q")
READ_SIZE = 1 << 16
LOCK_TIMEOUT = 5.0  # seconds; only a dead holder keeps the counter's lock that long


def can_fork() -> bool:
    return hasattr(os, "fork") and hasattr(os, "pipe")


def run_forked(work: Callable[[int], Any], n: int, n_jobs: int) -> Iterator[Any]:
    """``work(0) … work(n - 1)`` on ``n_jobs`` processes (this one included), in index order."""
    import multiprocessing

    counter = multiprocessing.get_context("fork").Value("q", 0)

    lock = counter.get_lock()

    def claim() -> range:
        # The lock is held for a few instructions; a holder killed in between (the kernel's
        # out-of-memory killer) would leave it taken for good. Then claiming stops, and this
        # process runs every job nobody answered.
        if not lock.acquire(timeout=LOCK_TIMEOUT):
            return range(0)
        try:
            start = counter.value
            counter.value = start + BLOCK
        finally:
            lock.release()
        return range(min(start, n), min(start + BLOCK, n))

    children: dict[int, tuple[int, bytearray]] = {}  # read end -> (pid, unparsed bytes)
    ready: dict[int, Any] = {}
    try:
        for _ in range(max(0, n_jobs - 1)):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: never returns
                _child(work, claim, w, [r, *children])
            os.close(w)
            children[r] = (pid, bytearray())
        nxt = 0
        while True:
            block = claim()
            if not block:
                break
            for i in block:
                ready[i] = work(i)
                _drain(children, ready, wait=False)
                while nxt in ready:
                    yield ready.pop(nxt)
                    nxt += 1
        while children:  # this process is done: wait for the children's answers
            _drain(children, ready, wait=True)
            while nxt in ready:
                yield ready.pop(nxt)
                nxt += 1
        for i in range(nxt, n):  # jobs a dead child took and never answered
            yield ready.pop(i) if i in ready else work(i)
    finally:
        for fd, (pid, _) in children.items():
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
            os.close(fd)
            _reap(pid)


def _child(work, claim, w: int, inherited: list[int]) -> None:
    status = 0
    try:
        for fd in inherited:
            os.close(fd)
        while True:
            block = claim()
            if not block:
                break
            for i in block:
                data = pickle.dumps((i, work(i)), protocol=pickle.HIGHEST_PROTOCOL)
                _write_all(w, HEADER.pack(len(data)) + data)
    except BaseException:  # noqa: BLE001 - whatever happens, the parent runs what is missing
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing of the parent's buffered output


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _drain(children: dict[int, tuple[int, bytearray]], ready: dict[int, Any], wait: bool) -> None:
    """Read what the children have sent; with ``wait``, block until something arrives."""
    if not children:
        return
    readable, _, _ = select.select(list(children), [], [], None if wait else 0)
    for fd in readable:
        pid, buf = children[fd]
        data = os.read(fd, READ_SIZE)
        if not data:  # the child exited (or died): what it did not send is run by the caller
            os.close(fd)
            del children[fd]
            _reap(pid)
            continue
        buf += data
        while len(buf) >= HEADER.size:
            (size,) = HEADER.unpack_from(buf)
            if len(buf) < HEADER.size + size:
                break
            i, result = pickle.loads(bytes(buf[HEADER.size : HEADER.size + size]))
            ready[i] = result
            del buf[: HEADER.size + size]


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
