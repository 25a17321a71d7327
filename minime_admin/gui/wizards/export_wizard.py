"""The export wizard: the Art. 15 copy or the Art. 20 portable package, from the request to
the file. Request and customer → identity → scope → preview → destination → generation →
done (export_finish.py holds the last three pages)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)
from sqlalchemy.orm import Session

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.export_scope import PORTABLE, Scope
from minime_admin.domain.requests import RequestType
from minime_admin.errors import KnownError, WrongCustomer
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.labels import category_title, ui_locale
from minime_admin.gui.customers.request_choice import resolve
from minime_admin.gui.style import ERROR_COLOUR, error_label
from minime_admin.gui.wizards.common import Subject, WizardBase, known_message, selectable
from minime_admin.gui.wizards.export_finish import DestinationPage, ExportDonePage, GeneratePage
from minime_admin.gui.wizards.pages import IdentityPage, SubjectPage, describe
from minime_admin.progress import Progress
from minime_admin.services import export, requests, versions
from minime_admin.services.export import ExportPreview, ExportResult

CHECK_COLUMNS = 3


class ExportWizard(WizardBase):
    def __init__(
        self, context: AppContext, subject: Subject | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, subject or Subject(), parent)
        self.setWindowTitle(self.tr("Export customer data"))
        portable = self.subject.request_type == RequestType.PORTABILITY.value
        self.scope = Scope.PORTABILITY if portable else Scope.ACCESS
        self.chosen: frozenset[DataCategory] = frozenset()
        self.request_id: int | None = self.subject.request_id
        # The customer (and request) as previewed: the finish is refused if a colleague
        # changed one since (#18.4).
        self.seen: tuple[versions.Seen, ...] = ()
        self.preview: ExportPreview | None = None
        self.result: ExportResult | None = None
        self.subject_page = SubjectPage(self)
        self.identity_page = IdentityPage(
            self,
            self.tr("Record how the person's identity was confirmed: no copy leaves the shop "
                    "for someone who has not shown who they are."),
        )  # fmt: skip
        self.scope_page = ScopePage(self)
        self.preview_page = PreviewPage(self)
        self.destination_page = DestinationPage(self)
        self.generate_page = GeneratePage(self)
        self.done_page = ExportDonePage(self)
        for page in (
            self.subject_page, self.identity_page, self.scope_page, self.preview_page,
            self.destination_page, self.generate_page, self.done_page,
        ):  # fmt: skip
            self.addPage(page)


class ScopePage(QWizardPage):
    """Everything (Art. 15), the portable set (Art. 20), or categories picked one by one."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("What to include"))
        self.setSubTitle(self.tr("Choose what the package holds."))
        self.access = QRadioButton(
            self.tr("&Full copy (Art. 15): everything held about the person")
        )
        self.portability = QRadioButton(
            self.tr("&Portable set (Art. 20): data the person gave or that was observed, "
                    "processed on consent or contract")
        )  # fmt: skip
        self.chosen = QRadioButton(self.tr("C&hosen categories:"))
        self.group = QButtonGroup(self)
        for number, button in enumerate((self.access, self.portability, self.chosen)):
            self.group.addButton(button, number)
        self.group.idToggled.connect(self._scope_changed)
        self.boxes: dict[DataCategory, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(24, 0, 0, 0)
        for number, category in enumerate(DataCategory):
            box = QCheckBox(category_title(category))
            box.toggled.connect(self.completeChanged)
            self.boxes[category] = box
            grid.addWidget(box, number // CHECK_COLUMNS, number % CHECK_COLUMNS)
        layout = QVBoxLayout(self)
        for button in (self.access, self.portability, self.chosen):
            layout.addWidget(button)
        layout.addLayout(grid)
        layout.addStretch(1)

    def initializePage(self) -> None:
        {Scope.ACCESS: self.access, Scope.PORTABILITY: self.portability}.get(
            self.owner.scope, self.chosen
        ).setChecked(True)
        self._scope_changed()

    def _scope_changed(self) -> None:
        picking = self.chosen.isChecked()
        # The boxes show what each scope holds; they are the user's to change only for
        # "chosen", which starts from the portable set.
        for category, box in self.boxes.items():
            box.setEnabled(picking)
            if self.access.isChecked():
                box.setChecked(True)
            elif self.portability.isChecked():
                box.setChecked(category in PORTABLE)
        self.completeChanged.emit()

    def picked(self) -> frozenset[DataCategory]:
        return frozenset(c for c, box in self.boxes.items() if box.isChecked())

    def isComplete(self) -> bool:
        return not self.chosen.isChecked() or bool(self.picked())

    def validatePage(self) -> bool:
        if self.access.isChecked():
            self.owner.scope, self.owner.chosen = Scope.ACCESS, frozenset()
        elif self.portability.isChecked():
            self.owner.scope, self.owner.chosen = Scope.PORTABILITY, frozenset()
        else:
            self.owner.scope, self.owner.chosen = Scope.CHOSEN, self.picked()
        return True


class PreviewPage(QWizardPage):
    """How much goes out, per category and file, before anything is written."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What the package will hold. Nothing has been written yet."))
        self.who = selectable(QLabel())
        self.loading = QLabel(self.tr("Counting the records…"))
        self.marks = selectable(QLabel())
        self.marks.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.error = error_label()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("File"), self.tr("Records"), self.tr("Note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.total = QLabel()
        layout = QVBoxLayout(self)
        for widget in (self.who, self.loading, self.marks, self.error, self.table, self.total):
            layout.addWidget(widget)
        self._asked = 0

    def initializePage(self) -> None:
        self.owner.preview = None
        self.who.setText(describe(self.owner.subject))
        self.loading.show()
        self.error.hide()
        self.marks.hide()
        self.table.setRowCount(0)
        self.total.clear()
        self._asked += 1
        asked = self._asked
        customer_id = self.owner.subject.customer_id
        assert customer_id is not None
        scope, chosen, request = self.owner.scope, self.owner.chosen, self.owner.chosen_request

        def work(
            session: Session, _progress: Progress
        ) -> tuple[int | None, ExportPreview, tuple[versions.Seen, ...]]:
            request_id = resolve(session, request)
            if request_id is not None:
                linked = requests.get_request(session, request_id)
                if linked.customer_id not in (None, customer_id):
                    raise WrongCustomer(reference=linked.reference)
            seen = [versions.seen(session, "customer", customer_id)]
            if request_id is not None:
                seen.append(versions.seen(session, "request", request_id))
            preview = export.preview_export(session, customer_id, scope, chosen)
            return request_id, preview, tuple(seen)

        def shown(result: tuple[int | None, ExportPreview, tuple[versions.Seen, ...]]) -> None:
            if asked == self._asked:
                self.owner.request_id, self.owner.preview, self.owner.seen = result
                self.show_preview(result[1])

        def refused(error: KnownError) -> None:
            if asked == self._asked:
                self.loading.hide()
                self.error.setText(known_message(error))
                self.error.show()

        self.owner.run(work, shown, refused)
        self.completeChanged.emit()

    def show_preview(self, preview: ExportPreview) -> None:
        self.loading.hide()
        locale = ui_locale()
        self.table.setRowCount(len(preview.tables))
        for row, table in enumerate(preview.tables):
            note = ""
            if table.category is DataCategory.LEGAL_HOLD and table.rows:
                note = self.tr("under legal hold: kept whatever happens")
            elif table.category is DataCategory.RESTRICTION and preview.restricted:
                note = self.tr("processing restricted (Art. 18)")
            cells = (
                category_title(table.category),
                f"{table.category.value}-{table.table}.csv",
                locale.toString(table.rows),
                note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if note:
                    item.setForeground(QColor(ERROR_COLOUR))
                self.table.setItem(row, column, item)
        marks = []
        if preview.restricted:
            marks.append(
                self.tr("Processing of this customer is restricted (Art. 18). The person's own "
                        "copy may still be sent to them.")
            )  # fmt: skip
        if preview.legal_holds:
            marks.append(
                self.tr("Legal holds on record: {count} (an open dispute or chargeback).").format(
                    count=preview.legal_holds
                )
            )
        self.marks.setText("\n".join(marks))
        self.marks.setVisible(bool(marks))
        self.total.setText(
            self.tr("{rows} records in {files} files, plus data.json, README.txt and the "
                    "answer (answer.pdf).").format(
                rows=locale.toString(preview.total_rows), files=len(preview.tables)
            )
        )  # fmt: skip
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.preview is not None
