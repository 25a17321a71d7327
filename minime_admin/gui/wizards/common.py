"""What both wizards share: whom they are about, and how they run work in the background.

Every service call goes through :meth:`WizardBase.run`: off the GUI thread, each job in
its own unit of work, the answer back on the GUI thread. Closing a wizard while a job runs asks
the job to stop and closes once it has (an export then leaves no file behind, an erasure
rolls back), so no callback ever reaches a deleted wizard.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget, QWizard
from sqlalchemy.orm import Session

from minime_admin.domain.proofs import IdentityCheck
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.request_choice import ChosenRequest
from minime_admin.gui.tasks import Task
from minime_admin.progress import Progress
from minime_admin.services.database import Database
from minime_admin.store.session import UnitsOfWork

Work = Callable[[Session, Progress], Any]


@dataclass(frozen=True)
class Subject:
    """Whom a wizard is about: the customer and, when there is one, the request answered."""

    customer_id: int | None = None
    name: str = ""
    email: str | None = None
    request_id: int | None = None
    reference: str | None = None
    request_type: str | None = None
    identity_method: str | None = None  # as recorded on the request, if it was (the note)
    identity_check: IdentityCheck | None = None  # the method, likewise

    @property
    def fixed_request(self) -> bool:
        """Opened from a request: the request is given, not chosen."""
        return self.request_id is not None


def selectable(label: QLabel, wrap: bool = True) -> QLabel:
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def known_message(error: KnownError) -> str:
    return error.message(QCoreApplication.translate)


def start_job(
    database: Database,
    work: Work,
    *,
    on_success: Callable[[Any], None],
    on_error: Callable[[KnownError], None],
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Start ``work(session, progress)`` in one unit of work of its own.

    A KnownError goes to ``on_error``; anything else is a bug for the excepthook. A
    ``parent`` that is deleted takes the task with it, so no callback reaches it.
    """

    def job(progress: Progress) -> Any:
        with database.unit_of_work() as session:  # never a session of the GUI thread
            return work(session, progress)

    return _start(job, on_success, on_error, on_cancelled, on_progress, parent)


def start_batched_job(
    database: Database,
    work: Callable[[UnitsOfWork, Progress], Any],
    *,
    on_success: Callable[[Any], None],
    on_error: Callable[[KnownError], None],
    on_cancelled: Callable[[], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> Task:
    """Like ``start_job`` for work that commits batch by batch (a sweep): it opens its own
    units of work with ``database.unit_of_work``."""

    def job(progress: Progress) -> Any:
        return work(database.unit_of_work, progress)

    return _start(job, on_success, on_error, on_cancelled, on_progress, parent)


def _start(
    job: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[KnownError], None],
    on_cancelled: Callable[[], None] | None,
    on_progress: Callable[[int, int], None] | None,
    parent: QObject | None,
) -> Task:
    def failed(error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        on_error(error)

    return Task(
        job,
        on_success=on_success,
        on_failure=failed,
        on_cancelled=on_cancelled or (lambda: None),
        on_progress=on_progress,
        parent=parent,
    ).start()


class WizardBase(QWizard):
    """A window-modal wizard over the app's database, with background jobs that it owns."""

    def __init__(self, context: AppContext, subject: Subject, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.subject = subject
        self.chosen_request = ChosenRequest(subject.request_id, subject.reference)
        self.identity_method = ""
        self.identity_check: IdentityCheck | None = None
        self.tasks: set[Task] = set()
        self._close_when_idle = False
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same on every desktop
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoDefaultButton)  # Enter must not erase anything
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< &Back"),
            QWizard.WizardButton.NextButton: self.tr("&Next >"),
            QWizard.WizardButton.CancelButton: self.tr("Cancel"),
            QWizard.WizardButton.FinishButton: self.tr("&Close"),
        }
        for button, text in buttons.items():
            self.setButtonText(button, text)
        self.resize(780, 580)

    @property
    def busy(self) -> bool:
        # A task that died of a bug never reports back; it is over all the same.
        self.tasks = {task for task in self.tasks if task.running}
        return bool(self.tasks)

    def run(
        self,
        work: Work,
        on_success: Callable[[Any], None],
        on_error: Callable[[KnownError], None],
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> Task:
        """``work(session, progress)`` in the pool; the callbacks on the GUI thread."""

        def delivered(callback: Callable[..., None] | None, *args: Any) -> None:
            self.tasks.discard(task)
            try:
                if callback is not None and not self._close_when_idle:
                    callback(*args)
            finally:
                if self._close_when_idle and not self.tasks:
                    super(WizardBase, self).reject()

        task = start_job(
            self.context.database,
            work,
            on_success=lambda result: delivered(on_success, result),
            on_error=lambda error: delivered(on_error, error),
            on_cancelled=lambda: delivered(on_cancelled),
            on_progress=on_progress,
            parent=self,
        )
        self.tasks.add(task)
        return task

    def reject(self) -> None:
        """Cancel (or the window's close box): stop what runs first, then close."""
        if self.busy:
            self._close_when_idle = True
            for task in self.tasks:
                task.cancel()
            return
        super().reject()
