"""The intake's entry point (importers.mail_intake.read_mail) on the shapes of issue #16:
who the requester is, when the message was received, what is skipped or refused, Outlook
.msg files (real ones, tests/data/msg), safe attachment names, and the shop's e-mail domains
setting with its command line."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import TEST_NOW

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.importers import msg
from minime_admin.importers.eml import ParsedEmail, safe_filename
from minime_admin.importers.mail_headers import SkipReason
from minime_admin.importers.mail_intake import Skipped, read_mail
from minime_admin.services import audit, intake, settings
from minime_admin.services.database import Database

BOTH_BACKENDS = True  # the database fixture runs on the file and on PostgreSQL

MSG = Path(__file__).parent / "data" / "msg"
EML = Path(__file__).parent / "data" / "eml"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
CUSTOMER = "Anna Bērziņa <anna.berzina@gmail.com>"


def message(
    sender: str = CUSTOMER,
    body: str = "Lūdzu, izdzēsiet manus datus.",
    received: str | None = "from mx.minime.lv; Tue, 24 Nov 2026 09:30:00 +0200",
    date: str = "Tue, 24 Nov 2026 09:29:00 +0200",
    **headers: str,
) -> EmailMessage:
    mail = EmailMessage()
    if received:
        mail["Received"] = received
    mail["From"] = sender
    mail["To"] = "info@minime.lv"
    mail["Date"] = date
    mail["Subject"] = "Dati"
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content(body)
    return mail


def read(data: bytes | EmailMessage, domains: tuple[str, ...] = ("minime.lv",)) -> ParsedEmail:
    raw = data.as_bytes() if isinstance(data, EmailMessage) else data
    result = read_mail(raw, "mail.eml", NOW, domains)
    assert isinstance(result, ParsedEmail), result
    return result


def raw_message(from_line: str, extra: str = "") -> bytes:
    return (
        f"From: {from_line}\r\nTo: info@minime.lv\r\nDate: Tue, 24 Nov 2026 09:29:00 +0200\r\n"
        f"Subject: Dati\r\n{extra}\r\nLūdzu, izdzēsiet manus datus.\r\n"
    ).encode()


def warned(mail: ParsedEmail) -> set[str]:
    return {w.source_text for w in mail.warnings}


# -- who the requester is ------------------------------------------------------------------


def test_a_customer_reply_quoting_an_earlier_message_keeps_the_outer_sender() -> None:
    for quote in (
        "-----Original Message-----\nFrom: Ilze <ilze@minime.lv>\nSent: Monday",
        "On Mon, 23 Nov 2026 at 10:00, Ilze <ilze@minime.lv> wrote:\n> Labdien",
        "---------- Forwarded message ---------\nFrom: Other <other@example.com>",
    ):
        mail = read(message(body=f"Jā, lūdzu izdzēsiet.\n\n{quote}"))
        assert mail.sender_email == "anna.berzina@gmail.com" and not mail.forwarded
        # Always the outer message's time, never the quoted one's.
        assert mail.received_at == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)


def test_an_attached_email_or_a_digest_keeps_the_outer_sender() -> None:
    outer = message(body="Pielikumā mana iepriekšējā vēstule.")
    outer.add_attachment(message(sender="Other <other@example.com>", date="Mon, 1 Jan 2024"))
    mail = read(outer)
    assert mail.sender_email == "anna.berzina@gmail.com" and not mail.forwarded
    assert [a.content_type for a in mail.attachments] == ["message/rfc822"]
    assert mail.received_at == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    digest = message(sender="List <list@lists.example.org>", body="Digest")
    for n in range(3):
        digest.add_attachment(message(sender=f"P{n} <p{n}@example.com>"))
    assert read(digest).sender_email == "list@lists.example.org"


def test_a_forward_is_unwrapped_only_from_an_office_address() -> None:
    data = (EML / "forwarded-inline-restriction.eml").read_bytes()  # from ilze@minime.lv
    assert read(data).sender_email == "eriks.caks@tvnet.lv"
    assert read(data, ("mini-me.lv",)).sender_email == "ilze@minime.lv"  # another shop
    attached = (EML / "forwarded-attached-marketing.eml").read_bytes()
    mail = read(attached)
    assert mail.forwarded and mail.sender_email == "nina.laudere@gmail.com"
    # The office received it when the staff member forwarded it.
    assert mail.received_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_damaged_but_recoverable_senders_are_recovered_with_a_warning() -> None:
    for line, address in (
        ("Big Bug bb@bug.com", "bb@bug.com"),
        ("addr@trunc <real@addr.lv>", "real@addr.lv"),
        ("John Doe.<john@doe.lv>", "john@doe.lv"),
    ):
        mail = read(raw_message(line))
        assert mail.sender_email == address, line
        assert errors.DAMAGED_SENDER_WARNING in warned(mail), line
    # An obsolete but valid phrase (a dot in the name, as in "John Q. Public"): no warning.
    dotted = read(raw_message(".CO <h@y.lv>"))
    assert dotted.sender_email == "h@y.lv" and dotted.warnings == []


def test_an_unreadable_sender_is_a_warning_not_a_crash() -> None:
    for line in ("John Doe.<", "=?utf-8?q?Anna=0ABerzina?= <anna@", "<>", "@@@"):
        mail = read(raw_message(line))
        assert mail.sender_email is None, line
        assert errors.NO_SENDER_WARNING in warned(mail), line
    newline_in_word = read(raw_message("=?utf-8?q?Anna=0AB=C4=93rzi=C5=86a?= <anna@inbox.lv>"))
    assert newline_in_word.sender_email == "anna@inbox.lv"
    assert "\n" not in newline_in_word.sender_name


def test_received_time_is_the_top_received_header_else_date() -> None:
    two_hops = message()
    two_hops["Received"] = "from relay.example.com; Tue, 24 Nov 2026 09:00:00 +0200"
    assert read(two_hops).received_at == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert read(message(received=None)).received_at == datetime(2026, 11, 24, 7, 29, tzinfo=UTC)
    huge_year = read(message(received=None, date="Tue, 24 Nov 99999 09:29:00 +0200"))
    assert huge_year.received_at == NOW and errors.NO_DATE_WARNING in warned(huge_year)
    future = read(message(received=None, date="Fri, 24 Nov 2034 09:29:00 +0200"))
    assert future.received_at == NOW and errors.FUTURE_DATE_WARNING in warned(future)


def test_byte_order_mark_is_read() -> None:
    mail = read(b"\xef\xbb\xbf" + message().as_bytes())
    assert mail.sender_email == "anna.berzina@gmail.com" and "izdzēsiet" in mail.body


# -- skipped and refused -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"Auto_Submitted": "auto-replied"}, SkipReason.AUTO_REPLY),
        ({"X_Autoreply": "yes"}, SkipReason.AUTO_REPLY),
        ({"Precedence": "bulk"}, SkipReason.BULK),
    ],
)
def test_automatic_messages_are_skipped_with_the_reason(
    headers: dict[str, str], reason: SkipReason
) -> None:
    result = read_mail(message(**headers).as_bytes(), "auto.eml", NOW)
    assert result == Skipped("auto.eml", reason)
    assert read(message(Auto_Submitted="no")).sender_email == "anna.berzina@gmail.com"


def test_bounces_delivery_reports_and_read_receipts_are_skipped() -> None:
    for report_type, sender, reason in (
        ("delivery-status", "Mail Delivery System <MAILER-DAEMON@mx.example.com>", "BOUNCE"),
        ("delivery-status", "Relay <relay@example.com>", "DELIVERY_REPORT"),
        ("disposition-notification", CUSTOMER, "READ_RECEIPT"),
    ):
        report = message(sender=sender)
        report.make_mixed()
        report.replace_header(
            "Content-Type", f'multipart/report; report-type={report_type}; boundary="b"'
        )
        result = read_mail(report.as_bytes(), "report.eml", NOW)
        assert isinstance(result, Skipped) and result.reason.name == reason


def test_a_huge_message_is_refused_and_names_the_file() -> None:
    with pytest.raises(errors.MessageTooLarge) as refused:
        read_mail(b"x" * (46 * 1024 * 1024), "huge.eml", NOW)
    assert "huge.eml" in refused.value.message()


def test_deep_nesting_is_cut_with_a_warning() -> None:
    head = b"From: a@b.lv\nDate: Tue, 24 Nov 2026 09:29:00 +0200\nMIME-Version: 1.0\n"
    nested = b"".join(
        b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n' % (i, i) for i in range(1000)
    )
    mail = read(head + nested + b"Content-Type: text/plain\n\nhi\n")
    assert errors.TOO_MANY_PARTS_WARNING in warned(mail) and mail.sender_email == "a@b.lv"


def test_attachment_names_are_made_safe() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\Windows\\evil.exe") == "evil.exe"
    assert safe_filename("a\x00b\r\nc.pdf") == "abc.pdf"
    assert safe_filename("..") == "attachment" and safe_filename(".bashrc") == "bashrc"
    assert safe_filename("CON.txt") == "_CON.txt"
    assert len(safe_filename("x" * 300 + ".pdf")) <= 120
    mail = message()
    mail.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="../../x.pdf")
    assert [a.filename for a in read(mail).attachments] == ["x.pdf"]


# -- Outlook .msg (real files of Apache POI) -----------------------------------------------


def read_msg(name: str) -> ParsedEmail:
    return read((MSG / name).read_bytes())


def test_received_outlook_message_reads_sender_time_and_text() -> None:
    mail = read_msg("simple_test_msg.msg")
    assert mail.sender_email == "travis@overwrittenstack.com"
    assert mail.sender_name == "Travis Ferguson"
    assert mail.subject == "test message" and mail.body == "This is a test message."
    # The top Received header of the headers Outlook kept, 01:27:26 -0400 on 6 July 2007.
    assert mail.received_at == datetime(2007, 7, 6, 5, 27, 26, tzinfo=UTC)
    assert mail.warnings == []


def test_outlook_attachments_and_unicode() -> None:
    mail = read_msg("attachment_test_msg.msg")
    assert mail.subject == "test pièce jointe 1"
    assert [a.filename for a in mail.attachments] == ["test-unicode.doc", "pj1.txt"]
    assert len(mail.attachments[1].content) == 89
    unicode = read_msg("example_received_unicode.msg")
    assert unicode.sender_email == "mike.farman@alfresco.com"
    (gif,) = unicode.attachments
    assert gif.filename == "alfresco.gif" and len(gif.content) == 16174


def test_outlook_charsets_and_html_body() -> None:
    cyrillic = read_msg("ASCII_CP1251_LCID1049.msg")  # 8-bit strings, a Russian locale
    assert cyrillic.subject == "Subject автоматически Subject"
    assert cyrillic.body == "Body автоматически Body"
    assert errors.NO_SENDER_WARNING in warned(cyrillic)  # a draft: no sender yet
    assert read_msg("HTMLBodyBinary_UTF-8.msg").body == "HTML öäü"


def test_outlook_contact_is_refused_and_a_renamed_msg_is_recognised() -> None:
    with pytest.raises(errors.OutlookItemNotEmail):
        read_mail((MSG / "msgClassContact.msg").read_bytes(), "card.msg", NOW)
    renamed = read_mail((MSG / "simple_test_msg.msg").read_bytes(), "saved.eml", NOW)
    assert isinstance(renamed, ParsedEmail) and renamed.subject == "test message"
    with pytest.raises(errors.MessageUnreadable):  # the OLE signature, then garbage
        read_mail(msg.OLE_MAGIC + b"\x00" * 600, "broken.msg", NOW)


def test_outlook_report_classes_are_skipped() -> None:
    assert msg.automatic_kind("REPORT.IPM.Note.NDR", None) == SkipReason.BOUNCE
    assert msg.automatic_kind("REPORT.IPM.Note.IPNRN", None) == SkipReason.READ_RECEIPT
    assert msg.automatic_kind("REPORT.IPM.Note.DR", None) == SkipReason.DELIVERY_REPORT
    assert msg.automatic_kind("IPM.Note.Rules.OofTemplate.Microsoft", None) == (
        SkipReason.AUTO_REPLY
    )
    assert msg.automatic_kind("IPM.Note", None) is None


# -- the setting and the command line -------------------------------------------------------


def test_office_domains_setting_is_checked_stored_and_audited(
    database: Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        assert settings.load_office_domains(session) == ("minime.lv",)
        chosen = settings.parse_office_domains(" Minime.lv, @mini-me.lv;minime.lv ")
        assert chosen == ("minime.lv", "mini-me.lv")
        assert settings.save_office_domains(session, clerk, chosen)
        assert not settings.save_office_domains(session, clerk, chosen)
    for bad in ("", "minime", "no spaces.lv", "a@b.lv"):
        with pytest.raises(errors.BadMailDomains):
            settings.parse_office_domains(bad)
    with database.unit_of_work() as session:
        assert settings.load_office_domains(session) == ("minime.lv", "mini-me.lv")
        (entry,) = audit.newest_first(session, limit=1)
        assert entry.action == AuditAction.SETTINGS_MAIL_DOMAINS_CHANGED.value
        # The preview reads the setting: a forward from the new domain is unwrapped.
        data = (EML / "forwarded-inline-restriction.eml").read_bytes()
        data = data.replace(b"ilze@minime.lv", b"ilze@mini-me.lv")
        preview = intake.preview_eml(session, data, "fwd.eml")
        assert not isinstance(preview, Skipped)
        assert preview.email.sender_email == "eriks.caks@tvnet.lv"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_mail_domains(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = database.location
    database.close()
    assert run(capsys, "--db", db, "settings", "mail-domains")[1].strip() == "minime.lv"
    code, out, _ = run(capsys, "--db", db, "settings", "mail-domains", "minime.lv,mini-me.lv")
    assert code == 0 and "saved" in out and "mini-me.lv" in out
    code, out, _ = run(capsys, "--db", db, "settings", "mail-domains", "--json")
    assert json.loads(out) == {"mail_domains": ["minime.lv", "mini-me.lv"], "changed": False}
    code, _, err = run(capsys, "--db", db, "settings", "mail-domains", "not a domain")
    assert code == 1 and "is not an e-mail domain" in err


def test_cli_batch_keeps_going_skips_and_flags_duplicates(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = database.location
    database.close()
    auto = tmp_path / "ooo.eml"
    auto.write_bytes(message(Auto_Submitted="auto-replied").as_bytes())
    nested = tmp_path / "nested.eml"
    nested.write_bytes(b"From: x\nContent-Type: multipart/mixed; boundary=a\n" * 3 + b"\0" * 10)
    first, again = tmp_path / "first.eml", tmp_path / "again.eml"
    first.write_bytes(message().as_bytes())
    again.write_bytes(message(date="Wed, 25 Nov 2026 09:00:00 +0200").as_bytes())
    outlook = MSG / "simple_test_msg.msg"
    files = [first, auto, tmp_path / "missing.eml", nested, EML / "not-an-email.eml", outlook]
    code, out, err = run(
        capsys,
        "--db",
        db,
        "requests",
        "import-eml",
        *map(str, files),
        str(again),
        "--type",
        "erasure",
    )
    assert code == 1  # some files failed, the others were imported
    assert "ooo.eml was skipped: it is an automatic reply" in out
    assert "not-an-email.eml is not an e-mail message" in err and "missing.eml" in err
    assert out.count("(erasure), due") == 3  # first, the Outlook message, again
    assert "looks like a duplicate of open request(s)" in out.split("again.eml")[1]
    assert "Traceback" not in out + err


def test_long_base64_blocks_set_aside_are_read_back_exactly() -> None:
    import os

    mail = message(body="Pielikumā skenējums.")
    scan = os.urandom(2 * 1024 * 1024 - 2 * 1024 * 1024 % 57)  # whole lines: no short last one
    mail.add_attachment(scan, maintype="image", subtype="tiff", filename="scan.tiff")
    # A plain (not base64) part of long letter-and-digit lines stays as it was written.
    codes = "\n".join("A" * 60 + str(n) for n in range(150)) + "\n"
    mail.add_attachment(codes.encode(), maintype="text", subtype="plain", filename="codes.txt")
    mail.get_payload()[-1].replace_header("Content-Transfer-Encoding", "7bit")
    mail.get_payload()[-1].set_payload(codes)
    parsed = read(mail)
    assert [a.filename for a in parsed.attachments] == ["scan.tiff", "codes.txt"]
    assert parsed.attachments[0].content == scan
    odd = message()
    odd.add_attachment(scan[:-5], maintype="image", subtype="tiff", filename="odd.tiff")
    assert read(odd).attachments[0].content == scan[:-5]
    assert parsed.attachments[1].content.decode().replace("\r\n", "\n") == codes
    assert parsed.body == "Pielikumā skenējums."
