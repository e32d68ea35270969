"""Messages waiting for the network, kept in a small SQLite file that survives restarts.

Each message is stored whole (its MIME bytes) with its envelope and its state:

    queued ──claim (just before DATA)──▶ sending ──250──▶ sent
       ▲                                   │
       └──── 4xx / no network (retry) ◀────┤──5xx──▶ failed (kept with the reason)
                                           └──broke during DATA / app stopped──▶ uncertain

"uncertain" is the rule for a message found in "sending" when the outbox opens (the app
stopped while handing it over) or whose connection broke during DATA: the server may have
it. It is never sent again automatically, because that could deliver it twice; the outbox
window says so, and Retry sends it again on the facilitator's word, with the same
Message-ID so mail clients that notice duplicates can fold them.

Each recipient is answered on its own (schema 2): `delivered` lists the addresses the server
took the message for, `refused` the ones it refused for good with its words. A pass sends
only to the others (`pending`), so a message that reached fourteen of fifteen is "failed"
with the one refused address named, and Retry or a corrected address reaches that person
only, never the fourteen again.

A sent message is kept SENT_KEPT_DAYS days, for the facilitator to see it went, and then
deleted when the outbox opens: it holds the summary with people's names, and the server
has it. The file zeroes what it deletes (secure_delete), so the names leave the disk too.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.mail.errors import MailError

SCHEMA_VERSION = 2
SENT_KEPT_DAYS = 30

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    sender TEXT NOT NULL,
    recipients TEXT NOT NULL,          -- JSON list of envelope addresses
    subject TEXT NOT NULL,
    mime BLOB NOT NULL,                -- the whole message, exactly as it will go out
    status TEXT NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'uncertain')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,             -- ISO 8601 UTC, like every time here
    updated TEXT NOT NULL,
    next_attempt TEXT NOT NULL,        -- when a queued message is due
    sent TEXT NOT NULL DEFAULT '',
    delivered TEXT NOT NULL DEFAULT '[]',  -- JSON list: recipients the server took it for
    refused TEXT NOT NULL DEFAULT '{}'     -- JSON object: recipient -> the server's refusal
);
CREATE INDEX IF NOT EXISTS messages_due ON messages (status, next_attempt);
"""
# Version 1 knew only whole messages: nothing was delivered to part of the recipients.
_FROM_VERSION_1 = """
ALTER TABLE messages ADD COLUMN delivered TEXT NOT NULL DEFAULT '[]';
ALTER TABLE messages ADD COLUMN refused TEXT NOT NULL DEFAULT '{}';
"""


class Status(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class OutboxMessage:
    """One row of the outbox, without its MIME bytes (see `Outbox.mime`)."""

    id: int
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    status: Status
    attempts: int
    last_error: str
    created: str
    updated: str
    next_attempt: str
    sent: str
    size: int
    delivered: tuple[str, ...] = ()
    refused: dict[str, str] = field(default_factory=dict)

    @property
    def pending(self) -> tuple[str, ...]:
        """The recipients a pass still sends to: neither delivered nor refused."""
        return tuple(r for r in self.recipients if r not in self.delivered and r not in self.refused)


def iso(moment: float) -> str:
    """A POSIX time as fixed-width ISO 8601 UTC text, so text order is time order."""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_COLUMNS = (
    "id, message_id, sender, recipients, subject, status, attempts, last_error, created, updated, "
    "next_attempt, sent, length(mime), delivered, refused"
)


def _row(values: Sequence[object]) -> OutboxMessage:
    (id_, message_id, sender, recipients, subject, status, attempts, error, created, updated, due, sent, size) = values[
        :13
    ]
    delivered, refused = values[13:]
    return OutboxMessage(
        id=int(id_),  # type: ignore[call-overload]
        message_id=str(message_id),
        sender=str(sender),
        recipients=tuple(json.loads(str(recipients))),
        subject=str(subject),
        status=Status(str(status)),
        attempts=int(attempts),  # type: ignore[call-overload]
        last_error=str(error),
        created=str(created),
        updated=str(updated),
        next_attempt=str(due),
        sent=str(sent),
        size=int(size),  # type: ignore[call-overload]
        delivered=tuple(json.loads(str(delivered))),
        refused=dict(json.loads(str(refused))),
    )


class Outbox:
    """The outbox file. Safe to use from the UI thread and one sending thread at once.

    Every change is one transaction (`BEGIN IMMEDIATE`), in WAL mode with
    `synchronous=FULL`: a state the sender acted on is on disk before it acts on the next.
    """

    def __init__(self, path: Path, *, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, *, now: float) -> Outbox:
        """Open (or create) the outbox; a message left "sending" by a stopped app becomes "uncertain"."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                db.close()
                raise MailError(
                    QCoreApplication.translate("Mail", "The outbox %1 was made by a newer Samskap.").replace(
                        "%1", str(path)
                    )
                )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA secure_delete=ON")  # a deleted message's bytes are overwritten, not left behind
            if version == 1:
                db.executescript(f"BEGIN IMMEDIATE; {_FROM_VERSION_1} PRAGMA user_version={SCHEMA_VERSION}; COMMIT;")
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as error:
            text = QCoreApplication.translate("Mail", "The outbox %1 cannot be opened: %2")
            raise MailError(text.replace("%1", str(path)).replace("%2", str(error))) from error
        outbox = cls(path, connection=db)
        outbox.recover_interrupted(now=now)
        outbox.forget_sent(now=now)
        return outbox

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- adding and reading ---------------------------------------------------------------

    def enqueue(
        self, *, message_id: str, sender: str, recipients: Sequence[str], subject: str, mime: bytes, now: float
    ) -> int:
        """Put a message in the outbox, due at once; its id."""
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO messages (message_id, sender, recipients, subject, mime, status, created, updated, "
                "next_attempt) VALUES (?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
                (message_id, sender, json.dumps(list(recipients)), subject, mime, iso(now), iso(now), iso(now)),
            )
            return int(cursor.lastrowid or 0)

    def messages(self) -> list[OutboxMessage]:
        """Every message, newest first."""
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM messages ORDER BY created DESC, id DESC").fetchall()
        return [_row(r) for r in rows]

    def get(self, message_id: int) -> OutboxMessage | None:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM messages WHERE id = ?", (message_id,)).fetchone()
        return _row(row) if row else None

    def mime(self, message_id: int) -> bytes:
        with self._lock:
            row = self._db.execute("SELECT mime FROM messages WHERE id = ?", (message_id,)).fetchone()
        if row is None:
            raise KeyError(message_id)
        return bytes(row[0])

    def due(self, *, now: float) -> list[OutboxMessage]:
        """Queued messages whose time has come, oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM messages WHERE status = 'queued' AND next_attempt <= ? ORDER BY created, id",
                (iso(now),),
            ).fetchall()
        return [_row(r) for r in rows]

    def count(self, status: Status) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM messages WHERE status = ?", (status,)).fetchone()[0])

    # -- the sender's steps ---------------------------------------------------------------------

    def claim(self, message_id: int, *, now: float) -> bool:
        """Mark a queued message "sending", committed, just before DATA; False if it is not queued
        any more (deleted, or taken by another sender)."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE messages SET status = 'sending', attempts = attempts + 1, updated = ? "
                "WHERE id = ? AND status = 'queued'",
                (iso(now), message_id),
            )
            return cursor.rowcount == 1

    def mark_sent(self, message_id: int, *, now: float, delivered: Sequence[str] = ()) -> None:
        self._set(message_id, now, status=Status.SENT, last_error="", sent=iso(now), delivered=delivered)

    def mark_failed(
        self,
        message_id: int,
        reason: str,
        *,
        now: float,
        counted: bool,
        delivered: Sequence[str] = (),
        refused: Mapping[str, str] | None = None,
    ) -> None:
        """A permanent failure (of the message, or of some recipients): kept with its reason,
        not tried again by itself. `delivered` got it all the same; `refused` did not."""
        self._set(
            message_id,
            now,
            status=Status.FAILED,
            last_error=reason,
            attempts_plus=0 if counted else 1,
            delivered=delivered,
            refused=refused,
        )

    def mark_uncertain(
        self, message_id: int, reason: str, *, now: float, refused: Mapping[str, str] | None = None
    ) -> None:
        self._set(message_id, now, status=Status.UNCERTAIN, last_error=reason, refused=refused)

    def postpone(
        self,
        message_id: int,
        reason: str,
        *,
        now: float,
        retry_at: float,
        counted: bool,
        delivered: Sequence[str] = (),
        refused: Mapping[str, str] | None = None,
    ) -> None:
        """A temporary failure: back to "queued", due again at `retry_at` (for the recipients still pending)."""
        self._set(
            message_id,
            now,
            status=Status.QUEUED,
            last_error=reason,
            next_attempt=iso(retry_at),
            attempts_plus=0 if counted else 1,
            delivered=delivered,
            refused=refused,
        )

    def note_waiting(self, message_id: int, reason: str, *, now: float) -> None:
        """Why a queued message was not tried (no password yet ...), without counting an attempt."""
        self._set(message_id, now, status=Status.QUEUED, last_error=reason)

    def _set(
        self,
        message_id: int,
        now: float,
        *,
        status: Status,
        last_error: str,
        attempts_plus: int = 0,
        next_attempt: str | None = None,
        sent: str | None = None,
        delivered: Sequence[str] = (),
        refused: Mapping[str, str] | None = None,
    ) -> None:
        """One change of state; the recipients delivered and refused in it are added in the same transaction."""
        with self._transaction() as db:
            row = db.execute("SELECT delivered, refused FROM messages WHERE id = ?", (message_id,)).fetchone()
            if row is None:
                return
            all_delivered = list(json.loads(row[0]))
            all_delivered += [r for r in delivered if r not in all_delivered]
            all_refused = dict(json.loads(row[1])) | dict(refused or {})
            db.execute(
                "UPDATE messages SET status = ?, last_error = ?, attempts = attempts + ?, updated = ?, "
                "next_attempt = coalesce(?, next_attempt), sent = coalesce(?, sent), delivered = ?, refused = ? "
                "WHERE id = ?",
                (
                    status,
                    last_error,
                    attempts_plus,
                    iso(now),
                    next_attempt,
                    sent,
                    json.dumps(all_delivered),
                    json.dumps(all_refused),
                    message_id,
                ),
            )

    # -- the facilitator's actions ---------------------------------------------------------------

    def retry_now(self, message_id: int, *, now: float) -> bool:
        """Queue a failed, uncertain or waiting message again, due at once. False for a sent or
        sending message (sending twice is what the outbox is there to prevent). The recipients
        the server refused are tried again (the facilitator may have had them fixed); the ones
        that have it already are not."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE messages SET status = 'queued', next_attempt = ?, updated = ?, refused = '{}' "
                "WHERE id = ? AND status IN ('queued', 'failed', 'uncertain')",
                (iso(now), iso(now), message_id),
            )
            return cursor.rowcount == 1

    def correct_recipients(self, message_id: int, corrections: Mapping[str, str], *, mime: bytes, now: float) -> bool:
        """Put each corrected address (`corrections`: refused address -> new address) in the place
        of the refused one, with the message as it now reads (`mime`), and queue it at once: it
        goes to the corrected addresses alone, as the others have it already. False (and nothing
        changed) unless each old address is a refused recipient of a message that waits for the
        facilitator, and each new one is not a recipient yet."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT recipients, refused FROM messages WHERE id = ? AND status IN ('failed', 'queued', 'uncertain')",
                (message_id,),
            ).fetchone()
            if row is None or not corrections:
                return False
            recipients, refused = list(json.loads(row[0])), dict(json.loads(row[1]))
            new_addresses = list(corrections.values())
            if len(set(new_addresses)) != len(new_addresses):
                return False
            for old, new in corrections.items():
                if old not in refused or new in recipients:
                    return False
                del refused[old]
                recipients[recipients.index(old)] = new
            db.execute(
                "UPDATE messages SET status = 'queued', next_attempt = ?, updated = ?, recipients = ?, refused = ?, "
                "mime = ?, last_error = '' WHERE id = ?",
                (iso(now), iso(now), json.dumps(recipients), json.dumps(refused), mime, message_id),
            )
            return True

    def next_due(self, *, after: float) -> float | None:
        """When the earliest queued message due later than `after` is due (a POSIX time), or None."""
        with self._lock:
            row = self._db.execute(
                "SELECT min(next_attempt) FROM messages WHERE status = 'queued' AND next_attempt > ?", (iso(after),)
            ).fetchone()
        if row is None or row[0] is None:
            return None
        return datetime.strptime(str(row[0]), "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()

    def delete(self, message_id: int) -> bool:
        """Remove a message, unless it is being handed over right now."""
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM messages WHERE id = ? AND status != 'sending'", (message_id,))
            return cursor.rowcount == 1

    def forget_sent(self, *, now: float, keep_days: int = SENT_KEPT_DAYS) -> int:
        """Delete the messages sent more than `keep_days` ago; returns how many."""
        cutoff = iso(now - keep_days * 24 * 3600)
        with self._transaction() as db:
            return db.execute("DELETE FROM messages WHERE status = 'sent' AND sent < ?", (cutoff,)).rowcount

    def recover_interrupted(self, *, now: float) -> int:
        """After a restart: what was "sending" may or may not have reached the server."""
        reason = QCoreApplication.translate(
            "Mail",
            "Samskap stopped while this message was being handed to the server, so it may have been delivered. "
            "Check with a recipient or in your mail's Sent folder before you send it again.",
        )
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE messages SET status = 'uncertain', last_error = ?, updated = ? WHERE status = 'sending'",
                (reason, iso(now)),
            )
            return cursor.rowcount
