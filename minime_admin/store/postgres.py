"""The PostgreSQL adapter: engines from a server URL, TLS, and telling connection faults apart.

Everything psycopg-specific sits here, as everything SQLCipher-specific sits in sqlcipher.py.
TLS is required by default (``sslmode=verify-full`` with the CA file from the settings); an
``sslmode`` written in the URL wins, e.g. ``?host=/run/postgresql&sslmode=disable`` for a
server on the same machine through its socket. The password is passed to the driver, never
put in the URL the app shows or logs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url

from minime_admin.errors import (
    DatabaseUrlInvalid,
    ServerCertificateNotVerified,
    ServerNoRights,
    ServerPasswordNeeded,
    ServerPasswordWrong,
    ServerUnreachable,
)

DRIVER = "postgresql+psycopg"
SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")
CONNECT_TIMEOUT_S = 10
# SQLSTATE of "permission denied" (insufficient_privilege) and of a failed password.
NO_RIGHTS = "42501"
BAD_PASSWORD = "28P01"
NO_SUCH_DATABASE = "3D000"


def is_server_url(text: str) -> bool:
    """Does what the user typed name a server (rather than a file path)?"""
    return text.split("://", 1)[0].lower() in SCHEMES and "://" in text


def parse_url(text: str) -> URL:
    """The URL with the app's driver; a URL without a database name is refused."""
    try:
        url = make_url(text.strip())
    except Exception as error:  # sqlalchemy.exc.ArgumentError: not a URL at all
        raise DatabaseUrlInvalid(url=_shown(text)) from error
    if url.drivername not in SCHEMES or not url.database:
        raise DatabaseUrlInvalid(url=_shown(text))
    return url._replace(drivername=DRIVER, password=None)  # never kept: keychain or prompt


def display(url: URL) -> str:
    """The URL as the app shows it: never a password."""
    return url.render_as_string(hide_password=True)


def _shown(text: str) -> str:
    """A URL the user typed, for a message: any password in it is masked."""
    try:
        return make_url(text.strip()).render_as_string(hide_password=True)
    except Exception:
        return text.split("@")[-1][:80]


def connect_arguments(url: URL, password: str | None, ca_file: Path | None) -> dict[str, Any]:
    arguments: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if "sslmode" not in url.query:
        arguments["sslmode"] = "verify-full"
        if ca_file is not None:
            arguments["sslrootcert"] = str(ca_file)
    if password:
        arguments["password"] = password
    return arguments


def make_engine(
    url: URL, password: str | None, ca_file: Path | None, **engine_options: Any
) -> Engine:
    """An engine for the server; nothing connects until it is used (see ``prove``)."""
    engine = create_engine(
        url,
        connect_args=connect_arguments(url, password, ca_file),
        pool_pre_ping=True,  # a server restarted mid-work: a fresh connection, not an error
        **engine_options,
    )

    @event.listens_for(engine, "connect")
    def _utc(dbapi_connection: Any, _record: Any) -> None:
        # The app stores naive UTC instants; the session's zone must not shift them.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    return engine


def prove(engine: Engine, url: URL) -> None:
    """Connect once and read the schema; a fault becomes one clear sentence, nothing written."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1")).scalar_one()
    except Exception as error:
        engine.dispose()
        raise connection_problem(error, url) from error


def connection_problem(error: BaseException, url: URL) -> Exception:
    """The KnownError that says what went wrong reaching the server."""
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    message = str(original).lower()
    where = display(url)
    if state == BAD_PASSWORD or "password authentication failed" in message:
        return ServerPasswordWrong(url=where)
    if "no password supplied" in message or "password is required" in message:
        return ServerPasswordNeeded(url=where)
    if state == NO_RIGHTS or "permission denied" in message:
        return ServerNoRights(url=where)
    if "certificate" in message or ("ssl" in message and "verify" in message):
        return ServerCertificateNotVerified(url=where)
    if state == NO_SUCH_DATABASE or ("database" in message and "does not exist" in message):
        return ServerNoRights(url=where)
    return ServerUnreachable(url=where)
