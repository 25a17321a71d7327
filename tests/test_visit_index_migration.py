"""Migration 0029 (issue #12): visit_records' customer and visitor indexes become partial.
On both databases: a database at 0028 with imported visits is migrated, its indexes then
hold only linked visits and shop visitor ids, the same log imported again adds nothing, and
every look-up by customer, visitor id and IP still reads an index."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import select
from sqlalchemy.engine import Connection

from minime_admin.domain.actor import Actor
from minime_admin.services import access_log_import
from minime_admin.services.database import Database
from minime_admin.store import bulk, migrate, visit_repo
from minime_admin.store.models import VISITOR_ID_INDEXED, VisitRecord
from tests.test_access_log_import import DAY, add_customer, line, run, visit_rows, write

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

PARTIAL = {
    "ix_visit_records_customer_id": "customer_id IS NOT NULL",
    "ix_visit_records_visitor_id": "visitor_id <> 'access-log'",
}


def downgrade_to(database: Database, target: str) -> None:
    from alembic import command

    with database.engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        command.downgrade(config, target)


def index_conditions(connection: Connection) -> dict[str, str | None]:
    """Each of the two indexes' WHERE condition as the database keeps it (None: full)."""
    found: dict[str, str | None] = {}
    for name in PARTIAL:
        if connection.dialect.name == "sqlite":
            sql = connection.execute(
                sa.text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": name}
            ).scalar_one()
        else:
            sql = connection.execute(
                sa.text("SELECT indexdef FROM pg_indexes WHERE indexname = :n"), {"n": name}
            ).scalar_one()
        found[name] = sql.split(" WHERE ", 1)[1] if " WHERE " in sql else None
    return found


def uses_index(connection: Connection, statement: sa.Select[tuple[int]], index: str) -> bool:
    compiled = statement.compile(connection, compile_kwargs={"render_postcompile": True})
    if connection.dialect.name == "sqlite":
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled.string}", tuple(compiled.params.values())
        ).all()
        return any(index in str(row[-1]) for row in plan)
    # PostgreSQL's choice on a tiny table is a scan: ask whether the index CAN answer it.
    connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
    plan = connection.exec_driver_sql(f"EXPLAIN {compiled.string}", compiled.params).all()
    return any(index in str(row[0]) for row in plan)


def test_a_migrated_database_keeps_its_visits_and_a_second_import_adds_nothing(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    downgrade_to(database, "0028")
    with database.engine.connect() as connection:
        assert set(index_conditions(connection).values()) == {None}  # 0028: full indexes
    customer = add_customer(database, "janis", "janis@example.lv")
    log = write(
        tmp_path / "access.log",
        [
            line("192.0.2.10", DAY, "/grozs/", user="janis"),
            line("192.0.2.10", DAY + timedelta(seconds=1), "/kase/"),
            line("203.0.113.5", DAY + timedelta(seconds=2), "/"),
        ],
    )
    first = run(database, clerk, log)
    assert first.counts.new == 3 and first.counts.linked == 1
    keys = sorted(row.line_key or "" for row in visit_rows(database))

    migrate.upgrade(database.engine, None)
    with database.engine.connect() as connection:
        conditions = index_conditions(connection)
    for name, condition in PARTIAL.items():  # PostgreSQL adds brackets and casts
        found = (conditions[name] or "").replace("(", "").replace(")", "").replace("::text", "")
        assert found == condition, name

    again = run(database, clerk, log)
    assert again.counts.new == 0 and again.counts.unchanged == 3
    assert sorted(row.line_key or "" for row in visit_rows(database)) == keys
    with database.session() as session:
        assert visit_repo.count_by_ip(session, "192.0.2.10") == 2
        linked = session.execute(
            select(VisitRecord.page).where(VisitRecord.customer_id == customer)
        ).scalars()
        assert list(linked) == ["/grozs/"]


def test_the_look_ups_by_customer_visitor_id_and_ip_read_an_index(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    customer = add_customer(database, "janis", "janis@example.lv")
    run(
        database,
        clerk,
        write(tmp_path / "access.log", [line(user="janis"), line(at=DAY + timedelta(seconds=1))]),
    )
    with database.session() as session:
        connection = session.connection()
        by_customer = select(VisitRecord.id).where(VisitRecord.customer_id == customer)
        by_customers = select(VisitRecord.id).where(VisitRecord.customer_id.in_([customer, 7]))
        by_visitor = (
            select(VisitRecord.id)
            .where(bulk.one_of(session, VisitRecord.visitor_id, ["woocommerce-order-1"]))
            .where(sa.text(VISITOR_ID_INDEXED))
        )
        by_ip = select(VisitRecord.id).where(VisitRecord.ip_address == "192.0.2.10")
        assert uses_index(connection, by_customer, "ix_visit_records_customer_id")
        assert uses_index(connection, by_customers, "ix_visit_records_customer_id")
        assert uses_index(connection, by_visitor, "ix_visit_records_visitor_id")
        assert uses_index(connection, by_ip, "ix_visit_records_ip_address")


def test_the_access_log_visitor_id_is_the_one_the_index_leaves_out() -> None:
    assert f"'{access_log_import.VISITOR_ID}'" in VISITOR_ID_INDEXED
