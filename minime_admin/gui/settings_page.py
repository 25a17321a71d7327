"""Settings: the UI language and staff profile (this desktop), the letterhead (the database)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.actor import Role
from minime_admin.gui import language, preferences
from minime_admin.gui.backups import BackupSettingsBox
from minime_admin.gui.breaches.users_dialog import UsersDialog
from minime_admin.gui.context import AppContext
from minime_admin.gui.database_settings import DatabaseSettingsBox
from minime_admin.gui.deadline_settings import DeadlineSettings
from minime_admin.gui.mail_settings import MailSettingsBox
from minime_admin.gui.office_domains_box import OfficeDomainsBox
from minime_admin.gui.retention_rules_dialog import RetentionRulesDialog
from minime_admin.gui.shop.settings_box import ShopSettingsBox
from minime_admin.gui.style import title_font
from minime_admin.gui.unsaved import UnsavedQuestion, ask_unsaved
from minime_admin.services.profile import os_user_name
from minime_admin.services.settings import Letterhead, load_letterhead, save_letterhead

# Each language is named in itself, so it can be found whatever the current one is.
LANGUAGE_NAMES = {"lv": "Latviešu", "en": "English"}


def _fit_to_contents(combo: QComboBox) -> None:
    """A short choice in a short box, resized when a language change renames its items."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


class SettingsPage(QWidget):
    language_changed = Signal(str)
    profile_changed = Signal(object)  # Actor

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.message: QMessageBox | None = None  # the last box shown (tests read it)
        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))

        # Language
        self.language_box = QGroupBox()
        self.language_combo = QComboBox()
        for code in ("lv", "en"):
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(language.current_language())
        )
        _fit_to_contents(self.language_combo)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        language_form = QFormLayout(self.language_box)
        language_form.addRow(self.language_label, self.language_combo)

        # Staff profile
        self.profile_box = QGroupBox()
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.name_edit = QLineEdit(context.actor.name)
        self.name_edit.setMaxLength(preferences.MAX_NAME)
        self.name_edit.setPlaceholderText(os_user_name())
        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(role.value, role.value)
        self.role_combo.setCurrentIndex(self.role_combo.findData(context.actor.role.value))
        # The role is the user's in the database (a manager adds users), never chosen here.
        self.role_combo.setEnabled(False)
        _fit_to_contents(self.role_combo)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name_edit)
        self.role_label = QLabel()
        self.role_label.setBuddy(self.role_combo)
        profile_form = QFormLayout(self.profile_box)
        profile_form.addRow(self.profile_note)
        profile_form.addRow(self.name_label, self.name_edit)
        profile_form.addRow(self.role_label, self.role_combo)
        self.users_button = QPushButton()  # managers with passwords sign breaches off
        self.users_button.clicked.connect(self.open_users)
        profile_form.addRow("", self.users_button)
        self.retention_button = QPushButton()  # a manager changes periods, with their password
        self.retention_button.clicked.connect(self.open_retention_rules)
        profile_form.addRow("", self.retention_button)

        # Letterhead
        self.letterhead_box = QGroupBox()
        self.letterhead_note = QLabel()
        self.letterhead_note.setWordWrap(True)
        self.letterhead_edits: dict[str, QLineEdit] = {}
        self.letterhead_labels: dict[str, QLabel] = {}
        # The note sits above the form, not in a row of it: a wrapped label spanning a
        # QFormLayout row is not given the height of its lines and is cut (#15.14).
        letterhead_column = QVBoxLayout(self.letterhead_box)
        letterhead_column.addWidget(self.letterhead_note)
        letterhead_form = QFormLayout()
        letterhead_column.addLayout(letterhead_form)
        for field in fields(Letterhead):
            edit = QLineEdit()
            edit.setMinimumWidth(360)
            label = QLabel()
            label.setBuddy(edit)
            self.letterhead_edits[field.name] = edit
            self.letterhead_labels[field.name] = label
            letterhead_form.addRow(label, edit)
        self.save_button = QPushButton()
        self.save_status = QLabel()
        self.save_status.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.save_status, 1)
        letterhead_form.addRow(save_row)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 20, 24, 20)
        column.addWidget(self.heading)
        self.deadlines_box = DeadlineSettings(context)
        self.shop_box = ShopSettingsBox(context)
        self.domains_box = OfficeDomainsBox(context)
        self.mail_box = MailSettingsBox(context)  # Settings › Mailbox (issue #16)
        self.backup_box = BackupSettingsBox()  # Settings › Backups (issue #17)
        self.database_box = DatabaseSettingsBox(context.database)  # Settings › Database (#18)
        boxes = (
            self.language_box,
            self.profile_box,
            self.deadlines_box,
            self.letterhead_box,
            self.domains_box,
            self.shop_box,
            self.mail_box,
            self.backup_box,
            self.database_box,
        )
        for box in boxes:
            box.setMaximumWidth(760)
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.name_edit.editingFinished.connect(self._profile_edited)
        self.role_combo.currentIndexChanged.connect(self._profile_edited)
        self.save_button.clicked.connect(self.save_letterhead)
        self.retranslate()
        self.load_letterhead()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the app:"))
        self.profile_box.setTitle(self.tr("Staff profile"))
        self.profile_note.setText(
            self.tr(
                "The audit log names this person for everything done at this computer. "
                "Only a manager can sign off a breach notice."
            )
        )
        self.name_label.setText(self.tr("&Name:"))
        self.role_label.setText(self.tr("&Role:"))
        self.role_combo.setItemText(0, self.tr("Staff"))
        self.role_combo.setItemText(1, self.tr("Manager"))
        self.users_button.setText(self.tr("&Users…"))
        self.retention_button.setText(self.tr("&Retention periods…"))
        self.letterhead_box.setTitle(self.tr("Letterhead"))
        self.letterhead_note.setText(
            self.tr(
                "Printed on every letter to customers and to the inspectorate. Kept in the "
                "database, so everyone using it shares the same letterhead."
            )
        )
        labels = {
            "company_name": self.tr("&Company name:"),
            "registration_number": self.tr("Registration &number:"),
            "address": self.tr("&Address:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
            "website": self.tr("&Website:"),
        }
        for name, label in self.letterhead_labels.items():
            label.setText(labels.get(name, name))
        self.save_button.setText(self.tr("&Save letterhead"))
        self.save_status.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- language and profile: this desktop's QSettings ------------------------------------

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        code = str(self.language_combo.itemData(index))
        if code != language.current_language():
            language.apply_language(code)  # every widget gets a LanguageChange event
            preferences.save_language(code)
            self.language_changed.emit(code)

    @Slot()
    def _profile_edited(self) -> None:
        name = self.name_edit.text().strip() or os_user_name()
        if self.name_edit.text() != name:
            self.name_edit.setText(name)
        with self.context.database.unit_of_work() as session:
            actor = preferences.profile_actor(session, name)
        self.role_combo.setCurrentIndex(self.role_combo.findData(actor.role.value))
        if actor != self.context.actor:
            preferences.save_staff_profile(actor)
            self.context.profile_set = True
            self.context.set_actor(actor)
            self.profile_changed.emit(actor)

    # -- letterhead: the database ----------------------------------------------------------

    def load_letterhead(self) -> None:
        with self.context.database.unit_of_work() as session:
            letterhead = load_letterhead(session)
        self.stored_letterhead = letterhead
        for name, edit in self.letterhead_edits.items():
            edit.setText(getattr(letterhead, name))

    def typed_letterhead(self) -> Letterhead:
        return Letterhead(
            **{name: edit.text().strip() for name, edit in self.letterhead_edits.items()}
        )

    @Slot()
    def open_retention_rules(self) -> RetentionRulesDialog:
        dialog = RetentionRulesDialog(self.context, self)
        dialog.open()
        return dialog

    def open_users(self) -> UsersDialog:
        dialog = UsersDialog(self.context, self)
        dialog.open()
        return dialog

    @Slot()
    def save_letterhead(self) -> list[str]:
        letterhead = self.typed_letterhead()
        with self.context.database.unit_of_work() as session:
            changed = save_letterhead(session, self.context.actor, letterhead)
        self.stored_letterhead = letterhead
        if changed:
            self.save_status.setText(
                self.tr("Letterhead saved. Fields changed: {count}.").format(count=len(changed))
            )
            self.context.audit_changed.emit()
        else:
            self.save_status.setText(self.tr("Nothing to save: the letterhead is unchanged."))
        return changed

    # -- unsaved letterhead (#15.9): asked about before the app closes --------------------

    def has_unsaved(self) -> bool:
        return self.typed_letterhead() != self.stored_letterhead

    def settle_unsaved(
        self, question: UnsavedQuestion, proceed: Callable[[], None]
    ) -> QMessageBox | None:
        if not self.has_unsaved():
            proceed()
            return None

        def save() -> None:
            self.save_letterhead()
            proceed()

        def discard() -> None:
            self.load_letterhead()
            proceed()

        self.message = ask_unsaved(
            self, self.tr("The letterhead has changes that are not saved."), question, save, discard
        )
        return self.message
