"""Small dialogs for changes that need words: a status with its reason, an extension, a note.

OK does not close a dialog: it emits ``submitted`` and the page runs the service. Only when
the change has been stored does the page call ``done_ok()``; a refused change (a known error)
is shown in a message box and the dialog stays open to be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.proofs import IdentityCheck
from minime_admin.domain.requests import (
    IDENTITY_RECORDED_CHANNELS,
    ErasureException,
    HoldReason,
    RefusalReason,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.gui.inbox.identity_fields import IdentityFields
from minime_admin.gui.inbox.labels import (
    erasure_exception_label,
    hold_reason_label,
    refusal_reason_label,
    status_label,
)
from minime_admin.gui.messages import show_error
from minime_admin.gui.style import fit_height
from minime_admin.services.requests import IdentityMethodNotChosen, RequestDetail


def needs_dialog(detail: RequestDetail, target: Status) -> bool:
    """Whether moving to ``target`` needs input (a reason, an identity method, a note)."""
    if target in (Status.ON_HOLD, Status.REFUSED, Status.COMPLETED, Status.WITHDRAWN):
        return True  # closing is final: the user confirms and may write the outcome
    return (
        target is Status.IN_PROGRESS
        and detail.channel in IDENTITY_RECORDED_CHANNELS
        and detail.identity_check is None
        and not (detail.identity_method or "").strip()
    )


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel in the app's language (as in gui/messages.py), wired to the dialog."""
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel)
    box.button(buttons.Ok).setText(QCoreApplication.translate("messages", "OK"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("messages", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# Refusal reasons that fit one request type only.
_ONLY_FOR = {
    RefusalReason.ERASURE_EXCEPTION: RequestType.ERASURE,
    RefusalReason.COMPELLING_GROUNDS: RequestType.OBJECTION,
}


class TransitionDialog(QDialog):
    submitted = Signal()

    def __init__(self, detail: RequestDetail, target: Status, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail, self.target = detail, target
        self.setWindowTitle(
            self.tr("{reference}: {status}").format(
                reference=detail.reference, status=status_label(target)
            )
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.hold_reason = QComboBox()
        self.refusal_reason = QComboBox()
        self.exception = QComboBox()  # the Art. 17(3) point, for a refused erasure
        self.identity = IdentityFields()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        if target is Status.ON_HOLD:
            self.hold_reason.addItem(self.tr("Choose a reason…"), None)
            for reason in HoldReason:
                self.hold_reason.addItem(hold_reason_label(reason), reason.value)
            form.addRow(self.tr("&Reason:"), self.hold_reason)
        if target is Status.REFUSED:
            self.refusal_reason.addItem(self.tr("Choose a reason…"), None)
            for refusal in RefusalReason:
                if _ONLY_FOR.get(refusal, detail.type) is not detail.type:
                    continue  # an Art. 17(3) exception, compelling grounds: one type only
                self.refusal_reason.addItem(refusal_reason_label(refusal), refusal.value)
            form.addRow(self.tr("&Reason:"), self.refusal_reason)
            if detail.type is RequestType.ERASURE:
                self.exception.addItem(self.tr("Choose the exception…"), None)
                for exception in ErasureException:
                    self.exception.addItem(erasure_exception_label(exception), exception.value)
                form.addRow(self.tr("Art. 17(3) e&xception:"), self.exception)
                self.refusal_reason.currentIndexChanged.connect(self._reason_changed)
                self._reason_changed()
        if needs_dialog(detail, target) and target is Status.IN_PROGRESS:
            # Caption above the list: the methods' names need the dialog's whole width.
            caption = QLabel(self.tr("&Identity confirmed by:"))
            caption.setBuddy(self.identity.method)
            form.addRow(caption)
            form.addRow(self.identity)
        form.addRow(self._text_caption(), self.text)
        self.intro.setText(self._intro())

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        fit_height(self, 460)

    def _reason_changed(self) -> None:
        applies = self.refusal_reason.currentData() == RefusalReason.ERASURE_EXCEPTION
        self.exception.setEnabled(applies)
        if not applies:
            self.exception.setCurrentIndex(0)

    def _intro(self) -> str:
        if self.target is Status.REFUSED:
            return self.tr(
                "The refusal letter tells the person the reason and their right to complain "
                "to the Data State Inspectorate and to seek a remedy in court (Art. 12(4)). "
                "Write out the ground the letter gives: why the request is manifestly "
                "unfounded or excessive, why the exception applies, or which compelling "
                "grounds override the objection."
            )
        if self.target is Status.ON_HOLD:
            return self.tr("The legal deadline keeps running while the request is on hold.")
        if self.target is Status.IN_PROGRESS:
            return self.tr(
                "This request came by phone, letter or in person: record how the person's "
                "identity was checked before work starts."
            )
        return self.tr("A closed request cannot be reopened.")

    def _text_caption(self) -> str:
        if self.target is Status.REFUSED:
            return self.tr("Reason &written out:")
        if self.target in (Status.COMPLETED, Status.WITHDRAWN):
            return self.tr("&Outcome note:")
        return self.tr("&Note:")

    def change(self) -> TransitionRequest:
        hold = self.hold_reason.currentData() if self.target is Status.ON_HOLD else None
        refusal = self.refusal_reason.currentData() if self.target is Status.REFUSED else None
        exception = self.exception.currentData() if self.exception.isEnabled() else None
        return TransitionRequest(
            target=self.target,
            hold_reason=HoldReason(hold) if hold else None,
            refusal_reason=RefusalReason(refusal) if refusal else None,
            erasure_exception=ErasureException(exception) if exception else None,
            text=self.text.toPlainText().strip(),
        )

    def identity_method(self) -> str | None:
        """The note on how identity was confirmed (its method: ``identity_check``)."""
        return self.identity.note_text()

    def identity_check(self) -> IdentityCheck | None:
        return self.identity.check()

    def accept(self) -> None:
        asked = self.identity.parent() is not None  # the identity row is in this dialog
        problem = self.identity.problem() if asked else None
        if asked and problem is None and not self.identity.is_complete():
            problem = IdentityMethodNotChosen()  # starting work needs the method
        if problem is not None:
            show_error(self, problem)
            return
        self.submitted.emit()

    def done_ok(self) -> None:
        super().accept()


class TextDialog(QDialog):
    """One piece of writing: the reason for an extension, or a note on the timeline."""

    submitted = Signal()

    def __init__(self, title: str, intro: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.caption = QLabel(caption)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.caption.setBuddy(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(ok_cancel(self))
        fit_height(self, 460)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def accept(self) -> None:
        self.submitted.emit()

    def done_ok(self) -> None:
        super().accept()
