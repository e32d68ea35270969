"""Known problems of the mail part, each with a sentence for the facilitator."""

from __future__ import annotations


class MailError(Exception):
    """A problem the facilitator can understand and act on (not a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
