"""The records of processing activities (GDPR Art. 30(1)), as the app can state them.

Each activity stands on what the app already keeps: a data category's purpose and legal
basis (domain.category_info), its retention rule in force (domain.retention, with the
manager's periods), the partners that received that category (the partners register, with
their transfer safeguards). What the app cannot know — who else receives the data, the
office's own security measures, its contact for data protection — the office writes into
the EDITABLE fields; every version is kept (store.system_models.RopaField).
Words are in letters/ropa_catalogue.py; this module holds codes only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from minime_admin.domain.categories import DataCategory, LegalBasis
from minime_admin.domain.category_info import BY_CATEGORY
from minime_admin.domain.retention import RetentionRule
from minime_admin.domain.transfers import TransferSafeguard, recognise
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput

REGISTER = "register"  # the activity key of the register-wide fields
# Per activity: fields the office writes; the app fills everything else.
EDITABLE = ("data_subjects", "recipients", "security", "notes")
# For the whole register.
REGISTER_FIELDS = ("contact", "security")
MAX_VALUE = 4000


class UnknownRopaField(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The register has no field {field} for {activity}; nothing was changed."
    )


class RopaValueTooLong(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A register field holds at most {limit} characters; nothing was changed."
    )


@dataclass(frozen=True)
class Activity:
    key: str  # a DataCategory value, or one of the office's own activities
    rule: str  # the retention rule key
    basis: LegalBasis
    subjects: str  # who the data is about: a key of the catalogue's SUBJECTS


def _from_category(category: DataCategory, subjects: str = "customers") -> Activity:
    info = BY_CATEGORY[category]
    return Activity(category.value, info.retention_rule, info.legal_basis, subjects)


ACTIVITIES: tuple[Activity, ...] = (
    *(
        _from_category(
            c,
            {
                DataCategory.VISIT: "visitors",
                DataCategory.NEWSLETTER: "subscribers",
                DataCategory.REVIEW: "reviewers",
            }.get(c, "customers"),
        )
        for c in DataCategory
    ),
    # The office's own processing: its records of requests and of breaches.
    Activity("requests", "request_record", LegalBasis.LEGAL_OBLIGATION, "requesters"),
    Activity("breaches", "breach_affected_list", LegalBasis.LEGAL_OBLIGATION, "affected"),
)
BY_KEY: dict[str, Activity] = {activity.key: activity for activity in ACTIVITIES}


@dataclass(frozen=True)
class Recipient:
    name: str
    role: str  # the partners register's role code (courier, payment_provider, ...)
    country: str  # ISO 3166 alpha-2
    third_country: bool
    safeguard_text: str | None  # as recorded
    safeguard: TransferSafeguard | None  # recognised from the text; None: quoted as written


@dataclass(frozen=True)
class Entry:
    activity: Activity
    rule: RetentionRule
    recipients: tuple[Recipient, ...]
    written: dict[str, str]  # EDITABLE field -> the office's current text

    @property
    def transfers(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.third_country)


@dataclass(frozen=True)
class Change:
    activity: str
    field: str
    version: int
    value: str
    changed_at: datetime
    changed_by: str


@dataclass(frozen=True)
class Register:
    entries: tuple[Entry, ...]
    written: dict[str, str]  # REGISTER_FIELDS -> text
    version: int  # how many changes the office has made; 0: as generated
    last_change: Change | None = None
    history: tuple[Change, ...] = field(default_factory=tuple)


def check_field(activity: str, name: str, value: str) -> None:
    allowed = REGISTER_FIELDS if activity == REGISTER else EDITABLE
    if (activity != REGISTER and activity not in BY_KEY) or name not in allowed:
        raise UnknownRopaField(field=name[:40], activity=activity[:40])
    if len(value) > MAX_VALUE:
        raise RopaValueTooLong(limit=MAX_VALUE)


def recipient(
    name: str, role: str, country: str, third_country: bool, safeguards: str | None
) -> Recipient:
    return Recipient(name, role, country, third_country, safeguards, recognise(safeguards))


def build(
    rules: dict[str, RetentionRule],
    recipients_by_category: dict[str, list[Recipient]],
    changes: list[Change],
) -> Register:
    """The register from what the app keeps and the office's changes (oldest first)."""
    current: dict[tuple[str, str], str] = {}
    for change in changes:
        current[(change.activity, change.field)] = change.value
    entries = tuple(
        Entry(
            activity,
            rules[activity.rule],
            tuple(sorted(recipients_by_category.get(activity.key, []), key=lambda r: r.name)),
            {f: current[(activity.key, f)] for f in EDITABLE if current.get((activity.key, f))},
        )
        for activity in ACTIVITIES
    )
    written = {f: current[(REGISTER, f)] for f in REGISTER_FIELDS if current.get((REGISTER, f))}
    return Register(
        entries, written, len(changes), changes[-1] if changes else None, tuple(changes)
    )
