"""Personal data in a workshop: what it holds about people, and how to take a person out of it.

Pure functions over the model, for File > Personal data… (widgets/personal_data/) and its
tests. A person stands in a workshop in two ways: as a participant (by id: their dots, the
phones that joined under their name, the stakeholder made from them) and by name (the
author of a note, the name a phone was given, the one responsible for an action). Names
are compared as people type them: case and runs of spaces do not matter.

Removing a person keeps the work and drops the person: notes stay without an author, dots
stay as anonymous dots (so every vote's counts stay as they were), a stakeholder that is
the person keeps its place on the map under its organisation or category. Every place a
person can stand is one rule in `_PLACES`; a later place (a meeting's attendees) is one
more rule there, and `inventory` gains the line that shows it.

Names written inside a note's text are not looked for: free text cannot be told apart
from a name by a rule, and README says so.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from app.domain.model import (
    Device,
    Participant,
    Stakeholder,
    StakeholderCategory,
    VoteDot,
    VoteStatus,
    Workshop,
)

E = TypeVar("E", bound=Any)

# Stakeholders of these categories are private persons (a citizen, a user of a service); the
# others are roles and organisations (a mayor's office, a business), public by their nature.
PERSON_CATEGORIES: frozenset[StakeholderCategory] = frozenset({StakeholderCategory.CITIZENS, StakeholderCategory.USERS})


def name_key(name: str) -> str:
    """A name as compared: case and spacing as people happen to type them do not matter."""
    return " ".join(name.split()).casefold()


def same_name(a: str, b: str) -> bool:
    """Whether two names are the same person's name (an empty name is nobody's)."""
    key = name_key(a)
    return bool(key) and key == name_key(b)


@dataclass(frozen=True)
class Person:
    """Whom a removal is about: a participant (with their name), or a name found without one."""

    name: str
    participant_id: str | None = None


@dataclass(frozen=True)
class Voter:
    """One voter's dots over all votes: a participant, or a phone that voted as itself."""

    person: Person | None  # None for a phone without a name: already anonymous
    dots: int
    votes: int
    phone: int | None = None  # the phone's number ("anonymous 3") when a phone voted as itself


@dataclass(frozen=True)
class Inventory:
    """What a workshop holds about people, section by section, as File > Personal data… shows it."""

    facilitator: str
    participants: list[Participant]
    note_authors: list[tuple[str, int]]  # name, notes; most notes first
    voters: list[Voter]
    person_stakeholders: list[Stakeholder]  # categories citizens and users
    phones: list[Device]  # phones that joined with a name
    phone_authors: list[tuple[str, int]]  # names on notes sent from phones, released or waiting
    action_owners: list[tuple[str, int]]  # names responsible for actions

    def people(self) -> list[Person]:
        """Everyone a removal can be about: the participants, then each other name found, once."""
        found = [Person(p.name, p.id) for p in self.participants]
        seen = {name_key(p.name) for p in self.participants}
        others = [
            *(name for name, _count in self.note_authors),
            *(d.name for d in self.phones),
            *(name for name, _count in self.phone_authors),
            *(s.name for s in self.person_stakeholders),
            *(name for name, _count in self.action_owners),
        ]
        for name in others:
            if name_key(name) and name_key(name) not in seen:
                seen.add(name_key(name))
                found.append(Person(name))
        return found


def _counted(names: Iterable[str]) -> list[tuple[str, int]]:
    """Names with how often each occurs (spelled as first met), most first, then by name."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for name in names:
        key = name_key(name)
        if key:
            spelling.setdefault(key, name.strip())
            counts[key] += 1
    return sorted(((spelling[k], n) for k, n in counts.items()), key=lambda item: (-item[1], name_key(item[0])))


def inventory(workshop: Workshop) -> Inventory:
    """What `workshop` holds about people."""
    participants = {p.id: p for p in workshop.participants}
    devices = {d.id: d for d in workshop.devices}
    dots: Counter[str] = Counter()
    votes: dict[str, set[str]] = {}
    for dot in workshop.vote_dots:
        voter = dot.participant_id or dot.device_id or ""
        dots[voter] += 1
        votes.setdefault(voter, set()).add(dot.vote_id)
    voters = []
    for voter_id, count in dots.items():
        device = devices.get(voter_id)
        if voter_id in participants:
            person: Person | None = Person(participants[voter_id].name, voter_id)
        else:
            person = Person(device.name) if device is not None and name_key(device.name) else None
        voters.append(Voter(person, count, len(votes[voter_id]), device.number if device is not None else None))
    voters.sort(key=lambda v: (v.person is None, name_key(v.person.name) if v.person else "", v.phone or 0))
    return Inventory(
        facilitator=workshop.info.facilitator,
        participants=list(workshop.participants),
        note_authors=_counted(n.author for n in workshop.notes),
        voters=voters,
        person_stakeholders=[s for s in workshop.stakeholders if s.category in PERSON_CATEGORIES],
        phones=sorted((d for d in workshop.devices if name_key(d.name)), key=lambda d: d.number),
        phone_authors=_counted(s.author for s in workshop.submissions),
        action_owners=_counted(a.who for a in workshop.actions),
    )


# -- changes ------------------------------------------------------------------------------------


@dataclass
class Redaction:
    """The entities a removal or anonymisation writes and deletes: one `WorkshopDocument.apply()`."""

    upsert: list[Any] = field(default_factory=list)  # entities: the model's dataclasses
    delete: list[Any] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.upsert and not self.delete


@dataclass(frozen=True)
class Labels:
    """Words the rules write into the workshop, given by the caller in the user's language."""

    participant: Callable[[int], str] = lambda number: f"Participant {number}"
    category: Callable[[StakeholderCategory], str] = lambda category: str(category)


class _Edits:
    """The entities changed so far, each in its latest version, so two rules can change one entity."""

    def __init__(self, workshop: Workshop, labels: Labels) -> None:
        self.workshop = workshop
        self.labels = labels
        self._changed: dict[tuple[type, str], Any] = {}

    def current(self, entity: E) -> E:
        """The entity as the rules so far left it."""
        return cast(E, self._changed.get((type(entity), entity.id), entity))

    def set(self, entity: Any, **fields: Any) -> None:
        now = self.current(entity)
        if any(getattr(now, k) != v for k, v in fields.items()):
            self._changed[(type(entity), entity.id)] = dataclasses.replace(now, **fields)

    def add(self, entity: Any) -> None:
        self._changed[(type(entity), entity.id)] = entity

    def upserts(self) -> list[Any]:
        return list(self._changed.values())


def _notes(edits: _Edits, person: Person, _replacement: str) -> None:
    for note in edits.workshop.notes:
        if same_name(note.author, person.name):
            edits.set(note, author="")


def _phones(edits: _Edits, person: Person, _replacement: str) -> None:
    """A phone that joined as the person loses the name and the link; its notes lose their author."""
    for device in edits.workshop.devices:
        if person.participant_id is not None and device.participant_id == person.participant_id:
            edits.set(device, name="", participant_id=None)
        elif same_name(device.name, person.name):
            edits.set(device, name="")
    for submission in edits.workshop.submissions:
        if same_name(submission.author, person.name):
            edits.set(submission, author="")


def _dots(edits: _Edits, person: Person, _replacement: str) -> None:
    """The participant's dots go on as one anonymous voter's: each vote's counts and budgets stay.

    A dot's voter is a participant or a phone (the file's CHECK); an anonymous phone is the
    model's anonymous voter, so the dots move to one: the phone the person joined with, or a
    new one that never joined.
    """
    if person.participant_id is None:
        return
    dots = [d for d in edits.workshop.vote_dots if d.participant_id == person.participant_id]
    if not dots:
        return
    linked = sorted(
        (d for d in edits.workshop.devices if d.participant_id == person.participant_id), key=lambda d: d.number
    )
    if linked:
        device_id = linked[0].id
    else:
        number = max((d.number for d in edits.workshop.devices), default=0) + 1
        anonymous = Device(number=number, joined=min(_created(edits.workshop, dots)))
        edits.add(anonymous)
        device_id = anonymous.id
    for dot in dots:
        edits.set(dot, participant_id=None, device_id=device_id)


def _created(workshop: Workshop, dots: list[VoteDot]) -> list[str]:
    """When the votes of these dots were made: a phone that never joined is dated by its first vote."""
    votes = {v.id: v for v in workshop.votes}
    return [votes[d.vote_id].created for d in dots if d.vote_id in votes] or [workshop.info.created]


def _voter_lists(edits: _Edits, person: Person, _replacement: str) -> None:
    """The participant leaves the votes they were chosen for. A vote they alone were chosen for is
    closed as it leaves them: an empty list would open it to everyone, and an id that names nobody
    is a reference to a missing entry (app/domain/validation.py)."""
    for vote in edits.workshop.votes:
        if person.participant_id not in vote.voter_ids:
            continue
        rest = [i for i in vote.voter_ids if i != person.participant_id]
        if rest:
            edits.set(vote, voter_ids=rest)
        else:
            edits.set(vote, voter_ids=[], status=VoteStatus.CLOSED)


def _stakeholders(edits: _Edits, person: Person, replacement: str) -> None:
    """A stakeholder that is the person keeps its place under another name; their address goes."""
    email = ""
    if person.participant_id is not None:
        participant = next((p for p in edits.workshop.participants if p.id == person.participant_id), None)
        email = participant.email if participant is not None else ""
    for stakeholder in edits.workshop.stakeholders:
        now: Stakeholder = edits.current(stakeholder)
        fields: dict[str, object] = {}
        if person.participant_id is not None and stakeholder.participant_id == person.participant_id:
            fields["participant_id"] = None
        if same_name(now.name, person.name):
            fields["name"] = replacement or now.organisation.strip() or edits.labels.category(now.category)
        if name_key(email) and name_key(email) in name_key(now.contact):
            fields["contact"] = ""
        if fields:
            edits.set(stakeholder, **fields)


def _actions(edits: _Edits, person: Person, replacement: str) -> None:
    for action in edits.workshop.actions:
        if same_name(action.who, person.name):
            edits.set(action, who=replacement)


# Every place a person can stand in a workshop: each rule changes that place for one person.
# `replacement` is what their name becomes where a name must stay ("" when they are removed,
# "Participant 3" when the participants are anonymised); authors are always cleared.
_PLACES: tuple[Callable[[_Edits, Person, str], None], ...] = (
    _notes,
    _phones,
    _dots,
    _voter_lists,
    _stakeholders,
    _actions,
)


def removal(workshop: Workshop, person: Person, labels: Labels | None = None) -> Redaction:
    """The changes that take `person` out of `workshop`: the participant goes, the work stays."""
    edits = _Edits(workshop, labels or Labels())
    for rule in _PLACES:
        rule(edits, person, "")
    gone = [p for p in workshop.participants if p.id == person.participant_id]
    return Redaction(upsert=edits.upserts(), delete=gone)


def anonymisation(workshop: Workshop, labels: Labels | None = None) -> Redaction:
    """The changes that anonymise every participant: "Participant 1..n" in the workshop's order,
    no email, no note authors at all; dots stay theirs, so the votes read as before."""
    labels = labels or Labels()
    edits = _Edits(workshop, labels)
    for number, participant in enumerate(workshop.participants, start=1):
        label = labels.participant(number)
        person = Person(participant.name)  # by name only: their dots and phones stay theirs
        for rule in (_notes, _phones, _stakeholders, _actions):
            rule(edits, person, label)
        edits.set(participant, name=label, email="")
        _unlink_contact(edits, participant)
    for note in workshop.notes:
        edits.set(note, author="")
    for submission in workshop.submissions:
        edits.set(submission, author="")
    for device in workshop.devices:
        edits.set(device, name="")
    return Redaction(upsert=edits.upserts())


def _unlink_contact(edits: _Edits, participant: Participant) -> None:
    """A stakeholder made from a participant keeps the link, but not the address."""
    if not name_key(participant.email):
        return
    for stakeholder in edits.workshop.stakeholders:
        if name_key(participant.email) in name_key(edits.current(stakeholder).contact):
            edits.set(stakeholder, contact="")
