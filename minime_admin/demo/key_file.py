"""The demo database's key file beside it (demo/database.py says why the demo may).

Without SQLAlchemy, so that the demo's first inbox rows can be read at start before it has
loaded (store/first_page.py, #19.5).
"""

from __future__ import annotations

from pathlib import Path

from minime_admin.errors import KeyFileDamaged
from minime_admin.store.cipher_key import Secret


def key_file(path: Path) -> Path:
    return path.with_name(path.name + ".DEMO-KEY.txt")


def read_key(path: Path) -> Secret:
    try:
        lines = key_file(path).read_text("ascii").splitlines()
        hex_key = next(line for line in lines if line and not line.startswith("#"))
        raw_key = bytes.fromhex(hex_key.strip())
        if len(raw_key) != 32:
            raise ValueError("a demo key is 32 bytes")
        return Secret(raw_key=raw_key)
    except (OSError, ValueError, StopIteration, UnicodeDecodeError) as error:
        raise KeyFileDamaged(path=str(key_file(path))) from error
