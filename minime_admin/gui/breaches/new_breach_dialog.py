"""New breach: what happened and when the shop became aware (the 72-hour clock starts).

The awareness time is typed on the shop's clock (Europe/Riga) and stored as an instant.
OK does not close the dialog: the breach is opened in the background and a refusal (an
awareness time in the future) is shown inside the dialog, which stays open to correct it.
The awareness time starts empty (the worker enters it, never a guess), and Enter never
opens a breach: only the OK button does (issue #15.3).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.shop_time import (
    SHOP_ZONE,
    AmbiguousTime,
    NonexistentTime,
    wall_clock_instant,
)
from minime_admin.errors import AwarenessTimeAmbiguous, AwarenessTimeNonexistent, KnownError
from minime_admin.gui.breaches import labels
from minime_admin.gui.context import AppContext
from minime_admin.gui.formats import table_time
from minime_admin.gui.inbox.deadline_text import ui_locale
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import error_label, fit_height
from minime_admin.services import breaches

UNKNOWN = -1  # the spin boxes' "not known" value
NOT_ENTERED = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # a time edit's "not entered yet"
MAX_COUNT = 100_000_000


def count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(UNKNOWN, MAX_COUNT)
    box.setValue(UNKNOWN)
    box.setGroupSeparatorShown(True)
    return box


def count_value(box: QSpinBox) -> int | None:
    return None if box.value() == UNKNOWN else box.value()


def riga_edit(instant: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    set_riga(edit, instant)
    return edit


def set_riga(edit: QDateTimeEdit, instant: datetime) -> None:
    local = instant.astimezone(SHOP_ZONE)
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def wall_time(edit: QDateTimeEdit) -> datetime:
    """The wall-clock time typed, without a zone."""
    moment = edit.dateTime()
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def riga_instant(edit: QDateTimeEdit) -> datetime:
    """The wall-clock time typed, read as Riga time (the earlier one in an autumn repeat).
    For a breach's start and end only; the awareness time is asked about (see below)."""
    return wall_time(edit).replace(tzinfo=SHOP_ZONE)


def _with_offset(instant: datetime) -> str:
    """`Sunday 25 Oct 03:30 (UTC+3)`: the two repeated-hour instants told apart."""
    offset = instant.astimezone(SHOP_ZONE).utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset is not None else 0
    return f"{labels.long_time(instant)} (UTC{hours:+d})"


class NewBreachDialog(QDialog):
    opened = Signal(int)  # the new breach's id

    def __init__(
        self,
        context: AppContext,
        jobs: Jobs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.jobs = context, jobs
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.aware = riga_edit(context.clock.now())
        self.aware.setMinimumDateTime(NOT_ENTERED)
        self.aware.setDateTime(NOT_ENTERED)  # nothing until the worker enters it
        # In the autumn's repeated hour the typed time happened twice: the user says which.
        self.which = QComboBox()
        self.which_caption = QLabel()
        self.which_caption.setBuddy(self.which)
        self.aware.dateTimeChanged.connect(self._aware_changed)
        self.nature = {key: QCheckBox() for key in labels.NATURES}
        nature_column = QVBoxLayout()
        nature_column.setSpacing(2)
        for box in self.nature.values():
            nature_column.addWidget(box)
        self.people, self.records = count_box(), count_box()
        counts = QHBoxLayout()
        self.records_caption = QLabel()
        counts.addWidget(self.people)
        counts.addSpacing(12)
        counts.addWidget(self.records_caption)
        counts.addWidget(self.records)
        counts.addStretch(1)
        self.captions = {key: QLabel() for key in ("title", "aware", "nature", "people")}
        form = QFormLayout()
        form.addRow(self.captions["title"], self.title)
        form.addRow(self.captions["aware"], self.aware)
        form.addRow(self.which_caption, self.which)
        self.form = form
        form.addRow(self.captions["nature"], nature_column)
        form.addRow(self.captions["people"], counts)
        self.captions["title"].setBuddy(self.title)
        self.captions["aware"].setBuddy(self.aware)
        self.captions["people"].setBuddy(self.people)
        self.records_caption.setBuddy(self.records)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._aware_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves on to the next field; it never opens a breach by accident."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    def _aware_changed(self) -> None:
        try:
            wall_clock_instant(wall_time(self.aware))
            repeated = False
        except AmbiguousTime:
            repeated = True
        except NonexistentTime:
            repeated = False
        if not repeated:
            self.which.setCurrentIndex(0)
        self.form.setRowVisible(self.which, repeated)

    def aware_instant(self) -> datetime | None:
        """The awareness instant, or None after saying in the dialog why it is not one."""
        local = wall_time(self.aware)
        shown = table_time(local)
        try:
            return wall_clock_instant(local, {1: 0, 2: 1}.get(self.which.currentIndex()))
        except NonexistentTime:
            error: KnownError = AwarenessTimeNonexistent(time=shown)
        except AmbiguousTime as twice:
            error = AwarenessTimeAmbiguous(
                time=shown,
                earlier=_with_offset(twice.earlier),
                later=_with_offset(twice.later),
            )
        self.show_error(error.message(QCoreApplication.translate))
        return None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New breach"))
        self.intro.setText(
            self.tr(
                "The 72 hours for the notice to the Data State Inspectorate run from the moment "
                "the shop became aware of the breach (Art. 33(1)). Times are Riga time. The "
                "rest of the facts can be added on the breach's page."
            )
        )
        self.captions["title"].setText(self.tr("&Title:"))
        self.title.setPlaceholderText(self.tr("e.g. Laptop with an order export stolen"))
        self.captions["aware"].setText(self.tr("&Aware since (Riga):"))
        self.aware.setSpecialValueText(self.tr("— enter the time —"))
        self.which_caption.setText(self.tr("&Which 03:00–03:59:"))
        chosen = max(self.which.currentIndex(), 0)
        self.which.clear()
        self.which.addItems(
            [
                self.tr("— choose: this hour happened twice —"),
                self.tr("the first, summer time (UTC+3)"),
                self.tr("the second, winter time (UTC+2)"),
            ]
        )
        self.which.setCurrentIndex(chosen)
        self.captions["nature"].setText(self.tr("Nature:"))
        for key, box in self.nature.items():
            box.setText(labels.nature_label(key))
        self.captions["people"].setText(self.tr("Approx. &people:"))
        self.records_caption.setText(self.tr("&records:"))
        for box in (self.people, self.records):
            box.setSpecialValueText(self.tr("not known"))
            box.setLocale(ui_locale())  # 1,300 / 1 300
        fit_height(self, 520)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def nature_text(self) -> str:
        return ",".join(key for key, box in self.nature.items() if box.isChecked())

    def accept(self) -> None:
        title = self.title.text().strip()
        if not title:
            self.show_error(self.tr("Give the breach a short title."))
            return
        if self.aware.dateTime() == NOT_ENTERED:
            self.show_error(self.tr("Enter when the shop became aware of the breach."))
            return
        actor, aware = self.context.actor, self.aware_instant()
        if aware is None:
            return
        nature = self.nature_text()
        people, records = count_value(self.people), count_value(self.records)
        self.error.hide()
        self.buttons.setEnabled(False)

        def work(session: Session) -> int:
            return breaches.new_breach(session, actor, title, aware, nature, people, records)

        self.jobs.run(work, self._opened, on_known_error=self._refused)

    def _opened(self, breach_id: int) -> None:
        self.buttons.setEnabled(True)
        self.opened.emit(breach_id)
        super().accept()

    def _refused(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.show_error(error.message(QCoreApplication.translate))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self, 520)
