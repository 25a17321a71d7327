"""Record that a request's export package reached the person: how, when, a note.

Opened from the export wizard's last page and from the request (the office often hands a
package over days after making it). The request is completed by this record, at the time
entered here (services.handover).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.proofs import HandoverMethod, needs_note
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.labels import handover_method_label
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.services import handover, versions
from minime_admin.services.handover import Handover


class HandoverDialog(QDialog):
    recorded = Signal(object)  # Handover

    def __init__(
        self,
        context: AppContext,
        request_id: int,
        reference: str,
        parent: QWidget | None = None,
        seen: versions.Seen | None = None,
    ) -> None:
        """``seen``: the request as the page showed it; the handover is refused (Changed
        meanwhile) if a colleague changed the request since (#18.4)."""
        super().__init__(parent)
        self.context, self.request_id, self.seen = context, request_id, seen
        self.jobs = Jobs(context.database, self)
        self.setWindowTitle(self.tr("{reference}: package handed over").format(reference=reference))
        self.intro = QLabel(
            self.tr(
                "Record how and when the person received the export package. The request is "
                "answered then, so it is completed with this time."
            )
        )
        self.intro.setWordWrap(True)
        self.no_email = QLabel(
            self.tr(
                "Export packages are never sent by e-mail: an ordinary e-mail is not a safe "
                "way to deliver a whole copy of someone's data."
            )
        )
        self.no_email.setWordWrap(True)
        self.no_email.setStyleSheet("color: palette(placeholder-text);")
        self.method = QComboBox()
        self.method.addItem(self.tr("Choose how…"), None)
        for method in HandoverMethod:
            self.method.addItem(handover_method_label(method), method.value)
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        now = context.clock.now().astimezone(SHOP_ZONE)
        self.when.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("e.g. the registered letter's number"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for caption, field in (
            (self.tr("&How:"), self.method),
            (self.tr("&When (Riga time):"), self.when),
            (self.tr("&Note:"), self.note),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons: QDialogButtonBox = ok_cancel(self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.method.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.no_email)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._check()

    def chosen(self) -> HandoverMethod | None:
        code = self.method.currentData()
        return HandoverMethod(code) if code else None

    def moment(self) -> datetime:
        stamp = self.when.dateTime()
        day, clock = stamp.date(), stamp.time()
        local = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=SHOP_ZONE
        )
        return local.astimezone(UTC)

    def _check(self) -> None:
        method = self.chosen()
        other = method is not None and needs_note(method)
        self.ok.setEnabled(method is not None and (not other or bool(self.note.text().strip())))
        self.note.setPlaceholderText(
            self.tr("Required: say how it was handed over")
            if other
            else self.tr("e.g. the registered letter's number")
        )

    def accept(self) -> None:
        """Store it in the background; close only once it is stored."""
        method = self.chosen()
        if method is None:
            return
        actor, request_id, at, note, seen = (
            self.context.actor, self.request_id, self.moment(), self.note.text(), self.seen,
        )  # fmt: skip
        self.setEnabled(False)

        def stored(given: Handover) -> None:
            self.setEnabled(True)
            super(HandoverDialog, self).accept()
            self.context.audit_changed.emit()
            self.recorded.emit(given)

        def refused(error: KnownError) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.jobs.run(
            lambda session: handover.record_handover(
                session, actor, request_id, method, at, note, seen
            ),
            stored,
            refused,
        )
