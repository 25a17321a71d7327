"""Time the e-mail intake on the real-world corpus beside Python's own parse of the same files.

    python benchmarks/mail_intake.py [--corpus DIR] [--runs 3]

In the same run, over every file of shared/data/eml-corpus (MINIME_SHARED_DATA, else
../shared/data beside the checkout):

* baseline: ``email.message_from_bytes(data, policy=email.policy.default)``, the stdlib parse
  alone (headers left unparsed until asked for, no text decoded);
* the intake: ``importers.mail_intake.read_mail`` (parse, sender, received time, skip
  reasons, text and attachments decoded), as the GUI, the CLI and the mailbox fetch call it.

Medians of ``--runs`` in messages per second, and the slowest single message of each.
Then the issue's bad input (#16), each message in a fresh process so its peak memory is
its own: a message nested 1,000 levels deep (multipart and message/rfc822), a 24 MB
attachment (stored) and a 30 MB one (too large: warned), a 1 MB From header, and the
corpus's slowest real messages; the target is under 5 s and 200 MB each (the resident
set's peak, the interpreter and imports included).
Results go to benchmarks/results/mail_intake.txt.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from minime_admin.errors import KnownError
from minime_admin.importers.mail_intake import Skipped, read_mail

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results") / "mail_intake.txt"
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
SLOW_REAL = (
    "flanker/messages__enclosed-endless.eml",
    "flanker/messages__torture.eml",
    "flanker/messages__long-header.eml",
    "nodemailer-mailparser/fixtures__outofmemory.eml",
    "php-mime-mail-parser/mails__issue408.eml",
    "php-mime-mail-parser/mails__m0005.eml",
)


def corpus_dir(given: str | None) -> Path:
    if given:
        return Path(given)
    shared = os.environ.get("MINIME_SHARED_DATA")
    return (Path(shared) if shared else REPO.parent / "shared" / "data") / "eml-corpus"


def baseline(files: list[bytes]) -> tuple[float, float]:
    slowest = 0.0
    start = time.perf_counter()
    for data in files:
        one = time.perf_counter()
        email.message_from_bytes(data, policy=email.policy.default)
        slowest = max(slowest, time.perf_counter() - one)
    return time.perf_counter() - start, slowest


def intake(files: list[bytes]) -> tuple[float, float, dict[str, int]]:
    counts = {"proposed": 0, "skipped": 0, "refused": 0}
    slowest = 0.0
    start = time.perf_counter()
    for number, data in enumerate(files):
        one = time.perf_counter()
        try:
            result = read_mail(data, f"{number}.eml", NOW)
        except KnownError:
            counts["refused"] += 1
        else:
            counts["skipped" if isinstance(result, Skipped) else "proposed"] += 1
        slowest = max(slowest, time.perf_counter() - one)
    return time.perf_counter() - start, slowest, counts


def bad_input(folder: Path, corpus: Path) -> list[Path]:
    head = b"From: a@b.lv\nDate: Tue, 24 Nov 2026 09:29:00 +0200\nMIME-Version: 1.0\n"
    made = {
        "nested-1000-multipart.eml": head
        + b"".join(
            b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
            for i in range(1000)
        )
        + b"Content-Type: text/plain\n\nhi\n",
        "nested-1000-rfc822.eml": head
        + b"Content-Type: message/rfc822\n\nFrom: c@d.lv\nSubject: x\n" * 1000
        + b"\nhi\n",
        "from-1mb.eml": b"From: " + b"Anna " * 200_000 + b"<a@b.lv>\n" + head[13:] + b"\nhi\n",
    }
    for megabytes in (24, 30):  # stored (under the 25 MB limit), and too large to store
        big = EmailMessage()
        big["From"], big["Date"] = "a@b.lv", "Tue, 24 Nov 2026 09:29:00 +0200"
        big["Subject"] = "x"
        big.set_content("Pielikumā skenējums.")
        big.add_attachment(os.urandom(megabytes * 1024 * 1024), maintype="image", subtype="tiff")
        made[f"attachment-{megabytes}mb.eml"] = big.as_bytes()
    paths = []
    for name, data in made.items():
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths + [corpus / name for name in SLOW_REAL if (corpus / name).is_file()]


def _peak_rss_mb() -> float:
    """VmHWM: this process's own peak (ru_maxrss would count the parent's at fork)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(path: str) -> None:
    """Child process: read one message, print seconds, peak RSS and the outcome."""
    data = Path(path).read_bytes()
    start = time.perf_counter()
    try:
        result = read_mail(data, Path(path).name, NOW)
        outcome = "skipped" if isinstance(result, Skipped) else f"{len(result.warnings)} warnings"
    except KnownError as error:
        outcome = f"refused ({type(error).__name__})"
    seconds = time.perf_counter() - start
    peak_mb = _peak_rss_mb()
    print(f"{seconds:.2f}\t{peak_mb:.0f}\t{outcome}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        one(arguments.one)
        return
    corpus = corpus_dir(arguments.corpus)
    paths = sorted(corpus.rglob("*.eml"))
    if not paths:
        raise SystemExit(f"no corpus at {corpus} (set MINIME_SHARED_DATA)")
    files = [path.read_bytes() for path in paths]
    megabytes = sum(map(len, files)) / 1024 / 1024
    base_runs, intake_runs = [], []
    counts: dict[str, int] = {}
    for _ in range(arguments.runs):
        base_runs.append(baseline(files))
        seconds, slowest, counts = intake(files)
        intake_runs.append((seconds, slowest))
    base = statistics.median(r[0] for r in base_runs)
    ours = statistics.median(r[0] for r in intake_runs)
    lines = [
        f"mail intake benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs",
        f"corpus: {len(files)} files, {megabytes:.1f} MB; medians of {arguments.runs} runs",
        f"baseline email.message_from_bytes(policy=default): {len(files) / base:.0f} msg/s "
        f"({base:.2f} s; slowest message {max(r[1] for r in base_runs):.2f} s)",
        f"intake read_mail: {len(files) / ours:.0f} msg/s ({ours:.2f} s; slowest message "
        f"{max(r[1] for r in intake_runs):.2f} s)",
        f"ratio intake/baseline time: {ours / base:.2f}",
        f"outcomes: {counts}",
        "",
        "bad input, one fresh process each (target: < 5 s and < 200 MB peak RSS):",
        "seconds\tpeak MB\toutcome\tmessage",
    ]
    with tempfile.TemporaryDirectory() as folder:
        for path in bad_input(Path(folder), corpus):
            run = subprocess.run(
                [sys.executable, __file__, "--one", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            lines.append(f"{run.stdout.strip()}\t{path.name}")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
