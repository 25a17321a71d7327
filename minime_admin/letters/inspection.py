"""The inspection pack's summary PDF (issue #20.3): request figures with charts drawn by
ReportLab's own graphics module, every breach of the period with its decisions, the 72-hour
record and the notices, the retention sweeps and the audit chain's check. Plain data in,
PDF bytes out; texts in ropa_catalogue.PACK."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table

from minime_admin.domain import request_figures as rf
from minime_admin.letters.dates import long_datetime
from minime_admin.letters.engine import (
    _BODY,
    _BODY_CELL,
    _CELL,
    _CELL_HEAD,
    _GRID_STYLE,
    _SECTION,
    _SMALL,
    _SUBJECT,
    MARGIN,
    _build,
    _letterhead_block,
    _style,
)
from minime_admin.letters.fonts import REGULAR, register_fonts
from minime_admin.letters.model import Letterhead
from minime_admin.letters.ropa_catalogue import GROUNDS, OUTPUT_KINDS, PACK, TYPE_NAMES

# Eleven request types need eleven colours that print apart (Tableau-like, colour-blind aware).
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
    "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#2f4b7c",
)  # fmt: skip


@dataclass(frozen=True)
class BreachFacts:
    reference: str
    title: str
    aware_at: datetime
    due_at: datetime  # awareness + 72 hours
    nature: str
    people: int | None
    severity: str | None
    notify_dvi: bool | None
    notify_dvi_reason: str
    exemption: str
    notify_people: bool | None
    notify_people_reason: str
    exceptions: str
    delay_reasons: str
    dvi_notified_at: datetime | None
    signed_by: str | None
    signed_at: datetime | None
    signoff_valid: bool
    outputs: dict[str, int]  # OutputKind value -> how many final outputs
    letters_sent: int  # customer letters the mail server accepted
    voided: bool


@dataclass(frozen=True)
class Sweep:
    at: datetime
    actor: str
    deleted: int


@dataclass(frozen=True)
class SummaryData:
    language: str
    letterhead: Letterhead
    made_on: date
    start: date
    end: date
    total: rf.Figures
    months: list[rf.Figures]
    rows: list[rf.Figures]  # per month and type: the chart of requests per month
    types: list[rf.Figures]  # per type, the whole period
    late: list[rf.LateAnswer]
    days_left: dict[str, int]
    breaches: list[BreachFacts]
    retention_rows: list[tuple[str, str]]  # rule name, period in words
    sweeps: list[Sweep]
    audit_lines: list[str]  # already worded: verdict, head, how to check later
    signed_note: str
    files: list[str] = field(default_factory=list)


def type_name(code: str, language: str) -> str:
    return TYPE_NAMES[language].get(code, code)


def ground_name(code: str, language: str) -> str:
    base, _, point = code.partition("(")
    words = GROUNDS[language].get(base, code)
    return f"{words} ({point}" if point else words


def render_summary(data: SummaryData) -> bytes:
    register_fonts()
    words = PACK[data.language]
    width = A4[0] - 2 * MARGIN
    story: list[Any] = [*_letterhead_block(data.letterhead, data.language), Spacer(1, 6 * mm)]
    story.append(Paragraph(escape(words["title"]), _SUBJECT))
    story.append(
        Paragraph(
            escape(words["period"].format(start=data.start.isoformat(), end=data.end.isoformat())),
            _SMALL,
        )
    )
    story += [Spacer(1, 3 * mm), Paragraph(escape(words["intro"]), _BODY)]
    story += [Paragraph(escape(data.signed_note), _SMALL)]
    story += _figures(data, width)
    story += _charts(data, width)
    story += _breaches(data, width)
    story += _retention(data, width)
    story.append(CondPageBreak(30 * mm))
    story.append(Paragraph(escape(words["audit"]), _SECTION))
    story += [Paragraph(escape(line), _BODY) for line in data.audit_lines]
    if data.files:
        story.append(Paragraph(escape(words["files"]), _SECTION))
        story.append(Paragraph(escape(", ".join(data.files)), _BODY))
    footer = " · ".join(p for p in (data.letterhead.company_name, data.letterhead.email) if p)
    return _build(
        story,
        data.language,
        words["title"],
        words["title"],
        data.letterhead.company_name,
        footer,
        False,
        data.made_on,
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _number(value: float | int | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


# Twelve columns on A4: headers small enough that the longest word of either language
# ("Withdrawn", "Pagarināti") fits a figure column whole instead of breaking inside.
_NARROW_HEAD = ParagraphStyle("narrowhead", parent=_CELL_HEAD, fontSize=5, leading=6.5)


def _figures_table(rows: list[rf.Figures], first: str, data: SummaryData, width: float) -> Table:
    words, language = PACK[data.language], data.language
    heads = (first, "received", "answered", "on_time", "late", "extended", "refused_count",
             "withdrawn", "median", "p90", "open", "left")  # fmt: skip
    table = [[Paragraph(escape(words[h]), _NARROW_HEAD) for h in heads]]
    for row in [*rows, data.total]:
        label = row.month or (type_name(row.type, language) if row.type else words["total"])
        cells = (
            label, row.received, row.answered, row.on_time, row.late, row.extended,
            row.refused_total, row.withdrawn, _number(row.median_days), _number(row.p90_days),
            row.open_now, _number(row.fewest_days_left),
        )  # fmt: skip
        table.append([Paragraph(escape(str(c)), _CELL) for c in cells])
    grid = Table(table, colWidths=[width * 0.1365, *(width * 0.0785,) * 11], repeatRows=1)
    grid.setStyle(
        _style(
            [
                *_GRID_STYLE,
                ("BACKGROUND", (0, -1), (-1, -1), colors.whitesmoke),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return grid


def _figures(data: SummaryData, width: float) -> list[Any]:
    words, language = PACK[data.language], data.language
    flow: list[Any] = [
        Paragraph(escape(words["figures"]), _SECTION),
        _figures_table(data.months, "month", data, width),
        Spacer(1, 3 * mm),
        _figures_table(data.types, "type", data, width),
    ]
    flow.append(Paragraph(escape(words["grounds"]), _SECTION))
    if data.total.refused:
        flow += [
            Paragraph(escape(f"{_capital(ground_name(g, language))}: {n}"), _BODY)
            for g, n in data.total.refused.items()
        ]
    else:
        flow.append(Paragraph(escape(words["no_refusals"]), _BODY))
    flow.append(Paragraph(escape(words["late_list"]), _SECTION))
    if not data.late:
        flow.append(Paragraph(escape(words["no_late"]), _BODY))
    for item in data.late:
        text = words["late_item"].format(
            reference=item.reference,
            type=type_name(item.type, language),
            due=item.due_on.isoformat(),
            answered=item.answered_on.isoformat(),
            days=item.days_late,
            reason=item.reason or words["no_reason"],
        )
        flow.append(Paragraph(escape(text), _BODY))
    return flow


def _bar_chart(
    width: float, categories: list[str], series: list[list[float]], stacked: bool
) -> tuple[Drawing, VerticalBarChart]:
    drawing = Drawing(width, 62 * mm)
    # The renderer starts each drawing in this font; ReportLab's default, Helvetica, would be
    # referenced by the PDF without being embedded.
    drawing.initialFontName, drawing.initialFontSize = REGULAR, 7
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 10 * mm, width - 62 * mm, 48 * mm
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = categories or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if stacked:
        chart.categoryAxis.style = "stacked"
    for index in range(len(chart.data)):
        chart.bars[index].fillColor = colors.HexColor(PALETTE[index % len(PALETTE)])
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    return drawing, chart


def _legend(drawing: Drawing, x: float, pairs: list[tuple[str, str]]) -> None:
    legend = Legend()
    legend.x, legend.y = x, drawing.height - 4 * mm
    legend.fontName, legend.fontSize = REGULAR, 6.5
    legend.columnMaximum, legend.dxTextSpace, legend.deltay = 12, 4, 9
    legend.colorNamePairs = [(colors.HexColor(c), name) for c, name in pairs]
    drawing.add(legend)


def _days_chart(data: SummaryData, width: float, months: list[str]) -> Drawing:
    """Median and 90th-percentile days to answer per month, each bar with its own limit: a
    red mark across it at the same percentile of the days that month's answered requests
    were allowed (to their due dates, extensions included). A bar above its mark reads
    plainly as "slower than the law allowed", where one line at 30 days would make every
    on-time extended answer look late."""
    words = PACK[data.language]
    medians = [float(f.median_days or 0) for f in data.months]
    p90 = [float(f.p90_days or 0) for f in data.months]
    drawing, chart = _bar_chart(width, months, [medians, p90], stacked=False)
    allowed = [(f.median_allowed, f.p90_allowed) for f in data.months]
    marks = [float(value) for pair in allowed for value in pair if value is not None]
    top = max([10.0, *p90, *marks]) * 1.1
    chart.valueAxis.valueMax = top
    slot = chart.width / max(1, len(months))

    def mark(x: float, value: float, length: float) -> None:
        y = chart.y + chart.height * value / top
        drawing.add(Line(x, y, x + length, y, strokeColor=colors.red, strokeDashArray=[3, 1.5],
                         strokeWidth=1.4))  # fmt: skip

    for index, pair in enumerate(allowed):
        # The two bars fill the slot's middle: the median's mark over the left half, the
        # 90th percentile's over the right.
        for half, value in enumerate(pair):
            if value is not None:
                mark(chart.x + index * slot + slot * (0.08 + 0.42 * half), float(value),
                     slot * 0.42)  # fmt: skip
    legend_x = width - 48 * mm
    _legend(drawing, legend_x, [(PALETTE[0], words["median"]), (PALETTE[1], words["p90"])])
    y = drawing.height - 4 * mm - 26
    mark_line = Line(legend_x, y, legend_x + 10, y, strokeColor=colors.red,
                     strokeDashArray=[3, 1.5], strokeWidth=1.4)  # fmt: skip
    drawing.add(mark_line)
    drawing.add(String(legend_x + 14, y - 2, words["limit_marks"], fontName=REGULAR,
                       fontSize=6.5, fillColor=colors.red))  # fmt: skip
    return drawing


def _charts(data: SummaryData, width: float) -> list[Any]:
    words, language = PACK[data.language], data.language
    months = [f.month for f in data.months]
    types = sorted({f.type for f in data.rows})
    counts = {(f.month, f.type): f.received for f in data.rows}
    series = [[float(counts.get((m, t), 0)) for m in months] for t in types]
    first, _ = _bar_chart(width, months, series, stacked=True)
    legend = [(PALETTE[i % len(PALETTE)], type_name(t, language)) for i, t in enumerate(types)]
    _legend(first, width - 48 * mm, legend)

    second = _days_chart(data, width, months)

    bands = list(data.days_left)
    names = [words["band_overdue"] if b == "overdue" else b for b in bands]
    third, _ = _bar_chart(width, names, [[float(data.days_left[b]) for b in bands]], False)
    flow: list[Any] = []
    for title, drawing in (
        (words["chart_months"], first),
        (words["chart_days"], second),
        (words["chart_open"], third),
    ):
        flow += [CondPageBreak(75 * mm), Paragraph(escape(title), _SECTION), drawing]
    return flow


def _yes_no(value: bool | None, words: dict[str, str]) -> str:
    return words["undecided"] if value is None else words["yes"] if value else words["no"]


def _breaches(data: SummaryData, width: float) -> list[Any]:
    words, language = PACK[data.language], data.language
    flow: list[Any] = [CondPageBreak(40 * mm), Paragraph(escape(words["breaches"]), _SECTION)]
    if not data.breaches:
        return [*flow, Paragraph(escape(words["no_breaches"]), _BODY)]
    for breach in data.breaches:
        if breach.dvi_notified_at is None:
            notified = words["not_notified"]
        else:
            late = breach.dvi_notified_at > breach.due_at
            notified = (
                f"{long_datetime(breach.dvi_notified_at, language)} "
                f"({words['after_72'] if late else words['in_time']})"
            )
        if breach.signed_by and breach.signoff_valid and breach.signed_at:
            signoff = words["signoff_valid"].format(
                signer=breach.signed_by, at=long_datetime(breach.signed_at, language)
            )
        elif breach.signed_by:
            signoff = f"{breach.signed_by}: {words['signoff_void']}"
        else:
            signoff = words["not_signed"]
        outputs = "; ".join(
            f"{OUTPUT_KINDS[language].get(kind, kind)}: {n}" for kind, n in breach.outputs.items()
        )
        sent = words["letters_sent"].format(n=breach.letters_sent)
        rows = [
            (words["aware"], long_datetime(breach.aware_at, language)),
            (words["due_72"], long_datetime(breach.due_at, language)),
            (words["dvi_told"], notified),
            (words["delay"], breach.delay_reasons),
            (words["nature"], breach.nature),
            (words["people"], _number(breach.people)),
            (words["severity"], breach.severity or "—"),
            (words["notify_dvi"],
             f"{_yes_no(breach.notify_dvi, words)}: {breach.notify_dvi_reason}".rstrip(": ")),
            (words["exemption"], breach.exemption),
            (words["notify_people"],
             f"{_yes_no(breach.notify_people, words)}: {breach.notify_people_reason}".rstrip(": ")),
            (words["exceptions"], breach.exceptions),
            (words["signoff"], signoff),
            (words["notices"], "; ".join(p for p in (outputs, sent) if p)),
        ]  # fmt: skip
        title = f"{breach.reference}: {breach.title}"
        if breach.voided:
            title += f" — {words['void_note']}"
        grid = Table(
            [
                [Paragraph(escape(label), _CELL_HEAD), Paragraph(escape(value or "—"), _BODY_CELL)]
                for label, value in rows
            ],
            colWidths=[width * 0.32, width * 0.68],
        )
        grid.setStyle(_style(_GRID_STYLE))
        flow += [CondPageBreak(50 * mm), Paragraph(escape(title), _SECTION), grid]
    return flow


def _retention(data: SummaryData, width: float) -> list[Any]:
    words = PACK[data.language]
    grid = Table(
        [
            [Paragraph(escape(name), _CELL_HEAD), Paragraph(escape(period), _BODY_CELL)]
            for name, period in data.retention_rows
        ],
        colWidths=[width * 0.32, width * 0.68],
    )
    grid.setStyle(_style(_GRID_STYLE))
    flow: list[Any] = [CondPageBreak(40 * mm), Paragraph(escape(words["retention"]), _SECTION)]
    flow += [grid, Paragraph(escape(words["sweeps"]), _SECTION)]
    if not data.sweeps:
        flow.append(Paragraph(escape(words["no_sweeps"]), _BODY))
    for sweep in data.sweeps:
        text = words["sweep_item"].format(
            at=long_datetime(sweep.at, data.language), actor=sweep.actor, n=sweep.deleted
        )
        flow.append(Paragraph(escape(text), _BODY))
    return flow
