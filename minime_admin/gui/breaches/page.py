"""The breach register (Art. 33(5)) above, the selected breach below.

The register is read in the background; every breach's detail comes with it (a shop has a
handful a year), so selecting a row shows it at once without another read. After any
change the register is read again and the same breach shown, sign-off state and all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.breach import OutputKind
from minime_admin.gui.breaches import safety, verify
from minime_admin.gui.breaches.actions import BreachActions
from minime_admin.gui.breaches.affected_panel import AffectedPanel
from minime_admin.gui.breaches.breach_view import BreachView
from minime_admin.gui.breaches.facts_form import FactsForm
from minime_admin.gui.breaches.model import BreachTableModel, RegisterRow
from minime_admin.gui.breaches.new_breach_dialog import NewBreachDialog
from minime_admin.gui.breaches.outputs_panel import OutputsPanel
from minime_admin.gui.breaches.record_dialogs import (
    AwarenessDialog,
    RecordDialog,
    SubmissionDialog,
    VoidDialog,
)
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.deadline_text import is_singular
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import title_font
from minime_admin.gui.unsaved import UnsavedQuestion, ask_unsaved
from minime_admin.services import breaches

TICK_MS = 60_000  # the hours left move on once a minute
COLUMN_WIDTHS = (110, 260, 130, 130, 110, 110, 160)  # the last column stretches


class BreachesPage(QWidget):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = context.clock.now  # the one clock (domain/clock.py)
        self.jobs = Jobs(context.database, self)
        self.message: QMessageBox | None = None  # the last box shown (tests read it)
        self.new_dialog: NewBreachDialog | None = None
        self.record_dialog: RecordDialog | None = None
        self._select_after_load: int | None = None
        self._keep_detail = False  # a refresh for others' changes keeps unsaved facts
        self._selecting = False  # the page moves the selection itself: no question then
        self._after_load: Callable[[], None] | None = None  # what to do once read again
        # Asks for a file to verify; tests replace it.
        self.choose_verify_file: Callable[[], str] = lambda: verify.ask_file(self)

        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button, self.verify_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self.new_breach)
        self.verify_button.clicked.connect(self.verify_file)
        self.count_label = QLabel()

        self.model = BreachTableModel(self.clock(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.facts = FactsForm()
        self.affected = AffectedPanel(self.jobs, lambda: self.context.actor)
        self.outputs = OutputsPanel(context, self.jobs)
        self.view = BreachView(self.facts, self.affected, self.outputs)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([170, 530])
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.actions = BreachActions(self)
        self.facts.save_requested.connect(self.actions.save_facts)
        self.view.assess_requested.connect(self.actions.assess)
        self.view.decide_requested.connect(self.actions.decide)
        self.view.signoff_requested.connect(self.actions.sign_off)
        self.affected.saved.connect(lambda: self._changed_current())
        self.affected.confirm_save = lambda go: safety.confirm_voiding(self, self.view.detail, go)
        self.outputs.produced.connect(self._output_produced)
        self.outputs.notified_requested.connect(lambda: self.record(SubmissionDialog))
        self.view.awareness_requested.connect(lambda: self.record(AwarenessDialog))
        self.view.void_requested.connect(lambda: self.record(VoidDialog))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        context.others_changed.connect(self.others_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Personal data breaches"))
        self.new_button.setText(self.tr("&New breach…"))
        self.verify_button.setText(self.tr("&Verify a file…"))
        self.verify_button.setToolTip(
            self.tr("Check who signed a PDF made here, when, and whether it is unchanged.")
        )
        self.model.retranslate()
        self._show_count()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each column as wide as its default or its heading in this language, whichever
        is wider: a few rows, so the headings decide, not the cells."""
        bold = self.table.font()
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        header = self.table.horizontalHeader()
        for column, width in enumerate(COLUMN_WIDTHS):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, metrics.horizontalAdvance(title) + 24))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the register ----------------------------------------------------------------------

    @Slot()
    def others_changed(self) -> None:
        """Someone committed to the database (#18.4): the register is read again, the breach
        shown too, unless its facts have unsaved edits: those stay as typed (saving them is
        checked against the version they were typed over, services/versions.py)."""
        self._keep_detail = self.has_unsaved()
        self.reload()

    def reload(self) -> None:
        def work(session: Session) -> list[RegisterRow]:
            # The clock stops when a person records the submission, not when a PDF is saved.
            return [RegisterRow(d, d.notified is not None) for d in breaches.list_breaches(session)]

        self.jobs.run(work, self._loaded, error_parent=self)

    def _loaded(self, rows: list[RegisterRow]) -> None:
        wanted = self._select_after_load or (self.view.detail.id if self.view.detail else None)
        self._select_after_load = None
        self.model.set_rows(rows, self.clock())
        self._show_count()
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and rows:
            row = 0
        keep, self._keep_detail = self._keep_detail, False
        if row is None:
            self.view.show_detail(None)
        elif keep and wanted is not None and self.model.row_of(wanted) == row:
            self._select_row(row)  # the facts being edited stay on screen as typed
        else:
            self._select_row(row)
            self._show_row(row)  # also when the selection did not move: the data did
        then, self._after_load = self._after_load, None
        if then is not None:
            then()

    def _select_row(self, row: int) -> None:
        self._selecting = True
        try:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._selecting = False

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("{count} breach on the register").format(count=count)
            if is_singular(count)  # Latvian: 1 and 21 pārkāpums, 11 pārkāpumi
            else self.tr("{count} breaches on the register").format(count=count)
        )

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or self._selecting:
            return
        shown, target = self.view.detail, self.model.rows[current.row()].detail.id
        if shown is not None and shown.id != target and self.has_unsaved():
            # Back to the breach being edited; it is left only once the edits are settled.
            back = self.model.row_of(shown.id)
            if back is not None:
                self._select_row(back)
            self.settle_unsaved(UnsavedQuestion.SWITCH, lambda: self.show_breach(target))
            return
        self._show_row(current.row())

    def show_breach(self, breach_id: int) -> None:
        row = self.model.row_of(breach_id)
        if row is not None:
            self._select_row(row)
            self._show_row(row)

    # -- unsaved facts (#15.9) -------------------------------------------------------------

    def has_unsaved(self) -> bool:
        return self.view.detail is not None and bool(self.facts.changes())

    def settle_unsaved(
        self, question: UnsavedQuestion, proceed: Callable[[], None]
    ) -> QMessageBox | None:
        """Save, Discard or Cancel the facts' unsaved edits, then ``proceed`` (not after
        Cancel: the user stays on the breach, edits and all)."""
        detail = self.view.detail
        if detail is None or not self.has_unsaved():
            proceed()
            return None

        def save() -> None:
            changes = self.facts.checked_changes()  # an empty title is said, and kept
            if changes:
                self.actions.save_facts(changes, then=proceed)

        def discard() -> None:
            self.facts.discard()
            proceed()

        self.message = ask_unsaved(
            self,
            self.tr("The facts of {reference} have changes that are not saved: {fields}.").format(
                reference=detail.reference, fields=", ".join(self.facts.changed_captions())
            ),
            question,
            save,
            discard,
        )
        return self.message

    def _show_row(self, number: int) -> None:
        row = self.model.rows[number]
        self.view.show_detail(row.detail, self.model.now, row.final_notice)

    @Slot()
    def tick(self) -> None:
        now = self.clock()
        self.model.tick(now)
        self.view.tick(now)

    def breach_changed(self, breach_id: int, then: Callable[[], None] | None = None) -> None:
        """After any change: the register and the breach from the database again; then
        ``then()`` (the page moves on after unsaved facts were saved)."""
        self._select_after_load = breach_id
        self._after_load = then
        self.reload()
        self.context.audit_changed.emit()

    def _changed_current(self) -> None:
        if self.view.detail is not None:
            self.breach_changed(self.view.detail.id)

    @Slot(str)
    def _output_produced(self, kind: str) -> None:
        """A final output is recorded on the breach (a DVI notice as "notice prepared"):
        read it again; any output is in the audit log, whose page then reads it again."""
        if kind == OutputKind.DVI and self.outputs.final:
            self._changed_current()
        else:
            self.context.audit_changed.emit()

    def row_texts(self, column: int) -> list[str]:
        return [self.model.display(row, column) for row in self.model.rows]

    # -- buttons ---------------------------------------------------------------------------

    def record(self, kind: type[RecordDialog]) -> RecordDialog | None:
        """Open one of the dialogs that record something on the breach shown."""
        detail = self.view.detail
        if detail is None:
            return None
        dialog = kind(self.context, self.jobs, detail, self)
        dialog.recorded.connect(self.breach_changed)
        self.record_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def new_breach(self) -> NewBreachDialog | None:
        if self.has_unsaved():  # the new breach is shown once opened
            self.settle_unsaved(UnsavedQuestion.NEW_BREACH, self.new_breach)
            return None
        dialog = NewBreachDialog(self.context, self.jobs, self)
        dialog.opened.connect(self.breach_changed)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def verify_file(self) -> None:
        path = self.choose_verify_file()
        if path:
            verify.verify_file(self, self.jobs, Path(path), self._shown)

    def _shown(self, box: QMessageBox) -> None:
        self.message = box
