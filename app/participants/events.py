"""Live updates for the phones: server-sent events that follow the document's one signal.

Server-sent events rather than a WebSocket: the phones only listen (they
write with plain POSTs), EventSource reconnects by itself after sleep or a
lost Wi-Fi, and it needs no protocol upgrade through a travel router. An
event carries no workshop data, only "something changed": the phone then
asks GET /api/state, which holds the one rule of what a phone may see.
Changes that come together (one release of 30 notes) wake each phone once,
and while changes keep coming (a room writing at once) the phones are woken
at most once every WAKE_EVERY_S: each wake-up costs the laptop a state request
from every phone, on the window's loop.
"""

from __future__ import annotations

import asyncio
from typing import Any

# A lone change reaches the phones at once; the next ones within this time wait for its end,
# together. The load benchmark (tests/benchmarks/phones.py --live) with no limit: 100 phones
# writing five notes each asked for their state about 1,200 times, most of the server's work.
WAKE_EVERY_S = 1.0

CLOSE = "close"
CHANGED = "changed"


class EventHub:
    """Wakes every listening phone when the workshop changed."""

    def __init__(self, *, wake_every_s: float = WAKE_EVERY_S) -> None:
        self._queues: dict[asyncio.Queue[str], str] = {}  # queue -> device id
        self._wake_every = wake_every_s
        self._holding: asyncio.TimerHandle | None = None  # a wake-up went out lately
        self._news_held = False

    def listen(self, device_id: str) -> asyncio.Queue[str]:
        queue: asyncio.Queue[str] = asyncio.Queue()
        self._queues[queue] = device_id
        return queue

    def forget(self, queue: asyncio.Queue[str]) -> None:
        self._queues.pop(queue, None)

    @property
    def listeners(self) -> int:
        return len(self._queues)

    def notify(self, *_args: Any) -> None:
        """Slot for WorkshopDocument.entities_changed: the room has news."""
        if not self._queues:
            return  # a phone that connects later is woken as it connects
        if self._holding is not None:
            self._news_held = True
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a change made with no loop running: nothing to pace
            loop = None
        if loop is not None:
            self._holding = loop.call_later(self._wake_every, self._end_hold)
        self._wake()

    def _end_hold(self) -> None:
        self._holding = None
        if self._news_held:
            self._news_held = False
            self.notify()

    def _wake(self) -> None:
        for queue in self._queues:
            if queue.empty():  # one pending wake-up is enough: the phone reads the whole state
                queue.put_nowait(CHANGED)

    def end(self, device_id: str) -> None:
        """Close the stream of one device (it was removed)."""
        for queue, owner in self._queues.items():
            if owner == device_id:
                queue.put_nowait(CLOSE)

    def close(self) -> None:
        """Sharing stops: every stream ends."""
        if self._holding is not None:
            self._holding.cancel()
            self._holding = None
        for queue in self._queues:
            queue.put_nowait(CLOSE)
