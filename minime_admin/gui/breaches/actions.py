"""What the breach page's buttons do: save the facts, assess, decide, sign off.

Each change runs in the background; the dialog stays open until the change is stored, and
a refusal (a known error) is shown while it stays open to be corrected. Every change
after a sign-off voids it: the service does that, the page then shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Role
from minime_admin.domain.breach import Circumstances
from minime_admin.errors import ChangedMeanwhile, KnownError
from minime_admin.gui import formats
from minime_admin.gui.breaches import safety
from minime_admin.gui.breaches.decisions_dialog import DecisionsDialog
from minime_admin.gui.breaches.facts_form import fact_captions
from minime_admin.gui.breaches.severity_dialog import CB_ROWS, SeverityDialog
from minime_admin.gui.breaches.signoff_dialog import SignOffDialog
from minime_admin.gui.changed_meanwhile import ChangedMeanwhileDialog, Difference
from minime_admin.gui.messages import show_error
from minime_admin.gui.unsaved import UnsavedQuestion
from minime_admin.services import breaches, users, versions
from minime_admin.services.breaches import BreachDetail
from minime_admin.services.versions import Seen

if TYPE_CHECKING:
    from minime_admin.gui.breaches.page import BreachesPage


def _text(value: object) -> str:
    if isinstance(value, datetime):
        return formats.table_time(value)
    return "—" if value is None or value == "" else str(value)


class BreachActions(QObject):
    def __init__(self, page: BreachesPage) -> None:
        super().__init__(page)
        self.page = page
        self.dialog: QDialog | None = None  # the open dialog, if any (tests drive it)
        self.void_question: QMessageBox | None = None  # the last "void the sign-off?" box
        self.changed_dialog: ChangedMeanwhileDialog | None = None  # the last one shown

    def _store(
        self, breach_id: int, work: Any, dialog: Any = None, seen: Seen | None = None
    ) -> None:
        """Store ``work`` in the background; with ``seen`` (the breach as the dialog was
        opened over it) it is refused if a colleague changed the breach since (#18.4)."""

        def checked(session: Session) -> Any:
            if seen is not None:
                versions.require_unchanged(session, seen, reference)
            return work(session)

        def stored(_result: Any) -> None:
            if dialog is not None:
                dialog.done_ok()
            self.page.breach_changed(breach_id)

        def refused(error: KnownError) -> None:
            if isinstance(error, ChangedMeanwhile) and dialog is not None:
                self._dialog_changed_meanwhile(breach_id, dialog, error)
            else:
                show_error(dialog or self.page, error)

        shown = self.page.view.detail
        reference = shown.reference if shown is not None else ""

        def store() -> None:
            self.page.jobs.run(checked, stored, on_known_error=refused)

        # A change to a signed-off breach voids the sign-off: asked first (#15.9); Cancel
        # leaves the dialog open with what was entered.
        self.void_question = safety.confirm_voiding(
            dialog or self.page, self.page.view.detail, store
        )

    @Slot(dict)
    def save_facts(
        self, changes: dict[str, object], then: Callable[[], None] | None = None
    ) -> None:
        """Store the changed facts; then ``then()`` (the page moves on) or show them again."""
        detail, actor = self.page.view.detail, self.page.context.actor
        if detail is None:
            return
        form = self.page.view.facts
        seen = detail.seen  # the version the facts were typed over (#18.4)

        def work(session: Session) -> None:
            versions.require_unchanged(session, seen, detail.reference)
            breaches.update_breach(session, actor, detail.id, **changes)

        def refused(error: KnownError) -> None:
            if isinstance(error, ChangedMeanwhile):
                self._changed_meanwhile(detail, changes, error)
            else:
                show_error(self.page, error)

        def stored(_result: None) -> None:
            form.mark_saved(changes)  # clean at once, before the breach is read again
            form.say(self.tr("Saved."))
            self.page.breach_changed(detail.id, then=then)

        self.void_question = safety.confirm_voiding(
            self.page,
            detail,
            lambda: self.page.jobs.run(work, stored, refused),
        )

    def _changed_meanwhile(
        self, detail: BreachDetail, changes: dict[str, object], error: ChangedMeanwhile
    ) -> None:
        """A colleague saved the breach after these facts were typed: who, when and what,
        the typed facts beside the facts now; Reload shows the breach as it is now (the
        typed words stay in this dialog to redo them), Close keeps the form as typed."""
        form = self.page.view.facts
        captions = {
            key: caption.replace("&", "").rstrip(":") for key, caption in fact_captions().items()
        }

        def loaded(now: BreachDetail) -> None:
            yours = "\n".join(
                f"{captions.get(key, key)}: {value}" for key, value in changes.items()
            )
            moved = [
                Difference(captions.get(key, key), _text(detail.facts[key]), _text(value))
                for key, value in now.facts.items()
                if key in captions and value != detail.facts.get(key)
            ]
            box = ChangedMeanwhileDialog(error, yours, moved, self.page)
            self.changed_dialog = box

            def reload() -> None:
                form.discard()
                self.page.breach_changed(detail.id)

            box.reload_requested.connect(reload)
            box.open()

        self.page.jobs.run(
            lambda s: breaches.get_breach(s, detail.id), loaded, error_parent=self.page
        )

    def _dialog_changed_meanwhile(
        self, breach_id: int, dialog: QDialog, error: ChangedMeanwhile
    ) -> None:
        """The dialog stays open with what was entered; Reload closes it and shows the
        breach as it is now."""
        box = ChangedMeanwhileDialog(
            error,
            self.tr("What you entered is still in the window behind this one."),
            (),
            dialog,
        )
        self.changed_dialog = box

        def reload() -> None:
            dialog.reject()
            self.page.breach_changed(breach_id)

        box.reload_requested.connect(reload)
        box.open()

    @Slot()
    def assess(self) -> SeverityDialog | None:
        detail = self.page.view.detail
        if detail is None:
            return None
        dialog = SeverityDialog(detail.reference, self.page)
        if detail.severity is not None:
            circumstances = Circumstances(
                *(Decimal(str(detail.facts[f"cb_{key}"] or "0")) for key in CB_ROWS)
            )
            dialog.set_values(detail.severity.dpc, str(detail.severity.ei), circumstances)
        self.dialog, actor = dialog, self.page.context.actor

        def submit() -> None:
            chosen = dialog.chosen()
            if chosen is None:
                return
            dpc, ei, circumstances = chosen
            self._store(
                detail.id,
                lambda s: breaches.assess(s, actor, detail.id, dpc, ei, circumstances),
                dialog,
                detail.seen,
            )

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    @Slot()
    def decide(self) -> DecisionsDialog | None:
        detail = self.page.view.detail
        if detail is None:
            return None
        dialog = DecisionsDialog(detail, self.page)
        self.dialog, actor = dialog, self.page.context.actor

        def submit() -> None:
            dvi, people = bool(dialog.dvi.value()), bool(dialog.people.value())
            dvi_reason, people_reason = dialog.dvi.text(), dialog.people.text()
            exceptions, exemption = dialog.exceptions_text(), dialog.exemption_text()
            self._store(
                detail.id,
                lambda s: breaches.decide(
                    s,
                    actor,
                    detail.id,
                    dvi,
                    dvi_reason,
                    people,
                    people_reason,
                    exceptions,
                    dvi_exemption=exemption,
                ),
                dialog,
                detail.seen,
            )

        dialog.submitted.connect(submit)
        dialog.open()
        return dialog

    @Slot()
    def sign_off(self) -> SignOffDialog | None:
        detail = self.page.view.detail
        if detail is None:
            return None
        if self.page.has_unsaved():  # a signature covers the facts as stored, not as typed
            self.page.settle_unsaved(UnsavedQuestion.SIGN_OFF, self.sign_off)
            return None
        # A handful of staff profiles: read on the GUI thread, like the detail.
        with self.page.context.database.unit_of_work() as session:
            managers = [u.name for u in users.list_users(session) if u.role is Role.MANAGER]
        dialog = SignOffDialog(
            detail.id,
            detail.reference,
            managers,
            self.page.jobs,
            self.page,
            people_warning=safety.detail_people_warning(detail),
            seen=detail.seen,
        )
        dialog.signed.connect(lambda _state: self.page.breach_changed(detail.id))
        self.dialog = dialog
        dialog.open()
        return dialog
