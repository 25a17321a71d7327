"""The Shop data page: each source with its last run, Preview / Import / Import again with
progress and Cancel, the rejected rows of the last run (exportable to CSV), and files
dropped on the page handed to the importer that takes them (gui/shop/drops.py).

Every database and network call runs off the GUI thread (gui/jobs.py, gui/tasks.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.import_runs import ImportSource, RunOutcome
from minime_admin.domain.newsletter import ListFormat
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.formats import table_time
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.shop.csv_mapping_dialog import CsvMappingDialog
from minime_admin.gui.shop.drops import DropRegistry, FileKind
from minime_admin.gui.shop.file_sources import Chosen, job
from minime_admin.gui.style import title_font
from minime_admin.gui.tasks import Task
from minime_admin.gui.wizards.common import start_batched_job
from minime_admin.importers.csv_import import Mapping
from minime_admin.importers.csv_presets import Kind
from minime_admin.importers.records import Rejection
from minime_admin.progress import Progress
from minime_admin.services import csv_import, import_files, import_runs, shop_import, shop_settings
from minime_admin.services import database as db_service
from minime_admin.services.database import Keychain
from minime_admin.services.import_runs import RunSummary
from minime_admin.services.newsletter_import import SERVICE_NAMES
from minime_admin.services.shop_import import Counts, ImportResult
from minime_admin.store.session import UnitsOfWork

COUNTED = tuple(f.name for f in fields(Counts))  # new, updated, unchanged, rejected


@dataclass(frozen=True)
class SourceEntry:
    """A row of the sources table: its code (import_runs.source) and translated title."""

    code: str
    title: Callable[[], str]


class ShopDataPage(QWidget):
    files_dropped = Signal(list)  # every dropped local file, as Paths, before any handler
    run_finished = Signal()  # a preview or import ended (finished, cancelled or failed)

    def __init__(
        self, context: AppContext, keychain: Keychain | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.keychain = keychain or db_service.system_keychain()
        self.jobs = Jobs(context.database, self)
        self.drops = DropRegistry()
        self.sources = [
            SourceEntry(ImportSource.WOOCOMMERCE.value, self._woocommerce_title),
            SourceEntry(ImportSource.CSV.value, lambda: self.tr("Shop CSV export")),
            SourceEntry(
                ImportSource.NEWSLETTER.value,
                lambda: self.tr("Newsletter list (Mailchimp / MailerLite)"),
            ),
            SourceEntry(ImportSource.ACCESS_LOG.value, lambda: self.tr("Web-server access logs")),
        ]
        self.runs: dict[str, RunSummary] = {}
        self.rejected: list[Rejection] = []
        self.chosen: dict[str, Chosen] = {}  # file source → the file(s) waiting for a run
        self.warnings: dict[str, list[Rejection]] = {}  # of the last run done on this page
        self.mapping_dialog: CsvMappingDialog | None = None
        self._taken_now: set[str] = set()  # sources given a file by the current drop
        self.task: Task | None = None
        self.setAcceptDrops(True)

        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.sources_table = QTableWidget(len(self.sources), 3 + len(COUNTED))
        self.sources_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sources_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_table.verticalHeader().setVisible(False)
        self.sources_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.sources_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.sources_table.setMaximumHeight(146)

        self.choose_button = QPushButton()
        self.columns_button = QPushButton()
        self.columns_button.setVisible(False)
        self.preview_button = QPushButton()
        self.import_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for button in (
            self.choose_button,
            self.columns_button,
            self.preview_button,
            self.import_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.progress, 1)

        self.rejected_box = QGroupBox()
        self.rejected_table = QTableWidget(0, 4)
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.verticalHeader().setVisible(False)
        self.rejected_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        self.export_button = QPushButton()
        self.export_button.setEnabled(False)
        rejected_column = QVBoxLayout(self.rejected_box)
        rejected_column.addWidget(self.rejected_table)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self.export_button)
        rejected_column.addLayout(export_row)

        self.drop_label = QLabel()
        self.drop_label.setWordWrap(True)
        self.drop_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_label.setMargin(10)
        self.drop_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_status = QLabel()
        self.drop_status.setWordWrap(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addWidget(self.sources_table)
        column.addLayout(buttons)
        column.addWidget(self.status)
        column.addWidget(self.rejected_box, 1)
        column.addWidget(self.drop_label)
        column.addWidget(self.drop_status)

        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.choose_export)
        self.choose_button.clicked.connect(self.choose_files)
        self.columns_button.clicked.connect(self.check_columns)
        self.sources_table.selectRow(0)
        self.sources_table.itemSelectionChanged.connect(self._selection_changed)
        self.register_file_kind(FileKind(self._csv_kind_label, (".csv", ".txt"), self._take_csv))
        self.register_file_kind(FileKind(self._log_kind_label, (), self._take_log, self._is_log))
        self.register_file_kind(FileKind(self._zip_kind_label, (".zip",), self._take_zip))
        self.retranslate()
        self.reload()

    # -- texts -----------------------------------------------------------------------------

    def _woocommerce_title(self) -> str:
        return self.tr("WooCommerce shop (customers, guests, orders)")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Shop data"))
        self.intro.setText(
            self.tr(
                "Customers and orders come from the shop, or from its CSV exports; newsletter "
                "lists and the web server's logs come as files. Preview counts what an import "
                "would change without changing anything; Import writes it. Importing again "
                "applies only what changed since."
            )
        )
        self.choose_button.setText(self.tr("Choose &file(s)…"))
        self.columns_button.setText(self.tr("Check c&olumns…"))
        self.sources_table.setHorizontalHeaderLabels(
            [
                self.tr("Source"),
                self.tr("Last run"),
                self.tr("Result"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Rejected"),
            ]
        )
        self.preview_button.setText(self.tr("&Preview"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.rejected_table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("Position"), self.tr("Id in the source"), self.tr("Reason")]
        )
        self.export_button.setText(self.tr("&Export to CSV…"))
        self._show_drop_kinds()
        self._show_runs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the last runs -----------------------------------------------------------------------

    def reload(self) -> Task:
        source = self.selected_source()

        def work(session: Session) -> tuple[dict[str, RunSummary], list[Rejection]]:
            runs = import_runs.last_runs(session)
            last = runs.get(source)
            return runs, import_runs.rejections(session, last.id) if last else []

        return self.jobs.run(work, self._loaded, error_parent=self)

    def _loaded(self, result: tuple[dict[str, RunSummary], list[Rejection]]) -> None:
        self.runs, self.rejected = result
        self._show_runs()

    def selected_source(self) -> str:
        row = max(self.sources_table.currentRow(), 0)
        return self.sources[row].code

    def _show_runs(self) -> None:
        for row, source in enumerate(self.sources):
            run = self.runs.get(source.code)
            cells = [source.title(), "", "", "", "", "", ""]
            if run is not None:
                cells[1] = table_time(run.finished_at)
                cells[2] = self._outcome_text(run)
                for offset, name in enumerate(COUNTED):
                    cells[3 + offset] = str(run.total(name))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.sources_table.setItem(row, column, item)
        source = self.selected_source()
        last = self.runs.get(source)
        real_run = last is not None and not (last.dry_run and last.outcome is RunOutcome.FINISHED)
        self.import_button.setText(self.tr("Import &again") if real_run else self.tr("&Import"))
        self.columns_button.setVisible(source == ImportSource.CSV)
        self.columns_button.setEnabled(source in self.chosen and self.task is None)
        warnings = self.warnings.get(source, [])
        title = self.tr("Rejected rows of the last run: {count}").format(count=len(self.rejected))
        if warnings:
            title += " " + self.tr("· Imported, but to look at: {count}").format(
                count=len(warnings)
            )
        self.rejected_box.setTitle(title)
        self.rejected_table.setRowCount(len(self.rejected) + len(warnings))
        for row, rejection in enumerate(self.shown_rows()):
            part = self._part_text(rejection.source)
            if row >= len(self.rejected):
                part = self.tr("{part} (warning)").format(part=part)
            values = (
                part,
                str(rejection.position),
                rejection.external_id or "",
                rejection.message(QCoreApplication.translate),
            )
            for column, text in enumerate(values):
                self.rejected_table.setItem(row, column, QTableWidgetItem(text))
        self.rejected_table.resizeColumnsToContents()
        header = self.rejected_table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.export_button.setEnabled(bool(self.rejected or warnings))

    def shown_rows(self) -> list[Rejection]:
        """The rejected rows of the selected source's last run, then its warnings (those of
        a run done on this page: the history keeps rejections only)."""
        return self.rejected + self.warnings.get(self.selected_source(), [])

    def _outcome_text(self, run: RunSummary) -> str:
        texts = {
            RunOutcome.FINISHED: self.tr("finished"),
            RunOutcome.CANCELLED: self.tr("cancelled"),
            RunOutcome.FAILED: self.tr("failed"),
        }
        text = texts[run.outcome]
        if run.dry_run:
            text = self.tr("preview {outcome}").format(outcome=text)
        if run.error:
            text = f"{text}: {run.error_message(QCoreApplication.translate)}"
        return text

    def _part_text(self, part: str) -> str:
        names = {
            shop_import.CUSTOMERS: self.tr("customers"),
            shop_import.GUESTS: self.tr("guests"),
            shop_import.ORDERS: self.tr("orders"),
        }
        return names.get(part, part)

    # -- preview, import, cancel -------------------------------------------------------------

    @Slot()
    def preview(self) -> Task | None:
        return self._start(dry_run=True)

    @Slot()
    def start_import(self) -> Task | None:
        return self._start(dry_run=False)

    def _start(self, dry_run: bool) -> Task | None:
        if self.task is not None:
            return None
        source = self.selected_source()
        if source != ImportSource.WOOCOMMERCE:
            return self._start_file(source, dry_run)
        database, keychain, actor = self.context.database, self.keychain, self.context.actor

        def work(units: UnitsOfWork, progress: Progress) -> ImportResult:
            with units() as session:
                settings = shop_settings.load(session)
            client = shop_settings.connect(keychain, database.database_id, settings)
            return shop_import.import_woocommerce(units, actor, client, dry_run, progress)

        self._set_running(True)
        self.status.setText(self.tr("Connecting to the shop…"))
        self.task = start_batched_job(
            database,
            work,
            on_success=lambda result: self._ended(self._success_text(result)),
            on_error=lambda error: self._ended(error.message(QCoreApplication.translate)),
            on_cancelled=lambda: self._ended(self._cancelled_text(dry_run)),
            on_progress=self._progressed,
            parent=self,
        )
        return self.task

    def _start_file(self, source: str, dry_run: bool) -> Task | None:
        chosen = self.chosen.get(source)
        if chosen is None:
            self.status.setText(
                self.tr("Choose a file first: Choose file(s)…, or drop it on this page.")
            )
            return None
        self.warnings.pop(source, None)

        def succeeded(result: object) -> None:
            found = list(getattr(result, "warnings", ()))
            if found:
                self.warnings[source] = found
            self._ended(self._success_text(result))

        def failed(error: KnownError) -> None:
            self._ended(error.message(QCoreApplication.translate))
            if isinstance(error, csv_import.NoMapping):
                self.check_columns()

        self._set_running(True)
        self.status.setText(self.tr("Reading {files}…").format(files=chosen.names))
        self.task = start_batched_job(
            self.context.database,
            job(chosen, self.context.actor, dry_run),
            on_success=succeeded,
            on_error=failed,
            on_cancelled=lambda: self._ended(self._cancelled_text(dry_run)),
            on_progress=self._progressed,
            parent=self,
        )
        return self.task

    def _cancelled_text(self, dry_run: bool) -> str:
        if dry_run:
            return self.tr("Preview cancelled: nothing was changed.")
        return self.tr(
            "Import cancelled. Only whole batches were saved; the counts above show what was saved."
        )

    def _success_text(self, result: ImportResult | object) -> str:
        if getattr(result, "dry_run", False):
            text = self.tr("Preview finished: nothing was changed.")
        else:
            text = self.tr("Import finished.")
        warnings = len(getattr(result, "warnings", ()))
        if warnings:
            text += " " + self.tr(
                "Imported, but to look at: {count} (see the warnings below)."
            ).format(count=warnings)
        return text

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        source = self.selected_source()
        if total and source == ImportSource.ACCESS_LOG:  # bytes of the files read
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(done * 1000 // total, 1000))
            self.status.setText(
                self.tr("Reading the logs: {percent}%…").format(percent=done * 100 // total)
            )
        elif total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.status.setText(
                self.tr("Writing: {done} of {total}…").format(done=done, total=total)
            )
        elif source != ImportSource.WOOCOMMERCE:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Reading the file…"))
        else:
            self.progress.setRange(0, 0)
            self.status.setText(self.tr("Downloading: {done} records so far…").format(done=done))

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling after the current batch…"))

    def _ended(self, text: str) -> None:
        self.task = None
        self._set_running(False)
        self.status.setText(text)
        self.context.audit_changed.emit()
        self.reload().done.connect(self.run_finished.emit)

    def _set_running(self, running: bool) -> None:
        self.preview_button.setEnabled(not running)
        self.import_button.setEnabled(not running)
        self.choose_button.setEnabled(not running)
        self.columns_button.setEnabled(not running and self.selected_source() in self.chosen)
        self.sources_table.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)

    # -- rejected rows to CSV ----------------------------------------------------------------

    @Slot()
    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export rejected rows"), "rejected-rows.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_rejections(Path(name))

    def export_rejections(self, path: Path) -> None:
        try:
            import_runs.save_rejections_csv(path, self.shown_rows(), QCoreApplication.translate)
        except OSError as error:
            self.status.setText(
                self.tr("The CSV file could not be written ({detail}).").format(
                    detail=type(error).__name__
                )
            )
            return
        self.status.setText(self.tr("Rejected rows saved to {path}.").format(path=str(path)))

    # -- dropped files -----------------------------------------------------------------------

    def _show_drop_kinds(self) -> None:
        kinds = self.drops.kinds
        if kinds:
            listed = "; ".join(k.label() for k in kinds)
            self.drop_label.setText(
                self.tr("Drop files here to import them: {kinds}.").format(kinds=listed)
            )
        else:
            self.drop_label.setText(
                self.tr(
                    "No file can be imported here yet: the shop's data comes from WooCommerce "
                    "(Import above)."
                )
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.task is None:  # not while a run reads its files
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.task is not None:
            event.ignore()
            return
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.take_files(paths)

    def take_files(self, paths: list[Path]) -> list[Path]:
        """Hand each file to the kind that takes it; returns (and names) those none takes."""
        self.files_dropped.emit(paths)
        refused, reasons = [], []
        self._taken_now = set()
        for path in paths:
            kind = self.drops.find(path) if path.is_file() else None
            if kind is None:
                refused.append(path)
                continue
            try:
                kind.handle(path)
            except KnownError as error:  # the handler looked closer and said no
                reasons.append(error.message(QCoreApplication.translate))
        self.drop_status.setText(" ".join(reasons))
        if not refused:
            return refused
        names = ", ".join(p.name for p in refused)
        if self.drops.kinds:
            listed = "; ".join(k.label() for k in self.drops.kinds)
            text = self.tr("Not imported: {files}. Files that can be dropped here: {kinds}.")
            self.drop_status.setText(" ".join([*reasons, text.format(files=names, kinds=listed)]))
        else:
            text = self.tr(
                "Not imported: {files}. No file can be imported here yet; the shop's data "
                "comes from WooCommerce."
            )
            self.drop_status.setText(text.format(files=names))
        return refused

    def register_file_kind(self, kind: FileKind) -> None:
        """For the file importers: add a kind of file the page takes (gui/shop/drops.py)."""
        self.drops.register(kind)
        self._show_drop_kinds()

    # -- the file sources --------------------------------------------------------------------

    def _csv_kind_label(self) -> str:
        return self.tr("a shop CSV export or a newsletter list (.csv)")

    def _zip_kind_label(self) -> str:
        return self.tr("a Mailchimp audience export (.zip)")

    def _take_zip(self, path: Path) -> None:
        """An audience export in a zip; raises a KnownError for any other zip."""
        formats = import_files.sniff_zip(path)
        format = formats[0] if len(formats) == 1 else self.ask_format(path)
        if format is not None:
            self._choose(Chosen(ImportSource.NEWSLETTER, (path,), format=format))

    def _log_kind_label(self) -> str:
        return self.tr("web-server access logs (access.log, access.log.1, .gz)")

    @staticmethod
    def _is_log(path: Path) -> bool:
        return import_files.is_log_name(path)

    @Slot()
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose files to import"),
            "",
            self.tr("Shop files (*.csv *.txt *.zip *.log *.gz);;All files (*)"),
        )
        if names:
            self.take_files([Path(name) for name in names])

    def _take_csv(self, path: Path) -> None:
        """A shop export or a newsletter list, by its header; raises NotATable."""
        guess = import_files.sniff_csv(path)
        if guess.source is ImportSource.NEWSLETTER:
            format = guess.formats[0] if len(guess.formats) == 1 else self.ask_format(path)
            if format is not None:
                self._choose(Chosen(ImportSource.NEWSLETTER, (path,), format=format))
            return
        if guess.kind is not None:
            self._choose(Chosen(ImportSource.CSV, (path,), guess.kind, guess.preset))
            return
        header = guess.header

        def mapped(mapping: Mapping | None) -> None:
            if mapping is not None:  # mapped by hand before: the same again
                self._choose(Chosen(ImportSource.CSV, (path,), mapping.kind, remembered=True))
                return
            kind = self.ask_kind(path)
            if kind is not None:  # not a known export: which column is what
                self._choose(Chosen(ImportSource.CSV, (path,), kind))
                self.check_columns()

        self.jobs.run(
            lambda session: import_files.remembered_mapping(session, header),
            mapped,
            error_parent=self,
        )

    def _take_log(self, path: Path) -> None:
        """Every log of one drop goes into one run (a rotated set: access.log, .1, .2.gz)."""
        code = ImportSource.ACCESS_LOG.value
        known = self.chosen.get(code) if code in self._taken_now else None
        paths = (*known.paths, path) if known is not None else (path,)
        self._taken_now.add(code)
        self._choose(Chosen(ImportSource.ACCESS_LOG, paths))

    def ask_format(self, path: Path) -> ListFormat | None:
        """The header fits both services' exports: the user says which."""
        formats = list(SERVICE_NAMES)
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Newsletter list"),
            self.tr("Which service is {name} an export of?").format(name=path.name),
            [SERVICE_NAMES[f] for f in formats],
            0,
            False,
        )
        return formats[[SERVICE_NAMES[f] for f in formats].index(name)] if ok else None

    def ask_kind(self, path: Path) -> Kind | None:
        """Not a known export: customers or orders?"""
        kinds = {self.tr("Customers"): Kind.CUSTOMERS, self.tr("Orders"): Kind.ORDERS}
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Shop CSV export"),
            self.tr("What does {name} list?").format(name=path.name),
            list(kinds),
            0,
            False,
        )
        return kinds[name] if ok else None

    def _choose(self, chosen: Chosen) -> None:
        self.chosen[chosen.source.value] = chosen
        row = next(i for i, s in enumerate(self.sources) if s.code == chosen.source)
        self.sources_table.selectRow(row)
        self.status.setText(self._chosen_text(chosen))
        self._show_runs()

    def _chosen_text(self, chosen: Chosen) -> str:
        if chosen.source is ImportSource.NEWSLETTER and chosen.format is not None:
            what = SERVICE_NAMES[chosen.format]
        elif chosen.source is ImportSource.CSV and chosen.preset:
            what = self.tr("the {preset} export").format(preset=chosen.preset)
        elif chosen.source is ImportSource.CSV and chosen.remembered:
            what = self.tr("columns as in the last file of this shape")
        elif chosen.source is ImportSource.CSV:
            what = self.tr("columns chosen by hand")
        else:
            what = self.tr("log files: {count}").format(count=len(chosen.paths))
        return self.tr("Chosen: {files} ({what}). Preview or Import it.").format(
            files=chosen.names, what=what
        )

    @Slot()
    def check_columns(self) -> CsvMappingDialog | None:
        """The mapping dialog for the chosen CSV (it previews and imports by itself)."""
        chosen = self.chosen.get(ImportSource.CSV.value)
        if chosen is None or chosen.kind is None:
            return None
        dialog = CsvMappingDialog(self.context, chosen.paths[0], chosen.kind, self)
        dialog.resize(900, 700)
        dialog.finished.connect(lambda _code: self.reload())
        self.mapping_dialog = dialog
        dialog.open()
        return dialog

    def _selection_changed(self) -> None:
        chosen = self.chosen.get(self.selected_source())
        if self.task is None:
            self.status.setText(self._chosen_text(chosen) if chosen is not None else "")
        self.reload()
