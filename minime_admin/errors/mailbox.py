"""Errors of the office mailbox: fetching requests from it (IMAP) and sending letters (SMTP)."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, InvalidInput, KnownError


class MailSettingsMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "No mailbox is set up: give its server and user in Settings › Mailbox (or with "
        "'minime-admin mail configure'). No mail was fetched.",
    )


class MailPasswordMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mailbox password is missing: save it in Settings › Mailbox (kept in the keychain) "
        "or set MINIME_ADMIN_MAIL_PASSWORD. No mail was fetched.",
    )


class MailPlainRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A mailbox without TLS is accepted only on this computer (127.0.0.1 or localhost), "
        "not at {host}: choose implicit TLS or STARTTLS. No mail was fetched.",
    )


class MailServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} did not answer ({detail}). No mail was fetched; try again later.",
    )


class MailCertificateRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} showed a certificate this computer does not trust ({detail}): "
        "it may be expired, self-signed or for another address. If the server uses its own "
        "certificate authority, give its file in Settings › Mailbox. No mail was fetched.",
    )


class MailCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). No "
        "mail was fetched.",
    )


class MailNoStarttls(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not offer STARTTLS, so the password was not sent: choose "
        "implicit TLS (usually port 993). No mail was fetched.",
    )


class MailLoginRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the user name or password. Check them in Settings › "
        "Mailbox. No mail was fetched.",
    )


class MailFolderMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mailbox at {host} has no folder named '{folder}'. Check the folder names in "
        "Settings › Mailbox. No mail was fetched.",
    )


class MailConnectionLost(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the mail server {host} broke off. Nothing of the unfinished batch "
        "was recorded; the messages not yet taken will be fetched next time.",
    )


class SetAsideReasonNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Say why the fetched message is not a request (--reason). It was not set aside.",
    )


class MailProposalGone(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This fetched message has already been opened as a request or set aside by someone "
        "else. Nothing was changed.",
    )


class MailOutgoingMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The outgoing mail server is not set: fill in Settings › Mailbox or run `minime-admin "
        "mail configure`. Nothing was sent.",
    )


class MailSendPasswordMissing(KnownError):
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


class MailPlainSettingRefused(InvalidInput):
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


class MailSendCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). "
        "Nothing was sent.",
    )


class MailSendServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host}:{port} could not be reached ({detail}). Nothing was sent; "
        "check the server in Settings › Mailbox, or try again later.",
    )


class MailSendCertificateRefused(KnownError):
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


class MailSendLoginRefused(KnownError):
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


class MailSendConnectionLost(KnownError):
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


__all__ = [
    "DraftNotSent",
    "MailAddressInvalid",
    "MailAuthUnsupported",
    "MailCaFileUnusable",
    "MailCertificateRefused",
    "MailConnectionLost",
    "MailFolderMissing",
    "MailImapFolderMissing",
    "MailImapLoginFailed",
    "MailIntervalInvalid",
    "MailLetterNotArchived",
    "MailLoginRefused",
    "MailMaybeSent",
    "MailNoKeychain",
    "MailNoRecipient",
    "MailNoStarttls",
    "MailOutgoingMissing",
    "MailPasswordMissing",
    "MailPlainRefused",
    "MailPlainSettingRefused",
    "MailProposalGone",
    "MailRateInvalid",
    "MailRecipientInvalid",
    "MailRecipientRefused",
    "MailRefused",
    "MailSendCaFileUnusable",
    "MailSendCertificateRefused",
    "MailSendConnectionLost",
    "MailSendLoginRefused",
    "MailSendPasswordMissing",
    "MailSendServerUnreachable",
    "MailSenderRefused",
    "MailServerInvalid",
    "MailServerUnreachable",
    "MailSettingsMissing",
    "MailStartTlsUnsupported",
    "MailTimeout",
    "MailTlsFailed",
    "MailTlsInvalid",
    "SetAsideReasonNeeded",
]
