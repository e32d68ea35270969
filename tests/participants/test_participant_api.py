"""The phones' API against a real server on 127.0.0.1, on real workshop files in tmp_path."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
from pathlib import Path

import aiohttp
import pytest

from app.domain.model import SubmissionStatus
from app.participants.room import Limits
from app.participants.service import SharingSettings
from tests.participants.room_support import INSTRUCTIONS, SECRET, Phone, load, make_file, sharing_on


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_file(tmp_path / "rom.samskap")


def test_a_phone_joins_with_the_code_and_every_other_call_needs_its_token(path: Path) -> None:
    async def scenario() -> None:
        async with sharing_on(path) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            assert (await phone.call("GET", "/api/state"))[0] == 401  # no token
            assert await phone.join("WRONG1") == (401, {"error": "wrong-code"})
            phone.token = "not-a-token"
            assert (await phone.call("GET", "/api/state"))[0] == 401
            assert (await phone.note("hei"))[0] == 401
            phone.token = None
            code = sharing.room.code
            status, body = await phone.join(f" {code.lower()[:3]} {code.lower()[3:]} ", "Kari")
            assert status == 200 and body["device"] == {"name": "Kari", "number": 1}
            state = await phone.state()
            assert state["step"]["title"] == "Idémyldring"
            assert state["step"]["instructions"] == INSTRUCTIONS
            assert state["step"]["timer"] == {"budget_s": 900.0, "remaining_s": 900.0, "running": False}
            assert state["language"] == "nb" and state["note_limit"] == 500
            assert all(SECRET not in seen for seen in phone.seen)
        assert [d.name for d in load(path).devices] == ["Kari"]

    asyncio.run(scenario())


def test_a_note_gets_201_with_its_id_only_once_it_is_in_the_file_and_waits_there(path: Path) -> None:
    markup = "<script>alert('x')</script><b>fet</b> & <img src=x onerror=alert(1)>"

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code, "Kari")
            status, body = await phone.note(markup)
            assert status == 201 and list(body) == ["id"]
            # Read by another connection while the server still runs: it is in the file.
            in_file = load(path)
            assert [(s.id, s.text, s.status, s.author) for s in in_file.submissions] == [
                (body["id"], markup, SubmissionStatus.WAITING, "Kari")
            ]
            assert markup not in {n.text for n in in_file.notes}, "private first: not on the board"
            assert not any(n.text == markup for n in document.workshop.notes)
            state = await phone.state()
            assert state["notes"] == [{"id": body["id"], "text": markup, "status": "waiting"}]

    asyncio.run(scenario())


def test_a_resent_note_with_the_same_id_is_kept_once(path: Path) -> None:
    async def scenario() -> None:
        async with sharing_on(path) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone, other = Phone(session, base), Phone(session, base)
            await phone.join(sharing.room.code)
            await other.join(sharing.room.code)
            note_id = "ab" * 16
            assert await phone.note("Benkar", id=note_id) == (201, {"id": note_id})
            assert await phone.note("Benkar", id=note_id) == (201, {"id": note_id})
            assert await other.note("Kapring", id=note_id) == (409, {"error": "id-taken"})
            assert (await phone.note("x", id="../../etc"))[0] == 400

    asyncio.run(scenario())
    assert [s.text for s in load(path).submissions] == ["Benkar"]


def test_limits_too_long_too_large_and_empty(path: Path) -> None:
    async def scenario() -> None:
        async with sharing_on(path) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code)
            assert await phone.note("x" * 501) == (400, {"error": "too-long"})
            assert (await phone.note("x" * 500))[0] == 201
            assert await phone.note("   ") == (400, {"error": "empty"})
            assert (await phone.call("POST", "/api/notes", raw=b'{"text": "' + b"y" * 17_000 + b'"}'))[0] == 413
            assert (await phone.call("POST", "/api/join", raw=b"z" * (16 * 1024 + 1)))[0] == 413
            assert (await phone.call("POST", "/api/notes", raw=b"[1, 2]"))[0] == 400
            assert (await phone.call("POST", "/api/notes", raw=b"{not json"))[0] == 400

    asyncio.run(scenario())
    assert [len(s.text) for s in load(path).submissions] == [500]


def test_a_device_over_its_rate_limit_gets_429(path: Path) -> None:
    # No refill: the burst is the whole allowance, so the test needs no clock.
    limits = Limits(burst=3, per_second=0.0)

    async def scenario() -> None:
        async with sharing_on(path, limits=limits) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone, other = Phone(session, base), Phone(session, base)
            await phone.join(sharing.room.code)
            await other.join(sharing.room.code)
            assert [(await phone.note(f"n{i}"))[0] for i in range(4)] == [201, 201, 201, 429]
            assert (await phone.call("GET", "/api/state"))[0] == 429
            assert (await other.call("GET", "/api/state"))[0] == 200, "the limit is per device"

    asyncio.run(scenario())


def test_wrong_codes_are_rate_limited_per_address(path: Path) -> None:
    limits = Limits(wrong_codes_burst=2, wrong_codes_per_second=0.0)

    async def scenario() -> None:
        async with sharing_on(path, limits=limits) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            assert [(await phone.join("AAAAAA"))[0] for _ in range(3)] == [401, 401, 429]
            assert (await phone.join(sharing.room.code))[0] == 200, "the right code still works"

    asyncio.run(scenario())


def test_the_room_holds_at_most_its_cap_of_devices(path: Path) -> None:
    async def scenario() -> None:
        limits = Limits(max_devices=2)
        async with sharing_on(path, limits=limits) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phones = [Phone(session, base) for _ in range(3)]
            results = [(await p.join(sharing.room.code))[0] for p in phones]
            assert results == [200, 200, 429]
            sharing.room.joining_open = False
            sharing.remove_device(sharing.room.device_ids[0])
            assert (await phones[0].call("GET", "/api/state"))[0] == 401, "a removed phone's token ends"
            assert await phones[2].join(sharing.room.code) == (403, {"error": "joining-closed"})

    asyncio.run(scenario())
    assert len(load(path).devices) == 2


def test_the_default_cap_is_200_devices(path: Path) -> None:
    assert Limits().max_devices == 200


def test_tokens_end_when_sharing_stops_and_nothing_listens(path: Path) -> None:
    async def scenario() -> None:
        async with aiohttp.ClientSession() as session:
            async with sharing_on(path) as (sharing, _document, base):
                phone = Phone(session, base)
                await phone.join(sharing.room.code)
                first_code = sharing.room.code
                token = phone.token
            with pytest.raises(aiohttp.ClientConnectionError):
                await phone.call("GET", "/api/state")
            async with sharing_on(path) as (sharing, _document, base):
                assert sharing.room.code != first_code
                phone = Phone(session, base)
                phone.token = token
                assert (await phone.call("GET", "/api/state"))[0] == 401
                assert (await phone.join(first_code))[0] == 401

    asyncio.run(scenario())


def test_anonymous_writing_keeps_no_name(path: Path) -> None:
    async def scenario() -> None:
        settings = SharingSettings(anonymous=True)
        async with (
            sharing_on(path, settings=settings) as (sharing, _document, base),
            aiohttp.ClientSession() as session,
        ):
            phone = Phone(session, base)
            await phone.join(sharing.room.code, "Kari")
            assert (await phone.note("Anonym idé"))[0] == 201
            assert (await phone.state())["anonymous"] is True

    asyncio.run(scenario())
    workshop = load(path)
    assert [(d.name, d.number) for d in workshop.devices] == [("", 1)]
    assert [s.author for s in workshop.submissions] == [""]


def test_auto_release_puts_the_note_on_the_board_in_the_chosen_frame(path: Path) -> None:
    async def scenario() -> None:
        settings = SharingSettings(auto_release=True, board_id="b-ideas", frame_id="f-new")
        async with (
            sharing_on(path, settings=settings) as (sharing, _document, base),
            aiohttp.ClientSession() as session,
        ):
            phone = Phone(session, base)
            await phone.join(sharing.room.code, "Ada Lovelace")
            assert (await phone.note("Rett på tavla"))[0] == 201
            assert (await phone.state())["notes"][0]["status"] == "released"

    asyncio.run(scenario())
    workshop = load(path)
    (submission,) = workshop.submissions
    note = next(n for n in workshop.notes if n.id == submission.note_id)
    assert (note.text, note.frame_id, note.board_id) == ("Rett på tavla", "f-new", "b-ideas")
    assert note.author == "Ada Lovelace", "the participant's name, as they picked it"


def test_a_phone_is_told_503_while_the_file_refuses_writes_and_its_resend_is_saved_once(path: Path) -> None:
    """A phone is told 201 only for what is in the file. With the file made immutable (a real
    refusal, as in tests/test_write_failures.py) the note stays in memory and the phone gets
    503; the resend with the same id, once the file takes writes again, gets 201, once."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    locked = [path, path.with_name(path.name + "-wal")]

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code)
            for file in locked:
                done = subprocess.run(["chattr", "+i", str(file)], capture_output=True, text=True)
                if done.returncode != 0:
                    pytest.skip(f"cannot make files immutable here: {done.stderr.strip()}")
            try:
                assert await phone.note("Under låsing", id="cd" * 16) == (503, {"error": "not-saved"})
                assert await phone.note("Under låsing", id="cd" * 16) == (503, {"error": "not-saved"})
            finally:
                for file in locked:
                    subprocess.run(["chattr", "-i", str(file)], check=True)
            assert await phone.note("Under låsing", id="cd" * 16) == (201, {"id": "cd" * 16})
            assert not document.has_unsaved_changes

    try:
        asyncio.run(scenario())
    finally:
        for file in locked:
            subprocess.run(["chattr", "-i", str(file)], check=False)
    assert [(s.id, s.text) for s in load(path).submissions] == [("cd" * 16, "Under låsing")]


def test_a_burst_of_notes_from_many_phones_is_kept_exactly_once(path: Path) -> None:
    async def scenario() -> None:
        limits = Limits(max_devices=20)
        async with sharing_on(path, limits=limits) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phones = [Phone(session, base) for _ in range(25)]
            joined = await asyncio.gather(*(p.join(sharing.room.code, f"P{i}") for i, p in enumerate(phones)))
            assert sorted(status for status, _ in joined) == [200] * 20 + [429] * 5
            numbers = sorted(body["device"]["number"] for status, body in joined if status == 200)
            assert numbers == list(range(1, 21))
            writers = [p for p in phones if p.token]
            sent = await asyncio.gather(
                *(p.note(f"{i}-{k}") for i, p in enumerate(writers) for k in range(3)),
                *(writers[0].note("to gonger", id="ef" * 16) for _ in range(2)),
            )
            assert {status for status, _ in sent} == {201}

    asyncio.run(scenario())
    texts = sorted(s.text for s in load(path).submissions)
    assert texts == sorted([f"{i}-{k}" for i in range(20) for k in range(3)] + ["to gonger"])
