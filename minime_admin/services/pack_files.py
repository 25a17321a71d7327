"""Where the inspection pack's files go and how they are read back (issue #20.3): a folder,
or the same files in one ZIP. Writing goes into a hidden staging folder beside the target,
each file hashed as it is written (the requests CSV in batches, never whole in memory),
then one rename puts the folder, or the ZIP made from it, in place: the pack appears whole
or not at all."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError

_CHUNK = 1 << 20


class PackFolderNotEmpty(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The folder {path} already holds files: choose a new or empty folder for the pack.",
    )


class PackFileExists(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A file already exists at {path}: choose a new name for the pack's ZIP."
    )


class PackNotFound(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "There is no folder or ZIP at {path}: check the pack's name."
    )


def is_zip_target(target: Path) -> bool:
    return target.suffix.lower() == ".zip"


def check_target(target: Path) -> None:
    """Refuse a target that holds anything, before any work is done."""
    if is_zip_target(target):
        if target.exists():
            raise PackFileExists(path=str(target))
    elif target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise PackFolderNotEmpty(path=str(target))


class _Hashing:
    """A file being written whose SHA-256 is kept up to date."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle, self.sha = handle, hashlib.sha256()

    def write(self, data: bytes) -> None:
        self.handle.write(data)
        self.sha.update(data)


class PackWriter:
    """The pack's files, written one by one into staging; ``finish`` puts them in place."""

    def __init__(self, target: Path) -> None:
        check_target(target)
        self.target = target
        self.digests: dict[str, str] = {}
        target.parent.mkdir(parents=True, exist_ok=True)
        self.staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.partial-"))

    @contextmanager
    def open(self, name: str) -> Iterator[_Hashing]:
        descriptor = os.open(self.staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            writer = _Hashing(handle)
            yield writer
            handle.flush()
            os.fsync(handle.fileno())
        self.digests[name] = writer.sha.hexdigest()

    def write(self, name: str, data: bytes) -> str:
        with self.open(name) as handle:
            handle.write(data)
        return self.digests[name]

    def finish(self) -> None:
        if not is_zip_target(self.target):
            if self.target.exists():
                self.target.rmdir()  # empty, checked before any work
            os.rename(self.staging, self.target)
            return
        descriptor, partial = tempfile.mkstemp(
            dir=self.target.parent, prefix=f".{self.target.name}.partial-"
        )
        try:
            with os.fdopen(descriptor, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
                    for name in sorted(self.digests):
                        archive.write(self.staging / name, arcname=name)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(partial, 0o600)
            if self.target.exists():
                raise PackFileExists(path=str(self.target))
            os.rename(partial, self.target)
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
        shutil.rmtree(self.staging, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


class PackDamaged(Exception):
    """A file of the pack could not be read back (a ZIP member fails its checks)."""


class PackReader:
    """The files of a pack folder or ZIP, by name."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive: zipfile.ZipFile | None = None
        if not path.exists():
            raise PackNotFound(path=str(path))
        if not path.is_dir():
            self.archive = zipfile.ZipFile(path)  # BadZipFile: not a pack ZIP

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()

    def names(self) -> list[str]:
        if self.archive is not None:
            return sorted(self.archive.namelist())
        return sorted(p.name for p in self.path.iterdir())

    def has(self, name: str) -> bool:
        if Path(name).name != name:
            return False
        if self.archive is not None:
            return name in self.archive.namelist()
        return (self.path / name).is_file()

    def read(self, name: str) -> bytes:
        try:
            if self.archive is not None:
                return self.archive.read(name)
            return (self.path / name).read_bytes()
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise PackDamaged(name) from error

    def sha256(self, name: str) -> str:
        digest = hashlib.sha256()
        try:
            if self.archive is not None:
                with self.archive.open(name) as member:
                    while chunk := member.read(_CHUNK):
                        digest.update(chunk)
            else:
                with (self.path / name).open("rb") as handle:
                    while chunk := handle.read(_CHUNK):
                        digest.update(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            raise PackDamaged(name) from error
        return digest.hexdigest()
