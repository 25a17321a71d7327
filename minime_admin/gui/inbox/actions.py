"""What the detail pane's buttons do: transitions, the extension, notes, saving attachments.

Each change runs in the background; a known error (a refusal without its reason, an
extension too late) comes back as a message box and the dialog stays open to correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from minime_admin.domain import deadlines
from minime_admin.domain.requests import Status, TransitionRequest
from minime_admin.errors import ChangedMeanwhile, KnownError
from minime_admin.gui.inbox import changed, deadline_text
from minime_admin.gui.messages import show_error, show_message
from minime_admin.services import files, requests, versions
from minime_admin.services.requests import RequestDetail

# The dialogs load when first opened: the inbox shows without them (#19.5).
if TYPE_CHECKING:
    from minime_admin.gui.changed_meanwhile import ChangedMeanwhileDialog
    from minime_admin.gui.inbox.assign_dialogs import AssignDialog, LinkCustomerDialog
    from minime_admin.gui.inbox.handover_dialog import HandoverDialog
    from minime_admin.gui.inbox.page import InboxPage
    from minime_admin.gui.inbox.transition_dialog import TextDialog, TransitionDialog
    from minime_admin.services.customer_search import CustomerHit

translate = QCoreApplication.translate


class RequestActions(QObject):
    def __init__(self, page: InboxPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QDialog | None = None  # the open dialog, if any (tests drive it)
        self.changed_dialog: ChangedMeanwhileDialog | None = None  # the last one shown
        # Asks where to save an attachment; tests replace it.
        self.choose_save_path: Callable[[str], str] = self._ask_save_path

    def _run_change(
        self,
        detail: RequestDetail,
        work: Callable[[Any], Any],
        dialog: TextDialog | TransitionDialog | AssignDialog | LinkCustomerDialog | None = None,
        your_change: str = "",
        check: bool = True,
    ) -> None:
        """Store a change in the background; close ``dialog`` only once it is stored.

        With ``check`` the change is refused when someone else changed the request since
        ``detail`` was read (issue #18.4); the worker then sees the "Changed meanwhile"
        dialog. A note leaves ``check`` off: it adds to the timeline and overwrites nothing.
        """
        seen, reference = detail.seen, detail.reference

        def checked(session: Any) -> Any:
            if check and seen is not None:
                versions.require_unchanged(session, seen, reference)
            return work(session)

        def stored(_result: Any) -> None:
            if dialog is not None:
                dialog.done_ok()
            self.page.request_changed(detail.id)

        def refused(error: KnownError) -> None:
            if isinstance(error, ChangedMeanwhile):
                self._changed_meanwhile(detail, error, your_change, dialog)
            else:
                show_error(dialog or self.page, error)

        self.page.jobs.run(checked, stored, refused)

    def _changed_meanwhile(
        self,
        seen: RequestDetail,
        error: ChangedMeanwhile,
        your_change: str,
        dialog: QDialog | None,
    ) -> None:
        """Show what changed beside the worker's own change; Reload shows the request now
        (and closes the form their change was typed in, whose words the dialog keeps)."""
        from minime_admin.gui.changed_meanwhile import ChangedMeanwhileDialog

        def loaded(now: RequestDetail) -> None:
            box = ChangedMeanwhileDialog(
                error, your_change, changed.differences(seen, now), dialog or self.page
            )
            self.changed_dialog = box

            def reload() -> None:
                if dialog is not None:
                    dialog.reject()
                self.page.request_changed(seen.id)

            box.reload_requested.connect(reload)
            box.open()

        self.page.jobs.run(
            lambda s: requests.get_request(s, seen.id), loaded, error_parent=dialog or self.page
        )

    @Slot(str)
    def transition(self, target_code: str) -> None:
        from minime_admin.gui.inbox.transition_dialog import TransitionDialog, needs_dialog

        detail = self.page.detail
        if detail is None:
            return
        target, actor = Status(target_code), self.page.context.actor
        if not needs_dialog(detail, target):
            self.dialog = None
            self._run_change(
                detail,
                lambda s: requests.transition(s, actor, detail.id, TransitionRequest(target)),
                your_change=changed.transition_text(target.value),
            )
            return
        dialog = TransitionDialog(detail, target, self.page)
        self.dialog = dialog

        def submit() -> None:
            change, method = dialog.change(), dialog.identity_method()
            check = dialog.identity_check()
            self._run_change(
                detail,
                lambda s: requests.transition(s, actor, detail.id, change, method, check),
                dialog,
                changed.transition_text(target.value, change.text),
            )

        dialog.submitted.connect(submit)
        dialog.open()

    @Slot()
    def extend(self) -> None:
        from minime_admin.gui.inbox.transition_dialog import TextDialog

        detail = self.page.detail
        if detail is None:
            return
        actor, calendar = self.page.context.actor, self.page.model.calendar
        extended = deadlines.extended_due_date(detail.deadline.received, calendar).due
        dialog = TextDialog(
            translate("RequestActions", "Extend {reference}").format(reference=detail.reference),
            translate(
                "RequestActions",
                "The deadline moves to {extended}, two further months (Art. 12(3)). This is "
                "possible once, and the person must be told, with the reasons, by {due}.",
            ).format(
                extended=deadline_text.long_date(extended),
                due=deadline_text.long_date(detail.deadline.due),
            ),
            translate("RequestActions", "&Reason (told to the person):"),
            self.page,
        )
        self.dialog = dialog

        def submit() -> None:
            reason = dialog.value()
            self._run_change(
                detail,
                lambda s: requests.extend(s, actor, detail.id, reason),
                dialog,
                changed.extend_text(reason),
            )

        dialog.submitted.connect(submit)
        dialog.open()

    @Slot()
    def add_note(self) -> None:
        from minime_admin.gui.inbox.transition_dialog import TextDialog

        detail = self.page.detail
        if detail is None:
            return
        actor = self.page.context.actor
        dialog = TextDialog(
            translate("RequestActions", "Note on {reference}").format(reference=detail.reference),
            translate("RequestActions", "The note goes on the request's timeline, with your name."),
            translate("RequestActions", "&Note:"),
            self.page,
        )
        self.dialog = dialog

        def submit() -> None:
            text = dialog.value()
            if not text:
                return  # nothing to store: OK on an empty note does nothing
            self._run_change(
                detail,
                lambda s: requests.add_note(s, actor, detail.id, text),
                dialog,
                check=False,
            )

        dialog.submitted.connect(submit)
        dialog.open()

    @Slot()
    def assign_to_me(self) -> None:
        detail = self.page.detail
        if detail is not None:
            actor = self.page.context.actor
            self._run_change(
                detail,
                lambda s: requests.assign(s, actor, detail.id, actor.name),
                your_change=changed.assign_text(actor.name),
            )

    @Slot()
    def assign(self) -> None:
        from minime_admin.gui.inbox.assign_dialogs import AssignDialog

        detail = self.page.detail
        if detail is None:
            return
        actor = self.page.context.actor

        def listed(names: list[str]) -> None:
            dialog = AssignDialog(detail, names, self.page)
            self.dialog = dialog

            def submit() -> None:
                chosen = dialog.chosen()
                self._run_change(
                    detail,
                    lambda s: requests.assign(s, actor, detail.id, chosen),
                    dialog,
                    changed.assign_text(chosen),
                )

            dialog.submitted.connect(submit)
            dialog.open()

        self.page.jobs.run(
            lambda s: requests.assignable_names(s, actor), listed, error_parent=self.page
        )

    @Slot()
    def handed_over(self) -> HandoverDialog | None:
        """Record that the request's export package reached the person."""
        from minime_admin.gui.inbox.handover_dialog import HandoverDialog

        detail = self.page.detail
        if detail is None:
            return None
        dialog = HandoverDialog(
            self.page.context, detail.id, detail.reference, self.page, seen=detail.seen
        )
        self.dialog = dialog
        dialog.recorded.connect(lambda _given: self.page.request_changed(detail.id))
        dialog.open()
        return dialog

    @Slot()
    def link_customer(self) -> None:
        from minime_admin.gui.inbox.assign_dialogs import LinkCustomerDialog

        detail = self.page.detail
        if detail is None:
            return
        actor = self.page.context.actor
        dialog = LinkCustomerDialog(detail, self.page.jobs, self.page)
        self.dialog = dialog

        def chosen(hit: CustomerHit | None) -> None:
            customer_id = hit.id if hit is not None else None
            self._run_change(
                detail,
                lambda s: requests.link_customer(s, actor, detail.id, customer_id),
                dialog,
                changed.link_text(customer_id),
            )

        dialog.chosen.connect(chosen)
        dialog.open()

    @Slot(int, str)
    def save_attachment(self, attachment_id: int, name: str) -> None:
        target = self.choose_save_path(name)
        if not target:
            return
        actor, path = self.page.context.actor, Path(target)

        def work(session: Any) -> str | None:
            attachment = requests.read_attachment(session, actor, attachment_id)
            try:
                files.write_atomic(path, attachment.content)
            except OSError as error:  # a full disk or a read-only folder: say so
                return error.strerror or str(error)
            return None

        def saved(problem: str | None) -> None:
            if problem is None:
                icon, title = (
                    QMessageBox.Icon.Information,
                    translate("RequestActions", "Attachment saved"),
                )
                text = translate("RequestActions", "Saved {name} to {path}.")
            else:
                icon, title = (
                    QMessageBox.Icon.Warning,
                    translate("RequestActions", "Save attachment"),
                )
                text = translate("RequestActions", "{path} could not be written ({problem}).")
            self.page.message = show_message(
                self.page, icon, title, text.format(name=name, path=path, problem=problem)
            )
            self.page.context.audit_changed.emit()  # reading it is in the audit log

        self.page.jobs.run(work, saved, error_parent=self.page)

    def _ask_save_path(self, name: str) -> str:
        target, _filter = QFileDialog.getSaveFileName(
            self.page, translate("RequestActions", "Save attachment"), name
        )
        return target
