"""Fetch mail from a 10,000-message mailbox (issue #16.3) against a bare imaplib download of
the same messages, in the same run, from the same real Dovecot on 127.0.0.1.

    python benchmarks/mail_fetch.py [--messages 10000]

The fetch does everything `mail fetch` does: list UIDs and Message-IDs, download in batches
(BODY.PEEK[]), run each message through the intake (parse, type suggestion, customer
match) and record it as a proposal, batch by batch. The baseline only downloads.
Needs Dovecot (Debian: dovecot-imapd). Results: benchmarks/results/mail_fetch.txt.
"""

from __future__ import annotations

import argparse
import imaplib
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from imap_server import PASSWORD, USER, message, running_dovecot
from keyring_backend import MemoryKeyring

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.importers.imap import ImapAccount, TlsMode
from minime_admin.services import database as db_service
from minime_admin.services import mail_fetch
from minime_admin.store.keychain import Keychain

RESULTS = Path(__file__).with_name("results") / "mail_fetch.txt"


def bare_download(port: int, ca_file: Path, count: int) -> float:
    import ssl

    started = time.perf_counter()
    context = ssl.create_default_context(cafile=str(ca_file))
    with imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=context) as connection:
        connection.login(USER, PASSWORD)
        connection.select("INBOX", readonly=True)
        for start in range(1, count + 1, 50):
            end = min(count, start + 49)
            status, _data = connection.uid("FETCH", f"{start}:{end}", "(BODY.PEEK[])")
            assert status == "OK"
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=10_000)
    count = parser.parse_args().messages
    keyring.set_keyring(MemoryKeyring())
    load_before = os.getloadavg()[0]  # other work on the machine slows the wall times
    actor = Actor("benchmark")
    with tempfile.TemporaryDirectory() as folder, running_dovecot() as server:
        started = time.perf_counter()
        server.fill_maildir([message(n) for n in range(1, count + 1)])
        append_seconds = time.perf_counter() - started
        created = db_service.create_database(
            Path(folder) / "bench.db", actor, Keychain(), clock=SystemClock()
        )
        database = created.database
        account = ImapAccount(
            host="127.0.0.1", port=server.tls_port, tls=TlsMode.IMPLICIT, user=USER,
            ca_file=str(server.ca_file),
        )  # fmt: skip
        reports: list[int] = []

        def progress(done: int, total: int) -> bool:
            reports.append(done)
            return True

        started, cpu = time.perf_counter(), time.process_time()
        result = mail_fetch.fetch_mail(database.unit_of_work, actor, account, PASSWORD, progress)
        fetch_seconds, fetch_cpu = time.perf_counter() - started, time.process_time() - cpu
        started = time.perf_counter()
        again = mail_fetch.fetch_mail(database.unit_of_work, actor, account, PASSWORD)
        again_seconds = time.perf_counter() - started
        database.close()
        bare_seconds = bare_download(server.tls_port, server.ca_file, count)
    assert len(result.proposed) == count and again.proposed == []
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines = [
        f"mail fetch benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"mailbox: {count:,} messages written into its Maildir in {append_seconds:.1f} s",
        "",
        f"fetch (list, download in batches, intake, record proposals): {count:,} in "
        f"{fetch_seconds:.1f} s = {fetch_seconds / count * 1000:.2f} ms per message; "
        f"{len(reports)} progress reports; this process's CPU time {fetch_cpu:.1f} s",
        f"second fetch (nothing new): {again_seconds:.2f} s",
        f"baseline: bare imaplib download of the same messages, 50 per FETCH: "
        f"{bare_seconds:.1f} s = {bare_seconds / count * 1000:.2f} ms per message",
        f"ratio: {fetch_seconds / bare_seconds:.1f}x",
        f"peak resident memory: {peak:.0f} MiB",
        f"load average (1 min) before and after: {load_before:.1f}, {os.getloadavg()[0]:.1f}",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
