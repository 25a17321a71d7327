"""The mapping dialog: which column of a CSV export holds each of our fields, then import.

It shows the file's header and first rows and one combo box per field, filled in from the
recognised export (csv_presets.py) or the mapping remembered for files with the same
columns. "Preview" is a dry run; "Import" writes, in batches, off the GUI thread with
progress and Cancel, and remembers the mapping for this file shape (services/csv_import.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.tasks import Task
from minime_admin.gui.wizards.common import start_batched_job, start_job
from minime_admin.importers.csv_import import Mapping
from minime_admin.importers.csv_presets import FIELDS, Kind
from minime_admin.importers.tables import Row, open_table
from minime_admin.services import csv_import
from minime_admin.services.shop_import import ImportResult

CONTEXT = "CsvMappingDialog"
PREVIEW_ROWS = 5
FIELD_LABELS = {
    "email": QT_TRANSLATE_NOOP("CsvMappingDialog", "E-mail"),
    "customer_id": QT_TRANSLATE_NOOP("CsvMappingDialog", "Customer number in the shop"),
    "first_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Full name (one column)"),
    "phone": QT_TRANSLATE_NOOP("CsvMappingDialog", "Phone"),
    "registered": QT_TRANSLATE_NOOP("CsvMappingDialog", "Registered on"),
    "username": QT_TRANSLATE_NOOP("CsvMappingDialog", "Login name"),
    "billing_email": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing e-mail"),
    "billing_first_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing first name"),
    "billing_last_name": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing last name"),
    "billing_phone": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing phone"),
    "billing_address_1": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing street"),
    "billing_address_2": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing street, line 2"),
    "billing_city": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing city"),
    "billing_postcode": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing postal code"),
    "billing_country": QT_TRANSLATE_NOOP("CsvMappingDialog", "Billing country"),
    "shipping_address_1": QT_TRANSLATE_NOOP("CsvMappingDialog", "Delivery street"),
    "shipping_address_2": QT_TRANSLATE_NOOP("CsvMappingDialog", "Delivery street, line 2"),
    "shipping_city": QT_TRANSLATE_NOOP("CsvMappingDialog", "Delivery city"),
    "shipping_postcode": QT_TRANSLATE_NOOP("CsvMappingDialog", "Delivery postal code"),
    "shipping_country": QT_TRANSLATE_NOOP("CsvMappingDialog", "Delivery country"),
    "order_id": QT_TRANSLATE_NOOP("CsvMappingDialog", "Order id in the shop"),
    "order_number": QT_TRANSLATE_NOOP("CsvMappingDialog", "Order number"),
    "date": QT_TRANSLATE_NOOP("CsvMappingDialog", "Order date"),
    "status": QT_TRANSLATE_NOOP("CsvMappingDialog", "Order status"),
    "order_total": QT_TRANSLATE_NOOP("CsvMappingDialog", "Order total"),
    "currency": QT_TRANSLATE_NOOP("CsvMappingDialog", "Currency"),
    "line_items": QT_TRANSLATE_NOOP("CsvMappingDialog", "Items (packed in one column)"),
}


def label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class _Loaded:
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    mapping: Mapping | None
    origin: str  # a preset's name, "remembered" or ""


class CsvMappingDialog(QDialog):
    """Map ``path``'s columns for a ``kind`` import, preview it and import it."""

    imported = Signal(object)  # ImportResult of a real run

    def __init__(
        self, context: AppContext, path: Path, kind: Kind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.path, self.kind = context, path, kind
        self.header: tuple[str, ...] = ()
        self.combos: dict[str, QComboBox] = {}
        self.task: Task | None = None
        self.result: ImportResult | None = None
        self.setObjectName("csvMappingDialog")
        self.setWindowTitle(self.tr("Import a CSV file"))
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(190)
        self.form = QFormLayout()
        holder = QWidget()
        holder.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("csvOutcome")
        self.progress = QProgressBar()
        self.progress.hide()
        buttons = QDialogButtonBox()
        self.dry_run_button = QPushButton(self.tr("&Preview"))
        self.import_button = QPushButton(self.tr("&Import"))
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("C&lose"))
        for button, role in (
            (self.dry_run_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.import_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole),
            (self.close_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            buttons.addButton(button, role)
        self.dry_run_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setDefault(True)
        for widget in (self.title, self.preview, self.origin):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(bottom)
        layout.addWidget(buttons)
        self._set_busy(True)
        self.title.setText(self.tr("Reading {name}…").format(name=path.name))
        self.loading = start_job(
            context.database,
            self._load,
            on_success=self._loaded,
            on_error=self._failed,
            parent=self,
        )

    # --- reading the file (off the GUI thread) ---

    def _load(self, session: Any, _progress: Any) -> _Loaded:
        table = open_table(self.path)
        rows = []
        for row in table.rows():
            if isinstance(row, Row):
                rows.append(row.cells)
            if len(rows) == PREVIEW_ROWS:
                break
        mapping, origin = csv_import.suggested(session, table, self.kind)
        return _Loaded(table.header, rows, mapping, origin)

    def _loaded(self, loaded: _Loaded) -> None:
        self.header = loaded.header
        titles = {
            Kind.CUSTOMERS: self.tr("{name}: which column holds what in this customers file."),
            Kind.ORDERS: self.tr("{name}: which column holds what in this orders file."),
        }
        self.title.setText(titles[self.kind].format(name=self.path.name))
        self.preview.setColumnCount(len(loaded.header))
        self.preview.setHorizontalHeaderLabels(list(loaded.header))
        self.preview.setRowCount(len(loaded.rows))
        for r, cells in enumerate(loaded.rows):
            for c, text in enumerate(cells[: len(loaded.header)]):
                self.preview.setItem(r, c, QTableWidgetItem(" ".join(text.split())[:80]))
        self.preview.resizeColumnsToContents()
        if loaded.origin == "remembered":
            self.origin.setText(
                self.tr("These columns were mapped like the last file of this shape.")
            )
        elif loaded.origin:
            self.origin.setText(
                self.tr("Recognised as the {preset} export; check the columns below.").format(
                    preset=loaded.origin
                )
            )
        else:
            self.origin.setText(self.tr("Not a known export: choose the column for each field."))
        chosen = loaded.mapping.columns if loaded.mapping else {}
        for name in FIELDS[self.kind]:
            combo = QComboBox()
            combo.setObjectName(f"column_{name}")
            combo.addItem(self.tr("(not in the file)"), "")
            for column in loaded.header:
                combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(name, ""))))
            self.combos[name] = combo
            self.form.addRow(label(FIELD_LABELS[name]), combo)
        self._set_busy(False)

    # --- the run ---

    def mapping(self) -> Mapping:
        columns = {name: str(c.currentData()) for name, c in self.combos.items() if c.currentData()}
        return Mapping(self.kind, columns)

    def start(self, dry_run: bool) -> None:
        mapping = self.mapping()
        actor = self.context.actor
        self._set_busy(True)
        self.outcome.setText(self.tr("Importing…") if not dry_run else self.tr("Counting…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setVisible(not dry_run)

        def work(units: Any, progress: Any) -> ImportResult:
            return csv_import.import_csv(
                units, actor, self.path, self.kind, mapping, dry_run=dry_run, progress=progress
            )

        self.task = start_batched_job(
            self.context.database,
            work,
            on_success=self._done,
            on_error=self._failed,
            on_cancelled=self._cancelled,
            on_progress=self._progressed,
            parent=self,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.result = result
        self._set_busy(False)
        lines = [self.tr("Dry run: nothing was changed.")] if result.dry_run else []
        names = {
            "customers": self.tr("customers"),
            "guests": self.tr("guests"),
            "orders": self.tr("orders"),
        }
        for kind, counts in result.counts.items():
            if counts.new or counts.updated or counts.unchanged or counts.rejected:
                lines.append(
                    self.tr(
                        "{kind}: {new} new, {updated} updated, {unchanged} unchanged, "
                        "{rejected} rejected"
                    ).format(kind=names[kind], **counts.as_dict())
                )
        for rejection in result.rejections[:20]:
            lines.append(
                self.tr("Line {line}: {reason}").format(
                    line=rejection.position, reason=rejection.message(QCoreApplication.translate)
                )
            )
        if len(result.rejections) > 20:
            lines.append(
                self.tr("… and {count} more rejected.").format(count=len(result.rejections) - 20)
            )
        self.outcome.setText("\n".join(lines))
        if not result.dry_run:
            self.context.audit_changed.emit()
            self.imported.emit(result)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.outcome.setText(self.tr("Cancelled: the batches written before stay written."))

    def _failed(self, error: KnownError) -> None:
        self._set_busy(False)
        self.outcome.setText(error.message(QCoreApplication.translate))
        if not self.header:
            self.dry_run_button.setEnabled(False)
            self.import_button.setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.dry_run_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        for combo in self.combos.values():
            combo.setEnabled(not busy)
        if not busy:
            self.progress.hide()
            self.cancel_button.hide()
