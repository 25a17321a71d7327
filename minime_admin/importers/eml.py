"""Read an .eml file (as dragged from Outlook, Apple Mail or Thunderbird) into plain values.

Whatever can be read is kept; what cannot becomes a warning next to it. Any charset the
message declares (UTF-8, windows-1257, ISO-8859-13, with quoted-printable or base64) is
decoded; HTML-only mail is turned into readable text; a forwarded message yields the
original sender.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from minime_admin.errors import (
    BIG_ATTACHMENT_WARNING,
    BROKEN_STRUCTURE_WARNING,
    NO_DATE_WARNING,
    NO_TEXT_WARNING,
    UNKNOWN_CHARSET_WARNING,
    EmailWarning,
    NotAnEmail,
    email_warning,
)

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_FORWARD_MARKERS = re.compile(
    r"^-{2,}\s*(Forwarded message|Original Message|Pārsūtīta ziņa|Pārsūtītā vēstule|"
    r"Sākotnējā ziņa)\s*-{2,}\s*$|^Begin forwarded message:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARDED_FROM = re.compile(r"^(?:From|No|Sūtītājs)\s*:\s*(.+)$", re.MULTILINE)
_FALLBACK_CHARSETS = ("utf-8", "cp1257")


@dataclass(frozen=True)
class ParsedAttachment:
    filename: str
    content_type: str
    content: bytes


@dataclass
class ParsedEmail:
    sender_name: str
    sender_email: str | None
    received_at: datetime
    subject: str
    body: str
    attachments: list[ParsedAttachment] = field(default_factory=list)
    warnings: list[EmailWarning] = field(default_factory=list)
    forwarded: bool = False


def parse_eml(data: bytes, name: str, now: datetime) -> ParsedEmail:
    """``now`` (the clock's) stands in as the time of receipt when the message has none."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not _looks_like_email(message):
        raise NotAnEmail(name=name)
    warnings: list[EmailWarning] = []
    for defect in message.defects[:1]:
        warnings.append(email_warning(BROKEN_STRUCTURE_WARNING, detail=type(defect).__name__))

    inner = _attached_original(message)
    source = inner or message
    received = _received_at(message) or _date_header(source)
    if received is None:
        warnings.append(email_warning(NO_DATE_WARNING))
        received = now

    body, attachments = _walk(message, warnings, skip=inner)
    if inner is not None:
        inner_body, inner_attachments = _walk(inner, warnings)
        body = (body + "\n\n" + inner_body).strip()
        attachments += inner_attachments
    name_, address = _sender(source)
    forwarded = inner is not None
    if inner is None:
        original = _inline_forwarded_sender(body)
        if original is not None:
            (name_, address), forwarded = original, True
    if not body.strip():
        warnings.append(email_warning(NO_TEXT_WARNING))
    return ParsedEmail(
        sender_name=name_ or (address or ""),
        sender_email=address,
        received_at=received,
        subject=str(source.get("subject", "") or "").strip(),
        body=body.strip(),
        attachments=attachments,
        warnings=warnings,
        forwarded=forwarded,
    )


def _looks_like_email(message: Message) -> bool:
    known = {"from", "date", "subject", "received", "message-id", "to", "mime-version"}
    present = {key.lower() for key in message}
    return "from" in present and len(present & known) >= 2


def _sender(message: Message) -> tuple[str, str | None]:
    try:
        pairs = getaddresses([str(message.get("from", ""))])
    except Exception:  # malformed header: keep the raw text as the name
        return str(message.get("from", "")), None
    for display, address in pairs:
        if "@" in address:
            return display.strip(), address.strip().lower()
    return (pairs[0][0] if pairs else ""), None


def _received_at(message: Message) -> datetime | None:
    """The topmost Received header: when the shop's mail server took the message."""
    for header in message.get_all("received", []) or []:
        stamp = str(header).rsplit(";", 1)[-1].strip()
        parsed = _parse_date(stamp)
        if parsed is not None:
            return parsed
    return None


def _date_header(message: Message) -> datetime | None:
    value = message.get("date")
    return _parse_date(str(value)) if value else None


def _parse_date(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _attached_original(message: Message) -> EmailMessage | None:
    """A forwarded message carried as message/rfc822 is the real request."""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], EmailMessage):
                return payload[0]
    return None


def _walk(
    message: Message, warnings: list[EmailWarning], skip: Message | None = None
) -> tuple[str, list[ParsedAttachment]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[ParsedAttachment] = []
    for part in _parts(message, skip):
        disposition = part.get_content_disposition()
        content_type = part.get_content_type()
        filename = part.get_filename()
        if disposition == "attachment" or (filename and not content_type.startswith("text/")):
            _add_attachment(part, filename or "attachment", attachments, warnings)
        elif content_type == "text/plain":
            plain.append(_text_of(part, warnings))
        elif content_type == "text/html":
            html.append(html_to_text(_text_of(part, warnings)))
    return "\n\n".join(plain or html), attachments


def _parts(message: Message, skip: Message | None) -> list[Message]:
    if not message.is_multipart():
        return [message]
    found: list[Message] = []
    for part in message.iter_parts() if isinstance(message, EmailMessage) else []:
        if part is skip or part.get_content_type() == "message/rfc822":
            continue
        found.extend(_parts(part, skip) if part.is_multipart() else [part])
    return found


def _decoded(part: Message) -> bytes:
    """A leaf part's content with its transfer encoding undone (empty for anything else)."""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _text_of(part: Message, warnings: list[EmailWarning]) -> str:
    raw = _decoded(part)
    charset = part.get_content_charset() or "utf-8"
    try:
        return raw.decode(charset)
    except LookupError:
        pass
    except UnicodeDecodeError:
        charset = f"{charset} (invalid)"
    for fallback in _FALLBACK_CHARSETS:
        try:
            text = raw.decode(fallback)
        except UnicodeDecodeError:
            continue
        warnings.append(email_warning(UNKNOWN_CHARSET_WARNING, charset=charset, used=fallback))
        return text
    return raw.decode("utf-8", errors="replace")


def _add_attachment(
    part: Message, filename: str, attachments: list[ParsedAttachment], warnings: list[EmailWarning]
) -> None:
    content = _decoded(part)
    if len(content) > MAX_ATTACHMENT_BYTES:
        warnings.append(
            email_warning(
                BIG_ATTACHMENT_WARNING,
                filename=filename,
                megabytes=round(len(content) / 1024 / 1024, 1),
                limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            )
        )
        return
    attachments.append(ParsedAttachment(filename, part.get_content_type(), content))


def _inline_forwarded_sender(body: str) -> tuple[str, str | None] | None:
    marker = _FORWARD_MARKERS.search(body)
    if marker is None:
        return None
    sender = _FORWARDED_FROM.search(body, marker.end())
    if sender is None:
        return None
    pairs = getaddresses([sender.group(1)])
    for display, address in pairs:
        if "@" in address:
            return display.strip(), address.strip().lower()
    return None


class _TextExtractor(HTMLParser):
    _BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self._skip += 1
        elif tag in self._BREAKS:
            self.chunks.append("\n")
        if tag == "li":
            self.chunks.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BREAKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    text = "".join(extractor.chunks)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
