"""Settings › Database (issue #18): which database this desktop opens, and "Test connection".

Two choices: this computer's encrypted file (a file chooser; empty is the data folder's
default), or the office's PostgreSQL server as separate fields — server, port, database,
user — rather than one URL (why: services/server_settings.py); a URL pasted into the server
field is split into them. The choice (the URL without a password, the CA file's path) is kept
in this desktop's QSettings (gui/preferences.py) and used at the next start when no --db is
given; the password goes to the keychain only. The open database is not switched under the
running app: the box says a change applies at the next start.

"Test connection" runs on a worker thread (gui/tasks.py) rather than through gui/jobs.py:
a job holds a unit of work on the open database, and a server that does not answer would keep
it for the whole connect timeout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from minime_admin import paths
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.gui import preferences
from minime_admin.gui.connection_box import ConnectionBox
from minime_admin.gui.tasks import Task
from minime_admin.progress import Progress
from minime_admin.services import database as db_service
from minime_admin.services import server_database, server_settings
from minime_admin.services.database import Database, Keychain, Unlock
from minime_admin.services.server_settings import ServerCheck, ServerFields


class DatabaseSettingsBox(ConnectionBox):
    def __init__(
        self, database: Database, keychain: Keychain | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.keychain = keychain or db_service.system_keychain()
        self.options: tuple[tuple[str, str], ...] = ()  # a pasted URL's sslmode, host=...
        self.password_stored = False
        self.task: Task | None = None  # the running test or save (tests wait for it)
        self.current = self.note  # which database is open now
        self.file_radio, self.server_radio = QRadioButton(), QRadioButton()
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.file_radio)
        self.choice.addButton(self.server_radio)

        self.file_edit = QLineEdit()
        self.file_button = QPushButton()
        self.file_button.clicked.connect(self.choose_file)
        self.host_edit = QLineEdit()
        self.host_edit.setMinimumWidth(260)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(server_settings.DEFAULT_PORT)
        self.port_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.name_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.options_label = QLabel()
        self.options_label.setWordWrap(True)
        self.labels = {name: QLabel() for name in _LABELS}
        buddies = {
            "file": self.file_edit, "host": self.host_edit, "port": self.port_spin,
            "name": self.name_edit, "user": self.user_edit, "password": self.password_edit,
            "ca": self.ca_edit,
        }  # fmt: skip
        for name, label in self.labels.items():
            label.setBuddy(buddies[name])
        self.restart_note = QLabel()
        self.restart_note.setWordWrap(True)

        # Wrapped notes sit in the column, not in form rows (they would be cut: #15.14).
        outer = QVBoxLayout(self)
        outer.addWidget(self.current)
        # One form for both choices, so that their labels line up; each radio spans a row.
        self.form = form = QFormLayout()
        form.addRow(self.file_radio)
        form.addRow(self.labels["file"], _row(self.file_edit, self.file_button))
        form.addRow(self.server_radio)
        form.addRow(self.labels["host"], self.host_edit)
        form.addRow(self.labels["port"], self.port_spin)
        form.addRow(self.labels["name"], self.name_edit)
        form.addRow(self.labels["user"], self.user_edit)
        form.addRow(self.labels["password"], self.password_edit)
        form.addRow(self.labels["ca"], self.ca_row)
        form.addRow("", self.options_label)
        outer.addLayout(form)
        outer.addWidget(self.restart_note)
        outer.addLayout(self.button_row())
        outer.addWidget(self.status)

        self.file_widgets: tuple[QWidget, ...] = (self.file_edit, self.file_button)
        self.server_widgets: tuple[QWidget, ...] = (
            self.host_edit, self.port_spin, self.name_edit, self.user_edit,
            self.password_edit, self.ca_edit, self.ca_button, self.test_button,
        )  # fmt: skip
        self.file_radio.toggled.connect(self._chosen)
        self.host_edit.textChanged.connect(self._host_typed)
        # Whether the keychain holds a password for these fields: asked when a field is
        # left, not at each keystroke (a real keychain may be slow to answer).
        for edit in (self.host_edit, self.name_edit, self.user_edit):
            edit.editingFinished.connect(self._password_placeholder)
        self.port_spin.editingFinished.connect(self._password_placeholder)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.load()
        self.retranslate()

    # -- showing -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Database"))
        if self.database.on_server:
            current = self.tr("Open now: the office server {url}.").format(
                url=self.database.location
            )
        else:
            current = self.tr("Open now: this computer's encrypted file {path}.").format(
                path=self.database.location
            )
        self.current.setText(current)
        self.file_radio.setText(self.tr("This &computer (encrypted file)"))
        self.server_radio.setText(self.tr("O&ffice server (PostgreSQL)"))
        for name, label in self.labels.items():
            label.setText(QCoreApplication.translate("DatabaseSettingsBox", _LABELS[name]))
        self.host_edit.setPlaceholderText(self.tr("e.g. db.office.lan, or paste the address"))
        self.file_edit.setPlaceholderText(self.tr("empty: the usual file in the app's data folder"))
        self.file_button.setText(self.tr("Choose…"))
        self.ca_button.setText(self.tr("Choose…"))
        self.ca_edit.setPlaceholderText(self.tr("the ca.crt that whoever runs the server gave"))
        self._show_options()
        self.restart_note.setText(
            self.tr(
                "The connection is encrypted and the server's certificate is checked against "
                "the certificate authority's file. The password is kept in this computer's "
                "keychain only. A change applies when the app is started again."
            )
        )
        self.save_button.setText(self.tr("&Save database choice"))
        self.test_button.setText(self.tr("&Test connection"))
        self._password_placeholder()

    def load(self) -> None:
        """The remembered choice; with none yet, the database that is open now."""
        choice = preferences.database_choice()
        fields = ServerFields()
        url = choice.server_url or (self.database.location if self.database.on_server else "")
        if url:
            try:
                fields = server_settings.fields_from_url(url)
            except KnownError:
                fields = ServerFields()  # a hand-edited settings file: start afresh
        self._show_fields(fields)
        self.file_edit.setText(choice.file)
        self.ca_edit.setText(choice.ca_file)
        remembered = choice.on_server or bool(choice.file) or bool(choice.server_url)
        on_server = choice.on_server if remembered else self.database.on_server
        # The demo's file is never offered as the office's: its key is a file beside it.
        demo = self.database.unlocked_by is Unlock.DEMO_KEY
        if not on_server and not choice.file and self.database.path is not None and not demo:
            self.file_edit.setText(str(self.database.path))
        (self.server_radio if on_server else self.file_radio).setChecked(True)
        self._chosen()

    def _show_fields(self, fields: ServerFields) -> None:
        self.host_edit.blockSignals(True)
        self.host_edit.setText(fields.host)
        self.host_edit.blockSignals(False)
        self.port_spin.setValue(fields.port)
        self.name_edit.setText(fields.database)
        self.user_edit.setText(fields.user)
        self.options = fields.options
        self._show_options()
        self._password_placeholder()

    def _show_options(self) -> None:
        shown = ", ".join(f"{name}={value}" for name, value in self.options)
        self.options_label.setText(
            self.tr("Also from the pasted address: {options}").format(options=shown)
        )
        self.form.setRowVisible(self.options_label, bool(self.options))

    @Slot()
    def _chosen(self) -> None:
        on_server = self.server_radio.isChecked()
        for widget in self.file_widgets:
            widget.setEnabled(not on_server)
        for widget in self.server_widgets:
            widget.setEnabled(on_server)
        self.password_edit.setEnabled(on_server and self.keychain.available)

    @Slot(str)
    def _host_typed(self, text: str) -> None:
        """A pasted URL fills the fields; a host typed over a pasted socket drops it."""
        if server_database.is_server(text.strip()):
            try:
                self._show_fields(server_settings.fields_from_url(text))
            except KnownError as error:
                self.status.setText(error.message(QCoreApplication.translate))
            return
        if text and any(name == "host" for name, _value in self.options):
            self.options = tuple((n, v) for n, v in self.options if n != "host")
            self._show_options()

    @Slot()
    def _password_placeholder(self) -> None:
        location = self._location()
        self.password_stored = location is not None and (
            server_database.stored_password(self.keychain, location) is not None
        )
        if not self.keychain.available:
            text = self.tr("asked at each start (this computer has no keychain)")
        elif self.password_stored:
            text = self.tr("kept in the keychain; type to replace it")
        else:
            text = ""
        self.password_edit.setPlaceholderText(text)

    # -- what is typed ---------------------------------------------------------------------

    def typed_fields(self) -> ServerFields:
        return ServerFields(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value(),
            database=self.name_edit.text().strip(),
            user=self.user_edit.text().strip(),
            options=self.options,
        )

    def typed_url(self) -> str | None:
        fields = self.typed_fields()
        return server_settings.url_from_fields(fields) if fields.complete else None

    def typed_ca_file(self) -> Path | None:
        text = self.ca_edit.text().strip()
        return Path(text).expanduser() if text else None

    def _location(self) -> server_database.ServerLocation | None:
        url = self.typed_url()
        if url is None:
            return None
        try:
            location = server_database.location_of(url, self.typed_ca_file())
        except KnownError:
            return None
        assert isinstance(location, server_database.ServerLocation)
        return location

    @Slot()
    def choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.file_edit.text() or str(paths.default_database()),
            self.tr("Encrypted database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing file is the point
        )
        if name:
            self.file_edit.setText(name)

    # -- test and save ---------------------------------------------------------------------

    @Slot()
    def test_connection(self) -> Task | None:
        """With what is typed (a typed password, else the keychain's); saves nothing."""
        location = self._location()
        if location is None:
            self._tested(self.tr("Fill in the server, the database and the user first."))
            return None
        typed, keychain = self.password_edit.text(), self.keychain
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Asking the database server…"))

        def work(_progress: Progress) -> ServerCheck:
            password = server_database.password_for(keychain, location, typed or None)
            return server_settings.check_server(location, password)

        def done(check: ServerCheck) -> None:
            text = self.tr(
                "Connected to {url}: the app's database is there and this user may work in it."
            ).format(url=check.shown)
            if not check.up_to_date:
                text += " " + self.tr("It will be brought up to date when the app opens it.")
            self._tested(text)

        def failed(error: BaseException) -> None:
            if not isinstance(error, KnownError):
                self.test_button.setEnabled(True)
                raise error  # a bug: the excepthook's crash report
            self._tested(self._failure(error))

        self.task = Task(work, on_success=done, on_failure=failed, parent=self).start()
        return self.task

    def _tested(self, text: str) -> None:
        super()._tested(text)
        self.test_button.setEnabled(self.server_radio.isChecked())

    @Slot()
    def save(self) -> Task | None:
        """Remember the choice for the next start; a typed password goes to the keychain."""
        file = self.file_edit.text().strip()
        ca_file = self.ca_edit.text().strip()
        if not self.server_radio.isChecked():
            url = self.typed_url() or ""
            preferences.save_database_choice(preferences.DatabaseChoice(False, file, url, ca_file))
            shown = file or str(paths.default_database())
            self._saved(
                self.tr("Saved: the next start opens this computer's file {path}.").format(
                    path=shown
                )
            )
            return None
        location = self._location()
        if location is None:
            self.status.setText(self.tr("Fill in the server, the database and the user first."))
            return None
        typed, keychain = self.password_edit.text(), self.keychain
        preferences.save_database_choice(
            preferences.DatabaseChoice(True, file, location.shown, ca_file)
        )
        text = self.tr("Saved: the next start opens the office server {url}.").format(
            url=location.shown
        )
        if not typed or not keychain.available:
            self._saved(text)
            return None

        def work(_progress: Progress) -> None:
            server_database.save_password(keychain, location, typed)

        def done(_result: None) -> None:
            self.password_edit.clear()
            self._password_placeholder()
            self._saved(text + " " + self.tr("The password is kept in the keychain."))

        def failed(error: BaseException) -> None:
            if not isinstance(error, KnownError):
                raise error
            self._saved(text + " " + error.message(QCoreApplication.translate))

        self.task = Task(work, on_success=done, on_failure=failed, parent=self).start()
        return self.task

    def _saved(self, text: str) -> None:
        self.status.setText(text + " " + self.tr("Start the app again to use it."))
        self.saved.emit()


def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


_LABELS = {
    "file": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "&File:"),
    "host": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "Se&rver:"),
    "port": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "&Port:"),
    "name": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "&Database:"),
    "user": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "&User:"),
    "password": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "Pass&word:"),
    "ca": QT_TRANSLATE_NOOP("DatabaseSettingsBox", "Certificate &authority:"),
}
