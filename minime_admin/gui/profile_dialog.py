"""Who is at the keyboard: the name and title letters are signed with (issue #15.5).

Asked at the first start, and from the letter dialog while nobody has said who they are: a
letter is never signed with the computer's login name. The role is not chosen here: it is
the database's (a manager adds users), so nobody makes themselves a manager by typing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.actor import Actor, Role
from minime_admin.gui import preferences
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.roles import role_label
from minime_admin.gui.style import title_font


class ProfileDialog(QDialog):
    saved = Signal(object)  # Actor

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, name: str = "", title: str = ""
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Your name on letters"))
        self.heading = QLabel(self.tr("Who are you?"))
        self.heading.setFont(title_font())
        self.intro = QLabel(
            self.tr(
                "Letters to customers are signed with your name and title, and the audit log "
                "names you for everything done at this computer. Write them as the letters "
                "should show them."
            )
        )
        self.intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setMaxLength(preferences.MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Anna Bērziņa"))
        self.title = QLineEdit(title)
        self.title.setMaxLength(preferences.MAX_NAME)
        self.title.setPlaceholderText(self.tr("e.g. Klientu apkalpošanas speciāliste"))
        self.role = QLabel()
        self.role.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in ((self.tr("&Name:"), self.name), (self.tr("&Title:"), self.title)):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow(self.tr("Role:"), self.role)
        self.buttons: QDialogButtonBox = ok_cancel(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(self._check)
        self.title.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._check()

    def _check(self) -> None:
        name = self.name.text().strip()
        role = role_label(Role.STAFF.value)
        if name:
            with self.context.database.unit_of_work() as session:  # one indexed lookup
                known = preferences.profile_actor(session, name)
            role = role_label(known.role.value)
            if known.title and not self.title.text().strip():
                self.title.setText(known.title)  # a user's title, as a manager entered it
        self.ok.setEnabled(bool(name) and bool(self.title.text().strip()))
        self.role.setText(
            self.tr("{role} (a manager sets roles in Settings › Users)").format(role=role)
        )

    def accept(self) -> None:
        name, title = self.name.text().strip(), self.title.text().strip()
        if not name or not title:
            return
        with self.context.database.unit_of_work() as session:
            known = preferences.profile_actor(session, name)
        # The title typed here is what this person's letters show.
        actor = Actor(known.name, known.role, title)
        preferences.save_staff_profile(actor)
        self.context.profile_set = True
        self.context.set_actor(actor)
        super().accept()
        self.saved.emit(actor)
