"""Dot voting from phones: the vote's rules hold on the server, whatever the page does."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path

import aiohttp
import pytest

from app.domain import voting
from app.domain.model import Vote, VoteDot, VoteStatus
from tests.participants.room_support import Phone, load, make_file, room_workshop, sharing_on


def vote_file(tmp_path: Path, **fields: object) -> Path:
    workshop = room_workshop()
    vote = Vote("b-ideas", title="Beste idé", frame_id="f-new", dots_per_person=2, id="v-1")
    workshop.votes.append(dataclasses.replace(vote, **fields))  # type: ignore[arg-type]
    return make_file(tmp_path / "stemme.samskap", workshop)


def test_the_votes_rules_are_held_on_the_server(tmp_path: Path) -> None:
    path = vote_file(tmp_path)

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code, "Kari")
            vote = (await phone.state())["vote"]
            assert [c["id"] for c in vote["candidates"]] == ["n-light", "n-walk"], "only the frame's notes"
            assert (vote["dots_left"], vote["may_vote"], vote["hidden"]) == (2, True, False)
            assert await phone.dot("v-1", "n-outside") == (409, {"error": "not-in-vote"})
            assert (await phone.dot("v-1", "n-light"))[0] == 201
            assert await phone.dot("v-1", "n-light") == (409, {"error": "no-stacking"})
            assert (await phone.dot("v-1", "n-walk"))[0] == 201
            assert (await phone.state())["vote"]["dots_left"] == 0
            assert await phone.dot("v-1", "n-walk") == (409, {"error": "no-dots-left"})
            assert await phone.dot("v-nope", "n-walk") == (404, {"error": "no-such-vote"})
            assert (await phone.dot("v-1", "n-walk", remove=True))[0] == 200
            assert await phone.dot("v-1", "n-walk", remove=True) == (409, {"error": "no-dot-to-remove"})
            assert voting.rule_violations(document.workshop, "v-1") == []
            closed = dataclasses.replace(voting.find_vote(document.workshop, "v-1"), status=VoteStatus.CLOSED)
            document.apply(upsert=[closed])
            assert await phone.dot("v-1", "n-walk") == (409, {"error": "closed"})
            assert await phone.dot("v-1", "n-light", remove=True) == (409, {"error": "closed"})

    asyncio.run(scenario())
    workshop = load(path)
    (dot,) = workshop.vote_dots
    (device,) = workshop.devices
    assert (dot.note_id, dot.participant_id, dot.device_id) == ("n-light", None, device.id)
    assert voting.rule_violations(workshop, "v-1") == []


def test_stacking_when_the_vote_allows_it(tmp_path: Path) -> None:
    path = vote_file(tmp_path, allow_stacking=True, dots_per_person=3)

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code)
            assert [(await phone.dot("v-1", "n-light"))[0] for _ in range(4)] == [201, 201, 201, 409]
            candidates = (await phone.state())["vote"]["candidates"]
            assert {c["id"]: c["mine"] for c in candidates} == {"n-light": 3, "n-walk": 0}

    asyncio.run(scenario())
    assert [d.note_id for d in load(path).vote_dots] == ["n-light"] * 3


def test_a_phone_that_picked_a_participants_name_votes_as_them(tmp_path: Path) -> None:
    """One person, one budget: the facilitator's recording and the phone share the dots, and a
    vote for chosen participants refuses anonymous phones."""
    path = vote_file(tmp_path, voter_ids=["p-ada"])

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            document.apply(upsert=[VoteDot("v-1", "n-light", "p-ada", id="d-by-hand")])
            ada, anonymous = Phone(session, base), Phone(session, base)
            await ada.join(sharing.room.code, "ada lovelace")
            await anonymous.join(sharing.room.code, "Nokon")
            assert (await ada.state())["vote"]["dots_left"] == 1
            assert await ada.dot("v-1", "n-light") == (409, {"error": "no-stacking"})
            assert (await ada.dot("v-1", "n-walk"))[0] == 201
            assert (await anonymous.state())["vote"]["may_vote"] is False
            assert await anonymous.dot("v-1", "n-walk") == (409, {"error": "not-a-voter"})

    asyncio.run(scenario())
    workshop = load(path)
    assert sorted((d.participant_id, d.device_id) for d in workshop.vote_dots) == [("p-ada", None)] * 2


@pytest.mark.parametrize("hidden", [True, False])
def test_hidden_results_are_shown_only_once_revealed(tmp_path: Path, hidden: bool) -> None:
    path = vote_file(tmp_path, hidden=hidden)

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, document, base), aiohttp.ClientSession() as session:
            phones = [Phone(session, base) for _ in range(3)]
            for phone in phones:
                await phone.join(sharing.room.code)
            for phone, note in zip(phones, ["n-walk", "n-walk", "n-light"], strict=True):
                assert (await phone.dot("v-1", note))[0] == 201
            vote = (await phones[0].state())["vote"]
            assert vote["hidden"] is hidden
            if hidden:
                assert vote["results"] is None
                assert all(set(c) == {"id", "text", "mine"} for c in vote["candidates"]), "no totals leak"
            else:
                assert [(r["rank"], r["text"], r["dots"]) for r in vote["results"]] == [
                    (1, "Gangfelt", 2),
                    (2, "Lys på skolevegen", 1),
                ]
            revealed = dataclasses.replace(
                voting.find_vote(document.workshop, "v-1"), status=VoteStatus.CLOSED, revealed=True
            )
            document.apply(upsert=[revealed])
            vote = (await phones[2].state())["vote"]
            assert (vote["open"], vote["hidden"], vote["candidates"]) == (False, False, [])
            assert [(r["rank"], r["text"], r["dots"]) for r in vote["results"]] == [
                (1, "Gangfelt", 2),
                (2, "Lys på skolevegen", 1),
            ]

    asyncio.run(scenario())


def test_dots_sent_all_at_once_still_keep_the_rules(tmp_path: Path) -> None:
    """Dots that arrive together are kept in one commit (group commit), each checked against the
    ones before it: a burst cannot slip past the dot budget or the stacking rule."""
    path = vote_file(tmp_path, dots_per_person=2)

    async def scenario() -> None:
        async with sharing_on(path) as (sharing, _document, base), aiohttp.ClientSession() as session:
            phone = Phone(session, base)
            await phone.join(sharing.room.code)
            same = await asyncio.gather(*(phone.dot("v-1", "n-light") for _ in range(5)))
            assert sorted(status for status, _ in same) == [201, 409, 409, 409, 409]
            both = await asyncio.gather(*(phone.dot("v-1", "n-walk") for _ in range(3)))
            assert sorted(status for status, _ in both) == [201, 409, 409]
            assert (await phone.state())["vote"]["dots_left"] == 0

    asyncio.run(scenario())
    assert sorted(d.note_id for d in load(path).vote_dots) == ["n-light", "n-walk"]
