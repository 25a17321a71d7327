"""Render the README/docs screenshots of the GUI, in English and Latvian.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots]

Everything happens in a fresh temporary data folder: a demo database with a few hundred
fictional customers, and a throwaway passphrase database for the dialogs. The real
keychain, the user's data folder and their settings are never touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = Path(tempfile.mkdtemp(prefix="minime-admin-"))
os.environ["MINIME_ADMIN_DATA_DIR"] = str(_DATA)  # preferences go here too

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

# No keychain at all: the screenshots must never write to the real one.
keyring.set_keyring(fail.Keyring())

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from minime_admin import paths  # noqa: E402
from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.gui import language, tasks  # noqa: E402
from minime_admin.gui.customers import CustomersPage  # noqa: E402
from minime_admin.gui.inbox.email_import_dialog import EmailImportDialog  # noqa: E402
from minime_admin.gui.main_window import MainWindow  # noqa: E402
from minime_admin.gui.passphrase_dialog import PassphraseDialog  # noqa: E402
from minime_admin.gui.recovery_key_dialog import RecoveryKeyDialog  # noqa: E402
from minime_admin.gui.unlock_dialog import UnlockDialog  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.services import demo_database, intake  # noqa: E402
from minime_admin.store.keychain import Keychain  # noqa: E402
from minime_admin.store.sqlcipher import database_id  # noqa: E402

SIZE = (1100, 700)
INBOX_SIZE = (1360, 900)  # the inbox with its detail pane wants more room than the rest
ACTOR = Actor("Anna Kalniņa", Role.MANAGER)
GROUPS = ("shell", "inbox", "customers")
# A fictional e-mail for the import dialog: no Date header (a warning) and an attachment.
SAMPLE_EML = (
    "From: =?utf-8?q?L=C4=ABga_Ozoli=C5=86a?= <liga.ozolina@example.lv>\r\n"
    "To: info@minime.lv\r\n"
    "Subject: =?utf-8?q?L=C5=ABdzu_dz=C4=93st_manus_datus?=\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
    "--b\r\nContent-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "Labdien!\r\n\r\nLūdzu, izdzēsiet manu kontu un visus manus personas datus.\r\n"
    "\r\nAr cieņu,\r\nLīga Ozoliņa\r\n"
    "--b\r\nContent-Type: application/pdf\r\n"
    'Content-Disposition: attachment; filename="iesniegums.pdf"\r\n'
    "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQKJSBkZW1vCg==\r\n--b--\r\n"
).encode()


def settle(milliseconds: int = 150) -> None:
    """Let layouts, fonts and queued signals finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    waited = 0
    while not condition():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the GUI did not get there in time")


def save(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument(
        "--only", choices=GROUPS, action="append", help="render only these (default: all)"
    )
    arguments = parser.parse_args()
    groups = set(arguments.only or GROUPS)
    out: Path = arguments.out
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv)
    app.setApplicationName("minime-admin")
    demo_path = paths.demo_database()
    print(f"creating a demo database with {arguments.customers} customers in {_DATA}")
    demo = demo_database.create_demo(demo_path, ACTOR, customers=arguments.customers)
    office = _DATA / "minime.db"
    created = db_service.create_database(
        office, ACTOR, Keychain(fail.Keyring()), passphrase="screenshot passphrase"
    )
    created.database.close()

    window = MainWindow(demo, ACTOR)
    window.resize(*SIZE)
    window.show()
    try:
        for code in ("en", "lv"):
            language.apply_language(code)
            window.settings_page.language_combo.setCurrentIndex(
                window.settings_page.language_combo.findData(code)
            )
            if "shell" in groups:
                shell(window, out, code, office, created)
            if "inbox" in groups:
                inbox(window, out, code)
            if "customers" in groups:
                customers(window, out, code)
    finally:
        tasks.cancel_all_and_wait()
        window.close()
        demo.close()
    return 0


def shell(
    window: MainWindow, out: Path, code: str, office: Path, created: db_service.Created
) -> None:
    """The main window's pages and the database dialogs."""
    window.resize(*SIZE)
    for key, name in (
        ("inbox", "main-window"),
        ("breaches", "breaches"),
        ("settings", "settings"),
    ):
        window.show_page(key)
        save(window, out, f"{name}-{code}.png")
    window.show_page("audit")
    window.audit_page.verify()
    wait_until(lambda: window.audit_page.task is None)
    save(window, out, f"audit-log-{code}.png")
    window.show_page("inbox")

    unlock = UnlockDialog(office)
    unlock.show()
    unlock.show_error(
        QCoreApplication.translate(
            "errors",
            "The passphrase or recovery key does not open {path}, or the file is "
            "damaged. The file was not changed.",
        ).format(path=office)
    )
    save(unlock, out, f"unlock-{code}.png")
    unlock.close()

    choose = PassphraseDialog(office)
    choose.show()
    save(choose, out, f"new-passphrase-{code}.png")
    choose.close()

    recovery = RecoveryKeyDialog(
        created.recovery_key, office, database_id(office), "SIA Mini Me", code
    )
    recovery.show()
    save(recovery, out, f"recovery-key-{code}.png")
    recovery.confirm.setChecked(True)
    recovery.close()


def inbox(window: MainWindow, out: Path, code: str) -> None:
    """The inbox with a due-soon request open, and the two intake dialogs."""
    window.resize(*INBOX_SIZE)
    window.show_page("inbox")
    page = window.inbox_page
    page.filters.choose_status("open")
    page.reload()
    wait_until(lambda: not page.jobs.busy)
    # Red and amber rows stay unselected so that they show; the pane shows a request
    # on hold awaiting proof of identity (its paused date beside the legal one).
    rows = page.model.rows
    calm = [n for n, row in enumerate(rows) if not page.model.urgency_of(row)]
    waiting = [n for n in calm if rows[n].status.value == "on_hold"]
    chosen = (waiting or calm or [0])[0]
    page.table.selectRow(chosen)
    page.table.setFocus()
    save(window, out, f"inbox-{code}.png")

    dialog = page.new_request()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.text.setPlainText("Lūdzu, izdzēsiet manu kontu un visus manus datus.")
    dialog.name.setText("Jānis Paraudziņš")
    dialog.phone.setText("+371 29 000 000")
    dialog.identity.setText("Pasūtījuma numurs un piegādes adrese")
    wait_until(lambda: not page.jobs.busy)
    save(dialog, out, f"new-request-{code}.png")
    dialog.reject()

    with window.context.database.session() as session:
        preview = intake.preview_eml(session, SAMPLE_EML, "ozolina.eml")
    email = EmailImportDialog(preview, window.context, page.jobs, page)
    email.show()
    save(email, out, f"email-import-{code}.png")
    email.reject()


def customers(window: MainWindow, out: Path, code: str) -> None:
    """Search results with a restricted customer, then customer 1's page."""
    window.resize(*SIZE)
    window.show_page("customers")
    page = window.pages["customers"]
    assert isinstance(page, CustomersPage)
    page.show_search()
    panel = page.search_panel
    panel.search.setText("mikel")  # no diacritics typed: finds Miķelis and Miķelsons
    panel.run_search()
    wait_until(lambda: not panel.pending)
    save(window, out, f"customers-{code}.png")

    panel.search.setText("kenins zurins")
    panel.run_search()
    wait_until(lambda: not panel.pending)
    dialog = page.ask_reason(panel.model.hits[0])
    wait_until(lambda: dialog.request.isEnabled())
    reasons = {"en": "Customer phoned about an order", "lv": "Klients zvanīja par pasūtījumu"}
    dialog.reason.setText(reasons[code])
    dialog.accept()
    wait_until(lambda: page.showing_customer and not page.jobs.busy)
    save(window, out, f"customer-page-{code}.png")
    page.show_search()


if __name__ == "__main__":
    raise SystemExit(main())
