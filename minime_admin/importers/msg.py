"""Read an Outlook .msg file (a message dragged out of Outlook on Windows) into the same
values as an .eml: sender, time of receipt, subject, text, attachments.

A .msg is an OLE compound file holding MAPI properties ([MS-OXMSG]): each property is a
stream ``__substg1.0_IIIITTTT`` (id, type) or a 16-byte entry in ``__properties_version1.0``.
It is read with olefile (BSD licence) rather than extract-msg, whose GPL-3.0 cannot be
shipped inside this proprietary app. Received mail keeps its original Internet headers
(PR_TRANSPORT_MESSAGE_HEADERS): sender, time of receipt and the automatic-message marks
are read from them exactly as for an .eml; Outlook's own properties fill in the rest.

A message forwarded "as attachment" from Outlook carries the original as an embedded
message (an attachment whose ``__substg1.0_3701000D`` storage holds its properties). By the
same rule as an .eml's message/rfc822 part (importers/eml.py), it is unwrapped only when the
outer sender is one of the office's own addresses: the requester is then the original's
sender, the text and attachments are both messages', the received time stays the outer's.
"""

from __future__ import annotations

import email
import email.policy
import io
import struct
from datetime import UTC, datetime, timedelta
from email.message import Message
from typing import TYPE_CHECKING

from minime_admin.errors import (
    BIG_ATTACHMENT_WARNING,
    NO_DATE_WARNING,
    NO_TEXT_WARNING,
    OUTLOOK_NO_TEXT_WARNING,
    TEXT_CUT_WARNING,
    EmailWarning,
    MessageUnreadable,
    OutlookItemNotEmail,
    email_warning,
)
from minime_admin.importers import mail_headers
from minime_admin.importers.eml import (
    MAX_ATTACHMENT_BYTES,
    MAX_HTML_CHARS,
    MAX_PARTS,
    MAX_TEXT_CHARS,
    ParsedAttachment,
    ParsedEmail,
    html_to_text,
    inline_forwarded_sender,
    safe_filename,
)
from minime_admin.importers.mail_headers import SkipReason

if TYPE_CHECKING:
    import olefile  # imported in parse_msg, when first used (#19.5)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# MAPI property ids ([MS-OXPROPS]).
_SUBJECT = 0x0037
_TRANSPORT_HEADERS = 0x007D
_SENDER_NAME = 0x0C1A
_SENDER_ADDRESS = 0x0C1F
_SENDER_SMTP = 0x5D01
_SENT_REPRESENTING_SMTP = 0x5D02
_SENT_REPRESENTING_NAME = 0x0042
_MESSAGE_CLASS = 0x001A
_BODY = 0x1000
_HTML = 0x1013
_DELIVERY_TIME = 0x0E06
_SUBMIT_TIME = 0x0039
_CODEPAGE = 0x3FFD
_LOCALE_ID = 0x3FF1
_INTERNET_CPID = 0x3FDE
_ATTACH_LONG_NAME = 0x3707
_ATTACH_NAME = 0x3704
_ATTACH_DATA = 0x3701
_ATTACH_MIME = 0x370E
_DISPLAY_NAME = 0x3001
_EMBEDDED = "__substg1.0_3701000D"  # PR_ATTACH_DATA_OBJ: an attached Outlook item

_UNICODE, _STRING8, _BINARY, _LONG, _SYSTIME = 0x001F, 0x001E, 0x0102, 0x0003, 0x0040
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)

# Windows code pages as Python names (those Python spells differently or not at all).
_CODEPAGES = {65001: "utf-8", 1200: "utf-16-le", 20127: "ascii", 28591: "latin-1"}
# The ANSI code page of a Windows locale's primary language (LCID & 0x3FF): Baltic,
# Cyrillic, Central European and Greek; everything else Western (1252).
_LOCALE_CODEPAGES = {
    0x26: 1257,
    0x27: 1257,
    0x25: 1257,  # Latvian, Lithuanian, Estonian
    0x19: 1251,
    0x22: 1251,
    0x23: 1251,
    0x02: 1251,  # Russian, Ukrainian, Belarusian, Bulgarian
    0x15: 1250,
    0x05: 1250,
    0x0E: 1250,
    0x1B: 1250,
    0x24: 1250,  # Polish, Czech, Hungarian...
    0x08: 1253,  # Greek
}


def is_msg(data: bytes) -> bool:
    return data.startswith(OLE_MAGIC)


def automatic_kind(message_class: str, headers: Message | None) -> SkipReason | None:
    """Outlook's message classes for reports and out-of-office replies, else the headers."""
    upper = message_class.upper()
    if upper.startswith("REPORT."):
        if upper.endswith((".IPNRN", ".IPNNRN")):
            return SkipReason.READ_RECEIPT
        return SkipReason.BOUNCE if upper.endswith(".NDR") else SkipReason.DELIVERY_REPORT
    if upper.startswith("IPM.NOTE.RULES.OOFTEMPLATE") or upper.startswith("IPM.NOTE.RULES.REPLY"):
        return SkipReason.AUTO_REPLY
    return mail_headers.automatic_kind(headers) if headers is not None else None


class _Reader:
    """The properties of the message (or of one attachment) under ``prefix``."""

    def __init__(self, ole: olefile.OleFileIO, prefix: list[str], header_size: int) -> None:
        self.ole, self.prefix = ole, prefix
        self.fixed: dict[int, tuple[int, bytes]] = {}
        path = [*prefix, "__properties_version1.0"]
        if ole.exists("/".join(path)):
            raw = ole.openstream(path).read()[header_size:]
            for offset in range(0, len(raw) - 15, 16):
                kind, pid = struct.unpack_from("<HH", raw, offset)
                self.fixed[pid] = (kind, raw[offset + 8 : offset + 16])
        # 8-bit strings are in the message's code page; the HTML body in the Internet one.
        # Without the former, the Internet one if the bytes fit it, else the locale's.
        locale = _LOCALE_CODEPAGES.get(self.long(_LOCALE_ID) & 0x3FF, 1252)
        self.codepages = [self.long(_CODEPAGE), self.long(_INTERNET_CPID), locale]
        self.internet_codepage = self.long(_INTERNET_CPID) or self.long(_CODEPAGE) or locale

    def stream(self, pid: int, kind: int) -> bytes | None:
        path = [*self.prefix, f"__substg1.0_{pid:04X}{kind:04X}"]
        if not self.ole.exists("/".join(path)):
            return None
        return bytes(self.ole.openstream(path).read())

    def text(self, pid: int, limit: int = mail_headers.MAX_HEADER_CHARS) -> str:
        unicode = self.stream(pid, _UNICODE)
        if unicode is not None:
            return unicode[: limit * 2].decode("utf-16-le", errors="replace").rstrip("\x00")
        narrow = self.stream(pid, _STRING8)
        return "" if narrow is None else self.decode(narrow[: limit * 4]).rstrip("\x00")

    def decode(self, data: bytes, codepage: int | None = None) -> str:
        candidates = [codepage] if codepage else [c for c in self.codepages if c]
        for candidate in candidates:
            try:
                return data.decode(_CODEPAGES.get(candidate, f"cp{candidate}"))
            except (LookupError, UnicodeDecodeError):
                continue
        name = _CODEPAGES.get(candidates[-1], f"cp{candidates[-1]}")
        try:
            return data.decode(name, errors="replace")
        except LookupError:
            return data.decode("cp1252", errors="replace")

    def long(self, pid: int) -> int:
        kind, value = self.fixed.get(pid, (0, b""))
        return int(struct.unpack_from("<I", value)[0]) if kind == _LONG else 0

    def time(self, pid: int) -> datetime | None:
        kind, value = self.fixed.get(pid, (0, b""))
        if kind != _SYSTIME:
            return None
        ticks = struct.unpack_from("<Q", value)[0]
        try:
            return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None


def parse_msg(
    data: bytes, name: str, now: datetime, office_domains: tuple[str, ...]
) -> ParsedEmail | SkipReason:
    """The message, or why it is skipped. A damaged file or an Outlook item that is not a
    message (contact, appointment, task, note) is refused."""
    import olefile  # imported when first used: a fast start (#19.5)

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except Exception as error:  # olefile raises OSError and more on damaged files
        raise MessageUnreadable(name=name) from error
    with ole:
        try:
            return _read(ole, name, now, office_domains)
        except (OSError, struct.error, ValueError, IndexError) as error:
            raise MessageUnreadable(name=name) from error


def _read(
    ole: olefile.OleFileIO, name: str, now: datetime, office_domains: tuple[str, ...]
) -> ParsedEmail | SkipReason:
    message = _Reader(ole, [], 32)
    message_class = message.text(_MESSAGE_CLASS) or "IPM.Note"
    if not message_class.upper().startswith(("IPM.NOTE", "IPM.POST", "REPORT.")):
        raise OutlookItemNotEmail(name=name)
    raw_headers = message.text(_TRANSPORT_HEADERS, 200_000)
    headers = (
        email.message_from_string(raw_headers, policy=email.policy.compat32)
        if raw_headers.strip()
        else None
    )
    skip = automatic_kind(message_class, headers)
    if skip is not None:
        return skip
    warnings: list[EmailWarning] = []
    if headers is not None and headers.get("from"):
        sender_name, address = mail_headers.sender_of(headers, warnings)
    else:
        sender_name, address = _outlook_sender(message, warnings)
    received = mail_headers.received_at(headers, now, warnings) if headers is not None else None
    received = received or message.time(_DELIVERY_TIME) or message.time(_SUBMIT_TIME)
    if received is None:
        warnings.append(email_warning(NO_DATE_WARNING))
        received = now
    body = _body(message, warnings)
    attachments = _attachments(ole, [], warnings)
    subject = mail_headers.decode_words(message.text(_SUBJECT))
    forwarded = False
    if mail_headers.is_office_address(address, office_domains):
        inner = _forwarded_original(ole, warnings)
        if inner is not None:
            (sender_name, address), inner_subject, inner_body, inner_attachments = inner
            body = (body + "\n\n" + inner_body).strip()
            attachments += inner_attachments
            subject, forwarded = inner_subject or subject, True
        else:
            original = inline_forwarded_sender(body)
            if original is not None:
                (sender_name, address), forwarded = original, True
    if not body:
        warnings.append(email_warning(NO_TEXT_WARNING))
    return ParsedEmail(
        sender_name=sender_name or (address or ""),
        sender_email=address,
        received_at=received,
        subject=subject,
        body=body,
        attachments=attachments,
        warnings=warnings,
        forwarded=forwarded,
    )


def _outlook_sender(message: _Reader, warnings: list[EmailWarning]) -> tuple[str, str | None]:
    """Sent or saved-draft items have no Internet headers: Outlook's sender properties.
    An Exchange sender's PR_SENDER_EMAIL_ADDRESS is an X.500 path, not an address."""
    name = message.text(_SENDER_NAME) or message.text(_SENT_REPRESENTING_NAME)
    for pid in (_SENDER_SMTP, _SENT_REPRESENTING_SMTP, _SENDER_ADDRESS):
        candidate = message.text(pid).strip()
        if "@" in candidate:
            found: list[EmailWarning] = []
            display, address = mail_headers.sender_from_text(
                f"{name} <{candidate}>" if name else candidate, found
            )
            if address:
                warnings.extend(found)
                return display, address
    return mail_headers.sender_from_text(name, warnings)


def _body(message: _Reader, warnings: list[EmailWarning]) -> str:
    body = message.text(_BODY, MAX_TEXT_CHARS + 1).replace("\r\n", "\n").strip()
    if not body:
        html = message.stream(_HTML, _BINARY)
        if html is not None:
            body = html_to_text(
                message.decode(html[: MAX_HTML_CHARS * 2], message.internet_codepage)
            )
        else:
            body = html_to_text(message.text(_HTML, MAX_HTML_CHARS))
    if not body and message.stream(0x1009, _BINARY) is not None:
        warnings.append(email_warning(OUTLOOK_NO_TEXT_WARNING))
    if len(body) > MAX_TEXT_CHARS:
        warnings.append(email_warning(TEXT_CUT_WARNING, limit=f"{MAX_TEXT_CHARS:,}"))
        body = body[:MAX_TEXT_CHARS]
    return body


def _forwarded_original(
    ole: olefile.OleFileIO, warnings: list[EmailWarning]
) -> tuple[tuple[str, str | None], str, str, list[ParsedAttachment]] | None:
    """The first message attached as an Outlook item, when its sender can be read: (its
    sender, subject, text, attachments). Only a forward from an office address gets here."""
    for storage in _attachment_storages(ole, []):
        prefix = [storage, _EMBEDDED]
        if not ole.exists("/".join(prefix)):
            continue
        inner = _Reader(ole, prefix, 24)  # an embedded message's header is 24 bytes
        raw = inner.text(_TRANSPORT_HEADERS, 200_000)
        headers = email.message_from_string(raw, policy=email.policy.compat32)
        found: list[EmailWarning] = []
        if raw.strip() and headers.get("from"):
            sender = mail_headers.sender_of(headers, found)
        else:  # saved from Outlook without Internet headers: its sender properties
            sender = _outlook_sender(inner, found)
        if sender[1] is None:
            return None  # no readable sender: it stays what it is, the outer one's
        warnings.extend(found)
        body = _body(inner, warnings)
        subject = mail_headers.decode_words(inner.text(_SUBJECT))
        return sender, subject, body, _attachments(ole, prefix, warnings)
    return None


def _attachment_storages(ole: olefile.OleFileIO, prefix: list[str]) -> list[str]:
    """The attachment storages directly under ``prefix`` (the message's, or an embedded
    message's), in order."""
    depth = len(prefix)
    names = {
        entry[depth]
        for entry in ole.listdir(streams=True, storages=True)
        if len(entry) > depth and entry[:depth] == prefix
    }
    return sorted(n for n in names if n.startswith("__attach_version1.0_"))[:MAX_PARTS]


def _attachments(
    ole: olefile.OleFileIO, prefix: list[str], warnings: list[EmailWarning]
) -> list[ParsedAttachment]:
    found: list[ParsedAttachment] = []
    for storage in _attachment_storages(ole, prefix):
        attachment = _Reader(ole, [*prefix, storage], 8)
        data = attachment.stream(_ATTACH_DATA, _BINARY)
        if data is None:  # an embedded Outlook item, or an OLE object: not a file
            continue
        filename = safe_filename(
            attachment.text(_ATTACH_LONG_NAME)
            or attachment.text(_ATTACH_NAME)
            or attachment.text(_DISPLAY_NAME)
        )
        if len(data) > MAX_ATTACHMENT_BYTES:
            warnings.append(
                email_warning(
                    BIG_ATTACHMENT_WARNING,
                    filename=filename,
                    megabytes=round(len(data) / 1024 / 1024, 1),
                    limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
                )
            )
            continue
        content_type = attachment.text(_ATTACH_MIME) or "application/octet-stream"
        found.append(ParsedAttachment(filename, content_type.strip().lower(), data))
    return found
