"""What a person records on a breach after the fact (issue #15): that the DVI was notified
(when, how, the DVI's number: this, not saving a PDF, stops the clock), a corrected
awareness time with its reason, and a breach registered in error, with its reason.

Each dialog starts empty, runs its service in the background, and shows a refusal inside
itself; Enter never records anything, only OK does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.breach import DviChannel
from minime_admin.domain.shop_time import AmbiguousTime, NonexistentTime, wall_clock_instant
from minime_admin.errors import AwarenessTimeAmbiguous, AwarenessTimeNonexistent, KnownError
from minime_admin.gui.breaches import labels, safety
from minime_admin.gui.breaches.new_breach_dialog import NOT_ENTERED, riga_edit, wall_time
from minime_admin.gui.context import AppContext
from minime_admin.gui.formats import table_time
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import error_label, fit_height
from minime_admin.services import breaches
from minime_admin.services.breaches import BreachDetail


class RecordDialog(QDialog):
    """OK runs ``work`` in the background; a refusal stays inside the dialog."""

    recorded = Signal(int)  # the breach's id
    voids_signoff = False  # whether what it records voids a valid sign-off (then asked)

    def __init__(
        self, context: AppContext, jobs: Jobs, detail: BreachDetail, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.context, self.jobs, self.detail = context, jobs, detail
        self.void_question: QMessageBox | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.error = error_label()
        self.buttons = ok_cancel(self)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()  # Enter never records anything
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def run(self, work: Callable[[Session], object]) -> None:
        def go() -> None:
            self.error.hide()
            self.buttons.setEnabled(False)
            self.jobs.run(work, self._done, on_known_error=self._refused)

        if self.voids_signoff:  # asked first; Cancel leaves the dialog as it was (#15.9)
            self.void_question = safety.confirm_voiding(self, self.detail, go)
        else:
            go()

    def _done(self, _result: object) -> None:
        self.buttons.setEnabled(True)
        self.recorded.emit(self.detail.id)
        super().accept()

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error.message(QCoreApplication.translate))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self, 520)

    def instant(self, edit: QDateTimeEdit) -> datetime | None:
        """The Riga time typed, or None after saying why (empty, the gap, a repeated hour)."""
        if edit.dateTime() == NOT_ENTERED:
            self.show_error(self.tr("Enter the date and time."))
            return None
        local = wall_time(edit)
        shown = table_time(local)
        try:
            return wall_clock_instant(local)
        except NonexistentTime:
            error: KnownError = AwarenessTimeNonexistent(time=shown)
        except AmbiguousTime as twice:
            error = AwarenessTimeAmbiguous(
                time=shown,
                earlier=labels.long_time(twice.earlier),
                later=labels.long_time(twice.later),
            )
        self.show_error(error.message(QCoreApplication.translate))
        return None


def _empty_time(context: AppContext, caption: str) -> QDateTimeEdit:
    edit = riga_edit(context.clock.now())
    edit.setMinimumDateTime(NOT_ENTERED)
    edit.setDateTime(NOT_ENTERED)
    edit.setSpecialValueText(caption)
    return edit


class SubmissionDialog(RecordDialog):
    """The DVI was notified: when, through which channel, and the DVI's reference number."""

    def __init__(
        self,
        context: AppContext,
        jobs: Jobs,
        detail: BreachDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, jobs, detail, parent)
        self.when = _empty_time(context, "—")
        self.channel = QComboBox()
        self.channel.addItem("", None)
        for channel in DviChannel:
            self.channel.addItem("", channel.value)
        self.reference = QLineEdit()
        self.reference.setMaxLength(100)
        self.captions = [QLabel() for _ in range(3)]
        for caption, field in zip(
            self.captions, (self.when, self.channel, self.reference), strict=True
        ):
            self.form.addRow(caption, field)
            caption.setBuddy(field)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DVI notified: {reference}").format(
            reference=self.detail.reference))  # fmt: skip
        self.intro.setText(
            self.tr(
                "Record the submission once the notice has reached the Data State "
                "Inspectorate. Saving the PDF is not notifying; the 72-hour clock stops at "
                "the time entered here."
            )
        )
        self.captions[0].setText(self.tr("&Submitted at (Riga):"))
        self.captions[1].setText(self.tr("&Channel:"))
        self.captions[2].setText(self.tr("DVI &reference number:"))
        self.channel.setItemText(0, self.tr("— choose —"))
        for index, channel in enumerate(DviChannel, start=1):
            self.channel.setItemText(index, labels.channel_label(channel))
        self.reference.setPlaceholderText(self.tr("if the DVI gave one"))
        fit_height(self, 520)

    def accept(self) -> None:
        at = self.instant(self.when)
        if at is None:
            return
        if self.channel.currentData() is None:
            self.show_error(self.tr("Choose how the notice was submitted."))
            return
        actor, breach_id = self.context.actor, self.detail.id
        channel, reference = DviChannel(str(self.channel.currentData())), self.reference.text()
        self.run(
            lambda session: breaches.record_dvi_submission(
                session, actor, breach_id, at, channel, reference
            )
        )


class _ReasonDialog(RecordDialog):
    def __init__(
        self, context: AppContext, jobs: Jobs, detail: BreachDetail, parent: QWidget | None
    ) -> None:
        super().__init__(context, jobs, detail, parent)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason_caption = QLabel()
        self.reason_caption.setBuddy(self.reason)

    def reason_text(self) -> str | None:
        text = self.reason.toPlainText().strip()
        if not text:
            self.show_error(self.tr("Write the reason."))
            return None
        return text


class AwarenessDialog(_ReasonDialog):
    """Correct when the shop became aware, with a reason; the deadline is counted again."""

    voids_signoff = True

    def __init__(
        self,
        context: AppContext,
        jobs: Jobs,
        detail: BreachDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, jobs, detail, parent)
        self.when = _empty_time(context, "—")
        self.when_caption = QLabel()
        self.when_caption.setBuddy(self.when)
        self.form.addRow(self.when_caption, self.when)
        self.form.addRow(self.reason_caption, self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct the awareness time: {reference}").format(
            reference=self.detail.reference))  # fmt: skip
        self.intro.setText(
            self.tr(
                "Recorded now: aware since {aware}. The correction, its reason and who made "
                "it go on the timeline and in the audit log; the DVI deadline is counted "
                "again from the corrected time, and a sign-off is voided."
            ).format(aware=labels.long_time(self.detail.clock.aware_at))
        )
        self.when_caption.setText(self.tr("&Aware since (Riga):"))
        self.reason_caption.setText(self.tr("&Reason:"))
        fit_height(self, 520)

    def accept(self) -> None:
        at = self.instant(self.when)
        reason = self.reason_text() if at is not None else None
        if at is None or reason is None:
            return
        actor, breach_id = self.context.actor, self.detail.id
        self.run(lambda session: breaches.correct_awareness(session, actor, breach_id, at, reason))


class VoidDialog(_ReasonDialog):
    """A breach registered in error is marked so, with the reason; it is never deleted."""

    def __init__(
        self,
        context: AppContext,
        jobs: Jobs,
        detail: BreachDetail,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, jobs, detail, parent)
        self.form.addRow(self.reason_caption, self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registered in error: {reference}").format(
            reference=self.detail.reference))  # fmt: skip
        self.intro.setText(
            self.tr(
                "The breach stays on the register (Art. 33(5)), marked as registered in "
                "error with this reason; nothing more can be recorded on it."
            )
        )
        self.reason_caption.setText(self.tr("&Reason:"))
        fit_height(self, 520)

    def accept(self) -> None:
        reason = self.reason_text()
        if reason is None:
            return
        actor, breach_id = self.context.actor, self.detail.id
        self.run(lambda session: breaches.void_breach(session, actor, breach_id, reason))
