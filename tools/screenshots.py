"""Render the README/docs screenshots of the GUI, in English and Latvian.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out docs/screenshots]

Everything happens in a fresh temporary data folder: a demo database with a few hundred
fictional customers, and a throwaway passphrase database for the dialogs. The real
keychain, the user's data folder and their settings are never touched.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from minime_admin.domain.clock import SystemClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = Path(tempfile.mkdtemp(prefix="minime-admin-"))
os.environ["MINIME_ADMIN_DATA_DIR"] = str(_DATA)  # preferences go here too

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

# No keychain at all: the screenshots must never write to the real one.
keyring.set_keyring(fail.Keyring())

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from minime_admin import paths  # noqa: E402
from minime_admin.demo import database as demo_database  # noqa: E402
from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.domain.proofs import IdentityCheck  # noqa: E402
from minime_admin.domain.requests import Channel  # noqa: E402
from minime_admin.gui import language, tasks  # noqa: E402
from minime_admin.gui.customers import CustomersPage  # noqa: E402
from minime_admin.gui.inbox.assign_dialogs import AssignDialog, LinkCustomerDialog  # noqa: E402
from minime_admin.gui.inbox.email_import_dialog import EmailImportDialog  # noqa: E402
from minime_admin.gui.inbox.page import InboxPage  # noqa: E402
from minime_admin.gui.inbox.transition_dialog import TextDialog  # noqa: E402
from minime_admin.gui.main_window import MainWindow  # noqa: E402
from minime_admin.gui.passphrase_dialog import PassphraseDialog  # noqa: E402
from minime_admin.gui.recovery_key_dialog import RecoveryKeyDialog  # noqa: E402
from minime_admin.gui.server_password_dialog import ServerPasswordDialog  # noqa: E402
from minime_admin.gui.shop import ShopDataPage  # noqa: E402
from minime_admin.gui.sign_in_dialog import SignInDialog  # noqa: E402
from minime_admin.gui.unlock_dialog import UnlockDialog  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.services import intake, requests  # noqa: E402
from minime_admin.store.keychain import Keychain  # noqa: E402
from minime_admin.store.sqlcipher import database_id  # noqa: E402

SIZE = (1366, 768)  # the smallest office screen the app must look right on
CLOCK = SystemClock()  # this tool is an entry point: it chooses the clock
INBOX_SIZE = SIZE  # the inbox with its detail pane must fit the same screen
ACTOR = Actor("Anna Kalniņa", Role.MANAGER)
GROUPS = (
    "shell",
    "reports",
    "inbox",
    "customers",
    "letters",
    "breaches",
    "shop",
    "csv",
    "wizards",
    "auditnotes",
    "guide",
    "firstday",
    "maildomains",
    "mail",
    "mailfetch",
    "changedmeanwhile",
    "signin",
    "backups",
    "database",
)
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
    demo = demo_database.create_demo(demo_path, ACTOR, CLOCK, customers=arguments.customers)
    office = _DATA / "minime.db"
    created = db_service.create_database(
        office,
        ACTOR,
        Keychain(fail.Keyring()),
        passphrase="screenshot passphrase",
        clock=CLOCK,
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
            if "letters" in groups:
                letter_dialog(window, out, code)
            if "breaches" in groups:
                breach_screens(window, out, code)
            if "shop" in groups:
                shop_screens(window, out, code)
            if "csv" in groups:
                csv_mapping(window, out, code)
            if "guide" in groups:
                user_guide(window, out, code)
            if "firstday" in groups:
                first_day(window, out, code)
            if "maildomains" in groups:
                mail_domains(window, out, code)
            if "mail" in groups:
                mail_screens(window, out, code)
            if "mailfetch" in groups:
                mail_fetch_screens(window, out, code)
            if "changedmeanwhile" in groups:
                changed_meanwhile(window, out, code)
            if "signin" in groups:
                sign_in_screen(window, out, code)
            if "backups" in groups:
                backup_screens(window, out, code, office)
            if "reports" in groups:
                report_screens(window, out, code)
            if "database" in groups:
                database_screens(window, out, code)
        # Last, in both languages: the wizards complete requests and erase customers.
        for code in ("en", "lv") if "wizards" in groups else ():
            language.apply_language(code)
            wizard_screens(window, out, code)
        if "auditnotes" in groups:
            audit_notes(window, demo, out)
    finally:
        tasks.cancel_all_and_wait()
        window.close()
        demo.close()
    return 0


def report_screens(window: MainWindow, out: Path, code: str) -> None:
    """The Reports page, the register's editor and the inspection pack wizard (#20)."""
    from minime_admin.gui.reports.pack_wizard import PackWizard
    from minime_admin.gui.reports.ropa_dialog import RopaDialog

    window.show_page("reports")
    page = window.pages["reports"]
    wait_until(lambda: page.report is not None)  # type: ignore[attr-defined]
    save(window, out, f"reports-{code}.png")
    editor = RopaDialog(window.context, window)
    editor.open()
    wait_until(lambda: editor.register is not None)
    editor.activity.setCurrentIndex(editor.activity.findData("newsletter"))
    save(editor, out, f"reports-ropa-{code}.png")
    editor.close()
    start, end = page.period()  # type: ignore[attr-defined]
    wizard = PackWizard(window.context, start, end, window)
    wizard.open()
    wait_until(lambda: wizard.sign_page.manager.count() > 0 or not wizard.jobs.busy)
    save(wizard, out, f"reports-pack-period-{code}.png")
    wizard.next()
    wizard.contents_page.as_zip.setChecked(True)
    wizard.contents_page.place.setText(str(Path.home() / "DVI" / "inspection-pack.zip"))
    save(wizard, out, f"reports-pack-{code}.png")
    wizard.next()
    save(wizard, out, f"reports-pack-sign-{code}.png")
    wizard.close()


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

    server = ServerPasswordDialog("postgresql+psycopg://anna@db.minime.lan/minime", True)
    server.show()
    server.show_error(
        QCoreApplication.translate(
            "errors",
            "The database server at {url} did not accept the password for this user. Nothing "
            "was changed; check the password and try again.",
        ).format(url="postgresql+psycopg://anna@db.minime.lan/minime")
    )
    save(server, out, f"server-password-{code}.png")
    server.close()

    choose = PassphraseDialog(office)
    choose.show()
    save(choose, out, f"new-passphrase-{code}.png")
    choose.close()

    recovery = RecoveryKeyDialog(
        created.recovery_key, office, database_id(office), "SIA Mini Me", code, CLOCK.now()
    )
    recovery.show()
    save(recovery, out, f"recovery-key-{code}.png")
    recovery.confirm.setChecked(True)
    recovery.close()


def user_guide(window: MainWindow, out: Path, code: str) -> None:
    """Help › User guide over the main window, as it opens on a 1366x768 screen."""
    window.resize(*SIZE)
    window.show_page("inbox")
    window.user_guide_action.trigger()
    guide = window.user_guide
    assert guide is not None
    settle()
    # Offscreen there is no window manager: draw the dialog where it would sit, centred.
    image = window.grab()
    painter = QPainter(image)
    dialog = guide.grab()
    left, top = (image.width() - dialog.width()) // 2, (image.height() - dialog.height()) // 2
    painter.drawPixmap(left, top, dialog)
    painter.setPen(QColor("#808080"))  # the frame a window manager would draw
    painter.drawRect(left - 1, top - 1, dialog.width() + 1, dialog.height() + 1)
    painter.end()
    path = out / f"user-guide-{code}.png"
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    guide.close()


def first_day(window: MainWindow, out: Path, code: str) -> None:
    """#15.4-5: the first manager and the person's name and title, asked at the first start;
    the letter dialog while no profile is set; starting work on a request taken by phone."""
    from minime_admin.domain.requests import Status
    from minime_admin.gui.first_manager_dialog import FirstManagerDialog
    from minime_admin.gui.inbox.transition_dialog import TransitionDialog
    from minime_admin.gui.profile_dialog import ProfileDialog

    manager = FirstManagerDialog(window.context, window)
    manager.name.setText("Ilze Kalniņa")
    manager.title.setText("Vadītāja")
    manager.password.setText("zaļš kalns lido pār upi")
    manager.repeat.setText("zaļš kalns lido pār upi")
    manager.show()
    save(manager, out, f"first-manager-{code}.png")
    manager.reject()
    profile = ProfileDialog(window.context, window, name="Pēteris Ozols")
    profile.show()
    save(profile, out, f"profile-{code}.png")
    profile.reject()

    window.show_page("inbox")
    page = window.inbox_page
    detail = _request_with_customer(window, "access")
    window.context.profile_set = False
    page.show_request(detail.id)  # type: ignore[attr-defined]
    wait_until(lambda: not page.jobs.busy and page.detail is not None)
    page.detail_pane.letter_button.click()
    letter = page.detail_pane.letters.dialog
    assert letter is not None
    wait_until(lambda: not letter.busy)
    save(letter, out, f"letter-no-profile-{code}.png")
    letter.reject()
    window.context.profile_set = True
    assert page.detail is not None
    by_phone = dataclasses.replace(
        page.detail, channel=Channel.PHONE, identity_method=None, identity_check=None
    )
    start = TransitionDialog(by_phone, Status.IN_PROGRESS, page)
    start.identity.set_values(IdentityCheck.ID_DOCUMENT_IN_PERSON, "ID karte")
    start.show()
    save(start, out, f"start-work-identity-{code}.png")
    start.reject()


def shop_screens(window: MainWindow, out: Path, code: str) -> None:
    """The Shop data page after a preview of the fake test shop (tests/fake_shop.py, on this
    computer), and Settings › Shop after "Test connection"."""
    from PySide6.QtWidgets import QScrollArea

    from minime_admin.services import shop_settings

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from fake_shop import KEY, SECRET, FakeShop, generate, running

    customers, orders = generate(customers=120, orders=300, guests=30)
    customers[7]["email"] = customers[7]["billing"]["email"] = "nav adreses"
    orders[11]["date_created_gmt"] = None
    with running(FakeShop(customers, orders)) as shop:
        os.environ["MINIME_ADMIN_SHOP_SECRET"] = SECRET  # no keychain here, by design
        with window.context.database.unit_of_work() as session:
            shop_settings.save(session, ACTOR, shop_settings.ShopSettings(shop.url, KEY))
        window.resize(*SIZE)
        window.show_page("shop")
        page = window.shop_page
        wait_until(lambda: not page.jobs.busy)
        shop_file_runs(page, out, code)
        page.sources_table.selectRow(0)
        wait_until(lambda: not page.jobs.busy)
        page.preview()
        wait_until(lambda: page.task is None and not page.jobs.busy)
        settle()
        save(window, out, f"shop-data-{code}.png")

        window.show_page("settings")
        box = window.settings_page.shop_box
        box.load()
        wait_until(lambda: not box.jobs.busy)
        box.test_connection()
        wait_until(lambda: not box.jobs.busy)
        scroll = window.settings_page.findChild(QScrollArea)
        scroll.ensureWidgetVisible(box)
        settle()
        save(window, out, f"settings-shop-{code}.png")
        window.show_page("inbox")


def mail_domains(window: MainWindow, out: Path, code: str) -> None:
    """Settings › Incoming e-mail: the shop's e-mail domains, just saved."""
    from PySide6.QtWidgets import QScrollArea

    window.resize(*SIZE)
    window.show_page("settings")
    box = window.settings_page.domains_box
    box.domains_edit.setText("minime.lv, mini-me.lv" if code == "en" else "minime.lv")
    box.save()
    window.settings_page.findChild(QScrollArea).ensureWidgetVisible(box)
    settle()
    save(window, out, f"settings-mail-domains-{code}.png")
    window.show_page("inbox")


def backup_screens(window: MainWindow, out: Path, code: str, office: Path) -> None:
    """Settings › Backups, and the Restore dialog listing two backups of the office file."""
    from PySide6.QtWidgets import QScrollArea

    from minime_admin.gui.restore_dialog import RestoreDialog
    from minime_admin.services import backup

    folder = backup.load_settings().backup_folder()
    if not backup.list_backups(folder):
        database = db_service.open_database(
            office, Keychain(fail.Keyring()), "screenshot passphrase", clock=CLOCK
        )
        for _ in range(2):
            backup.make_backup(database, folder, ACTOR)
        database.close()
    window.resize(*SIZE)
    window.show_page("settings")
    box = window.settings_page.backup_box
    window.settings_page.findChild(QScrollArea).ensureWidgetVisible(box)
    settle()
    save(window, out, f"settings-backups-{code}.png")
    dialog = RestoreDialog(_DATA / "restored.db", Keychain(fail.Keyring()), ACTOR, CLOCK, window)
    dialog.show()
    save(dialog, out, f"restore-dialog-{code}.png")
    dialog.close()
    window.show_page("inbox")


def database_screens(window: MainWindow, out: Path, code: str) -> None:
    """Settings › Database with each choice (the server's saved, with the restart note), and
    the start-up question when the remembered server cannot be reached."""
    from PySide6.QtWidgets import QMessageBox, QScrollArea

    from minime_admin.gui import preferences
    from minime_admin.gui.startup import Startup

    window.resize(*SIZE)
    window.show_page("settings")
    page = window.settings_page
    scroll = page.findChild(QScrollArea)
    preferences.save_database_choice(preferences.DatabaseChoice())
    box = page.database_box
    box.load()  # the demo file, as a desktop that never chose
    box.status.clear()
    settle()
    scroll.ensureWidgetVisible(box.status)
    save(window, out, f"settings-database-file-{code}.png")
    box.server_radio.setChecked(True)
    box.host_edit.setText("postgresql+psycopg://anna@db.office.lan/minime")
    box.ca_edit.setText(str(Path.home() / "ca.crt"))
    box.save()
    settle()
    scroll.ensureWidgetVisible(box.status)
    save(window, out, f"settings-database-server-{code}.png")
    preferences.save_database_choice(preferences.DatabaseChoice())

    down = "postgresql+psycopg://anna@127.0.0.1:1/minime?sslmode=disable"
    startup = Startup(
        down, False, False, ACTOR, Keychain(fail.Keyring()), clock=CLOCK,
        file_instead=paths.default_database(),
    )  # fmt: skip
    startup.start()
    wait_until(lambda: isinstance(startup.dialog, QMessageBox))
    dialog = startup.dialog
    assert isinstance(dialog, QMessageBox)
    save(dialog, out, f"server-down-at-start-{code}.png")
    startup.finished = True  # closing the question must not end anything here
    dialog.close()
    window.show_page("inbox")


def mail_screens(window: MainWindow, out: Path, code: str) -> None:
    """Settings › Mailbox after "Test mail connection", and the letter dialog after "Send by
    e-mail…", against the test suite's SMTP server on this computer (tests/mail_server.py,
    a throwaway CA, STARTTLS and AUTH)."""
    from PySide6.QtWidgets import QMessageBox, QScrollArea

    from minime_admin.services import mail_settings

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from mail_server import MailServer, make_certificates

    certificates = make_certificates(_DATA / "mail-ca")
    user, password = "info@minime.lv", "screenshot mail password"
    server = MailServer("starttls", certificates, users={user: password}).start()
    try:
        os.environ[mail_settings.PASSWORD_VARIABLE] = password  # no keychain here, by design
        with window.context.database.unit_of_work() as session:
            mail_settings.save(
                session, ACTOR,
                mail_settings.MailSettings(
                    smtp_host="localhost", smtp_port=server.port, smtp_tls="starttls",
                    user=user, ca_file=str(certificates.ca_file),
                ),
            )  # fmt: skip
        window.resize(*SIZE)
        window.show_page("settings")
        box = window.settings_page.mail_box
        box.load()
        wait_until(lambda: not box.jobs.busy)
        box.test_connection()
        wait_until(lambda: not box.jobs.busy)
        scroll = window.settings_page.findChild(QScrollArea)
        scroll.ensureWidgetVisible(box)
        settle()
        save(window, out, f"settings-mailbox-{code}.png")

        letter_dialog(window, out, code, keep_open=True)
        dialog = window.inbox_page.detail_pane.letters.dialog
        assert dialog is not None
        dialog.send_button.click()
        wait_until(lambda: dialog.mailer.question is not None)
        save(dialog.mailer.question, out, f"letter-send-question-{code}.png")
        dialog.mailer.question.button(QMessageBox.StandardButton.Yes).click()
        wait_until(lambda: dialog.mailer.sent is not None)
        wait_until(lambda: not dialog.busy)
        save(dialog, out, f"letter-sent-{code}.png")
        dialog.reject()
        window.show_page("inbox")
    finally:
        server.stop()


def shop_file_runs(page: ShopDataPage, out: Path, code: str) -> None:
    """The file sources: a shop CSV, an access log and a newsletter list imported through the page
    (invented data), the list's row selected with its rejected row and warning."""
    from datetime import timedelta

    from csv_shop import customers_file
    from newsletter_exports import write_mailerlite

    day = CLOCK.now().replace(hour=8, minute=0, second=0, microsecond=0) - timedelta(days=2)
    stamp = day.strftime("%d/%b/%Y:%H:%M:%S +0000")
    agent = (
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"
    )
    log = _DATA / "access.log"
    log.write_text(
        "".join(
            f'192.0.2.{n} - - [{stamp}] "GET /produkts/{n}/ HTTP/1.1" 200 512 "-" "{agent}"\n'
            for n in range(1, 30)
        )
        + "nav žurnāla rinda\n",
        encoding="utf-8",
    )
    subscribers = [
        {"Email": f"lasitajs{n}@example.lv", "Subscribed": "2025-03-14 09:15", "Status": "active"}
        for n in range(40)
    ]
    subscribers.append({"Email": "", "Subscribed": "2025-03-14 09:15", "Status": "active"})
    listed = write_mailerlite(_DATA, subscribers, name=f"mailerlite-{code}.csv")
    shop_csv = customers_file(_DATA / "customers.csv", 25)
    for path in (shop_csv, log, listed):
        page.take_files([path])
        page.start_import()
        wait_until(lambda: page.task is None and not page.jobs.busy)
    settle()
    save(page.window(), out, f"shop-files-{code}.png")


def audit_notes(window: MainWindow, demo: db_service.Database, out: Path) -> None:
    """The audit log after an erasure: the erased person's typed reasons show "(erased)",
    another customer's stay (issue #14.2)."""
    from minime_admin.services import customer_page
    from minime_admin.services.erasure import execute_erasure, plan_erasure

    with demo.unit_of_work() as session:  # someone whose profile no legal hold keeps
        victim = next(
            i
            for i in range(3, 40)
            if not any(g.table == "customers" for g in plan_erasure(session, i).retained())
        )
        customer_page.open_customer_page(session, ACTOR, 2, "Customer phoned about a refund")
        customer_page.open_customer_page(session, ACTOR, victim, "Neighbour asked about a parcel")
        customer_page.open_customer_page(session, ACTOR, 2, "Checking the delivery address")
    with demo.unit_of_work() as session:
        execute_erasure(session, ACTOR, plan_erasure(session, victim))
    for code in ("en", "lv"):
        language.apply_language(code)
        window.show_page("audit")
        window.audit_page.refresh()
        save(window, out, f"audit-log-erased-notes-{code}.png")


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
    request_dialogs(window, page, out, code)

    dialog = page.new_request()
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.text.setPlainText("Lūdzu, izdzēsiet manu kontu un visus manus datus.")
    dialog.name.setText("Jānis Paraudziņš")
    dialog.phone.setText("+371 29 000 000")
    dialog.identity.set_values(IdentityCheck.PHONE_CALLBACK, "Pasūtījuma numurs 1042")
    wait_until(lambda: not page.jobs.busy)
    save(dialog, out, f"new-request-{code}.png")
    dialog.reject()

    with window.context.database.unit_of_work() as session:
        preview = intake.preview_eml(session, SAMPLE_EML, "ozolina.eml")
    email = EmailImportDialog(preview, window.context, page.jobs, page)
    email.show()
    save(email, out, f"email-import-{code}.png")
    email.reject()


def changed_meanwhile(window: MainWindow, out: Path, code: str) -> None:
    """#18.4: an extension typed while a colleague took the request, refused, over the inbox."""
    window.resize(*INBOX_SIZE)
    window.show_page("inbox")
    page = window.inbox_page
    page.filters.choose_status("open")
    page.reload()
    wait_until(lambda: not page.jobs.busy)
    unassigned = [n for n, row in enumerate(page.model.rows) if row.assignee is None]
    page.table.selectRow((unassigned or [0])[0])
    wait_until(lambda: page.detail is not None)
    detail = page.detail
    assert detail is not None
    page.actions.extend()
    form = page.actions.dialog
    assert isinstance(form, TextDialog)
    form.text.setPlainText("Dati jāsavāc no trim partneru sistēmām.")
    colleague = Actor("Guntis Liepa", Role.STAFF)
    with window.context.database.unit_of_work() as session:  # another desktop, meanwhile
        requests.assign(session, colleague, detail.id, colleague.name)
    page.actions.changed_dialog = None
    form.accept()
    wait_until(lambda: page.actions.changed_dialog is not None and not page.jobs.busy)
    box = page.actions.changed_dialog
    assert box is not None
    save(box, out, f"changed-meanwhile-{code}.png")
    box.reload_button.click()
    wait_until(lambda: not page.jobs.busy)


def sign_in_screen(window: MainWindow, out: Path, code: str) -> None:
    """#18.3: who is working, chosen from the database's users at start-up."""
    choices = [
        ACTOR,
        Actor("Guntis Liepa", Role.STAFF),
        Actor("Līga Ozola", Role.STAFF),
    ]
    dialog = SignInDialog(choices, "Līga Ozola", window)
    dialog.show()
    save(dialog, out, f"sign-in-{code}.png")
    dialog.reject()


def mail_fetch_screens(window: MainWindow, out: Path, code: str) -> None:
    """#16.3: the inbox with fetched mail waiting, and one proposal's confirmation dialog.
    The proposals are put in as a fetch records them (no mail server here)."""
    from minime_admin.domain.mail import MessageState, identity
    from minime_admin.gui.inbox.mail_fetcher import ProposalDialog
    from minime_admin.services import mail_fetch
    from minime_admin.store import fetched_mail_repo
    from minime_admin.store import session as store_session
    from minime_admin.store.mail_models import MailMessage

    window.resize(*INBOX_SIZE)
    window.show_page("inbox")
    page = window.inbox_page
    with window.context.database.unit_of_work() as session:
        if not mail_fetch.pending(session):
            for uid in (41, 42):
                fetched_mail_repo.add(
                    session,
                    MailMessage(
                        folder="INBOX", uidvalidity=1, uid=uid,
                        identity=identity(f"<{uid}@example.lv>") or "",
                        taken_at=store_session.now(session), state=MessageState.PROPOSED.value,
                        size=len(SAMPLE_EML), raw=SAMPLE_EML, reason="", reason_params={},
                        copied=False, resolved_by="",
                    ),
                )  # fmt: skip
        pending = mail_fetch.pending(session)
        preview = mail_fetch.preview_proposal(session, pending[0].proposal_id)
    page.mail.refresh_pending()
    wait_until(lambda: page.mail.review_button.isVisible())
    save(window, out, f"inbox-fetched-mail-{code}.png")
    dialog = ProposalDialog(pending[0].proposal_id, preview, window.context, page.jobs, page)
    dialog.show()
    save(dialog, out, f"fetched-mail-{code}.png")
    dialog.reject()


def request_dialogs(window: MainWindow, page: InboxPage, out: Path, code: str) -> None:
    """#15: the customer search that links a request, and the assign dialog."""
    page.actions.link_customer()
    link = page.actions.dialog
    assert isinstance(link, LinkCustomerDialog)
    link.search.search.setText("berzina")  # namesakes, told apart by phone, address, order
    link.search.run_search()
    wait_until(lambda: not link.search.pending)
    link.resize(1100, 560)
    save(link, out, f"link-customer-{code}.png")
    link.reject()
    page.actions.assign()
    wait_until(lambda: isinstance(page.actions.dialog, AssignDialog))
    assign = page.actions.dialog
    assert isinstance(assign, AssignDialog)
    save(assign, out, f"assign-request-{code}.png")
    assign.reject()


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
    # #13: the Art. 19 record — a partner told of a change — over the customer's page.
    if not page.view.buttons["partners"].isHidden():
        told = page.flow.start("partners")
        wait_until(lambda: not page.jobs.busy)
        save(told, out, f"partner-told-{code}.png")
        told.reject()
    page.show_search()


def letter_dialog(window: MainWindow, out: Path, code: str, keep_open: bool = False) -> None:
    """The letter dialog over the inbox, for a customer who writes in the UI's language."""
    from minime_admin.services import customer_page, requests

    window.resize(*INBOX_SIZE)
    window.show_page("inbox")
    page = window.inbox_page
    page.filters.choose_status("all")
    page.reload()
    wait_until(lambda: not page.jobs.busy)
    # A request from a customer who writes in this language (one still being worked on if
    # there is one), and not from the letter's own signer.
    rows = sorted(
        page.model.rows, key=lambda row: row.status.value not in ("received", "in_progress")
    )
    with window.context.database.unit_of_work() as session:
        chosen = next(
            row.id
            for row in rows
            if row.requester != ACTOR.name
            and (customer := requests.get_request(session, row.id).customer_id) is not None
            and customer_page.read_customer_page(session, customer).language == code
        )
    page.table.selectRow(page.model.row_of(chosen))
    page.detail_pane.letter_button.click()
    dialog = page.detail_pane.letters.dialog
    assert dialog is not None
    dialog.resize(1000, 720)
    paragraph = {
        "en": "If anything in this letter is unclear, call us on +371 67 000 000 on "
        "working days from 9:00 to 17:00.",
        "lv": "Ja kaut kas šajā vēstulē nav skaidrs, zvaniet mums pa tālruni +371 67 000 000 "
        "darba dienās no 9.00 līdz 17.00.",
    }
    dialog.paragraph.setPlainText(paragraph[code])
    wait_until(lambda: not dialog.busy)
    if keep_open:  # for the mail screens: the same letter, sent
        return
    save(dialog, out, f"letter-dialog-{code}.png")
    dialog.reject()


BREACH_PASSWORD = "screenshot manager password"


def csv_mapping(window: MainWindow, out: Path, code: str) -> None:
    """The CSV mapping dialog on an invented export the app does not recognise."""
    import csv

    from minime_admin.gui.shop.csv_mapping_dialog import CsvMappingDialog
    from minime_admin.importers.csv_presets import Kind

    path = _DATA / "klienti-novembris.csv"
    rows = [
        ["Nr.", "Vārds Uzvārds", "E-pasts", "Tālrunis", "Pilsēta", "Reģistrēts"],
        ["1", "Ģirts Ķēniņš-Žūriņa", "girts@example.lv", "+371 29 123 456", "Rīga", "25.11.2026"],
        ["2", "Līga Ozoliņa", "liga@example.lv", "+371 26 000 000", "Cēsis", "03.10.2026"],
        ["3", "Jānis Bērziņš", "janis@example.lv", "", "Liepāja", "14.09.2026"],
    ]
    with path.open("w", newline="", encoding="windows-1257") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    dialog = CsvMappingDialog(window.context, path, Kind.CUSTOMERS, window)
    dialog.resize(900, 700)
    dialog.show()
    wait_until(lambda: bool(dialog.combos))
    for field, column in (("customer_id", "Nr."), ("full_name", "Vārds Uzvārds"),
                          ("email", "E-pasts"), ("phone", "Tālrunis"),
                          ("billing_city", "Pilsēta"), ("registered", "Reģistrēts")):  # fmt: skip
        combo = dialog.combos[field]
        combo.setCurrentIndex(combo.findData(column))
    dialog.start(dry_run=True)
    wait_until(lambda: dialog.result is not None and dialog.import_button.isEnabled())
    save(dialog, out, f"csv-mapping-{code}.png")
    dialog.close()


def breach_screens(window: MainWindow, out: Path, code: str) -> None:
    """The register, a breach's page, the severity, DVI-notice and sign-off dialogs; in
    Latvian also page 1 of the signed DVI notice (pdftoppm -r 60)."""
    import shutil
    import subprocess
    from datetime import timedelta
    from decimal import Decimal

    from minime_admin.domain.breach import Circumstances
    from minime_admin.gui.breaches import BreachesPage
    from minime_admin.gui.breaches.record_dialogs import SubmissionDialog
    from minime_admin.services import breach_outputs, breach_selection, breaches, users

    window.resize(*INBOX_SIZE)
    window.show_page("breaches")
    page = window.pages["breaches"]
    assert isinstance(page, BreachesPage)
    database, actor = window.context.database, window.context.actor
    with database.unit_of_work() as session:
        if not breaches.list_breaches(session):  # once, for both languages
            users.add_user(session, actor, "Pēteris Ozols", Role.MANAGER, BREACH_PASSWORD)
            now = window.context.clock.now().replace(second=0, microsecond=0)
            for hours, title in (
                (24 * 12, "Serveris nepieejams divas stundas"),
                (80, "E-pasts ar atklātiem adresātiem"),
                (60, "Partneris ziņo par noplūdi"),
            ):
                bid = breaches.new_breach(session, actor, title, now - timedelta(hours=hours))
                if hours > 100:
                    reason = "Dati nezuda: atjaunoti no rezerves kopijas."
                    breaches.decide(session, actor, bid, False, reason, False, reason)
            bid = breaches.new_breach(
                session,
                actor,
                "Klēpjdators ar pasūtījumu eksportu nozagts",
                now - timedelta(hours=31, minutes=30),
                "confidentiality",
                people=420,
                records=1300,
            )
            breaches.update_breach(
                session,
                actor,
                bid,
                description="No biroja nozagts klēpjdators ar nešifrētu pasūtījumu eksportu "
                "(vārdi, e-pasti, piegādes adreses, pasūtījumu vēsture).",
                cause="Eksports saglabāts lokāli, disks nebija šifrēts.",
                data_categories="vārds, e-pasts, piegādes adrese, pasūtījumu vēsture",
                subject_categories="klienti",
                consequences="Pikšķerēšanas e-pasti klientiem; adreses svešās rokās.",
                measures_taken="Paroles nomainītas, iesniegums policijā, dators bloķēts.",
                measures_proposed="Šifrēt visus klēpjdatorus; eksportus glabāt tikai serverī.",
                advice="Nepaļaujieties uz e-pastiem, kas prasa maksājumus vai paroles.",
                contact_point="info@minime.lv, +371 67 000 000",
                description_en="A laptop with an unencrypted order export was stolen from "
                "the office (names, e-mails, delivery addresses, order history).",
                data_categories_en="name, e-mail, delivery address, order history",
                consequences_en="Phishing e-mails to customers; addresses in the wrong hands.",
                measures_taken_en="Passwords changed, reported to the police, laptop locked.",
                measures_proposed_en="Encrypt every laptop; keep exports on the server only.",
                advice_en="Do not trust e-mails that ask for payments or passwords.",
            )
            breaches.assess(
                session, actor, bid, 2, "1", Circumstances(confidentiality=Decimal("0.5"))
            )
            dvi_reason = "Vairāk nekā 400 klientu adreses un pasūtījumi."
            people_reason = "Pikšķerēšanas risks: klientiem jāzina, kā rīkoties."
            breaches.decide(session, actor, bid, True, dvi_reason, True, people_reason)
            subscribers = breach_selection.newsletter_subscribers(session)
            breaches.select_affected(session, actor, bid, subscribers.customer_ids, subscribers.how)
    page.reload()
    wait_until(lambda: not page.jobs.busy)
    chosen = next(n for n, r in enumerate(page.model.rows) if r.detail.facts["people"] == 420)
    page.table.selectRow(chosen)
    page.view.tabs.setCurrentIndex(0)
    save(window, out, f"breach-register-{code}.png")
    page.view.tabs.setCurrentIndex(1)
    save(window, out, f"breach-page-{code}.png")

    severity = page.actions.assess()
    assert severity is not None
    save(severity, out, f"breach-severity-{code}.png")
    severity.reject()

    dvi = page.outputs.open_dvi_notice()
    assert dvi is not None
    save(dvi, out, f"breach-dvi-fields-{code}.png")
    dvi.reject()

    # Issue #13: the facts in both languages, and the awareness time in the repeated hour.
    page.view.tabs.setCurrentIndex(0)
    page.facts.tabs.setCurrentIndex(1)
    save(window, out, f"breach-facts-english-{code}.png")
    page.facts.tabs.setCurrentIndex(0)
    from PySide6.QtCore import QDate, QDateTime, QTime

    new = page.new_breach()
    new.title.setText("Noplūde pulksteņa maiņas naktī")
    new.aware.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(3, 30)))
    new.accept()
    save(new, out, f"new-breach-awareness-{code}.png")
    new.reject()

    signing = page.actions.sign_off()
    assert signing is not None
    signing.manager.setCurrentIndex(signing.manager.findText("Pēteris Ozols"))
    save(signing, out, f"breach-signoff-{code}.png")
    signing.reject()

    # Issue #15: the DVI notified only when a person records the submission.
    page.view.tabs.setCurrentIndex(3)
    save(window, out, f"breach-outputs-{code}.png")
    submission = page.record(SubmissionDialog)
    assert submission is not None
    submission.channel.setCurrentIndex(2)
    submission.reference.setText("2.9/417")
    settle()
    save(submission, out, f"dvi-submission-{code}.png")
    submission.reject()
    # Issue #15.12/14: the timeline in words, each entry wrapped.
    page.view.tabs.setCurrentWidget(page.view.timeline)
    save(window, out, f"breach-timeline-{code}.png")
    page.view.tabs.setCurrentIndex(0)

    if code != "lv":
        return
    breach_id = page.model.rows[chosen].detail.id
    with database.unit_of_work() as session:
        if not page.model.rows[chosen].detail.signoff.valid:
            breaches.sign_off(session, breach_id, "Pēteris Ozols", BREACH_PASSWORD)
        pdf = breach_outputs.render_output(
            session, actor, breach_id, breach_outputs.OutputKind.DVI, "lv", final=True
        )
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm not found: breach-dvi-notice-lv.png not rendered")
        return
    source = _DATA / "dvi-notice.pdf"
    source.write_bytes(pdf)
    stem = _DATA / "dvi-notice"
    command = [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", str(source), str(stem)]
    subprocess.run(command, check=True)
    page_one = next(_DATA.glob("dvi-notice-*1.png"))
    shutil.copyfile(page_one, out / "breach-dvi-notice-lv.png")
    print(out / "breach-dvi-notice-lv.png")


# -- the export and erasure wizards, the retention view (gui/wizards) ----------------------

WIZARD_SIZE = (800, 600)
_TAKEN: set[int] = set()  # customers already used: each language answers its own request


def _request_with_customer(window: MainWindow, kind: str) -> object:
    """An open request of ``kind`` linked to a customer (for erasure: one with partners)."""
    from datetime import date

    from minime_admin.domain.requests import Channel, RequestType
    from minime_admin.gui.customers.request_choice import OPEN_STATUSES
    from minime_admin.services import erasure, requests

    with window.context.database.unit_of_work() as session:
        query = requests.inbox_query(
            date.today(), statuses=OPEN_STATUSES, types=(kind,), show_unverified=True
        )
        rows = requests.list_requests(session, query, 0, 500)
        for strict in (True, False):  # for erasure, one with partners and kept invoices first
            for row in rows:
                detail = requests.get_request(session, row.id)
                if detail.customer_id is None or detail.customer_id in _TAKEN:
                    continue
                plan = erasure.plan_erasure(session, detail.customer_id)
                if kind != "erasure" or not strict or (plan.recipients and plan.retained()):
                    _TAKEN.add(detail.customer_id)
                    return detail
        # The demo has too few: one arrives now, by e-mail, from a customer with partners.
        for customer_id in range(1, 300):
            plan = erasure.plan_erasure(session, customer_id)
            if customer_id not in _TAKEN and plan.recipients and plan.retained():
                _TAKEN.add(customer_id)
                opened = requests.open_request(
                    session,
                    window.context.actor,
                    requests.NewRequest(
                        RequestType(kind), Channel.EMAIL, window.context.clock.now(), plan.name,
                        "Lūdzu, izdzēsiet manu kontu un visus manus datus.",
                        customer_id=customer_id,
                    ),
                )  # fmt: skip
                return requests.get_request(session, opened.request_id)
    raise LookupError(f"no customer for a {kind} request in the demo")


def _held_progress(wizard: QWidget, page: object, done: int, out: Path, name: str) -> None:
    """Go on to a run page caught mid-way (the real job is too quick to catch), cancel
    that, then run the page's own job."""
    import threading

    from minime_admin.gui.wizards.pages import RunPage

    assert isinstance(page, RunPage)
    release = threading.Event()

    def work(_session: object, progress: Callable[[int, int], bool]) -> None:
        from minime_admin.progress import report

        report(progress, done, 100)
        release.wait(30)
        report(progress, done, 100)  # cancelled by then: raises Cancelled

    page.job = lambda: work  # type: ignore[method-assign]
    wizard.next()  # type: ignore[attr-defined]
    wait_until(lambda: page.bar.value() == done)
    save(wizard, out, name)
    page.cancel()
    release.set()
    wait_until(lambda: page.task is None)
    del page.job  # the page's own job again
    page.start()


def wizard_screens(window: MainWindow, out: Path, code: str) -> None:
    import shutil

    from minime_admin.gui.wizards import ErasureWizard, ExportWizard
    from minime_admin.gui.wizards.launcher import subject_of_request

    identity = {
        "en": "Wrote from the account's e-mail address and named a recent order",
        "lv": "Rakstīja no konta e-pasta adreses un nosauca nesenu pasūtījumu",
    }[code]
    folder = _DATA / ("Exports" if code == "en" else "Eksporti")
    folder.mkdir(exist_ok=True)

    export = window.wizards.open(
        ExportWizard, subject_of_request(_request_with_customer(window, "access"))
    )  # type: ignore[arg-type]
    export.resize(*WIZARD_SIZE)
    save(export, out, f"export-wizard-request-{code}.png")
    export.next()
    export.identity_page.identity.set_values(IdentityCheck.ACCOUNT_EMAIL, identity)
    save(export, out, f"export-wizard-identity-{code}.png")
    export.next()
    save(export, out, f"export-wizard-scope-{code}.png")
    export.next()
    wait_until(lambda: not export.busy)
    save(export, out, f"export-wizard-preview-{code}.png")
    export.next()
    export.destination_page.folder.setText(str(folder))
    export.destination_page.password.setText("Pavasaris-2026")
    export.destination_page.repeat.setText("Pavasaris-2026")
    save(export, out, f"export-wizard-destination-{code}.png")
    _held_progress(export, export.generate_page, 42, out, f"export-wizard-progress-{code}.png")
    wait_until(lambda: export.currentPage() is export.done_page)
    save(export, out, f"export-wizard-done-{code}.png")
    handing = export.done_page.record_handover()  # #15.2: how and when it reached them
    handing.method.setCurrentIndex(handing.method.findData("registered_post"))
    handing.note.setText("RR 1234 5678 LV")
    save(handing, out, f"handover-{code}.png")
    handing.reject()
    export.accept()
    shutil.rmtree(folder)  # fictional data, but a package is not left lying about

    erase = window.wizards.open(
        ErasureWizard, subject_of_request(_request_with_customer(window, "erasure"))
    )  # type: ignore[arg-type]
    erase.resize(*WIZARD_SIZE)
    save(erase, out, f"erasure-wizard-request-{code}.png")
    erase.next()
    erase.identity_page.identity.set_values(IdentityCheck.ACCOUNT_EMAIL, identity)
    save(erase, out, f"erasure-wizard-identity-{code}.png")
    erase.next()
    wait_until(lambda: not erase.busy)
    save(erase, out, f"erasure-wizard-plan-{code}.png")
    erase.next()
    erase.confirm_page.confirm.setChecked(True)
    save(erase, out, f"erasure-wizard-confirm-{code}.png")
    _held_progress(erase, erase.execute_page, 64, out, f"erasure-wizard-progress-{code}.png")
    wait_until(lambda: erase.currentPage() is erase.done_page)
    save(erase, out, f"erasure-wizard-done-{code}.png")
    erase.accept()

    view = window.wizards.open_retention()
    view.resize(1000, 460)
    wait_until(lambda: not view.busy)
    view.dry_button.click()
    wait_until(lambda: not view.busy)
    save(view, out, f"retention-{code}.png")
    view.table.scrollToBottom()  # whole customers, accounting documents, ID copies, letters
    save(view, out, f"retention-sweep-preview-{code}.png")
    view.close()


if __name__ == "__main__":
    raise SystemExit(main())
