"""Backups (issue #17): a consistent, encrypted copy of the open database in a backup folder,
recorded in the audit log, and the rotation that ages old ones out.

A backup is a complete SQLCipher database keyed exactly like the live one (store/backup_file),
so the recovery key opens it on any machine; it is written under a hidden ``.part`` name that
the write journal knows (services/files.py), fsynced, and only then renamed to its backup name,
so a kill -9 or a full disk never leaves a partial file under a backup name. Each backup holds
the database's erasure stubs (ids and salted hashes), which a restore re-applies from the
newest one (services/restore.py).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine

from minime_admin import paths
from minime_admin.domain import backups as rules
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.backups import BackupName, Retention
from minime_admin.errors import (
    BackupFolderFull,
    BackupFolderMissing,
    BackupFolderNotFound,
    BackupFolderNotWritable,
    BackupNotWritten,
    BackupOfServerDatabase,
    KnownError,
    NotAFolder,
)
from minime_admin.progress import Cancelled, Progress
from minime_admin.services import audit, files
from minime_admin.services.database import Database
from minime_admin.store import backup_file, migrate, sqlcipher
from minime_admin.store.sqlcipher import Secret

_log = logging.getLogger(__name__)
SETTINGS_FILE = "backups.json"  # per computer, in the data folder: no database needed to read it
STATE_FILE = "backup-state.json"
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class BackupSettings:
    folder: str = ""  # empty: the default folder beside the data folder
    on_close: bool = True
    period_days: int = 1  # how often an automatic backup is due; 0: only on close / by hand
    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    @property
    def retention(self) -> Retention:
        return Retention(self.daily, self.weekly, self.monthly)

    def backup_folder(self) -> Path:
        """The chosen folder; the default one is made when missing (it is local, beside the
        data folder), a chosen one never is (see BackupFolderMissing)."""
        if self.folder.strip():
            return Path(self.folder)
        folder = default_folder()
        with contextlib.suppress(OSError):  # check_folder then says what is wrong
            folder.mkdir(parents=True, exist_ok=True)
        return folder

    def days_until_gone(self) -> int:
        """Within how many days an erased person is gone from every backup in the folder."""
        return self.retention.days_until_gone(max(self.period_days, 1))


def default_folder() -> Path:
    """Beside the data folder (not inside it: a copy of the data folder then holds both)."""
    data = paths.data_dir()
    return data.with_name(f"{data.name}-backups")


def load_settings() -> BackupSettings:
    try:
        stored = json.loads((paths.data_dir() / SETTINGS_FILE).read_text(encoding="utf-8"))
        known = {k: v for k, v in stored.items() if k in BackupSettings.__dataclass_fields__}
        settings = BackupSettings(**known)
        settings.retention  # noqa: B018 - refuses counts out of range
        return settings
    except (OSError, ValueError, TypeError):
        return BackupSettings()


def save_settings(settings: BackupSettings) -> None:
    settings.retention  # noqa: B018 - refuses counts out of range before anything is written
    data = json.dumps(asdict(settings), indent=2).encode("utf-8")
    files.write_atomic(paths.data_dir() / SETTINGS_FILE, data)


@dataclass(frozen=True)
class BackupState:
    """What the status bar says: the last good backup, and the last failure after it."""

    last_good: str = ""  # ISO instant
    last_failure: str = ""
    failure_kind: str = ""  # the KnownError's class name; never a path or a person

    def last_good_at(self) -> datetime | None:
        return datetime.fromisoformat(self.last_good) if self.last_good else None

    def failed_since_good(self) -> bool:
        return bool(self.last_failure) and self.last_failure > self.last_good


def load_state() -> BackupState:
    try:
        stored = json.loads((paths.data_dir() / STATE_FILE).read_text(encoding="utf-8"))
        return BackupState(
            **{
                k: str(v)
                for k, v in stored.items()
                if k in ("last_good", "last_failure", "failure_kind")
            }
        )
    except (OSError, ValueError, TypeError):
        return BackupState()


def save_state(state: BackupState) -> None:
    with contextlib.suppress(OSError):  # the status line is a convenience
        data = json.dumps(asdict(state)).encode("utf-8")
        files.write_atomic(paths.data_dir() / STATE_FILE, data)


@dataclass(frozen=True)
class BackupMade:
    path: Path
    sha256: str
    size: int
    revision: str
    taken_at: datetime
    database_id: str
    erasures: int
    forgotten: tuple[str, ...] = ()  # file names the rotation removed

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "sha256": self.sha256,
            "size": self.size,
            "revision": self.revision,
            "taken_at": self.taken_at.isoformat(),
            "database_id": self.database_id,
            "erasures": self.erasures,
            "forgotten": list(self.forgotten),
        }


def check_folder(folder: Path) -> None:
    """An existing, writable folder (a probe file proves it: permissions alone do not tell
    of a read-only mount or a network share)."""
    if not folder.exists():
        raise BackupFolderMissing(path=str(folder))
    if not folder.is_dir():
        raise NotAFolder(path=str(folder))
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".minime-probe-"):
            pass
    except OSError as error:
        raise BackupFolderNotWritable(path=str(folder)) from error


def raw_key_of(database: Database) -> bytes:
    """The key a backup is encrypted with: the live file's raw key (what the recovery key
    encodes), derived once from a passphrase if that is what opened it."""
    secret = database.secret
    if secret is None:
        raise ValueError("this database was opened without a known secret")
    if secret.raw_key is not None:
        return secret.raw_key
    return sqlcipher.derived_raw_key(
        secret.passphrase or "", sqlcipher.file_salt(file_of(database))
    )


def file_of(database: Database) -> Path:
    """The database's file; a server database is backed up on the server, not here."""
    if database.path is None or database.engine.dialect.name != "sqlite":
        raise BackupOfServerDatabase()
    return database.path


def make_app_backup(
    database: Database, actor: Actor, settings: BackupSettings, progress: Progress | None = None
) -> BackupMade:
    """The app's own backup as Settings › Backups says (scheduled or on close): into its
    folder, old ones forgotten by its retention, the outcome recorded for the status bar."""
    return make_backup(
        database,
        settings.backup_folder(),
        actor,
        progress=progress,
        retention=settings.retention,
        remember=True,
    )


def make_backup(
    database: Database,
    out: Path,
    actor: Actor,
    *,
    progress: Progress | None = None,
    retention: Retention | None = None,
    remember: bool = False,
) -> BackupMade:
    """Back ``database`` up into the folder ``out`` (or to the file ``out``).

    ``retention``: afterwards forget this database's backups in the folder that it no longer
    keeps. ``remember``: record the outcome for the status bar (the app's own backups)."""
    try:
        made = _make(database, out, actor, progress, retention)
    except KnownError as error:
        if remember:
            state = load_state()
            now = database.clock.now().isoformat()
            save_state(BackupState(state.last_good, now, type(error).__name__))
        raise
    if remember:
        save_state(BackupState(made.taken_at.isoformat()))
    return made


def _make(
    database: Database,
    out: Path,
    actor: Actor,
    progress: Progress | None,
    retention: Retention | None,
) -> BackupMade:
    path = file_of(database)
    folder, wanted_name = _target(out)
    check_folder(folder)
    database_id = database.database_id
    taken_at = database.clock.now()
    target = folder / wanted_name if wanted_name else _free_name(folder, database_id, taken_at)
    raw_key, salt = raw_key_of(database), sqlcipher.file_salt(path)
    revision = migrate.current_revision(database.engine) or ""
    made = write_copy(database.engine, target, raw_key, salt, progress)
    digest, size = made
    erasures = len(backup_file.erased_stubs(database.engine))
    with database.unit_of_work() as session:
        audit.record(
            session,
            actor,
            AuditAction.BACKUP_MADE,
            "database",
            database_id,
            reason=target.name,
            details={
                "sha256": digest,
                "size": size,
                "revision": revision,
                "taken_at": taken_at.isoformat(),
                "erasures": erasures,
            },
        )
    forgotten = forget_old(folder, database_id, retention) if retention is not None else []
    _log.info("backup %s made (%d bytes)", target.name, size)
    return BackupMade(
        target, digest, size, revision, taken_at, database_id, erasures, tuple(forgotten)
    )


def _target(out: Path) -> tuple[Path, str | None]:
    """A folder (the backup is named by time and database id) or a file name in one."""
    if out.is_dir() or not out.suffix:
        return out, None
    return out.parent, out.name


def _free_name(folder: Path, database_id: str, taken_at: datetime) -> Path:
    for serial in range(10_000):
        candidate = folder / rules.backup_name(database_id, taken_at, serial).file_name
        if not candidate.exists():
            return candidate
    raise BackupNotWritten(path=str(folder), detail="no free name")


def write_copy(
    engine: Engine, target: Path, raw_key: bytes, salt: bytes, progress: Progress | None = None
) -> tuple[str, int]:
    """The copy under a hidden temp name, fsynced, then renamed to ``target``; returns its
    SHA-256 and size. Nothing is ever left under ``target``'s name unless complete."""
    if target.exists():
        raise BackupNotWritten(path=str(target), detail=os.strerror(errno.EEXIST))
    needed = _database_size(engine)
    with contextlib.suppress(OSError):  # a share that reports no figures is tried anyway
        if shutil.disk_usage(target.parent).free < needed:
            raise BackupFolderFull(path=str(target.parent))
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as error:
        raise _write_error(error, target) from error
    os.close(handle)
    temp = Path(temp_name)
    try:
        with files.writing(temp):
            # The empty owner-only file mkstemp made: SQLite takes it as an empty database.

            def step(done: int, total: int) -> bool:
                return progress is None or progress(done, total)

            try:
                backup_file.copy_online(engine, temp, raw_key, salt, step)
            except InterruptedError as error:
                raise Cancelled() from error
            digest, size = file_digest(temp)
            os.replace(temp, target)
            backup_file.fsync_folder(target.parent)
    except (OSError, sqlcipher3.Error) as error:
        raise _write_error(error, target) from error
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return digest, size


def _database_size(engine: Engine) -> int:
    """The bytes a copy takes: pages in use (the WAL's newer pages included)."""
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    return int(pages) * sqlcipher.PAGE_SIZE


def _write_error(error: BaseException, target: Path) -> KnownError:
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno in _FULL) or "full" in text:
        return BackupFolderFull(path=str(target.parent))
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return BackupFolderNotWritable(path=str(target.parent))
    if isinstance(error, sqlcipher3.Error):
        detail = str(error)  # SQLite's own words ("disk I/O error"): no content, no path
    else:
        detail = getattr(error, "strerror", None) or type(error).__name__
    return BackupNotWritten(path=str(target.parent), detail=detail)


def file_digest(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


@dataclass(frozen=True)
class ListedBackup:
    path: Path
    name: BackupName
    size: int


def list_backups(folder: Path) -> list[ListedBackup]:
    """The backups in ``folder`` by their names, newest first (nothing is opened)."""
    if not folder.is_dir():
        raise BackupFolderNotFound(path=str(folder))
    found = []
    for entry in folder.iterdir():
        name = rules.parse_name(entry.name)
        if name is not None and entry.is_file():
            found.append(ListedBackup(entry, name, entry.stat().st_size))
    return sorted(found, key=lambda b: b.name, reverse=True)


def forget_old(folder: Path, database_id: str, retention: Retention) -> list[str]:
    """Remove the backups of ``database_id`` in ``folder`` that the rotation no longer keeps."""
    mine = [b for b in list_backups(folder) if b.name.database_id == database_id]
    forgotten = []
    for name in rules.to_forget((b.name for b in mine), retention):
        with contextlib.suppress(FileNotFoundError):
            (folder / name.file_name).unlink()
            forgotten.append(name.file_name)
    if forgotten:
        _log.info("rotation removed %d old backup(s)", len(forgotten))
    return forgotten


def migration_backup(
    engine: Engine, path: Path, secret: Secret, at: datetime, settings: BackupSettings
) -> Path | None:
    """The copy taken before a schema migration, as a regular backup in the backup folder
    (same naming, same rotation). None when the folder cannot take it: the migration layer
    then keeps its own copy beside the database, as before."""
    folder = settings.backup_folder()
    try:
        check_folder(folder)
        salt = sqlcipher.file_salt(path)
        raw = secret.raw_key or sqlcipher.derived_raw_key(secret.passphrase or "", salt)
        target = _free_name(folder, salt.hex(), at)
        write_copy(engine, target, raw, salt)
    except KnownError as error:
        _log.warning("no migration backup in the backup folder: %s", type(error).__name__)
        return None
    forget_old(folder, salt.hex(), settings.retention)
    return target
