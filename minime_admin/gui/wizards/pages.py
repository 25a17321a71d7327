"""The pages both wizards open with (whose data, how their identity was confirmed) and the
page that runs a wizard's long job with a progress bar and Cancel."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from minime_admin.errors import KnownError
from minime_admin.gui.customers.labels import request_type_label
from minime_admin.gui.customers.request_choice import RequestChoice, RequestOption, open_requests
from minime_admin.gui.inbox.identity_fields import IdentityFields
from minime_admin.gui.style import error_label
from minime_admin.gui.tasks import Task
from minime_admin.gui.wizards.common import Subject, WizardBase, Work, known_message, selectable
from minime_admin.services import customer_search
from minime_admin.services.customer_search import CustomerHit


def describe(subject: Subject) -> str:
    """One line naming the customer, for the pages that follow the first."""
    if subject.customer_id is None:
        return QCoreApplication.translate("SubjectPage", "No customer chosen yet.")
    text = QCoreApplication.translate("SubjectPage", "Customer no. {id}: {name}").format(
        id=subject.customer_id, name=subject.name
    )
    return f"{text} · {subject.email}" if subject.email else text


class SubjectPage(QWizardPage):
    """The request answered (given, or chosen from the open ones) and the customer."""

    def __init__(self, wizard: WizardBase) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Request and customer"))
        self.setSubTitle(
            self.tr("Whose data is it? Check the request you are answering and the customer.")
        )
        self.customer = selectable(QLabel())
        self.request_text = selectable(QLabel())
        self.request_choice = RequestChoice()
        self.request_choice.setToolTip(
            self.tr("The open request this answers; its timeline records what is done.")
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, e-mail, phone or order number"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.run_search)
        self.results = QListWidget()
        self.results.currentItemChanged.connect(self._chosen)
        self.found = QLabel()
        self.hits: list[CustomerHit] = []

        finding = QHBoxLayout()
        finding.addWidget(self.search, 1)
        finding.addWidget(self.search_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Customer:"), self.customer)
        self.request_caption = QLabel(self.tr("&Request:"))
        self.request_caption.setBuddy(self.request_choice)
        form.addRow(self.request_caption, self.request_text)
        form.addRow("", self.request_choice)
        self.search_caption = QLabel(self.tr("Find the &customer:"))
        self.search_caption.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.search_caption)
        layout.addLayout(finding)
        layout.addWidget(self.found)
        layout.addWidget(self.results, 1)

    def initializePage(self) -> None:
        subject = self.owner.subject
        searching = subject.customer_id is None
        for widget in (self.search_caption, self.search, self.search_button, self.results):
            widget.setVisible(searching)
        self.found.hide()
        self.request_text.setVisible(subject.fixed_request)
        self.request_choice.setVisible(not subject.fixed_request)
        if subject.fixed_request:
            kind = request_type_label(subject.request_type or "")
            self.request_text.setText(
                self.tr("{reference} · {type} · from {name}").format(
                    reference=subject.reference, type=kind, name=subject.name
                )
            )
        else:
            self._load_requests()
        self._show_customer()

    def _load_requests(self) -> None:
        self.request_choice.set_loading()
        name, customer_id = self.owner.subject.name, self.owner.subject.customer_id

        def listed(options: list[RequestOption]) -> None:
            self.request_choice.set_options(options, self.owner.chosen_request)
            self.completeChanged.emit()

        def refused(error: KnownError) -> None:
            listed([])  # a reference can still be typed
            self._refused(error)

        self.owner.run(
            lambda session, _p: open_requests(session, name, customer_id), listed, refused
        )

    def _show_customer(self) -> None:
        self.customer.setText(describe(self.owner.subject))
        self.completeChanged.emit()

    @Slot()
    def run_search(self) -> None:
        text = self.search.text()

        def found(hits: list[CustomerHit]) -> None:
            if text != self.search.text():
                return  # an answer to an older question
            self.hits = hits
            self.results.clear()
            for hit in hits:
                parts = [self.tr("no. {id}").format(id=hit.id), hit.name]
                parts += [p for p in (hit.email, hit.city) if p]
                if hit.restricted:
                    parts.append(self.tr("RESTRICTED"))
                item = QListWidgetItem(" · ".join(parts))
                item.setData(Qt.ItemDataRole.UserRole, hit.id)
                self.results.addItem(item)
            self.found.setText(
                self.tr("Nobody found.") if not hits else self.tr("Choose the customer below.")
            )
            self.found.show()
            if len(hits) == 1:
                self.results.setCurrentRow(0)

        self.owner.run(
            lambda session, _p: customer_search.search(session, text), found, self._refused
        )

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        hit = next(h for h in self.hits if h.id == item.data(Qt.ItemDataRole.UserRole))
        self.owner.subject = replace(
            self.owner.subject, customer_id=hit.id, name=hit.name, email=hit.email
        )
        self._show_customer()

    def _refused(self, error: KnownError) -> None:
        self.found.setText(known_message(error))
        self.found.show()

    def isComplete(self) -> bool:
        loading = not self.owner.subject.fixed_request and not self.request_choice.isEnabled()
        return self.owner.subject.customer_id is not None and not loading

    def validatePage(self) -> bool:
        if not self.owner.subject.fixed_request:
            self.owner.chosen_request = self.request_choice.chosen()
        return True


class IdentityPage(QWizardPage):
    """How the person's identity was confirmed, and by whom (the one at the keyboard)."""

    def __init__(self, wizard: WizardBase, why: str) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Identity"))
        self.setSubTitle(why)
        self.who = selectable(QLabel())
        self.identity = IdentityFields()
        self.method = self.identity.note  # the note in words (older tests type here)
        self.identity.changed.connect(self.completeChanged)
        self.by = selectable(QLabel())
        self.note = selectable(
            QLabel(
                self.tr(
                    "Compare the proof with the customer's data before you go on. Where the "
                    "identity is in doubt, stop here and ask for proof (Art. 12(6))."
                )
            )
        )
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Customer:"), self.who)
        method_label = QLabel(self.tr("How was the identity &confirmed?"))
        method_label.setBuddy(self.identity.method)
        form.addRow(method_label, self.identity)
        form.addRow(self.tr("Confirmed by:"), self.by)
        # The witness, and the signer of the letter the wizard makes, is a person who said
        # who they are, never a login name (issue #15.5).
        self.profile_note = error_label()
        self.profile_note.setText(
            self.tr(
                "The confirmation and the letters are signed by a person: say who you are "
                "(your name and title) before you go on."
            )
        )
        self.profile_button = QPushButton(self.tr("Your &name and title…"))
        self.profile_button.clicked.connect(self.ask_profile)
        self.profile_dialog: QDialog | None = None
        form.addRow(self.profile_note)
        form.addRow("", self.profile_button)
        form.addRow(self.note)

    def ask_profile(self) -> QDialog:
        from minime_admin.gui.profile_dialog import ProfileDialog

        dialog = ProfileDialog(self.owner.context, self)
        dialog.saved.connect(lambda _actor: self.initializePage())
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def initializePage(self) -> None:
        self.who.setText(describe(self.owner.subject))
        self.by.setText(self.owner.context.actor.name)
        signed = self.owner.context.profile_set
        self.profile_note.setVisible(not signed)
        self.profile_button.setVisible(not signed)
        self.completeChanged.emit()
        subject = self.owner.subject
        if self.identity.check() is None and not self.method.text():
            self.identity.set_values(subject.identity_check, subject.identity_method)

    def isComplete(self) -> bool:
        return self.identity.is_complete() and self.owner.context.profile_set

    def validatePage(self) -> bool:
        note, name = (self.identity.note_text() or ""), self.owner.context.actor.name
        # The request keeps how, and who confirmed it (the actor is the witness).
        self.owner.identity_check = self.identity.check()
        self.owner.identity_method = (
            note if note.endswith(f"({name})") else f"{note} ({name})".strip()
        )
        return True


class RunPage(QWizardPage):
    """Runs the wizard's long job on arrival; the wizard moves on by itself once it is done.

    Cancel stops the job at its next progress report: the services guarantee that nothing
    is left (no partial ZIP; an erasure rolled back). "Try again" runs it afresh.
    """

    def __init__(self, wizard: WizardBase) -> None:
        super().__init__()
        self.owner = wizard
        self.task: Task | None = None
        self.finished_ok = False
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.status = selectable(QLabel())
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button = QPushButton(self.tr("Try &again"))
        self.retry_button.clicked.connect(self.start)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.cancel_button)
        self.body = QVBoxLayout(self)
        self.body.addSpacing(12)
        self.body.addWidget(self.status)
        self.body.addWidget(self.bar)
        self.body.addLayout(buttons)
        self.body.addWidget(self.error)
        self.body.addStretch(1)

    # -- what a subclass says ---------------------------------------------------------------

    def job(self) -> Work:
        raise NotImplementedError

    def running_text(self) -> str:
        raise NotImplementedError

    def cancelled_text(self) -> str:
        raise NotImplementedError

    def succeeded(self, result: Any) -> None:
        raise NotImplementedError

    # -- running ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        self.start()

    @Slot()
    def start(self) -> None:
        self.finished_ok = False
        self.error.hide()
        self.retry_button.hide()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self._one_cancel(True)
        self.status.setText(self.running_text())
        self.status.show()
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.task = self.owner.run(
            self.job(), self._done, self._failed, self._cancelled, self._progress
        )
        self.completeChanged.emit()
        # QWizard enables Back after this returns; going back mid-job would orphan it.
        QTimer.singleShot(0, self._hold_back)

    def _one_cancel(self, running: bool) -> None:
        """While the job runs its own Cancel (stop, stay, try again) is the only one; the
        wizard's Cancel (close) comes back once it has stopped (#15.14)."""
        self.owner.setOption(QWizard.WizardOption.NoCancelButton, running)

    def _hold_back(self) -> None:
        if self.task is not None:
            self.owner.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    @Slot()
    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _stopped(self, text: str, error: bool) -> None:
        self.task = None
        self.cancel_button.hide()
        self._one_cancel(False)
        self.retry_button.show()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.status.setText(text)
        self.error.setText(text)
        self.error.setVisible(error)
        self.status.setVisible(not error)
        self.completeChanged.emit()

    def _failed(self, error: KnownError) -> None:
        self._stopped(known_message(error), error=True)

    def _cancelled(self) -> None:
        self._stopped(self.cancelled_text(), error=False)

    def _done(self, result: Any) -> None:
        self.task = None
        self.finished_ok = True
        self._one_cancel(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.succeeded(result)
        self.completeChanged.emit()
        self.owner.next()

    def cleanupPage(self) -> None:
        self.cancel()  # Back (where allowed) stops the job; the services leave nothing
        self._one_cancel(False)

    def isComplete(self) -> bool:
        return self.finished_ok
