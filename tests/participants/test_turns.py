"""Taking turns with the window: past its budget, a burst of requests waits for the loop's next turn."""

from __future__ import annotations

import asyncio

from app.participants.turns import Turns


class Clock:
    """Loop time the test moves by hand: no timings in tests."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_requests_within_the_budget_go_on_at_once_and_the_rest_after_the_window_s_turn() -> None:
    clock = Clock()
    events: list[str] = []

    async def request(turns: Turns, name: str, cost: float) -> None:
        await turns.take()
        events.append(name)
        clock.now += cost  # handling it takes loop time

    async def scenario() -> None:
        turns = Turns(budget_s=0.010, pause_s=0.0, clock=clock)
        loop = asyncio.get_running_loop()
        tasks = [asyncio.ensure_future(request(turns, f"r{i}", 0.004)) for i in range(5)]
        loop.call_soon(events.append, "window")  # what Qt had waiting once the burst arrived
        await asyncio.gather(*tasks)

    asyncio.run(scenario())

    # r0, r1, r2 start within 10 ms of loop time (at 0, 4 and 8 ms); r3 would start at 12 ms.
    assert events == ["r0", "r1", "r2", "window", "r3", "r4"]


def test_a_request_that_goes_away_while_waiting_does_not_hold_up_the_others() -> None:
    clock = Clock()
    done: list[str] = []

    async def request(turns: Turns, name: str) -> None:
        await turns.take()
        done.append(name)
        clock.now += 0.02

    async def scenario() -> None:
        turns = Turns(budget_s=0.010, pause_s=0.0, clock=clock)
        first = asyncio.ensure_future(request(turns, "first"))
        gone = asyncio.ensure_future(request(turns, "gone"))
        last = asyncio.ensure_future(request(turns, "last"))
        await first
        await asyncio.sleep(0)  # the other two wait for the next turn now
        gone.cancel()
        await last

    asyncio.run(scenario())
    assert done == ["first", "last"]


def test_an_idle_loop_starts_a_new_run() -> None:
    clock = Clock()

    async def scenario() -> list[str]:
        turns = Turns(budget_s=0.0, pause_s=0.0, clock=clock)  # the run's end is due at once
        order: list[str] = []
        await turns.take()
        clock.now += 1.0  # far past the budget, but the loop had nothing else to do
        for _ in range(3):
            await asyncio.sleep(0)  # the loop idles: the run's end comes due
        asyncio.get_running_loop().call_soon(order.append, "window")
        await turns.take()  # at once, not after the window's turn
        order.append("request")
        await asyncio.sleep(0)
        return order

    assert asyncio.run(scenario()) == ["request", "window"]
