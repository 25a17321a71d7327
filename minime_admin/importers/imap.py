"""The office mailbox over IMAP (imaplib): list, read and copy messages; nothing else.

TLS is implicit (port 993) or STARTTLS (port 143), the server's certificate always verified
(against the system's authorities, or a given CA file as well); plain IMAP only to this
computer (127.0.0.1 or localhost: tests, a local relay). The folder is opened read-only
(EXAMINE) and read with BODY.PEEK[], so no message is marked read, flagged or deleted; the
only change this module can make on the server is COPY to the handled folder.

Every failure is a KnownError naming the server, the folder or a count, never a message's
content or its sender. No database here.
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from minime_admin.errors import (
    MailCaFileUnusable,
    MailCertificateRefused,
    MailConnectionLost,
    MailFolderMissing,
    MailLoginRefused,
    MailNoStarttls,
    MailPlainRefused,
    MailServerUnreachable,
    MailSettingsMissing,
)

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_TIMEOUT = 60.0
# Bodies are fetched a few at a time, at most this many bytes per command (a 30 MB message
# goes alone), so that memory stays bounded whatever the mailbox holds.
BATCH_BYTES = 16 * 1024 * 1024
LIST_CHUNK = 500  # UIDs per header listing command


class TlsMode(StrEnum):
    IMPLICIT = "implicit"  # TLS from the first byte (imaps, port 993)
    STARTTLS = "starttls"  # plain greeting, then STARTTLS before anything else (port 143)
    NONE = "none"  # no TLS: only to this computer


DEFAULT_PORTS = {TlsMode.IMPLICIT: 993, TlsMode.STARTTLS: 143, TlsMode.NONE: 143}


@dataclass(frozen=True)
class ImapAccount:
    """Where the office mailbox is and which folders to use; the password is kept apart."""

    host: str = ""
    port: int = 993
    tls: TlsMode = TlsMode.IMPLICIT
    user: str = ""
    folder: str = "INBOX"
    handled_folder: str = ""  # "" = copy nowhere
    ca_file: str = ""  # a certificate authority (PEM) to trust besides the system's

    @property
    def configured(self) -> bool:
        return bool(self.host.strip() and self.user.strip())


@dataclass(frozen=True)
class Listed:
    """One message in the folder, before its body is read."""

    uid: int
    size: int
    message_id: str | None


@dataclass(frozen=True)
class Fetched:
    uid: int
    data: bytes


def check_account(account: ImapAccount) -> None:
    """Refuse what is not allowed before connecting: no server, or plain IMAP elsewhere."""
    if not account.configured:
        raise MailSettingsMissing()
    if account.tls == TlsMode.NONE and account.host.strip().lower() not in LOCAL_HOSTS:
        raise MailPlainRefused(host=account.host)


class Mailbox:
    """One logged-in connection with the folder open read-only; use as a context manager."""

    def __init__(
        self, account: ImapAccount, password: str, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        check_account(account)
        self.account = account
        self.host = f"{account.host}:{account.port}"
        self._connection = self._connect(account, password, timeout)
        try:
            self.uidvalidity = self._open(account.folder)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _connect(self, account: ImapAccount, password: str, timeout: float) -> imaplib.IMAP4:
        context = _context(account.ca_file) if account.tls != TlsMode.NONE else None
        connection: imaplib.IMAP4 | None = None
        try:
            if account.tls == TlsMode.IMPLICIT:
                connection = imaplib.IMAP4_SSL(
                    account.host, account.port, ssl_context=context, timeout=timeout
                )
            else:
                connection = imaplib.IMAP4(account.host, account.port, timeout=timeout)
                if account.tls == TlsMode.STARTTLS:
                    if "STARTTLS" not in connection.capabilities:
                        raise MailNoStarttls(host=self.host)
                    connection.starttls(ssl_context=context)
            try:
                connection.login(account.user, password)
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error:
                raise MailLoginRefused(host=self.host) from None
            return connection
        except BaseException as error:
            if connection is not None:
                _drop(connection)
            raise _known(error, self.host) from None

    def _open(self, folder: str) -> int:
        with self._failures():
            status, _ = self._connection.select(encode_folder(folder), readonly=True)
            if status != "OK":
                raise MailFolderMissing(folder=folder, host=self.host)
            _, values = self._connection.response("UIDVALIDITY")
        try:
            return int(values[0]) if values and values[0] else 0
        except (TypeError, ValueError):
            return 0

    def has_folder(self, folder: str) -> bool:
        with self._failures():
            status, _ = self._connection.status(encode_folder(folder), "(UIDNEXT)")
        return status == "OK"

    def uids(self) -> list[int]:
        """Every message's UID in the folder, oldest first."""
        with self._failures():
            status, data = self._connection.uid("SEARCH", "ALL")
        if status != "OK":
            raise MailConnectionLost(host=self.host)
        return sorted(int(n) for n in b" ".join(d for d in data if d).split())

    def listing(self, uids: Sequence[int]) -> Iterator[Listed]:
        """Size and Message-ID of each UID (headers only), in chunks of LIST_CHUNK."""
        for start in range(0, len(uids), LIST_CHUNK):
            chunk = uids[start : start + LIST_CHUNK]
            with self._failures():
                status, data = self._connection.uid(
                    "FETCH",
                    uid_set(chunk),
                    "(UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])",
                )
            if status != "OK":
                raise MailConnectionLost(host=self.host)
            for head, body in _literals(data):
                uid, size = _number(head, b"UID"), _number(head, b"RFC822.SIZE")
                if uid is not None:
                    yield Listed(uid, size or 0, message_id_of(body))

    def fetch(self, uids: Sequence[int]) -> list[Fetched]:
        """The whole messages (BODY.PEEK[]: not marked read), in the server's order."""
        with self._failures():
            status, data = self._connection.uid("FETCH", uid_set(uids), "(UID BODY.PEEK[])")
        if status != "OK":
            raise MailConnectionLost(host=self.host)
        found = []
        for head, body in _literals(data):
            uid = _number(head, b"UID")
            if uid is not None:
                found.append(Fetched(uid, body))
        return found

    def copy(self, uids: Sequence[int], folder: str) -> None:
        """COPY, not MOVE: the original stays where it was (nothing is deleted)."""
        if not uids:
            return
        with self._failures():
            status, _ = self._connection.uid("COPY", uid_set(uids), encode_folder(folder))
        if status != "OK":
            raise MailFolderMissing(folder=folder, host=self.host)

    def close(self) -> None:
        connection, self._connection = self._connection, None  # type: ignore[assignment]
        if connection is not None:
            _drop(connection, polite=True)

    def _failures(self) -> _Failures:
        return _Failures(self.host)


class _Failures:
    """Turns a socket, TLS or protocol failure during a command into a KnownError."""

    def __init__(self, host: str) -> None:
        self.host = host

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, _tb: object
    ) -> None:
        if error is None or isinstance(error, MailFolderMissing):
            return
        if isinstance(error, imaplib.IMAP4.error | OSError | EOFError):
            raise _known(error, self.host, lost=True) from None


def _known(error: BaseException, host: str, lost: bool = False) -> BaseException:
    from minime_admin.errors import KnownError

    if isinstance(error, KnownError):
        return error
    if isinstance(error, ssl.SSLCertVerificationError):
        detail = error.verify_message or type(error).__name__
        return MailCertificateRefused(host=host, detail=detail)
    if isinstance(error, TimeoutError | socket.timeout):
        return MailServerUnreachable(host=host, detail="timeout")
    if lost or isinstance(error, imaplib.IMAP4.abort | EOFError):
        return MailConnectionLost(host=host)
    if isinstance(error, imaplib.IMAP4.error):  # a greeting or answer that is not IMAP
        return MailConnectionLost(host=host)
    if isinstance(error, ssl.SSLError):
        return MailServerUnreachable(host=host, detail=error.reason or type(error).__name__)
    if isinstance(error, socket.gaierror):
        return MailServerUnreachable(host=host, detail="unknown host")
    if isinstance(error, OSError):
        return MailServerUnreachable(host=host, detail=error.strerror or type(error).__name__)
    return error


def _context(ca_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context()  # verifies the certificate and the host name
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError):
            raise MailCaFileUnusable(path=ca_file) from None
    return context


def _drop(connection: imaplib.IMAP4, polite: bool = False) -> None:
    try:
        if polite:
            connection.logout()
        else:
            connection.shutdown()
    except (OSError, EOFError, imaplib.IMAP4.error):
        with contextlib.suppress(OSError, EOFError, imaplib.IMAP4.error):
            connection.shutdown()


def _literals(data: Sequence[object]) -> Iterator[tuple[bytes, bytes]]:
    """The (head, literal) pairs of a FETCH answer; the closing ``)`` parts are skipped."""
    for item in data:
        if isinstance(item, tuple) and len(item) == 2:
            head, body = item
            if isinstance(head, bytes) and isinstance(body, bytes):
                yield head, body


def _number(head: bytes, name: bytes) -> int | None:
    found = re.search(rb"\b" + re.escape(name) + rb" (\d+)", head)
    return int(found.group(1)) if found else None


_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*((?:.|\r?\n[ \t])*)", re.IGNORECASE | re.MULTILINE)


def message_id_of(header: bytes) -> str | None:
    """The Message-ID in a header block, unfolded and stripped; None when there is none."""
    found = _MESSAGE_ID.search(header)
    if not found:
        return None
    value = re.sub(rb"\s+", b"", found.group(1)).decode("ascii", "replace")
    return value or None


def uid_set(uids: Sequence[int]) -> str:
    """``1:3,7,9:12``: consecutive UIDs as ranges, so 10,000 UIDs fit in a short command."""
    ordered = sorted(set(uids))
    parts: list[str] = []
    start = previous = ordered[0] if ordered else 0
    for uid in ordered[1:]:
        if uid != previous + 1:
            parts.append(f"{start}:{previous}" if previous != start else str(start))
            start = uid
        previous = uid
    if ordered:
        parts.append(f"{start}:{previous}" if previous != start else str(start))
    return ",".join(parts)


def encode_folder(name: str) -> str:
    """A folder name as IMAP wants it: modified UTF-7 (RFC 3501 5.1.3), quoted."""
    encoded: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            chunk = "".join(pending).encode("utf-16-be")
            encoded.append(
                "&" + base64.b64encode(chunk).decode().rstrip("=").replace("/", ",") + "-"
            )
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            encoded.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    text = "".join(encoded)
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def batches(
    listed: Sequence[Listed], limit: int = BATCH_BYTES, most: int = 50
) -> Iterator[list[Listed]]:
    """Messages grouped so that one FETCH brings at most ``limit`` bytes (a bigger message
    alone) and at most ``most`` messages."""
    batch: list[Listed] = []
    size = 0
    for item in listed:
        if batch and (size + item.size > limit or len(batch) >= most):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += item.size
    if batch:
        yield batch
