"""Reading table files as office tools write them: importers/tables.py."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minime_admin.importers.tables import (
    BadRow,
    NotATable,
    Row,
    open_table,
)

NAME = "Ģirts Ķēniņš-Žūriņa"


def _rows(path: Path) -> list[Row | BadRow]:
    return list(open_table(path).rows())


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_separator_is_found_from_the_header(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "customers.csv"
    lines = [["E-mail", "Name", "Address"], ["g@example.lv", NAME, "Rīga, Brīvības 1; 2. st."]]
    path.write_text(
        "\n".join(delimiter.join(f'"{cell}"' for cell in line) for line in lines) + "\n",
        encoding="utf-8",
    )
    table = open_table(path)
    assert table.delimiter == delimiter
    assert table.header == ("E-mail", "Name", "Address")
    assert _rows(path) == [Row(2, ("g@example.lv", NAME, "Rīga, Brīvības 1; 2. st."))]


def test_utf8_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("Name;E-mail\r\n".encode("utf-8-sig") + f"{NAME};g@x.lv\r\n".encode())
    table = open_table(path)
    assert table.header == ("Name", "E-mail")  # no \ufeff glued to the first column
    assert _rows(path) == [Row(2, (NAME, "g@x.lv"))]


def test_windows_1257_from_an_older_latvian_excel(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes(f"Vārds;E-pasts\n{NAME};g@x.lv\n".encode("windows-1257"))
    table = open_table(path)
    assert table.encoding == "windows-1257"
    assert _rows(path) == [Row(2, (NAME, "g@x.lv"))]


def test_a_quoted_line_break_keeps_its_row_and_the_next_rows_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('id,note\n1,"first\nsecond"\n2,plain\n\n3,last\n', encoding="utf-8")
    assert _rows(path) == [
        Row(2, ("1", "first\nsecond")),
        Row(4, ("2", "plain")),
        Row(6, ("3", "last")),
    ]


def test_a_cell_over_the_limit_is_one_bad_row_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("id,name\n1," + "x" * (10 * 1024 * 1024) + "\n2,ok\n", encoding="utf-8")
    rows = _rows(path)
    assert rows[0] == BadRow(2)
    assert rows[-1] == Row(3, ("2", "ok"))


@pytest.mark.parametrize(
    "content",
    [b"", b"   \n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"PK\x03\x04\x14\x00\x00\x00"],
)
def test_what_is_not_a_table_is_refused_by_name(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "picture.csv"
    path.write_bytes(content)
    with pytest.raises(NotATable) as refused:
        open_table(path)
    assert "picture.csv" in str(refused.value)


def test_a_missing_file_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(NotATable, match=r"gone\.csv"):
        open_table(tmp_path / "gone.csv")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=2000))
def test_fuzz_any_bytes_give_rows_or_one_clear_refusal(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    try:
        table = open_table(path)
    except NotATable:
        return
    lines = [row.line for row in table.rows()]
    assert lines == sorted(lines)
    assert all(line >= 2 for line in lines)


cells = st.text(alphabet=string.ascii_letters + "āčēģīķļņšūž ,;\"'\n=", max_size=12)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.lists(cells, min_size=2, max_size=2), max_size=8))
def test_fuzz_what_csv_writes_is_read_back(tmp_path: Path, body: list[list[str]]) -> None:
    import csv

    path = tmp_path / "roundtrip.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerow(["Vārds", "Piezīme"])
        writer.writerows(body)
    expected = [tuple(row) for row in body if any(cell.strip() for cell in row)]
    assert [row.cells for row in _rows(path) if isinstance(row, Row)] == expected
