"""The Art. 30 register's editor: the fields the app cannot know, one at a time, each save a
new version in the audit log; the register itself is read-only here (issue #20.2)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain import ropa
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.language import current_language
from minime_admin.letters import ropa as ropa_letters
from minime_admin.letters.ropa_catalogue import ACTIVITIES, ROPA
from minime_admin.services import ropa as ropa_service


class RopaDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.register: ropa.Register | None = None
        self.language = current_language()
        self.activity = QComboBox()
        self.activity.addItem(self.tr("The whole register"), ropa.REGISTER)
        for activity in ropa.ACTIVITIES:
            self.activity.addItem(ACTIVITIES[self.language][activity.key][0], activity.key)
        self.field = QComboBox()
        self.generated = QLabel()
        self.generated.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.version = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Processing activity"), self.activity)
        form.addRow(self.tr("What the app knows"), self.generated)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("The office's text"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.version)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Records of processing (Art. 30)"))
        self.resize(760, 560)
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self.field.currentIndexChanged.connect(self._field_changed)
        self.jobs.run(ropa_service.register, self._loaded, error_parent=self)

    def _field_names(self) -> dict[str, str]:
        return {
            "data_subjects": self.tr("Data subjects (addition)"),
            "recipients": self.tr("Other recipients"),
            "security": self.tr("Security measures"),
            "notes": self.tr("Notes"),
            "contact": self.tr("Contact for data protection"),
        }

    def _loaded(self, register: ropa.Register) -> None:
        self.register = register
        change = register.last_change
        self.version.setText(
            self.tr("Version {n}").format(n=register.version)
            if change is None
            else self.tr("Version {n}, last changed by {who}").format(
                n=register.version, who=change.changed_by
            )
        )
        self._activity_changed()

    def _activity_changed(self) -> None:
        key = self.activity.currentData()
        names = self._field_names()
        fields = ropa.REGISTER_FIELDS if key == ropa.REGISTER else ropa.EDITABLE
        self.field.blockSignals(True)
        self.field.clear()
        for name in fields:
            self.field.addItem(names[name], name)
        self.field.blockSignals(False)
        entry = self._entry()
        if entry is None:
            self.generated.setText(ROPA[self.language]["app_security"])
        else:
            rows = ropa_letters.entry_rows(entry, self.language)[1:8]
            self.generated.setText("\n".join(f"{label}: {value}" for label, value in rows))
        self._field_changed()

    def _entry(self) -> ropa.Entry | None:
        if self.register is None:
            return None
        key = self.activity.currentData()
        return next((e for e in self.register.entries if e.activity.key == key), None)

    def _field_changed(self) -> None:
        if self.register is None:
            return
        entry = self._entry()
        written = self.register.written if entry is None else entry.written
        self.text.setPlainText(written.get(self.field.currentData() or "", ""))

    def save(self) -> None:
        activity, field, value = (
            self.activity.currentData(),
            self.field.currentData(),
            self.text.toPlainText(),
        )
        actor = self.context.actor

        def work(session: object) -> ropa.Register:
            ropa_service.set_field(session, actor, activity, field, value)  # type: ignore[arg-type]
            return ropa_service.register(session)  # type: ignore[arg-type]

        self.jobs.run(work, self._saved, error_parent=self)

    def _saved(self, register: ropa.Register) -> None:
        self._loaded(register)
        self.context.audit_changed.emit()
