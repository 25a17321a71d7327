"""The printable recovery key: the database's 256-bit raw key in groups people can copy.

Crockford base32 (no I, L, O, U), grouped in fives, with a 16-bit checksum so a typing
mistake is told apart from a key that belongs to another database.
"""

from __future__ import annotations

import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_BYTES = 32
_CHECK_BYTES = 2
_TYPO_FIXES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class RecoveryKeyTypo(ValueError):
    """The text is not a well-formed recovery key (wrong length, character or checksum)."""


def _checksum(key: bytes) -> bytes:
    return hashlib.sha256(b"minime-admin recovery key" + key).digest()[:_CHECK_BYTES]


def encode(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a recovery key encodes exactly 32 bytes")
    number = int.from_bytes(key + _checksum(key), "big")
    bits = (KEY_BYTES + _CHECK_BYTES) * 8
    length = -(-bits // 5)
    chars = [ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(length))]
    text = "".join(chars)
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def decode(text: str) -> bytes:
    cleaned = "".join(text.split()).replace("-", "").upper().translate(_TYPO_FIXES)
    bits = (KEY_BYTES + _CHECK_BYTES) * 8
    if len(cleaned) != -(-bits // 5) or any(c not in ALPHABET for c in cleaned):
        raise RecoveryKeyTypo(text)
    number = 0
    for char in cleaned:
        number = number * 32 + ALPHABET.index(char)
    if number >> bits:
        raise RecoveryKeyTypo(text)
    raw = number.to_bytes(KEY_BYTES + _CHECK_BYTES, "big")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _checksum(key) != check:
        raise RecoveryKeyTypo(text)
    return key


def looks_like_recovery_key(text: str) -> bool:
    """True for text shaped like a recovery key, even with a typo (used to pick the message).

    As the sheet says, dashes, spaces and case do not matter: 55 letters and digits in
    groups of five, typed with dashes, spaces or nothing between them. Each run between
    separators must be a whole number of groups, so a passphrase of words is not taken
    for a key.
    """
    runs = text.replace("-", " ").split()
    cleaned = "".join(runs)
    return (
        len(cleaned) == 55
        and cleaned.isascii()
        and cleaned.isalnum()
        and all(len(run) % 5 == 0 for run in runs)
    )
