"""What a phone may see of the workshop, as one JSON-able dict.

The one place that decides what leaves the laptop: the current step's title,
room instructions and timer (never the facilitator's notes), the vote a phone
can take part in (results only once they may be shown), and the notes this
phone wrote. Texts go out as plain strings; the page shows them as text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain import voting
from app.domain.agenda import timer_budget_s, timer_remaining_s, timer_running
from app.domain.model import Device, Vote, Workshop
from app.domain.submissions import NOTE_TEXT_LIMIT

LANGUAGES = ("nb", "nn", "sv", "da", "en")


def page_language(workshop: Workshop) -> str:
    """The workshop's language if the page speaks it, else English."""
    return workshop.info.language if workshop.info.language in LANGUAGES else "en"


def voter_key(device: Device) -> str:
    """Whom a phone's dots count for: the participant it picked, else the phone itself."""
    return device.participant_id if device.participant_id is not None else device.id


def shown_vote(workshop: Workshop) -> Vote | None:
    """The vote phones see: the newest open one, else the newest vote on the current step's board."""
    open_votes = [v for v in workshop.votes if voting.is_open(v)]
    if open_votes:
        return max(open_votes, key=lambda v: v.created)
    step = workshop.current_step()
    if step is None or step.board_id is None:
        return None
    return max(voting.votes_on(workshop, step.board_id), key=lambda v: v.created, default=None)


def _step(workshop: Workshop, now: datetime) -> dict[str, Any] | None:
    step = workshop.current_step()
    if step is None:
        return None
    return {
        "id": step.id,
        "title": step.title,
        "instructions": step.room_instructions,
        "timer": {
            "budget_s": timer_budget_s(step),
            "remaining_s": round(timer_remaining_s(step, now), 1),
            "running": timer_running(step),
        },
    }


def _vote(workshop: Workshop, vote: Vote, device: Device) -> dict[str, Any]:
    key = voter_key(device)
    is_open = voting.is_open(vote)
    mine: dict[str, int] = {}
    for dot in voting.dots_of(workshop, vote.id):
        if voting.voter_of(dot) == key:
            mine[dot.note_id] = mine.get(dot.note_id, 0) + 1
    visible = voting.dots_visible(vote)
    candidates = (
        [{"id": n.id, "text": n.text, "mine": mine.get(n.id, 0)} for n in voting.notes_in_vote(workshop, vote)]
        if is_open
        else []
    )
    results = (
        [{"rank": r.rank, "text": r.note.text, "dots": r.dots} for r in voting.ranked_results(workshop, vote.id)]
        if visible
        else None
    )
    return {
        "id": vote.id,
        "title": vote.title,
        "open": is_open,
        "may_vote": is_open and key in voting.voter_keys(workshop, vote),
        "dots_per_person": vote.dots_per_person,
        "dots_left": voting.dots_left(workshop, vote, key),
        "allow_stacking": vote.allow_stacking,
        "hidden": not visible,
        "candidates": candidates,
        "results": results,
    }


def phone_state(workshop: Workshop, device: Device, *, anonymous: bool, now: datetime) -> dict[str, Any]:
    """Everything one phone is shown, at `now`."""
    vote = shown_vote(workshop)
    notes = sorted((s for s in workshop.submissions if s.device_id == device.id), key=lambda s: s.created)
    return {
        "language": page_language(workshop),
        "workshop": workshop.info.title,
        "anonymous": anonymous,
        "note_limit": NOTE_TEXT_LIMIT,
        "device": {"name": device.name, "number": device.number},
        "step": _step(workshop, now),
        "vote": _vote(workshop, vote, device) if vote is not None else None,
        "notes": [{"id": s.id, "text": s.text, "status": s.status.value} for s in notes],
    }
