"""Shop data in from CSV exports (issue #12 point 3): presets, mapping, the run, bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from csv_shop import customer, customers_file, header, orders_file, write
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, text

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.importers import csv_presets
from minime_admin.importers.csv_import import ColumnNotInFile, Mapping, read_table
from minime_admin.importers.csv_presets import Kind
from minime_admin.importers.tables import NotATable, open_table
from minime_admin.services import csv_import, customer_search
from minime_admin.services.database import Database
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.services.shop_import import ImportResult
from minime_admin.store import audit_repo
from minime_admin.store.models import Address, Customer, Order, OrderItem

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

ANALYTICS = [
    "Name",
    "Username",
    "Last active",
    "Date registered",
    "Email",
    "Orders",
    "Total spend",
    "AOV",
    "Country / Region",
    "City",
    "Region",
    "Postal code",
]


def run(database: Database, actor: Actor, path: Path, kind: Kind, **options: Any) -> ImportResult:
    return csv_import.import_csv(database.unit_of_work, actor, path, kind, **options)


def counts(result: ImportResult) -> dict[str, dict[str, int]]:
    return {kind: c.as_dict() for kind, c in result.counts.items()}


def table_counts(database: Database) -> tuple[int, ...]:
    with database.session() as session:
        return tuple(
            session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in (Customer, Address, Order, OrderItem)
        )


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("windows-1257", ";"), ("utf-8", "\t")],
)
def test_the_woocommerce_exports_import_once_and_a_second_run_changes_nothing(
    database: Database, clerk: Actor, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    people = customers_file(tmp_path / "c.csv", 30, encoding=encoding, delimiter=delimiter)
    sales = orders_file(tmp_path / "o.csv", 40, 30, encoding=encoding, delimiter=delimiter)
    assert csv_presets.detect(open_table(sales).header) is csv_presets.WOOCOMMERCE_ORDERS

    preview = run(database, clerk, people, Kind.CUSTOMERS, dry_run=True)
    assert preview.dry_run and counts(preview)["customers"]["new"] == 30
    assert table_counts(database) == (0, 0, 0, 0)

    first = run(database, clerk, people, Kind.CUSTOMERS)
    assert counts(first)["customers"] == counts(preview)["customers"]
    placed = run(database, clerk, sales, Kind.ORDERS)
    assert placed.counts["orders"].new == 40 and placed.counts["orders"].rejected == 0
    assert placed.counts["guests"].new == 5  # viesis0..4, one profile each
    before = table_counts(database)

    for path, kind in ((people, Kind.CUSTOMERS), (sales, Kind.ORDERS)):
        again = run(database, clerk, path, kind)
        assert all(c.new == c.updated == c.rejected == 0 for c in again.counts.values())
    assert table_counts(database) == before

    with database.session() as session:
        girts = session.execute(select(Customer).where(Customer.external_id == "1000")).scalar_one()
        assert (girts.first_name, girts.last_name) == ("Ģirts", "Ķēniņš-Žūriņa")
        assert girts.phone == "+371 20000000"  # the exporter's defusing ' is not kept
        first_order = session.execute(select(Order).where(Order.external_id == "5000")).scalar_one()
        assert first_order.customer_id == girts.id and first_order.status == "completed"
        assert first_order.total_cents == 1000
        names = {(i.product_name, i.quantity, i.unit_price_cents) for i in first_order.items}
        assert names == {("Bērnu zeķes: 1. pāris", 1, 450)}
        assert customer_search.search(session, "kenins")  # the index is in step
    with database.session() as session:
        entries = [
            e
            for e, _, _ in audit_repo.stream_in_order(session)
            if e.action == AuditAction.SHOP_IMPORTED
        ]
    assert len(entries) == 4  # one per real run, the dry run none
    assert "klients" not in json.dumps([e.details for e in entries])


def test_analytics_customers_update_by_email_and_keep_what_the_file_lacks(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    run(database, clerk, customers_file(tmp_path / "c.csv", 3), Kind.CUSTOMERS)
    rows = [
        {"Name": "Ģirts Ķēniņš-Žūriņa", "Email": "klients0@example.lv", "Date registered": ""},
        {
            "Name": "Anna Marija Kalniņa",
            "Email": "anna@example.lv",
            "Date registered": "2026-01-05 09:00:00",
            "Country / Region": "LV",
            "City": "Jūrmala",
            "Postal code": "LV-2015",
        },
    ]
    path = write(tmp_path / "analytics.csv", ANALYTICS, rows, encoding="utf-8-sig")
    result = run(database, clerk, path, Kind.CUSTOMERS)  # detected, not named
    assert counts(result)["customers"] == {"new": 1, "updated": 0, "unchanged": 1, "rejected": 0}
    assert run(database, clerk, path, Kind.CUSTOMERS).counts["customers"].new == 0
    with database.session() as session:
        anna = session.execute(
            select(Customer).where(Customer.email == "anna@example.lv")
        ).scalar_one()
        assert (anna.first_name, anna.last_name) == ("Anna Marija", "Kalniņa")
        assert [(a.city, a.postal_code) for a in anna.addresses] == [("Jūrmala", "LV-2015")]
        girts = session.execute(select(Customer).where(Customer.external_id == "1000")).scalar_one()
        assert girts.phone and girts.addresses  # the account's own data is untouched


def test_an_erased_person_in_a_csv_is_reported_not_restored(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    people = customers_file(tmp_path / "c.csv", 5)
    sales = orders_file(tmp_path / "o.csv", 8, 5)
    run(database, clerk, people, Kind.CUSTOMERS)
    run(database, clerk, sales, Kind.ORDERS)
    with database.unit_of_work() as session:
        for who in ("klients1@example.lv", "viesis3@example.lv"):
            person = session.execute(select(Customer).where(Customer.email == who)).scalar_one()
            execute_erasure(session, clerk, plan_erasure(session, person.id))
    before = table_counts(database)

    again = run(database, clerk, people, Kind.CUSTOMERS)
    reasons = {(r.position, r.external_id): r.message() for r in again.rejections}
    assert reasons[(3, "1001")].startswith("erased on 2026-11-25")  # line 3: the 2nd customer
    orders = run(database, clerk, sales, Kind.ORDERS)
    assert orders.counts["guests"].rejected == 1
    assert orders.counts["orders"].rejected == 3  # 5001 and 5006 (klients1), 5003 (viesis3)
    assert all(c.new == 0 for c in (*again.counts.values(), *orders.counts.values()))
    assert table_counts(database) == before
    with database.session() as session:
        assert not session.execute(
            select(Customer).where(func.lower(Customer.email) == "klients1@example.lv")
        ).first()


def test_rejections_name_their_line_and_reason(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = [customer(n) for n in range(8)]
    rows[1]["first_name"] = '=HYPERLINK("http://evil.example","Klikšķini")'
    rows[2]["email"] = rows[2]["billing_email"] = ""
    rows[3]["email"] = rows[3]["billing_email"] = "nav-adrese"
    rows[4]["date_registered"] = "31.02.2026"
    rows[5]["billing_phone"] = "+371 29 123 456"  # a phone, not a formula
    rows[6]["last_name"] = "Ž" * 101
    rows[7]["billing_address_1"] = "Iela 1\n2. stāvs"  # a quoted line break: line 9 and 10
    columns = header(csv_presets.WOOCOMMERCE_CUSTOMERS)
    path = write(tmp_path / "bad.csv", columns, [*rows, customer(9)], delimiter=";")
    result = run(database, clerk, path, Kind.CUSTOMERS)
    found = [(r.position, r.message()) for r in result.rejections]
    assert found == [
        (3, "the column first_name starts like a spreadsheet formula (=, +, -, @)"),
        (4, "no valid e-mail address"),
        (5, "no valid e-mail address"),
        (6, "the date in the column date_registered cannot be read"),
        (8, "the field last_name is longer than 100 characters"),
    ]
    assert result.counts["customers"].new == 4
    with database.session() as session:
        assert session.execute(
            select(Customer.id).where(Customer.external_id == "1009")
        ).scalar_one()


def test_a_ten_megabyte_line_is_reported_and_the_rest_imported(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    columns = header(csv_presets.WOOCOMMERCE_CUSTOMERS)
    path = write(tmp_path / "huge.csv", columns, [customer(0)])
    with path.open("a", encoding="utf-8") as stream:
        stream.write("1001,Jānis," + "x" * 10_000_000 + ",a@example.lv\n")
    write(tmp_path / "tail.csv", columns, [customer(2)])
    with path.open("a", encoding="utf-8") as stream:
        stream.write((tmp_path / "tail.csv").read_text(encoding="utf-8").split("\n", 1)[1])
    result = run(database, clerk, path, Kind.CUSTOMERS)
    assert [r.position for r in result.rejections] == [3]
    assert "could not be read" in result.rejections[0].message()
    assert result.counts["customers"].new == 2


def test_a_binary_file_is_refused_and_nothing_written(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 100)
    with pytest.raises(NotATable, match=r"photo\.csv"):
        run(database, clerk, path, Kind.CUSTOMERS)
    assert table_counts(database) == (0, 0, 0, 0)


def test_slash_dates_are_read_from_the_whole_column_or_not_at_all(tmp_path: Path) -> None:
    columns = ["E-mail", "Registered"]
    mapping = Mapping(Kind.CUSTOMERS, {"email": "E-mail", "registered": "Registered"})
    now = csv_presets_now()
    settled = write(
        tmp_path / "us.csv",
        columns,
        [
            {"E-mail": "a@example.lv", "Registered": "03/04/2026"},
            {"E-mail": "b@example.lv", "Registered": "11/25/2026 10:00 AM"},
        ],
    )
    data = read_table(open_table(settled), mapping, now)
    assert [r.created_at.isoformat() for _, r in data.customers] == [
        "2026-03-03T22:00:00+00:00",  # 4 March, Riga midnight (month first: 11/25 said so)
        "2026-11-25T08:00:00+00:00",
    ]
    unsettled = write(
        tmp_path / "either.csv", columns, [{"E-mail": "a@example.lv", "Registered": "03/04/2026"}]
    )
    data = read_table(open_table(unsettled), mapping, now)
    assert not data.customers and "day/month or month/day" in data.rejections[0].message()


def csv_presets_now() -> Any:
    from datetime import UTC, datetime

    return datetime(2026, 11, 25, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ('=HYPERLINK("x")', True),
        ("@SUM(A1)", True),
        ("+SUM(A1:A2)", True),
        ("-cmd|' /C calc'!A0", True),
        ("'=1+1", True),
        ("+371 29 123 456", False),
        ("+371-29123456", False),
        ("-12,50", False),
        ("Ģirts", False),
        ("'+37129123456", False),
    ],
)
def test_what_counts_as_a_formula(text: str, formula: bool) -> None:
    from minime_admin.importers.csv_values import clean, is_formula

    assert is_formula(clean(text)) is formula


@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x85\xa0\u2003\u3000'=+-@aĀž\ufeff")))
def test_a_cell_is_one_trimmed_line(text: str) -> None:
    """``clean`` takes a shortcut for cells that are clean already; it gives what the rule
    (whitespace runs become one space, ends trimmed, the defusing apostrophe dropped) says."""
    from minime_admin.importers.csv_values import clean

    one_line = " ".join(text.split())
    defused = len(one_line) > 1 and one_line[0] == "'" and one_line[1] in "=+-@"
    assert clean(text) == (one_line[1:] if defused else one_line)


@given(
    st.lists(
        st.text(alphabet=st.sampled_from(" |\t\n\xa0'=+-@aĀ1"), max_size=6), min_size=3, max_size=3
    )
)
def test_a_row_is_read_as_each_cell_cleaned(cells: list[str]) -> None:
    """A row whose cells are all clean skips ``clean`` (read at once for the row): the same
    texts, and the same refusals, as cleaning each cell."""
    from datetime import UTC, datetime

    from minime_admin.importers.csv_import import _RowReader
    from minime_admin.importers.csv_values import clean, is_formula
    from minime_admin.importers.records import Rejected

    columns = {"first_name": 0, "last_name": 1, "phone": 2}
    reader = _RowReader(Kind.CUSTOMERS, columns, ("a", "b", "c"), datetime(2026, 1, 1, tzinfo=UTC))
    expected: dict[str, str] | None = {}
    for ours, index in columns.items():
        text = clean(cells[index])
        if text and is_formula(text):
            expected = None
            break
        if text:
            expected[ours] = text  # type: ignore[index]
    try:
        got: dict[str, str] | None = reader._cells(tuple(cells))
    except Rejected:
        got = None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("12.50", 1250),
        ("12,5", 1250),
        ("1 234,50", 123450),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("€ 7", 700),
        ("-3,10", -310),
    ],
)
def test_money_with_comma_or_point(text: str, cents: int) -> None:
    from minime_admin.importers.csv_values import cents as read

    assert read(text, "total") == cents


def test_a_mapping_file_and_the_remembered_mapping(
    database: Database, clerk: Actor, tmp_path: Path, clock: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from minime_admin.cli import main

    columns = ["Klienta Nr.", "Vārds", "Uzvārds", "E-pasts", "Reģistrēts", "Tālrunis"]
    rows = [
        {
            "Klienta Nr.": "7",
            "Vārds": "Līga",
            "Uzvārds": "Ozoliņa",
            "E-pasts": "liga@example.lv",
            "Reģistrēts": "25.11.2026 10:00",
            "Tālrunis": "+371 26 000 000",
        },
        {"Klienta Nr.": "8", "Vārds": "@Jānis", "Uzvārds": "B", "E-pasts": "j@example.lv"},
    ]
    data = write(tmp_path / "klienti.csv", columns, rows, encoding="windows-1257", delimiter=";")
    db = database.location
    database.close()
    argv = ["--db", db, "import", "csv", str(data), "--kind", "customers"]

    assert main(argv, clock) == 1
    error = capsys.readouterr().err
    assert "woocommerce-customers" in error and "--mapping" in error and "Traceback" not in error

    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "kind": "customers",
                "columns": {
                    "customer_id": "Klienta Nr.",
                    "first_name": "Vārds",
                    "last_name": "Uzvārds",
                    "email": "E-pasts",
                    "registered": "Reģistrēts",
                    "phone": "Tālrunis",
                },
            }
        ),
        encoding="utf-8",
    )
    assert main([*argv, "--mapping", str(mapping), "--dry-run", "--json"], clock) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] and preview["counts"]["customers"]["new"] == 1
    assert preview["rejected"] == [
        {
            "source": "customers",
            "position": 3,
            "id": "8",
            "reason": "the column Vārds starts like a spreadsheet formula (=, +, -, @)",
        }
    ]
    assert main([*argv, "--dry-run"], clock) == 1  # a dry run remembers nothing
    capsys.readouterr()
    assert main([*argv, "--mapping", str(mapping)], clock) == 0
    printed = capsys.readouterr().out
    assert "rejected: customers line 3 (id 8)" in printed
    assert main([*argv, "--json"], clock) == 0  # the remembered mapping, same file shape
    again = json.loads(capsys.readouterr().out)["counts"]["customers"]
    assert again["new"] == again["updated"] == 0 and again["unchanged"] == 1

    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"kind": "customers", "columns": {"email": "Epasts"}}))
    assert main([*argv, "--mapping", str(wrong)], clock) == 1
    assert "The column Epasts is not in klienti.csv." in capsys.readouterr().err
    assert main([*argv, "--preset", "woocommerce-orders"], clock) == 1
    assert "woocommerce-orders" in capsys.readouterr().err


def test_a_mapping_naming_a_missing_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", ["a", "b"], [{"a": "1", "b": "2"}])
    with pytest.raises(ColumnNotInFile):
        read_table(open_table(path), Mapping(Kind.CUSTOMERS, {"email": "c"}), csv_presets_now())


cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            "0",
            "=1+1",
            "+371 2",
            "25.11.2026",
            "11/12/2026",
            "2026-02-30",
            "12,50",
            "a@b.lv",
            "id:1|name:x|quantity:q",
            "wc-completed",
            "trash",
        ]
    ),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(list(Kind)),
    rows=st.lists(st.lists(cell, min_size=0, max_size=48), min_size=1, max_size=6),
)
def test_fuzz_any_row_becomes_a_record_or_a_rejection_with_its_line(
    tmp_path: Path, kind: Kind, rows: list[list[str]]
) -> None:
    preset = (
        csv_presets.WOOCOMMERCE_ORDERS if kind is Kind.ORDERS else csv_presets.WOOCOMMERCE_CUSTOMERS
    )
    columns = header(preset)
    path = tmp_path / f"fuzz-{kind.value}.csv"
    write(path, columns, [dict(zip(columns, r, strict=False)) for r in rows])
    try:
        table = open_table(path)
    except NotATable:  # a NUL byte: refused as a whole, with the file's name
        return
    lines = [r.line for r in table.rows()]
    data = read_table(table, Mapping.of(preset, table.header), csv_presets_now())
    seen = [p for p, _ in data.customers] + [p for p, _ in data.orders]
    seen += [r.position for r in data.rejections]
    assert sorted(seen) == lines
    assert all(r.source == kind.value and r.message() for r in data.rejections)


def _index_entries(database: Database) -> list[tuple[Any, ...]]:
    """What the search index holds: FTS5's tokens with their places, PostgreSQL's texts."""
    with database.unit_of_work() as session:
        if database.engine.dialect.name == "sqlite":
            session.execute(
                text(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.entries"
                    " USING fts5vocab(main, customer_search, instance)"
                )
            )
            query = "SELECT doc, col, offset, term FROM temp.entries ORDER BY doc, col, offset"
        else:
            query = "SELECT * FROM customer_search ORDER BY customer_id"
        return [tuple(row) for row in session.execute(text(query))]


def test_imported_customers_are_indexed_as_a_rebuild_indexes_them(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    """FTS5 is handed most new customers' texts unfolded to fold them itself
    (search_terms.IndexWords): the very tokens of the documents a rebuild makes."""
    rows = [customer(n) for n in range(10)]
    odd = [
        ("Łucja", "Ørsted-Große", "Große Straße 5"),
        ("Иван", "Петров", "ул. Ленина 1"),
        ("Æsa", "Œuvre", "Ĳsselmeer 2"),
        ("Zoë", "Núñez", "Rue d'Été 2"),
        ("ＪＡＮＩＳ", "Bērziņš²", "Brīvības iela ½"),
    ]
    for row, (first, last, street) in zip(rows, odd, strict=False):
        row.update(first_name=first, last_name=last, billing_address_1=street)
    rows[6]["billing_phone"] = "0037129123456"
    rows[7]["billing_phone"] = "(029) 12-34-56 ext. 7"
    rows[8]["email"] = rows[8]["billing_email"] = "Jānis.Ōzoliņš@Piemērs.lv"
    run(
        database,
        clerk,
        write(tmp_path / "c.csv", header(csv_presets.WOOCOMMERCE_CUSTOMERS), rows),
        Kind.CUSTOMERS,
    )
    imported = _index_entries(database)
    with database.unit_of_work() as session:
        assert customer_search.rebuild_index(session) == 10
    assert imported == _index_entries(database)
    assert len(imported) >= 10  # FTS5: a row per token; PostgreSQL: one per customer
