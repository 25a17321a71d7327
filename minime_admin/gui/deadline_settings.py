"""Settings › Deadlines: the office's own answering target, and the one-off public holidays
the government declares (as on 29 May 2023) that move every legal due date after them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.formats import table_date
from minime_admin.gui.jobs import Jobs
from minime_admin.services import holidays, settings


class DeadlineSettings(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.target_label = QLabel()
        self.target_spin = QSpinBox()
        self.target_spin.setRange(1, 31)
        self.target_label.setBuddy(self.target_spin)
        self.target_save = QPushButton()
        self.target_save.clicked.connect(self.save_target)
        self.holidays_label = QLabel()
        self.holidays_label.setWordWrap(True)
        self.holiday_list = QListWidget()
        self.holiday_list.setMaximumHeight(110)
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.name_edit = QLineEdit()
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_holiday)
        self.remove_button.clicked.connect(self.remove_holiday)
        self.status = QLabel()
        self.status.setWordWrap(True)
        target_row = QHBoxLayout()
        for widget in (self.target_label, self.target_spin, self.target_save):
            target_row.addWidget(widget)
        target_row.addStretch(1)
        add_row = QHBoxLayout()
        for widget in (self.day_edit, self.name_edit, self.add_button, self.remove_button):
            add_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(target_row)
        layout.addWidget(self.holidays_label)
        layout.addWidget(self.holiday_list)
        layout.addLayout(add_row)
        layout.addWidget(self.status)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        def work(session: Session) -> tuple[int, dict[date, str]]:
            return settings.load_internal_target(session), holidays.list_extra(session)

        self.jobs.run(work, self._show)

    def _show(self, result: tuple[int, dict[date, str]]) -> None:
        days, extra = result
        self.target_spin.setValue(days)
        self.holiday_list.clear()
        for day, name in extra.items():
            item = QListWidgetItem(f"{table_date(day)}  {name}")
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.holiday_list.addItem(item)

    def save_target(self) -> None:
        days, actor = self.target_spin.value(), self.context.actor
        self._run(
            lambda s: settings.save_internal_target(s, actor, days), self.tr("Office target saved.")
        )

    def add_holiday(self) -> None:
        chosen = self.day_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        name, actor = self.name_edit.text(), self.context.actor
        self._run(
            lambda s: holidays.add_extra(s, actor, day, name),
            self.tr("Holiday added: new due dates move past it."),
        )

    def remove_holiday(self) -> None:
        item = self.holiday_list.currentItem()
        if item is None:
            return
        day, actor = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole)), self.context.actor
        self._run(lambda s: holidays.remove_extra(s, actor, day), self.tr("Holiday removed."))

    def _run(self, work: object, done_text: str) -> None:
        def succeeded(_result: object) -> None:
            self.status.setText(done_text)
            self.name_edit.clear()
            self.context.audit_changed.emit()
            self.reload()

        def refused(error: KnownError) -> None:
            self.status.setText(error.message(QCoreApplication.translate))

        self.jobs.run(work, succeeded, on_known_error=refused)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Deadlines"))
        self.target_label.setText(self.tr("Office &target (days, not a legal date):"))
        self.target_spin.setSuffix(self.tr(" days"))
        self.target_save.setText(self.tr("Save target"))
        self.holidays_label.setText(
            self.tr(
                "One-off public holidays declared by the government (the usual Latvian holidays "
                "are known already). Request due dates computed after you add one move past it."
            )
        )
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Hockey bronze medal day"))
        self.add_button.setText(self.tr("&Add holiday"))
        self.remove_button.setText(self.tr("Re&move"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
