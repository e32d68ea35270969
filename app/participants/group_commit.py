"""Group commit: requests that arrive in the same turn of the event loop share one commit.

When a whole room presses Send (or puts a dot) at once, the requests are
parsed in one turn of the loop; each waits here, and the next turn handles
them together with one call (one transaction, one fsync, one release), then
answers each. A phone still gets its 201 only after its change is in the file.

One call handles at most `MAX_PER_COMMIT` requests: the loop is the window's
too, and a commit of a whole room's notes (the release, the board adding the
notes, the panels following) would hold the facilitator's screen still for
tens of milliseconds. The rest wait for the next turn, after what Qt has queued
meanwhile (a repaint, a click) has had its turn.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from app.participants.service import ApiError

R = TypeVar("R")

# About 15 ms of work on the window's loop for notes released with auto release. Smaller
# groups cost more in all (each commit has its fsync, its release layout and the panels'
# refresh): with 20, a room's p99 to the board was worse and the longest stall no better
# (load benchmark, tests/benchmarks/phones.py, medians of runs on a 2-core machine).
MAX_PER_COMMIT = 40


class GroupCommit(Generic[R]):
    """Collects requests for `handle_many`, called once per turn of the loop with up to `limit` of them."""

    def __init__(
        self, handle_many: Callable[[list[tuple[Any, ...]]], Sequence[R | ApiError]], *, limit: int = MAX_PER_COMMIT
    ) -> None:
        self._handle_many = handle_many
        self._limit = limit
        self._waiting: list[tuple[tuple[Any, ...], asyncio.Future[R]]] = []

    async def submit(self, *request: Any) -> R:
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[R] = loop.create_future()
        if not self._waiting:
            loop.call_soon(self._flush)
        self._waiting.append((request, answer))
        return await answer

    def _flush(self) -> None:
        waiting, self._waiting = self._waiting[: self._limit], self._waiting[self._limit :]
        if self._waiting:  # the rest on the next turn, in the order they came
            asyncio.get_running_loop().call_soon(self._flush)
        answers: Sequence[R | BaseException]
        try:
            answers = self._handle_many([request for request, _ in waiting])
        except Exception as error:  # a bug: each phone of the batch gets a 500, none waits forever
            answers = [error] * len(waiting)
        for (_request, future), answer in zip(waiting, answers, strict=True):
            if future.done():  # the phone went away
                continue
            if isinstance(answer, BaseException):
                future.set_exception(answer)
            else:
                future.set_result(answer)
