"""The public version of a meeting's record (offentleglova): people named by role, not by name.

Meeting records of a municipality can be requested by anyone, so the public
version leaves out what identifies private persons: participants' names and
emails become their role or organisation, wherever the names occur (an action's
"who", a decision, a note's text); note authors are left out; stakeholders in
the categories citizens and users are named by the role of the participant
they stand for, else their organisation, else their category. The
facilitator, who acts for the municipality, stays named.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from app.domain.model import Participant, Stakeholder, StakeholderCategory
from app.domain.stakeholders import category_title
from app.summary.catalogue import Catalogue
from app.summary.record import MeetingRecord
from app.summary.texts import Texts

_PRIVATE_CATEGORIES = (StakeholderCategory.CITIZENS, StakeholderCategory.USERS)


def public_record(record: MeetingRecord, texts: Texts, catalogue: Catalogue) -> MeetingRecord:
    """The record with people's names replaced; the original is not changed."""
    workshop = record.workshop
    stand_ins = {p.id: _stand_in(p, number, texts) for number, p in enumerate(workshop.participants, start=1)}
    scrub = _scrubber({p.name: stand_ins[p.id] for p in workshop.participants})
    roles = {p.id: p.role.strip() for p in workshop.participants}

    def person(participant: Participant) -> Participant:
        return dataclasses.replace(participant, name=stand_ins.get(participant.id, ""), email="", role="")

    def stakeholder(s: Stakeholder) -> Stakeholder:
        s = _scrubbed(s, scrub)
        if s.category not in _PRIVATE_CATEGORIES:
            return s
        role = roles.get(s.participant_id or "", "")
        name = role or s.organisation.strip() or category_title(s.category, catalogue.translate)
        return dataclasses.replace(s, name=name, contact="")

    lists: dict[str, list[Any]] = {}
    for entry in dataclasses.fields(workshop):
        if entry.name == "info":
            continue
        items = getattr(workshop, entry.name)
        if entry.name == "participants":
            lists[entry.name] = [person(p) for p in items]
        elif entry.name == "stakeholders":
            lists[entry.name] = [stakeholder(s) for s in items]
        else:
            lists[entry.name] = [_scrubbed(item, scrub) for item in items]
    lists["notes"] = [dataclasses.replace(n, author="") for n in lists["notes"]]
    lists["devices"] = [dataclasses.replace(d, name="") for d in lists["devices"]]
    lists["submissions"] = [dataclasses.replace(s, author="") for s in lists["submissions"]]
    info = dataclasses.replace(workshop.info, title=scrub(workshop.info.title))
    public = dataclasses.replace(workshop, info=info, **lists)
    by_id = {p.id: p for p in lists["participants"]}
    return dataclasses.replace(
        record,
        workshop=public,
        title=scrub(record.title),
        place=scrub(record.place),
        attendees=[by_id.get(p.id) or person(p) for p in record.attendees],
        agenda=[_scrubbed(s, scrub) for s in record.agenda],
        decisions=[_scrubbed(d, scrub) for d in record.decisions],
        actions=[_scrubbed(a, scrub) for a in record.actions],
        public=True,
    )


def _stand_in(participant: Participant, number: int, texts: Texts) -> str:
    """ "Fysioterapeut, Fjellvik kommune"; a participant with neither is "Deltaker 3"."""
    parts = [part.strip() for part in (participant.role, participant.organisation) if part.strip()]
    return ", ".join(parts) if parts else f"{texts['participant']} {number}"


def _scrubber(names: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces every whole occurrence of a name, longest names first."""
    names = {" ".join(name.split()): stand_in for name, stand_in in names.items() if name.strip()}
    if not names:
        return lambda text: text
    ordered = sorted(names, key=len, reverse=True)
    folded = {name.casefold(): names[name] for name in ordered}
    # A name may be written with other spaces or case ("kari  nordmann"): match words apart by any space.
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in ordered)
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def scrub(text: str) -> str:
        return pattern.sub(lambda m: folded.get(" ".join(m.group(0).split()).casefold(), ""), text)

    return scrub


def _scrubbed(item: Any, scrub: Callable[[str], str]) -> Any:
    """The entity with every text field scrubbed (ids and colours hold no names and come back as they were)."""
    changes = {
        f.name: scrub(value)
        for f in dataclasses.fields(item)
        # type() is str, not isinstance: the enums (status, kind, category) are str too and stay as they are.
        if type(value := getattr(item, f.name)) is str and value and not f.name.endswith("id")
    }
    return dataclasses.replace(item, **changes)
