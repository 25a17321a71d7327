"""Verifying a backup and restoring one (issue #17), never changing the backup itself.

A verify opens the backup read-only with the keychain's key (filed under the backup's salt,
which is the live file's) or the recovery key, runs SQLCipher's page check, SQLite's integrity
check and the audit-chain verification, and counts what it holds. A restore verifies first,
copies the backup to a hidden temp name beside the target, re-applies there the erasures that
newer copies of the same database record, and only then renames it into place: an interrupted
restore leaves no half-restored database, and never one with a person erased since brought back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from minime_admin.domain import backups as rules
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import Clock
from minime_admin.errors import (
    BackupDamaged,
    BackupKeyNeeded,
    BackupMissing,
    BackupNewer,
    BackupWrongKey,
    DatabaseDamaged,
    FileNotWritten,
    KnownError,
    NewerDatabase,
    NotEncrypted,
    RestoreCurrentUnreadable,
    RestoreTargetExists,
    WrongKey,
)
from minime_admin.services import audit, backup, files, in_use
from minime_admin.services import database as db_service
from minime_admin.services import erasure as erasure_service
from minime_admin.store import backup_file, erasure_repo, migrate, sqlcipher
from minime_admin.store.keychain import Keychain
from minime_admin.store.sqlcipher import Secret

_log = logging.getLogger(__name__)
COUNTED = ("customers", "orders", "requests", "audit_log", "breaches")


@dataclass(frozen=True)
class Verdict:
    path: Path
    size: int
    sha256: str
    database_id: str
    taken_at: datetime | None  # from the name; None for a file renamed by hand
    revision: str
    counts: dict[str, int]
    erasures: int
    problems: tuple[str, ...] = ()  # page and b-tree problems (no content)
    chain_intact: bool = False
    chain_checked: int = 0
    chain_problem: str = ""

    @property
    def intact(self) -> bool:
        return not self.problems and self.chain_intact

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "size": self.size,
            "sha256": self.sha256,
            "database_id": self.database_id,
            "taken_at": self.taken_at.isoformat() if self.taken_at else None,
            "revision": self.revision,
            "counts": self.counts,
            "erasures": self.erasures,
            "intact": self.intact,
            "problems": list(self.problems),
            "audit_chain": {
                "intact": self.chain_intact,
                "checked": self.chain_checked,
                "problem": self.chain_problem,
            },
        }


def backup_secret(path: Path, keychain: Keychain, typed: str | None) -> Secret:
    """The typed recovery key (or passphrase), else the keychain's key for the backup's
    database id, else the passphrase in MINIME_ADMIN_PASSPHRASE (a passphrase database's
    backup has its salt, so its passphrase opens it too)."""
    if not path.is_file():
        raise BackupMissing(path=str(path))
    if typed is not None:
        return db_service.secret_from_input(typed)[0]
    stored = keychain.get(sqlcipher.database_id(path)) if keychain.available else None
    if stored is not None:
        return Secret(raw_key=stored)
    passphrase = db_service.passphrase_from_environment()
    if passphrase is not None:
        return db_service.secret_from_input(passphrase)[0]
    raise BackupKeyNeeded(path=str(path))


def open_backup(path: Path, secret: Secret) -> Engine:
    """Read-only, with the key proven and the schema one this app knows."""
    if not path.is_file():
        raise BackupMissing(path=str(path))
    try:
        sqlcipher.check_file_shape(path)  # a truncated file is no whole number of pages
        engine = backup_file.open_read_only(path, secret)
    except NotEncrypted as error:
        raise BackupDamaged(path=str(path)) from error
    except WrongKey as error:
        if _sqlite_error(error) == "SQLITE_CORRUPT":  # the key read page 1: the rest is cut
            raise BackupDamaged(path=str(path)) from error
        raise BackupWrongKey(path=str(path)) from error
    except DatabaseDamaged as error:
        raise BackupDamaged(path=str(path)) from error
    try:
        revision = migrate.current_revision(engine)
        if revision is None:
            raise BackupDamaged(path=str(path))  # some other SQLCipher file
        if not migrate.is_known(revision):
            raise BackupNewer(path=str(path))
    except (DatabaseDamaged, SQLAlchemyError) as error:
        engine.dispose()
        raise BackupDamaged(path=str(path)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _sqlite_error(error: BaseException | None) -> str:
    """SQLite's error name behind a wrapped error: SQLITE_NOTADB for a wrong key,
    SQLITE_CORRUPT for a file whose first page the key did decrypt."""
    while error is not None:
        name = getattr(error, "sqlite_errorname", None)
        if name:
            return str(name)
        error = error.__cause__ or getattr(error, "orig", None)
    return ""


def verify(path: Path, keychain: Keychain, typed: str | None = None) -> Verdict:
    """Check a backup thoroughly; raises only when it cannot be opened at all."""
    secret = backup_secret(path, keychain, typed)
    engine = open_backup(path, secret)
    try:
        return _verdict(path, engine)
    finally:
        engine.dispose()


def _verdict(path: Path, engine: Engine) -> Verdict:
    digest, size = backup.file_digest(path)
    name = rules.parse_name(path.name)
    revision = migrate.current_revision(engine) or ""
    problems = backup_file.integrity_problems(engine)
    counts: dict[str, int] = {}
    erasures = 0
    intact = False
    checked, problem = 0, ""
    if not problems:
        try:
            counts = backup_file.table_counts(engine, COUNTED)
            erasures = len(backup_file.erased_stubs(engine))
            with Session(engine) as session:
                chain = audit.verify(session)
            intact, checked = chain.intact, chain.checked
            problem = "" if chain.problem is None else f"{chain.problem.seq}: {chain.problem.kind}"
        except (DatabaseDamaged, SQLAlchemyError) as error:
            problems = [type(error).__name__]
    return Verdict(
        path=path,
        size=size,
        sha256=digest,
        database_id=sqlcipher.database_id(path),
        taken_at=name.taken_at if name else None,
        revision=revision,
        counts=counts,
        erasures=erasures,
        problems=tuple(problems),
        chain_intact=intact,
        chain_checked=checked,
        chain_problem=problem,
    )


@dataclass(frozen=True)
class Restored:
    path: Path
    verdict: Verdict
    reapplied: tuple[int, ...] = ()  # customer stub ids erased again after the restore
    reference: str = ""  # which copy listed them: a backup's file name, or "current database"
    replaced_backup: Path | None = None  # the backup taken of the file that was replaced
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "from": str(self.verdict.path),
            "sha256": self.verdict.sha256,
            "reapplied_erasures": list(self.reapplied),
            "erasure_list_from": self.reference,
            "replaced_file_backed_up_to": str(self.replaced_backup or "") or None,
            "counts": self.counts,
        }


def restore(
    source: Path,
    target: Path,
    keychain: Keychain,
    actor: Actor,
    clock: Clock,
    *,
    typed: str | None = None,
    replace: bool = False,
    folder: Path | None = None,
    current: Path | None = None,
) -> Restored:
    """Restore ``source`` to ``target``: verified first, then copied, erasures re-applied,
    renamed into place. ``replace`` allows an existing ``target``, which is backed up first
    into ``folder``. ``folder`` (default: the backup folder) and ``current`` (the database in
    use, if any) are where newer erasure lists are looked for."""
    folder = folder or backup.load_settings().backup_folder()
    secret = backup_secret(source, keychain, typed)
    engine = open_backup(source, secret)
    try:
        verdict = _verdict(source, engine)
        if not verdict.intact:
            raise BackupDamaged(path=str(source))
    finally:
        engine.dispose()
    if target.exists() and not replace:
        raise RestoreTargetExists(path=str(target))
    # Held until the restored file is in place: nobody has the target open meanwhile.
    with in_use.hold_for_restore(target):
        replaced_backup = None
        if target.exists():
            if not replace:
                raise RestoreTargetExists(path=str(target))
            replaced_backup = _back_up_current(target, keychain, secret, actor, clock, folder)
            current = target
        sqlcipher.check_folder_writable(target.parent)
        newer = _newest_erasure_list(source, secret, folder, current, keychain)
        handle, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
        os.close(handle)
        temp = Path(temp_name)
        try:
            with files.writing(temp):
                shutil.copyfile(source, temp)
                backup_file.fsync_file(temp)
                reapplied, counts = _finish(temp, source, secret, newer, actor, clock)
                for suffix in ("-wal", "-shm"):
                    with contextlib.suppress(FileNotFoundError):
                        Path(f"{target}{suffix}").unlink()
                os.replace(temp, target)
                backup_file.fsync_folder(target.parent)
        except OSError as error:
            detail = error.strerror or type(error).__name__
            raise FileNotWritten(path=str(target), detail=detail) from error
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    Path(f"{temp}{suffix}").unlink()
        if secret.raw_key is not None and keychain.available:
            with contextlib.suppress(Exception):  # remembering the key is a convenience
                keychain.put(verdict.database_id, secret.raw_key)
        _log.info("restored %s; %d erasure(s) re-applied", source.name, len(reapplied))
        return Restored(target, verdict, tuple(reapplied), newer.reference, replaced_backup, counts)


def _back_up_current(
    target: Path, keychain: Keychain, secret: Secret, actor: Actor, clock: Clock, folder: Path
) -> Path:
    """The file about to be replaced, backed up as any other (its own key, or the backup's
    when it is the same database)."""
    try:
        try:
            database = db_service.open_database(target, keychain, clock=clock)
        except KnownError:
            database = db_service.open_with_secret(
                target, secret, db_service.Unlock.RECOVERY_KEY, clock=clock
            )
    except (KnownError, SQLAlchemyError) as error:
        raise RestoreCurrentUnreadable(path=str(target)) from error
    try:
        return backup.make_backup(database, folder, actor).path
    finally:
        database.close()


@dataclass(frozen=True)
class ErasureList:
    stubs: list[tuple[int, str, str | None]]
    reference: str = ""  # "current database" or a backup's file name; "" when none was found
    salt: str | None = None


def _newest_erasure_list(
    source: Path, secret: Secret, folder: Path, current: Path | None, keychain: Keychain
) -> ErasureList:
    """The erasures recorded by the newest readable copy of the same database: the current
    database if there is one, else the newest backup in ``folder`` newer than ``source``."""
    database_id = sqlcipher.database_id(source)
    candidates: list[tuple[Path, str]] = []
    if current is not None and current.is_file() and sqlcipher.database_id(current) == database_id:
        candidates.append((current, "current database"))
    with contextlib.suppress(KnownError, OSError):
        source_name = rules.parse_name(source.name)
        for listed in backup.list_backups(folder):
            if listed.name.database_id != database_id or listed.path.resolve() == source.resolve():
                continue
            if source_name is not None and listed.name <= source_name:
                continue
            candidates.append((listed.path, listed.path.name))
    for path, label in candidates:
        try:
            engine = backup_file.open_read_only(path, secret)
        except KnownError:
            continue
        try:
            return ErasureList(
                backup_file.erased_stubs(engine), label, backup_file.identity_salt(engine)
            )
        except (KnownError, SQLAlchemyError):
            continue
        finally:
            engine.dispose()
    return ErasureList([])


def _finish(
    temp: Path,
    source: Path,
    secret: Secret,
    newer: ErasureList,
    actor: Actor,
    clock: Clock,
) -> tuple[list[int], dict[str, int]]:
    """Open the copy (migrating an older one: the backup itself is its safety copy), erase
    again whoever a newer copy lists as erased, and record the restore in its audit log."""
    try:
        database = db_service.open_with_secret(
            temp, secret, db_service.Unlock.RECOVERY_KEY, clock=clock, safety_copy=lambda *_: source
        )
    except NewerDatabase as error:
        raise BackupNewer(path=str(source)) from error
    reapplied: list[int] = []
    try:
        with database.unit_of_work() as session:
            already = {stub[0] for stub in backup_file.erased_stubs(database.engine)}
            missing = [stub for stub in newer.stubs if stub[0] not in already]
            if missing and newer.salt and erasure_repo.stored_salt(session) is None:
                # Hash the re-applied stubs with the newer copy's salt, as it did.
                erasure_repo.set_identity_salt(session, bytes.fromhex(newer.salt))
            for customer_id, _erased_at, _hash in missing:
                if customer_id in already:
                    continue
                try:
                    plan = erasure_service.plan_erasure(session, customer_id)
                except KnownError:
                    continue  # not in this older copy at all: nothing of them to erase
                erasure_service.execute_erasure(
                    session, actor, plan, reason="restore", rid_remnants=False, planned_now=True
                )
                reapplied.append(customer_id)
            audit.record(
                session,
                actor,
                AuditAction.DATABASE_RESTORED,
                "database",
                database.database_id,
                reason=source.name,
                details={"reapplied_erasures": reapplied, "erasure_list_from": newer.reference},
            )
        if reapplied:
            from minime_admin.services import customer_search

            with database.unit_of_work() as session:
                customer_search.optimize_index(session)
        counts = backup_file.table_counts(database.engine, COUNTED)
    finally:
        database.close()  # folds the WAL back in: the file is whole before it is renamed
    return reapplied, counts
