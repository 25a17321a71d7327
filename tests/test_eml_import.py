"""Real-world .eml shapes: every one imports with its text, sender, date and attachments."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from minime_admin import errors
from minime_admin.importers.eml import html_to_text, parse_eml

EML = Path(__file__).parent / "data" / "eml"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def parse(name: str):  # type: ignore[no-untyped-def]
    return parse_eml((EML / name).read_bytes(), name, NOW)


def test_thunderbird_quoted_printable_latvian() -> None:
    mail = parse("thunderbird-qp-erasure.eml")
    assert mail.sender_name == "Ģirts Ķēniņš-Žūriņa"
    assert mail.sender_email == "girts.kenins@inbox.lv"
    assert mail.subject == "Datu dzēšana"
    assert "Lūdzu, izdzēsiet visus manus personas datus" in mail.body
    assert "<p>" not in mail.body and "color:red" not in mail.body  # plain part preferred
    # The Received header's time, not the sender's Date: 23:47:12 EET on 4 March.
    assert mail.received_at == datetime(2026, 3, 4, 21, 47, 12, tzinfo=UTC)
    assert mail.warnings == []


def test_outlook_windows_1257_without_received_header_uses_date() -> None:
    mail = parse("outlook-windows-1257-access.eml")
    assert "vēlos saņemt kopiju" in mail.body and "Bērziņa" in mail.body
    assert mail.received_at == datetime(2026, 11, 9, 7, 15, tzinfo=UTC)
    assert mail.sender_email == "anna.berzina@gmail.com"


def test_iso_8859_13_base64_html_only_becomes_readable_text() -> None:
    mail = parse("iso-8859-13-html-unsubscribe.eml")
    assert mail.body == "Gribu atrakstīties no jaunumu vēstules.\n\nĻoti pateicos,\nMāra Ūdre"


def test_attachments_are_kept_with_their_bytes() -> None:
    mail = parse("apple-mail-attachment-rectification.eml")
    (attachment,) = mail.attachments
    assert attachment.filename == "proof of address.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.content.startswith(b"%PDF-1.4")
    assert "delivery address is wrong" in mail.body


def test_inline_forward_yields_the_original_sender() -> None:
    mail = parse("forwarded-inline-restriction.eml")
    assert mail.forwarded
    assert mail.sender_email == "eriks.caks@tvnet.lv" and mail.sender_name == "Ēriks Čaks"
    assert "ierobežot manu datu apstrādi" in mail.body


def test_attached_forward_yields_the_original_message() -> None:
    mail = parse("forwarded-attached-marketing.eml")
    assert mail.forwarded and mail.sender_email == "nina.laudere@gmail.com"
    assert mail.sender_name == "Ņina Ļaudere"
    assert "Nesūtiet man vairs reklāmu" in mail.body
    assert mail.received_at == datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # reached the shop


def test_broken_message_imports_what_it_can_with_warnings() -> None:
    mail = parse("broken-unknown-charset-no-date.eml")
    assert mail.received_at == NOW
    texts = [w.source_text for w in mail.warnings]
    assert errors.NO_DATE_WARNING in texts and errors.UNKNOWN_CHARSET_WARNING in texts
    assert "Lūdzu izdēsiet" in mail.body or "izd" in mail.body
    assert "ū" in mail.body  # read as windows-1257, the Baltic fallback


def test_not_an_email_is_refused_clearly() -> None:
    with pytest.raises(errors.NotAnEmail) as caught:
        parse("not-an-email.eml")
    assert "not-an-email.eml" in str(caught.value)


@pytest.mark.slow
def test_a_30_mb_attachment_is_skipped_with_a_warning() -> None:
    message = EmailMessage()
    message["From"] = "Liels Fails <liels@example.lv>"
    message["Date"] = "Tue, 24 Nov 2026 08:00:00 +0200"
    message["Subject"] = "Pielikums"
    message.set_content("Pievienoju skenētu dokumentu.")
    message.add_attachment(
        b"\0" * (30 * 1024 * 1024),
        maintype="application",
        subtype="octet-stream",
        filename="scan.tiff",
    )
    message.add_attachment(b"small", maintype="text", subtype="plain", filename="note.txt")
    mail = parse_eml(message.as_bytes(), "big.eml", NOW)
    assert [a.filename for a in mail.attachments] == ["note.txt"]
    assert [w.source_text for w in mail.warnings] == [errors.BIG_ATTACHMENT_WARNING]
    assert "scan.tiff" in mail.warnings[0].message()


def test_html_to_text_keeps_lists_and_paragraphs() -> None:
    html = "<p>Sveiki,</p><ul><li>vārds</li><li>adrese</li></ul><script>x()</script>"
    assert html_to_text(html) == "Sveiki,\n\n• vārds\n\n• adrese"
