"""SQL for the Art. 19 record: which partner was told of which change, when and how."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from minime_admin.store.models import Partner, PartnerNotification
from minime_admin.store.request_models import DataRequest


def of_customer(
    session: Session, customer_id: int
) -> list[tuple[PartnerNotification, Partner, str | None]]:
    """Every record about the customer, newest first, with the partner and the request's
    reference."""
    statement = (
        select(PartnerNotification, Partner, DataRequest.reference)
        .join(Partner, Partner.id == PartnerNotification.partner_id)
        .outerjoin(DataRequest, DataRequest.id == PartnerNotification.request_id)
        .where(PartnerNotification.customer_id == customer_id)
        .order_by(PartnerNotification.told_on.desc(), PartnerNotification.id.desc())
    )
    return [(row[0], row[1], row[2]) for row in session.execute(statement).all()]
