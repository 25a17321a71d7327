"""Settings › Retention periods: the rules in force; a manager changes periods with their
password, and every change is audited with the old and the new value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain import retention_texts
from minime_admin.domain.actor import Role
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import error_label
from minime_admin.services import retention_rules, users
from minime_admin.services.retention_rules import MAX_MONTHS

_COLUMNS = 4  # rule, months, from, legal reference


def _translate(source: str) -> str:
    return QCoreApplication.translate(retention_texts.CONTEXT, source)


def rule_title(key: str) -> str:
    """The rule's name in the UI language; its key only if it has none."""
    source = retention_texts.RULE_TITLES.get(key)
    return _translate(source) if source else key


class RetentionRulesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.resize(900, 560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, _COLUMNS)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QSpinBox] = {}
        self.stored: dict[str, int] = {}
        self.manager_combo = QComboBox()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.manager_label, self.password_label = QLabel(), QLabel()
        self.manager_label.setBuddy(self.manager_combo)
        self.password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.addRow(self.manager_label, self.manager_combo)
        form.addRow(self.password_label, self.password_edit)
        self.status = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        def work(session: Session) -> tuple[list, list[str]]:  # type: ignore[type-arg]
            rules = list(retention_rules.current_rules(session).values())
            managers = [u.name for u in users.list_users(session) if u.role is Role.MANAGER]
            return rules, managers

        self.jobs.run(work, self._show)

    def _show(self, result: tuple[list, list[str]]) -> None:  # type: ignore[type-arg]
        rules, managers = result
        self.table.setRowCount(len(rules))
        self.spins.clear()
        for row, rule in enumerate(rules):
            self.table.setItem(row, 0, QTableWidgetItem(rule_title(rule.key)))
            spin = QSpinBox()
            spin.setRange(0, MAX_MONTHS)
            spin.setValue(rule.months)
            spin.setSuffix(self.tr(" months"))
            self.table.setCellWidget(row, 1, spin)
            self.spins[rule.key] = spin
            self.stored[rule.key] = rule.months
            trigger = retention_texts.TRIGGERS.get(rule.trigger, rule.trigger.value)
            self.table.setItem(row, 2, QTableWidgetItem(_translate(trigger)))
            reference = _translate(rule.reference) + (
                self.tr(" (stated default: confirm it)") if rule.review else ""
            )
            item = QTableWidgetItem(reference)
            item.setToolTip(reference)
            self.table.setItem(row, 3, item)
        self.table.resizeColumnsToContents()
        self.manager_combo.clear()
        self.manager_combo.addItems(managers)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(managers))
        if not managers:
            self.status.setText(self.tr("Add a manager in Settings › Users first."))

    def changes(self) -> dict[str, int]:
        return {k: s.value() for k, s in self.spins.items() if s.value() != self.stored[k]}

    def save(self) -> None:
        changes, manager = self.changes(), self.manager_combo.currentText()
        password = self.password_edit.text()
        self.password_edit.clear()  # the password is never kept after the attempt
        if not changes:
            self.status.setText(self.tr("Nothing has changed."))
            return

        def work(session: Session) -> int:
            return len(
                retention_rules.change_periods_as_manager(session, manager, password, changes)
            )

        def done(count: int) -> None:
            self.status.setText(
                self.tr("Saved {count} change(s); each is in the audit log.").format(count=count)
            )
            self.context.audit_changed.emit()
            self.reload()

        def refused(error: KnownError) -> None:
            self.status.setText(error.message(QCoreApplication.translate))

        self.jobs.run(work, done, on_known_error=refused)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retention periods"))
        self.intro.setText(
            self.tr(
                "How long each kind of record is kept, and from what event. Periods marked as "
                "stated defaults are the shop's own choice, not fixed by law: confirm them with "
                "the accountant or a lawyer. Only a manager, with their password, can change a "
                "period."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rule"), self.tr("Period"), self.tr("Counted from"), self.tr("Why")]
        )
        self.manager_label.setText(self.tr("&Manager:"))
        self.password_label.setText(self.tr("&Password:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
