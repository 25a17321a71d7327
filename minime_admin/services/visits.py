"""Visits by IP address: how the office finds visits linked to nobody (most of an access
log's), e.g. when a person asks for their data and gives the address they used.

Looking is audited (who looked, how many visits were shown), never the address itself: the
audit log outlives the visits it would otherwise name.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import IpAddressInvalid
from minime_admin.services import audit
from minime_admin.store import visit_repo

DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class Visit:
    visited_at: datetime
    ip_address: str
    customer_id: int | None  # None: linked to nobody
    page: str
    site_search: str | None
    referrer: str | None
    browser: str
    browser_version: str
    operating_system: str


@dataclass(frozen=True)
class VisitsByIp:
    total: int
    visits: tuple[Visit, ...]  # newest first, at most the limit asked for


def find_by_ip(
    session: Session, actor: Actor, ip: str, limit: int = DEFAULT_LIMIT, offset: int = 0
) -> VisitsByIp:
    """Every visit from ``ip``, linked or not; raises IpAddressInvalid for anything else."""
    try:
        address = str(ipaddress.ip_address(ip.strip()))
    except ValueError:
        raise IpAddressInvalid() from None
    total = visit_repo.count_by_ip(session, address)
    rows = visit_repo.by_ip(session, address, max(0, offset), max(1, limit))
    visits = tuple(
        Visit(
            r.visited_at,
            r.ip_address,
            r.customer_id,
            r.page,
            r.site_search,
            r.referrer,
            r.browser,
            r.browser_version,
            r.operating_system,
        )
        for r in rows
    )
    audit.record(
        session,
        actor,
        AuditAction.VISITS_LOOKED_UP,
        "visits",
        "",
        "",
        {"found": total, "shown": len(visits)},
    )
    return VisitsByIp(total, visits)
