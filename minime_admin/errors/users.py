"""Errors of the app's users: names, passwords, managers."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, InvalidInput, KnownError


class UserNameNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "A user needs a name; nobody was added.")


class WrongPassword(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "The password for {name} is not right.")


class NotAManager(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} is not a manager: only a manager can sign off a breach."
    )


class UserExists(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "There is already a user called {name}.")


class ManagerNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Only a manager can add users: a manager must confirm it with their own password. "
        "Nobody was added.",
    )


class FirstUserIsManager(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The first user must be a manager, with their own password; the manager then adds "
        "the others. Nobody was added.",
    )


__all__ = [
    "FirstUserIsManager",
    "ManagerNeeded",
    "NotAManager",
    "UserExists",
    "UserNameNeeded",
    "WrongPassword",
]
