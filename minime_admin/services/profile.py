"""Who is at the keyboard when no staff profile has been chosen yet."""

from __future__ import annotations

import getpass
import os

from minime_admin.domain.actor import Actor, Role

USER_VARIABLE = "MINIME_ADMIN_USER"


def os_user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in a locked-down environment
        return "unknown"


def command_line_actor() -> Actor:
    """The CLI acts as MINIME_ADMIN_USER or the operating-system user, as staff."""
    return Actor(os.environ.get(USER_VARIABLE) or os_user_name(), Role.STAFF)
