"""Who is at the keyboard when no staff profile has been chosen yet."""

from __future__ import annotations

import getpass
import os

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor, Role
from minime_admin.errors import SignerUnknown
from minime_admin.services import users

USER_VARIABLE = "MINIME_ADMIN_USER"


def os_user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a locked-down environment
        return "unknown"


def command_line_actor() -> Actor:
    """The CLI acts as MINIME_ADMIN_USER or the operating-system user, as staff."""
    return Actor(os.environ.get(USER_VARIABLE) or os_user_name(), Role.STAFF)


def command_line_signer(session: Session) -> Actor:
    """Who signs a letter made from the command line: the known user MINIME_ADMIN_USER
    names, with their role and title; never a login name nobody entered as a person."""
    name = (os.environ.get(USER_VARIABLE) or "").strip()
    actor = users.known_actor(session, name) if name else None
    if actor is None:
        raise SignerUnknown(name=name or os_user_name())
    return actor
