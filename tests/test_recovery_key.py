import os

import pytest

from minime_admin.domain import recovery_key
from minime_admin.errors import BadRecoveryKey
from minime_admin.services.database import Unlock, secret_from_input


def test_round_trip_and_forgiving_typing() -> None:
    key = os.urandom(32)
    text = recovery_key.encode(key)
    assert len(text.split("-")) == 11 and all(len(g) == 5 for g in text.split("-"))
    assert recovery_key.decode(text) == key
    sloppy = " ".join(text.lower().split("-")).replace("0", "o").replace("1", "l")
    assert recovery_key.decode(sloppy) == key


def test_a_changed_character_is_caught_by_the_checksum() -> None:
    text = recovery_key.encode(bytes(range(32)))
    position = 20
    replacement = "Z" if text[position] != "Z" else "Y"
    typo = text[:position] + replacement + text[position + 1 :]
    with pytest.raises(recovery_key.RecoveryKeyTypo):
        recovery_key.decode(typo)


@pytest.mark.parametrize("text", ["", "ABCDE-FGHJK", "U" * 55, "correct horse battery staple"])
def test_malformed_text_is_refused(text: str) -> None:
    with pytest.raises(recovery_key.RecoveryKeyTypo):
        recovery_key.decode(text)


def test_shape_tells_a_recovery_key_from_a_passphrase() -> None:
    assert recovery_key.looks_like_recovery_key(recovery_key.encode(os.urandom(32)))
    assert not recovery_key.looks_like_recovery_key("Ģirts Ķēniņš-Žūriņa mīl kaķus")


def _variants(text: str) -> list[str]:
    """The ways the sheet allows: with or without dashes and spaces, in any case."""
    bare = text.replace("-", "")
    return [
        text,
        text.lower(),
        bare,
        bare.lower(),
        text.replace("-", " "),
        " ".join(text.split("-")).swapcase(),
        f"  {bare[:25]} {bare[25:].lower()}\n",
        text.replace("-", " - "),
    ]


def test_every_way_of_typing_the_key_opens_as_a_recovery_key() -> None:
    key = bytes(range(32))
    for typed in _variants(recovery_key.encode(key)):
        assert recovery_key.looks_like_recovery_key(typed), typed
        assert recovery_key.decode(typed) == key
        secret, unlock = secret_from_input(typed)
        assert unlock is Unlock.RECOVERY_KEY and secret.raw_key == key


def test_a_typo_in_an_undashed_key_is_still_a_typo() -> None:
    text = recovery_key.encode(bytes(range(32))).replace("-", "").lower()
    typo = text[:20] + ("z" if text[20] != "z" else "y") + text[21:]
    assert recovery_key.looks_like_recovery_key(typo)
    with pytest.raises(BadRecoveryKey):
        secret_from_input(typo)


def test_a_passphrase_of_words_is_not_taken_for_a_key() -> None:
    words = "correct horse battery staple and eleven more simple words ok"
    assert len(words.replace(" ", "")) == 51
    phrase = words + " four"  # 55 letters, but not in groups of five
    assert not recovery_key.looks_like_recovery_key(phrase)
    assert secret_from_input(phrase)[1] is Unlock.PASSPHRASE
