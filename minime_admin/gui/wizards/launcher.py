"""Where the wizards and the retention view open from: the inbox's request, the customer
page, the Tools menu, and the quiet start-up note that a retention sweep is due.

The pages only say what the user asked for (signals); this module knows the wizards, so
the pages need not, and refreshes the pages once a wizard has changed something. The wizards
themselves are imported when first opened: the main window needs none of them to show (#19.5).
"""

from __future__ import annotations

import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QWidget, QWizard

from minime_admin.domain.categories import DataCategory
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.labels import ui_locale
from minime_admin.gui.tasks import Task
from minime_admin.progress import Progress

if TYPE_CHECKING:
    from minime_admin.gui.customers import CustomersPage
    from minime_admin.gui.inbox import InboxPage
    from minime_admin.gui.wizards.common import Subject
    from minime_admin.gui.wizards.erasure_wizard import ErasureWizard
    from minime_admin.gui.wizards.export_wizard import ExportWizard
    from minime_admin.gui.wizards.retention_view import RetentionView
    from minime_admin.services.customer_page import CustomerPage
    from minime_admin.services.requests import RequestDetail


def subject_of_request(detail: RequestDetail) -> Subject:
    from minime_admin.gui.wizards.common import Subject

    return Subject(
        customer_id=detail.customer_id,
        name=detail.requester_name,
        email=detail.requester_email,
        request_id=detail.id,
        reference=detail.reference,
        request_type=detail.type.value,
        identity_method=detail.identity_method,
        identity_check=detail.identity_check,
    )


def subject_of_customer(
    page: CustomerPage, request_id: int | None, reference: str | None
) -> Subject:
    from minime_admin.gui.wizards.common import Subject

    profile = next(s for s in page.sections if s.info.category is DataCategory.PROFILE)
    email = profile.rows[0].values.get("email") if profile.rows else None
    return Subject(page.customer_id, page.name, email, request_id, reference)


class WizardLauncher(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.inbox: InboxPage | None = None
        self.customers: CustomersPage | None = None
        self.wizard: QWizard | None = None  # the one open (they are window-modal)
        self.retention_view: RetentionView | None = None
        self.reminder: RetentionReminder | None = None

    def attach_inbox(self, inbox: InboxPage) -> None:
        self.inbox = inbox
        inbox.detail_pane.export_requested.connect(lambda: self._from_request(export_wizard()))
        inbox.detail_pane.erase_requested.connect(lambda: self._from_request(erasure_wizard()))

    def attach_customers(self, customers: CustomersPage) -> None:
        """The customer page, once it is built (the main window builds it when first shown)."""
        self.customers = customers
        customers.view.export_requested.connect(lambda: self._from_customer(export_wizard()))
        customers.view.erase_requested.connect(lambda: self._from_customer(erasure_wizard()))

    def _from_request(self, kind: type[ExportWizard | ErasureWizard]) -> None:
        if self.inbox is not None and self.inbox.detail is not None:
            self.open(kind, subject_of_request(self.inbox.detail))

    def _from_customer(self, kind: type[ExportWizard | ErasureWizard]) -> None:
        page = self.customers.view.page if self.customers is not None else None
        if self.customers is not None and page is not None:
            linked = self.customers.flow.linked
            request_id = linked.id if linked else None
            self.open(
                kind, subject_of_customer(page, request_id, linked.reference if linked else None)
            )

    def open(
        self, kind: type[ExportWizard | ErasureWizard], subject: Subject | None = None
    ) -> ExportWizard | ErasureWizard:
        wizard = kind(self.context, subject, self.window)
        self.wizard = wizard
        wizard.finished.connect(lambda _result: self._closed(wizard, subject))
        if isinstance(wizard, erasure_wizard()):
            wizard.erased.connect(self._erased)
        wizard.open()
        return wizard

    def _closed(self, wizard: QWizard, subject: Subject | None) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()
        request_id = getattr(wizard, "request_id", None)
        if self.inbox is not None and request_id is not None:
            shown = self.inbox.detail
            if shown is not None and shown.id == request_id:
                self.inbox.request_changed(request_id)  # its status and timeline moved on
            else:
                self.inbox.reload()

    @Slot(int)
    def _erased(self, customer_id: int) -> None:
        if self.reminder is not None:  # the person's records due for deletion are gone
            self.reminder.check()
        customers = self.customers
        if customers is not None and customers.view.page is not None:
            if customers.view.page.customer_id == customer_id:
                customers.show_search()  # the page showed data that is gone now
            customers.search_panel.run_search()

    @Slot()
    def open_retention(self) -> RetentionView:
        if self.retention_view is None:
            from minime_admin.gui.wizards.retention_view import RetentionView

            self.retention_view = RetentionView(self.context, self.window)
            if self.reminder is not None:
                self.retention_view.swept.connect(self.reminder.check)
        self.retention_view.show()
        self.retention_view.raise_()
        self.retention_view.activateWindow()
        return self.retention_view


class RetentionReminder(QWidget):
    """A quiet note in the status bar once the window shows: records are due for deletion."""

    def __init__(self, launcher: WizardLauncher, window: QWidget) -> None:
        super().__init__()
        self.launcher = launcher
        launcher.reminder = self
        self.due = 0
        self.task: Task | None = None
        self.label = QLabel()
        self.button = QPushButton()
        self.button.setFlat(True)
        self.button.clicked.connect(launcher.open_retention)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.label)
        row.addWidget(self.button)
        self.hide()
        self._checked = False
        self.retranslate()

    def check_once(self) -> None:
        """The start-up check; the main window asks once the inbox shows its first rows."""
        if not self._checked:
            self._checked = True
            self.check()

    @Slot()
    def check(self) -> None:
        """Count what is due, in the background; show the note only when there is some."""
        database = self.launcher.context.database

        def work(_progress: Progress) -> int:
            from minime_admin.services import retention

            with database.unit_of_work() as session:
                return retention.sweep_due(session)

        def failed(error: BaseException) -> None:
            # A reminder must never disturb start-up: say it on stderr, show nothing.
            traceback.print_exception(error, file=sys.stderr)

        self.task = Task(work, on_success=self.show_due, on_failure=failed, parent=self).start()

    def show_due(self, due: int) -> None:
        self.task = None
        self.due = due
        self.retranslate()
        self.setVisible(due > 0)

    def retranslate(self) -> None:
        # Short: the status bar also holds the database's path and the profile.
        self.label.setText(
            self.tr("{n} records due for deletion").format(n=ui_locale().toString(self.due))
        )
        self.setToolTip(
            self.tr("Their retention period has ended: the retention sweep deletes them.")
        )
        self.button.setText(self.tr("Review…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ToolsMenu(QMenu):
    def __init__(self, launcher: WizardLauncher, parent: QWidget) -> None:
        super().__init__(parent)
        self.export_action = self.addAction("")
        self.export_action.triggered.connect(lambda: launcher.open(export_wizard()))
        self.erase_action = self.addAction("")
        self.erase_action.triggered.connect(lambda: launcher.open(erasure_wizard()))
        self.addSeparator()
        self.retention_action = self.addAction("")
        self.retention_action.triggered.connect(launcher.open_retention)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Tools"))
        self.export_action.setText(self.tr("&Export customer data…"))
        self.erase_action.setText(self.tr("E&rase customer data…"))
        self.retention_action.setText(self.tr("&Retention…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def export_wizard() -> type[ExportWizard]:
    from minime_admin.gui.wizards.export_wizard import ExportWizard

    return ExportWizard


def erasure_wizard() -> type[ErasureWizard]:
    from minime_admin.gui.wizards.erasure_wizard import ErasureWizard

    return ErasureWizard
