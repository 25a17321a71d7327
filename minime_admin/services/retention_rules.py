"""The retention rules in force: the catalogue's defaults with the periods a manager has
changed in this database. Every change is audited with the old and the new value."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.retention import RULES_BY_KEY, RetentionRule
from minime_admin.errors import (
    QT_TRANSLATE_NOOP,
    KnownError,
    MonthsOutOfRange,
    UnknownRetentionRule,
)
from minime_admin.services import audit
from minime_admin.store import settings_repo

Rules = dict[str, RetentionRule]
_PREFIX = "retention.months."
MAX_MONTHS = 240


class ManagersOnly(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "Only a manager can change retention periods.")


def current_rules(session: Session) -> Rules:
    stored = settings_repo.read_prefixed(session, _PREFIX)
    rules = dict(RULES_BY_KEY)
    for key, months in stored.items():
        if key in rules and months.isdigit():
            rules[key] = replace(rules[key], months=int(months))
    return rules


def change_period(session: Session, actor: Actor, key: str, months: int) -> RetentionRule:
    if actor.role is not Role.MANAGER:
        raise ManagersOnly()
    if key not in RULES_BY_KEY:
        raise UnknownRetentionRule(key=key)
    if not 0 <= months <= MAX_MONTHS:
        raise MonthsOutOfRange(maximum=MAX_MONTHS)
    old = current_rules(session)[key].months
    settings_repo.write_prefixed(session, _PREFIX, {key: str(months)})
    audit.record(
        session,
        actor,
        AuditAction.RETENTION_RULE_CHANGED,
        "retention_rule",
        key,
        "",
        {"old_months": old, "new_months": months},
    )
    session.flush()
    return current_rules(session)[key]


def change_periods_as_manager(
    session: Session, manager: str, password: str, months: dict[str, int]
) -> list[RetentionRule]:
    """Several periods at once, by a manager proven by their password."""
    from minime_admin.services import users  # users imports cryptography: only when needed

    user, _ = users.unlock_signing_key(session, manager, password)
    actor = Actor(user.name, Role.MANAGER)
    return [change_period(session, actor, key, value) for key, value in months.items()]
