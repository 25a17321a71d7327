"""Fuzzing the intake (issue #16, Bad input): valid messages mutated in their headers,
charsets, dates, addresses, structure and bytes. Every variant ends as a proposal, a skip
or a clean refusal (a KnownError naming the file): never another exception."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minime_admin.errors import KnownError
from minime_admin.importers.eml import ParsedEmail
from minime_admin.importers.mail_intake import Skipped, read_mail

SEEDS = [path.read_bytes() for path in sorted((Path(__file__).parent / "data" / "eml").iterdir())]
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)

NASTY_VALUES = [
    ".CO <h@y.lv>",
    "John Doe.<john@doe.lv",
    "addr@trunc <real@",
    "Big Bug bb@bug.com",
    "=?utf-8?q?Anna=0ABerzina?= <anna@inbox.lv>",
    "=?punycode?q?abc?= <p@x.lv>",
    "=?utf\x00-8?b?w6TDtg==?= <nul@x.lv>",
    "=?x-unknown?b?////?=",
    "Tue, 24 Nov 99999999 09:29:00 +0200",
    "Tue, 31 Feb 2026 25:61:61 +9999",
    "text/plain; charset=punycode",
    'text/plain; charset="utf-8\x00"',
    "text/html; charset=utf-16",
    'multipart/mixed; boundary=""',
    "message/rfc822",
    "multipart/report; report-type=delivery-status",
    'attachment; filename="../../x\x00.exe"',
    "attachment; filename*=utf-8''%E2%80%AE%00../../evil",
    "base64",
    "quoted-printable",
    "x" * 5000,
    "\udcff",
]
HEADERS = [
    "From",
    "Date",
    "Received",
    "Subject",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "Auto-Submitted",
    "Return-Path",
]


def nested(depth: int, kind: str) -> bytes:
    head = b"From: a@b.lv\nDate: Tue, 24 Nov 2026 09:29:00 +0200\nMIME-Version: 1.0\n"
    if kind == "multipart":
        levels = b"".join(
            b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i)
            for i in range(depth)
        )
    else:
        levels = b"Content-Type: message/rfc822\n\nFrom: c@d.lv\nSubject: x\n" * depth
    return head + levels + b"Content-Type: text/plain\n\nhi\n"


@st.composite
def variants(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(0, 4))):
        action = draw(st.sampled_from(["header", "bytes", "cut", "insert", "nest"]))
        if action == "header":
            name = draw(st.sampled_from(HEADERS)).encode()
            value = draw(st.one_of(st.sampled_from(NASTY_VALUES), st.text(max_size=80)))
            line = name + b": " + value.encode("utf-8", "surrogateescape") + b"\n"
            data = line + data if draw(st.booleans()) else data.replace(name + b":", line, 1)
        elif action == "bytes" and data:
            at = draw(st.integers(0, len(data) - 1))
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at + 1 :]
        elif action == "cut" and data:
            data = data[: draw(st.integers(0, len(data)))]
        elif action == "insert":
            at = draw(st.integers(0, len(data)))
            data = (
                data[:at]
                + draw(st.sampled_from(NASTY_VALUES)).encode("utf-8", "replace")
                + data[at:]
            )
        else:
            data = nested(
                draw(st.sampled_from([2, 50, 300, 1000])),
                draw(st.sampled_from(["multipart", "message"])),
            )
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return data


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(variants())
def test_no_variant_crashes_the_intake(data: bytes) -> None:
    try:
        result = read_mail(data, "fuzz.eml", NOW)
    except KnownError as refusal:
        assert "fuzz.eml" in refusal.message()
        return
    assert isinstance(result, ParsedEmail | Skipped)
    if isinstance(result, ParsedEmail):
        assert result.received_at.tzinfo is not None
        assert all("/" not in a.filename and "\x00" not in a.filename for a in result.attachments)
        assert "\n" not in result.sender_name and "\x00" not in result.subject


def test_the_deepest_nesting_is_read_without_a_crash() -> None:
    for kind in ("multipart", "message"):
        result = read_mail(nested(1000, kind), "deep.eml", NOW)
        assert isinstance(result, ParsedEmail) and result.sender_email == "a@b.lv"
