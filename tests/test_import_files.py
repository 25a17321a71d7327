"""Which importer a file on the Shop data page goes to (services/import_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from csv_shop import customers_file, orders_file
from hypothesis import given, settings
from hypothesis import strategies as st
from newsletter_exports import write_mailchimp, write_mailchimp_zip, write_mailerlite

from minime_admin.domain.import_runs import ImportSource
from minime_admin.domain.newsletter import ListFormat
from minime_admin.errors import KnownError
from minime_admin.importers.csv_presets import Kind
from minime_admin.importers.newsletter import NoListInZip
from minime_admin.importers.tables import NotATable
from minime_admin.services.import_files import is_log_name, sniff_csv, sniff_zip


def test_a_csv_goes_by_its_header(tmp_path: Path) -> None:
    customers = sniff_csv(customers_file(tmp_path / "c.csv", 2))
    assert (customers.source, customers.kind) == (ImportSource.CSV, Kind.CUSTOMERS)
    assert sniff_csv(orders_file(tmp_path / "o.csv", 2, 1)).kind is Kind.ORDERS
    chimp = sniff_csv(write_mailchimp(tmp_path, "subscribed", [{"Email Address": "a@b.lv"}]))
    assert (chimp.source, chimp.formats) == (ImportSource.NEWSLETTER, (ListFormat.MAILCHIMP,))
    lite = sniff_csv(write_mailerlite(tmp_path, [{"Email": "a@b.lv"}]))
    assert lite.formats == (ListFormat.MAILERLITE,)
    both = tmp_path / "abi.csv"
    both.write_text("Email Address,OPTIN_TIME,Email,Subscribed\n", encoding="utf-8")
    assert sniff_csv(both).formats == (ListFormat.MAILCHIMP, ListFormat.MAILERLITE)
    # An "Email Address" column alone is a shop list to map, not a Mailchimp export.
    own = tmp_path / "klienti.csv"
    own.write_bytes("Vārds;Email Address\nĢirts Ķēniņš-Žūriņa;g@k.lv\n".encode("windows-1257"))
    guess = sniff_csv(own)
    assert (guess.source, guess.kind, guess.header) == (
        ImportSource.CSV,
        None,
        ("Vārds", "Email Address"),
    )


def test_a_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    binary = tmp_path / "klienti.csv"
    binary.write_bytes(bytes(range(256)))
    with pytest.raises(NotATable):
        sniff_csv(binary)


@pytest.mark.parametrize(
    ("name", "log"),
    [
        ("access.log", True),
        ("access.log.1", True),
        ("access.log.2.gz", True),
        ("ssl_access.log-20261125.gz", True),
        ("error.LOG", True),
        ("klienti.csv", False),
        ("access.log.txt", False),
    ],
)
def test_a_log_goes_by_its_name(name: str, log: bool) -> None:
    assert is_log_name(Path(name)) is log


def test_a_zip_is_a_mailchimp_export_or_refused(tmp_path: Path) -> None:
    members = [{"Email Address": "a@b.lv", "OPTIN_TIME": "2025-03-14 09:15:00"}]
    export = write_mailchimp_zip(tmp_path, {"subscribed": members, "unsubscribed": []})
    assert sniff_zip(export) == (ListFormat.MAILCHIMP,)
    other = tmp_path / "fotografijas.zip"
    import zipfile

    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("bilde.jpg", b"\xff\xd8")
    with pytest.raises(NoListInZip):
        sniff_zip(other)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_named_csv_are_sniffed_or_refused_in_one_sentence(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fails.csv"
        path.write_bytes(data)
        try:
            guess = sniff_csv(path)
        except KnownError as error:
            assert "fails.csv" in error.message()
        else:
            assert guess.source in (ImportSource.CSV, ImportSource.NEWSLETTER)
