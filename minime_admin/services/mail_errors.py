"""What can go wrong with the office mailbox and sending letters, one sentence each.

Kept beside the mail services rather than in errors.py (the intake's errors live there).
Every sentence names hosts, ports, files and counts only, never an address of a person,
and says that nothing was recorded as sent: the record is written only after the server
accepted a letter (services/mail_send.py).
"""

from __future__ import annotations

from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError


class MailSettingsMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The outgoing mail server is not set: fill in Settings › Mailbox or run `minime-admin "
        "mail configure`. Nothing was sent.",
    )


class MailPasswordMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mailbox password is missing: save it in Settings › Mailbox (kept in the keychain) "
        "or set MINIME_ADMIN_MAIL_PASSWORD. Nothing was sent.",
    )


class MailNoKeychain(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no keychain to keep the mailbox password: set "
        "MINIME_ADMIN_MAIL_PASSWORD before sending instead. The password was not saved.",
    )


class MailServerInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "“{server}” is not a mail server: give it as HOST:PORT, e.g. smtp.example.lv:465.",
    )


class MailPlainRefused(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A mail server without TLS is accepted only on this computer (127.0.0.1 or "
        "localhost), not at {host}. Choose implicit TLS or STARTTLS.",
    )


class MailAddressInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The office's “From” address is not an e-mail address: {address}."
    )


class MailTlsInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "TLS is one of implicit, starttls or none, not “{tls}”."
    )


class MailRateInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The sending rate is a number of letters per minute from 0 (no pause) to {maximum}.",
    )


class MailIntervalInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The fetch interval is a number of minutes from 0 (only when asked) to {maximum}.",
    )


class MailCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). "
        "Nothing was sent.",
    )


class MailServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host}:{port} could not be reached ({detail}). Nothing was sent; "
        "check the server in Settings › Mailbox, or try again later.",
    )


class MailCertificateRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} showed a certificate this computer does not trust "
        "({detail}): it may be expired, self-signed or for another address. If the server "
        "uses its own certificate authority, give its file in Settings › Mailbox. Nothing "
        "was sent.",
    )


class MailTlsFailed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A secure (TLS) connection to the mail server {host} could not be made ({detail}). "
        "Is the TLS setting right for port {port}? Nothing was sent.",
    )


class MailStartTlsUnsupported(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not offer STARTTLS, so the password would travel "
        "unencrypted. Nothing was sent; check the TLS setting and the port.",
    )


class MailLoginRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the user name or password. Nothing was sent; check "
        "them in Settings › Mailbox.",
    )


class MailAuthUnsupported(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not accept a login on this connection. Nothing was "
        "sent; check the TLS setting and the port.",
    )


class MailSenderRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused to send from the office's address (code {code}). "
        "Nothing was sent; check the “From” address in Settings › Mailbox.",
    )


class MailRecipientRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the recipient's address (code {code}). The letter "
        "was not sent; check the address on the request.",
    )


class MailRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the message (code {code}). It is not recorded as sent.",
    )


class MailTimeout(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} did not answer in time (waited {seconds} s). The letter is not "
        "recorded as sent; try again later.",
    )


class MailConnectionLost(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} closed the connection before it accepted the message. The "
        "letter is not recorded as sent; try again later.",
    )


class MailNoRecipient(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Request {reference} has no e-mail address to send the letter to. Save or print it "
        "instead.",
    )


class MailRecipientInvalid(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The e-mail address on request {reference} is not one a letter can be sent to. "
        "Nothing was sent.",
    )


class MailLetterNotArchived(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Letter no. {id} is not in the archive, so it cannot be sent.",
    )


class MailImapLoginFailed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The incoming mail server {host} refused the user name or password.",
    )


class MailImapFolderMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The incoming mail server {host} has no folder “{folder}”."
    )


class MailMaybeSent(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The {kind} letter for request {reference} may have been sent at {time} (Message-ID "
        "{message_id}): the app stopped before the mail server's answer was recorded. Check "
        "the office's sent folder; send it again only if it is not there (--resend).",
    )


class DraftNotSent(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Draft letters are never e-mailed: only final letters, after a manager's sign-off.",
    )
