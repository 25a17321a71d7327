"""A real PostgreSQL for the tests: Debian's postgresql package, started by the suite itself.

One server per test session (``running_postgres``): initdb into a throwaway folder under /tmp,
as an unprivileged user (initdb refuses root: when the tests run as root, the server runs as
``nobody``), listening on a unix socket in that folder and on 127.0.0.1 with TLS (a
certificate from a throwaway CA made here, as tests/imap_server.py does). The socket trusts
local connections; TCP asks for a password (scram-sha-256), so a wrong password and a
certificate that does not verify can be tested for real.

Each test gets a fresh database (``PgServer.new_database``) copied from a template that was
migrated to the app's schema once per session (CREATE DATABASE ... TEMPLATE: about 50 ms),
owned by the ordinary role ``office``, which is what the app connects as.

Reuse: ``pg_server`` (session) and ``pg_url`` (per test: the URL of a new empty-schema
database) in tests/conftest.py; the parametrised ``database`` fixture there runs a test
module on both backends when it sets ``BOTH_BACKENDS = True``.

Skipped, with the reason, only where the server cannot start: binaries not installed, or no
unprivileged user to run them as.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from imap_server import _certificate_authority, _free_port, _pem_key, _server_certificate

OFFICE, OFFICE_PASSWORD = "office", "Office server password 1"
SUPERUSER = "postgres"
TEMPLATE = "minime_template"


def _binaries() -> Path | None:
    """The newest installed server version's bin folder (Debian keeps them per version)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@dataclass
class PgServer:
    root: Path  # the data folder's parent; also where the socket lives
    port: int  # 127.0.0.1 (TLS) and the socket's number
    ca_file: Path  # the throwaway CA that signed the server's certificate
    other_ca_file: Path  # a CA that did not: a certificate that does not verify
    bin: Path
    account: pwd.struct_passwd
    process: subprocess.Popen[bytes] | None = None
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def socket_dir(self) -> Path:
        return self.root

    def url(
        self, dbname: str, user: str = OFFICE, *, tcp: bool = False, sslmode: str | None = None
    ) -> str:
        """The app's URL for a database: through the socket (no TLS, trusted) by default,
        or on 127.0.0.1 with TLS left to the app (``sslmode=None``: verify-full)."""
        if tcp:
            query = f"?port={self.port}" + (f"&sslmode={sslmode}" if sslmode else "")
            return f"postgresql+psycopg://{user}@127.0.0.1/{dbname}{query}"
        mode = sslmode or "disable"
        return (
            f"postgresql+psycopg://{user}@/{dbname}"
            f"?host={self.socket_dir}&port={self.port}&sslmode={mode}"
        )

    @staticmethod
    def name_of(url: str) -> str:
        """The database name in one of ``url``'s URLs."""
        from sqlalchemy.engine import make_url

        return str(make_url(url).database)

    def admin(self, dbname: str = "postgres") -> object:
        """A superuser connection (autocommit) through the socket: the tests' own hands."""
        import psycopg

        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname=dbname,
            autocommit=True,
        )

    def sql(self, statement: str, dbname: str = "postgres") -> list[tuple[object, ...]]:
        with self.admin(dbname) as connection:  # type: ignore[attr-defined]
            cursor = connection.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def new_database(self, *, template: str | None = TEMPLATE, owner: str = OFFICE) -> str:
        """A fresh database: a copy of the migrated template, or empty (``template=None``,
        with the extensions the set-up guide creates)."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        source = template or "template0"
        self.sql(f'CREATE DATABASE "{name}" OWNER "{owner}" TEMPLATE "{source}"')
        if template is None:
            self.sql("CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm", dbname=name)
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        subprocess.run(
            [str(self.bin / "pg_ctl"), "stop", "-D", str(self.root / "data"), "-m", "fast"],
            user=self._uid(),
            group=self._gid(),
            extra_groups=self._groups(),
            check=False,
            capture_output=True,
            timeout=60,
        )
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)

    def start(self) -> None:
        """Start (or start again after ``stop``: same folder, same port)."""
        with (self.root / "server.log").open("ab") as log:  # the child keeps its own copy
            self.process = subprocess.Popen(
                [str(self.bin / "postgres"), "-D", str(self.root / "data")],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=log,
                user=self._uid(),
                group=self._gid(),
                extra_groups=self._groups(),
                start_new_session=True,
            )
        _wait_ready(self, time.monotonic() + 30)

    def _uid(self) -> int | None:
        return self.account.pw_uid if os.geteuid() == 0 else None

    def _gid(self) -> int | None:
        return self.account.pw_gid if os.geteuid() == 0 else None

    def _groups(self) -> list[int] | None:
        return [] if os.geteuid() == 0 else None


def _run_as() -> pwd.struct_passwd | None:
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    return None


def _config(server: PgServer) -> str:
    return f"""
listen_addresses = '127.0.0.1'
port = {server.port}
unix_socket_directories = '{server.socket_dir}'
ssl = on
ssl_cert_file = '{server.root}/server.pem'
ssl_key_file = '{server.root}/server.key'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 60
shared_buffers = 64MB
log_min_messages = warning
"""


HBA = """
local all all trust
hostssl all all 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
"""


def _wait_ready(server: PgServer, deadline: float) -> None:
    import psycopg

    while time.monotonic() < deadline:
        if server.process is not None and server.process.poll() is not None:
            break
        try:
            with psycopg.connect(
                host=str(server.socket_dir), port=server.port, user=SUPERUSER, dbname="postgres"
            ):
                return
        except psycopg.OperationalError:
            time.sleep(0.1)
    log_file = server.root / "server.log"
    log = log_file.read_text(errors="replace")[-2000:] if log_file.exists() else ""
    server.stop()
    raise RuntimeError(f"PostgreSQL did not start:\n{log}")


def _prepare(root: Path, account: pwd.struct_passwd) -> None:
    ca_key, ca = _certificate_authority("minime-admin test CA")
    key, certificate = _server_certificate(ca_key, ca)
    _other_key, other_ca = _certificate_authority("Another CA")
    (root / "server.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (root / "server.key").write_bytes(_pem_key(key))
    (root / "server.key").chmod(0o600)
    (root / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (root / "other-ca.pem").write_bytes(other_ca.public_bytes(serialization.Encoding.PEM))
    if os.geteuid() == 0:
        for path in root.iterdir():
            os.chown(path, account.pw_uid, account.pw_gid)
        os.chown(root, account.pw_uid, account.pw_gid)
    root.chmod(0o755)  # the socket must be reachable by the tests' own user


@contextlib.contextmanager
def running_postgres() -> Iterator[PgServer]:
    """One server for the session; stopped and its folder removed at the end."""
    binaries = _binaries()
    if binaries is None or not (binaries / "postgres").exists():
        pytest.skip(
            "PostgreSQL server binaries are not installed "
            "(Debian: apt-get install postgresql postgresql-contrib)"
        )
    if not glob.glob("/usr/share/postgresql/*/extension/unaccent.control"):
        pytest.skip("PostgreSQL's contrib extensions (unaccent, pg_trgm) are not installed")
    account = _run_as()
    if account is None:
        pytest.skip("no unprivileged user (such as nobody) to run PostgreSQL as")
    # Not in pytest's tmp_path: as root that folder is closed to the unprivileged user.
    root = Path(tempfile.mkdtemp(prefix="minime-pg-"))
    server = PgServer(root, _free_port(), root / "ca.pem", root / "other-ca.pem", binaries, account)
    try:
        _prepare(root, account)
        initdb = subprocess.run(
            [
                str(binaries / "initdb"),
                "-D",
                str(root / "data"),
                "-U",
                SUPERUSER,
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            user=server._uid(),
            group=server._gid(),
            extra_groups=server._groups(),
            capture_output=True,
            timeout=120,
            check=False,
        )
        if initdb.returncode != 0:
            pytest.skip(f"initdb failed: {initdb.stderr.decode(errors='replace')[-500:]}")
        (root / "data" / "postgresql.auto.conf").write_text(_config(server))
        (root / "data" / "pg_hba.conf").write_text(HBA)
        server.start()
        server.sql(f"CREATE ROLE {OFFICE} LOGIN PASSWORD '{OFFICE_PASSWORD}'")
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)
