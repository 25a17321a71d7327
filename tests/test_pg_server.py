"""The app on a PostgreSQL server (issue #18): opening, faults, schema parity with SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.errors import (
    DatabaseUrlInvalid,
    NewerDatabase,
    ServerCertificateNotVerified,
    ServerDatabaseEmpty,
    ServerNoRights,
    ServerPasswordNeeded,
    ServerPasswordWrong,
    ServerUnreachable,
)
from minime_admin.services import database as db_service
from minime_admin.services import server_database
from minime_admin.services.server_database import ServerLocation, location_of
from minime_admin.store import migrate, postgres


def _location(url: str, ca_file: Path | None = None) -> ServerLocation:
    location = location_of(url, ca_file)
    assert isinstance(location, ServerLocation)
    return location


def test_a_path_stays_a_path_and_a_url_names_a_server() -> None:
    assert location_of("/home/office/shop.db") == Path("/home/office/shop.db")
    location = _location("postgresql+psycopg://anna:secret@db.minime.lv/minime")
    assert location.url.password is None  # a password typed into the URL is never kept
    assert "secret" not in location.shown
    with pytest.raises(DatabaseUrlInvalid):
        location_of("postgresql://db.minime.lv")  # no database name


def test_tls_is_verify_full_by_default_and_the_url_can_say_otherwise(tmp_path: Path) -> None:
    ca = tmp_path / "ca.pem"
    default = postgres.connect_arguments(_location("postgresql://a@h/d").url, None, ca)
    assert default["sslmode"] == "verify-full" and default["sslrootcert"] == str(ca)
    url = _location("postgresql://a@/d?host=/run/postgresql&sslmode=disable").url
    assert "sslmode" not in postgres.connect_arguments(url, None, ca)  # the URL's own wins


def test_an_open_server_database_takes_units_of_work(server_database: db_service.Database) -> None:
    assert server_database.on_server and server_database.path is None
    with server_database.unit_of_work() as session:
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1


def test_tls_with_the_right_ca_and_a_password(
    pg_server: object, pg_url: str, clock: FixedClock
) -> None:
    from pg_server import OFFICE_PASSWORD

    name = pg_server.name_of(pg_url)  # type: ignore[attr-defined]
    url = pg_server.url(name, tcp=True)  # type: ignore[attr-defined]
    location = _location(url, pg_server.ca_file)  # type: ignore[attr-defined]
    opened = server_database.open_server(location, OFFICE_PASSWORD, clock=clock)
    with opened.session() as session:
        assert session.execute(text("SHOW ssl")).scalar_one() == "on"
        used = session.execute(
            text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        ).scalar_one()
        assert used is True
    opened.close()


def test_each_fault_is_one_sentence(
    pg_server: object, pg_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pg_server import OFFICE_PASSWORD

    monkeypatch.delenv(server_database.PASSWORD_VARIABLE, raising=False)
    server = pg_server
    name = pg_server.name_of(pg_url)  # type: ignore[attr-defined]
    tcp = server.url(name, tcp=True)  # type: ignore[attr-defined]
    ca, other_ca = server.ca_file, server.other_ca_file  # type: ignore[attr-defined]
    with pytest.raises(ServerPasswordWrong) as wrong:
        server_database.open_server(_location(tcp, ca), "not the password", clock=clock)
    assert "not the password" not in str(wrong.value)
    with pytest.raises(ServerPasswordNeeded):
        server_database.open_server(_location(tcp, ca), None, clock=clock)
    with pytest.raises(ServerCertificateNotVerified):
        server_database.open_server(_location(tcp, other_ca), OFFICE_PASSWORD, clock=clock)
    down = f"postgresql+psycopg://office@127.0.0.1/{name}?port=1&sslmode=disable"
    with pytest.raises(ServerUnreachable):
        server_database.open_server(_location(down), OFFICE_PASSWORD, clock=clock)
    server.sql("CREATE ROLE visitor LOGIN")  # type: ignore[attr-defined]
    try:
        visitor = server.url(name, user="visitor")  # type: ignore[attr-defined]
        with pytest.raises(ServerNoRights):
            server_database.open_server(_location(visitor), None, clock=clock)
    finally:
        server.sql(f'REVOKE ALL ON DATABASE "{name}" FROM visitor; DROP ROLE visitor')  # type: ignore[attr-defined]


def test_an_empty_and_a_newer_database_are_refused_untouched(
    pg_server: object, pg_url: str, clock: FixedClock
) -> None:
    empty = pg_server.new_database(template=None)  # type: ignore[attr-defined]
    try:
        with pytest.raises(ServerDatabaseEmpty):
            server_database.open_server(_location(pg_server.url(empty)), None, clock=clock)  # type: ignore[attr-defined]
    finally:
        pg_server.drop_database(empty)  # type: ignore[attr-defined]
    name = pg_server.name_of(pg_url)  # type: ignore[attr-defined]
    pg_server.sql("UPDATE alembic_version SET version_num = '9999'", dbname=name)  # type: ignore[attr-defined]
    with pytest.raises(NewerDatabase):
        server_database.open_server(_location(pg_url), None, clock=clock)
    assert pg_server.sql("SELECT version_num FROM alembic_version", dbname=name) == [("9999",)]  # type: ignore[attr-defined]


def test_init_sets_up_an_empty_server_database(
    pg_server: object, clerk: Actor, clock: FixedClock
) -> None:
    empty = pg_server.new_database(template=None)  # type: ignore[attr-defined]
    try:
        location = _location(pg_server.url(empty))  # type: ignore[attr-defined]
        made = server_database.create_on_server(location, None, clerk, clock=clock)
        assert migrate.current_revision(made.engine) == migrate.head_revision()
        made.close()
    finally:
        pg_server.drop_database(empty)  # type: ignore[attr-defined]


def _shape(engine: object) -> dict[str, object]:
    """Tables, columns (nullable, type by affinity) and indexes by columns."""
    inspector = inspect(engine)  # type: ignore[arg-type]
    shape: dict[str, object] = {}
    for table in sorted(inspector.get_table_names()):
        if table.startswith("customer_search"):
            continue  # the search index differs by design (store/search.py)
        columns = {
            c["name"]: (c["nullable"], _affinity(str(c["type"])))
            for c in inspector.get_columns(table)
        }
        indexes = sorted(
            (
                tuple(n or "<expr>" for n in index["column_names"]),
                bool(index["unique"]),
            )
            for index in inspector.get_indexes(table)
            if "duplicates_constraint" not in index  # PostgreSQL's index of a UNIQUE
        )
        indexes += sorted(
            (tuple(u["column_names"]), True) for u in inspector.get_unique_constraints(table)
        )
        shape[table] = (columns, indexes)
    return shape


def _affinity(type_name: str) -> str:
    name = type_name.upper()
    if "INT" in name:
        return "integer"
    if "CHAR" in name or "TEXT" in name or "CLOB" in name:
        return "text"
    if "BOOL" in name:
        return "boolean"
    if "DATE" in name or "TIME" in name:
        return "datetime"
    if "BLOB" in name or "BYTEA" in name:
        return "bytes"
    if "FLOAT" in name or "REAL" in name or "DOUBLE" in name or "NUMERIC" in name:
        return "number"
    return name


def test_the_migrations_make_the_same_schema_on_both(
    database: db_service.Database, pg_server: object, clock: FixedClock
) -> None:
    empty = pg_server.new_database(template=None)  # type: ignore[attr-defined]
    try:
        location = _location(pg_server.url(empty))  # type: ignore[attr-defined]
        engine = server_database.connect(location, None)
        migrate.upgrade(engine, None)
        on_server, on_file = _shape(engine), _shape(database.engine)
        engine.dispose()
    finally:
        pg_server.drop_database(empty)  # type: ignore[attr-defined]
    assert on_server.keys() == on_file.keys()
    for table in on_file:
        file_columns, file_indexes = on_file[table]  # type: ignore[misc]
        server_columns, server_indexes = on_server[table]  # type: ignore[misc]
        assert server_columns == file_columns, table
        if table == "customers":  # SQLite names the COLLATE NOCASE column, PG an expression
            file_indexes.remove((("email",), False))  # one of the two on email
            server_indexes.remove((("<expr>",), False))
        assert server_indexes == file_indexes, table


def test_a_connection_lost_during_a_save_saves_nothing_and_says_so(
    server_database: db_service.Database, pg_server: object, clerk: Actor
) -> None:
    from minime_admin.domain.audit_actions import AuditAction
    from minime_admin.errors import ServerConnectionLost
    from minime_admin.services import audit

    with pytest.raises(ServerConnectionLost), server_database.unit_of_work() as session:
        audit.record(session, clerk, AuditAction.DATABASE_CREATED, "database", reason="x")
        session.flush()
        pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        pg_server.sql(f"SELECT pg_terminate_backend({pid})")  # type: ignore[attr-defined]
        session.execute(text("SELECT 1"))
    with server_database.session() as session:  # a fresh connection; nothing was saved
        assert session.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1
