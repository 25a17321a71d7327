"""Settings › Mailbox: the office's incoming (IMAP) and outgoing (SMTP) servers, the user
and password, the folders, the "From" address, a CA file and the bulk sending rate, with
"Test connection" (off the GUI thread) answered in one sentence.

Everything but the password is saved in the database (services/mail_settings.py); the
password in the OS keychain under the database's id. Without a keychain the password field
is off and the box says it must come from MINIME_ADMIN_MAIL_PASSWORD.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.gui.connection_box import ConnectionBox
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.tasks import Task
from minime_admin.services import database as db_service
from minime_admin.services import mail_settings, mail_transport
from minime_admin.services.database import Keychain
from minime_admin.services.mail_settings import (
    DEFAULT_PORTS,
    MAX_INTERVAL,
    MAX_RATE,
    MailSettings,
    Tls,
)

TLS_NAMES = {
    Tls.IMPLICIT: QT_TRANSLATE_NOOP("MailSettingsBox", "TLS from the start (implicit)"),
    Tls.STARTTLS: QT_TRANSLATE_NOOP("MailSettingsBox", "STARTTLS"),
    Tls.NONE: QT_TRANSLATE_NOOP("MailSettingsBox", "None (this computer only)"),
}


@dataclass(frozen=True)
class _Checked:
    smtp: str
    imap_messages: int | None  # None: no incoming server set


class _Server:
    """Host, port and TLS of one server, in one form row."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.host = QLineEdit()
        self.host.setMinimumWidth(220)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.tls = QComboBox()
        for tls in Tls:
            self.tls.addItem(tls.value, tls.value)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        self.row = QHBoxLayout()
        self.row.addWidget(self.host, 1)
        self.row.addWidget(self.port)
        self.row.addWidget(self.tls)

    def _tls_changed(self) -> None:
        # The usual port goes with the TLS mode, unless a port of one's own was typed.
        usual = {port for port in DEFAULT_PORTS[self.kind].values()}
        if self.port.value() in usual:
            self.port.setValue(DEFAULT_PORTS[self.kind][Tls(self.tls.currentData())])

    def retranslate(self) -> None:
        for index in range(self.tls.count()):
            name = TLS_NAMES[Tls(self.tls.itemData(index))]
            self.tls.setItemText(index, QCoreApplication.translate("MailSettingsBox", name))

    def show(self, host: str, port: int, tls: str) -> None:
        self.host.setText(host)
        self.tls.blockSignals(True)
        self.tls.setCurrentIndex(self.tls.findData(tls))
        self.tls.blockSignals(False)
        self.port.setValue(port)


class MailSettingsBox(ConnectionBox):
    def __init__(
        self, context: AppContext, keychain: Keychain | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.keychain = keychain or db_service.system_keychain()
        self.jobs = Jobs(context.database, self)
        self.password_stored = False
        self.smtp, self.imap = _Server("smtp"), _Server("imap")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setEnabled(self.keychain.available)
        self.from_edit = QLineEdit()
        self.folder_edit = QLineEdit()
        self.done_edit = QLineEdit()
        self.rate_spin = QSpinBox()
        self.rate_spin.setRange(0, MAX_RATE)
        # Read by the inbox's timer at each tick, so a change applies without a restart.
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, MAX_INTERVAL)
        self.labels = {name: QLabel() for name in _LABELS}
        buddies = {
            "smtp": self.smtp.host, "imap": self.imap.host, "user": self.user_edit,
            "password": self.password_edit, "from": self.from_edit,
            "folder": self.folder_edit, "done": self.done_edit, "ca": self.ca_edit,
            "rate": self.rate_spin, "interval": self.interval_spin,
        }  # fmt: skip
        for name, label in self.labels.items():
            label.setBuddy(buddies[name])
        # The note above the form, not in a form row: a wrapped label in a QFormLayout row
        # gets too little height on a narrow window (its heightForWidth is not asked).
        outer = QVBoxLayout(self)
        outer.addWidget(self.note)
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(self.labels["smtp"], self.smtp.row)
        form.addRow(self.labels["from"], self.from_edit)
        form.addRow(self.labels["user"], self.user_edit)
        form.addRow(self.labels["password"], self.password_edit)
        form.addRow(self.labels["imap"], self.imap.row)
        form.addRow(self.labels["folder"], self.folder_edit)
        form.addRow(self.labels["done"], self.done_edit)
        form.addRow(self.labels["interval"], self.interval_spin)
        form.addRow(self.labels["ca"], self.ca_row)
        form.addRow(self.labels["rate"], self.rate_spin)
        form.addRow(self.button_row())
        form.addRow(self.status)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self._show(MailSettings())
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Mailbox"))
        if self.keychain.available:
            note = self.tr(
                "The office mailbox: letters go out through the outgoing server, from the "
                "office's address; requests are fetched from the incoming server's folder. "
                "The password is kept in this computer's keychain, everything else in the "
                "database. Certificates are always checked."
            )
        else:
            note = self.tr(
                "The office mailbox. This computer has no keychain, so the password cannot be "
                "saved here: set it in the environment variable MINIME_ADMIN_MAIL_PASSWORD "
                "before starting the app."
            )
        self.note.setText(note)
        for name, label in self.labels.items():
            label.setText(QCoreApplication.translate("MailSettingsBox", _LABELS[name]))
        self.smtp.retranslate()
        self.imap.retranslate()
        self.ca_button.setText(self.tr("&Browse…"))
        self.rate_spin.setSuffix(self.tr(" per minute"))
        self.rate_spin.setSpecialValueText(self.tr("no pause"))
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setSpecialValueText(self.tr("only when asked"))
        self.interval_spin.setToolTip(
            self.tr(
                "While the app is open, new mail is fetched this often; 0 fetches only when "
                "you click Fetch mail."
            )
        )
        self.save_button.setText(self.tr("Save &mailbox settings"))
        self.test_button.setText(self.tr("Test mail co&nnection"))
        self._password_placeholder()

    def _password_placeholder(self) -> None:
        if self.password_stored:
            text = self.tr("kept in the keychain; type to replace it")
        elif self.keychain.available:
            text = ""
        else:
            text = self.tr("from MINIME_ADMIN_MAIL_PASSWORD")
        self.password_edit.setPlaceholderText(text)

    def load(self) -> Task:
        keychain, database = self.keychain, self.context.database

        def work(session: Session) -> tuple[MailSettings, bool]:
            stored = mail_settings.stored_password(keychain, database.database_id)
            return mail_settings.load(session), stored is not None

        return self.jobs.run(work, self._loaded, error_parent=self)

    def _loaded(self, result: tuple[MailSettings, bool]) -> None:
        settings, self.password_stored = result
        self._show(settings)
        self._password_placeholder()

    def _show(self, settings: MailSettings) -> None:
        self.smtp.show(settings.smtp_host, settings.smtp_port, settings.smtp_tls)
        self.imap.show(settings.imap_host, settings.imap_port, settings.imap_tls)
        self.user_edit.setText(settings.user)
        self.from_edit.setText(settings.from_address)
        self.folder_edit.setText(settings.imap_folder)
        self.done_edit.setText(settings.imap_done_folder)
        self.ca_edit.setText(settings.ca_file)
        self.rate_spin.setValue(settings.send_rate)
        self.interval_spin.setValue(settings.interval_minutes)

    def typed(self) -> MailSettings:
        return MailSettings(
            smtp_host=self.smtp.host.text().strip(),
            smtp_port=self.smtp.port.value(),
            smtp_tls=str(self.smtp.tls.currentData()),
            imap_host=self.imap.host.text().strip(),
            imap_port=self.imap.port.value(),
            imap_tls=str(self.imap.tls.currentData()),
            user=self.user_edit.text().strip(),
            from_address=self.from_edit.text().strip(),
            imap_folder=self.folder_edit.text().strip() or "INBOX",
            imap_done_folder=self.done_edit.text().strip(),
            ca_file=self.ca_edit.text().strip(),
            send_rate=self.rate_spin.value(),
            interval_minutes=self.interval_spin.value(),
        )

    @Slot()
    def save(self) -> Task:
        settings, secret = self.typed(), self.password_edit.text()
        keychain, actor, database = self.keychain, self.context.actor, self.context.database

        def work(session: Session) -> bool:
            mail_settings.save(session, actor, settings)
            if secret:
                mail_settings.save_password(keychain, database.database_id, secret)
            return bool(secret)

        def done(password_saved: bool) -> None:
            self.password_edit.clear()
            self.password_stored = self.password_stored or password_saved
            self._password_placeholder()
            self.status.setText(self.tr("Mailbox settings saved."))
            self.context.audit_changed.emit()
            self.saved.emit()

        return self.jobs.run(work, done, self._failed)

    @Slot()
    def test_connection(self) -> Task:
        """With what is typed (a typed password, else the stored one); saves nothing."""
        settings, typed = self.typed(), self.password_edit.text()
        keychain, database = self.keychain, self.context.database
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Asking the mail server…"))

        def work(_session: Session) -> _Checked:
            checked = mail_settings.require_sending(mail_settings.check(settings))
            secret = (
                mail_settings.password(keychain, database.database_id, typed)
                if checked.user
                else ""
            )
            endpoint = mail_transport.smtp_endpoint(checked)
            mail_transport.check_smtp(endpoint, checked.user, secret)
            messages = None
            if checked.imap_host:
                messages = mail_transport.check_imap(
                    mail_transport.imap_endpoint(checked), checked.user, secret,
                    checked.imap_folder,
                )  # fmt: skip
            return _Checked(checked.smtp_host, messages)

        def done(result: _Checked) -> None:
            text = self.tr("Logged in to the outgoing server {host}.").format(host=result.smtp)
            if result.imap_messages is not None:
                text += " " + self.tr(
                    "The incoming server's folder holds messages: {count}."
                ).format(count=result.imap_messages)
            self._tested(text)

        return self.jobs.run(work, done, lambda error: self._tested(self._failure(error)))


_LABELS = {
    "smtp": QT_TRANSLATE_NOOP("MailSettingsBox", "&Outgoing server (SMTP):"),
    "from": QT_TRANSLATE_NOOP("MailSettingsBox", "Office's “&From” address:"),
    "user": QT_TRANSLATE_NOOP("MailSettingsBox", "&User name:"),
    "password": QT_TRANSLATE_NOOP("MailSettingsBox", "&Password:"),
    "imap": QT_TRANSLATE_NOOP("MailSettingsBox", "&Incoming server (IMAP):"),
    "folder": QT_TRANSLATE_NOOP("MailSettingsBox", "Folder to &read:"),
    "done": QT_TRANSLATE_NOOP("MailSettingsBox", "Copy fetched mail &to:"),
    "interval": QT_TRANSLATE_NOOP("MailSettingsBox", "Fetch mail &every:"),
    "ca": QT_TRANSLATE_NOOP("MailSettingsBox", "Certificate a&uthority (optional):"),
    "rate": QT_TRANSLATE_NOOP("MailSettingsBox", "Bulk &sending rate:"),
}
