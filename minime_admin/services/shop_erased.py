"""Which records of a shop import batch belong to people erased here.

An erased person is kept only as a stub with a salted hash of their e-mail (identity hash,
domain/recognition.py); an import must report them, never create them again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain import recognition
from minime_admin.importers.records import OrderRecord
from minime_admin.services.shop_work import Item
from minime_admin.store import erasure_repo, import_repo
from minime_admin.store.import_repo import StoredCustomer


def erased_in(session: Session, batch: list[Item], known: import_repo.Known) -> dict[int, Any]:
    """Position in the batch → when that record's person was erased, for erased people.

    The recognition hash is slow on purpose (domain/recognition.py), so it is computed only
    where an erased person could be: when anyone was erased at all, and for records that
    match no live customer (a live customer is nobody's erased stub)."""
    if not erasure_repo.has_stubs(session):
        return {}
    salt = erasure_repo.identity_salt(session)
    wanted: dict[int, tuple[str, ...]] = {}
    for index, (_, record) in enumerate(batch):
        email = _email_of(record)
        if not email or _live_match(record, known) is not None:
            continue
        wanted[index] = recognition.candidates(salt, email)
    erased_by_hash = import_repo.erased_on(
        session, [h for hashes in wanted.values() for h in hashes]
    )
    found: dict[int, Any] = {}
    for index, hashes in wanted.items():
        moments = [erased_by_hash[h] for h in hashes if h in erased_by_hash]
        if moments:
            found[index] = min(moments)
    return found


def _live_match(record: Any, known: import_repo.Known) -> StoredCustomer | None:
    if isinstance(record, OrderRecord):
        if record.customer_external_id is not None:
            return known.by_external_id.get(record.customer_external_id)
        return known.customer_by_email(record.buyer.email)
    if record.external_id is not None and record.external_id in known.by_external_id:
        return known.by_external_id[record.external_id]
    return known.customer_by_email(record.email)


def _email_of(record: Any) -> str:
    if isinstance(record, OrderRecord):
        return record.buyer.email
    return str(getattr(record, "email", ""))
