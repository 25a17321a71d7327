"""Who was affected: choose a query, preview the count, then save it with the breach.

Save stays disabled until the same query has been previewed, so nobody saves a list they
have not seen the size of. An empty selection is refused by the service and said here in
red; the saved list is left as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import KnownError
from minime_admin.gui.breaches import labels, record_texts
from minime_admin.gui.jobs import Jobs
from minime_admin.services import breach_selection, breaches
from minime_admin.services.breach_selection import Kind, Query
from minime_admin.services.breaches import BreachDetail

QUERIES = tuple(Kind)


def _day(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class AffectedPanel(QWidget):
    saved = Signal()

    def __init__(self, jobs: Jobs, actor: Callable[[], Actor], parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self.actor = jobs, actor
        self.detail: BreachDetail | None = None
        self.previewed: Query | None = None  # the query the preview was for
        # Asks for the list file; tests replace it.
        self.choose_file: Callable[[], str] = self._ask_file
        # Saving a new list voids a valid sign-off: the page asks first (#15.9).
        self.confirm_save: Callable[[Callable[[], None]], object] = lambda go: go()
        self.saved_line = QLabel()
        self.saved_line.setWordWrap(True)
        self.query = QComboBox()
        self.query.setMaximumWidth(560)
        for key in QUERIES:
            self.query.addItem("", key)
        self.start, self.end = QDateEdit(), QDateEdit()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        self.dates = QWidget()
        dates = QHBoxLayout(self.dates)
        dates.setContentsMargins(0, 0, 0, 0)
        self.until = QLabel()
        dates.addWidget(self.start)
        dates.addWidget(self.until)
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self.browse_file)
        self.file_row = QWidget()
        file_row = QHBoxLayout(self.file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.preview_button, self.save_button = QPushButton(), QPushButton()
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.captions = {key: QLabel() for key in ("query", "dates", "file")}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.captions["query"], self.query)
        self.form.addRow(self.captions["dates"], self.dates)
        self.form.addRow(self.captions["file"], self.file_row)
        self.captions["query"].setBuddy(self.query)
        self.captions["dates"].setBuddy(self.start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.saved_line)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.query.currentIndexChanged.connect(self._query_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._forget_preview)
        self.retranslate()
        self._query_changed()

    def retranslate(self) -> None:
        names = {
            Kind.ORDERS: self.tr("Customers with orders between two dates"),
            Kind.NEWSLETTER: self.tr("Newsletter subscribers"),
            Kind.VISITS: self.tr("Customers with visit records between two dates"),
            Kind.FILE: self.tr("A list file (CSV) of e-mails or order numbers"),
        }
        for index, key in enumerate(QUERIES):
            self.query.setItemText(index, names[key])
        self.captions["query"].setText(self.tr("&Who:"))
        self.captions["dates"].setText(self.tr("Fro&m:"))
        self.captions["file"].setText(self.tr("File:"))
        self.until.setText(self.tr("to (inclusive)"))
        self.browse.setText(self.tr("C&hoose…"))
        self.note.setText(
            self.tr(
                "Dates are Riga days. A list file may be saved as UTF-8 or windows-1257; any "
                "cell with an e-mail address or an order number counts."
            )
        )
        self.preview_button.setText(self.tr("&Preview count"))
        self.save_button.setText(self.tr("Save as the affected c&ustomers"))
        self._show_saved()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: BreachDetail) -> None:
        first = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        if first:
            aware = detail.clock.aware_at.astimezone(SHOP_ZONE).date()
            self.end.setDate(QDate(aware.year, aware.month, aware.day))
            start = aware - timedelta(days=30)
            self.start.setDate(QDate(start.year, start.month, start.day))
            self.result.clear()
        self._forget_preview()
        self._show_saved()

    def _show_saved(self) -> None:
        detail = self.detail
        if detail is None or not detail.affected:
            self.saved_line.setText(self.tr("No affected customers saved yet."))
            return
        self.saved_line.setText(
            self.tr("Saved: {count} customers ({how}).").format(
                count=len(detail.affected),
                how=record_texts.selection_words(str(detail.facts["affected_query"] or "")) or "—",
            )
        )

    # -- the query -------------------------------------------------------------------------

    def current_query(self) -> Query:
        kind = Kind(self.query.currentData())
        if kind in (Kind.ORDERS, Kind.VISITS):
            return Query(kind, *breach_selection.days(_day(self.start), _day(self.end)))
        chosen = self.file.text()
        return Query(kind, path=Path(chosen) if kind is Kind.FILE and chosen else None)

    @Slot()
    def _query_changed(self) -> None:
        kind = Kind(self.query.currentData())
        self.form.setRowVisible(self.dates, kind in (Kind.ORDERS, Kind.VISITS))
        self.form.setRowVisible(self.file_row, kind is Kind.FILE)
        self._forget_preview()

    @Slot()
    def _forget_preview(self) -> None:
        self.previewed = None
        self.save_button.setEnabled(False)

    @Slot()
    def browse_file(self) -> None:
        path = self.choose_file()
        if path:
            self.file.setText(path)
            self._forget_preview()

    def _ask_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("List of affected customers"), "", self.tr("Lists (*.csv *.txt);;All (*)")
        )
        return path

    def _run(self, save: bool) -> None:
        if self.detail is None:
            return
        query = self.current_query()
        if query.kind is Kind.FILE and query.path is None:
            self._say(self.tr("Choose the list file first."), labels.RED)
            return
        breach_id, actor, seen = self.detail.id, self.actor(), self.detail.seen
        self.preview_button.setEnabled(False)
        self.save_button.setEnabled(False)

        def work(session: Session) -> tuple[int, str, breach_selection.Selection]:
            selection = breach_selection.select(session, query)
            count = breaches.select_affected(
                session, actor, breach_id, selection.customer_ids, selection.how, save, seen
            )
            return count, selection.how, selection

        def done(result: tuple[int, str, breach_selection.Selection]) -> None:
            count, how, selection = result
            unmatched = self._unmatched(selection)  # on the GUI thread: it translates
            self.preview_button.setEnabled(True)
            if save:
                self.previewed = None
                self._say(self.tr("Saved {count} customers as affected.").format(count=count))
                self.saved.emit()
                return
            self.previewed = query
            self.save_button.setEnabled(True)
            self._say(
                self.tr(
                    "Preview: {count} customers would be affected ({how}). Nothing saved yet."
                ).format(count=count, how=record_texts.selection_words(how))
                + unmatched
            )

        self.jobs.run(work, done, on_known_error=self._refused)

    def _unmatched(self, selection: breach_selection.Selection) -> str:
        """Every row of a list file that chose nobody, by line (the first 20 in full)."""
        if not selection.unmatched:
            return ""
        lines = [
            self.tr("line {line}: {why}").format(
                line=line, why=QCoreApplication.translate("errors", why.value)
            )
            for line, why in selection.unmatched[:20]
        ]
        more = len(selection.unmatched) - len(lines)
        if more:
            lines.append(self.tr("and {count} more rows").format(count=more))
        return "\n" + self.tr("Rows that matched nobody:") + "\n" + "\n".join(lines)

    def _refused(self, error: KnownError) -> None:
        self.preview_button.setEnabled(True)
        self.previewed = None
        self._say(error.message(QCoreApplication.translate), labels.RED)

    @Slot()
    def preview(self) -> None:
        self._run(save=False)

    @Slot()
    def save(self) -> None:
        if self.previewed != self.current_query():
            self._say(self.tr("Preview the count first."), labels.RED)
            return
        self.confirm_save(lambda: self._run(save=True))

    def _say(self, text: str, colour: str = "") -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
