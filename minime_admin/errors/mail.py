"""Errors and warnings of reading e-mail messages (.eml, Outlook .msg) into the inbox."""

from __future__ import annotations

from typing import Any

from minime_admin.errors.base import QT_TRANSLATE_NOOP, InvalidInput, KnownError


class NotAnEmail(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} is not an e-mail message (no sender or message headers); not imported."
    )


class EmailWarning(KnownError):
    """Not raised: a note shown beside an e-mail that was imported with what could be read."""


def email_warning(source_text: str, **params: Any) -> EmailWarning:
    return EmailWarning(source_text, **params)


NO_DATE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message has no date; the time it was imported is used as the time of receipt. "
    "Check it against the mailbox.",
)


UNKNOWN_CHARSET_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "Part of the message declares an unknown character set ({charset}); it was read as "
    "{used}. Check the text for wrong letters.",
)


BIG_ATTACHMENT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The attachment {filename} ({megabytes} MB) is larger than {limit} MB and was not stored. "
    "Ask the person to send it another way if it is needed.",
)


BROKEN_STRUCTURE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message's structure is damaged ({detail}); the readable parts were imported.",
)


NO_TEXT_WARNING = QT_TRANSLATE_NOOP(
    "errors", "The message has no readable text; see its attachments."
)


NO_SENDER_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The sender's address could not be read from the message; enter it by hand if the "
    "person is to be answered by e-mail.",
)


DAMAGED_SENDER_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The sender line of the message is damaged; the address shown was recovered from it. "
    "Check it against the message.",
)


FUTURE_DATE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message's date lies in the future, so it is damaged; the time it was imported is "
    "used as the time of receipt. Check it against the mailbox.",
)


TOO_MANY_PARTS_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message has more than {limit} parts or is nested too deeply; only the first parts "
    "were read.",
)


TEXT_CUT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message's text is longer than {limit} characters; only the beginning was kept. "
    "Read the rest in the mailbox.",
)


OUTLOOK_NO_TEXT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The Outlook message keeps its text only in a rich-text form that the app does not read; "
    "open it in Outlook to read it.",
)


class BadMailDomains(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "'{value}' is not an e-mail domain (like minime.lv); the shop's e-mail domains were "
        "not changed.",
    )


class MessageTooLarge(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is larger than {limit} MB, more than an e-mail request can be; not imported. "
        "Save its text and attachments separately.",
    )


class MessageUnreadable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} is damaged and could not be read as an e-mail message; not imported."
    )


class OutlookItemNotEmail(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is an Outlook item but not an e-mail message (a contact, appointment, task or "
        "note); not imported.",
    )


class BadEmail(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not an e-mail address; nothing was changed."
    )


MESSAGE_SKIPPED = QT_TRANSLATE_NOOP("errors", "{name} was skipped: {reason}.")


__all__ = [
    "BIG_ATTACHMENT_WARNING",
    "BROKEN_STRUCTURE_WARNING",
    "DAMAGED_SENDER_WARNING",
    "FUTURE_DATE_WARNING",
    "MESSAGE_SKIPPED",
    "NO_DATE_WARNING",
    "NO_SENDER_WARNING",
    "NO_TEXT_WARNING",
    "OUTLOOK_NO_TEXT_WARNING",
    "TEXT_CUT_WARNING",
    "TOO_MANY_PARTS_WARNING",
    "UNKNOWN_CHARSET_WARNING",
    "BadEmail",
    "BadMailDomains",
    "EmailWarning",
    "MessageTooLarge",
    "MessageUnreadable",
    "NotAnEmail",
    "OutlookItemNotEmail",
    "email_warning",
]
