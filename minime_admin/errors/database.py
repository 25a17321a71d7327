"""Errors of the encrypted database file: missing, damaged, locked, keys and passphrases."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, KnownError


class DatabaseMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "There is no database at {path}. Create one with: minime-admin --db {path} init",
    )


class DatabaseExists(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A file already exists at {path}; it was left untouched."
    )


class NotEncrypted(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is an unencrypted SQLite file, not a minime-admin database. It was not opened.",
    )


class DatabaseDamaged(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database file {path} is damaged or is not a minime-admin database. "
        "It was not changed; restore it from a backup.",
    )


class DatabaseDamagedInUse(DatabaseDamaged):
    """A page failed its check while the app was using the file (#14.9): writing stops."""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database file {path} is damaged, so the app has stopped writing to it: close "
        "the app and restore the file from your latest backup copy.",
    )


class WrongKey(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase or recovery key does not open {path}, or the file is damaged. "
        "The file was not changed.",
    )


class BadRecoveryKey(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery key has a typing mistake: check each group of five characters "
        "against the recovery sheet.",
    )


class KeyNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} needs its passphrase or recovery key: this computer's keychain does not hold "
        "its key. Set MINIME_ADMIN_PASSPHRASE, or run with --recover.",
    )


class KeychainUnavailable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The system keychain could not be used ({detail}). Nothing was changed; "
        "use a passphrase instead (MINIME_ADMIN_PASSPHRASE).",
    )


class FolderNotWritable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The folder {path} cannot be written to. minime-admin needs to write there; "
        "choose another place or change the folder's permissions.",
    )


class NotAFolder(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{path} is a file, not a folder, so nothing can be saved inside it."
    )


class NewerDatabase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was made by a newer version of minime-admin; update the app to open it. "
        "The file was not changed.",
    )


class WeakPassphrase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is too short: use at least {minimum} characters."
    )


class DatabaseBusy(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database is busy with someone else's work for longer than usual. Nothing was "
        "changed; try again in a moment.",
    )


class GuessablePassphrase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase is too easy to guess (a common word, a pattern or a repeat). Use "
        "four or five unrelated words.",
    )


class KeyShapedPassphrase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase looks like a recovery key, and would be taken for one when typed. "
        "Choose words instead.",
    )


class PassphraseRequired(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no keychain to keep the database key. Choose a passphrase of at "
        "least {minimum} characters (or set MINIME_ADMIN_PASSPHRASE).",
    )


class KeyFileDamaged(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The demo key file {path} is missing or damaged. Delete the demo folder to start "
        "a fresh demo.",
    )


class DiskFull(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "There is not enough space in {path}; nothing was saved. Free some space or choose "
        "another place.",
    )


__all__ = [
    "BadRecoveryKey",
    "DatabaseBusy",
    "DatabaseDamaged",
    "DatabaseDamagedInUse",
    "DatabaseExists",
    "DatabaseMissing",
    "DiskFull",
    "FolderNotWritable",
    "GuessablePassphrase",
    "KeyFileDamaged",
    "KeyNeeded",
    "KeyShapedPassphrase",
    "KeychainUnavailable",
    "NewerDatabase",
    "NotAFolder",
    "NotEncrypted",
    "PassphraseRequired",
    "WeakPassphrase",
    "WrongKey",
]
