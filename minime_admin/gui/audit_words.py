"""Reasons the app writes into the audit log as codes, in the user's language (#15.12).

A reason is mostly a reference (a request's or breach's number) or text a person typed,
shown as it is; these few the app writes itself, and the audit page puts them into words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minime_admin.demo.customers import DEMO_REASON
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.services.database import Unlock
from minime_admin.services.retention import SWEEP_ERASURE_REASON

# Reasons the app itself writes as codes: how a new database was unlocked, the
# demo's invented data, why a sweep erased.
REASON_WORDS: dict[str, str] = {
    Unlock.KEYCHAIN: QT_TRANSLATE_NOOP("audit_actions", "key in the keychain"),
    Unlock.PASSPHRASE: QT_TRANSLATE_NOOP("audit_actions", "passphrase"),
    Unlock.RECOVERY_KEY: QT_TRANSLATE_NOOP("audit_actions", "recovery key"),
    Unlock.DEMO_KEY: QT_TRANSLATE_NOOP("audit_actions", "demo key"),
    DEMO_REASON: QT_TRANSLATE_NOOP("audit_actions", "invented demo data"),
    SWEEP_ERASURE_REASON: QT_TRANSLATE_NOOP(
        "audit_actions", "Retention: every record of the customer outlived its rule"
    ),
}


def reason_words(reason: str) -> str:
    """A reason the app wrote as a code, in words; a reference or typed text as it is."""
    source = REASON_WORDS.get(reason)
    return QCoreApplication.translate("audit_actions", source) if source else reason
