"""kill -9 at random moments (#14): do erase, export, the retention sweep, a breach's letters
and a schema migration lose anything or leave anything behind?

Each trial copies a prepared database, starts the real command line on it, kills it with
SIGKILL after a random delay, then checks the file the way the next user would find it:

- erase: the customer is either whole (every row as before) or erased (an anonymous stub);
- export: after the next start, the output folder holds either a complete, readable package
  or nothing, and no partial file anywhere;
- sweep: every deleted row has its batch's audit entry;
- letters (a breach's final customer letters): no signed letter outside the folder named
  INCOMPLETE unless every letter and the mail merge were finished;
- migration: the database opens at its old revision or the new one, never in between;
- always: the database opens and its audit chain verifies.

Baseline in the same run: each operation once without a kill (its duration sets the range of
the random delays). Run:  python benchmarks/kill_nine.py [--kills 50] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from keyring.backends.fail import Keyring as NoKeyring  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from minime_admin.demo.customers import seed_demo  # noqa: E402
from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.domain.audit_actions import AuditAction  # noqa: E402
from minime_admin.domain.breach import Circumstances  # noqa: E402
from minime_admin.domain.clock import SystemClock, today  # noqa: E402
from minime_admin.services import audit, breaches, retention, users  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.store import breach_repo, migrate  # noqa: E402
from minime_admin.store.audit_repo import stream_in_order  # noqa: E402
from minime_admin.store.models import Customer, Order  # noqa: E402
from minime_admin.store.sqlcipher import Secret, make_engine  # noqa: E402

PASSPHRASE = "Saule, Pērkons, Daugava un Gauja"
CLOCK = SystemClock()  # this script is an entry point; the commands it starts use it too
RESULTS = Path(__file__).with_name("results") / "kill_nine.txt"
CUSTOMER = 7
OPERATIONS = ("erase", "export", "sweep", "letters", "migration")
MANAGER_PASSWORD = "a long password"
NO_KEYCHAIN = db_service.Keychain(NoKeyring())


def prepare(folder: Path) -> dict[str, Path]:
    shop = folder / "shop.db"
    actor = Actor("Bench", Role.MANAGER)
    created = db_service.create_database(shop, actor, NO_KEYCHAIN, PASSPHRASE, clock=CLOCK)
    database = created.database
    with database.unit_of_work() as session:
        seed_demo(session, customers=300, seed=3, as_of=today(CLOCK), actor=actor)
        # The export's answer letter is signed by a known user (MINIME_ADMIN_USER).
        users.add_user(session, actor, "Bench", Role.MANAGER, MANAGER_PASSWORD)
        _signed_breach(session, actor)
    database.close()
    old = folder / "old.db"
    engine = make_engine(old, Secret(passphrase=PASSPHRASE))
    migrate.upgrade(engine, None, target="0010")
    engine.dispose()
    return {"shop": shop, "old": old}


def _signed_breach(session: Any, actor: Actor) -> None:
    """A breach ready for its final customer letters (signed off by the manager)."""
    bid = breaches.new_breach(
        session, actor, "Nozagts dators", CLOCK.now() - timedelta(hours=3), "confidentiality"
    )
    facts = {
        "description": "Dators ar eksportu nozagts",
        "consequences": "Adreses svešās rokās",
        "measures_taken": "Bloķēts",
        "advice": "Esiet piesardzīgi",
        "data_categories": "vārds, adrese",
        "contact_point": "info@minime.lv",
        "subject_categories": "klienti",
        "records": 80,
    }
    english = {
        "description_en": "A computer with an export was stolen",
        "consequences_en": "Addresses in the wrong hands",
        "measures_taken_en": "Blocked",
        "advice_en": "Be careful",
        "data_categories_en": "name, address",
    }
    breaches.update_breach(session, actor, bid, **facts, **english)
    breaches.assess(session, actor, bid, 2, "1", Circumstances(confidentiality=Decimal("0.5")))
    breaches.decide(session, actor, bid, True, "Daudz personu", True, "Augsts risks")
    ids = breach_repo.newsletter_subscribers(session)[:60]
    breaches.select_affected(session, actor, bid, ids, "newsletter")
    breaches.sign_off(session, bid, "Bench", MANAGER_PASSWORD)


def command(operation: str, db: Path, out: Path) -> list[str]:
    base = [sys.executable, "-m", "minime_admin", "--db", str(db)]
    if operation == "erase":
        return [*base, "erase", "--customer", str(CUSTOMER)]
    if operation == "export":
        return [*base, "export", "--customer", str(CUSTOMER), "--out", str(out)]
    if operation == "sweep":
        return [*base, "retention", "sweep"]
    if operation == "letters":
        return [*base, "breach", "letters", "1", "--out", str(out)]
    return [*base, "audit", "verify"]  # opening an old database migrates it


def environment(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MINIME_ADMIN_PASSPHRASE": PASSPHRASE,
        "MINIME_ADMIN_DATA_DIR": str(folder / "data"),
        "MINIME_ADMIN_USER": "Bench",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the OS keychain
    }


def run(operation: str, source: Path, work: Path, delay: float | None) -> tuple[Path, Path, int]:
    """Copy ``source``, run the operation on it, kill it after ``delay`` seconds."""
    work.mkdir(parents=True)
    db, out = work / "office.db", work / "out"
    out.mkdir()
    shutil.copy2(source, db)
    process = subprocess.Popen(
        command(operation, db, out),
        env=environment(work),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if delay is not None:
        time.sleep(delay)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
    return db, out, process.wait()


def open_again(db: Path, work: Path) -> None:
    """What the next user does: start the app (a command), which also cleans up."""
    subprocess.run(
        [sys.executable, "-m", "minime_admin", "--db", str(db), "audit", "verify"],
        env=environment(work),
        capture_output=True,
        check=False,
    )


def check(operation: str, db: Path, out: Path, work: Path, before: dict[str, int]) -> list[str]:
    open_again(db, work)
    problems = []
    database = db_service.open_database(db, NO_KEYCHAIN, PASSPHRASE, clock=CLOCK)
    try:
        with database.session() as session:
            if not audit.verify(session).intact:
                problems.append("audit chain broken")
            if operation == "erase":
                person = session.get(Customer, CUSTOMER)
                orders = session.execute(
                    select(func.count()).select_from(Order).where(Order.customer_id == CUSTOMER)
                ).scalar_one()
                whole = person is not None and person.erased_at is None
                whole = whole and orders == before["orders"]
                erased = person is not None and person.erased_at is not None
                if not (whole or erased):
                    problems.append("customer half erased")
            if operation == "sweep":
                batches = sum(
                    int(record.details["deleted"])
                    for record, _, _ in stream_in_order(session)
                    if record.action == AuditAction.RETENTION_BATCH_SWEPT
                )
                swept = before["due"] - retention.sweep_due(session)
                if batches != swept:
                    problems.append(f"swept {swept} rows, audited {batches}")
            if operation == "migration":
                revision = migrate.current_revision(database.engine)
                if revision not in ("0010", migrate.head_revision()):
                    problems.append(f"revision {revision}")
    finally:
        database.close()
    if operation == "letters":
        merge = list(out.glob("*-mail-merge.csv"))
        outside = [p for p in out.glob("*.pdf")]  # not inside the ...-INCOMPLETE folder
        if merge:
            rows = merge[0].read_text("utf-8-sig").count("\n") - 1
            if rows != len(outside):
                problems.append(f"{len(outside)} letters beside a mail merge of {rows}")
        elif outside:
            problems.append(f"{len(outside)} letters outside the INCOMPLETE folder")
    if operation == "export":
        files = [p for p in out.rglob("*") if p.is_file()]
        for path in files:
            if path.suffix != ".zip":
                problems.append(f"leftover {path.name}")
                continue
            try:
                with zipfile.ZipFile(path) as archive:
                    if archive.testzip() is not None or "data.json" not in archive.namelist():
                        problems.append("damaged package")
            except zipfile.BadZipFile:
                problems.append("unreadable package")
    return problems


def counts(db: Path) -> dict[str, int]:
    database = db_service.open_database(db, NO_KEYCHAIN, PASSPHRASE, clock=CLOCK)
    try:
        with database.session() as session:
            return {
                "orders": session.execute(
                    select(func.count()).select_from(Order).where(Order.customer_id == CUSTOMER)
                ).scalar_one(),
                "due": retention.sweep_due(session),
            }
    finally:
        database.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    chance = random.Random(arguments.seed)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        sources = prepare(folder)
        before = counts(sources["shop"])
        durations = {}
        for operation in OPERATIONS:
            source = sources["old" if operation == "migration" else "shop"]
            started = time.perf_counter()
            db, out, code = run(operation, source, folder / f"baseline-{operation}", None)
            durations[operation] = time.perf_counter() - started
            baseline_problems = check(operation, db, out, folder / f"baseline-{operation}", before)
            if code != 0 or baseline_problems:
                raise SystemExit(f"{operation} fails without a kill: {code} {baseline_problems}")
        killed, finished, problems = 0, 0, []
        for trial in range(arguments.kills):
            operation = OPERATIONS[trial % len(OPERATIONS)]
            source = sources["old" if operation == "migration" else "shop"]
            delay = chance.uniform(0.2, durations[operation])
            work = folder / f"trial-{trial}"
            db, out, code = run(operation, source, work, delay)
            if code == -signal.SIGKILL:
                killed += 1
            else:
                finished += 1
            for problem in check(operation, db, out, work, before):
                problems.append(f"trial {trial} ({operation}, killed at {delay:.2f} s): {problem}")
            shutil.rmtree(work)
    lines = [
        f"kill -9 benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}",
        "baseline (no kill): "
        + ", ".join(f"{op} {seconds:.1f} s" for op, seconds in durations.items()),
        f"{arguments.kills} trials over {', '.join(OPERATIONS)}: {killed} killed mid-run, "
        f"{finished} finished before the kill",
        f"losses and leftovers: {len(problems)}",
        *problems,
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
