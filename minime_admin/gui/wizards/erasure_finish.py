"""The erasure wizard's last pages: carrying out the plan in the background, then what was
done, the confirmation letter and the Art. 19 partners to tell.

The letters come from services/erasure_letters.py, as on the command line: they are kept in
memory only and saved where the user chooses, never in the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError
from minime_admin.gui.customers.labels import ui_locale
from minime_admin.gui.style import ERROR_COLOUR, GOOD_COLOUR, title_font
from minime_admin.gui.wizards import erasure_texts
from minime_admin.gui.wizards.common import Work, known_message, selectable
from minime_admin.gui.wizards.pages import RunPage
from minime_admin.gui.wizards.saving import PdfSaver
from minime_admin.progress import Progress
from minime_admin.services import erasure_letters
from minime_admin.services.erasure_letters import Erased, Notice

if TYPE_CHECKING:
    from minime_admin.gui.wizards.erasure_wizard import ErasureWizard


class ExecutePage(RunPage):
    def __init__(self, wizard: ErasureWizard) -> None:
        super().__init__(wizard)
        self.erasure_wizard = wizard
        self.executed: Erased | None = None
        self.setTitle(self.tr("Erasing"))
        self.setSubTitle(
            self.tr("One transaction: if it is cancelled or fails, nothing has changed.")
        )

    def job(self) -> Work:
        wizard = self.erasure_wizard
        plan, request_id, actor = wizard.plan, wizard.request_id, wizard.context.actor
        identity, check, seen = wizard.identity_method, wizard.identity_check, wizard.seen
        assert plan is not None

        def work(session: Session, progress: Progress) -> Erased:
            # The letter is noted only once the user has saved it (ErasureDonePage).
            return erasure_letters.erase(
                session, actor, plan, request_id, identity, progress, record_letter=False,
                identity_check=check, seen=seen,
            )  # fmt: skip

        return work

    def running_text(self) -> str:
        return self.tr("Erasing and anonymising as planned, then clearing the file of remnants…")

    def cancelled_text(self) -> str:
        return self.tr("Cancelled. Nothing was changed: the erasure was rolled back.")

    def succeeded(self, result: Erased) -> None:
        self.executed = result
        self.erasure_wizard.context.audit_changed.emit()
        self.erasure_wizard.erased.emit(result.outcome.plan.customer_id)


class ErasureDonePage(QWizardPage):
    def __init__(self, wizard: ErasureWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("The erasure is complete and recorded in the audit log."))
        self.heading = selectable(QLabel())
        self.heading.setFont(title_font(1.1))
        self.counts = selectable(QLabel())
        self.kept = selectable(QLabel())
        self.request = selectable(QLabel())
        self.letter_button = QPushButton(self.tr("Confirmation &letter…"))
        self.letter_button.clicked.connect(self.save_letter)
        self.partners_caption = QLabel(self.tr("Partners to tell of the erasure (Art. 19):"))
        self.partners = QTableWidget(0, 3)
        self.partners.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Country"), self.tr("Contact e-mail")]
        )
        self.partners.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partners.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partners.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partners.verticalHeader().hide()
        self.partners.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.partners.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.partners.horizontalHeader().setStretchLastSection(True)
        self.notice_button = QPushButton(self.tr("&Notice to partner…"))
        self.notice_button.clicked.connect(self.save_notice)
        self.copy_button = QPushButton(self.tr("&Copy list"))
        self.copy_button.clicked.connect(self.copy_list)
        self.status = selectable(QLabel())
        self.saver = PdfSaver(self)
        # What to note once the file being saved is written: a letter is recorded as made
        # only when it exists (issue #14.10), never when it was merely prepared.
        self.on_saved: Callable[[Session], None] | None = None
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(lambda text: self._say(text, error=True))
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.request, 1)
        letter_row.addWidget(self.letter_button)
        partner_buttons = QHBoxLayout()
        partner_buttons.addStretch(1)
        partner_buttons.addWidget(self.copy_button)
        partner_buttons.addWidget(self.notice_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.counts, self.kept):
            layout.addWidget(widget)
        layout.addLayout(letter_row)
        layout.addWidget(self.partners_caption)
        layout.addWidget(self.partners, 1)
        layout.addLayout(partner_buttons)
        layout.addWidget(self.status)

    @property
    def executed(self) -> Erased:
        done = self.owner.execute_page.executed
        assert done is not None
        return done

    def initializePage(self) -> None:
        outcome = self.executed.outcome
        locale = ui_locale()
        self.heading.setText(self.tr("{name} has been erased.").format(name=outcome.plan.name))
        # The plan's counts, as carried out: the same figures the plan and confirm pages
        # showed (the outcome's own anonymised count leaves out the customer stub).
        done = {action: sum(n.values()) for action, n in outcome.plan.counts().items()}
        self.counts.setText(
            self.tr("Erased: {erased} records · anonymised: {anonymised} · retained: "
                    "{retained}").format(
                erased=locale.toString(done["erase"]),
                anonymised=locale.toString(done["anonymise"]),
                retained=locale.toString(done["retain"]),
            )
        )  # fmt: skip
        kept = []
        for group in outcome.plan.groups:
            line = self.tr("{reason} ({until})").format(
                reason=erasure_texts.reason_title(group.decision.reason),
                until=erasure_texts.until_phrase(group.decision.until),
            )
            if group.decision.reason is not None and line not in kept:
                kept.append(line)
        self.kept.setText(self.tr("Kept: {reasons}.").format(reasons="; ".join(kept)))
        self.kept.setVisible(bool(kept))
        has_letter = self.executed.letter_pdf is not None
        if outcome.completed_request:
            self.request.setText(self.tr("The request is completed."))
        elif not has_letter:
            self.request.setText(
                self.tr("No request was linked: the confirmation letter needs one.")
            )
        else:
            self.request.setText("")
        self.letter_button.setEnabled(has_letter)
        recipients = outcome.plan.recipients
        self.partners.setRowCount(len(recipients))
        for row, recipient in enumerate(recipients):
            cells = (recipient.name, recipient.country, recipient.contact_email or "—")
            for column, text in enumerate(cells):
                self.partners.setItem(row, column, QTableWidgetItem(text))
        if recipients:
            self.partners.selectRow(0)
        else:
            self.partners_caption.setText(self.tr("The data was not disclosed to any partner."))
        for widget in (self.partners, self.notice_button, self.copy_button):
            widget.setVisible(bool(recipients))
        self.status.hide()

    @Slot(str)
    def _saved(self, path: str) -> None:
        self._say(self.tr("Saved to {path}.").format(path=path))
        record, self.on_saved = self.on_saved, None
        if record is None:
            return

        def work(session: Session, _progress: Progress) -> None:
            record(session)  # in the job's own unit of work, off the GUI thread

        def refused(error: KnownError) -> None:
            self._say(known_message(error), error=True)

        self.owner.run(work, lambda _: self.owner.context.audit_changed.emit(), refused)

    @Slot()
    def save_letter(self) -> None:
        done, actor = self.executed, self.owner.context.actor
        if done.letter_pdf is not None:
            name = erasure_letters.letter_file_name(done.reference)
            self.on_saved = lambda session: erasure_letters.record_letter_made(session, actor, done)
            self.saver.ask(done.letter_pdf, name, self.tr("Save the letter"))

    @Slot()
    def save_notice(self) -> None:
        """The selected partner's notice, rendered in the background, then saved."""
        row = self.partners.currentRow()
        recipients = self.executed.outcome.plan.recipients
        if not 0 <= row < len(recipients):
            return
        recipient, done = recipients[row], self.executed
        actor = self.owner.context.actor

        def work(session: Session, _progress: Progress) -> Notice:
            # Rendered only; noted by hash once the user has saved it.
            return erasure_letters.partner_notice(session, actor, done, recipient, False)

        def made(notice: Notice) -> None:
            self.notice_button.setEnabled(True)
            title = self.tr("Save the notice to {partner}").format(partner=recipient.name)
            self.on_saved = lambda session: erasure_letters.record_notice_made(
                session, actor, done, notice
            )
            self.saver.ask(notice.pdf, notice.file_name, title)

        def refused(error: KnownError) -> None:
            self.notice_button.setEnabled(True)
            self._say(known_message(error), error=True)

        self.notice_button.setEnabled(False)
        self.owner.run(work, made, refused)

    @Slot()
    def copy_list(self) -> None:
        lines = [
            f"{r.name} ({r.country})" + (f" <{r.contact_email}>" if r.contact_email else "")
            for r in self.executed.outcome.plan.recipients
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))
        self._say(self.tr("The list is on the clipboard."))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR if error else GOOD_COLOUR};")
        self.status.setText(text)
        self.status.show()
