"""The key of a SQLCipher file: the secret that unlocks it and the salt that names it.

Without SQLAlchemy (store/sqlcipher.py re-exports these names), so that the first rows of
the inbox can be read at start before it has loaded (store/first_page.py, #19.5).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

SALT_BYTES = 16
# SQLCipher 4's default key derivation; pinned with cipher_compatibility so that a
# passphrase database can also be opened with the derived raw key (its recovery key).
KDF_ITERATIONS = 256_000


@dataclass(frozen=True, repr=False)
class Secret:
    """What unlocks a database: a 256-bit raw key, or a passphrase for SQLCipher's KDF."""

    raw_key: bytes | None = None
    passphrase: str | None = None

    def __post_init__(self) -> None:
        if (self.raw_key is None) == (self.passphrase is None):
            raise ValueError("a Secret is either a raw key or a passphrase")

    def __repr__(self) -> str:  # never print key material
        return "Secret(raw key)" if self.raw_key else "Secret(passphrase)"

    def pragma(self) -> str:
        if self.raw_key is not None:
            return f"PRAGMA key = \"x'{self.raw_key.hex()}'\""
        assert self.passphrase is not None
        return "PRAGMA key = '{}'".format(self.passphrase.replace("'", "''"))


def derived_raw_key(passphrase: str, salt: bytes) -> bytes:
    """The raw key SQLCipher 4 derives from a passphrase and the file's salt."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)


def file_salt(path: Path) -> bytes:
    """The first 16 bytes of a SQLCipher file: its random salt, stable for its lifetime."""
    with path.open("rb") as handle:
        return handle.read(SALT_BYTES)


def database_id(path: Path) -> str:
    """Names the file's entry in the keychain; survives moving or copying the file."""
    return file_salt(path).hex()
