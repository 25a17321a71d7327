"""A manager signs a breach off with their password.

The password unlocks the manager's signing key (scrypt: ~0.2 s, so it runs in the
background). A wrong password or a refusal is said inside the dialog, nothing is changed,
and the dialog stays open; the password is never kept after the attempt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError
from minime_admin.gui.breaches.labels import AMBER
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import error_label, fit_height
from minime_admin.services import breaches, versions
from minime_admin.services.breaches import SignOffState


class SignOffDialog(QDialog):
    signed = Signal(object)  # SignOffState

    def __init__(
        self,
        breach_id: int,
        reference: str,
        managers: list[str],
        jobs: Jobs,
        parent: QWidget | None = None,
        people_warning: str = "",
        seen: versions.Seen | None = None,
    ) -> None:
        """``seen``: the breach as the manager read it; a colleague's save since makes the
        signature refused (Changed meanwhile, #18.4), never cover what was not read."""
        super().__init__(parent)
        self.breach_id, self.reference, self.jobs = breach_id, reference, jobs
        self.seen = seen
        # The facts' number of people against the affected list (#15.10): when they differ
        # the manager reads both numbers here and ticks that the facts' number is right;
        # there is no signing off without it.
        self.people_warning = QLabel(people_warning)
        self.people_warning.setWordWrap(True)
        self.people_warning.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.people_confirmed = QCheckBox()
        for widget in (self.people_warning, self.people_confirmed):
            widget.setVisible(bool(people_warning))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.manager = QComboBox()
        self.manager.addItems(managers)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.manager_caption, self.password_caption = QLabel(), QLabel()
        self.manager_caption.setBuddy(self.manager)
        self.password_caption.setBuddy(self.password)
        form = QFormLayout()
        form.addRow(self.manager_caption, self.manager)
        form.addRow(self.password_caption, self.password)
        self.none_note = QLabel()
        self.none_note.setWordWrap(True)
        self.none_note.setVisible(not managers)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.people_warning)
        layout.addWidget(self.people_confirmed)
        layout.addLayout(form)
        layout.addWidget(self.none_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.password.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign off {reference}").format(reference=self.reference))
        self.intro.setText(
            self.tr(
                "The manager's signature covers the exact content of the breach record and "
                "of every output made from it. Any later change voids the sign-off, and "
                "nothing final can be made until a manager signs again."
            )
        )
        self.people_confirmed.setText(
            self.tr("&Checked: the number of people in the facts is right.")
        )
        self.manager_caption.setText(self.tr("&Manager:"))
        self.password_caption.setText(self.tr("&Password:"))
        self.none_note.setText(
            self.tr(
                "No manager is set up yet. Add one in Settings › Users…, or with "
                "minime-admin users add --role manager."
            )
        )
        fit_height(self, 460)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        name, password = self.manager.currentText(), self.password.text()
        if not self.people_confirmed.isHidden() and not self.people_confirmed.isChecked():
            self.show_error(
                self.tr(
                    "Confirm the number of people above, or cancel and correct it in the facts."
                )
            )
            return
        if not name or not password:
            self.show_error(self.tr("Choose the manager and type their password."))
            return
        self.password.clear()  # not kept on screen or in the widget after the attempt
        self.error.hide()
        self.buttons.setEnabled(False)
        breach_id, seen = self.breach_id, self.seen

        def work(session: Session) -> SignOffState:
            return breaches.sign_off(session, breach_id, name, password, seen)

        self.jobs.run(work, self._signed, on_known_error=self._refused)

    def _signed(self, state: SignOffState) -> None:
        self.buttons.setEnabled(True)
        self.signed.emit(state)
        super().accept()

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error.message(QCoreApplication.translate))
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self, 460)
