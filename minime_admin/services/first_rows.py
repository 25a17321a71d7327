"""The inbox's first rows at start, read while the rest of the app still loads (#19.5).

Only where the key is known without asking: the demo's key file, or the keychain's key for
this file. A passphrase, a recovery, a server, or anything that fails here: no early rows,
and the start goes on exactly as without them (store/first_page.py says why it may fail).
Imports neither SQLAlchemy nor the other services: that is its point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from minime_admin.domain.inbox_row import INBOX_PAGE, RequestRow
from minime_admin.store import first_page
from minime_admin.store.cipher_key import Secret, database_id
from minime_admin.store.keychain import Keychain


@dataclass(frozen=True)
class FirstRows:
    rows: list[RequestRow]
    today: date  # the shop's day they were read for: their countdowns count from it


def read(path: Path, secret: Secret | None, today: date) -> FirstRows | None:
    if secret is None:
        return None
    rows = first_page.read_first_page(path, secret, today, INBOX_PAGE)
    return None if rows is None else FirstRows(rows, today)


def demo_secret(path: Path) -> Secret | None:
    from minime_admin.demo.key_file import read_key
    from minime_admin.errors import KnownError

    try:
        return read_key(path)
    except KnownError:  # the open says so, in its own words
        return None


def keychain_secret(path: Path, keychain: Keychain) -> Secret | None:
    try:
        raw_key = keychain.get(database_id(path))
    except Exception:  # a keychain that fails here fails the open too, which explains it
        return None
    return Secret(raw_key=raw_key) if raw_key else None
