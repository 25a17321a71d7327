"""Per-user preferences kept with QSettings: the UI language, the staff profile, and where
the main window was and how its splitters were set.

Shared settings (the letterhead) live in the database; these belong to one person at one
desktop. When MINIME_ADMIN_DATA_DIR points somewhere (tests, a portable install), the
preferences live there too, in ``settings.ini``, so nothing touches the user's real ones.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from minime_admin import APP_NAME
from minime_admin import translation as i18n
from minime_admin.domain.actor import Actor, Role
from minime_admin.paths import DATA_DIR_VARIABLE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LANGUAGE_KEY = "ui/language"
PROFILE_NAME_KEY = "profile/name"
PROFILE_ROLE_KEY = "profile/role"
PROFILE_TITLE_KEY = "profile/title"
MAX_NAME = 100  # the audit log's actor column


def open_settings() -> QSettings:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return QSettings(str(Path(override) / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)


def language() -> str:
    stored = str(open_settings().value(LANGUAGE_KEY, "") or "")
    return stored if stored in i18n.LANGUAGES else i18n.system_language()


def save_language(code: str) -> None:
    if code not in i18n.LANGUAGES:
        raise ValueError(code)
    open_settings().setValue(LANGUAGE_KEY, code)


def staff_profile() -> Actor:
    """The chosen staff profile; by default the operating-system user, as staff."""
    # The services (SQLAlchemy, cryptography) load after the first window (#19.5).
    from minime_admin.services.profile import os_user_name

    settings = open_settings()
    name = str(settings.value(PROFILE_NAME_KEY, "") or "").strip() or os_user_name()
    role_text = str(settings.value(PROFILE_ROLE_KEY, Role.STAFF.value) or "")
    role = Role(role_text) if role_text in {r.value for r in Role} else Role.STAFF
    title = str(settings.value(PROFILE_TITLE_KEY, "") or "").strip()
    return Actor(name[:MAX_NAME], role, title[:MAX_NAME])


def profile_actor(session: Session, name: str) -> Actor:
    """The profile as the app trusts it: the role (and title) of the database's user of that
    name (nobody makes themselves a manager by typing it), else staff; the title this desktop
    saved where the database has none."""
    from minime_admin.services import users

    actor = users.profile_actor(session, name)
    if actor.title:
        return actor
    saved = str(open_settings().value(PROFILE_TITLE_KEY, "") or "").strip()
    return replace(actor, title=saved[:MAX_NAME])


def has_staff_profile() -> bool:
    """Whether the person at this desktop has said who they are (issue #15.5): until then
    the name is only the computer's login name, which never signs a letter."""
    return bool(str(open_settings().value(PROFILE_NAME_KEY, "") or "").strip())


def save_staff_profile(actor: Actor) -> None:
    """Keep the profile; a title left empty keeps the one saved before (the settings page
    edits the name only)."""
    settings = open_settings()
    settings.setValue(PROFILE_NAME_KEY, actor.name)
    settings.setValue(PROFILE_ROLE_KEY, actor.role.value)
    if actor.title:
        settings.setValue(PROFILE_TITLE_KEY, actor.title)


# -- the main window's place and its splitters (issue #15.14) --------------------------------

GEOMETRY_KEY = "window/geometry"
SPLITTER_PREFIX = "window/splitters/"


def window_geometry() -> bytes | None:
    """The main window's last size and place (QWidget.saveGeometry), if one was kept."""
    value = open_settings().value(GEOMETRY_KEY)
    return _bytes(value)


def splitter_state(name: str) -> bytes | None:
    return _bytes(open_settings().value(SPLITTER_PREFIX + name))


def save_window_layout(geometry: bytes, splitters: dict[str, bytes]) -> None:
    settings = open_settings()
    settings.setValue(GEOMETRY_KEY, QByteArray(geometry))
    for name, state in splitters.items():
        settings.setValue(SPLITTER_PREFIX + name, QByteArray(state))
    settings.sync()


def _bytes(value: object) -> bytes | None:
    """What QSettings gave back, if it is a byte string (a hand-edited file may hold text)."""
    if isinstance(value, QByteArray):
        return value.data() or None
    if isinstance(value, bytes):
        return value or None
    return None


# -- which database this desktop opens (Settings › Database, issue #18) ----------------------

DATABASE_KIND_KEY = "database/kind"  # "file" or "server"
DATABASE_FILE_KEY = "database/file"
DATABASE_URL_KEY = "database/server_url"  # never with a password: that is in the keychain
DATABASE_CA_KEY = "database/ca_file"


@dataclass(frozen=True)
class DatabaseChoice:
    """What opens at the next start when no --db is given. ``file`` empty: the default
    file in the data folder; ``server_url`` is used only when ``on_server``."""

    on_server: bool = False
    file: str = ""
    server_url: str = ""
    ca_file: str = ""


def database_choice() -> DatabaseChoice:
    settings = open_settings()

    def text(key: str) -> str:
        return str(settings.value(key, "") or "").strip()

    url = text(DATABASE_URL_KEY)
    on_server = text(DATABASE_KIND_KEY) == "server" and bool(url)
    return DatabaseChoice(on_server, text(DATABASE_FILE_KEY), url, text(DATABASE_CA_KEY))


def save_database_choice(choice: DatabaseChoice) -> None:
    """The caller passes a URL already stripped of any password (services/server_settings.py
    builds it from fields that have none); a URL still carrying one is refused, never kept."""
    if _carries_password(choice.server_url):
        raise ValueError("a server URL with a password is never saved")
    settings = open_settings()
    settings.setValue(DATABASE_KIND_KEY, "server" if choice.on_server else "file")
    settings.setValue(DATABASE_FILE_KEY, choice.file)
    settings.setValue(DATABASE_URL_KEY, choice.server_url)
    settings.setValue(DATABASE_CA_KEY, choice.ca_file)
    settings.sync()


def _carries_password(url: str) -> bool:
    """``scheme://user:password@host/...``: a colon in the part before the last ``@``."""
    authority = url.split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0]
    return "@" in authority and ":" in authority.rsplit("@", 1)[0]
