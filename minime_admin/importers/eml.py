"""Read an .eml file (as dragged from Outlook, Apple Mail or Thunderbird) into plain values.

Whatever can be read is kept; what cannot becomes a warning next to it. Any charset the
message declares (UTF-8, windows-1257, ISO-8859-13, with quoted-printable or base64) is
decoded; HTML-only mail is turned into readable text. The requester is the outer sender;
only a message a staff member forwarded from an office address (``office_domains``) is
unwrapped to the original sender.

Bounded work for any input (issue #16): the stdlib parser runs with the lenient compat32
policy (the default policy's header objects raise on many damaged headers and slow down
badly on long ones), on at most MAX_PARTS MIME parts, and text and HTML are cut to a fixed
size before they are decoded. Callers go through importers.mail_intake.read_mail.
"""

from __future__ import annotations

import binascii
import email
import email.policy
import os
import quopri
import re
import unicodedata
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from html.parser import HTMLParser

from minime_admin.errors import (
    BIG_ATTACHMENT_WARNING,
    BROKEN_STRUCTURE_WARNING,
    NO_DATE_WARNING,
    NO_TEXT_WARNING,
    TEXT_CUT_WARNING,
    TOO_MANY_PARTS_WARNING,
    UNKNOWN_CHARSET_WARNING,
    EmailWarning,
    NotAnEmail,
    email_warning,
)
from minime_admin.importers import mail_headers
from minime_admin.importers.mail_headers import header_text

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
# A request is a few paragraphs; a digest or a mail bomb is cut here, with a warning.
MAX_PARTS = 200
MAX_TEXT_CHARS = 500_000
MAX_HTML_CHARS = 500_000  # markup, after inline images are dropped: ~1 s to turn to text
_DATA_URI = re.compile(r"data:[^\s\"')>]{200,}")  # an inline image is no text
_FORWARD_MARKERS = re.compile(
    r"^-{2,}\s*(Forwarded message|Original Message|Pārsūtīta ziņa|Pārsūtītā vēstule|"
    r"Sākotnējā ziņa)\s*-{2,}\s*$|^Begin forwarded message:\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARDED_FROM = re.compile(r"^(?:From|No|Sūtītājs)\s*:\s*(.+)$", re.MULTILINE)
_PART_START = re.compile(rb"(?:^|[\r\n])content-type[ \t]*:")  # over lower-cased bytes
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


def parse_eml(
    data: bytes,
    name: str,
    now: datetime,
    office_domains: tuple[str, ...] = mail_headers.DEFAULT_OFFICE_DOMAINS,
) -> ParsedEmail:
    """``now`` (the clock's) stands in as the time of receipt when the message has none."""
    warnings: list[EmailWarning] = []
    try:
        message = load(data, name, warnings)
        return parse_message(message, now, office_domains, warnings)
    finally:
        forget_blocks()


def load(data: bytes, name: str, warnings: list[EmailWarning]) -> Message:
    """The parsed message (at most MAX_PARTS parts); NotAnEmail for anything else. Its
    long base64 blocks stay aside until forget_blocks() (the caller's finally)."""
    _BLOCKS.set([])
    data = _bounded(data.removeprefix(b"\xef\xbb\xbf"), warnings)
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not looks_like_email(message):
        raise NotAnEmail(name=name)
    return message


def parse_message(
    message: Message,
    now: datetime,
    office_domains: tuple[str, ...],
    warnings: list[EmailWarning],
) -> ParsedEmail:
    for defect in message.defects[:1]:
        warnings.append(email_warning(BROKEN_STRUCTURE_WARNING, detail=type(defect).__name__))
    # Always the outer message's time: when the shop received it, not when a quoted or
    # forwarded original was written.
    received = mail_headers.received_at(message, now, warnings)
    if received is None:
        warnings.append(email_warning(NO_DATE_WARNING))
        received = now
    name_, address = mail_headers.sender_of(message, warnings)
    subject = header_text(message, "subject")
    office = mail_headers.is_office_address(address, office_domains)

    inner = _attached_original(message) if office else None
    body, attachments = _walk(message, warnings, skip=inner)
    forwarded = False
    if inner is not None:
        inner_warnings: list[EmailWarning] = []
        inner_name, inner_address = mail_headers.sender_of(inner, inner_warnings)
        if inner_address is not None:
            inner_body, inner_attachments = _walk(inner, warnings)
            body = (body + "\n\n" + inner_body).strip()
            attachments += inner_attachments
            name_, address, forwarded = inner_name, inner_address, True
            subject = header_text(inner, "subject") or subject
            warnings.extend(inner_warnings)
        else:  # an attached message without a readable sender stays an attachment
            _add_attachment(_rfc822_part(message, inner), "message.eml", attachments, warnings)
    elif office:
        original = inline_forwarded_sender(body)
        if original is not None:
            (name_, address), forwarded = original, True
    body = body.strip()
    if len(body) > MAX_TEXT_CHARS:
        warnings.append(email_warning(TEXT_CUT_WARNING, limit=f"{MAX_TEXT_CHARS:,}"))
        body = body[:MAX_TEXT_CHARS]
    if not body:
        warnings.append(email_warning(NO_TEXT_WARNING))
    return ParsedEmail(
        sender_name=name_ or (address or ""),
        sender_email=address,
        received_at=received,
        subject=subject,
        body=body,
        attachments=attachments,
        warnings=warnings,
        forwarded=forwarded,
    )


def _bounded(data: bytes, warnings: list[EmailWarning]) -> bytes:
    """At most MAX_PARTS parts: the parser's time, memory and recursion grow with them (a
    message nested 1,000 levels deep exhausts Python's stack). Long base64 blocks are
    set aside first (_compact_block)."""
    if len(data) > _COMPACT_FROM:
        data = _LONG_BASE64.sub(_compact_block, data)
    lowered = data.lower()
    if lowered.count(b"content-type") <= MAX_PARTS:
        return data
    for count, match in enumerate(_PART_START.finditer(lowered), start=1):
        if count > MAX_PARTS:
            warnings.append(email_warning(TOO_MANY_PARTS_WARNING, limit=MAX_PARTS))
            return data[: match.start()]
    return data


# Long base64 blocks (100 lines, 4 KB and more: no prose looks so) are taken out before the
# stdlib parser, which works line by line (15 s for a 30 MB attachment's 550,000 lines),
# and left as a token the part's content is read from: decoded at once when it is needed,
# never when too large to store. Per thread (the GUI parses in workers).
_COMPACT_FROM = 256 * 1024
_LONG_BASE64 = re.compile(rb"(?m)(?:^[A-Za-z0-9+/=]{40,}+\r?\n)++")  # each run matched once
_BLOCK_TOKEN = "\x00minime-block "
_BLOCKS: ContextVar[list[bytes | int] | None] = ContextVar("blocks", default=None)


def forget_blocks() -> None:
    _BLOCKS.set(None)


def _compact_block(block: re.Match[bytes]) -> bytes:
    # Counted in place: a too large block is never copied.
    whole, start, end = block.string, block.start(), block.end()
    lines = whole.count(b"\n", start, end)
    blocks = _BLOCKS.get()
    if lines < 100 or blocks is None:  # short, or outside load(): left as it is
        return block.group(0)
    decoded_size = (end - start - lines - whole.count(b"\r", start, end)) * 3 // 4
    blocks.append(decoded_size if decoded_size > MAX_ATTACHMENT_BYTES else block.group(0))
    return f"{_BLOCK_TOKEN}{len(blocks) - 1}\n".encode()


def _block_of(part: Message) -> bytes | int | None:
    """A part's body with the blocks taken out of it put back (bytes, still in its transfer
    encoding); the size of a block too large to store (int); None when it had none."""
    payload = part.get_payload()
    if not isinstance(payload, str) or _BLOCK_TOKEN not in payload:
        return None
    blocks = _BLOCKS.get() or []
    pieces: list[bytes] = []
    for number, piece in enumerate(_TOKEN_LINE.split(payload)):
        if number % 2 == 0:
            pieces.append(piece.encode("ascii", "surrogateescape"))
            continue
        block = blocks[int(piece)] if int(piece) < len(blocks) else b""
        if isinstance(block, int):
            return block
        pieces.append(block)
    return b"".join(pieces)


_TOKEN_LINE = re.compile(re.escape(_BLOCK_TOKEN) + r"(\d+)(?:\r?\n)?")  # last: newline eaten


def looks_like_email(message: Message) -> bool:
    known = {"from", "date", "subject", "received", "message-id", "to", "mime-version"}
    present = {str(key).lower() for key in message}
    return "from" in present and len(present & known) >= 2


def _attached_original(message: Message) -> Message | None:
    """A forwarded message carried as message/rfc822 is the real request (only when a
    staff member forwarded it: the caller checks)."""
    for part in message.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                return payload[0]
    return None


def _rfc822_part(message: Message, inner: Message) -> Message:
    for part in message.walk():
        payload = part.get_payload()
        if isinstance(payload, list) and payload and payload[0] is inner:
            return part
    return inner


def _walk(
    message: Message, warnings: list[EmailWarning], skip: Message | None = None
) -> tuple[str, list[ParsedAttachment]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[ParsedAttachment] = []
    for part in _parts(message, skip):
        content_type = part.get_content_type()
        if content_type == "message/rfc822":  # an e-mail carried along: kept as a file
            _add_attachment(part, "message.eml", attachments, warnings)
            continue
        disposition = part.get_content_disposition()
        filename = _filename(part)
        if disposition == "attachment" or (filename and not content_type.startswith("text/")):
            _add_attachment(part, filename or "attachment", attachments, warnings)
        elif content_type == "text/plain":
            plain.append(_text_of(part, warnings, MAX_TEXT_CHARS))
        elif content_type == "text/html":
            markup = _DATA_URI.sub("data:", _text_of(part, warnings, MAX_HTML_CHARS * 4))
            if len(markup) > MAX_HTML_CHARS:
                warnings.append(email_warning(TEXT_CUT_WARNING, limit=f"{MAX_HTML_CHARS:,}"))
            html.append(html_to_text(markup))
    return "\n\n".join(plain or html), attachments


def _parts(message: Message, skip: Message | None) -> list[Message]:
    """The leaf parts, and message/rfc822 parts unopened (iteratively: no recursion)."""
    found: list[Message] = []
    stack = [message]
    while stack:
        part = stack.pop()
        payload = part.get_payload()
        if part is skip or (isinstance(payload, list) and payload and payload[0] is skip):
            continue
        if part is not message and part.get_content_type() == "message/rfc822":
            found.append(part)
        elif part.is_multipart() and isinstance(payload, list):
            stack.extend(reversed([p for p in payload if isinstance(p, Message)]))
        else:
            found.append(part)
    return found


def _filename(part: Message) -> str:
    try:
        raw = part.get_filename()
    except Exception:  # a damaged RFC 2231 parameter
        raw = None
    return safe_filename(mail_headers.decode_words(raw)) if raw else ""


def safe_filename(name: str) -> str:
    """A name that is safe to offer for saving: no folders (``../../x``, ``C:\\x``), no
    control characters, not hidden, not too long."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C")
    name = name.strip().lstrip(".").strip()
    if name.upper().split(".")[0] in _WINDOWS_DEVICES:
        name = "_" + name
    stem, suffix = os.path.splitext(name)
    if len(name) > 120:
        name = stem[: 120 - len(suffix[:20])] + suffix[:20]
    return name or "attachment"


_WINDOWS_DEVICES = (
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)


def _decoded(part: Message) -> bytes:
    """A leaf part's content with its transfer encoding undone (empty for anything else)."""
    block = _block_of(part)
    if isinstance(block, int):
        return b""
    if block is not None:
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        if encoding == "base64":
            return binascii.a2b_base64(block)  # skips line breaks and stray characters
        return quopri.decodestring(block) if encoding == "quoted-printable" else block
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a damaged transfer encoding: the part is unreadable, not the mail
        return b""
    if isinstance(payload, bytes):
        return payload
    inner = part.get_payload()
    if isinstance(inner, list):  # message/rfc822 kept whole as a file
        try:
            return b"".join(p.as_bytes() for p in inner if isinstance(p, Message))
        except Exception:
            return b""
    return b""


def _text_of(part: Message, warnings: list[EmailWarning], limit: int) -> str:
    raw = _decoded(part)[: limit * 4]  # UTF-8 is at most 4 bytes a character
    try:
        charset = (part.get_content_charset() or "utf-8").strip("\x00 ")
    except Exception:
        charset = "utf-8"
    try:
        return raw.decode(charset)[:limit]
    except (LookupError, ValueError):  # unknown, "punycode" on non-ASCII, a NUL in it
        pass
    except UnicodeDecodeError:
        charset = f"{charset} (invalid)"
    charset = charset[:40].encode("ascii", "replace").decode()
    for fallback in _FALLBACK_CHARSETS:
        try:
            text = raw.decode(fallback)
        except UnicodeDecodeError:
            continue
        warnings.append(email_warning(UNKNOWN_CHARSET_WARNING, charset=charset, used=fallback))
        return text[:limit]
    return raw.decode("utf-8", errors="replace")[:limit]


def _add_attachment(
    part: Message, filename: str, attachments: list[ParsedAttachment], warnings: list[EmailWarning]
) -> None:
    filename = safe_filename(filename)
    block = _block_of(part)
    if isinstance(block, int):  # too large: measured, never decoded
        size, content = block, b""
    else:
        content = _decoded(part)
        size = len(content)
    if size > MAX_ATTACHMENT_BYTES:
        warnings.append(
            email_warning(
                BIG_ATTACHMENT_WARNING,
                filename=filename,
                megabytes=round(size / 1024 / 1024, 1),
                limit=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            )
        )
        return
    attachments.append(ParsedAttachment(filename, part.get_content_type(), content))


def inline_forwarded_sender(body: str) -> tuple[str, str | None] | None:
    marker = _FORWARD_MARKERS.search(body)
    if marker is None:
        return None
    sender = _FORWARDED_FROM.search(body, marker.end())
    if sender is None:
        return None
    found: list[EmailWarning] = []
    name, address = mail_headers.sender_from_text(sender.group(1)[:1000], found)
    return (name, address) if address else None


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
    extractor.feed(html[:MAX_HTML_CHARS])
    extractor.close()
    text = "".join(extractor.chunks)
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
