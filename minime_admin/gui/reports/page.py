"""The Reports page: how requests are handled, per month, at a glance (issue #20.1)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.retention import add_months
from minime_admin.domain.shop_time import shop_day
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.reports.chart import BarChart
from minime_admin.services import reports


class ReportsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.report: reports.RequestReport | None = None
        self._loaded = False
        today = shop_day(context.clock.now())
        self.start = QDateEdit(_qdate(add_months(today.replace(day=1), -5)))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_label, self.to_label = QLabel(), QLabel()
        self.show_button = QPushButton()
        self.show_button.clicked.connect(self.load)
        self.ropa_button = QPushButton()
        self.ropa_button.clicked.connect(self.open_register)
        self.pack_button = QPushButton()
        self.pack_button.clicked.connect(self.open_pack)
        top = QHBoxLayout()
        for widget in (self.from_label, self.start, self.to_label, self.end, self.show_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.ropa_button)
        top.addWidget(self.pack_button)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.received_chart, self.days_chart, self.open_chart = BarChart(), BarChart(), BarChart()
        charts = QHBoxLayout()
        for chart in (self.received_chart, self.days_chart, self.open_chart):
            charts.addWidget(chart)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addLayout(charts, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Show"))
        self.ropa_button.setText(self.tr("Records of processing…"))
        self.pack_button.setText(self.tr("Inspection pack…"))
        self.table.setColumnCount(12)
        # Short headings fit 1366 pixels; the tooltip says each in full.
        headings = (
            (self.tr("Month"), ""), (self.tr("Received"), ""), (self.tr("Answered"), ""),
            (self.tr("On time"), ""), (self.tr("Late"), ""), (self.tr("Extended"), ""),
            (self.tr("Refused"), ""), (self.tr("Withdrawn"), ""),
            (self.tr("Median, d"), self.tr("Median days")),
            (self.tr("90th pct., d"), self.tr("90th percentile days")),
            (self.tr("Open now"), ""),
            (self.tr("Least days left"), self.tr("Fewest days left")),
        )  # fmt: skip
        for column, (text, tip) in enumerate(headings):
            item = QTableWidgetItem(text)
            item.setToolTip(tip or text)
            self.table.setHorizontalHeaderItem(column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if self.report is not None:
            self._show(self.report)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:  # the figures are read when the page is first looked at
            self._loaded = True
            self.load()

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def load(self) -> None:
        start, end = self.period()
        self.show_button.setEnabled(False)
        self.jobs.run(
            lambda session: reports.request_report(session, start, end),
            self._show,
            error_parent=self,
        ).done.connect(lambda: self.show_button.setEnabled(True))

    def _show(self, report: reports.RequestReport) -> None:
        self.report = report
        rows = [*report.months, report.total]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (
                row.month or self.tr("Total"), row.received, row.answered, row.on_time, row.late,
                row.extended, row.refused_total, row.withdrawn, _text(row.median_days),
                _text(row.p90_days), row.open_now, _text(row.fewest_days_left),
            )  # fmt: skip
            for column, value in enumerate(cells):
                self.table.setItem(number, column, QTableWidgetItem(str(value)))
        total = report.total
        summary = self.tr("Late answers: {late}. Refused: {refused}. Open now: {open}.")
        self.summary.setText(
            summary.format(late=total.late, refused=total.refused_total, open=total.open_now)
        )
        months = [f.month[2:] for f in report.months]
        self.received_chart.set_data(
            self.tr("Requests received per month"), months, [f.received for f in report.months]
        )
        # Each month's own limit: the median of the days its answered requests were allowed
        # (to their due dates, Art. 12(3) extensions included), not one line at 30 days.
        self.days_chart.set_data(
            self.tr("Median days to answer"),
            months,
            [f.median_days or 0 for f in report.months],
            [f.median_allowed for f in report.months],
            self.tr("– – days allowed (median)"),
        )
        bands = {"overdue": self.tr("overdue")}
        self.open_chart.set_data(
            self.tr("Open requests by days left"),
            [bands.get(name, name) for name in report.days_left],
            [float(n) for n in report.days_left.values()],
        )

    def open_register(self) -> None:
        from minime_admin.gui.reports.ropa_dialog import RopaDialog

        dialog = RopaDialog(self.context, self)
        dialog.open()

    def open_pack(self) -> None:
        from minime_admin.gui.reports.pack_wizard import PackWizard

        start, end = self.period()
        wizard = PackWizard(self.context, start, end, self)
        wizard.open()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _text(value: float | int | None) -> str:
    if value is None:
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)
