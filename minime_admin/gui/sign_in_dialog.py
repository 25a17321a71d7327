"""Who is working, chosen from the database's users (issue #18.3): on a file database with
several users the person who unlocked it says which of them they are, so the audit log names
a user row (with its role and title), never a name typed on the spot. The last choice at
this computer is offered first. On a server the database role decides instead
(services/sign_in.py), and this dialog is not shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.actor import Actor
from minime_admin.gui.roles import role_label
from minime_admin.gui.style import fit_height, title_font


class SignInDialog(QDialog):
    """OK emits ``signed_in(actor)``; Cancel leaves the person to the profile question."""

    signed_in = Signal(object)  # Actor

    def __init__(
        self, choices: list[Actor], current: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in"))
        heading = QLabel(self.tr("Who is working?"))
        heading.setFont(title_font())
        intro = QLabel(
            self.tr(
                "This database has several users. Choose yourself: the audit log names you "
                "for everything done until the app is closed, and letters carry your title."
            )
        )
        intro.setWordWrap(True)
        self.who = QComboBox()
        for actor in choices:
            self.who.addItem(f"{actor.name} ({role_label(actor.role.value)})", actor)
        names = [actor.name for actor in choices]
        self.who.setCurrentIndex(names.index(current) if current in names else 0)
        form = QFormLayout()
        caption = QLabel(self.tr("&User:"))
        caption.setBuddy(self.who)
        form.addRow(caption, self.who)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_height(self, 480)

    def chosen(self) -> Actor:
        actor: Actor = self.who.currentData()
        return actor

    def accept(self) -> None:
        self.signed_in.emit(self.chosen())  # before ``finished``: the flow goes on from there
        super().accept()
