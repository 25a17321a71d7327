"""The OS keychain (Windows Credential Manager, macOS Keychain, Secret Service) via keyring.

One small interface that says whether a real keychain is there. It never falls back to a
plain-text store: without a keychain the user types a passphrase instead. keyring is
imported when a keychain is first made: the demo, which never needs one, starts without it
(#19.5).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from minime_admin.errors import KeychainUnavailable

if TYPE_CHECKING:
    import keyring.backend

SERVICE = "minime-admin"
# keyring's own plain-text and "null" backends must never hold a database key.
_UNSAFE_MODULES = ("keyrings.alt.file", "keyring.backends.null", "keyring.backends.fail")


class Keychain:
    """Keys by database id (the file's salt), as hex in the OS keychain."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        import keyring

        self._backend = backend or keyring.get_keyring()

    @property
    def available(self) -> bool:
        from keyring.backends import chainer, fail

        backend = self._backend
        if isinstance(backend, fail.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend):
            return bool(backend.backends)
        return not type(backend).__module__.startswith(_UNSAFE_MODULES)

    @property
    def name(self) -> str:
        return getattr(self._backend, "name", type(self._backend).__name__)

    def get(self, database_id: str) -> bytes | None:
        import keyring.errors

        if not self.available:
            return None
        try:
            stored = self._backend.get_password(SERVICE, database_id)
        except keyring.errors.KeyringError:
            # A locked or broken keychain reads as "no key here": the user is then asked
            # for the passphrase or recovery key, with the keychain named as the reason.
            return None
        return bytes.fromhex(stored) if stored else None

    def put(self, database_id: str, key: bytes) -> None:
        try:
            self._backend.set_password(SERVICE, database_id, key.hex())
        except Exception as error:  # backends raise more than KeyringError (D-Bus, OS errors)
            raise KeychainUnavailable(detail=type(error).__name__) from error

    def forget(self, database_id: str) -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(SERVICE, database_id)


class StartKeychain(Keychain):
    """The keychain of one start: a key read for the inbox's first rows (#19.5) is not read
    again to open the database, so a keychain that asks the user at each read (macOS's, for
    an app not yet always allowed) asks once. Writing or forgetting a key reads anew."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        super().__init__(backend)
        self._read: dict[str, bytes | None] = {}

    def get(self, database_id: str) -> bytes | None:
        if database_id not in self._read:
            self._read[database_id] = super().get(database_id)
        return self._read[database_id]

    def put(self, database_id: str, key: bytes) -> None:
        self._read.pop(database_id, None)
        super().put(database_id, key)

    def forget(self, database_id: str) -> None:
        self._read.pop(database_id, None)
        super().forget(database_id)
