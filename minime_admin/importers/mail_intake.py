"""The one way a message's bytes enter the app: ``read_mail(data, source, now, domains)``.

Used for a dropped or chosen file (GUI, `requests import-eml`) and meant for the mailbox
fetch to come: it takes the raw bytes of an .eml or an Outlook .msg (told apart by their
content, not by the file's name) and returns what to propose as a request (ParsedEmail),
or a Skipped with the reason (a bounce, delivery report, auto-reply, read receipt, bulk
mail); a file that is no message, is damaged beyond reading or is too large is refused with
a KnownError. Any input ends in one of these three within bounded time and memory
(tests/test_mail_fuzz.py); nothing here touches the database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from minime_admin.errors import (
    EmailWarning,
    KnownError,
    MessageTooLarge,
    MessageUnreadable,
    NotAnEmail,
)
from minime_admin.importers import eml, mail_headers, msg
from minime_admin.importers.eml import ParsedEmail
from minime_admin.importers.mail_headers import DEFAULT_OFFICE_DOMAINS, SkipReason

# Larger than any e-mail a mail server passes on (30 MB is a common cap), with room for
# base64; the parse of a message this size stays well within 200 MB of memory.
MAX_MESSAGE_BYTES = 45 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Skipped:
    """A message recognised as automatic: listed, not proposed as a request."""

    source: str
    reason: SkipReason


def read_mail(
    data: bytes,
    source: str,
    now: datetime,
    office_domains: tuple[str, ...] = DEFAULT_OFFICE_DOMAINS,
) -> ParsedEmail | Skipped:
    """``source`` names the message in messages to the user (a file name, later a mailbox
    and UID); ``now`` stands in for a missing time of receipt."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise MessageTooLarge(name=source, limit=MAX_MESSAGE_BYTES // 1024 // 1024)
    data = data.removeprefix(_BOM)
    try:
        if msg.is_msg(data):  # also an Outlook message saved or renamed as .eml
            result = msg.parse_msg(data, source, now, office_domains)
            return Skipped(source, result) if isinstance(result, SkipReason) else result
        warnings: list[EmailWarning] = []
        message = eml.load(data, source, warnings)
        reason = mail_headers.automatic_kind(message)
        if reason is not None:
            return Skipped(source, reason)
        return eml.parse_message(message, now, office_domains, warnings)
    except KnownError:
        raise
    except Exception as error:  # RecursionError, MemoryError, a stdlib parser's slip
        # One damaged message must never cost the rest of a batch. Logged by type and
        # place only: the message's text may be personal data.
        place = error.__traceback__
        while place is not None and place.tb_next is not None:
            place = place.tb_next
        where = f"{place.tb_frame.f_code.co_filename}:{place.tb_lineno}" if place else "?"
        _log.warning("message refused after %s at %s", type(error).__name__, where)
        raise MessageUnreadable(name=source) from None
    finally:
        eml.forget_blocks()


__all__ = ["NotAnEmail", "ParsedEmail", "Skipped", "read_mail"]
