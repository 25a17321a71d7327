"""Settings › Shop: the WooCommerce address, consumer key and secret, an optional CA file,
and "Test connection" (off the GUI thread), answered in one sentence.

Address, key and CA file are saved in the database; the secret in the OS keychain under the
database's id (services/shop_settings.py). Without a keychain the secret field is off and
the box says the secret must come from MINIME_ADMIN_SHOP_SECRET.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from minime_admin.gui.connection_box import ConnectionBox
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.tasks import Task
from minime_admin.services import database as db_service
from minime_admin.services import shop_settings
from minime_admin.services.database import Keychain
from minime_admin.services.shop_settings import ConnectionCheck, ShopSettings


class ShopSettingsBox(ConnectionBox):
    def __init__(
        self, context: AppContext, keychain: Keychain | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.keychain = keychain or db_service.system_keychain()
        self.jobs = Jobs(context.database, self)
        self.secret_stored = False
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://minime.lv")
        self.url_edit.setMinimumWidth(360)
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("ck_…")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.url_label, self.key_label = QLabel(), QLabel()
        self.secret_label, self.ca_label = QLabel(), QLabel()
        for label, edit in (
            (self.url_label, self.url_edit),
            (self.key_label, self.key_edit),
            (self.secret_label, self.secret_edit),
            (self.ca_label, self.ca_edit),
        ):
            label.setBuddy(edit)
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow(self.url_label, self.url_edit)
        form.addRow(self.key_label, self.key_edit)
        form.addRow(self.secret_label, self.secret_edit)
        form.addRow(self.ca_label, self.ca_row)
        form.addRow(self.button_row())
        form.addRow(self.status)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.secret_edit.setEnabled(self.keychain.available)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Shop"))
        if self.keychain.available:
            note = self.tr(
                "The WooCommerce shop the customers and orders come from (WooCommerce › "
                "Settings › Advanced › REST API, read access). Address and key are kept in "
                "the database; the secret in this computer's keychain."
            )
        else:
            note = self.tr(
                "The WooCommerce shop the customers and orders come from. This computer has no "
                "keychain, so the secret cannot be saved here: set it in the environment "
                "variable MINIME_ADMIN_SHOP_SECRET before starting the app."
            )
        self.note.setText(note)
        self.url_label.setText(self.tr("Shop a&ddress:"))
        self.key_label.setText(self.tr("Consumer &key:"))
        self.secret_label.setText(self.tr("Consumer secre&t:"))
        self.ca_label.setText(self.tr("Certificate aut&hority (optional):"))
        self.ca_button.setText(self.tr("&Browse…"))
        self.save_button.setText(self.tr("Save sh&op settings"))
        self.test_button.setText(self.tr("Test connect&ion"))
        self._secret_placeholder()

    def _secret_placeholder(self) -> None:
        if self.secret_stored:
            text = self.tr("kept in the keychain; type to replace it")
        elif self.keychain.available:
            text = "cs_…"
        else:
            text = self.tr("from MINIME_ADMIN_SHOP_SECRET")
        self.secret_edit.setPlaceholderText(text)

    def load(self) -> Task:
        keychain = self.keychain
        database = self.context.database

        def work(session: Session) -> tuple[ShopSettings, bool]:
            stored = shop_settings.stored_secret(keychain, database.database_id)
            return shop_settings.load(session), stored is not None

        return self.jobs.run(work, self._loaded, error_parent=self)

    def _loaded(self, result: tuple[ShopSettings, bool]) -> None:
        settings, self.secret_stored = result
        self.url_edit.setText(settings.url)
        self.key_edit.setText(settings.key)
        self.ca_edit.setText(settings.ca_file)
        self._secret_placeholder()

    def typed(self) -> ShopSettings:
        return ShopSettings(
            self.url_edit.text().strip(), self.key_edit.text().strip(), self.ca_edit.text().strip()
        )

    @Slot()
    def save(self) -> Task:
        settings, secret = self.typed(), self.secret_edit.text()
        keychain, actor = self.keychain, self.context.actor
        database = self.context.database

        def work(session: Session) -> bool:
            shop_settings.save(session, actor, settings)
            if secret:
                shop_settings.save_secret(keychain, database.database_id, secret)
            return bool(secret)

        def done(secret_saved: bool) -> None:
            self.secret_edit.clear()
            self.secret_stored = self.secret_stored or secret_saved
            self._secret_placeholder()
            self.status.setText(self.tr("Shop settings saved."))
            self.context.audit_changed.emit()
            self.saved.emit()

        return self.jobs.run(work, done, self._failed)

    @Slot()
    def test_connection(self) -> Task:
        """With what is typed (a typed secret, else the stored one); saves nothing."""
        settings, typed_secret = self.typed(), self.secret_edit.text()
        keychain, database = self.keychain, self.context.database
        self.test_button.setEnabled(False)
        self.status.setText(self.tr("Asking the shop…"))

        def work(_session: Session) -> tuple[str, ConnectionCheck]:
            client = shop_settings.connect(
                keychain, database.database_id, settings, typed_secret, attempts=2, timeout=15.0
            )
            return client.host, shop_settings.test_connection(client)

        def done(result: tuple[str, ConnectionCheck]) -> None:
            host, check = result
            self._tested(
                self.tr("Connected to {host}: {customers} customers, {orders} orders.").format(
                    host=host, customers=check.customers, orders=check.orders
                )
            )

        return self.jobs.run(work, done, lambda error: self._tested(self._failure(error)))
