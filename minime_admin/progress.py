"""How long jobs report progress and learn they were cancelled, without knowing about Qt."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total) -> keep going? total is 0 when unknown.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled a long job; whatever it did was rolled back."""


def report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and not progress(done, total):
        raise Cancelled
