"""The breach page's safety nets (#15.9, #15.10): a change that would void a manager's
sign-off asks first and says what it does, and the facts' number of people affected is
checked against the affected-customer list.

The boxes are window-modal and non-blocking (gui/messages.py): the caller passes what to
do once the user agreed, and Cancel leaves everything as it was, edits included.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minime_admin.domain.breach import people_count_differs
from minime_admin.gui.breaches import labels
from minime_admin.gui.inbox.deadline_text import ui_locale
from minime_admin.gui.messages import show_message
from minime_admin.services.breaches import BreachDetail

Button = QMessageBox.StandardButton
translate = QCoreApplication.translate


def voids_signoff(detail: BreachDetail | None) -> bool:
    """Whether a change to this breach now would void a valid sign-off."""
    return detail is not None and detail.signoff.valid


def confirm_voiding(
    parent: QWidget, detail: BreachDetail | None, proceed: Callable[[], None]
) -> QMessageBox | None:
    """Run ``proceed`` at once when no valid sign-off is at stake; otherwise ask first,
    saying who signed and what voiding means, and run it only on the user's yes."""
    if detail is None or not voids_signoff(detail):
        proceed()
        return None
    state = detail.signoff
    text = translate(
        "BreachSafety",
        "{reference} is signed off by {name} ({time}). This change voids that sign-off: "
        "the outputs become drafts again, and nothing final can be made until a manager "
        "signs it off again. The timeline and the audit log will show that the sign-off "
        "was voided, by whom and when.",
    ).format(
        reference=detail.reference,
        name=state.signer or "?",
        time=labels.long_time(state.signed_at) if state.signed_at else "?",
    )

    def answered(button: QMessageBox.StandardButton) -> None:
        if button == Button.Yes:
            proceed()

    box = show_message(
        parent,
        QMessageBox.Icon.Warning,
        translate("BreachSafety", "Void the sign-off?"),
        text,
        Button.Yes | Button.Cancel,
        on_finished=answered,
        default=Button.Cancel,  # Enter never voids a manager's signature by accident
    )
    box.button(Button.Yes).setText(translate("BreachSafety", "&Change and void the sign-off"))
    return box


def people_warning(people: object, listed: int) -> str:
    """The warning, with both numbers, when the facts and the affected list differ."""
    if not people_count_differs(people, listed):
        return ""
    if not isinstance(people, int):
        return translate(
            "BreachSafety",
            "The facts give no number of people affected, but customers on the affected "
            "list: {listed}. Enter the number in the facts (it may rightly be larger: people "
            "who are not customers count too).",
        ).format(listed=ui_locale().toString(listed))
    return translate(
        "BreachSafety",
        "Number of people affected in the facts: {people}. Customers on the affected list: "
        "{listed}. The facts may rightly count people who are not customers: confirm the "
        "number, or correct it.",
    ).format(people=ui_locale().toString(people), listed=ui_locale().toString(listed))


def people_kept(people: object, listed: int) -> str:
    """The quiet note once the worker kept the facts' number after the warning."""
    return translate(
        "BreachSafety",
        "Checked and kept: people affected in the facts: {people}; customers on the affected "
        "list: {listed}. The manager sees both numbers again at sign-off.",
    ).format(people=ui_locale().toString(people), listed=ui_locale().toString(listed))


def detail_people_warning(detail: BreachDetail) -> str:
    return people_warning(detail.facts.get("people"), len(detail.affected))
