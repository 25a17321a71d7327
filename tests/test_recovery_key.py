import os

import pytest

from minime_admin.domain import recovery_key


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
