"""The whole real-world corpus (572 messages, shared/data/eml-corpus) through the intake.

Every file ends as a proposal, a skip with its reason, or a clean refusal; never a crash.
For every message that is not a staff member's forward, the requester and the received
time are checked against Python's own parse of the outer headers (policy.default), done
here independently of the importer's code.
"""

from __future__ import annotations

import email
import email.policy
import os
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from minime_admin import errors
from minime_admin.errors import KnownError
from minime_admin.importers.eml import ParsedEmail
from minime_admin.importers.mail_intake import Skipped, read_mail

REPO = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
SENDER_WARNINGS = {errors.NO_SENDER_WARNING, errors.DAMAGED_SENDER_WARNING}


def corpus() -> Path:
    configured = os.environ.get("MINIME_SHARED_DATA")
    base = Path(configured) if configured else REPO.parent / "shared" / "data"
    path = base / "eml-corpus"
    if not (path / "MANIFEST.tsv").is_file():
        pytest.skip(f"the shared e-mail corpus is not at {path} (set MINIME_SHARED_DATA)")
    return path


def manifest(root: Path) -> list[Path]:
    lines = (root / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [root / line.split("\t", 1)[0] for line in lines if line.strip()]


def expected_sender(data: bytes) -> str | None:
    """The outer From as Python's email package reads it: one clean address, else None."""
    message = email.message_from_bytes(
        data.removeprefix(b"\xef\xbb\xbf"), policy=email.policy.default
    )
    try:
        header = message["from"]
        if header is None or header.defects:
            return None
        addresses = header.addresses
    except Exception:  # policy.default's header parser gives up on some damaged headers
        return None
    if len(addresses) != 1 or not addresses[0].domain or not addresses[0].username:
        return None
    spec = addresses[0].addr_spec
    return spec.lower() if "." in addresses[0].domain and " " not in spec else None


def expected_time(data: bytes) -> datetime | None:
    """The top Received header's time, else the Date header's."""
    message = email.message_from_bytes(
        data.removeprefix(b"\xef\xbb\xbf"), policy=email.policy.compat32
    )
    received = message.get_all("received") or []
    candidates = [str(received[0]).rsplit(";", 1)[-1].strip()] if received else []
    if message.get("date") is not None:
        candidates.append(str(message.get("date")))
    for text in candidates:
        try:
            stamp = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return None


@pytest.mark.slow
def test_every_corpus_message_is_read_right() -> None:
    root = corpus()
    files = manifest(root)
    assert len(files) == 572
    outcomes: dict[str, int] = {"proposal": 0, "skipped": 0, "refused": 0}
    checked_senders = checked_times = 0
    for path in files:
        data = path.read_bytes()
        try:
            result = read_mail(data, path.name, NOW)  # any other exception fails the test
        except KnownError as refusal:
            assert path.name in refusal.message(), path
            outcomes["refused"] += 1
            continue
        if isinstance(result, Skipped):
            assert result.reason.value, path
            outcomes["skipped"] += 1
            continue
        assert isinstance(result, ParsedEmail)
        outcomes["proposal"] += 1
        # No corpus message comes from the office's domain: none is unwrapped as a forward.
        assert not result.forwarded, path
        sender = expected_sender(data)
        warned = {w.source_text for w in result.warnings}
        if sender is not None:
            assert result.sender_email == sender, path
            checked_senders += 1
        else:  # Python found no clean address: ours is recovered or missing, with a warning
            assert warned & SENDER_WARNINGS or result.sender_email, path
        stamp = expected_time(data)
        if stamp is not None and stamp <= NOW:
            assert result.received_at == stamp, path
            checked_times += 1
        else:
            assert result.received_at == NOW, path
            assert warned & {errors.NO_DATE_WARNING, errors.FUTURE_DATE_WARNING}, path
        for attachment in result.attachments:
            assert "/" not in attachment.filename and "\\" not in attachment.filename
    # What the corpus holds today (its README): most are requests-shaped mail; the header-
    # less MIME parts are refused; bounces and auto-replies are skipped.
    assert outcomes["proposal"] > 450 and outcomes["refused"] > 30, outcomes
    assert outcomes["skipped"] > 0, outcomes
    assert checked_senders > 400 and checked_times > 400, (checked_senders, checked_times)
