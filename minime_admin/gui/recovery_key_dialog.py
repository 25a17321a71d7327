"""Shows a new database's recovery key once, and saves the printable recovery sheet.

Continue stays disabled until the user confirms the key is printed or written down: this
is the only moment the app can show it (docs/architecture.md, security model).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.style import ERROR_COLOUR, fit_height, monospace_font, title_font
from minime_admin.services.files import write_atomic

GROUPS_PER_LINE = 4


def key_lines(recovery_key: str) -> str:
    """The key's groups of five, four to a line (line breaks do not matter when typed back)."""
    groups = recovery_key.split("-")
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join("-".join(line) for line in lines)


class RecoveryKeyDialog(QDialog):
    sheet_saved = Signal(str)  # path

    def __init__(
        self,
        recovery_key: str,
        database_path: Path,
        database_id: str,
        company_name: str,
        language: str,
        created_at: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.recovery_key = recovery_key
        self.database_path = database_path
        self.database_id = database_id
        self.company_name = company_name
        self.language = language
        self.created_at = created_at
        self.file_dialog: QFileDialog | None = None

        self.heading = QLabel()
        self.heading.setFont(title_font())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.key_label = QLabel(key_lines(recovery_key))
        self.key_label.setFont(monospace_font(1.7))
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("QLabel { padding: 14px; border: 1px solid palette(mid); }")
        self.save_button = QPushButton()
        self.copy_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()
        self.confirm = QCheckBox()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.continue_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.continue_button.setEnabled(False)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(self.key_label)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addSpacing(6)
        layout.addWidget(self.confirm)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.save_button.clicked.connect(self.choose_sheet_file)
        self.copy_button.clicked.connect(self.copy_key)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery key"))
        self.heading.setText(self.tr("Write down or print the recovery key"))
        self.explanation.setText(
            self.tr(
                "The new database {path} is encrypted. If this computer's keychain is lost, "
                "the passphrase is forgotten or the database moves to another computer, only "
                "this recovery key opens it. It is shown only now."
            ).format(path=self.database_path)
        )
        self.save_button.setText(self.tr("&Save recovery sheet (PDF)…"))
        self.copy_button.setText(self.tr("&Copy"))
        self.confirm.setText(self.tr("I have printed or written down the recovery key"))
        self.continue_button.setText(self.tr("C&ontinue"))
        fit_height(self, 660)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Escape and the close button do nothing until the key is safe."""
        if self.confirm.isChecked():
            self.accept()

    @Slot()
    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self._say(
            self.tr(
                "The recovery key is on the clipboard. Paste it only where it is "
                "safe, then copy something else over it."
            )
        )

    @Slot()
    def choose_sheet_file(self) -> None:
        """Ask where to save, without blocking: the dialog's fileSelected does the saving."""
        if self.file_dialog is None:
            # One chooser, owned by this dialog and reused: deleting it from inside its own
            # finished signal (WA_DeleteOnClose) crashes PySide under test.
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            self.file_dialog = QFileDialog(self)
            self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.file_dialog.setDefaultSuffix("pdf")
            self.file_dialog.setDirectory(folder)
            self.file_dialog.fileSelected.connect(self._file_chosen)
        self.file_dialog.setWindowTitle(self.tr("Save recovery sheet"))
        self.file_dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        self.file_dialog.selectFile("minime-admin-recovery-sheet.pdf")
        self.file_dialog.open()

    @Slot(str)
    def _file_chosen(self, name: str) -> None:
        self.save_sheet(Path(name))

    def save_sheet(self, path: Path) -> bool:
        """Render the one-page PDF and write it atomically; say where it went."""
        from minime_admin.letters.recovery_sheet import RecoverySheet, render_recovery_sheet

        sheet = RecoverySheet(
            recovery_key=self.recovery_key,
            database_path=str(self.database_path),
            database_id=self.database_id,
            created_at=self.created_at,
            language=self.language,
            company_name=self.company_name,
        )
        try:
            write_atomic(path, render_recovery_sheet(sheet))
        except OSError as error:
            self._say(
                self.tr("The recovery sheet could not be saved to {path} ({detail}).").format(
                    path=path, detail=error.strerror or type(error).__name__
                ),
                error=True,
            )
            return False
        self._say(
            self.tr(
                "Saved to {path}. Print it, then delete the file: the key should not stay "
                "on this computer."
            ).format(path=path)
        )
        self.sheet_saved.emit(str(path))
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status.setText(text)
        self.status.show()
        fit_height(self, 660)
