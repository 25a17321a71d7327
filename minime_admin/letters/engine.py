"""Letters as PDF: the shop's letterhead, reference, date, recipient, subject, body from the
catalogue, the worker's own paragraph, signature, page numbers, and PDF metadata.

Input is a LetterData, output PDF bytes; the bundled DejaVu fonts carry every Latvian
letter and are embedded as subsets.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from minime_admin.domain.authority import DVI
from minime_admin.domain.requests import RefusalReason, RequestType
from minime_admin.letters.catalogue import (
    BLOCKS,
    ERASURE_EXCEPTIONS,
    LETTERS,
    REFUSAL_REASONS,
    REQUEST_TYPES,
    STANDARD,
    Block,
    If,
    Items,
    LetterText,
)
from minime_admin.letters.dates import (
    before_date,
    from_date,
    long_date,
    nominative_date,
    until_date,
)
from minime_admin.letters.fonts import BOLD, REGULAR, register_fonts
from minime_admin.letters.model import (
    LANGUAGES,
    AppendixTable,
    DocumentData,
    Facts,
    KeptItem,
    LetterData,
    Letterhead,
    LetterKind,
)

MARGIN = 22 * mm
_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=15, spaceAfter=7)
_SMALL = ParagraphStyle(
    "small", fontName=REGULAR, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
)
_SUBJECT = ParagraphStyle(
    "subject", parent=_BODY, fontName=BOLD, fontSize=12, leading=16, spaceBefore=6, spaceAfter=10
)
_COMPANY = ParagraphStyle("company", fontName=BOLD, fontSize=14, leading=17)
_ADDRESS = ParagraphStyle("address", parent=_BODY, spaceAfter=0)
_BULLET = ParagraphStyle("bullet", parent=_BODY, spaceAfter=1.5)
_SHORT_LIST = 6  # a list this short stays on one page with its intro


class UnknownLetter(ValueError):
    """No such kind or language in the catalogue."""


def letter_text(kind: LetterKind | str, language: str) -> LetterText:
    try:
        return LETTERS[LetterKind(kind)][language]
    except (KeyError, ValueError) as error:
        raise UnknownLetter(f"{kind}/{language}") from error


def render_letter(letter: LetterData) -> bytes:
    if letter.language not in LANGUAGES:
        raise UnknownLetter(letter.language)
    text = letter_text(letter.kind, letter.language)
    register_fonts()
    values = _placeholders(letter)
    story: list[Any] = [*_head(letter, values), *_draft_note(letter.draft_note)]
    story.append(Paragraph(_fill(text.subject, values), _SUBJECT))
    story.append(Paragraph(_fill(STANDARD[letter.language]["greeting"], values), _BODY))
    for item in text.body:
        story.extend(_body_item(item, letter, values))
    if letter.free_paragraph.strip():
        for paragraph in letter.free_paragraph.strip().split("\n\n"):
            story.append(Paragraph(_plain(paragraph).replace("\n", "<br/>"), _BODY))
    story.append(KeepTogether(_signature(letter)))
    story += _signoff_note(letter.signoff_note)
    if letter.appendix:
        story.extend(_appendix(letter))

    return _build(
        story,
        letter.language,
        f"{text.subject} ({letter.reference})",
        text.title,
        letter.letterhead.company_name,
        _footer(letter),
        letter.draft,
        letter.date,
    )


def render_document(doc: DocumentData) -> bytes:
    """A notice or report: letterhead, title, then each section's fields as label | value."""
    if doc.language not in LANGUAGES:
        raise UnknownLetter(doc.language)
    register_fonts()
    standard = STANDARD[doc.language]
    story: list[Any] = [*_letterhead_block(doc.letterhead, doc.language), Spacer(1, 6 * mm)]
    story.append(Paragraph(escape(doc.title), _SUBJECT))
    story.append(
        Paragraph(
            f"{standard['reference']}: {escape(doc.reference)} · "
            f"{standard['date']}: {long_date(doc.date, doc.language)}",
            _SMALL,
        )
    )
    story += _draft_note(doc.draft_note)
    if doc.intro:
        story += [Spacer(1, 3 * mm), Paragraph(_plain(doc.intro).replace("\n", "<br/>"), _BODY)]
    width = A4[0] - 2 * MARGIN
    for heading, fields in doc.sections:
        story.append(Paragraph(escape(heading), _SECTION))
        rows = [
            [
                Paragraph(escape(label), _CELL_HEAD),
                Paragraph(_plain(value or "—").replace("\n", "<br/>"), _BODY_CELL),
            ]
            for label, value in fields
        ]
        table = Table(rows, colWidths=[width * 0.32, width * 0.68])
        table.setStyle(_style(_GRID_STYLE))
        story.append(table)
    story += _signoff_note(doc.signoff_note)
    footer = " · ".join(p for p in (doc.letterhead.company_name, doc.letterhead.email) if p)
    return _build(
        story,
        doc.language,
        f"{doc.title} ({doc.reference})",
        doc.title,
        doc.letterhead.company_name,
        footer,
        doc.draft,
        doc.date,
    )


def _build(
    story: list[Any],
    language: str,
    title: str,
    subject: str,
    author: str,
    footer: str,
    draft: bool,
    made_on: date,
) -> bytes:
    """A4 with the house margins, PDF metadata, page numbers and (for drafts) the watermark.

    Invariant, so the same input gives the same bytes; the creation date is the document's
    own date (the clock's day it was made), not ReportLab's invariant 1 January 2000."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=24 * mm,
        title=title,
        author=author,
        subject=subject,
        lang=language,
        creator="minime-admin",
        invariant=True,
    )
    canvas = _numbered_canvas(footer, STANDARD[language]["page"], draft, made_on)
    document.build(story, canvasmaker=canvas)
    return buffer.getvalue()


# A name or cell longer than this is cut in the PDF (with "…"): a table row taller than a
# page cannot be laid out, and the export's data files hold every character (#14.14).
NAME_SHOWN, CELL_SHOWN = 200, 600


def shown(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _placeholders(letter: LetterData) -> dict[str, str]:
    lang, facts = letter.language, letter.facts
    values: dict[str, str] = {
        "name": shown(letter.recipient.name, NAME_SHOWN),
        "reference": letter.reference,
        "company": letter.letterhead.company_name,
        "company_email": letter.letterhead.email or letter.letterhead.company_name,
        "dvi_name": DVI.name_lv if lang == "lv" else DVI.name_en,
        # "iesniegt sūdzību Datu valsts inspekcijai": to whom, the dative
        "dvi_dative": DVI.name_lv_dative if lang == "lv" else DVI.name_en,
        "dvi_address": DVI.address,
        "dvi_email": DVI.email,
        "dvi_phone": DVI.phone,
        "dvi_website": DVI.website,
        "request_type": REQUEST_TYPES[lang].get(facts.request_type or RequestType.OTHER, ""),
        "refusal_reason": _refusal_reason(lang, facts),
    }
    for name in ("received", "due", "extended_due", "lift_date"):
        day = getattr(facts, name)
        values[name] = long_date(day, lang) if day else "—"
    extended = facts.extended_due
    values["extended_due_until"] = until_date(extended, lang) if extended else "—"
    values["due_until"] = until_date(facts.due, lang) if facts.due else "—"
    values["due_before"] = before_date(facts.due, lang) if facts.due else "—"
    values["due_nominative"] = nominative_date(facts.due, lang) if facts.due else "—"
    values["received_from"] = from_date(facts.received, lang) if facts.received else "—"
    values["backups_gone_days"] = str(facts.backups_gone_days or "")
    for name in (
        "extension_reason",
        "identity_needed",
        "refusal_text",
        "lift_reason",
        "breach_description",
        "breach_consequences",
        "breach_measures",
        "breach_advice",
        "contact_point",
    ):
        values[name] = getattr(facts, name)
    return values


def _refusal_reason(lang: str, facts: Facts) -> str:
    """The refusal's legal ground; an Art. 17(3) refusal names the point that applies."""
    general = REFUSAL_REASONS[lang].get(facts.refusal_reason or RefusalReason.OTHER, "")
    if facts.refusal_reason == RefusalReason.ERASURE_EXCEPTION and facts.erasure_exception:
        return ERASURE_EXCEPTIONS[lang].get(facts.erasure_exception, general)
    return general


def _fill(template: str, values: dict[str, str]) -> str:
    """Format, then escape for ReportLab's mini-markup (names may contain & or <)."""
    return escape(template.format(**values)).replace("\n", "<br/>")


def _plain(text: str) -> str:
    return escape(text)


def _fact_present(letter: LetterData, field: str) -> bool:
    if field == "objection_not_upheld":
        return letter.facts.objection_upheld is False
    if field == "no_recipients":  # Art. 19: nobody to tell, on record or still to be told
        return not (letter.facts.partners_informed or letter.facts.partners_told)
    if field == "no_request":  # an access answer given without a request on file
        return letter.facts.received is None
    if field == "objection_grounds":  # the compelling grounds, under "set out below"
        return letter.facts.objection_upheld is False and bool(letter.facts.refusal_text)
    return bool(getattr(letter.facts, field))


def _body_item(item: object, letter: LetterData, values: dict[str, str]) -> list[Any]:
    if isinstance(item, str):
        return [Paragraph(_fill(item, values), _BODY)]
    if isinstance(item, Block):
        return [Paragraph(_fill(BLOCKS[letter.language][item.name], values), _BODY)]
    if isinstance(item, If):
        if not _fact_present(letter, item.field):
            return []
        return [Paragraph(_fill(item.text, values), _BODY)]
    if isinstance(item, Items):
        entries = [
            _item_text(entry, letter.language) for entry in getattr(letter.facts, item.field)
        ]
        if not entries:
            return [Paragraph(_fill(item.if_empty, values), _BODY)] if item.if_empty else []
        flow: list[Any] = [Paragraph(_fill(item.intro, values), _BODY)] if item.intro else []
        flow.append(
            ListFlowable(
                [ListItem(Paragraph(_plain(e), _BULLET), leftIndent=12) for e in entries],
                bulletType="bullet",
                start="•",
                leftIndent=14,
                bulletFontName=REGULAR,
            )
        )
        flow.append(Spacer(1, 2.5 * mm))
        return [KeepTogether(flow)] if len(entries) <= _SHORT_LIST else flow
    raise TypeError(item)


def _item_text(entry: object, language: str) -> str:
    if not isinstance(entry, KeptItem):
        return str(entry)
    if entry.until is None:
        until = STANDARD[language]["until_further"]
    else:
        until = ("līdz " if language == "lv" else "until ") + until_date(entry.until, language)
    return f"{entry.what} — {entry.why}; {until}"


def _letterhead_block(head: Letterhead, language: str) -> list[Any]:
    lines = [escape(part) for part in (head.address, head.email, head.phone, head.website) if part]
    if head.registration_number:
        lines.insert(0, f"{STANDARD[language]['reg_no']} {escape(head.registration_number)}")
    company = [Paragraph(escape(head.company_name), _COMPANY), Paragraph(" · ".join(lines), _SMALL)]
    if head.logo_png:
        logo = Image(io.BytesIO(head.logo_png), width=28 * mm, height=14 * mm, kind="proportional")
        top = Table([[logo, company]], colWidths=[32 * mm, None])
    else:
        top = Table([[company]])
    top.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.HexColor("#2b5f8a")),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [top]


_SIGNED = ParagraphStyle(
    "signoff_note",
    parent=_BODY,
    fontSize=8.5,
    leading=11,
    textColor=colors.HexColor("#1f3d2b"),
    borderColor=colors.HexColor("#1f6b3a"),
    borderWidth=0.8,
    borderPadding=5,
    spaceBefore=6,
    spaceAfter=6,
)
_NOTE = ParagraphStyle(
    "draft_note",
    parent=_BODY,
    textColor=colors.HexColor("#9b1c1c"),
    borderColor=colors.HexColor("#9b1c1c"),
    borderWidth=0.8,
    borderPadding=5,
    spaceBefore=6,
    spaceAfter=10,
)


def _signoff_note(note: str) -> list[Any]:
    """The sign-off in words on the page, not only in the file's trailer."""
    return [Spacer(1, 5 * mm), Paragraph(_plain(note), _SIGNED)] if note else []


def _draft_note(note: str) -> list[Any]:
    """A draft's boxed warning (what is still missing); nothing when there is none."""
    return [Paragraph(_plain(note), _NOTE)] if note else []


def _head(letter: LetterData, values: dict[str, str]) -> list[Any]:
    (top,) = _letterhead_block(letter.letterhead, letter.language)
    recipient = [Paragraph(escape(shown(letter.recipient.name, NAME_SHOWN)), _ADDRESS)]
    for line in letter.recipient.address_lines:
        recipient.append(Paragraph(escape(line), _ADDRESS))
    if not letter.recipient.address_lines and letter.recipient.email:
        by_email = STANDARD[letter.language]["by_email"].format(email=letter.recipient.email)
        recipient.append(Paragraph(escape(by_email), _SMALL))
    standard = STANDARD[letter.language]
    meta = [
        Paragraph(f"{standard['reference']}: {escape(letter.reference)}", _SMALL),
        Paragraph(f"{standard['date']}: {long_date(letter.date, letter.language)}", _SMALL),
    ]
    block = Table([[recipient, meta]], colWidths=[105 * mm, None])
    block.setStyle(
        _style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return [top, Spacer(1, 12 * mm), block, Spacer(1, 8 * mm)]


_CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=7, leading=8.5)
_CELL_HEAD = ParagraphStyle("cellhead", parent=_CELL, fontName=BOLD)
_BODY_CELL = ParagraphStyle("bodycell", parent=_BODY, fontSize=9.5, leading=12.5, spaceAfter=0)
_SECTION = ParagraphStyle("section", parent=_BODY, fontName=BOLD, fontSize=11, spaceBefore=8)


def _appendix(letter: LetterData) -> list[Any]:
    """The data itself, table by table, after a page break."""
    flow: list[Any] = [PageBreak()]
    width = A4[0] - 2 * MARGIN
    for table in letter.appendix:
        # A title with less than a few rows' room left goes to the next page with its table.
        flow.append(CondPageBreak(30 * mm))
        flow.append(Paragraph(escape(table.title), _SECTION))
        if not table.rows:
            flow.append(Paragraph("—", _BODY))
            continue
        flow.append(
            _grid(table, width) if len(table.columns) <= _GRID_COLUMNS else _cards(table, width)
        )
        if table.more:
            flow.append(Paragraph(escape(table.more_note), _SMALL))
    return flow


_GRID_COLUMNS = 7  # wider tables read better as one small card per record


def _style(commands: list[Any]) -> TableStyle:
    """A table style whose cells start in the embedded font: a table sets each cell's font
    before drawing it, ReportLab's default being Helvetica, which would then be referenced
    by the PDF without being embedded."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


_GRID_STYLE = [
    ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _grid(table: AppendixTable, width: float) -> Table:
    header = [Paragraph(escape(c), _CELL_HEAD) for c in table.columns]
    body = [[Paragraph(escape(shown(v, CELL_SHOWN)), _CELL) for v in row] for row in table.rows]
    grid = Table(
        [header, *body], colWidths=[width / len(table.columns)] * len(table.columns), repeatRows=1
    )
    grid.setStyle(
        _style([*_GRID_STYLE, ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4"))])
    )
    return grid


def _cards(table: AppendixTable, width: float) -> Table:
    """Field | value pairs, record after record, with a shaded first line per record."""
    rows: list[list[Any]] = []
    shaded: list[tuple[Any, ...]] = []
    for record in table.rows:
        shaded.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#e8eef4")))
        for column, value in zip(table.columns, record, strict=False):
            cell = Paragraph(escape(shown(value, CELL_SHOWN)), _CELL)
            rows.append([Paragraph(escape(column), _CELL_HEAD), cell])
    cards = Table(rows, colWidths=[width * 0.28, width * 0.72])
    cards.setStyle(_style([*_GRID_STYLE, *shaded]))
    return cards


def _signature(letter: LetterData) -> list[Any]:
    return [
        Spacer(1, 4 * mm),
        Paragraph(escape(STANDARD[letter.language]["closing"]), _BODY),
        Spacer(1, 8 * mm),
        Paragraph(escape(letter.signer.name), _BODY),
        Paragraph(escape(letter.signer.role), _SMALL),
        Paragraph(escape(letter.letterhead.company_name), _SMALL),
    ]


def _footer(letter: LetterData) -> str:
    head = letter.letterhead
    parts = [head.company_name, head.email, head.website]
    return " · ".join(p for p in parts if p)


DRAFT_MARK = "MELNRAKSTS / DRAFT"


def _numbered_canvas(footer: str, page_template: str, draft: bool, made_on: date) -> type[Canvas]:
    """A canvas that knows the page count at the end, for "Page 2 of 3" footers, and marks
    every page of a draft so it cannot pass for a final document."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no types
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Every page starts in our embedded font: ReportLab's default start font is
            # Helvetica, which each page would reference without embedding it.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or REGULAR
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: f"D:{made_on:%Y%m%d}")
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if draft:
                    self.saveState()
                    self.setFont(BOLD, 44)
                    self.setFillColor(colors.Color(0.8, 0.1, 0.1, alpha=0.18))
                    self.translate(A4[0] / 2, A4[1] / 2)
                    self.rotate(45)
                    self.drawCentredString(0, 0, DRAFT_MARK)
                    self.restoreState()
                self.setFont(REGULAR, 8)
                self.setFillColor(colors.HexColor("#666666"))
                self.drawString(MARGIN, 12 * mm, footer)
                if total > 1:
                    label = page_template.format(page=self._pageNumber, pages=total)
                    self.drawRightString(A4[0] - MARGIN, 12 * mm, label)
                super().showPage()
            super().save()

    return NumberedCanvas


def catalogue_fields() -> set[str]:
    """Every fact the catalogue's conditional paragraphs and lists refer to."""
    return {
        item.field
        for by_language in LETTERS.values()
        for text in by_language.values()
        for item in text.body
        if isinstance(item, If | Items)
    }
