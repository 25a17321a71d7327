"""The outer headers of a message, read defensively: sender, time of receipt, and whether
it is an automatic message (bounce, delivery report, auto-reply, read receipt).

Shared by the .eml and the Outlook .msg readers (a received .msg carries the original
headers). Nothing here raises on bad input: what cannot be read is None plus a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.header import Header, decode_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from enum import Enum

from minime_admin.errors import (
    DAMAGED_SENDER_WARNING,
    FUTURE_DATE_WARNING,
    NO_SENDER_WARNING,
    QT_TRANSLATE_NOOP,
    EmailWarning,
    email_warning,
)

DEFAULT_OFFICE_DOMAINS = ("minime.lv",)
# A header longer than this is cut before it is decoded: real From or Subject lines are a
# few hundred characters; the stdlib's decoders slow down badly on megabyte-long ones.
MAX_HEADER_CHARS = 4000
# An address as the app can store and write to: local part, @, a domain with a dot.
_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@(?:[A-Za-z0-9\u00a0-\uffff-]+\.)+[A-Za-z\u00a0-\uffff]{2,}"
)
_WHOLE_ADDRESS = re.compile(rf"^{_ADDRESS.pattern}$")
_ANGLED = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")


class SkipReason(Enum):
    """Why a message is listed as skipped rather than proposed as a request."""

    BOUNCE = QT_TRANSLATE_NOOP(
        "errors", "it is a bounce: a message that could not be delivered came back"
    )
    DELIVERY_REPORT = QT_TRANSLATE_NOOP("errors", "it is a delivery status notification")
    AUTO_REPLY = QT_TRANSLATE_NOOP(
        "errors", "it is an automatic reply (an out-of-office notice or similar)"
    )
    BULK = QT_TRANSLATE_NOOP("errors", "it is bulk mail (marked Precedence: bulk or junk)")
    READ_RECEIPT = QT_TRANSLATE_NOOP("errors", "it is a read receipt")


def header_text(message: Message, name: str) -> str:
    """A header decoded to text (encoded-words undone, newlines and NULs removed); '' when
    absent. Never raises: undecodable bytes become U+FFFD."""
    raw: object = message.get(name)
    if raw is None:
        return ""
    if isinstance(raw, Header):  # raw 8-bit bytes in the header
        return decode_words(_header_object_text(raw)[:MAX_HEADER_CHARS])
    return decode_words(raw_8bit(str(raw)[:MAX_HEADER_CHARS]))


def _header_object_text(header: Header) -> str:
    text = []
    try:
        chunks = decode_header(header)
    except Exception:
        return ""
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            text.append(chunk)
        elif charset in (None, "unknown-8bit"):
            text.append(raw_8bit(chunk.decode("ascii", "surrogateescape")))
        else:
            try:
                text.append(chunk.decode(charset, errors="replace"))
            except (LookupError, ValueError):
                text.append(chunk.decode("utf-8", errors="replace"))
    return "".join(text)


def raw_8bit(text: str) -> str:
    """Unencoded 8-bit header bytes (the parser keeps them as surrogates) read as UTF-8,
    else as windows-1257, the Baltic default of Outlook."""
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    data = text.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1257", errors="replace")


def decode_words(raw: str) -> str:
    try:
        chunks = decode_header(raw)
    except Exception:  # the stdlib's decoder has many ways to fail on damaged input
        chunks = [(raw, None)]
    text = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            text.append(chunk)
            continue
        try:
            text.append(chunk.decode(charset or "ascii", errors="replace"))
        except (LookupError, ValueError):  # unknown, punycode, or a NUL in the charset name
            text.append(chunk.decode("utf-8", errors="replace"))
    # Between encoded words decode_header keeps no space; between plain runs it does.
    return re.sub(r"[\s\x00]+", " ", "".join(text)).strip()


def sender_of(message: Message, warnings: list[EmailWarning]) -> tuple[str, str | None]:
    """(display name, lower-case address) of the From header, recovering what it can."""
    raw = header_text(message, "from")
    return sender_from_text(raw, warnings)


def sender_from_text(raw: str, warnings: list[EmailWarning]) -> tuple[str, str | None]:
    if not raw:
        warnings.append(email_warning(NO_SENDER_WARNING))
        return "", None
    try:
        pairs = getaddresses([raw])
    except Exception:
        pairs = []
    pairs = [(name, _unquoted(address)) for name, address in pairs]
    clean = [
        (name.strip(), address.strip())
        for name, address in pairs
        if _WHOLE_ADDRESS.match(address.strip())
    ]
    given = [address for _name, address in pairs if address]
    if len(clean) == len(given) == 1 and _plausible_name(clean[0][0]) and not _damaged_around(raw):
        name, address = clean[0]
        return name, address.lower()
    recovered = _recover(raw)
    if recovered is None:
        warnings.append(email_warning(NO_SENDER_WARNING))
        return _strip_name(raw), None
    warnings.append(email_warning(DAMAGED_SENDER_WARNING))
    return recovered


def _unquoted(address: str) -> str:
    """``"YD."@example.jp`` → ``YD.@example.jp``: a quoted local part without spaces."""
    return re.sub(r'^"([^"\s@<>]+)"@', r"\1@", address.strip())


def _plausible_name(name: str) -> bool:
    return "@" not in name and "<" not in name and ">" not in name


def _damaged_around(raw: str) -> bool:
    """Text the parser silently dropped: `John Doe.<j@x.lv>` is fine to it, but the dot
    (or a second address before the angle brackets) means the line was damaged."""
    angled = _ANGLED.findall(raw)
    if len(angled) > 1:
        return True
    if angled:
        before = raw[: raw.index("<")]
        return "@" in before or before.rstrip().endswith((".", ",", ";"))
    return False


def _recover(raw: str) -> tuple[str, str] | None:
    """The address in angle brackets if one is valid (`addr@trunc <real@addr>`), else the
    last thing shaped like an address (`Big Bug bb@bug.com`)."""
    for candidate in map(_unquoted, reversed(_ANGLED.findall(raw))):
        if _WHOLE_ADDRESS.match(candidate):
            return _strip_name(raw[: raw.rfind("<")]), candidate.lower()
    found = _ADDRESS.findall(raw)
    if not found:
        return None
    address = found[-1].strip(".")
    name = _strip_name(raw.replace(found[-1], " "))
    return name, address.lower()


def _strip_name(text: str) -> str:
    text = _ADDRESS.sub(" ", text)
    return re.sub(r"\s+", " ", text.replace('"', " ").replace("<", " ").replace(">", " ")).strip(
        " .,;:"
    )


def domain_of(address: str | None) -> str:
    return address.rsplit("@", 1)[-1].lower() if address and "@" in address else ""


def is_office_address(address: str | None, office_domains: Iterable[str]) -> bool:
    """The shop's own address (a staff member forwarding a customer's mail): its domain is
    one of the office's domains or a subdomain of one."""
    domain = domain_of(address)
    return bool(domain) and any(
        domain == own or domain.endswith("." + own) for own in office_domains if own
    )


def parse_date(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text[:200])
    except (TypeError, ValueError, IndexError, OverflowError):  # incl. a year of 99999
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def received_at(message: Message, now: datetime, warnings: list[EmailWarning]) -> datetime | None:
    """The top Received header's time (when the shop's server took the message), else the
    Date header; None when neither can be read. A time more than a day after ``now`` is a
    damaged header: warned about and not used."""
    stamp: datetime | None = None
    for header in (message.get_all("received") or [])[:1]:
        stamp = parse_date(str(header)[:MAX_HEADER_CHARS].rsplit(";", 1)[-1].strip())
    if stamp is None:
        date = message.get("date")
        stamp = parse_date(str(date)) if date is not None else None
    if stamp is not None and stamp > now + timedelta(days=1):
        warnings.append(email_warning(FUTURE_DATE_WARNING))
        return None
    return stamp


def automatic_kind(message: Message) -> SkipReason | None:
    """Bounces, delivery reports, auto-replies, read receipts and bulk mail, by the headers
    their senders are required (RFC 3834, 3464, 8098) or used to set."""
    content_type = message.get_content_type()
    report = str(message.get_param("report-type", "") or "").lower()
    if content_type == "multipart/report":
        if "disposition-notification" in report:
            return SkipReason.READ_RECEIPT
        if "delivery-status" in report:
            return SkipReason.BOUNCE if _from_mailer_daemon(message) else SkipReason.DELIVERY_REPORT
        return SkipReason.DELIVERY_REPORT
    if content_type in ("message/delivery-status", "message/disposition-notification"):
        return SkipReason.DELIVERY_REPORT
    if header_text(message, "disposition-notification-to") and header_text(
        message, "original-recipient"
    ):
        return SkipReason.READ_RECEIPT
    auto_submitted = header_text(message, "auto-submitted").lower()
    if auto_submitted and not auto_submitted.startswith("no"):
        return SkipReason.AUTO_REPLY
    if any(header_text(message, name) for name in ("x-autoreply", "x-autorespond")):
        return SkipReason.AUTO_REPLY
    if header_text(message, "precedence").lower() in ("bulk", "junk", "auto_reply"):
        return SkipReason.BULK
    if _from_mailer_daemon(message):
        return SkipReason.BOUNCE
    return None


def _from_mailer_daemon(message: Message) -> bool:
    """MAILER-DAEMON, or a postmaster with the null sender (``Return-Path: <>``) that
    RFC 5321 prescribes for bounces; a person may well write from postmaster@."""
    sender = header_text(message, "from").lower()
    null_sender = header_text(message, "return-path").replace(" ", "") == "<>"
    return "mailer-daemon@" in sender or ("postmaster@" in sender and null_sender)
