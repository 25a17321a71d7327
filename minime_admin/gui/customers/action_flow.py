"""Running the customer page's actions: a dialog, the service in the background, a refresh.

Each action writes its own audit entry and notes itself on the linked request (the
services do both); the page is read afresh afterwards so the change shows at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import ChangedMeanwhile, KnownError
from minime_admin.gui.changed_meanwhile import ChangedMeanwhileDialog
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers.actions import ActionDialog, RecipientsDialog, RectifyDialog
from minime_admin.gui.customers.record_dialogs import PartnerToldDialog, ReleaseHoldDialog
from minime_admin.gui.customers.request_choice import ChosenRequest, RequestOption, resolve
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.services import customer_actions, partner_notices, versions
from minime_admin.services.customer_page import CustomerPage
from minime_admin.services.versions import Seen

# The partners who got a customer's data, and the Art. 19 record for the customer.
_Record = tuple[list[partner_notices.Partner], list[partner_notices.Told]]


class ActionFlow(QObject):
    """``stored(notice)`` after an action took effect; the page then refreshes."""

    stored = Signal(str)
    reload_requested = Signal()  # the page is read again (after "Changed meanwhile")

    def __init__(
        self, context: AppContext, jobs: Jobs, parent_widget: QWidget, parent: QObject | None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = jobs
        self.parent_widget = parent_widget
        self.page: CustomerPage | None = None
        self.options: list[RequestOption] = []
        self.linked: ChosenRequest | None = None  # the request the page was opened for
        self.dialog: ActionDialog | None = None
        self.recipients_dialog: RecipientsDialog | None = None
        self.changed_dialog: ChangedMeanwhileDialog | None = None  # the last one shown
        # The person's version when the open dialog was started: a refresh of the page for
        # others' changes must not make a change typed over the older page pass (#18.4).
        self._seen: Seen | None = None

    def set_customer(
        self, page: CustomerPage, options: list[RequestOption], linked: ChosenRequest | None
    ) -> None:
        self.page, self.options, self.linked = page, options, linked

    def start(self, key: str) -> ActionDialog:
        assert self.page is not None
        starts: dict[str, Callable[[CustomerPage], ActionDialog]] = {
            "rectify": self._rectify,
            "restrict": self._restrict,
            "lift": self._lift,
            "objection": self._objection,
            "unsubscribe": self._unsubscribe,
            "withdrawal": self._withdrawal,
            "release_hold": self._release_hold,
            "partners": self._partners,
        }
        dialog = starts[key](self.page)
        self.dialog, self._seen = dialog, self.page.seen
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()
        return dialog

    def _closed(self, dialog: ActionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _dialog(self, title: str, intro: str, **wants: bool) -> ActionDialog:
        return ActionDialog(
            title, intro, self.options, self.linked, parent=self.parent_widget, **wants
        )

    def _run(
        self,
        dialog: ActionDialog,
        action: Callable[[Session, int | None], Any],
        notice: str,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """``action(session, request_id)`` in the background; the dialog closes on success."""
        chosen = dialog.chosen_request()
        dialog.buttons.setEnabled(False)
        seen = self._seen
        record = QCoreApplication.translate("ActionFlow", "Customer no. {id}").format(
            id=seen.record_id if seen is not None else ""
        )

        def work(session: Session) -> tuple[int | None, Any]:
            if seen is not None:
                versions.require_unchanged(session, seen, record)
            request_id = resolve(session, chosen)
            return request_id, action(session, request_id)

        # The dialog may have been closed (Esc) while the work ran: it is then deleted.
        def still_open() -> bool:
            return self.dialog is dialog

        def succeeded(outcome: tuple[int | None, Any]) -> None:
            request_id, result = outcome
            if still_open():
                dialog.buttons.setEnabled(True)
                dialog.done_ok()
            self.stored.emit(notice)  # the change took effect either way
            if request_id is not None:  # noted on its timeline: the inbox shows it
                self.context.request_changed.emit(request_id, self.parent_widget)
            if then is not None:
                then(result)

        def refused(error: KnownError) -> None:
            if isinstance(error, ChangedMeanwhile) and still_open():
                dialog.buttons.setEnabled(True)
                self._changed_meanwhile(dialog, error)
            elif still_open():
                dialog.buttons.setEnabled(True)
                dialog.show_error(error.message(QCoreApplication.translate))
            else:
                show_error(self.parent_widget, error)

        self.jobs.run(work, succeeded, on_known_error=refused)

    def _changed_meanwhile(self, dialog: ActionDialog, error: ChangedMeanwhile) -> None:
        """A colleague changed the person after this dialog was opened: say who, when and
        what; the dialog stays open with what was typed until Reload closes it and shows
        the page as it is now (#18.4)."""
        box = ChangedMeanwhileDialog(
            error,
            QCoreApplication.translate(
                "ActionFlow", "What you entered is still in the window behind this one."
            ),
            (),
            dialog,
        )
        self.changed_dialog = box

        def reload() -> None:
            dialog.reject()
            self.reload_requested.emit()

        box.reload_requested.connect(reload)
        box.open()

    # -- the actions -----------------------------------------------------------------------

    def _rectify(self, page: CustomerPage) -> ActionDialog:
        dialog = RectifyDialog(page, self.options, self.linked, self.parent_widget)

        def submitted() -> None:
            choice = dialog.choice()
            if choice is None:
                return
            value, reason, actor = dialog.new_value(), dialog.reason_text(), self.context.actor
            field, address_id = choice.field, choice.address_id
            self._run(
                dialog,
                lambda s, rid: customer_actions.rectify(
                    s, actor, page.customer_id, field, value, reason, address_id, rid
                ),
                self.tr("The correction is stored."),
                lambda recipients: self._show_recipients(choice.field, recipients),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _show_recipients(self, field: str, recipients: list[customer_actions.Recipient]) -> None:
        self.recipients_dialog = RecipientsDialog(field, recipients, self.parent_widget)
        self.recipients_dialog.open()

    def _restrict(self, page: CustomerPage) -> ActionDialog:
        dialog = self._dialog(
            self.tr("Restrict processing: {name}").format(name=page.name),
            self.tr(
                "The data stays stored and is marked; it is used for nothing else and left "
                "out of marketing until the restriction is lifted (Art. 18)."
            ),
            reason=True,
        )

        def submitted() -> None:
            actor, reason = self.context.actor, dialog.reason_text()
            self._run(
                dialog,
                lambda s, rid: customer_actions.restrict(s, actor, page.customer_id, reason, rid),
                self.tr("Processing is restricted."),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _lift(self, page: CustomerPage) -> ActionDialog:
        dialog = self._dialog(
            self.tr("Lift the restriction: {name}").format(name=page.name),
            self.tr(
                "Before a restriction is lifted the customer must be told (Art. 18(3)). "
                "Lift it only when that has been done."
            ),
        )

        def submitted() -> None:
            actor = self.context.actor
            self._run(
                dialog,
                lambda s, rid: customer_actions.lift_restriction(s, actor, page.customer_id, rid),
                self.tr("The restriction is lifted."),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _objection(self, page: CustomerPage) -> ActionDialog:
        dialog = self._dialog(
            self.tr("Objection to direct marketing: {name}").format(name=page.name),
            self.tr(
                "An objection to direct marketing is absolute and takes effect at once; no "
                "reason is asked (Art. 21(3)). Every newsletter subscription ends too."
            ),
            channel=True,
        )

        def submitted() -> None:
            actor, channel = self.context.actor, dialog.channel_code()
            self._run(
                dialog,
                lambda s, rid: customer_actions.record_marketing_objection(
                    s, actor, page.customer_id, channel, rid
                ),
                self.tr("The marketing objection is recorded."),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _unsubscribe(self, page: CustomerPage) -> ActionDialog:
        dialog = self._dialog(
            self.tr("Unsubscribe from the newsletter: {name}").format(name=page.name),
            self.tr(
                "The newsletter stops at once. Mails about orders still go out: they are "
                "not marketing."
            ),
            channel=True,
        )

        def submitted() -> None:
            actor, channel = self.context.actor, dialog.channel_code()
            self._run(
                dialog,
                lambda s, rid: customer_actions.record_unsubscribe(
                    s, actor, page.customer_id, channel, rid
                ),
                self.tr("The newsletter subscription has ended."),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _withdrawal(self, page: CustomerPage) -> ActionDialog:
        dialog = self._dialog(
            self.tr("Consent withdrawal: {name}").format(name=page.name),
            self.tr(
                "The withdrawal takes effect at once and is kept as evidence (Art. 7(3)); "
                "what was done before it stays lawful."
            ),
            channel=True,
            purpose=True,
        )

        def submitted() -> None:
            actor, purpose, channel = (
                self.context.actor,
                dialog.purpose_code(),
                dialog.channel_code(),
            )
            self._run(
                dialog,
                lambda s, rid: customer_actions.record_consent_withdrawal(
                    s, actor, page.customer_id, purpose, channel, rid
                ),
                self.tr("The consent withdrawal is recorded."),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _today(self) -> date:
        return shop_day(self.context.clock.now())

    def _release_hold(self, page: CustomerPage) -> ActionDialog:
        dialog = ReleaseHoldDialog(
            page, self.options, self.linked, self._today(), self.parent_widget
        )

        def submitted() -> None:
            actor, hold, day = self.context.actor, dialog.hold_id(), dialog.released_on()
            self._run(
                dialog,
                lambda s, rid: customer_actions.release_legal_hold(
                    s, actor, page.customer_id, hold, day, rid
                ),
                self.tr("The legal hold has ended."),
            )

        dialog.submitted.connect(submitted)
        return dialog

    def _partners(self, page: CustomerPage) -> ActionDialog:
        dialog = PartnerToldDialog(
            page, self.options, self.linked, self._today(), self.parent_widget
        )

        def show_record(record: _Record) -> None:
            if self.dialog is dialog:
                dialog.set_record(*record)

        def load(session: Session) -> _Record:
            cid = page.customer_id
            return partner_notices.recipients(session, cid), partner_notices.told_of(session, cid)

        self.jobs.run(load, show_record)

        def submitted() -> None:
            actor = self.context.actor
            partner, change = dialog.partner_id() or 0, dialog.change_code()
            day, method = dialog.told_on(), dialog.method_code()
            self._run(
                dialog,
                lambda s, rid: partner_notices.mark_told(
                    s, actor, page.customer_id, partner, change, day, method, rid
                ),
                self.tr("The partner is recorded as told."),
            )

        dialog.submitted.connect(submitted)
        return dialog
