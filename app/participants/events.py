"""Live updates for the phones: server-sent events that follow the document's one signal.

Server-sent events rather than a WebSocket: the phones only listen (they
write with plain POSTs), EventSource reconnects by itself after sleep or a
lost Wi-Fi, and it needs no protocol upgrade through a travel router. An
event carries no workshop data, only "something changed": the phone then
asks GET /api/state, which holds the one rule of what a phone may see.
Changes that come together (one release of 30 notes) wake each phone once.
"""

from __future__ import annotations

import asyncio
from typing import Any

CLOSE = "close"
CHANGED = "changed"


class EventHub:
    """Wakes every listening phone when the workshop changed."""

    def __init__(self) -> None:
        self._queues: dict[asyncio.Queue[str], str] = {}  # queue -> device id

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
        for queue in self._queues:
            queue.put_nowait(CLOSE)
