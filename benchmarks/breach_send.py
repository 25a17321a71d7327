"""1,000 breach letters sent by e-mail to a local SMTP server (issue #16.6), beside a bare
baseline in the same run: smtplib sending the very same 1,000 messages, already built, over
one connection to the same kind of server (implicit TLS, AUTH).

The app's run does everything a real one does per letter: render and seal the signed PDF,
build the message, send it, and record it (sent_mail, the breach output register, the audit
log) in its own unit of work. No throttle (rate 0), so what is measured is the app's own cost.

    python benchmarks/breach_send.py [--letters 1000]

Results: benchmarks/results/breach_send.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import smtplib
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test suite's SMTP server (aiosmtpd)

from mail_server import MailServer, make_certificates  # noqa: E402

from minime_admin.demo.customers import seed_demo  # noqa: E402
from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.domain.clock import FixedClock  # noqa: E402
from minime_admin.services import breach_mail, breaches, mail_settings, users  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.services.mail_settings import MailSettings  # noqa: E402
from minime_admin.services.mail_transport import (  # noqa: E402
    SmtpSender,
    smtp_endpoint,
    tls_context,
)
from minime_admin.store.sqlcipher import Secret  # noqa: E402

RESULTS = Path(__file__).with_name("results") / "breach_send.txt"
CLOCK = FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC))
USER, PASSWORD = "office@minime.lv", "benchmark password"


def prepare(folder: Path, letters: int) -> tuple[db_service.Database, int, Actor]:
    actor = Actor("Bench", Role.MANAGER)
    database = db_service.create_with_secret(
        folder / "bench.db",
        Secret(raw_key=os.urandom(32)),
        db_service.Unlock.KEYCHAIN,
        actor,
        clock=CLOCK,
    )
    with database.unit_of_work() as session:
        seed_demo(session, letters, seed=1, as_of=date(2026, 11, 25), actor=actor)
        users.add_user(session, actor, "Manager", Role.MANAGER, "benchmark password")
        bid = breaches.new_breach(session, actor, "Benchmark", CLOCK.now() - timedelta(hours=2))
        breaches.update_breach(
            session, actor, bid,
            description="Nozagts dators.", consequences="Adreses.", measures_taken="Bloķēts.",
            advice="Uzmanieties.", contact_point="info@minime.lv", subject_categories="klienti",
            data_categories="vārds, adrese", records=letters,
            description_en="A computer was stolen.", consequences_en="Addresses.",
            measures_taken_en="Blocked.", advice_en="Be careful.",
            data_categories_en="name, address",
        )  # fmt: skip
        breaches.select_affected(session, actor, bid, list(range(1, letters + 1)), "all")
        breaches.sign_off(session, bid, "Manager", "benchmark password")
    return database, bid, actor


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=1000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        certificates = make_certificates(root / "ca")
        database, bid, actor = prepare(root, arguments.letters)
        app_server = MailServer("implicit", certificates, users={USER: PASSWORD}).start()
        with database.unit_of_work() as session:
            mail_settings.save(
                session, actor,
                MailSettings(smtp_host="localhost", smtp_port=app_server.port, user=USER,
                             ca_file=str(certificates.ca_file), send_rate=0),
            )  # fmt: skip

        def opener(mail: MailSettings) -> SmtpSender:
            return SmtpSender(smtp_endpoint(mail), USER, PASSWORD)

        started = time.perf_counter()
        result = breach_mail.send_breach_letters(database.unit_of_work, actor, bid, opener)
        app_seconds = time.perf_counter() - started
        received = app_server.received()
        app_server.stop()
        database.close()
        assert len(received) == result.sent, "every accepted letter arrived"

        # Baseline: the same messages, byte for byte, through smtplib alone.
        bare_server = MailServer("implicit", certificates, users={USER: PASSWORD}).start()
        started = time.perf_counter()
        context = tls_context(str(certificates.ca_file))
        with smtplib.SMTP_SSL("localhost", bare_server.port, context=context) as smtp:
            smtp.login(USER, PASSWORD)
            for message in received:
                smtp.sendmail(message.mail_from, message.rcpt_tos, message.data)
        bare_seconds = time.perf_counter() - started
        assert len(bare_server.received()) == len(received)
        bare_server.stop()
    sent = result.sent
    size = sum(len(m.data) for m in received) / max(sent, 1) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"breach letters by e-mail benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "server: aiosmtpd on 127.0.0.1 in this process, implicit TLS, AUTH",
        "",
        f"app: {sent:,} final letters rendered, sealed, sent and recorded one by one "
        f"(no throttle) in {app_seconds:.1f} s = {app_seconds / sent * 1000:.1f} ms per letter "
        f"({sent / app_seconds:.0f} per second); messages {size:.0f} KiB on average",
        f"   without an address: {len(result.without_address)}; refused: {len(result.refused)}",
        f"baseline: smtplib, the same {len(received):,} pre-built messages over one connection: "
        f"{bare_seconds:.1f} s = {bare_seconds / max(len(received), 1) * 1000:.1f} ms each",
        f"ratio: {app_seconds / bare_seconds:.1f}x (the app also renders, signs and records "
        "each letter); throttled at the default 60 a minute the run takes "
        f"{sent / 60:.0f} minutes",
        f"peak resident memory: {peak:.0f} MiB",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
