"""The room while sharing is on: its code, the phones' tokens, and the limits that keep it safe.

Plain Python with an injected clock, no network and no Qt: the server asks the
room who a token belongs to and whether a device may make one more request.
Nothing here is written to the workshop file: a token is a secret that ends
when sharing stops, so a new session makes a new room with a new code.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# No 0/O, 1/I/L: a code read off the wall is typed without guessing. 31**6 is about
# 887 million codes, and wrong codes are rate limited per address.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MAX_DEVICES = 200
MAX_BODY_BYTES = 16 * 1024
MAX_NAME = 100


def new_room_code() -> str:
    """A fresh room code: short, upper case, no look-alike characters."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """What a person typed as a code, as the room compares it (case and spaces do not matter)."""
    return "".join(text.split()).upper().replace("-", "")


@dataclass
class TokenBucket:
    """A rate limit: `capacity` requests at once, refilled at `per_second`."""

    capacity: float
    per_second: float
    clock: Callable[[], float] = time.monotonic
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = self.capacity
        self.stamp = self.clock()

    def take(self) -> bool:
        """Spend one request; False when the limit is reached."""
        now = self.clock()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.per_second)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass(frozen=True)
class Limits:
    """How much a phone may do: a burst of `burst` requests, then `per_second`."""

    burst: float = 30
    per_second: float = 2.0
    max_devices: int = MAX_DEVICES
    wrong_codes_burst: float = 10  # per address: guessing a code takes years at this pace
    wrong_codes_per_second: float = 0.2


class Room:
    """One sharing session: the room code and the devices that joined with it."""

    def __init__(self, *, limits: Limits | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.code = new_room_code()
        self.limits = limits or Limits()
        self.joining_open = True
        self._clock = clock
        self._device_of: dict[str, str] = {}  # token -> device id
        self._buckets: dict[str, TokenBucket] = {}  # device id -> its rate limit
        self._guesses: dict[str, TokenBucket] = {}  # remote address -> wrong codes allowed

    def code_matches(self, text: str) -> bool:
        return secrets.compare_digest(normal_code(text), self.code)

    def may_guess(self, address: str) -> bool:
        """Spend one wrong-code attempt for this address; False when it has had too many."""
        bucket = self._guesses.get(address)
        if bucket is None:
            if len(self._guesses) > 10 * self.limits.max_devices:
                self._guesses.clear()  # a flood of addresses must not grow memory without end
            bucket = self._guesses[address] = TokenBucket(
                self.limits.wrong_codes_burst, self.limits.wrong_codes_per_second, self._clock
            )
        return bucket.take()

    @property
    def count(self) -> int:
        """How many phones hold a token now."""
        return len(self._device_of)

    def admit(self, device_id: str) -> str:
        """A new token for a device that joined."""
        token = secrets.token_urlsafe(32)
        self._device_of[token] = device_id
        self._buckets[device_id] = TokenBucket(self.limits.burst, self.limits.per_second, self._clock)
        return token

    def device_for(self, token: str) -> str | None:
        return self._device_of.get(token)

    def allow(self, device_id: str) -> bool:
        """Spend one request of this device's rate limit."""
        bucket = self._buckets.get(device_id)
        return bucket is not None and bucket.take()

    def remove(self, device_id: str) -> None:
        """End a device's token (the facilitator removed the phone)."""
        self._device_of = {t: d for t, d in self._device_of.items() if d != device_id}
        self._buckets.pop(device_id, None)

    @property
    def device_ids(self) -> list[str]:
        return list(dict.fromkeys(self._device_of.values()))

    def close(self) -> None:
        """Sharing stopped: every token ends."""
        self._device_of.clear()
        self._buckets.clear()
