"""What can be dropped on the Shop data page: a small registry the file importers join.

A file importer (CSV, access log, newsletter list) registers a ``FileKind``: the label the
page lists, the extensions it takes, an optional sniffer for a closer look at the file, and
the handler that takes the dropped file over (typically opening its preview). A handler
refuses a file by raising a KnownError: the page shows its sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileKind:
    label: Callable[[], str]  # translated when asked, so a language change follows
    extensions: tuple[str, ...]  # lower case, with the dot: (".csv",); (): the sniffer decides
    handle: Callable[[Path], None]
    sniff: Callable[[Path], bool] | None = None  # True: this file is of this kind

    def takes(self, path: Path) -> bool:
        if self.extensions and path.suffix.lower() not in self.extensions:
            return False
        return self.sniff is None or self.sniff(path)


class DropRegistry:
    def __init__(self) -> None:
        self._kinds: list[FileKind] = []

    def register(self, kind: FileKind) -> None:
        self._kinds.append(kind)

    @property
    def kinds(self) -> tuple[FileKind, ...]:
        return tuple(self._kinds)

    def find(self, path: Path) -> FileKind | None:
        """The first registered kind that takes ``path`` (registration order decides)."""
        return next((kind for kind in self._kinds if kind.takes(path)), None)
