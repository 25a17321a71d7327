"""Reading a newsletter service's audience export (Mailchimp, MailerLite) into plain records.

Mailchimp exports an audience as a zip of three CSV files, one per status
(``subscribed_…``, ``unsubscribed_…``, ``cleaned_…``; newer accounts name them
``…_email_audience_export_…``). Their columns, as the exports write them (a header copied
from a real export into a comment of a public Ruby script, found by searching public code for
UNSUB_CAMPAIGN_TITLE; its repository was not recorded, so check a real export when in doubt;
the fields mirror the Mailchimp API's list members, see konfig-sdks/mailchimp-java-sdk
docs/ListMembers1.md: ip_signup, timestamp_signup, ip_opt, timestamp_opt):
    "Email Address", "First Name", "Last Name", <merge fields>, MEMBER_RATING, OPTIN_TIME,
    OPTIN_IP, CONFIRM_TIME, CONFIRM_IP, LATITUDE, LONGITUDE, GMTOFF, DSTOFF, TIMEZONE, CC,
    REGION, LAST_CHANGED, LEID, EUID, NOTES, TAGS
plus UNSUB_TIME, UNSUB_CAMPAIGN_TITLE, UNSUB_CAMPAIGN_ID, UNSUB_REASON, UNSUB_REASON_OTHER in
the unsubscribed file and CLEAN_TIME, CLEAN_CAMPAIGN_TITLE, CLEAN_CAMPAIGN_ID in the cleaned
one. A file's status is read from those columns, else from its name.

MailerLite's subscriber export has one row per subscriber with its status: "Subscriber" or
"Email", "Name", "Last name", "Subscribed", "Signup IP", "Opted in", "Opt-in IP",
"Unsubscribed", "Groups", "Status" (as issue #12 lists them; no public copy of a real
export was found to confirm them). Its API names the same facts email, subscribed_at,
ip_address, opted_in_at, optin_ip, unsubscribed_at and status (active, unsubscribed,
unconfirmed, bounced, junk), see github.com/mailerlite/mailerlite-nodejs
src/modules/subscribers/README.md; both spellings are read.

Times without a zone are taken as UTC, as both services write them. Only what the office
needs is read: the address, the status and the evidence of consent (when and from which IP);
names, ratings, locations and tags are left in the file.
"""

from __future__ import annotations

import ipaddress
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from minime_admin.domain.newsletter import ListFormat, SubscriptionStatus
from minime_admin.domain.text import is_email
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.importers.records import MISSING_FIELD, NO_EMAIL, Rejection
from minime_admin.importers.tables import BadRow, Row, Table, open_table

ZIP_MEMBER_LIMIT = 512 * 1024 * 1024  # a larger "CSV" in a zip is not an audience export

NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "errors", "the subscriber never confirmed the subscription (unconfirmed): no consent to record"
)
NOT_SUBSCRIBED = QT_TRANSLATE_NOOP(
    "errors", "a contact who never subscribed (status {status}): nothing to record"
)
NO_OPTIN_TIME = QT_TRANSLATE_NOOP(
    "errors", "subscribed, but the export says neither when the person opted in nor confirmed"
)
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("errors", "the status {status} is not one this import knows")
SEEN_BEFORE = QT_TRANSLATE_NOOP("errors", "the same e-mail address is already on line {line}")
EMAIL_TOO_LONG = QT_TRANSLATE_NOOP("errors", "the e-mail address is longer than 254 characters")


class WrongListFormat(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a {expected} export: it has no column {column}. Check the file and the "
        "--format option. Nothing was imported.",
    )


class LooksLikeOtherFormat(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} looks like a {found} export, not a {expected} one: choose {found} as its "
        "format. Nothing was imported.",
    )


class NoListInZip(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} holds no CSV file that could be read. Nothing was imported."
    )


@dataclass(frozen=True)
class SubscriberRecord:
    source: str  # the file (inside a zip: the member) the row is in
    line: int
    email: str  # lower case
    status: SubscriptionStatus
    opted_in_at: datetime | None = None
    optin_ip: str | None = None
    confirmed_at: datetime | None = None  # double opt-in
    confirm_ip: str | None = None
    ended_at: datetime | None = None  # unsubscribed or cleaned; None: the export has no time

    @property
    def consent_at(self) -> datetime | None:
        """When the list says the person opted in (signed up, else confirmed)."""
        return self.opted_in_at or self.confirmed_at


@dataclass(frozen=True)
class _File:
    name: str
    table: Table
    status: SubscriptionStatus | None  # Mailchimp: the whole file's; MailerLite: per row


@dataclass(frozen=True)
class ListExport:
    name: str
    format: ListFormat
    files: tuple[_File, ...]

    def rows(self) -> Iterator[SubscriberRecord | Rejection]:
        """Every row as a record or a rejection with its file and line; an address twice in
        one export is taken once (the first), so that a run cannot contradict itself."""
        seen: dict[str, tuple[str, int]] = {}
        for file in self.files:
            columns = _columns(file.table.header)
            for row in file.table.rows():
                if isinstance(row, BadRow):
                    yield Rejection(file.name, row.line, None, row.reason)
                    continue
                try:
                    record = _record(self.format, file, columns, row)
                except _Refused as refused:
                    yield Rejection(file.name, row.line, None, refused.reason, refused.params)
                    continue
                first = seen.get(record.email)
                if first is not None:
                    where = first[1] if first[0] == file.name else f"{first[0]}:{first[1]}"
                    yield Rejection(file.name, row.line, None, SEEN_BEFORE, {"line": where})
                    continue
                seen[record.email] = (file.name, row.line)
                yield record


def open_export(path: Path, format: ListFormat) -> ListExport:
    """The export's files, their headers checked; raises a KnownError before any row is read."""
    zipped = zipfile.is_zipfile(path)
    tables = _zip_tables(path) if zipped else [(path.name, open_table(path))]
    files = tuple(_checked(name, table, format) for name, table in tables)
    return ListExport(path.name, format, files)


def _zip_tables(path: Path) -> list[tuple[str, Table]]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                info.filename
                for info in archive.infolist()
                if not info.is_dir()
                and info.filename.lower().endswith(".csv")
                and not info.filename.startswith("__MACOSX/")
                and info.file_size <= ZIP_MEMBER_LIMIT
            ]
    except (OSError, zipfile.BadZipFile):
        raise NoListInZip(name=path.name) from None
    if not members:
        raise NoListInZip(name=path.name)
    # zipfile.Path reads a member in place: nothing personal is unpacked to disk.
    return [
        (Path(member).name, open_table(cast(Path, zipfile.Path(path, member))))
        for member in sorted(members)
    ]


# Header aliases, folded (lower case, no spaces, dashes or underscores).
_MAILCHIMP: dict[str, tuple[str, ...]] = {
    "email": ("emailaddress",),
    "optin_time": ("optintime",),
    "optin_ip": ("optinip",),
    "confirm_time": ("confirmtime",),
    "confirm_ip": ("confirmip",),
    "unsub_time": ("unsubtime",),
    "clean_time": ("cleantime",),
    "last_changed": ("lastchanged",),
}
_MAILERLITE: dict[str, tuple[str, ...]] = {
    "email": ("email", "subscriber"),  # "Subscriber" holds the address where "Email" is absent
    "subscribed": ("subscribed", "subscribedat"),
    "signup_ip": ("signupip", "ipaddress"),
    "opted_in": ("optedin", "optedinat"),
    "optin_ip": ("optinip",),
    "unsubscribed": ("unsubscribed", "unsubscribedat"),
    "status": ("status",),
}
_ALIASES: dict[ListFormat, dict[str, tuple[str, ...]]] = {
    ListFormat.MAILCHIMP: _MAILCHIMP,
    ListFormat.MAILERLITE: _MAILERLITE,
}
# Without these a file is not the format's export (a shop's customer list has an "email"
# column too, but never a "Subscribed" date).
_REQUIRED = {
    ListFormat.MAILCHIMP: (("email", "Email Address"),),
    ListFormat.MAILERLITE: (("email", "Email"), ("subscribed", "Subscribed")),
}
# Columns only the format's own export has, besides the required: a shop's customer list can
# have an "Email Address" column, but not OPTIN_TIME.
_SIGNATURE = {
    ListFormat.MAILCHIMP: ("optin_time", "confirm_time", "last_changed"),
    ListFormat.MAILERLITE: (),
}
_MAILCHIMP_FILES = (
    ("unsubscribed", SubscriptionStatus.UNSUBSCRIBED),
    ("cleaned", SubscriptionStatus.CLEANED),
    ("subscribed", SubscriptionStatus.SUBSCRIBED),
)


def _fold(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name.strip().lstrip("\ufeff")).casefold()


def _columns(header: tuple[str, ...]) -> dict[str, int]:
    """Folded header name → its index (the first column of that name)."""
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        found.setdefault(_fold(name), index)
    return found


def _index(columns: dict[str, int], format: ListFormat, field: str) -> int | None:
    for alias in _ALIASES[format][field]:
        if alias in columns:
            return columns[alias]
    return None


def formats_of(header: tuple[str, ...]) -> tuple[ListFormat, ...]:
    """The formats whose export this header is (none; one; both: the header does not tell)."""
    columns = _columns(header)
    return tuple(
        format
        for format in ListFormat
        if all(_index(columns, format, f) is not None for f, _ in _REQUIRED[format])
        and (
            not _SIGNATURE[format]
            or any(_index(columns, format, f) is not None for f in _SIGNATURE[format])
        )
    )


def _checked(name: str, table: Table, format: ListFormat) -> _File:
    columns = _columns(table.header)
    for field, shown in _REQUIRED[format]:
        if _index(columns, format, field) is None:
            for other in ListFormat:
                if other is not format and all(
                    _index(columns, other, f) is not None for f, _ in _REQUIRED[other]
                ):
                    raise LooksLikeOtherFormat(name=name, found=other.value, expected=format)
            raise WrongListFormat(name=name, expected=format.value, column=shown)
    status = None
    if format is ListFormat.MAILCHIMP:
        status = _mailchimp_status(name, columns)
    return _File(name, table, status)


def _mailchimp_status(name: str, columns: dict[str, int]) -> SubscriptionStatus | None:
    if _index(columns, ListFormat.MAILCHIMP, "clean_time") is not None:
        return SubscriptionStatus.CLEANED
    if _index(columns, ListFormat.MAILCHIMP, "unsub_time") is not None:
        return SubscriptionStatus.UNSUBSCRIBED
    lowered = name.lower()
    if lowered.startswith("nonsubscribed") or lowered.startswith("non_subscribed"):
        return None  # contacts who never subscribed (e.g. from a purchase): rejected row by row
    for prefix, status in _MAILCHIMP_FILES:
        if lowered.startswith(prefix):
            return status
    return SubscriptionStatus.SUBSCRIBED  # the subscribed file has no time of an end


class _Refused(Exception):
    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def _record(format: ListFormat, file: _File, columns: dict[str, int], row: Row) -> SubscriberRecord:
    def cell(field: str) -> str:
        index = _index(columns, format, field)
        if index is None or index >= len(row.cells):
            return ""
        return row.cells[index].strip()

    email = cell("email").lower()
    if not email or not is_email(email):
        raise _Refused(NO_EMAIL)
    if len(email) > 254:
        raise _Refused(EMAIL_TOO_LONG)
    if format is ListFormat.MAILCHIMP:
        status = file.status
        if status is None:
            raise _Refused(NOT_SUBSCRIBED, status="nonsubscribed")
        opted_in, optin_ip = _time(cell("optin_time"), "OPTIN_TIME"), _ip(cell("optin_ip"))
        confirmed, confirm_ip = _time(cell("confirm_time"), "CONFIRM_TIME"), _ip(cell("confirm_ip"))
        end_field = "clean_time" if status is SubscriptionStatus.CLEANED else "unsub_time"
        ended = _lenient_time(cell(end_field)) or _lenient_time(cell("last_changed"))
    else:
        status = _mailerlite_status(cell("status"), cell("unsubscribed"))
        opted_in, optin_ip = _time(cell("subscribed"), "Subscribed"), _ip(cell("signup_ip"))
        confirmed, confirm_ip = _time(cell("opted_in"), "Opted in"), _ip(cell("optin_ip"))
        ended = _lenient_time(cell("unsubscribed"))
    if status is SubscriptionStatus.SUBSCRIBED:
        if opted_in is None and confirmed is None:
            raise _Refused(NO_OPTIN_TIME)
        ended = None
    return SubscriberRecord(
        file.name, row.line, email, status, opted_in, optin_ip, confirmed, confirm_ip, ended
    )


_MAILERLITE_STATUSES = {
    "active": SubscriptionStatus.SUBSCRIBED,
    "subscribed": SubscriptionStatus.SUBSCRIBED,
    "unsubscribed": SubscriptionStatus.UNSUBSCRIBED,
    "bounced": SubscriptionStatus.CLEANED,
    "junk": SubscriptionStatus.CLEANED,  # marked as spam: the service stopped sending
}


def _mailerlite_status(status: str, unsubscribed: str) -> SubscriptionStatus:
    folded = status.casefold()
    if not folded:  # an export without the Status column: an unsubscribe date says it
        return SubscriptionStatus.UNSUBSCRIBED if unsubscribed else SubscriptionStatus.SUBSCRIBED
    if folded == "unconfirmed":
        raise _Refused(NOT_CONFIRMED)
    known = _MAILERLITE_STATUSES.get(folded)
    if known is None:
        raise _Refused(UNKNOWN_STATUS, status=status[:32])
    return known


_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%d.%m.%Y %H:%M:%S",  # as a Latvian Excel saves it
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
)


def _time(text: str, field: str) -> datetime | None:
    """A time of consent: a cell that holds something unreadable rejects the row."""
    if not text:
        return None
    parsed = _parse(text)
    if parsed is None:
        raise _Refused(MISSING_FIELD, field=field)
    return parsed


def _lenient_time(text: str) -> datetime | None:
    """The time of an end: unreadable counts as unknown, for an end is taken over anyway."""
    return _parse(text) if text else None


def _parse(text: str) -> datetime | None:
    text = text.strip()
    if len(text) > 40:
        return None
    for pattern in _FORMATS:
        try:
            parsed = datetime.strptime(text, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
        return parsed if 1990 <= parsed.year <= 2100 else None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _ip(text: str) -> str | None:
    """An IP address, or None: a cell that holds none is not evidence of anything."""
    try:
        return str(ipaddress.ip_address(text)) if text else None
    except ValueError:
        return None
