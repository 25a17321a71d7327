"""Settings kept in the database, shared by everyone using it: the letterhead."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import BadMailDomains, TargetOutOfRange
from minime_admin.importers.mail_headers import DEFAULT_OFFICE_DOMAINS
from minime_admin.services import audit
from minime_admin.store import settings_repo


@dataclass(frozen=True)
class Letterhead:
    """The shop's details printed on every letter (defaults: docs/legal.md, the controller)."""

    company_name: str = "SIA Mini Me"
    registration_number: str = "44103127547"
    address: str = "Rostokas 7, Rīga, LV-1029"
    email: str = "info@minime.lv"
    phone: str = ""
    website: str = "minime.lv"


_PREFIX = "letterhead."


def load_letterhead(session: Session) -> Letterhead:
    stored = settings_repo.read_prefixed(session, _PREFIX)
    known = {f.name for f in fields(Letterhead)}
    return Letterhead(**{k: v for k, v in stored.items() if k in known})


def save_letterhead(session: Session, actor: Actor, letterhead: Letterhead) -> list[str]:
    """Store the letterhead; returns (and audits) the names of the fields that changed."""
    before = asdict(load_letterhead(session))
    after = asdict(letterhead)
    changed = sorted(name for name in after if after[name] != before[name])
    if changed:
        settings_repo.write_prefixed(session, _PREFIX, after)
        # Company details are not personal data, but the entry names fields only.
        audit.record(
            session,
            actor,
            AuditAction.SETTINGS_LETTERHEAD_CHANGED,
            "settings",
            "letterhead",
            details={"fields": changed},
        )
    session.flush()
    return changed


INTERNAL_TARGET_DAYS = 14
_TARGET_KEY = "requests."


def load_internal_target(session: Session) -> int:
    """The office's own answering target in days (not a legal date)."""
    stored = settings_repo.read_prefixed(session, _TARGET_KEY).get("internal_target_days", "")
    return int(stored) if stored.isdigit() else INTERNAL_TARGET_DAYS


def save_internal_target(session: Session, actor: Actor, days: int) -> None:
    if not 1 <= days <= 31:
        raise TargetOutOfRange()
    old = load_internal_target(session)
    settings_repo.write_prefixed(session, _TARGET_KEY, {"internal_target_days": str(days)})
    audit.record(
        session,
        actor,
        AuditAction.SETTINGS_INTERNAL_TARGET_CHANGED,
        "settings",
        "requests",
        details={"old_days": old, "new_days": days},
    )
    session.flush()


_MAIL_KEY = "mail."
_DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def load_office_domains(session: Session) -> tuple[str, ...]:
    """The shop's own e-mail domains: mail from them is a staff member's (a forward)."""
    stored = settings_repo.read_prefixed(session, _MAIL_KEY).get("office_domains", "")
    return tuple(d for d in stored.split(",") if d) or DEFAULT_OFFICE_DOMAINS


def parse_office_domains(text: str) -> tuple[str, ...]:
    """``minime.lv, Mini-Me.lv`` → ('minime.lv', 'mini-me.lv'); BadMailDomains otherwise."""
    domains: list[str] = []
    for item in re.split(r"[,;\s]+", text.strip().lower()):
        item = item.removeprefix("@").strip(".")
        if not item:
            continue
        try:
            ascii_form = item.encode("idna").decode("ascii")
        except UnicodeError:
            raise BadMailDomains(value=item[:80]) from None
        if not _DOMAIN.match(ascii_form):
            raise BadMailDomains(value=item[:80])
        if item not in domains:
            domains.append(item)
    if not domains:
        raise BadMailDomains(value=text.strip()[:80])
    return tuple(domains)


def save_office_domains(session: Session, actor: Actor, domains: tuple[str, ...]) -> bool:
    """Store the domains (already checked by parse_office_domains); True when changed."""
    old = load_office_domains(session)
    if domains == old:
        return False
    settings_repo.write_prefixed(session, _MAIL_KEY, {"office_domains": ",".join(domains)})
    audit.record(
        session,
        actor,
        AuditAction.SETTINGS_MAIL_DOMAINS_CHANGED,
        "settings",
        "mail",
        details={"old": list(old), "new": list(domains)},
    )
    session.flush()
    return True
