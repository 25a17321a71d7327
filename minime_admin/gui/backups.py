"""Backups in the GUI (issue #17): Settings › Backups, File › Back up now…, the status-bar note
that says when the last good backup was taken (and warns when it is overdue or failed), and
the automatic backup when one is due. Every backup runs off the GUI thread (gui/tasks.py).

The settings are this computer's (services/backup.py keeps them beside the preferences): the
folder is where this desktop writes, and a second computer writes its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from minime_admin.domain.backups import is_overdue
from minime_admin.errors import BackupOfServerDatabase, KnownError
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.formats import table_time
from minime_admin.gui.messages import report_bug, show_error, show_message
from minime_admin.progress import Progress
from minime_admin.services import backup
from minime_admin.services.backup import BackupMade, BackupSettings
from minime_admin.services.database import Unlock

CHECK_EVERY_MS = 30 * 60 * 1000  # is an automatic backup due? (cheap: reads a small file)
FIRST_CHECK_MS = 2 * 60 * 1000  # not in the first minutes: starting up comes first


class Backups(QObject):
    """Runs the open database's backups, one at a time, and tells who listens."""

    changed = Signal()  # a backup finished or failed: the status note re-reads the state

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: tasks.Task | None = None
        self.last_error: KnownError | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_if_due)

    @property
    def enabled(self) -> bool:
        """The demo's fictional data is not backed up; a server database is backed up on the
        server (docs/team-server.md), so no note about this computer's backups."""
        database = self.context.database
        return database.unlocked_by is not Unlock.DEMO_KEY and not database.on_server

    def start_schedule(self) -> None:
        if self.enabled:
            self.timer.start(FIRST_CHECK_MS)

    def due(self) -> bool:
        settings = backup.load_settings()
        if settings.period_days <= 0:
            return False
        last = backup.load_state().last_good_at()
        return is_overdue(last, self.context.clock.now(), settings.period_days)

    @Slot()
    def run_if_due(self) -> None:
        self.timer.start(CHECK_EVERY_MS)
        if self.enabled and self.task is None and self.due():
            self.run()

    def run(
        self,
        on_done: Callable[[BackupMade | KnownError], None] | None = None,
    ) -> tasks.Task | None:
        """Start a backup into the chosen folder with its rotation; None if one is running."""
        if self.task is not None or not self.enabled:
            return None
        database, actor = self.context.database, self.context.actor
        settings = backup.load_settings()

        def work(progress: Progress) -> BackupMade:
            return backup.make_app_backup(database, actor, settings, progress)

        def finished(outcome: BackupMade | KnownError) -> None:
            self.task = None
            self.last_error = outcome if isinstance(outcome, KnownError) else None
            self.changed.emit()
            self.context.audit_changed.emit()
            if on_done is not None:
                on_done(outcome)

        def failed(error: BaseException) -> None:
            if isinstance(error, KnownError):
                finished(error)
                return
            self.task = None
            self.changed.emit()
            raise error  # a bug: the excepthook shows it

        def cancelled() -> None:
            self.task = None
            self.changed.emit()

        self.task = tasks.Task(
            work,
            on_success=finished,
            on_failure=failed,
            on_cancelled=cancelled,
            parent=self,
        ).start()
        self.changed.emit()
        return self.task

    def back_up_now(self, parent: QWidget) -> tasks.Task | None:
        """File › Back up now…: with a progress dialog, and a message saying where it went."""
        if self.context.database.on_server:
            show_error(parent, BackupOfServerDatabase())
            return None

        def done(outcome: BackupMade | KnownError) -> None:
            if isinstance(outcome, KnownError):
                show_error(parent, outcome)
                return
            show_message(
                parent,
                QMessageBox.Icon.Information,
                QCoreApplication.translate("Backups", "Backup made"),
                QCoreApplication.translate(
                    "Backups", "The backup was written to {path} ({size} MB)."
                ).format(path=outcome.path, size=f"{outcome.size / 1_000_000:.1f}"),
            )

        task = self.run(on_done=done)
        if task is not None:
            tasks.ProgressDialog(
                task, QCoreApplication.translate("Backups", "Backing up the database…"), parent
            ).show()
        return task


class BackupStatus(QWidget):
    """The status-bar note: the last good backup, or a warning with a Back up now button."""

    def __init__(self, backups: Backups, window: QWidget) -> None:
        super().__init__()
        self.backups = backups
        self.window_ = window
        self.label = QLabel()
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.clicked.connect(lambda: backups.back_up_now(window))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.label)
        row.addWidget(self.button)
        backups.changed.connect(self.refresh)
        self.warning = False
        self.setVisible(backups.enabled)
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        self.button.setText(self.tr("Back up now"))
        if self.backups.task is not None:
            self.label.setText(self.tr("Backing up…"))
            self.button.hide()
            self.warning = False
            return
        state = backup.load_state()
        last = state.last_good_at()
        when = table_time(last) if last else ""
        if state.failed_since_good():
            text = self.tr("The last backup failed")
            if last:
                text += " · " + self.tr("last good backup: {when}").format(when=when)
            self.warning = True
        elif last is None:
            text, self.warning = self.tr("No backup yet"), True
        elif self.backups.due():
            text = self.tr("Backup overdue · last good backup: {when}").format(when=when)
            self.warning = True
        else:
            text, self.warning = self.tr("Last backup: {when}").format(when=when), False
        self.label.setText(("⚠ " if self.warning else "") + text)
        if self.backups.last_error is not None:
            self.label.setToolTip(self.backups.last_error.message(QCoreApplication.translate))
        else:
            self.label.setToolTip(str(backup.load_settings().backup_folder()))
        self.button.setVisible(self.warning)


class BackupSettingsBox(QGroupBox):
    """Settings › Backups: where, how often, how many to keep — and what that means for an
    erased person, computed from the numbers."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit()
        self.folder_edit.setMinimumWidth(360)
        self.folder_label.setBuddy(self.folder_edit)
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        self.on_close_check = QCheckBox()
        self.period_label = QLabel()
        self.period_spin = QSpinBox()
        self.period_spin.setRange(0, 90)
        self.period_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.period_label.setBuddy(self.period_spin)
        self.keep_label = QLabel()
        self.daily_spin, self.weekly_spin, self.monthly_spin = QSpinBox(), QSpinBox(), QSpinBox()
        self.daily_caption, self.weekly_caption, self.monthly_caption = QLabel(), QLabel(), QLabel()
        keep_row = QHBoxLayout()
        for spin, caption in (
            (self.daily_spin, self.daily_caption),
            (self.weekly_spin, self.weekly_caption),
            (self.monthly_spin, self.monthly_caption),
        ):
            spin.setRange(0, 1000)
            spin.valueChanged.connect(self._show_gone)
            caption.setBuddy(spin)
            keep_row.addWidget(spin)
            keep_row.addWidget(caption)
        keep_row.addStretch(1)
        self.period_spin.valueChanged.connect(self._show_gone)
        self.gone_note = QLabel()
        self.gone_note.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.status, 1)
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow(self.folder_label, folder_row)
        form.addRow(self.period_label, self.period_spin)
        form.addRow("", self.on_close_check)
        form.addRow(self.keep_label, keep_row)
        form.addRow(self.gone_note)
        form.addRow(save_row)
        self.retranslate()
        self.load()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        self.note.setText(
            self.tr(
                "Encrypted copies of the database, which the recovery key opens on any "
                "computer. A folder on another disk, a network share or a synced folder keeps "
                "them safe from a broken laptop."
            )
        )
        self.folder_label.setText(self.tr("Backup &folder:"))
        self.folder_edit.setPlaceholderText(str(backup.default_folder()))
        self.browse_button.setText(self.tr("&Choose…"))
        self.period_label.setText(self.tr("Back up every (days):"))
        self.period_spin.setSpecialValueText(self.tr("only on close and by hand"))
        self.on_close_check.setText(self.tr("Also back up when the app is closed"))
        self.keep_label.setText(self.tr("Keep:"))
        self.daily_caption.setText(self.tr("daily"))
        self.weekly_caption.setText(self.tr("weekly"))
        self.monthly_caption.setText(self.tr("monthly"))
        self.save_button.setText(self.tr("Sa&ve backup settings"))
        self._show_gone()

    def load(self) -> None:
        settings = backup.load_settings()
        self.folder_edit.setText(settings.folder)
        self.period_spin.setValue(settings.period_days)
        self.on_close_check.setChecked(settings.on_close)
        self.daily_spin.setValue(settings.daily)
        self.weekly_spin.setValue(settings.weekly)
        self.monthly_spin.setValue(settings.monthly)

    def chosen(self) -> BackupSettings:
        return BackupSettings(
            folder=self.folder_edit.text().strip(),
            on_close=self.on_close_check.isChecked(),
            period_days=self.period_spin.value(),
            daily=self.daily_spin.value(),
            weekly=self.weekly_spin.value(),
            monthly=self.monthly_spin.value(),
        )

    @Slot()
    def _show_gone(self) -> None:
        days = self.chosen().days_until_gone()
        self.gone_note.setText(
            self.tr(
                "With these numbers an erased person is gone from every backup in this folder "
                "within {days} days of the erasure (the erasure letter says so), as long as "
                "backups keep being made. Copies taken elsewhere by hand are not rotated."
            ).format(days=days)
        )

    @Slot()
    def browse(self) -> None:
        start = self.folder_edit.text() or str(backup.default_folder())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    @Slot()
    def save(self) -> bool:
        settings = self.chosen()
        if settings.folder:
            try:
                backup.check_folder(Path(settings.folder))
            except KnownError as error:
                self.status.setText(error.message(QCoreApplication.translate))
                return False
        try:
            backup.save_settings(settings)
        except OSError as error:
            self.status.setText(report_bug(error))
            return False
        self.status.setText(self.tr("Backup settings saved."))
        self.saved.emit()
        return True
