"""The Customers page: search, then one customer's page, and back (Esc, Ctrl+F).

Opening a customer first asks why (the answer goes into the audit log with the look), then
reads the page in the background: a heavy customer (5,000 orders, 200,000 visits) takes
~200 ms, four times what the GUI thread may spend.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.action_flow import ActionFlow
from minime_admin.gui.customers.customer_view import CustomerView
from minime_admin.gui.customers.request_choice import (
    ChosenRequest,
    RequestOption,
    open_requests,
    resolve,
)
from minime_admin.gui.customers.search_panel import SearchPanel
from minime_admin.gui.customers.view_reason_dialog import ViewReasonDialog
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.services import customer_page, customer_search
from minime_admin.services.customer_page import CustomerPage
from minime_admin.services.customer_search import CustomerHit


class CustomersPage(QWidget):
    request_requested = Signal(int)  # show this request in the inbox

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.search_panel = SearchPanel(self.jobs)
        self.view = CustomerView(self.jobs)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.search_panel)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.flow = ActionFlow(context, self.jobs, self, self)
        self.reason_dialog: ViewReasonDialog | None = None
        self.options: list[RequestOption] = []

        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.show_search)
        self.search_panel.open_requested.connect(self.ask_reason)
        self.view.back_requested.connect(self.show_search)
        self.view.action_requested.connect(self.flow.start)
        self.view.request_requested.connect(self.request_requested)
        self.flow.stored.connect(self._stored)
        self.flow.reload_requested.connect(self.refresh)
        context.request_changed.connect(self._request_changed)
        context.others_changed.connect(self.others_changed)
        self.jobs.idle.connect(lambda: self.view.set_busy(False))

    @property
    def showing_customer(self) -> bool:
        return self.stack.currentWidget() is self.view

    @Slot()
    def show_search(self) -> None:
        self.stack.setCurrentWidget(self.search_panel)
        self.search_panel.focus_search()

    # -- opening a customer ----------------------------------------------------------------

    def open_for_request(self, customer_id: int, request_id: int, reference: str) -> None:
        """From a request in the inbox: ask why as ever, with that request already chosen."""

        def found(hit: CustomerHit | None) -> None:
            if hit is not None:
                self.ask_reason(hit, ChosenRequest(request_id, reference))

        self.jobs.run(
            lambda session: customer_search.hit(session, customer_id), found, error_parent=self
        )

    @Slot(object)
    def ask_reason(self, hit: CustomerHit, chosen: ChosenRequest | None = None) -> ViewReasonDialog:
        dialog = ViewReasonDialog(hit.name, self)
        self.reason_dialog = dialog
        dialog.submitted.connect(lambda: self._open(hit, dialog))
        dialog.finished.connect(lambda _result: self._reason_closed(dialog))
        name, customer_id = hit.name, hit.id

        def listed(options: list[RequestOption]) -> None:
            self.options = options
            if self.reason_dialog is dialog:
                dialog.set_options(options, chosen)

        self.jobs.run(
            lambda session: open_requests(session, name, customer_id),
            listed,
            error_parent=self,
        )
        dialog.open()
        return dialog

    def _reason_closed(self, dialog: ViewReasonDialog) -> None:
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()

    def _open(self, hit: CustomerHit, dialog: ViewReasonDialog) -> None:
        chosen, reason, actor = dialog.chosen_request(), dialog.reason_text(), self.context.actor
        customer_id = hit.id

        def work(session: Session) -> tuple[CustomerPage, int | None]:
            request_id = resolve(session, chosen)  # an unknown reference opens nothing
            page = customer_page.open_customer_page(
                session, actor, customer_id, reason, chosen.reference
            )
            return page, request_id

        # The dialog may have been closed (Esc) while the work ran: it is then deleted.
        def still_open() -> bool:
            return self.reason_dialog is dialog

        def opened(result: tuple[CustomerPage, int | None]) -> None:
            page, request_id = result
            if still_open():
                dialog.buttons.setEnabled(True)
                dialog.done_ok()
            # Shown even if the dialog was closed meanwhile: the look is already recorded.
            linked = ChosenRequest(request_id, chosen.reference) if chosen else None
            self.show_customer(page, chosen.reference or reason, linked)
            self.context.audit_changed.emit()  # the look is in the log now

        def refused(error: KnownError) -> None:
            if still_open():
                dialog.buttons.setEnabled(True)
                dialog.show_error(error.message(QCoreApplication.translate))
            else:
                show_error(self, error)

        dialog.buttons.setEnabled(False)
        self.jobs.run(work, opened, on_known_error=refused)

    def show_customer(
        self, page: CustomerPage, why: str, linked: ChosenRequest | None = None
    ) -> None:
        self.flow.set_customer(page, self.options, linked)
        self.view.show_customer(page, why)
        self.stack.setCurrentWidget(self.view)
        self.view.focus_first_action()

    # -- after an action -------------------------------------------------------------------

    def _stored(self, notice: str) -> None:
        self.context.audit_changed.emit()
        self.view.show_notice(notice)
        self.refresh()
        # The list behind the page shows names, e-mails and addresses: a correction (or a
        # restriction) shows there too when the worker goes back to it (#15.10).
        if self.search_panel.search.text().strip():
            self.search_panel.run_search()

    def _request_changed(self, _request_id: int, source: object) -> None:
        """A request changed elsewhere (the inbox, a wizard): the person's list of requests
        on the page shown is read again."""
        if source is not self and self.view.page is not None:
            self.refresh()

    def others_changed(self) -> None:
        """Someone committed to the database (#18.4): the person's page shown is read again
        (a re-read, not a new look: no audit entry, so two desktops never echo each other)."""
        if self.view.page is not None:
            self.refresh()

    def refresh(self) -> None:
        """Read the page again (no new audit entry: this look was recorded when opened)."""
        page = self.view.page
        if page is None:
            return
        customer_id = page.customer_id

        def refreshed(fresh: CustomerPage) -> None:
            if self.view.page is not None and self.view.page.customer_id == fresh.customer_id:
                self.flow.page = fresh
                self.view.show_customer(fresh, self.view.why)

        self.view.set_busy(True)
        self.jobs.run(
            lambda session: customer_page.read_customer_page(session, customer_id),
            refreshed,
            error_parent=self,
        )
