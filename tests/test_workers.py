"""The forked executor behind --jobs: order, sharing, dead children, early stop, big results."""

from __future__ import annotations

import os
import time

import pytest

from wirelint.workers import can_fork, run_forked

pytestmark = pytest.mark.skipif(not can_fork(), reason="needs fork")


def _seen(folder):
    """Mark this process as one that did work (children leave their pid in ``folder``)."""
    (folder / str(os.getpid())).touch()


def _all_reaped(folder) -> bool:
    """Every child that did work has exited and been waited for (no zombie is left)."""
    for entry in folder.iterdir():
        pid = int(entry.name)
        if pid == os.getpid():
            continue
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue  # reaped
        return False
    return True


@pytest.mark.parametrize("n_jobs", [1, 2, 3])
def test_results_come_in_index_order_and_the_work_is_shared(n_jobs, tmp_path):
    def work(i):
        _seen(tmp_path)
        time.sleep(0.005)
        return i, os.getpid()

    out = list(run_forked(work, 40, n_jobs))
    assert [i for i, _ in out] == list(range(40))
    pids = {pid for _, pid in out}
    assert os.getpid() in pids
    assert len(pids) == n_jobs
    assert _all_reaped(tmp_path)


def test_jobs_of_a_child_that_dies_are_run_here(tmp_path):
    parent = os.getpid()

    def work(i):
        _seen(tmp_path)
        if os.getpid() != parent and i % 3 == 0:
            os._exit(9)  # a child killed in the middle of the batch
        time.sleep(0.002)
        return i * i

    assert list(run_forked(work, 30, 3)) == [i * i for i in range(30)]
    assert _all_reaped(tmp_path)


def test_a_child_exception_loses_nothing(tmp_path):
    parent = os.getpid()

    def work(i):
        _seen(tmp_path)
        if os.getpid() != parent:
            raise RuntimeError("boom")
        return -i

    assert list(run_forked(work, 12, 2)) == [-i for i in range(12)]
    assert _all_reaped(tmp_path)


def test_results_larger_than_a_pipe_buffer():
    def work(i):
        return "x" * 300_000 + str(i)

    out = list(run_forked(work, 10, 2))
    assert [s[-1] for s in out] == [str(i) for i in range(10)]
    assert all(len(s) == 300_001 for s in out)


def test_stopping_early_stops_the_children(tmp_path):
    def work(i):
        _seen(tmp_path)
        time.sleep(0.01)
        return i

    gen = run_forked(work, 200, 3)
    assert next(gen) == 0
    gen.close()
    assert _all_reaped(tmp_path)


def test_a_child_killed_while_holding_the_counter_lock_does_not_hang_the_batch(tmp_path, monkeypatch):
    """The worst moment to die: with the shared counter locked. The others give up claiming
    after the lock timeout and this process runs whatever was not answered."""
    import wirelint.workers as workers

    monkeypatch.setattr(workers, "LOCK_TIMEOUT", 0.5)
    parent = os.getpid()

    def work(i):
        _seen(tmp_path)
        if os.getpid() != parent and i >= 8:
            # find the shared counter, take its lock and die holding it
            import gc

            for obj in gc.get_objects():
                if type(obj).__name__ == "Synchronized" and hasattr(obj, "get_lock"):
                    obj.get_lock().acquire()
                    os._exit(9)
        time.sleep(0.01)
        return i

    started = time.monotonic()
    assert list(run_forked(work, 30, 2)) == list(range(30))
    assert time.monotonic() - started < 20
    assert _all_reaped(tmp_path)
