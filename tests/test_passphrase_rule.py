"""The one rule for a new secret typed twice (domain/passphrase.py), shared by the new
database's passphrase and the first manager's password."""

from __future__ import annotations

import pytest

from minime_admin.domain import recovery_key
from minime_admin.domain.passphrase import Hint, check_new

GOOD = "Saule, Pērkons, Daugava un Gauja"
KEY = recovery_key.encode(bytes(32))


@pytest.mark.parametrize(
    ("first", "second", "allowed", "hint"),
    [
        ("", "", False, Hint.EMPTY),
        ("kaķis", "kaķis", False, Hint.TOO_SHORT),
        ("password123", "password123", False, Hint.GUESSABLE),
        ("aaaaaaaaaa", "aaaaaaaaaa", False, Hint.GUESSABLE),
        (KEY, KEY, False, Hint.KEY_SHAPED),
        (KEY, KEY, True, Hint.MATCH),  # a manager's password: its shape harms nothing
        (KEY, "", True, Hint.MISMATCH),
        (GOOD, GOOD[:-1], False, Hint.MISMATCH),
        (GOOD, GOOD, False, Hint.MATCH),
    ],
)
def test_a_new_secret_is_long_unguessable_the_same_twice_and_not_key_shaped(
    first: str, second: str, allowed: bool, hint: Hint
) -> None:
    assert check_new(first, second, key_shape_allowed=allowed) is hint
