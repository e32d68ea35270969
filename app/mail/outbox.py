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

A sent message is kept SENT_KEPT_DAYS days, for the facilitator to see it went, and then
deleted when the outbox opens: it holds the summary with people's names, and the server
has it. The file zeroes what it deletes (secure_delete), so the names leave the disk too.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.mail.errors import MailError

SCHEMA_VERSION = 1
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
    sent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS messages_due ON messages (status, next_attempt);
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


def iso(moment: float) -> str:
    """A POSIX time as fixed-width ISO 8601 UTC text, so text order is time order."""
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_COLUMNS = (
    "id, message_id, sender, recipients, subject, status, attempts, last_error, created, updated, "
    "next_attempt, sent, length(mime)"
)


def _row(values: Sequence[object]) -> OutboxMessage:
    (id_, message_id, sender, recipients, subject, status, attempts, error, created, updated, due, sent, size) = values
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

    def mark_sent(self, message_id: int, *, now: float) -> None:
        self._set(message_id, now, status=Status.SENT, last_error="", sent=iso(now))

    def mark_failed(self, message_id: int, reason: str, *, now: float, counted: bool) -> None:
        """A permanent failure: kept with its reason, not tried again by itself."""
        self._set(message_id, now, status=Status.FAILED, last_error=reason, attempts_plus=0 if counted else 1)

    def mark_uncertain(self, message_id: int, reason: str, *, now: float) -> None:
        self._set(message_id, now, status=Status.UNCERTAIN, last_error=reason)

    def postpone(self, message_id: int, reason: str, *, now: float, retry_at: float, counted: bool) -> None:
        """A temporary failure: back to "queued", due again at `retry_at`."""
        self._set(
            message_id,
            now,
            status=Status.QUEUED,
            last_error=reason,
            next_attempt=iso(retry_at),
            attempts_plus=0 if counted else 1,
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
    ) -> None:
        with self._transaction() as db:
            db.execute(
                "UPDATE messages SET status = ?, last_error = ?, attempts = attempts + ?, updated = ?, "
                "next_attempt = coalesce(?, next_attempt), sent = coalesce(?, sent) WHERE id = ?",
                (status, last_error, attempts_plus, iso(now), next_attempt, sent, message_id),
            )

    # -- the facilitator's actions ---------------------------------------------------------------

    def retry_now(self, message_id: int, *, now: float) -> bool:
        """Queue a failed, uncertain or waiting message again, due at once. False for a sent or
        sending message (sending twice is what the outbox is there to prevent)."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE messages SET status = 'queued', next_attempt = ?, updated = ? "
                "WHERE id = ? AND status IN ('queued', 'failed', 'uncertain')",
                (iso(now), iso(now), message_id),
            )
            return cursor.rowcount == 1

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
