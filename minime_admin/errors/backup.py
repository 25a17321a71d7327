"""Errors of backups and restores."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, KnownError


# Backups and restore (issue #17). A backup folder is never created on the fly: a network
# share that is not mounted would otherwise quietly become an empty local folder.
class BackupFolderMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} does not exist (is the drive or network share connected?). "
        "No backup was made.",
    )


class BackupFolderNotFound(KnownError):
    """The folder to list or restore from is not there (nothing was to be written)."""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} does not exist (is the drive or network share connected?).",
    )


class BackupFolderNotWritable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} cannot be written to. No backup was made; choose another "
        "folder or change its permissions.",
    )


class BackupFolderFull(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup did not fit in {path}: the disk is full or does not take a file this "
        "large. No backup was made; the earlier backups are untouched.",
    )


class BackupNotWritten(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup could not be written to {path} ({detail}). No backup was made; the "
        "earlier backups are untouched.",
    )


class BackupMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}.")


class BackupDamaged(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} is damaged or incomplete, so it cannot be restored. It was not "
        "changed; choose an earlier backup.",
    )


class BackupNewer(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} was made by a newer version of minime-admin; update the app to "
        "restore it. The file was not changed.",
    )


class BackupWrongKey(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery key does not open the backup {path}. Check it against the recovery "
        "sheet of this database; the file was not changed.",
    )


class BackupKeyNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's keychain does not hold the key of the backup {path}: type its "
        "recovery key (on the command line, add --recover).",
    )


class RestoreTargetExists(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} already exists and was left untouched. Restore to a new file, or add "
        "--replace to put the backup in its place (the current file is backed up first).",
    )


class RestoreCurrentUnreadable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The current database {path} could not be opened to back it up before it is "
        "replaced, so it was left untouched. Move it aside yourself, then restore to its place.",
    )


class RestoreTargetInUse(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is open in minime-admin (a window or a command), so it was left untouched. "
        "Close it there, then restore again.",
    )


class DatabaseBeingRestored(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is being restored from a backup just now. Open it again when "
        "the restore has finished.",
    )


class BackupOfServerDatabase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A database on a PostgreSQL server is backed up on the server (pg_dump), not by "
        "minime-admin. Nothing was written.",
    )


__all__ = [
    "BackupDamaged",
    "BackupFolderFull",
    "BackupFolderMissing",
    "BackupFolderNotFound",
    "BackupFolderNotWritable",
    "BackupKeyNeeded",
    "BackupMissing",
    "BackupNewer",
    "BackupNotWritten",
    "BackupOfServerDatabase",
    "BackupWrongKey",
    "DatabaseBeingRestored",
    "RestoreCurrentUnreadable",
    "RestoreTargetExists",
    "RestoreTargetInUse",
]
