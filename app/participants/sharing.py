"""A sharing session: the room, the server listening, and the link to the document's signal.

Used by `samskap serve` now and by the window later: both run it on the
thread and loop of the document (a plain asyncio loop, or qasync's), so no
thread ever touches the workshop. Nothing listens before `start` or after
`stop`, and `stop` ends every token with the room.
"""

from __future__ import annotations

import errno
import socket
from typing import TYPE_CHECKING

from app.participants.events import EventHub
from app.participants.room import Limits, Room
from app.participants.service import ParticipantService, SharingSettings

if TYPE_CHECKING:
    from aiohttp import web

    from app.document import WorkshopDocument

DEFAULT_PORT = 8765


def open_socket(host: str, port: int | None) -> socket.socket:
    """A listening socket: on `port`, or on DEFAULT_PORT falling back to a free one when it is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for candidate in (port,) if port is not None else (DEFAULT_PORT, 0):
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):  # Windows: no second listener on our port
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, candidate))
        except OSError as error:
            sock.close()
            if port is None and candidate == DEFAULT_PORT and error.errno in (errno.EADDRINUSE, errno.EACCES):
                continue
            raise
        sock.listen(128)
        sock.setblocking(False)
        return sock
    raise AssertionError("unreachable")  # pragma: no cover


def reachable_address(host: str) -> str:
    """The address phones use for `host`: for a wildcard, the laptop's address on its default route."""
    if host not in ("", "0.0.0.0", "::"):
        return host
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # UDP connect sends nothing: it only picks a route
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


class Sharing:
    """One session of phones joining one open workshop."""

    def __init__(
        self, *, document: WorkshopDocument, settings: SharingSettings | None = None, limits: Limits | None = None
    ) -> None:
        self.document = document
        self.room = Room(limits=limits)
        self.hub = EventHub()
        self.service = ParticipantService(document=document, room=self.room, settings=settings or SharingSettings())
        self.join_url = ""
        self._runner: web.AppRunner | None = None
        self._listening = False  # connected to the document's signal

    async def start(self, *, host: str = "0.0.0.0", port: int | None = None) -> str:
        """Listen, and return the join address (http://HOST:PORT/j/CODE)."""
        from aiohttp import web  # about 0.3 s: only when sharing starts, never at the app's start-up

        from app.participants.server import build_app

        sock = open_socket(host, port)
        self._runner = web.AppRunner(build_app(self.service, self.hub), access_log=None, shutdown_timeout=2.0)
        try:
            await self._runner.setup()
            await web.SockSite(self._runner, sock).start()
        except BaseException:
            sock.close()
            raise
        self.document.entities_changed.connect(self.hub.notify)
        self._listening = True
        shown = reachable_address(host)
        if ":" in shown:
            shown = f"[{shown}]"
        self.join_url = f"http://{shown}:{sock.getsockname()[1]}/j/{self.room.code}"
        return self.join_url

    def remove_device(self, device_id: str) -> None:
        """The facilitator sends a phone away: its token ends and its live stream closes."""
        self.room.remove(device_id)
        self.hub.end(device_id)

    def close(self) -> None:
        """End the room at once: every token, every live stream and the link to the document.

        Synchronous, so it can run while the document still exists (a window closing deletes
        it right after); the listening socket itself closes in `stop()`.
        """
        self.room.close()
        self.hub.close()
        if self._listening:
            self._listening = False
            self.document.entities_changed.disconnect(self.hub.notify)

    async def stop(self) -> None:
        """Stop listening; every token ends with the room."""
        self.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
