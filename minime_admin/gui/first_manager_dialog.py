"""The database's first manager, asked at its first start (issue #15.4).

A database is created with no users; its first manager adds the others and signs off breach
notices with a key their own password seals. The password is judged as a new database's
passphrase is (a stolen file is attacked offline), and typed twice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.passphrase import MIN_LENGTH, Hint, check_new
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.gui.style import title_font
from minime_admin.services import users
from minime_admin.services.users import UserInfo


class FirstManagerDialog(QDialog):
    created = Signal(object)  # UserInfo

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.setWindowTitle(self.tr("The first manager"))
        self.heading = QLabel(self.tr("Who manages this database?"))
        self.heading.setFont(title_font())
        self.intro = QLabel(
            self.tr(
                "This database has no manager yet. The manager adds the other users and signs "
                "off breach notices; their letters carry the title written here. The password "
                "protects the manager's signing key: nobody can reset it, so keep it safe."
            )
        )
        self.intro.setWordWrap(True)
        self.name, self.title = QLineEdit(), QLineEdit()
        self.name.setMaxLength(100)
        self.title.setMaxLength(100)
        self.title.setPlaceholderText(self.tr("e.g. Vadītāja"))
        self.password, self.repeat = QLineEdit(), QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Title:"), self.title),
            (self.tr("&Password:"), self.password),
            (self.tr("&Repeat it:"), self.repeat),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
            field.textChanged.connect(self._check)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.ok = self.buttons.button(buttons.Ok)
        self.ok.setText(self.tr("&Create manager"))
        self.buttons.button(buttons.Cancel).setText(self.tr("&Later"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._check()

    @Slot()
    def _check(self) -> None:
        first = self.password.text()
        # A manager's password is never typed where a recovery key could be: its shape harms
        # nothing.
        hint = check_new(first, self.repeat.text(), key_shape_allowed=True)
        if hint is Hint.EMPTY:
            text = self.tr("At least {minimum} characters; four or five unrelated words are good.")
        elif hint is Hint.TOO_SHORT:
            text = self.tr("{count} of at least {minimum} characters.")
        elif hint is Hint.GUESSABLE:
            text = self.tr(
                "Too easy to guess (a common word, a pattern or a repeat): use four or five "
                "unrelated words."
            )
        elif hint is Hint.MISMATCH:
            text = self.tr("Type the same password again in the second field.")
        else:
            text = self.tr("The passwords match.")
        minimum = max(users.MIN_PASSWORD, MIN_LENGTH)
        self.hint.setText(text.format(count=len(first), minimum=minimum))
        complete = bool(self.name.text().strip() and self.title.text().strip())
        self.ok.setEnabled(hint is Hint.MATCH and complete)

    def accept(self) -> None:
        """Create the manager in the background (scrypt takes a moment); close once done."""
        actor = self.context.actor
        name, title, password = self.name.text(), self.title.text(), self.password.text()
        self.setEnabled(False)

        def made(info: UserInfo) -> None:
            self.setEnabled(True)
            self.password.clear()
            self.repeat.clear()
            super(FirstManagerDialog, self).accept()
            self.context.audit_changed.emit()
            self.created.emit(info)

        def refused(error: KnownError) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.jobs.run(
            lambda session: users.add_first_manager(session, actor, name, title, password),
            made,
            refused,
        )
