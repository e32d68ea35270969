"""A workshop for the phone tests, a real server on loopback around it, and a phone that talks to it."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp

from app.document import WorkshopDocument
from app.domain.model import Workshop
from app.participants.room import Limits
from app.participants.service import SharingSettings
from app.participants.sharing import Sharing
from app.storage.workshop_file import WorkshopFile
from tests.factories import read_back as load
from tests.participants.workshops import INSTRUCTIONS, SECRET, room_workshop

__all__ = ["INSTRUCTIONS", "SECRET", "Phone", "load", "make_file", "room_workshop", "sharing_on"]


def make_file(path: Path, workshop: Workshop | None = None) -> Path:
    WorkshopFile.create(path, workshop or room_workshop()).close()
    return path


@contextlib.asynccontextmanager
async def sharing_on(
    path: Path, *, settings: SharingSettings | None = None, limits: Limits | None = None
) -> AsyncIterator[tuple[Sharing, WorkshopDocument, str]]:
    """The workshop open, shared on 127.0.0.1 (a free port): (sharing, document, base URL)."""
    document = WorkshopDocument.open(WorkshopFile.open(path))
    sharing = Sharing(document=document, settings=settings, limits=limits)
    try:
        url = await sharing.start(host="127.0.0.1", port=0)
        assert url.startswith("http://127.0.0.1:")
        yield sharing, document, url.split("/j/")[0]
    finally:
        await sharing.stop()
        document.close()


class Phone:
    """One phone: an HTTP session that keeps its token, and every body it was sent."""

    def __init__(self, session: aiohttp.ClientSession, base: str) -> None:
        self.session = session
        self.base = base
        self.token: str | None = None
        self.seen: list[str] = []  # every response body, to search for what must never leave

    async def call(self, method: str, path: str, body: Any = None, *, raw: bytes | None = None) -> tuple[int, Any]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        data = raw if raw is not None else (json.dumps(body) if body is not None else None)
        async with self.session.request(method, self.base + path, data=data, headers=headers) as response:
            text = await response.text()
            self.seen.append(text)
            try:
                return response.status, json.loads(text)
            except ValueError:
                return response.status, text

    async def join(self, code: str, name: str | None = None) -> tuple[int, Any]:
        status, body = await self.call("POST", "/api/join", {"code": code, "name": name})
        if status == 200:
            self.token = body["token"]
        return status, body

    async def state(self) -> dict[str, Any]:
        status, body = await self.call("GET", "/api/state")
        assert status == 200, body
        return body

    async def note(self, text: str, **extra: Any) -> tuple[int, Any]:
        return await self.call("POST", "/api/notes", {"text": text, **extra})

    async def dot(self, vote_id: str, note_id: str, *, remove: bool = False) -> tuple[int, Any]:
        return await self.call("DELETE" if remove else "POST", f"/api/votes/{vote_id}/dots", {"note_id": note_id})
