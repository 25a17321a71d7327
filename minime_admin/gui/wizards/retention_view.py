"""The retention view: what has outlived its rule now, per rule, and the sweep that deletes
it (after a dry run if wished, and a confirmation), in the background with Cancel.

Each batch of the sweep is its own transaction: a cancel keeps what was already deleted,
so the view reads the counts afresh after every run.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.retention_texts import RULE_TITLES, TABLES
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.labels import format_date, ui_locale
from minime_admin.gui.messages import Button, show_message
from minime_admin.gui.style import ERROR_COLOUR, GOOD_COLOUR, title_font
from minime_admin.gui.tasks import Task
from minime_admin.gui.wizards.common import known_message, start_batched_job, start_job
from minime_admin.progress import Progress
from minime_admin.services import retention
from minime_admin.services.retention import Due, SweepResult
from minime_admin.store.session import UnitsOfWork

RULE_NAMES: dict[str, str] = {
    "payment_transaction": QT_TRANSLATE_NOOP("RetentionView", "Payment transaction data"),
    "visit_record": QT_TRANSLATE_NOOP("RetentionView", "Website visit records"),
    "cookie_consent": QT_TRANSLATE_NOOP("RetentionView", "Cookie choices"),
    "newsletter_subscription": QT_TRANSLATE_NOOP("RetentionView", "Ended newsletter subscriptions"),
    "consent_evidence": QT_TRANSLATE_NOOP("RetentionView", "Consent evidence"),
    "inactive_account": QT_TRANSLATE_NOOP("RetentionView", "Inactive accounts"),
    "disclosure_record": QT_TRANSLATE_NOOP("RetentionView", "Records of disclosures"),
    "restriction_record": QT_TRANSLATE_NOOP("RetentionView", "Lifted restrictions"),
    "legal_hold": QT_TRANSLATE_NOOP("RetentionView", "Released legal holds"),
    "request_record": QT_TRANSLATE_NOOP("RetentionView", "Answered requests (identifiers hashed)"),
    "breach_affected_list": QT_TRANSLATE_NOOP(
        "RetentionView", "Old breaches: list of people affected"
    ),
    "identity_document": QT_TRANSLATE_NOOP("RetentionView", "Files sent with requests (ID copies)"),
    "request_letter": QT_TRANSLATE_NOOP("RetentionView", "Letters of old answered requests"),
    "accounting_document": QT_TRANSLATE_NOOP(
        "RetentionView", "Accounting documents past their period"
    ),
    "customer_profile": QT_TRANSLATE_NOOP("RetentionView", "Expired customers (erasure plan)"),
}
RULE, TABLE, DUE, BEFORE, RESULT, REFERENCE = range(6)


def rule_name(key: str) -> str:
    source = RULE_NAMES.get(key)
    if source:
        return QCoreApplication.translate("RetentionView", source)
    title = RULE_TITLES.get(key)  # every default rule has one; a newer version's may not
    return QCoreApplication.translate("retention", title) if title else key


class RetentionView(QDialog):
    swept = Signal()  # records were deleted: the reminder and the views look again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.due: list[Due] = []
        self.result: SweepResult | None = None
        self.task: Task | None = None
        self.loading = False
        self._close_when_idle = False
        self.heading = QLabel()
        self.heading.setFont(title_font(1.3))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REFERENCE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.hide()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.dry_button = QPushButton()
        self.dry_button.clicked.connect(lambda: self.sweep(dry_run=True))
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.confirm_delete)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        for button in (self.dry_button, self.delete_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.box: QMessageBox | None = None
        self.retranslate()
        self.resize(1000, 440)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention"))
        self.heading.setText(self.tr("Due for deletion"))
        self.intro.setText(
            self.tr("Records whose retention period has ended, per rule. The privacy policy "
                    "promises they are deleted then; a legal hold keeps what it covers.")
        )  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Records"), self.tr("Due now"), self.tr("Started before"),
             self.tr("Result"), self.tr("Legal reference")]
        )  # fmt: skip
        self.refresh_button.setText(self.tr("&Refresh"))
        self.dry_button.setText(self.tr("D&ry run"))
        self.delete_button.setText(self.tr("&Delete now…"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("&Close"))
        self.show_due()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def busy(self) -> bool:
        return self.loading or self.task is not None

    # -- reading ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.loading = True
        self._set_buttons()

        def listed(due: list[Due]) -> None:
            self.loading = False
            self.due = due
            self.show_due()
            self._idle()

        def refused(error: KnownError) -> None:
            self.loading = False
            self._say(known_message(error), error=True)
            self._idle()

        start_job(
            self.context.database,
            lambda session, _progress: retention.due_now(session),
            on_success=listed,
            on_error=refused,
            parent=self,
        )

    def show_due(self) -> None:
        locale = ui_locale()
        results = self.result.deleted if self.result else {}
        dry_run = self.result is not None and self.result.dry_run
        template = self.tr("would delete {n}") if dry_run else self.tr("deleted {n}")
        self.table.setRowCount(len(self.due))
        for row, due in enumerate(self.due):
            result = ""
            if due.rule in results:
                result = template.format(n=locale.toString(results[due.rule]))
            cells = (
                rule_name(due.rule),
                QCoreApplication.translate("retention", TABLES.get(due.table, due.table)),
                locale.toString(due.records),
                format_date(due.before), result,
                QCoreApplication.translate("retention", due.reference),
            )  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == DUE:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    font = item.font()
                    font.setBold(due.records > 0)
                    item.setFont(font)
                if column == REFERENCE:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._set_buttons()

    @property
    def total_due(self) -> int:
        return sum(d.records for d in self.due)

    # -- sweeping --------------------------------------------------------------------------

    @Slot()
    def confirm_delete(self) -> QMessageBox:
        text = self.tr(
            "Delete {n} records now? This cannot be undone. Each batch is committed on its "
            "own, so a cancel keeps what was already deleted."
        ).format(n=ui_locale().toString(self.total_due))

        def answered(button: QMessageBox.StandardButton) -> None:
            self.box = None
            if button == Button.Yes:
                self.sweep(dry_run=False)

        self.box = show_message(
            self, QMessageBox.Icon.Warning, self.tr("Delete now"), text,
            Button.Yes | Button.No, answered, default=Button.No,
        )  # fmt: skip
        return self.box

    def sweep(self, dry_run: bool) -> None:
        actor = self.context.actor

        def work(units: UnitsOfWork, progress: Progress) -> SweepResult:
            return retention.sweep(units, actor, dry_run=dry_run, progress=progress)

        self.bar.setRange(0, 0)
        self.bar.setVisible(not dry_run)
        self._say(self.tr("Deleting…") if not dry_run else self.tr("Counting…"))
        self.task = start_batched_job(
            self.context.database, work, on_success=self._swept, on_error=self._failed,
            on_cancelled=self._cancelled, on_progress=self._progress, parent=self,
        )  # fmt: skip
        self._set_buttons()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self._say(self.tr("Cancelling after the current batch…"))

    def _swept(self, result: SweepResult) -> None:
        self.task = None
        self.result = result
        total = ui_locale().toString(result.total)
        if result.dry_run:
            self._say(self.tr("Dry run: {n} records would be deleted. Nothing was changed.")
                      .format(n=total))  # fmt: skip
            self.refresh()  # "due now" as the dry run counted it
        else:
            self._say(self.tr("Deleted {n} records. The sweep is in the audit log.")
                      .format(n=total))  # fmt: skip
            self._changed()
        self._idle()

    def _cancelled(self) -> None:
        self.task = None
        self.result = None
        self._say(self.tr("Cancelled. The batches already deleted stay deleted; what is still "
                          "due is shown above."))  # fmt: skip
        self._changed()
        self._idle()

    def _failed(self, error: KnownError) -> None:
        self.task = None
        self._say(known_message(error), error=True)
        self._changed()
        self._idle()

    def _changed(self) -> None:
        self.context.audit_changed.emit()
        self.swept.emit()
        self.refresh()

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR if error else GOOD_COLOUR};")
        self.summary.setText(text)

    def _set_buttons(self) -> None:
        running = self.task is not None
        self.bar.setVisible(running and self.bar.isVisible())
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for button in (self.refresh_button, self.dry_button):
            button.setEnabled(not self.busy)
        self.delete_button.setEnabled(not self.busy and self.total_due > 0)

    def _idle(self) -> None:
        self._set_buttons()
        if self._close_when_idle and not self.busy:
            super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.busy:
            self.refresh()  # other windows may have erased or swept meanwhile

    def reject(self) -> None:
        """Close (or Esc) while a sweep runs: stop it after its batch, then close."""
        if self.busy:
            self._close_when_idle = True
            self.cancel()
            return
        super().reject()
