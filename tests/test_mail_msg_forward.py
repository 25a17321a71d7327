"""A customer's mail forwarded from Outlook "as attachment" (issue #16.2): an .msg inside an
.msg, built byte by byte as Outlook lays it out (msg_builder.py), is unwrapped by the same
rule as an .eml's attached message: only when the outer sender is an office address."""

from __future__ import annotations

from datetime import UTC, datetime

import olefile
from msg_builder import Mail, msg_file

from minime_admin.importers.eml import ParsedEmail
from minime_admin.importers.mail_intake import read_mail

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
OFFICE = ("minime.lv",)


def headers(sender: str, received: str, subject: str, message_id: str) -> str:
    return (
        f"Received: from mail.example.lv by mx.minime.lv; {received}\r\n"
        f"From: {sender}\r\nTo: info@minime.lv\r\nSubject: {subject}\r\n"
        f"Date: {received}\r\nMessage-ID: {message_id}\r\nMIME-Version: 1.0\r\n"
    )


CUSTOMER = Mail(
    subject="Lūdzu dzēst manus datus",
    body="Labdien! Lūdzu dzēst visus manus datus. Pasūtījums 1234567.",
    headers=headers(
        "Līga Ozola <liga.ozola@example.lv>", "Mon, 23 Nov 2026 08:00:00 +0200",
        "Lūdzu dzēst manus datus", "<orig-1@example.lv>",
    ),
    attachments=(("pase.pdf", b"%PDF-1.4\n" + b"0" * 5000),),
)  # fmt: skip


def forwarded_by(sender: str, inner: Mail = CUSTOMER) -> bytes:
    return msg_file(
        Mail(
            subject="FW: Lūdzu dzēst manus datus",
            body="Skat. pielikumā — klients lūdz dzēšanu.",
            headers=headers(
                sender, "Tue, 24 Nov 2026 09:15:00 +0200", "FW: Lūdzu dzēst manus datus",
                "<fw-1@minime.lv>",
            ),
            attachments=(("piezīme.txt", b"darbinieka piezime"),),
            embedded=(inner,),
        )
    )  # fmt: skip


def read(data: bytes, domains: tuple[str, ...] = OFFICE) -> ParsedEmail:
    found = read_mail(data, "forward.msg", NOW, domains)
    assert isinstance(found, ParsedEmail)
    return found


def test_the_built_file_is_a_well_formed_compound_file() -> None:
    data = forwarded_by("Anna Kalniņa <anna@minime.lv>")
    # olefile in its strictest mode: any defect it knows of is an exception.
    with olefile.OleFileIO(data, raise_defects=olefile.DEFECT_INCORRECT) as ole:
        assert ole.exists("__attach_version1.0_#00000001/__substg1.0_3701000D")


def test_a_staff_forward_as_attachment_is_the_original_senders_request() -> None:
    mail = read(forwarded_by("Anna Kalniņa <anna@minime.lv>"))
    assert mail.forwarded
    assert (mail.sender_name, mail.sender_email) == ("Līga Ozola", "liga.ozola@example.lv")
    assert mail.subject == "Lūdzu dzēst manus datus"
    # Both messages' words, the colleague's note first; both messages' files.
    assert mail.body.startswith("Skat. pielikumā")
    assert mail.body.endswith("Lūdzu dzēst visus manus datus. Pasūtījums 1234567.")
    assert [a.filename for a in mail.attachments] == ["piezīme.txt", "pase.pdf"]
    assert mail.attachments[1].content.startswith(b"%PDF-1.4")
    # Received when the shop's server took the forward, not when the customer wrote.
    assert mail.received_at == datetime(2026, 11, 24, 7, 15, tzinfo=UTC)
    assert mail.warnings == []


def test_a_customer_sending_an_outlook_item_along_stays_the_requester() -> None:
    mail = read(forwarded_by("Jānis Bērziņš <janis@example.lv>"))
    assert not mail.forwarded
    assert mail.sender_email == "janis@example.lv"
    assert mail.subject == "FW: Lūdzu dzēst manus datus"
    assert "Lūdzu dzēst visus manus datus" not in mail.body
    # The shop's domains are a setting: the same file from another shop's staff.
    other = read(forwarded_by("Anna <anna@minime.lv>"), domains=("other-shop.lv",))
    assert not other.forwarded and other.sender_email == "anna@minime.lv"


def test_an_attached_item_without_a_readable_sender_keeps_the_colleague_as_sender() -> None:
    draft = Mail(subject="Melnraksts", body="Nav sūtītāja.")  # no headers, no sender
    mail = read(forwarded_by("Anna <anna@minime.lv>", inner=draft))
    assert not mail.forwarded and mail.sender_email == "anna@minime.lv"


def test_an_item_saved_without_internet_headers_gives_outlooks_sender() -> None:
    saved = Mail(
        subject="Piekļuve datiem", body="Lūdzu kopiju.", sender_name="Pēteris Kalns",
        sender_smtp="peteris@example.lv",
    )  # fmt: skip
    mail = read(forwarded_by("Anna <anna@minime.lv>", inner=saved))
    assert mail.forwarded
    assert (mail.sender_name, mail.sender_email) == ("Pēteris Kalns", "peteris@example.lv")
