"""The phones' live stream: a lone change wakes them at once, a stream of changes at a pace."""

from __future__ import annotations

import asyncio

from app.participants.events import CHANGED, EventHub


async def _turns(count: int = 3) -> None:
    for _ in range(count):
        await asyncio.sleep(0)


def test_changes_that_follow_a_wake_up_closely_wake_the_phones_once_more_together() -> None:
    async def scenario() -> None:
        hub = EventHub(wake_every_s=0.0)  # the hold ends on the loop's next turn: no timing here
        queue = hub.listen("d-1")
        hub.notify()
        assert queue.get_nowait() == CHANGED  # a lone change: at once
        hub.notify()
        hub.notify()
        assert queue.empty(), "changes during the hold wait for its end"
        await _turns()
        assert queue.get_nowait() == CHANGED
        assert queue.empty(), "both held changes wake the phone once"
        await _turns()
        assert queue.empty(), "no news, no wake-up"
        hub.notify()
        assert queue.get_nowait() == CHANGED  # quiet since: at once again
        hub.close()

    asyncio.run(scenario())


def test_a_change_with_no_phone_listening_holds_nothing_back() -> None:
    async def scenario() -> None:
        hub = EventHub(wake_every_s=3600.0)
        hub.notify()  # a phone joins: nobody listens yet
        queue = hub.listen("d-1")
        hub.notify()
        assert queue.get_nowait() == CHANGED
        hub.close()

    asyncio.run(scenario())
