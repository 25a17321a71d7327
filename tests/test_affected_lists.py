# ruff: noqa: F811  (the fixtures imported from test_breaches are parameters here)
"""Breach affected-customer lists (#14.11): every row that names nobody is reported with its
line; `Name <e-mail>` cells, `mailto:` links, UTF-16 with a byte-order mark and huge fields
are read or rejected cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from minime_admin.cli import main
from minime_admin.domain.clock import FixedClock
from minime_admin.services import breach_selection
from minime_admin.services import database as db_service
from minime_admin.services.breach_selection import ListUnreadable, Unmatched
from minime_admin.store.models import Customer, Order
from tests.test_breaches import breach_id, shop  # noqa: F401  (fixtures)

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def _list(shop: db_service.Database) -> tuple[str, set[int]]:
    with shop.session() as session:
        customers = session.execute(
            select(Customer.id, Customer.email).where(Customer.email.is_not(None)).limit(2)
        ).all()
        number, owner = session.execute(
            select(Order.number, Order.customer_id).where(Order.customer_id.is_not(None)).limit(1)
        ).one()
    (first, first_mail), (second, second_mail) = customers
    text = "\r\n".join(
        [
            "e-pasts;piezīme",  # 1: a header
            f'"Ģirts Ķēniņš <{first_mail.upper()}>";klients',  # 2
            f"mailto:{second_mail}?subject=Noplūde;",  # 3
            f"#{number};pasūtījums",  # 4
            "nekas.nav@nowhere.example;",  # 5: nobody has it
            "sveiki;pasaule",  # 6: neither an e-mail nor a number
            "x" * 200_000 + ";huge",  # 7: a huge field
            "",
        ]
    )
    return text, {first, second, owner}


def test_a_utf16_list_reads_names_and_links_and_reports_every_unmatched_row(
    shop: db_service.Database, tmp_path: Path
) -> None:
    text, expected = _list(shop)
    path = tmp_path / "skartie.csv"
    path.write_bytes(text.encode("utf-16"))  # with its byte-order mark, as Excel writes it
    with shop.session() as session:
        selection = breach_selection.from_list_file(session, path)
    assert set(selection.customer_ids) == expected
    assert selection.unmatched == (
        (5, Unmatched.NO_CUSTOMER),
        (6, Unmatched.NOTHING),
        (7, Unmatched.UNREADABLE),
    )
    assert "3 rows matched nobody" in selection.how


def test_the_command_line_names_each_unmatched_line_and_refuses_binary_cleanly(
    shop: db_service.Database,
    breach_id: int,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    text, expected = _list(shop)
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8-sig")
    argv = ["--db", shop.location, "breach", "affected", str(breach_id), "--file", str(path)]
    assert main([*argv, "--preview"], clock) == 0
    captured = capsys.readouterr()
    assert f"{len(expected)} customers would be affected" in captured.out
    assert "list.csv, line 5: no customer has this e-mail address or order number" in captured.err
    assert "line 6:" in captured.err and "line 7:" in captured.err

    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert main([*argv, "--preview"], clock) == 1
    err = capsys.readouterr().err
    assert "is not a list that can be read" in err and "Traceback" not in err


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-16")))
def test_any_bytes_are_read_or_refused_with_one_sentence(raw: bytes) -> None:
    try:
        rows, unmatched = breach_selection.read_rows(raw, "list.csv")
    except ListUnreadable:
        return
    lines = [r.line for r in rows] + [line for line, _ in unmatched]
    assert len(lines) == len(set(lines))  # each row once, either read or reported
