"""app/jobs.py on a plain asyncio loop: no Qt, no widgets, driven with run_until_complete."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

from app.jobs import Cancelled, Job, Jobs, Outcome, known_problem
from app.mail.errors import MailError
from app.storage.errors import NotAWorkshop


@pytest.fixture
def loop():
    """A loop of its own, even if the app's qasync loop is marked running on this thread."""
    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    own = asyncio.new_event_loop()
    yield own
    own.close()
    asyncio.events._set_running_loop(outer)


def run_until_done(loop: asyncio.AbstractEventLoop, job: Job) -> Job:
    assert job._task is not None
    loop.run_until_complete(asyncio.gather(job._task, return_exceptions=True))  # cancelled before its first step
    return job


def test_a_thread_job_runs_off_the_loops_thread_and_reports_progress_on_it(loop):
    jobs = Jobs(loop=lambda: loop)
    loop_thread = threading.current_thread()
    seen: list[tuple[int, int, bool]] = []
    ended: list[Job] = []

    def work(progress, cancelled) -> str:
        for done in range(1, 4):
            progress(done, 3)
        return threading.current_thread().name

    job = jobs.run_in_thread(
        work,
        name="t",
        progress=lambda d, t: seen.append((d, t, threading.current_thread() is loop_thread)),
        done=ended.append,
    )
    run_until_done(loop, job)
    assert job.outcome == Outcome.SUCCEEDED and job.result != loop_thread.name
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert ended == [job] and jobs.running() == []


def test_a_coroutine_job_runs_on_the_loop(loop):
    jobs = Jobs(loop=lambda: loop)

    async def work(progress, cancelled) -> int:
        await asyncio.sleep(0)
        progress(1, 1)
        return 42

    seen: list[tuple[int, int]] = []
    job = run_until_done(loop, jobs.run_coroutine(work, name="c", progress=lambda d, t: seen.append((d, t))))
    assert (job.outcome, job.result, seen) == (Outcome.SUCCEEDED, 42, [(1, 1)])


def test_cancel_stops_a_thread_job_at_its_next_check_and_nothing_is_written(loop, tmp_path: Path):
    jobs = Jobs(loop=lambda: loop)
    started = threading.Event()
    target = tmp_path / "out.txt"

    def work(progress, cancelled) -> None:
        started.set()
        while not cancelled():
            sum(range(1000))  # a slice of CPU-bound work
        if cancelled():
            raise Cancelled  # what export_summary does: stops before anything is written
        target.write_text("half")

    job = jobs.run_in_thread(work, name="w")
    assert started.wait(30)
    job.cancel()
    run_until_done(loop, job)
    assert job.outcome == Outcome.CANCELLED and job.error is None and not target.exists()


def test_cancel_stops_a_coroutine_job_at_once(loop):
    jobs = Jobs(loop=lambda: loop)

    async def work(progress, cancelled) -> None:
        await asyncio.Future()  # never ends by itself

    job = jobs.run_coroutine(work, name="forever")
    loop.call_soon(job.cancel)
    assert run_until_done(loop, job).outcome == Outcome.CANCELLED


def test_a_failure_is_kept_for_whoever_shows_it(loop):
    jobs = Jobs(loop=lambda: loop)

    def work(progress, cancelled) -> None:
        raise MailError("Disken er full")

    job = run_until_done(loop, jobs.run_in_thread(work, name="f"))
    assert job.outcome == Outcome.FAILED and isinstance(job.error, MailError)


def test_known_problems_have_a_sentence_and_bugs_have_none(tmp_path: Path):
    assert known_problem(MailError("Disken er full")) == "Disken er full"
    assert "not a Samskap workshop" in (known_problem(NotAWorkshop(tmp_path / "x.samskap")) or "")
    assert "No space left" in (known_problem(OSError(28, "No space left on device", "summary.pdf")) or "")
    assert known_problem(KeyError("bug")) is None
    assert known_problem(ZeroDivisionError()) is None


def test_shutdown_with_a_stuck_thread_job_lets_the_loop_close(loop):
    jobs = Jobs(loop=lambda: loop)
    stuck = threading.Event()  # like SMTP waiting on a dead network: it ignores cancel
    ended: list[Job] = []
    job = jobs.run_in_thread(lambda progress, cancelled: stuck.wait(), name="stuck", done=ended.append)

    async def forever(progress, cancelled) -> None:
        await asyncio.Future()

    waiting = jobs.run_coroutine(forever, name="forever", done=ended.append)
    cancelled = jobs.shutdown(wait_seconds=0)
    assert set(cancelled) == {job, waiting}
    assert job._task is not None and waiting._task is not None  # run_* creates the task at once
    loop.run_until_complete(asyncio.gather(job._task, waiting._task, return_exceptions=True))
    assert job.outcome == waiting.outcome == Outcome.CANCELLED
    assert ended == []  # whoever started them is gone: nobody is told
    assert not job.returned()  # the thread is still stuck, and nobody waited for it
    with pytest.raises(RuntimeError):
        jobs.run_in_thread(lambda progress, cancelled: None, name="late")
    stuck.set()


def test_waiting_for_a_coroutine_job_never_blocks_its_own_loop(loop):
    jobs = Jobs(loop=lambda: loop)

    async def forever(progress, cancelled) -> None:
        await asyncio.Future()

    job = jobs.run_coroutine(forever, name="forever")
    job.cancel()
    assert job.wait() is False  # it ends when the loop next runs, not while we block it
    assert run_until_done(loop, job).outcome == Outcome.CANCELLED
