"""The one-page recovery sheet printed when a database is created."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from minime_admin.letters.dates import long_datetime
from minime_admin.letters.fonts import BOLD, MONO, REGULAR, register_fonts


@dataclass(frozen=True)
class RecoverySheet:
    recovery_key: str
    database_path: str
    database_id: str
    created_at: datetime
    language: str  # "lv" | "en"
    company_name: str


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Recovery key for the minime-admin database",
        "intro": "This key opens the encrypted database of {company} when this computer's "
        "keychain is lost or the database is moved to another computer.",
        "file": "Database file",
        "id": "Database id",
        "created": "Created",
        "key": "Recovery key",
        "how_title": "How to use it",
        "how": "Start minime-admin with <b>--recover</b>, or wait until it asks for the "
        "passphrase or recovery key, and type the key above. Letters O, I and L may be typed "
        "as 0 and 1; dashes and spaces do not matter.",
        "keep_title": "Keep it safe",
        "keep": "Anyone holding this sheet and a copy of the database can read everything "
        "in it. Keep the sheet locked away, apart from the computer and its backups. "
        "Do not photograph it, e-mail it or store it on the computer.",
        "kept_by": "Kept by",
        "kept_where": "Where it is kept",
        "signature": "Signature, date",
    },
    "lv": {
        "title": "minime-admin datubāzes atkopšanas atslēga",
        "intro": "Ar šo atslēgu var atvērt {company} šifrēto datubāzi, ja šī datora "
        "atslēgu glabātuve ir zudusi vai datubāze pārvietota uz citu datoru.",
        "file": "Datubāzes fails",
        "id": "Datubāzes identifikators",
        "created": "Izveidota",
        "key": "Atkopšanas atslēga",
        "how_title": "Kā to izmantot",
        "how": "Palaidiet minime-admin ar <b>--recover</b> vai pagaidiet, līdz programma "
        "prasa paroles frāzi vai atkopšanas atslēgu, un ievadiet augstāk redzamo atslēgu. "
        "Burtus O, I un L var ievadīt kā 0 un 1; domuzīmēm un atstarpēm nav nozīmes.",
        "keep_title": "Glabājiet droši",
        "keep": "Ikviens, kam ir šī lapa un datubāzes kopija, var izlasīt visu tajā "
        "esošo. Glabājiet lapu slēgtā vietā, atsevišķi no datora un tā rezerves kopijām. "
        "Nefotografējiet to, nesūtiet pa e-pastu un neglabājiet datorā.",
        "kept_by": "Glabā",
        "kept_where": "Glabāšanas vieta",
        "signature": "Paraksts, datums",
    },
}


def render_recovery_sheet(sheet: RecoverySheet) -> bytes:
    register_fonts()
    text = TEXTS[sheet.language]
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=15)
    heading = ParagraphStyle("h", parent=body, fontName=BOLD, fontSize=12, spaceBefore=8)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=17, leading=22)
    key_style = ParagraphStyle(
        "key", fontName=MONO, fontSize=17, leading=26, alignment=1, textColor=colors.black
    )

    groups = sheet.recovery_key.split("-")
    key_lines = ["-".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    facts = Table(
        [
            [text["file"], Paragraph(escape(sheet.database_path), body)],
            [text["id"], sheet.database_id],
            [text["created"], long_datetime(sheet.created_at, sheet.language)],
        ],
        colWidths=[52 * mm, 113 * mm],
    )
    facts.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("FONT", (0, 0), (0, -1), BOLD, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    key_box = Table(
        [[Paragraph("<br/>".join(key_lines), key_style)]],
        colWidths=[165 * mm],
    )
    key_box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),  # not the unembedded Helvetica
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    blanks = Table(
        [[label, ""] for label in (text["kept_by"], text["kept_where"], text["signature"])],
        colWidths=[52 * mm, 113 * mm],
        rowHeights=[11 * mm] * 3,
    )
    blanks.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, 10),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    story = [
        Paragraph(escape(text["title"]), title),
        Spacer(1, 4 * mm),
        Paragraph(escape(text["intro"].format(company=sheet.company_name)), body),
        Spacer(1, 5 * mm),
        facts,
        Spacer(1, 6 * mm),
        Paragraph(escape(text["key"]), heading),
        Spacer(1, 2 * mm),
        key_box,
        Spacer(1, 4 * mm),
        Paragraph(escape(text["how_title"]), heading),
        Paragraph(text["how"], body),
        Paragraph(escape(text["keep_title"]), heading),
        Paragraph(escape(text["keep"]), body),
        Spacer(1, 8 * mm),
        blanks,
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=text["title"],
        author=sheet.company_name,
        subject=text["key"],
        lang=sheet.language,
        invariant=True,
        initialFontName=REGULAR,  # not ReportLab's unembedded Helvetica
    )
    made_on = f"D:{sheet.created_at:%Y%m%d}"  # the real day, not the invariant 2000-01-01

    def dated(canvas: Any, _document: Any) -> None:
        canvas.setDateFormatter(lambda *_: made_on)

    document.build(story, onFirstPage=dated, onLaterPages=dated)
    return buffer.getvalue()
