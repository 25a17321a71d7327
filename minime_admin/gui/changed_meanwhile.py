"""The "Changed meanwhile" dialog (issue #18.4): someone else stored a change to the record
the worker was changing, so their save was refused. The dialog says who, when and what (the
error's sentence), shows the worker's own change beside what changed, "when you opened it"
and "now", so they can redo it, and offers Reload. Never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minime_admin.errors import ChangedMeanwhile
from minime_admin.gui.style import fit_height


@dataclass(frozen=True)
class Difference:
    """One field that changed meanwhile: its label, as the worker saw it, as it is now."""

    label: str
    seen: str
    now: str


class ChangedMeanwhileDialog(QDialog):
    """Reload emits ``reload_requested`` and closes; Close leaves everything as it is."""

    reload_requested = Signal()

    def __init__(
        self,
        error: ChangedMeanwhile,
        your_change: str,
        differences: Sequence[Difference],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed meanwhile"))
        self.message = QLabel(error.message(QCoreApplication.translate))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names and references only
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)

        self.yours = QLabel(your_change)
        self.yours.setWordWrap(True)
        self.yours.setTextFormat(Qt.TextFormat.PlainText)
        self.yours.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        yours_title = QLabel(self.tr("Your change, not saved (redo it after reloading):"))
        yours_title.setStyleSheet("font-weight: bold")
        layout.addSpacing(8)
        layout.addWidget(yours_title)
        layout.addWidget(self.yours)

        self.grid = QGridLayout()
        if differences:
            for column, heading in enumerate(
                (self.tr("What changed"), self.tr("When you opened it"), self.tr("Now"))
            ):
                label = QLabel(heading)
                label.setStyleSheet("font-weight: bold")
                self.grid.addWidget(label, 0, column)
            for row, difference in enumerate(differences, start=1):
                for column, text in enumerate((difference.label, difference.seen, difference.now)):
                    cell = QLabel(text)
                    cell.setWordWrap(True)
                    cell.setTextFormat(Qt.TextFormat.PlainText)
                    self.grid.addWidget(cell, row, column)
            layout.addSpacing(8)
            layout.addLayout(self.grid)
        self.differences = tuple(differences)

        self.buttons = QDialogButtonBox()
        self.reload_button = self.buttons.addButton(
            self.tr("&Reload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.reload_button.setDefault(True)
        self.buttons.accepted.connect(self._reload)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_height(self, 560)

    def _reload(self) -> None:
        self.accept()
        self.reload_requested.emit()
