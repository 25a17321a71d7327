"""How good a new database passphrase is: long enough, hard to guess, not key-shaped.

Length alone let "aaaaaaaaaa" and "password123" through. zxcvbn (Dropbox's estimator,
maintained as a Python port) scores a passphrase against dictionaries, keyboard patterns,
repeats, dates and the shop's own words; we ask for its score 3 ("safely unguessable:
moderate protection from offline attacks"), which matters here because a stolen file can be
attacked offline. A passphrase shaped like a recovery key is refused: typed later, it would
be taken for the recovery key and fail with a confusing message.
"""

from __future__ import annotations

from enum import StrEnum

from minime_admin.domain.recovery_key import looks_like_recovery_key

MIN_LENGTH = 10
MIN_SCORE = 3  # of zxcvbn's 0-4
MAX_JUDGED = 100  # zxcvbn slows down on very long input; such a length is strong anyway
SHOP_WORDS = ["minime", "mini", "me", "minime.lv", "admin", "minime-admin", "rostokas", "riga"]


class Verdict(StrEnum):
    GOOD = "good"
    TOO_SHORT = "too_short"
    GUESSABLE = "guessable"
    KEY_SHAPED = "key_shaped"


def judge(passphrase: str) -> Verdict:
    if len(passphrase) < MIN_LENGTH:
        return Verdict.TOO_SHORT
    if looks_like_recovery_key(passphrase):
        return Verdict.KEY_SHAPED
    from zxcvbn import zxcvbn  # imported when first used: a fast start (#19.5)

    if zxcvbn(passphrase[:MAX_JUDGED], user_inputs=SHOP_WORDS)["score"] < MIN_SCORE:
        return Verdict.GUESSABLE
    return Verdict.GOOD


class Hint(StrEnum):
    """What to tell someone choosing a new secret, typed twice, as they type."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"
    KEY_SHAPED = "key_shaped"
    GUESSABLE = "guessable"
    MISMATCH = "mismatch"
    MATCH = "match"  # the only one under which the secret may be used


def check_new(first: str, second: str, *, key_shape_allowed: bool = False) -> Hint:
    """The rule for a new database passphrase or manager password typed twice: long enough,
    hard to guess, the same both times, and (unless ``key_shape_allowed``: a password never
    typed where a recovery key could be) not shaped like a recovery key."""
    if not first:
        return Hint.EMPTY
    verdict = judge(first)
    if verdict is Verdict.TOO_SHORT:
        return Hint.TOO_SHORT
    if verdict is Verdict.KEY_SHAPED and not key_shape_allowed:
        return Hint.KEY_SHAPED
    if verdict is Verdict.GUESSABLE:
        return Hint.GUESSABLE
    return Hint.MISMATCH if first != second else Hint.MATCH
