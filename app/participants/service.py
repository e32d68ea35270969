"""What the phones may do to the workshop, as plain methods over the document and the room.

The server turns HTTP into calls of these and ApiError into status codes;
tests and the load benchmark can call them without HTTP. Every change is one
`WorkshopDocument.apply`, and a phone is told "saved" only when that change is
in the file: when the file cannot be written the change waits in memory and
the phone gets 503 and resends (the same note id, so never twice).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain import voting
from app.domain.agenda import utc_now
from app.domain.dot_rules import DotRules
from app.domain.model import Device, Participant, Submission, Vote, VoteDot, Workshop, new_id
from app.domain.submissions import NOTE_TEXT_LIMIT, plan_release
from app.participants.phone_state import phone_state, voter_key
from app.participants.room import MAX_NAME, Room
from app.storage.rows import Entity

if TYPE_CHECKING:
    from app.document import WorkshopDocument

_CLIENT_ID = re.compile(r"[0-9a-f]{32}")


class ApiError(Exception):
    """A refusal the phone is told about: an HTTP status and a short machine-readable reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class SharingSettings:
    """The facilitator's choices for this session."""

    anonymous: bool = False  # notes carry no author, and joining asks for no name
    auto_release: bool = False  # notes go on the board at once instead of waiting
    board_id: str | None = None  # where phones write; None: the current step's board
    frame_id: str | None = None


class ParticipantService:
    """The room's operations on one open workshop."""

    def __init__(self, *, document: WorkshopDocument, room: Room, settings: SharingSettings) -> None:
        self.document = document
        self.room = room
        self.settings = settings

    # -- who is asking -----------------------------------------------------------

    def device_for(self, token: str | None) -> Device:
        """The device a token belongs to; ApiError 401 for a missing, wrong or ended one."""
        device_id = self.room.device_for(token) if token else None
        device = self.document.find(Device, device_id)
        if device is None:
            raise ApiError(401, "unauthorised")
        return device

    def spend(self, device: Device) -> None:
        """Count one request against the device's rate limit; ApiError 429 when over it."""
        if not self.room.allow(device.id):
            raise ApiError(429, "too-many-requests")

    # -- operations ----------------------------------------------------------------

    def join(self, code: Any, name: Any, *, address: str) -> tuple[str, Device]:
        """A phone joins with the room code: (its token, its device)."""
        (answer,) = self.join_many([(code, name, address)])
        if isinstance(answer, ApiError):
            raise answer
        return answer

    def join_many(self, requests: list[tuple[Any, Any, str]]) -> list[tuple[str, Device] | ApiError]:
        """Several phones join in one commit: [(token, device) or why not], in order."""
        workshop = self.document.workshop
        number = max((d.number for d in workshop.devices), default=0)
        devices: list[Device] = []
        answers: list[Device | ApiError] = []
        for code, name, address in requests:
            if not isinstance(code, str) or not self.room.code_matches(code):
                guessed = self.room.may_guess(address)
                answers.append(ApiError(401, "wrong-code") if guessed else ApiError(429, "too-many-requests"))
            elif not self.room.joining_open:
                answers.append(ApiError(403, "joining-closed"))
            elif self.room.count + len(devices) >= self.room.limits.max_devices:
                answers.append(ApiError(429, "room-full"))
            else:
                shown = name.strip()[:MAX_NAME] if isinstance(name, str) and not self.settings.anonymous else ""
                matches = [p for p in workshop.participants if shown and p.name.casefold() == shown.casefold()]
                number += 1
                device = Device(number, shown, matches[0].id if len(matches) == 1 else None)
                devices.append(device)
                answers.append(device)
        if devices:
            try:
                self._commit(upsert=list(devices))
            except ApiError as error:
                return [error if isinstance(a, Device) else a for a in answers]
        return [a if isinstance(a, ApiError) else (self.room.admit(a.id), a) for a in answers]

    def state(self, device: Device) -> dict[str, Any]:
        return phone_state(self.document.workshop, device, anonymous=self.settings.anonymous, now=utc_now())

    def submit(self, device: Device, text: Any, client_id: Any = None) -> Submission:
        """Keep a note from a phone; returns it once it is in the file.

        `client_id` is the id the phone chose for the note, so a resend after a
        lost answer finds the note it already sent instead of making another.
        """
        (answer,) = self.submit_many([(device, text, client_id)])
        if isinstance(answer, ApiError):
            raise answer
        return answer

    def submit_many(self, requests: list[tuple[Device, Any, Any]]) -> list[Submission | ApiError]:
        """Keep several phones' notes in one commit (released in that same commit with auto release).

        One answer per request, in order: the note as kept, or why not. Notes
        that arrive together share one transaction, so a burst from a full room
        costs one write of the file, not one per phone.
        """
        answers: list[Submission | ApiError] = []
        new: dict[str, Submission] = {}
        for device, text, client_id in requests:
            try:
                answers.append(self._new_submission(device, text, client_id, new))
            except ApiError as error:
                answers.append(error)
        if new:
            self.document.apply(upsert=self._kept(list(new.values())))
        if any(isinstance(a, Submission) for a in answers):
            try:
                self._require_saved()
            except ApiError as error:
                return [error if isinstance(a, Submission) else a for a in answers]
        return answers

    def _kept(self, submissions: list[Submission]) -> list[Entity]:
        """What one commit writes for new submissions: with auto release, already released with their notes."""
        if not self.settings.auto_release:
            return list(submissions)
        current = self.document.workshop
        plan = plan_release(
            dataclasses.replace(current, submissions=[*current.submissions, *submissions]), [s.id for s in submissions]
        )
        released = {s.id for s in plan.submissions}
        return [*(s for s in submissions if s.id not in released), *plan.upsert()]

    def _new_submission(self, device: Device, text: Any, client_id: Any, new: dict[str, Submission]) -> Submission:
        """The submission a request makes (added to `new`), or the one it already made."""
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "empty")
        if len(text) > NOTE_TEXT_LIMIT:
            raise ApiError(400, "too-long")
        if client_id is not None and (not isinstance(client_id, str) or not _CLIENT_ID.fullmatch(client_id)):
            raise ApiError(400, "bad-id")
        known = new.get(client_id) if client_id is not None else None
        known = known or self.document.find(Submission, client_id)
        if known is not None:
            if known.device_id != device.id:
                raise ApiError(409, "id-taken")
            return known
        board_id, frame_id = self._target()
        submission = Submission(
            device_id=device.id,
            board_id=board_id,
            text=text.strip(),
            frame_id=frame_id,
            author="" if self.settings.anonymous else self._author(device),
            id=client_id or new_id(),
        )
        new[submission.id] = submission
        return submission

    def add_dot(self, device: Device, vote_id: str, note_id: Any) -> VoteDot:
        """Put one dot on a note, if the vote's rules allow it (ApiError 409 with the reason if not)."""
        (answer,) = self.add_dots([(device, vote_id, note_id)])
        if isinstance(answer, ApiError):
            raise answer
        return answer

    def add_dots(self, requests: list[tuple[Device, str, Any]]) -> list[VoteDot | ApiError]:
        """Several dots in one commit, each checked against the rules with the ones before it."""
        workshop = self.document.workshop
        pending: list[VoteDot] = []
        answers: list[VoteDot | ApiError] = []
        rules: dict[str, DotRules] = {}  # per vote, counting the dots accepted before
        for device, vote_id, note_id in requests:
            try:
                dot = self._new_dot(workshop, rules, device, vote_id, note_id)
            except ApiError as error:
                answers.append(error)
                continue
            pending.append(dot)
            answers.append(dot)
        if pending:
            try:
                self._commit(upsert=list(pending))
            except ApiError as error:
                return [error if isinstance(a, VoteDot) else a for a in answers]
        return answers

    def _new_dot(
        self, workshop: Workshop, rules: dict[str, DotRules], device: Device, vote_id: str, note_id: Any
    ) -> VoteDot:
        try:
            vote = voting.find_vote(workshop, vote_id)
        except KeyError:
            raise ApiError(404, "no-such-vote") from None
        if not isinstance(note_id, str):
            raise ApiError(400, "bad-note")
        if vote.id not in rules:
            rules[vote.id] = DotRules(workshop, vote)
        refused = rules[vote.id].refusal(voter_key(device), note_id)
        if refused is not None:
            raise ApiError(409, refused.value)
        linked = device.participant_id is not None
        dot = VoteDot(
            vote_id=vote.id,
            note_id=note_id,
            participant_id=device.participant_id,
            device_id=None if linked else device.id,
        )
        rules[vote.id].add(dot)
        return dot

    def remove_dot(self, device: Device, vote_id: str, note_id: Any) -> None:
        """Take back this phone's latest dot on a note, while the vote is open."""
        vote = self._vote(vote_id)
        if not isinstance(note_id, str):
            raise ApiError(400, "bad-note")
        if not voting.is_open(vote):
            raise ApiError(409, voting.Refusal.CLOSED.value)
        dot = voting.dot_to_remove(self.document.workshop, vote.id, voter_key(device), note_id)
        if dot is None:
            raise ApiError(409, voting.Refusal.NO_DOT_TO_REMOVE.value)
        self._commit(delete=[dot])

    # -- internals -------------------------------------------------------------------

    def _vote(self, vote_id: str) -> Vote:
        try:
            return voting.find_vote(self.document.workshop, vote_id)
        except KeyError:
            raise ApiError(404, "no-such-vote") from None

    def _target(self) -> tuple[str, str | None]:
        """The board and frame phones write to now."""
        workshop = self.document.workshop
        board_id = self.settings.board_id
        frame_id = self.settings.frame_id
        if board_id is None or not self.document.has_board(board_id):
            board = workshop.opening_board()
            if board is None:
                raise ApiError(409, "no-board")
            board_id, frame_id = board.id, None
        if frame_id is not None and not any(f.id == frame_id and f.board_id == board_id for f in workshop.frames):
            frame_id = None
        return board_id, frame_id

    def _author(self, device: Device) -> str:
        participant = self.document.find(Participant, device.participant_id)
        return participant.name if participant is not None else device.name

    def _commit(self, *, upsert: list[Entity] | None = None, delete: list[Entity] | None = None) -> None:
        self.document.apply(upsert=upsert or (), delete=delete or ())
        self._require_saved()

    def _require_saved(self) -> None:
        # Each request tries the file again, so a headless server recovers without a window's retry.
        if self.document.has_unsaved_changes and not self.document.retry_pending():
            raise ApiError(503, "not-saved")
