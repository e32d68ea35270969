"""The SMTP password: in the system keyring when there is one, otherwise only in memory.

It is never written to the settings file or the outbox. Without a keyring backend
(a bare Linux session, some locked-down Windows images) the facilitator is asked once
per session and the password is forgotten when the app quits.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "Samskap SMTP"


def _usable(backend: KeyringBackend) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


class PasswordStore:
    """Passwords by key (`SmtpConfig.password_key`): the keyring if usable, memory otherwise.

    The memory copy also serves as a cache, so a keyring that asks to be unlocked does so once.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self._persistent = _usable(self._backend)
        self._memory: dict[str, str] = {}

    @property
    def persistent(self) -> bool:
        """True when passwords survive a restart (kept in the system keyring)."""
        return self._persistent

    def get(self, key: str) -> str | None:
        if key in self._memory:
            return self._memory[key]
        if not self._persistent:
            return None
        try:
            password = self._backend.get_password(SERVICE, key)
        except keyring.errors.KeyringError:
            return None
        if password is not None:
            self._memory[key] = password
        return password

    def set(self, key: str, password: str) -> bool:
        """Remember the password; True when it went into the keyring, False when memory only."""
        self._memory[key] = password
        if not self._persistent:
            return False
        try:
            self._backend.set_password(SERVICE, key, password)
        except keyring.errors.KeyringError:
            return False
        return True

    def forget(self, key: str) -> None:
        self._memory.pop(key, None)
        if self._persistent:
            # Nothing stored, or a locked keyring: either way nothing more to do.
            with contextlib.suppress(keyring.errors.KeyringError):
                self._backend.delete_password(SERVICE, key)
