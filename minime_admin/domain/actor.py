"""Who is doing something: the staff profile an audit entry names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    STAFF = "staff"
    MANAGER = "manager"


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role = Role.STAFF
    title: str = ""  # how letters sign them, as they wrote it (e.g. "Vadītāja")
