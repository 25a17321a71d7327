"""Which tables hold personal data, and what the Art. 15 copy, the Art. 17 erasure plan and
the retention sweep do with each: one registry, read from the models' own tags.

A model tagged ``PersonalData`` (store/base.py) names its data category and retention rule.
Export, erasure, the sweep and the demo seeder take their tables from here, so a table added
later is in all of them unless ``EXEMPT`` says otherwise, once, with the reason.
``UNTAGGED`` says why every other table carries no tag. tests/test_personal_data.py fails
when a tagged table is neither covered nor exempted, or a table is neither tagged nor listed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import DeclarativeBase

from minime_admin.domain.categories import DataCategory

# Every model module, so that the metadata below holds every table.
from minime_admin.store import (  # noqa: F401
    breach_models,
    import_run_models,
    mail_models,
    request_models,
    system_models,
)
from minime_admin.store.base import Base, PersonalData
from minime_admin.store.models import Customer, Order


class Use(StrEnum):
    EXPORT = "export"  # the Art. 15 copy and the Art. 20 package
    ERASURE = "erasure"  # the Art. 17 erasure plan
    RETENTION = "retention"  # the retention sweep


_WITH_THE_CUSTOMER = (
    "Swept with the whole customer under rule 'customer_profile': an expired customer goes "
    "through the erasure plan, which deletes it."
)
_WITH_THE_ORDER = (
    "Swept with its order under rule 'accounting_document': once the financial year is past "
    "the period, the order's invoices are deleted and the order with its items is cut loose "
    "from the person."
)

# A tagged table deliberately left out of one use: (table, use) → why. Stated here only.
EXEMPT: dict[tuple[str, Use], str] = {
    ("addresses", Use.RETENTION): _WITH_THE_CUSTOMER,
    ("order_items", Use.RETENTION): _WITH_THE_ORDER,
    ("invoices", Use.RETENTION): _WITH_THE_ORDER,
    ("marketing_objections", Use.RETENTION): (
        "Kept while the objection stands, so that it is honoured (Art. 21(3)): rule "
        "'marketing_objection' has no end to sweep at."
    ),
    ("reviews", Use.RETENTION): (
        "Published content is kept until the customer removes it (rule 'published_content'): "
        "there is no date to sweep by; an erasure deletes it."
    ),
}

# Tables without the PersonalData tag: table → why. A new table must be tagged or listed.
UNTAGGED: dict[str, str] = {
    "partners": "Companies that receive data, not people.",
    "requests": (
        "The office's record of a data-subject request, not one of the shop's data "
        "categories: an erasure replaces the requester's identifiers with a salted hash "
        "(erasure_repo.scrub_requests), as the sweep does after rule 'request_record'. "
        "Not part of the Art. 15 copy."
    ),
    "request_events": "A request's timeline: an erasure blanks its texts with the request's.",
    "request_attachments": (
        "Files that came with a request (copies of ID documents): the sweep deletes them "
        "once the identity is settled (rule 'identity_document'), an erasure at once."
    ),
    "letters": (
        "Letters archived for a request: the sweep deletes them with the request's record "
        "(rule 'request_letter'), an erasure with the request's data."
    ),
    "partner_notifications": (
        "When and how a partner was told of a change (Art. 19): partner, customer and "
        "request ids, dates and staff names, no personal data of the customer; an erased "
        "customer stays on it as the anonymous stub, as the record of whom the shop told."
    ),
    "extra_holidays": "Public holidays, not about people.",
    "ropa_fields": (
        "The Art. 30 register's descriptions of processing activities, written by staff: "
        "about the shop's processing, not about customers."
    ),
    "mail_messages": (
        "Messages taken from the office mailbox: a proposal's message is kept only until a "
        "worker opens it as a request (the request then holds what was read from it) or sets "
        "it aside, and is deleted then; what stays is the folder, UID and a hash of the "
        "Message-ID, so that no message is taken twice."
    ),
    "staff_users": "The office's own staff profiles, not customers.",
    "breaches": "The breach register (Art. 33(5)) describes incidents, not people.",
    "breach_events": "A breach's timeline: names staff and counts, not customers.",
    "breach_affected": (
        "Customer ids only, so the breach can be counted and its letters sent; the sweep "
        "drops the list after rule 'breach_affected_list'. An erased customer stays on it "
        "as the anonymous stub."
    ),
    "breach_signoffs": "A manager's signature over a breach's content.",
    "mail_attempts": (
        "A letter about to be handed to the mail server: ids, the Message-ID, its state and "
        "the staff member's name; no address or letter text (those are on the request's "
        "timeline and in the archived letter)."
    ),
    "sent_mail": (
        "Which letter went out by e-mail: ids, the Message-ID, the PDF's SHA-256 and staff "
        "names; the address itself is on the request's timeline and in an erasable audit "
        "note, which an erasure removes."
    ),
    "breach_submissions": "When and how the DVI was notified, and who recorded it: staff only.",
    "breach_outputs": "Hashes of the notices produced; a customer letter is named by id only.",
    "audit_log": "Names records by id and never copies personal data (append-only).",
    "audit_notes": (
        "Free text written with an audit entry (why a page was opened, how identity was "
        "checked): an erasure deletes the notes about the person or quoting their e-mail or "
        "phone (erasure_repo.delete_notes_naming); the entry keeps the note's salted hash."
    ),
    "audit_head": "The audit chain's newest hash.",
    "app_settings": "The letterhead and the database's own settings.",
    "import_runs": "When an import ran and its counts: no person in it.",
    "import_rejections": (
        "Rows an import did not take: position, reason code and the source's own id only "
        "(no name, e-mail or address). Kept for the newest runs of each source only "
        "(services/import_runs.KEEP_REJECTIONS); older runs keep their counts."
    ),
}


def table_of(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def name_of(model: type[Any]) -> str:
    return table_of(model).name


def category_of(model: type[Any]) -> DataCategory:
    return cast(type[PersonalData], model).data_category


def rule_of(model: type[Any]) -> str:
    return cast(type[PersonalData], model).retention_rule


def tagged(base: type[DeclarativeBase] = Base) -> tuple[type[Any], ...]:
    """The PersonalData models of ``base``, parents before children (foreign-key order)."""
    by_table = {
        name_of(mapper.class_): mapper.class_
        for mapper in base.registry.mappers
        if issubclass(mapper.class_, PersonalData)
    }
    return tuple(by_table[t.name] for t in base.metadata.sorted_tables if t.name in by_table)


def covered(use: Use, base: type[DeclarativeBase] = Base) -> tuple[type[Any], ...]:
    """The tagged models ``use`` must handle: every one not exempted from it."""
    return tuple(m for m in tagged(base) if (name_of(m), use) not in EXEMPT)


def by_category(
    use: Use, base: type[DeclarativeBase] = Base
) -> dict[DataCategory, tuple[type[Any], ...]]:
    """``covered(use)`` grouped by data category, in the policy's order (the export's)."""
    models = covered(use, base)
    grouped = {c: tuple(m for m in models if category_of(m) is c) for c in DataCategory}
    return {category: found for category, found in grouped.items() if found}


def belongs_to(model: type[Any], customer_id: int) -> ColumnElement[bool]:
    """The rows of ``model`` about one customer: their own row, by ``customer_id``, or through
    the customer's orders. Raises LookupError for a table with no way to a customer."""
    table = table_of(model)
    if table.name == name_of(Customer):
        return table.c.id == customer_id
    if "customer_id" in table.c:
        return table.c.customer_id == customer_id
    if "order_id" in table.c:
        orders = table_of(Order)
        owned = select(orders.c.id).where(orders.c.customer_id == customer_id)
        return table.c.order_id.in_(owned)
    raise LookupError(f"{table.name}: no customer_id or order_id column")


def gaps(
    handled: Mapping[Use, Collection[str]],
    base: type[DeclarativeBase] = Base,
    exempt: Mapping[tuple[str, Use], str] = EXEMPT,
    untagged: Mapping[str, str] = UNTAGGED,
) -> list[str]:
    """What is wrong with the registry, one line each; [] when every tagged table is handled
    by each use (``handled``: use → table names its code actually covers) or exempted from
    it with a reason, and every other table of ``base`` is explained in ``untagged``."""
    problems = []
    names = {name_of(m) for m in tagged(base)}
    for model in tagged(base):
        name = name_of(model)
        for use in Use:
            if (name, use) in exempt:
                if not exempt[(name, use)].strip():
                    problems.append(f"{name}: exempted from {use} without a reason")
                if name in handled[use]:
                    problems.append(f"{name}: exempted from {use}, yet {use} handles it")
            elif name not in handled[use]:
                problems.append(f"{name}: not in {use} and not exempted from it")
        if any((name, use) not in exempt for use in (Use.EXPORT, Use.ERASURE)):
            try:
                belongs_to(model, 0)
            except LookupError:
                problems.append(f"{name}: no way to find a customer's rows")
    for name, use in exempt:
        if name not in names:
            problems.append(f"{name}: exempted from {use}, but no such tagged table")
    for table in base.metadata.sorted_tables:
        if table.name not in names and table.name not in untagged:
            problems.append(f"{table.name}: neither tagged PersonalData nor listed in UNTAGGED")
    tables = {table.name for table in base.metadata.sorted_tables}
    for name in untagged:
        if name in names:
            problems.append(f"{name}: tagged PersonalData, yet listed in UNTAGGED")
        elif name not in tables:
            problems.append(f"{name}: listed in UNTAGGED, but no such table")
    return problems
