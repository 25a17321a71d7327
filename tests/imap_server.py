"""A real IMAP server for the mailbox tests: Dovecot (Debian's dovecot-imapd) on 127.0.0.1.

Each test gets its own Dovecot with a throwaway configuration: one user in a passwd-file,
Maildir storage in a temporary folder, plain IMAP with STARTTLS on one port and implicit
TLS on another, with a certificate from a throwaway certificate authority made here with
``cryptography``. Dovecot runs as an unprivileged user (it refuses some things as root):
when the tests run as root, as ``nobody``; else as the user running them. Messages are put
in by IMAP APPEND, as a mail server's delivery would leave them.

The test is skipped, with the reason, only where Dovecot cannot start: not installed, or no
unprivileged user to run it as.
"""

from __future__ import annotations

import contextlib
import datetime
import imaplib
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "office", "Mailbox password 1"
DOVECOT = shutil.which("dovecot", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")


@dataclass
class ImapServer:
    host: str
    port: int  # plain IMAP, with STARTTLS
    tls_port: int  # implicit TLS
    ca_file: Path  # the throwaway CA that signed the server's certificate
    other_ca_file: Path  # a CA that did not: a certificate that does not verify
    root: Path
    process: subprocess.Popen[bytes]

    def client(self) -> imaplib.IMAP4:
        """A plain connection on 127.0.0.1, logged in: the tests' own hands in the mailbox."""
        connection = imaplib.IMAP4(self.host, self.port, timeout=30)
        connection.login(USER, PASSWORD)
        return connection

    def append(self, message: bytes, folder: str = "INBOX") -> None:
        with self.client() as connection:
            self._append(connection, folder, message)

    def append_many(self, messages: list[bytes], folder: str = "INBOX") -> None:
        """Many APPENDs at once, pipelined with non-synchronising literals (LITERAL+, which
        Dovecot offers): a 10,000-message mailbox fills in seconds, not minutes."""
        if folder != "INBOX":
            with self.client() as connection:
                connection.create(folder)
        with socket.create_connection((self.host, self.port), timeout=60) as raw:
            reader = raw.makefile("rb")
            reader.readline()  # the greeting
            raw.sendall(f'a0 LOGIN {USER} "{PASSWORD}"\r\n'.encode())
            _tagged(reader, b"a0")
            for start in range(0, len(messages), 500):
                chunk = messages[start : start + 500]
                commands = b"".join(
                    b"b%d APPEND %s {%d+}\r\n%s\r\n" % (n, folder.encode(), len(item), item)
                    for n, item in enumerate(chunk)
                )
                raw.sendall(commands)
                for n in range(len(chunk)):
                    _tagged(reader, b"b%d" % n)
            raw.sendall(b"z LOGOUT\r\n")

    def fill_maildir(self, messages: list[bytes]) -> None:
        """Many messages written straight into the INBOX's Maildir, as a delivery agent
        leaves them (``new/``, one file each): 10,000 in about a second. Dovecot numbers
        them (UIDs 1, 2, ... in file-name order) at the next login; call on an INBOX no
        client has opened yet."""
        maildir = self.root / "mail" / USER
        for part in ("tmp", "new", "cur"):
            (maildir / part).mkdir(parents=True, exist_ok=True)
        for n, item in enumerate(messages, 1):
            (maildir / "new" / f"1700000000.M{n:06d}P1.test").write_bytes(item)
        account = _run_as()
        assert account is not None
        _chown_tree(self.root / "mail", account)

    @staticmethod
    def _append(connection: imaplib.IMAP4, folder: str, message: bytes) -> None:
        if folder != "INBOX":
            connection.create(folder)  # "already exists" is a NO, which is fine here
        status, _ = connection.append(folder, None, None, message)
        assert status == "OK"

    def create(self, folder: str) -> None:
        with self.client() as connection:
            assert connection.create(folder)[0] == "OK"

    def messages(self, folder: str = "INBOX") -> list[tuple[int, bytes, bytes]]:
        """(UID, flags, whole message) of every message in ``folder``, read without marking."""
        with self.client() as connection:
            status, _ = connection.select(folder, readonly=True)
            assert status == "OK"
            _, found = connection.uid("SEARCH", "ALL")
            found_uids = found[0].split() if found and found[0] else []
            result = []
            for uid in found_uids:
                _, data = connection.uid("FETCH", uid, "(FLAGS BODY.PEEK[])")
                head, body = data[0]  # type: ignore[misc]
                result.append((int(uid), head, body))
        return result

    def restart(self) -> None:
        """Start the same Dovecot again after ``stop`` (same ports, same mailbox)."""
        self.stop()
        self.process = _start(self.root)
        _wait_ready(self, time.monotonic() + 20)

    def stop(self) -> None:
        """Stop Dovecot and every process it started (its own process group): a server
        that goes away, connections and all."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(10)
        with contextlib.suppress(ProcessLookupError):  # children still on their way out
            os.killpg(self.process.pid, signal.SIGKILL)


def message(
    n: int,
    sender: str = "Jānis Bērziņš <janis@example.lv>",
    subject: str | None = None,
    body: str | None = None,
    message_id: str | None = None,
    extra: bytes = b"",
) -> bytes:
    """A small request by e-mail, as a customer's mail program would send it."""
    subject = subject or f"Pieprasījums {n}: lūdzu dzēst manus datus"
    body = body or f"Labdien! Lūdzu dzēst visus manus personas datus. Pasūtījums {n}."
    mid = message_id or f"<request-{n}@mail.example.lv>"
    head = (
        "Received: from mail.example.lv by mx.minime.lv; Tue, 24 Nov 2026 09:15:00 +0200\r\n"
        f"From: {sender}\r\n"
        "To: info@minime.lv\r\n"
        f"Subject: {subject}\r\n"
        "Date: Tue, 24 Nov 2026 09:14:00 +0200\r\n"
        f"Message-ID: {mid}\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
    )
    return head.encode("utf-8") + extra + b"\r\n" + body.encode("utf-8") + b"\r\n"


def _tagged(reader: object, tag: bytes) -> None:
    """Read answers up to the tagged one; it must be OK."""
    while True:
        line = reader.readline()  # type: ignore[attr-defined]
        if not line:
            raise RuntimeError("the IMAP server closed the connection")
        if line.startswith(tag + b" "):
            assert line.startswith(tag + b" OK"), line
            return


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as() -> pwd.struct_passwd | None:
    """Who Dovecot runs as: the current user, unless that is root (then ``nobody``)."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    with contextlib.suppress(KeyError):
        return pwd.getpwnam("nobody")
    return None


def _certificate_authority(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def _server_certificate(
    ca_key: ec.EllipticCurvePrivateKey, ca: x509.Certificate
) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, certificate


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _config(root: Path, account: pwd.struct_passwd, port: int, tls_port: int) -> str:
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = {account.pw_name}
default_internal_user = {account.pw_name}
default_internal_group = {_group_name(account)}
ssl = yes
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.key
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:{root}/mail/%u
mail_fsync = never
mail_uid = {account.pw_uid}
mail_gid = {account.pw_gid}
first_valid_uid = 0
namespace inbox {{
  inbox = yes
  separator = /
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/users
}}
userdb {{
  driver = passwd-file
  args = {root}/users
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0600
  }}
}}
"""


def _group_name(account: pwd.struct_passwd) -> str:
    import grp

    try:
        return grp.getgrgid(account.pw_gid).gr_name
    except KeyError:
        return account.pw_name


def _chown_tree(root: Path, account: pwd.struct_passwd) -> None:
    if os.geteuid() != 0:
        return
    for folder, _folders, files in os.walk(root):
        os.chown(folder, account.pw_uid, account.pw_gid)
        for name in files:
            os.chown(Path(folder) / name, account.pw_uid, account.pw_gid)


def _greets(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1) as plain:
            plain.settimeout(2)
            return plain.recv(200).startswith(b"* OK")
    except OSError:
        return False


def _wait_ready(server: ImapServer, deadline: float) -> None:
    while time.monotonic() < deadline and server.process.poll() is None:
        if _greets(server.host, server.port):
            with (
                contextlib.suppress(OSError),
                socket.create_connection((server.host, server.tls_port), timeout=1),
            ):
                return
        time.sleep(0.05)
    log_file = server.root / "dovecot.log"
    log = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
    server.stop()
    raise RuntimeError(f"Dovecot did not start on 127.0.0.1:\n{log}")


@contextlib.contextmanager
def running_dovecot() -> Iterator[ImapServer]:
    if DOVECOT is None:
        pytest.skip("Dovecot is not installed (Debian: apt-get install dovecot-imapd)")
    account = _run_as()
    if account is None:
        pytest.skip("no unprivileged user (such as nobody) to run Dovecot as")
    # Not in pytest's tmp_path: as root that folder is closed to the unprivileged user.
    root = Path(tempfile.mkdtemp(prefix="minime-dovecot-"))
    try:
        ca_key, ca = _certificate_authority("minime-admin test CA")
        key, certificate = _server_certificate(ca_key, ca)
        _other_key, other_ca = _certificate_authority("Another CA")
        (root / "server.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
        (root / "server.key").write_bytes(_pem_key(key))
        (root / "server.key").chmod(0o600)
        ca_file, other_ca_file = root / "ca.pem", root / "other-ca.pem"
        ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        other_ca_file.write_bytes(other_ca.public_bytes(serialization.Encoding.PEM))
        for folder in ("run", "state", "mail"):
            (root / folder).mkdir()
        (root / "users").write_text(
            f"{USER}:{PASSWORD}:{account.pw_uid}:{account.pw_gid}::{root}/home/{USER}::\n"
        )
        port, tls_port = _free_port(), _free_port()
        (root / "dovecot.conf").write_text(_config(root, account, port, tls_port))
        _chown_tree(root, account)
        root.chmod(0o755)
        process = _start(root)
        server = ImapServer("127.0.0.1", port, tls_port, ca_file, other_ca_file, root, process)
        try:
            _wait_ready(server, time.monotonic() + 20)
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _start(root: Path) -> subprocess.Popen[bytes]:
    account = _run_as()
    assert DOVECOT is not None and account is not None
    as_root = os.geteuid() == 0
    return subprocess.Popen(
        [DOVECOT, "-F", "-c", str(root / "dovecot.conf")],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        user=account.pw_uid if as_root else None,
        group=account.pw_gid if as_root else None,
        extra_groups=[] if as_root else None,
        start_new_session=True,
    )


def free_port() -> int:
    """A port on 127.0.0.1 where nothing listens: a server that is down."""
    return _free_port()


def check_context(server: ImapServer) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.ca_file))
