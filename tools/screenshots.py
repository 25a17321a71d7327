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
from minime_admin.gui.main_window import MainWindow  # noqa: E402
from minime_admin.gui.passphrase_dialog import PassphraseDialog  # noqa: E402
from minime_admin.gui.recovery_key_dialog import RecoveryKeyDialog  # noqa: E402
from minime_admin.gui.unlock_dialog import UnlockDialog  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.services import demo_database  # noqa: E402
from minime_admin.store.keychain import Keychain  # noqa: E402
from minime_admin.store.sqlcipher import database_id  # noqa: E402

SIZE = (1100, 700)
ACTOR = Actor("Anna Kalniņa", Role.MANAGER)


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
    arguments = parser.parse_args()
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
            for key, name in (
                ("inbox", "main-window"),
                ("customers", "customers"),
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
    finally:
        tasks.cancel_all_and_wait()
        window.close()
        demo.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
