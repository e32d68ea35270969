"""Group commit: a room's burst shares commits, but no one commit holds the window's loop for the whole room."""

from __future__ import annotations

import asyncio
from typing import Any

from app.participants.group_commit import MAX_PER_COMMIT, GroupCommit
from app.participants.service import ApiError


def test_a_burst_is_committed_in_bounded_batches_with_the_loop_s_other_work_between() -> None:
    events: list[Any] = []

    def handle_many(requests: list[tuple[Any, ...]]) -> list[int | ApiError]:
        events.append([number for (number,) in requests])
        return [ApiError(409, "odd") if number % 2 else number * 10 for (number,) in requests]

    async def scenario() -> list[Any]:
        commit: GroupCommit[int] = GroupCommit(handle_many, limit=20)
        tasks = [asyncio.ensure_future(commit.submit(number)) for number in range(45)]
        await asyncio.sleep(0)  # every request is waiting now; the first commit is on the loop
        asyncio.get_running_loop().call_soon(events.append, "the window's turn")
        return await asyncio.gather(*tasks, return_exceptions=True)

    answers = asyncio.run(scenario())

    assert events == [list(range(20)), "the window's turn", list(range(20, 40)), list(range(40, 45))]
    assert [a if isinstance(a, int) else a.reason for a in answers] == [
        n * 10 if n % 2 == 0 else "odd" for n in range(45)
    ]


def test_requests_of_one_turn_within_the_limit_share_one_commit() -> None:
    batches: list[int] = []

    def handle_many(requests: list[tuple[Any, ...]]) -> list[str]:
        batches.append(len(requests))
        return ["ok"] * len(requests)

    async def scenario() -> list[str]:
        commit: GroupCommit[str] = GroupCommit(handle_many)
        return await asyncio.gather(*(commit.submit(n) for n in range(MAX_PER_COMMIT)))

    assert asyncio.run(scenario()) == ["ok"] * MAX_PER_COMMIT
    assert batches == [MAX_PER_COMMIT]
