"""The records of processing activities (Art. 30, issue #20.2): generated from what the app
keeps, with the office's own fields versioned and every change audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from minime_admin.domain import ropa
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.letters import ropa as ropa_letters
from minime_admin.letters.model import Letterhead
from minime_admin.services import audit, settings
from minime_admin.services.retention_rules import current_rules
from minime_admin.store import ropa_repo
from minime_admin.store import session as store_session


def register(session: Session) -> ropa.Register:
    recipients = {
        category: [
            ropa.recipient(p.name, p.role, p.country, p.third_country, p.safeguards)
            for p in partners
        ]
        for category, partners in ropa_repo.partners_by_category(session).items()
    }
    changes = [
        ropa.Change(c.activity, c.field, c.version, c.value, c.changed_at, c.changed_by)
        for c in ropa_repo.changes(session)
    ]
    return ropa.build(current_rules(session), recipients, changes)


def set_field(session: Session, actor: Actor, activity: str, field: str, value: str) -> int | None:
    """Write a new version of one field; None when the text is what stands already."""
    value = value.strip()
    ropa.check_field(activity, field, value)
    current = register(session)
    if activity == ropa.REGISTER:
        standing = current.written.get(field, "")
    else:
        entry = next(e for e in current.entries if e.activity.key == activity)
        standing = entry.written.get(field, "")
    if value == standing:
        return None
    version = ropa_repo.add_version(
        session, activity, field, value, store_session.now(session), actor.name
    )
    # The words go in the entry's note: the chain proves them, the entry holds codes only.
    audit.record(
        session,
        actor,
        AuditAction.ROPA_CHANGED,
        "ropa",
        f"{activity}.{field}",
        "",
        {"version": version, "cleared": not value},
        note=value,
    )
    session.flush()
    return version


def letterhead(session: Session) -> Letterhead:
    head = settings.load_letterhead(session)
    return Letterhead(
        head.company_name,
        head.registration_number,
        head.address,
        head.email,
        head.phone,
        head.website,
    )


def export(session: Session, language: str, as_csv: bool) -> bytes:
    """The register in ``language`` ("lv" or "en") as a PDF on the letterhead, or a CSV."""
    current = register(session)
    if as_csv:
        return ropa_letters.csv_bytes(current, language)
    return ropa_letters.render_pdf(
        current, letterhead(session), language, store_session.today(session)
    )
