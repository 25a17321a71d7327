"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd in a thread of the test process), with
implicit TLS or STARTTLS from a throwaway certificate authority made here with
`cryptography`, AUTH against a user table, and knobs for the ways servers fail: refusing a
recipient, stalling in DATA. Everything it accepted can be read back (``messages``)."""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class Certificates:
    ca_file: Path  # what the client is told to trust
    cert_file: Path
    key_file: Path


def make_certificates(folder: Path, name: str = "Test CA") -> Certificates:
    """A CA and a server certificate for localhost / 127.0.0.1, signed by it."""
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(pem))
    cert_file.write_bytes(cert.public_bytes(pem))
    key_file.write_bytes(
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return Certificates(ca_file, cert_file, key_file)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = BytesParser(policy=policy.default).parsebytes(self.data)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    server: MailServer

    async def handle_MAIL(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if self.server.users and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.server.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        if self.server.stall_data:
            await asyncio.sleep(self.server.stall_data)
            return "451 4.3.0 Too slow"
        assert isinstance(envelope.content, bytes)
        with self.server.lock:
            self.server.messages.append(
                Received(str(envelope.mail_from), list(envelope.rcpt_tos), envelope.content)
            )
        if self.server.after_accept is not None:  # runs once the 250 below is on the wire
            asyncio.get_running_loop().call_soon(self.server.after_accept)
        return "250 2.0.0 Queued"


@dataclass
class MailServer:
    """``tls``: implicit | starttls | none. ``users``: login → password (empty: no AUTH)."""

    tls: str
    certificates: Certificates | None = None
    users: dict[str, str] = field(default_factory=dict)
    refuse: set[str] = field(default_factory=set)
    stall_data: float = 0.0
    after_accept: Callable[[], None] | None = None  # e.g. kill the sender (a crash test)
    messages: list[Received] = field(default_factory=list)
    port: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._server: asyncio.AbstractServer | None = None

    def _context(self) -> ssl.SSLContext | None:
        if self.certificates is None:
            return None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certificates.cert_file, self.certificates.key_file)
        return context

    def _authenticate(
        self, server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        login, password = data.login.decode(), data.password.decode()
        return AuthResult(success=self.users.get(login) == password, handled=False)

    def _factory(self) -> SMTP:
        context = self._context()
        return SMTP(
            _Handler(self),
            hostname="localhost",
            tls_context=context if self.tls == "starttls" else None,
            require_starttls=self.tls == "starttls",
            authenticator=self._authenticate if self.users else None,
            # aiosmtpd knows only STARTTLS as TLS; implicit TLS is TLS too. AUTH is required
            # by handle_MAIL below (aiosmtpd warns when it must require it without TLS).
            auth_require_tls=self.tls == "starttls",
            loop=self._loop,
        )

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        ssl_context = self._context() if self.tls == "implicit" else None
        self._server = self._loop.run_until_complete(
            self._loop.create_server(self._factory, "127.0.0.1", 0, ssl=ssl_context)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._server.close()
        self._loop.run_until_complete(self._server.wait_closed())
        pending = asyncio.all_tasks(self._loop)
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.close()

    def start(self) -> MailServer:
        self._thread.start()
        assert self._ready.wait(10), "the test SMTP server did not start"
        return self

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def received(self) -> list[Received]:
        with self.lock:
            return list(self.messages)
