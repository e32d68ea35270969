"""The join address for a chosen network, and the message when sharing cannot listen.

A laptop on a hall's Wi-Fi and a phone's hotspot at once has two addresses;
the server listens on all of them, and the facilitator picks the one phones
can reach. Plain Python: the window shows the words, this decides them.
"""

from __future__ import annotations

import errno
from enum import Enum
from urllib.parse import urlsplit


def join_url_for(join_url: str, address: str | None) -> str:
    """The same join address (port, room code) with another host: `address`, or unchanged when None."""
    if not address:
        return join_url
    parts = urlsplit(join_url)
    host = f"[{address}]" if ":" in address else address
    return parts._replace(netloc=f"{host}:{parts.port}").geturl()


def room_code_of(join_url: str) -> str:
    """The room code at the end of a join address (http://HOST:PORT/j/CODE)."""
    return urlsplit(join_url).path.rpartition("/j/")[2]


class ListenProblem(Enum):
    """Why the laptop could not start listening, as the facilitator must act on it."""

    NOT_ALLOWED = "not-allowed"  # the system or a policy refused: the IT department's firewall rule
    NO_NETWORK = "no-network"  # the address is gone: the laptop left the network
    PORT_TAKEN = "port-taken"  # only with a fixed port: the fallback handles the default one
    OTHER = "other"


def listen_problem(error: OSError) -> ListenProblem:
    """Sort an error of listening into what the facilitator can do about it."""
    if error.errno in (errno.EACCES, errno.EPERM):
        return ListenProblem.NOT_ALLOWED
    if error.errno in (errno.EADDRNOTAVAIL, errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH):
        return ListenProblem.NO_NETWORK
    if error.errno == errno.EADDRINUSE:
        return ListenProblem.PORT_TAKEN
    return ListenProblem.OTHER
