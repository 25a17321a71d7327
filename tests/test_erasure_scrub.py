"""An erasure scrubs every request it answers or that names the person, linked or not
(issue #14.1), and the free-text notes of the audit log (issue #14.2)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import TEST_NOW
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update
from sqlcipher_pages import plaintext

from minime_admin.demo.customers import seed_demo
from minime_admin.domain import erasure as erasure_rules
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType, Status
from minime_admin.services import customer_page, customer_search, requests
from minime_admin.services import database as db_service
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.store.models import Customer
from minime_admin.store.sqlcipher import Secret

AS_OF = date(2026, 11, 25)
KEY = bytes(range(32))
PRIVATE_EMAIL = "zilgme.privata@example.lv"
PRIVATE_PHONE = "+371 29 876 543"
WORK_EMAIL = "z.kalnina@darbavieta.lv"
REQUESTER = "Zilgme Kalniņa-Darbā"


@pytest.fixture
def shop(tmp_path: Path, clerk: Actor) -> Iterator[db_service.Database]:
    """A demo database keyed with a known raw key; customer 1 has a known e-mail and phone."""
    database = db_service.create_with_secret(
        tmp_path / "shop.db",
        Secret(raw_key=KEY),
        db_service.Unlock.KEYCHAIN,
        clerk,
        clock=FixedClock(TEST_NOW),
    )
    with database.unit_of_work() as session:
        seed_demo(session, customers=12, seed=5, as_of=AS_OF, actor=clerk)
        session.execute(
            update(Customer).where(Customer.id == 1).values(email=PRIVATE_EMAIL, phone="29876543")
        )
        customer_search.rebuild_index(session)
    yield database
    database.close()


def _open(
    database: db_service.Database, clerk: Actor, new: requests.NewRequest, scan: bytes = b"-"
) -> int:
    with database.unit_of_work() as session:
        attachment = requests.Attachment("passport.txt", "text/plain", scan)
        return requests.open_request(session, clerk, new, (attachment,)).request_id


def _new(kind: RequestType, name: str, text: str, **extra: object) -> requests.NewRequest:
    received = datetime(2026, 11, 20, 9, tzinfo=UTC)
    return requests.NewRequest(kind, Channel.EMAIL, received, name, text, **extra)  # type: ignore[arg-type]


def test_erasure_scrubs_every_request_that_names_the_person(
    shop: db_service.Database, clerk: Actor
) -> None:
    # From a work address, quoting the private e-mail (in capitals) and phone (spaced).
    answered = _open(
        shop,
        clerk,
        _new(
            RequestType.ERASURE,
            REQUESTER,
            f"Lūdzu dzēst manus datus: {PRIVATE_EMAIL.upper()}, tālr. {PRIVATE_PHONE}.",
            requester_email=WORK_EMAIL,
            subject="Dzēšana Zilgme",
        ),
        b"Pase LV-ZK-778899",
    )
    # Sent from the private e-mail, but unlinked by a worker.
    unlinked = _open(
        shop,
        clerk,
        _new(RequestType.OTHER, "Z. K.", "Vai jums ir mani dati?", requester_email=PRIVATE_EMAIL),
    )
    # Someone else's request whose timeline quotes the person's phone.
    noted = _open(shop, clerk, _new(RequestType.OTHER, "Cits Cilvēks", "Jautājums par rēķinu"))
    lookalike = f"Kopiju, lūdzu, uz a{PRIVATE_EMAIL}"  # another address that contains hers
    bystander = _open(shop, clerk, _new(RequestType.ACCESS, "Ārija Bērziņa", lookalike))
    with shop.unit_of_work() as session:
        requests.link_customer(session, clerk, unlinked, None)
        requests.note_on_request(session, clerk, noted, "Atzvanīja uz 2987-6543")
        customer_page.open_customer_page(session, clerk, 1, "Kaimiņiene Ausma zvanīja")
        before = {r: requests.get_request(session, r) for r in (answered, unlinked, bystander)}
    assert before[answered].customer_id is None and before[unlinked].customer_id is None

    with shop.unit_of_work() as session:
        plan = plan_erasure(session, 1)
        outcome = execute_erasure(session, clerk, plan, answered, "Darba e-pasts; privātais sakrīt")
    assert outcome.requests_scrubbed >= 3
    with shop.unit_of_work() as session:
        after = {r: requests.get_request(session, r) for r in (answered, unlinked, noted)}
        kept = requests.get_request(session, bystander)
    for request_id, detail in after.items():
        assert (detail.requester_name, detail.requester_email, detail.requester_phone) == (
            "",
            None,
            None,
        ), request_id
        assert detail.text == "" and detail.subject is None and detail.attachments == ()
        assert not detail.identity_method and not detail.outcome_text
        assert all(PRIVATE_EMAIL not in e.text and "6543" not in e.text for e in detail.timeline)
    # What the app must still show stays: reference, type, dates, outcome.
    done = after[answered]
    assert done.reference == before[answered].reference and done.type is RequestType.ERASURE
    assert done.received_at == before[answered].received_at and done.status is Status.COMPLETED
    assert done.outcome == Status.COMPLETED.value
    # A request that does not name the person is untouched.
    assert kept.requester_name == "Ārija Bērziņa" and kept.text == lookalike
    assert len(kept.attachments) == 1

    shop.close()
    raw = plaintext(shop.path, KEY)
    wal = Path(f"{shop.path}-wal")
    raw += plaintext(wal, KEY) if wal.exists() and wal.stat().st_size else b""
    for secret in (PRIVATE_EMAIL.upper(), WORK_EMAIL, REQUESTER, "LV-ZK-778899", "Ausma"):
        assert secret.encode() not in raw, secret
    # Her address survives only inside the bystander's different one.
    assert raw.count(PRIVATE_EMAIL.encode()) == raw.count(f"a{PRIVATE_EMAIL}".encode())
    assert "Ārija Bērziņa".encode() in raw  # positive control: the decryption sees requests


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (f"E-pasts: {PRIVATE_EMAIL.upper()}.", True),
        (f"<{PRIVATE_EMAIL}>", True),
        (f"rakstīt uz a{PRIVATE_EMAIL}", False),  # a different address
        (f"{PRIVATE_EMAIL}x.com", False),
        ("zvaniet +371 29 876 543", True),
        ("zvaniet (00371) 2987-6543", True),
        ("tālr. 29.87.65.43", True),
        ("tālr. 29 876 542", False),
        ("", False),
    ],
)
def test_what_names_the_person(text: str, named: bool) -> None:
    tail = erasure_rules.phone_tail(PRIVATE_PHONE)
    assert erasure_rules.names_person(text, PRIVATE_EMAIL, tail) is named


@given(st.text())
def test_names_person_reads_any_text(text: str) -> None:
    """Any text at all gives an answer, never an error; with nothing to look for, no."""
    erasure_rules.names_person(text, PRIVATE_EMAIL, "29876543")
    assert not erasure_rules.names_person(text, None, None)
