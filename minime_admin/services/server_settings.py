"""Settings › Database (issue #18): the server's address as a person fills it in, and
"Test connection".

The settings box asks for the server, port, database and user in separate fields (as the
mailbox settings do) rather than one URL: a URL's punctuation (``://``, ``@``, ``?``) is
easy to break by one character and hard to read back. A URL pasted by whoever runs the
server is split into those fields; what it says beyond them (``sslmode``, a socket folder in
``host=``) is kept as it is, so an explicit ``sslmode`` is honoured as on the command line.

``check_server`` connects as opening would, reads the schema's revision and the role's
rights, and writes nothing: each fault is the KnownError the start would meet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from minime_admin.errors import NewerDatabase, ServerDatabaseEmpty, ServerNoRights
from minime_admin.services import server_database
from minime_admin.services.server_database import ServerLocation
from minime_admin.store import migrate, postgres

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerFields:
    """A server database's address, one value per field; never a password."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    # What a pasted URL said beyond the fields (sslmode, a socket's host=...), kept as is.
    options: tuple[tuple[str, str], ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        """Enough to name a server: a database, a user, and a host (or a socket's folder)."""
        socket = any(name == "host" for name, _value in self.options)
        return bool(self.database and self.user and (self.host or socket))


def fields_from_url(text_url: str) -> ServerFields:
    """Split a server URL into the fields (DatabaseUrlInvalid when it is not one). A
    password in it is dropped, as everywhere else."""
    url = postgres.parse_url(text_url)
    options = dict(_options(url))
    port = url.port
    if port is None and options.get("port", "").isdigit():
        port = int(options.pop("port"))  # ?port=NNNN: the field shows it
    return ServerFields(
        host=url.host or "",
        port=port or DEFAULT_PORT,
        database=url.database or "",
        user=url.username or "",
        options=tuple(sorted(options.items())),
    )


def url_from_fields(fields: ServerFields) -> str:
    """The URL the app keeps and shows (no password); the usual port is left out."""
    url = URL.create(
        postgres.DRIVER,
        username=fields.user or None,
        host=fields.host or None,
        port=fields.port if fields.port != DEFAULT_PORT else None,
        database=fields.database or None,
        query=dict(fields.options),
    )
    return postgres.display(url)


def _options(url: URL) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for name, value in url.query.items():
        # A repeated option: the last one wins, as libpq reads it.
        found.append((name, value[-1] if isinstance(value, tuple) else value))
    return found


@dataclass(frozen=True)
class ServerCheck:
    """What "Test connection" found on a server that let the app in."""

    shown: str  # the URL, without a password
    up_to_date: bool  # False: an older schema, brought up to date when the app opens it


def check_server(location: ServerLocation, password: str | None) -> ServerCheck:
    """Connect, and check what opening needs: the app's schema (not empty, not newer) and
    the rights to read and write its tables. Nothing is written."""
    engine = server_database.connect(location, password)
    try:
        try:
            revision = migrate.current_revision(engine)
            if revision is None:
                raise ServerDatabaseEmpty(url=location.shown)
            if not migrate.is_known(revision):
                raise NewerDatabase(path=location.shown)
            if _tables_without_rights(engine):
                raise ServerNoRights(url=location.shown)
        except DBAPIError as error:
            raise postgres.connection_problem(error, location.url) from error
        return ServerCheck(location.shown, up_to_date=revision == migrate.head_revision())
    finally:
        engine.dispose()


def _tables_without_rights(engine: Engine) -> int:
    """How many of the app's tables this role may not read or add to (every use case
    writes the audit log; the set-up guide grants SELECT, INSERT, UPDATE, DELETE)."""
    # One privilege per call: with a list, has_table_privilege is true if ANY is held.
    query = text(
        "SELECT count(*) FROM pg_catalog.pg_tables t WHERE t.schemaname = current_schema() "
        "AND t.tablename <> 'alembic_version' AND NOT ("
        "has_table_privilege(format('%I.%I', t.schemaname, t.tablename), 'SELECT') AND "
        "has_table_privilege(format('%I.%I', t.schemaname, t.tablename), 'INSERT'))"
    )
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())
