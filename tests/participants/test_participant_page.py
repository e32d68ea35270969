"""The server serves the page, its assets and the API, and nothing else; live updates arrive by SSE."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re
from pathlib import Path

import aiohttp
import pytest

from app.domain.model import AgendaStep
from app.participants.page import STATIC_FILES
from app.participants.server import CSP
from tests.participants.room_support import SECRET, Phone, make_file, sharing_on


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_file(tmp_path / "side.samskap")


def test_the_page_and_its_files_are_served_with_a_policy_that_forbids_inline_script(path: Path) -> None:
    async def scenario() -> None:
        async with sharing_on(path) as (sharing, _document, base), aiohttp.ClientSession() as session:
            for url in ("/", f"/j/{sharing.room.code}"):
                async with session.get(base + url) as response:
                    html = await response.text()
                    assert response.status == 200
                    assert response.headers["Content-Security-Policy"] == CSP
                    assert response.headers["Content-Type"].startswith("text/html")
            assert '<html lang="nb">' in html
            assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
            assert not re.search(r"<script(?![^>]*\bsrc=)", html), "no inline script in the page"
            assert not re.search(r"\son[a-z]+=", html), "no inline event handlers"
            for name, content_type in STATIC_FILES.items():
                async with session.get(f"{base}/static/{name}") as response:
                    assert response.status == 200
                    assert response.headers["Content-Type"] == content_type
                    assert response.headers["X-Content-Type-Options"] == "nosniff"
                    body = await response.text()
            strings = json.loads(body)
            assert set(strings) == {"en", "nb", "nn", "sv", "da"}
            assert all(set(s) == set(strings["en"]) for s in strings.values())

    asyncio.run(scenario())


def test_the_script_never_puts_received_text_in_as_html() -> None:
    from app.participants.page import read

    script = read("phone.js").decode("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script
    assert "textContent" in script


def test_nothing_but_the_page_its_files_and_the_api_is_served(path: Path) -> None:
    attempts = [
        "/static/../app/cli.py",
        "/static/%2e%2e/%2e%2e/app/cli.py",
        "/static/..%2f..%2fpyproject.toml",
        "/static/index.html",
        "/static/__init__.py",
        "/static/page.py",
        "/j/../../etc/passwd",
        f"/{path.name}",
        f"/static/{path.name}",
        "/app/participants/page/phone.js",
        "/etc/passwd",
        "//etc/passwd",
        "/api/",
        "/api/workshop",
        "/api/state/../../side.samskap",
        "/.git/config",
    ]

    async def scenario() -> None:
        async with sharing_on(path) as (_sharing, _document, base), aiohttp.ClientSession() as session:
            for attempt in attempts:
                async with session.get(base + attempt, allow_redirects=False) as response:
                    body = await response.read()
                    assert response.status in (401, 404, 405), attempt
                    assert b"SQLite format" not in body and b"import " not in body, attempt
                    assert SECRET.encode() not in body

    asyncio.run(scenario())


def test_the_facilitators_notes_never_leave_the_laptop(path: Path) -> None:
    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code, "Kari")
            await phone.state()
            await phone.note("Ein idé")
            await phone.call("GET", "/")
            await phone.call("GET", "/static/phone.js")
            step = document.find(AgendaStep, "st-ideas")
            assert step is not None and step.facilitator_notes == SECRET
            document.apply(upsert=[dataclasses.replace(step, facilitator_notes=SECRET + " endra")])
            await phone.state()
            assert len(phone.seen) == 6
            assert all(SECRET not in body for body in phone.seen)

    asyncio.run(scenario())


async def next_event(stream: aiohttp.StreamReader) -> str:
    """The name of the next server-sent event (comments and blank lines skipped)."""
    name = ""
    while True:
        line = (await asyncio.wait_for(stream.readline(), 30)).decode()
        assert line, "the stream ended"
        if line.startswith("event: "):
            name = line[len("event: ") :].strip()
        elif line == "\n" and name:
            return name


def test_server_sent_events_wake_the_phone_when_the_workshop_changes(path: Path) -> None:
    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code)
            async with session.get(f"{base}/api/events", params={"token": "wrong"}) as refused:
                assert refused.status == 401
            async with session.get(f"{base}/api/events", params={"token": phone.token or ""}) as events:
                assert events.status == 200
                assert events.headers["Content-Type"].startswith("text/event-stream")
                assert await next_event(events.content) == "changed"  # read the state on connecting
                await asyncio.wait_for(_until_listening(sharing), 30)
                step = document.find(AgendaStep, "st-ideas")
                assert step is not None
                document.apply(upsert=[dataclasses.replace(step, title="Ny tittel")])
                assert await next_event(events.content) == "changed"
                assert (await phone.state())["step"]["title"] == "Ny tittel"
                sharing.remove_device(sharing.room.device_ids[0])
                assert await asyncio.wait_for(events.content.read(), 30) == b"", "a removed phone's stream ends"

    asyncio.run(scenario())


async def _until_listening(sharing: object) -> None:
    hub = sharing.hub  # type: ignore[attr-defined]
    while hub.listeners == 0:
        await asyncio.sleep(0)
