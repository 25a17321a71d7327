"""A request changed by someone else while this worker was changing it (issue #18.4): what
differs between the request they opened and the request now, in the inbox's own words, and
their own unsaved change in words, for the "Changed meanwhile" dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.gui.changed_meanwhile import Difference
from minime_admin.gui.inbox import deadline_text, labels
from minime_admin.services.requests import RequestDetail

translate = QCoreApplication.translate


def _nobody(value: str | None) -> str:
    return value if value else translate("ChangedRequest", "nobody")


def _yes_no(value: bool) -> str:
    return translate("ChangedRequest", "yes") if value else translate("ChangedRequest", "no")


def _customer(value: int | None) -> str:
    if value is None:
        return translate("ChangedRequest", "not linked")
    return translate("ChangedRequest", "customer no. {id}").format(id=value)


# Each field the detail pane shows that a change can move: its label and how it reads.
FIELDS: tuple[tuple[str, Callable[[RequestDetail], str]], ...] = (
    (QT_TRANSLATE_NOOP("ChangedRequest", "Status"), lambda d: labels.status_label(d.status.value)),
    (QT_TRANSLATE_NOOP("ChangedRequest", "Assigned to"), lambda d: _nobody(d.assignee)),
    (QT_TRANSLATE_NOOP("ChangedRequest", "Due"), lambda d: deadline_text.long_date(d.due_on)),
    (QT_TRANSLATE_NOOP("ChangedRequest", "Extended"), lambda d: _yes_no(d.extended)),
    (QT_TRANSLATE_NOOP("ChangedRequest", "Customer"), lambda d: _customer(d.customer_id)),
    (
        QT_TRANSLATE_NOOP("ChangedRequest", "Identity"),
        lambda d: (
            labels.identity_text(
                d.identity_check.value if d.identity_check else None, d.identity_method
            )
            or "—"
        ),
    ),
)


def differences(seen: RequestDetail, now: RequestDetail) -> list[Difference]:
    found = []
    for label, read in FIELDS:
        before, after = read(seen), read(now)
        if before != after:
            found.append(Difference(translate("ChangedRequest", label), before, after))
    return found


def transition_text(target: str, note: str = "") -> str:
    text = translate("ChangedRequest", "Change the status to “{status}”.").format(
        status=labels.status_label(target)
    )
    return f"{text}\n{note}" if note else text


def assign_text(name: str | None) -> str:
    return translate("ChangedRequest", "Assign the request to {name}.").format(name=_nobody(name))


def extend_text(reason: str) -> str:
    return translate("ChangedRequest", "Extend the deadline. Reason: {reason}").format(
        reason=reason
    )


def link_text(customer_id: int | None) -> str:
    if customer_id is None:
        return translate("ChangedRequest", "Unlink the customer.")
    return translate("ChangedRequest", "Link the request to customer no. {id}.").format(
        id=customer_id
    )
