"""The mail server the facilitator sets up once. No password here: see `app.mail.passwords`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Security(StrEnum):
    """How the connection to the server is protected."""

    NONE = "none"  # plain SMTP: only for a server on the local network that needs nothing else
    STARTTLS = "starttls"  # usually port 587
    TLS = "tls"  # implicit TLS ("SMTPS"), usually port 465


DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.TLS: 465}


@dataclass(frozen=True)
class SmtpConfig:
    """Host, port, security, user name and the From address of the facilitator's mail server."""

    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""  # empty: the server needs no login
    from_address: str = ""
    from_name: str = ""

    @property
    def needs_password(self) -> bool:
        return bool(self.user)

    @property
    def password_key(self) -> str:
        """What the password is filed under: one per user, server and port."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def complete(self) -> bool:
        return bool(self.host.strip()) and 0 < self.port < 65536 and bool(self.from_address.strip())
