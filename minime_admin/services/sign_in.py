"""Who is who (issue #18.3): the audit log's "who" is a signed-in user, never a typed name.

Every staff member has a user row (``staff_users``) with their role in the app (staff or
manager). How a person is tied to their row depends on where the data lives:

- **A file** (SQLCipher, one desktop or a shared file): whoever unlocks it chooses who they
  are from the users, when there are several (gui/sign_in_dialog.py); the chosen row gives
  the actor's name, role and title. The file's key is the lock; the choice is the name.
- **A server** (PostgreSQL): each person signs in with their own database role, and the
  server knows it (``current_user``). ``actor_for_role`` maps that role to the user row a
  manager linked it to (``link_role``); a role linked to nobody is refused, so nobody works
  on a server under a name they typed. pg-server's URL opening calls ``signed_in_actor``.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from minime_admin.services import audit, users
from minime_admin.store import user_repo


class RoleNotLinked(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database role {role} is not linked to any user of the app, so it cannot work "
        "here: a manager links it to the person's user first.",
    )


class RoleTaken(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The database role {role} is linked to {name} already. Nothing was changed."
    )


class UserUnknown(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "There is no user called {name}. Nothing was changed."
    )


def actor_for_role(session: Session, role_name: str) -> Actor:
    """The user a database role is linked to, as the actor every audit entry names."""
    user = user_repo.by_db_role(session, role_name)
    if user is None:
        raise RoleNotLinked(role=role_name[:63])
    return Actor(user.name, Role(user.role), user.title)


def signed_in_actor(session: Session) -> Actor | None:
    """On a server, the actor of the role this session signed in with; None on a file."""
    role = user_repo.current_db_role(session)
    return actor_for_role(session, role) if role is not None else None


def link_role(session: Session, user_name: str, role_name: str, by: tuple[str, str]) -> None:
    """Link a database role to a user; only a manager may, proven by ``by`` (name and
    password), as for adding a user. Audited with ids only."""
    approver, _key = users.unlock_signing_key(session, *by)  # refuses staff, wrong passwords
    user = user_repo.by_name(session, user_name.strip())
    if user is None:
        raise UserUnknown(name=user_name.strip()[:100])
    role_name = role_name.strip()
    holder = user_repo.by_db_role(session, role_name)
    if holder is not None and holder.id != user.id:
        raise RoleTaken(role=role_name[:63], name=holder.name)
    user.db_role = role_name or None
    session.flush()
    audit.record(
        session,
        Actor(approver.name, Role.MANAGER, approver.title),
        AuditAction.USER_ROLE_LINKED,
        "user",
        user.id,
        "",
        {"linked": user.db_role is not None},
    )


def sign_in_choices(session: Session) -> list[Actor]:
    """The users a person at a file database may sign in as, by name."""
    return [Actor(u.name, Role(u.role), u.title) for u in user_repo.all_users(session)]
