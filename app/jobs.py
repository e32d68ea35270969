"""The one path for slow work: a coroutine on the app's event loop, or a blocking function off it.

Plain asyncio, no Qt: the app's loop is qasync's, running on Qt's own event loop
(widgets/common/event_loop.py makes it after the first frame), while tests may hand
`Jobs` any asyncio loop and drive it with `run_until_complete`.

A job's work takes two callables, `progress(done, total)` and `cancelled()`, and knows
nothing of who shows them. Blocking or CPU-bound work (a PDF, SMTP through smtplib) runs
on a worker thread through the loop's `run_in_executor`; its progress comes back to the
loop's thread with `call_soon_threadsafe`. Cancelling a thread job asks the work to stop
(it checks `cancelled()`); its outcome comes once the work has returned, so nothing is
left half-written. Cancelling a coroutine job also cancels its task.

Worker threads are daemon threads: closing the app never waits for one stuck in a
network call (a delivery cut off that way is found "sending" at the next start and shown
as uncertain, never sent twice).

Every outcome is one of succeeded, cancelled or failed; `known_problem` tells a known
environment error (its sentence for a person) from a bug (None), so every user of jobs
shows failures the same way (widgets/common/jobs.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.storage.errors import WorkshopFileError

if TYPE_CHECKING:  # asyncio costs start-up time: the composition root makes `Jobs` before the first frame
    import asyncio
    import concurrent.futures

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
ThreadWork = Callable[[Progress, IsCancelled], Any]
CoroutineWork = Callable[[Progress, IsCancelled], Awaitable[Any]]


class Cancelled(Exception):
    """Raised by work that stops because it was asked to; the job ends as cancelled."""


def stoppable(progress: Progress, cancelled: IsCancelled) -> Progress:
    """A progress callback that raises Cancelled once the job is asked to stop.

    For work whose only hook is a progress callback (the storage: a backup, a new file from an
    import), which stops where it reports and removes what it had begun.
    """

    def report(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled
        progress(done, total)

    return report


class Outcome(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    CANCELLED = "cancelled"
    FAILED = "failed"


def known_problem(error: BaseException) -> str | None:
    """The sentence for a person if `error` is a known environment problem, None if it is a bug."""
    from app.mail.errors import MailError  # the mail package is not loaded before the first frame

    if isinstance(error, WorkshopFileError | MailError):
        return error.message
    if isinstance(error, OSError):  # a full disk, a folder where a file should go, no permission
        reason = error.strerror or str(error)
        return f"{error.filename}: {reason}" if error.filename else reason
    return None


class Job:
    """One piece of slow work under way; its outcome, result and error once it has ended."""

    def __init__(self, name: str, done: Callable[[Job], None] | None) -> None:
        self.name = name
        self.outcome = Outcome.RUNNING
        self.result: Any = None
        self.error: BaseException | None = None
        self._done = done
        self._cancel = threading.Event()
        self._ended = threading.Event()  # set when the work itself has returned (on its thread or the loop)
        self._task: asyncio.Task[None] | None = None
        self._on_thread = False

    @property
    def running(self) -> bool:
        return self.outcome == Outcome.RUNNING

    def returned(self) -> bool:
        """True once the work itself has returned; the outcome follows on the loop."""
        return self._ended.is_set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop. A thread job ends at its next check; a coroutine job at once."""
        self._cancel.set()
        if self._task is not None and not self._on_thread:
            self._task.cancel()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has returned (True) or `timeout` seconds passed: for closing a window
        whose job must not outlive it. The outcome itself is reported on the loop, later.
        A coroutine runs on the loop's own thread, which this would block: it is never waited for."""
        if not self._on_thread:
            return self._ended.is_set()
        return self._ended.wait(timeout)

    def _finish(self, outcome: Outcome) -> None:
        self.outcome = outcome
        done, self._done = self._done, None
        if done is not None:
            try:
                done(self)
            except Exception:  # a bug in whoever followed the job: the crash handler, not asyncio's log
                sys.excepthook(*sys.exc_info())


class _DaemonThreads:
    """An executor with a new daemon thread for each call: exiting never waits for one (it joins a
    pool's threads). Only `submit` is asked for by `run_in_executor`."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> concurrent.futures.Future[Any]:
        import concurrent.futures

        future: concurrent.futures.Future[Any] = concurrent.futures.Future()

        def run() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args))
            except BaseException as error:  # handed to the loop, which decides what it is
                future.set_exception(error)

        threading.Thread(target=run, name="samskap-job", daemon=True).start()
        return future


class Jobs:
    """Starts jobs on one asyncio loop, asked for when the first job starts; ends them on quit."""

    def __init__(self, loop: Callable[[], asyncio.AbstractEventLoop]) -> None:
        self._make_loop = loop
        self._loop: asyncio.AbstractEventLoop | None = None
        self._executor = _DaemonThreads()
        self._running: set[Job] = set()
        self._closed = False

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            self._loop = self._make_loop()
        return self._loop

    def running(self) -> list[Job]:
        return list(self._running)

    def run_in_thread(
        self,
        work: ThreadWork,
        *,
        name: str,
        progress: Progress | None = None,
        done: Callable[[Job], None] | None = None,
    ) -> Job:
        """Run blocking `work(progress, cancelled)` on a worker thread; `progress` and `done` are
        called on the loop's thread."""
        self._check_open()  # before the work is submitted below (_start checks again, for coroutines)
        job = Job(name, done)
        job._on_thread = True
        loop = self.loop

        def report(count: int, total: int) -> None:  # on the worker thread
            if progress is not None and not job._ended.is_set():
                loop.call_soon_threadsafe(_if_running, job, progress, count, total)

        def call() -> Any:
            try:
                return work(report, job.cancel_requested)
            finally:
                job._ended.set()

        executor: Any = self._executor  # duck-typed: run_in_executor only calls submit()
        # Submitted now, not at the task's first step: the work runs (and can be waited for) at once.
        future = loop.run_in_executor(executor, call)
        return self._start(job, lambda: future)

    def run_coroutine(
        self,
        work: CoroutineWork,
        *,
        name: str,
        progress: Progress | None = None,
        done: Callable[[Job], None] | None = None,
    ) -> Job:
        """Run `await work(progress, cancelled)` as a task on the loop; `progress` and `done` are
        called on the loop's thread."""
        job = Job(name, done)

        def report(count: int, total: int) -> None:
            if progress is not None and job.running:
                progress(count, total)

        async def call() -> Any:
            try:
                return await work(report, job.cancel_requested)
            finally:
                job._ended.set()

        return self._start(job, call)

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the app is closing: no new jobs")

    def _start(self, job: Job, awaitable: Callable[[], Awaitable[Any]]) -> Job:
        self._check_open()
        self._running.add(job)
        job._task = self.loop.create_task(self._follow(job, awaitable), name=job.name)
        job._task.add_done_callback(lambda _task: self._cancelled_before_start(job))
        return job

    def _cancelled_before_start(self, job: Job) -> None:
        """A task cancelled before its first step never ran `_follow`: end its job here."""
        if job.running:
            self._running.discard(job)
            if self._closed:
                job._done = None
            job._finish(Outcome.CANCELLED)

    async def _follow(self, job: Job, awaitable: Callable[[], Awaitable[Any]]) -> None:
        import asyncio

        try:
            job.result = await awaitable()
        except (asyncio.CancelledError, Cancelled):
            outcome = Outcome.CANCELLED
        except Exception as error:
            # Work that stops because it was asked to may say so by raising anything.
            outcome = Outcome.CANCELLED if job.cancel_requested() else Outcome.FAILED
            job.error = error if outcome == Outcome.FAILED else None
        else:
            outcome = Outcome.CANCELLED if job.cancel_requested() else Outcome.SUCCEEDED
        self._running.discard(job)
        if self._closed:
            job._done = None  # whoever waited for it is gone
        job._finish(outcome)

    def shutdown(self, wait_seconds: float = 0.0) -> list[Job]:
        """On quit: no new jobs; cancel every running one and give thread work `wait_seconds` to
        return. Returns the jobs cancelled; their tasks end the next time the loop runs."""
        self._closed = True
        jobs = list(self._running)
        for job in jobs:
            job._done = None
            job._cancel.set()
            if job._task is not None:
                job._task.cancel()
        for job in jobs:
            if job._on_thread:
                job.wait(wait_seconds)
        return jobs


def _if_running(job: Job, progress: Progress, count: int, total: int) -> None:
    if job.running:
        progress(count, total)
