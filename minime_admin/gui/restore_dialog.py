"""The Restore dialog (issue #17): at start-up when there is no database yet, and from File.

It lists the backups in the backup folder (or takes any .mmbak file), asks for the recovery key
when this computer's keychain does not hold the key, verifies and restores in the background,
and says which erasures it re-applied (as a count and stub numbers, never names).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.actor import Actor
from minime_admin.domain.backups import EXTENSION
from minime_admin.domain.clock import Clock
from minime_admin.errors import KnownError
from minime_admin.gui import tasks
from minime_admin.gui.formats import table_time
from minime_admin.progress import Progress
from minime_admin.services import backup, restore
from minime_admin.services.database import Keychain
from minime_admin.services.restore import Restored


class RestoreDialog(QDialog):
    def __init__(
        self,
        target: Path,
        keychain: Keychain,
        actor: Actor,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        current: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.keychain, self.actor, self.clock, self.current = keychain, actor, clock, current
        self.restored: Restored | None = None
        self.task: tasks.Task | None = None
        self.folder = backup.load_settings().backup_folder()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.backup_label = QLabel()
        self.backup_combo = QComboBox()
        self.backup_combo.setMinimumWidth(420)
        self.backup_label.setBuddy(self.backup_combo)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_combo, 1)
        backup_row.addWidget(self.choose_button)
        self.key_label = QLabel()
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label.setBuddy(self.key_edit)
        self.target_label = QLabel()
        self.target_edit = QLineEdit(str(target))
        self.target_label.setBuddy(self.target_edit)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.start_restore)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.backup_label, backup_row)
        form.addRow(self.key_label, self.key_edit)
        form.addRow(self.target_label, self.target_edit)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(form)
        column.addWidget(self.status)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.setMinimumWidth(640)
        self.retranslate()
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.intro.setText(
            self.tr(
                "The backup is checked first and restored to a new file; the backup itself is "
                "never changed. People erased after the backup was taken are erased again, "
                "as the newest copy of the database lists them."
            )
        )
        self.backup_label.setText(self.tr("&Backup:"))
        self.choose_button.setText(self.tr("&Other file…"))
        self.key_label.setText(self.tr("&Recovery key:"))
        self.key_edit.setPlaceholderText(
            self.tr("only needed when this computer's keychain does not hold the key")
        )
        self.target_label.setText(self.tr("Restore &to:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re&store"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._say_if_empty()

    def _say_if_empty(self) -> None:
        if self.backup_combo.count() == 0:
            self.status.setText(self.tr("No backups in {folder}.").format(folder=self.folder))
        elif self.task is None:
            self.status.clear()

    def fill(self) -> None:
        self.backup_combo.clear()
        try:
            listed = backup.list_backups(self.folder)
        except KnownError:
            listed = []
        for item in listed:
            text = self.tr("{when} · {size} MB").format(
                when=table_time(item.name.taken_at), size=f"{item.size / 1_000_000:.1f}"
            )
            self.backup_combo.addItem(text, str(item.path))
            self.backup_combo.setItemData(
                self.backup_combo.count() - 1, str(item.path), Qt.ItemDataRole.ToolTipRole
            )
        self._say_if_empty()

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.folder),
            self.tr("minime-admin backups (*{extension})").format(extension=EXTENSION),
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        self.backup_combo.insertItem(0, path.name, str(path))
        self.backup_combo.setCurrentIndex(0)
        self.status.clear()

    def chosen(self) -> Path | None:
        data = self.backup_combo.currentData()
        return Path(data) if data else None

    @Slot()
    def start_restore(self) -> None:
        source = self.chosen()
        if source is None or self.task is not None:
            return
        typed = self.key_edit.text().strip() or None
        target = Path(self.target_edit.text().strip())
        keychain, actor, clock, current = self.keychain, self.actor, self.clock, self.current

        def work(_progress: Progress) -> Restored:
            return restore.restore(
                source, target, keychain, actor, clock, typed=typed, current=current
            )

        self.status.setText(self.tr("Checking and restoring the backup…"))
        self.buttons.setEnabled(False)
        self.task = tasks.Task(
            work, on_success=self._restored, on_failure=self._failed, parent=self
        ).start()

    def _restored(self, restored: Restored) -> None:
        self.task = None
        self.restored = restored
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.buttons.setEnabled(True)
        if not isinstance(error, KnownError):
            raise error
        self.status.setText(error.message(QCoreApplication.translate))

    def summary(self) -> str:
        """What happened, for the message shown after the dialog closes."""
        assert self.restored is not None
        restored = self.restored
        text = self.tr("Restored {backup} to {path}.").format(
            backup=restored.verdict.path.name, path=restored.path
        )
        if restored.reapplied:
            numbers = ", ".join(str(number) for number in restored.reapplied)
            text += " " + self.tr(
                "Erasures re-applied: {count} (customer stubs {numbers})."
            ).format(count=len(restored.reapplied), numbers=numbers)
        else:
            text += " " + self.tr("Erasures re-applied: 0.")
        return text
