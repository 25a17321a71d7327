"""Talking to the office's mail servers: an SMTP connection that sends built messages, and
the IMAP login check of "Test connection". Standard library only (smtplib, imaplib, ssl).

Certificates are always verified (the system's authorities, or only the configured CA
file), host names too. Every failure becomes one KnownError sentence (errors.py)
naming the host, never the recipient; a message counts as sent only when ``send`` returned,
i.e. the server answered 250 to its data.
"""

from __future__ import annotations

import imaplib
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType

from minime_admin.errors import (
    KnownError,
    MailAuthUnsupported,
    MailImapFolderMissing,
    MailImapLoginFailed,
    MailRecipientRefused,
    MailRefused,
    MailSendCaFileUnusable,
    MailSendCertificateRefused,
    MailSendConnectionLost,
    MailSenderRefused,
    MailSendLoginRefused,
    MailSendServerUnreachable,
    MailStartTlsUnsupported,
    MailTimeout,
    MailTlsFailed,
)
from minime_admin.services.mail_settings import MailSettings, Tls

TIMEOUT = 30.0  # seconds a server may stay silent before the attempt is given up


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    tls: Tls
    ca_file: str = ""


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Verify the certificate and the host name; with a CA file, trust that one only."""
    try:
        context = ssl.create_default_context(cafile=ca_file or None)
    except (OSError, ssl.SSLError) as error:
        raise MailSendCaFileUnusable(path=ca_file) from error
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def smtp_endpoint(settings: MailSettings) -> Endpoint:
    tls = Tls(settings.smtp_tls)
    return Endpoint(settings.smtp_host, settings.smtp_port, tls, settings.ca_file)


def imap_endpoint(settings: MailSettings) -> Endpoint:
    tls = Tls(settings.imap_tls)
    return Endpoint(settings.imap_host, settings.imap_port, tls, settings.ca_file)


class SmtpSender:
    """One SMTP session: connect (TLS as configured), log in, send messages, quit.

    Use as a context manager; ``send`` may be called many times (bulk letters), and the
    connection is made again if the server dropped it between two messages."""

    def __init__(
        self, endpoint: Endpoint, user: str = "", password: str = "", timeout: float = TIMEOUT
    ) -> None:
        self.endpoint, self.user, self._password, self.timeout = endpoint, user, password, timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpSender:
        self.connect()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        end = self.endpoint
        with self._failures():
            context = tls_context(end.ca_file) if end.tls is not Tls.NONE else None
            smtp: smtplib.SMTP
            if end.tls is Tls.IMPLICIT:
                smtp = smtplib.SMTP_SSL(end.host, end.port, timeout=self.timeout, context=context)
            else:
                smtp = smtplib.SMTP(end.host, end.port, timeout=self.timeout)
            try:
                smtp.ehlo()
                if end.tls is Tls.STARTTLS:
                    if not smtp.has_extn("starttls"):
                        raise MailStartTlsUnsupported(host=end.host)
                    smtp.starttls(context=context)
                    smtp.ehlo()
                if self.user:
                    smtp.login(self.user, self._password)
            except BaseException:
                _quietly_close(smtp)
                raise
            self._smtp = smtp

    def send(self, message: EmailMessage) -> None:
        """Returns only when the server accepted the message for every recipient."""
        if self._smtp is None or not _alive(self._smtp):
            self.close()
            self.connect()
        assert self._smtp is not None
        with self._failures():
            refused = self._smtp.send_message(message)
            if refused:  # some recipients refused: for one recipient this never happens
                code = next(iter(refused.values()))[0]
                raise MailRecipientRefused(host=self.endpoint.host, code=code)

    def close(self) -> None:
        if self._smtp is not None:
            smtp, self._smtp = self._smtp, None
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                _quietly_close(smtp)

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """Every way a server can fail, as one sentence; the connection is dropped."""
        end = self.endpoint
        try:
            yield
        except KnownError:
            self._drop()
            raise
        except smtplib.SMTPAuthenticationError as error:
            self._drop()
            raise MailSendLoginRefused(host=end.host) from error
        except smtplib.SMTPNotSupportedError as error:
            self._drop()
            raise MailAuthUnsupported(host=end.host) from error
        except smtplib.SMTPRecipientsRefused as error:
            self._drop()
            code = next(iter(error.recipients.values()))[0] if error.recipients else 550
            raise MailRecipientRefused(host=end.host, code=code) from error
        except smtplib.SMTPSenderRefused as error:
            self._drop()
            raise MailSenderRefused(host=end.host, code=error.smtp_code) from error
        except smtplib.SMTPResponseException as error:
            self._drop()
            raise MailRefused(host=end.host, code=error.smtp_code) from error
        except smtplib.SMTPServerDisconnected as error:
            self._drop()
            if isinstance(error.__context__, TimeoutError):
                raise MailTimeout(host=end.host, seconds=_seconds(self.timeout)) from error
            raise MailSendConnectionLost(host=end.host) from error
        except TimeoutError as error:
            self._drop()
            raise MailTimeout(host=end.host, seconds=_seconds(self.timeout)) from error
        except ssl.SSLCertVerificationError as error:
            self._drop()
            detail = error.verify_message or "certificate verify failed"
            raise MailSendCertificateRefused(host=end.host, detail=detail) from error
        except ssl.SSLError as error:
            self._drop()
            raise MailTlsFailed(host=end.host, port=end.port, detail=_ssl_reason(error)) from error
        except smtplib.SMTPException as error:
            self._drop()
            raise MailSendConnectionLost(host=end.host) from error
        except OSError as error:  # refused, unreachable, unknown host
            self._drop()
            detail = error.strerror or type(error).__name__
            raise MailSendServerUnreachable(host=end.host, port=end.port, detail=detail) from error

    def _drop(self) -> None:
        if self._smtp is not None:
            _quietly_close(self._smtp)
            self._smtp = None


def _alive(smtp: smtplib.SMTP) -> bool:
    try:
        return smtp.noop()[0] == 250
    except (smtplib.SMTPException, OSError):
        return False


def _quietly_close(smtp: smtplib.SMTP) -> None:
    with suppress(OSError):
        smtp.close()


def _seconds(timeout: float) -> str:
    return f"{timeout:g}"


def _ssl_reason(error: ssl.SSLError) -> str:
    return error.reason or type(error).__name__


def check_smtp(endpoint: Endpoint, user: str, password: str, timeout: float = 15.0) -> None:
    """Connect, start TLS, log in and say goodbye: raises the one sentence if any fails."""
    with SmtpSender(endpoint, user, password, timeout):
        pass


def check_imap(
    endpoint: Endpoint, user: str, password: str, folder: str, timeout: float = 15.0
) -> int:
    """Log in and open ``folder`` read-only; returns how many messages it holds."""
    host = endpoint.host
    try:
        context = tls_context(endpoint.ca_file) if endpoint.tls is not Tls.NONE else None
        imap: imaplib.IMAP4
        if endpoint.tls is Tls.IMPLICIT:
            imap = imaplib.IMAP4_SSL(host, endpoint.port, ssl_context=context, timeout=timeout)
        else:
            imap = imaplib.IMAP4(host, endpoint.port, timeout=timeout)
            if endpoint.tls is Tls.STARTTLS:
                if "STARTTLS" not in imap.capabilities:
                    raise MailStartTlsUnsupported(host=host)
                imap.starttls(ssl_context=context)
        try:
            try:
                imap.login(user, password)
            except imaplib.IMAP4.error as error:
                raise MailImapLoginFailed(host=host) from error
            status, data = imap.select(_quoted(folder), readonly=True)
            if status != "OK":
                raise MailImapFolderMissing(host=host, folder=folder)
            return int(data[0] or 0) if data and data[0] else 0
        finally:
            with suppress(imaplib.IMAP4.error, OSError):
                imap.logout()
    except KnownError:
        raise
    except TimeoutError as error:
        raise MailTimeout(host=host, seconds=_seconds(timeout)) from error
    except ssl.SSLCertVerificationError as error:
        detail = error.verify_message or "certificate verify failed"
        raise MailSendCertificateRefused(host=host, detail=detail) from error
    except ssl.SSLError as error:
        raise MailTlsFailed(host=host, port=endpoint.port, detail=_ssl_reason(error)) from error
    except imaplib.IMAP4.error as error:
        raise MailSendConnectionLost(host=host) from error
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise MailSendServerUnreachable(host=host, port=endpoint.port, detail=detail) from error


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
