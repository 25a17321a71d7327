"""The main window: navigation on the left, one page at a time, the database in the status bar.

The window opens at once (#19.5): at start it is built before the database has opened, from
Qt and this module only (its frame: title, menus, navigation, status bar, and an
"Opening the database…" state where the inbox will be), and ``open`` fills it once the
database is open. ``MainWindow(database, actor)`` does both at once. Only the inbox is built
then; every other page is built (and its module imported) when it is first shown.
``pages`` builds a page when asked for it, so code that needs one (a link from a request to
its customer, a test) simply asks; ``pages.built`` is what exists so far.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from minime_admin import __version__
from minime_admin.gui.opening import OpeningPanel, opening_text
from minime_admin.gui.roles import role_label
from minime_admin.gui.window_memory import WindowMemory

# Everything below is imported by ``open`` (SQLAlchemy, the services, the inbox): the frame
# paints before any of it has loaded.
if TYPE_CHECKING:
    from minime_admin.domain.actor import Actor
    from minime_admin.gui.audit_view import AuditPage
    from minime_admin.gui.backups import Backups, BackupStatus
    from minime_admin.gui.context import AppContext
    from minime_admin.gui.customers import CustomersPage
    from minime_admin.gui.inbox import InboxPage
    from minime_admin.gui.settings_page import SettingsPage
    from minime_admin.gui.shop import ShopDataPage
    from minime_admin.gui.user_guide import UserGuideDialog
    from minime_admin.gui.wizards.launcher import RetentionReminder, ToolsMenu, WizardLauncher
    from minime_admin.services.database import Database

PAGE_KEYS = ("inbox", "customers", "breaches", "shop", "reports", "audit", "settings")
# The largest of the pages' own minimum sizes (the customer page's width, the shop page's
# height, measured in English): what the stack needed when every page was built at once.
PAGES_MINIMUM = QSize(800, 415)
# Where each page's class lives: imported when the page is first shown.
PAGE_CLASSES = {
    "inbox": ("minime_admin.gui.inbox", "InboxPage"),
    "customers": ("minime_admin.gui.customers", "CustomersPage"),
    "breaches": ("minime_admin.gui.breaches", "BreachesPage"),
    "shop": ("minime_admin.gui.shop", "ShopDataPage"),
    "reports": ("minime_admin.gui.reports", "ReportsPage"),
    "audit": ("minime_admin.gui.audit_view", "AuditPage"),
    "settings": ("minime_admin.gui.settings_page", "SettingsPage"),
}
_ICONS = {
    "inbox": QStyle.StandardPixmap.SP_DirOpenIcon,
    "customers": QStyle.StandardPixmap.SP_DirHomeIcon,
    "breaches": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "shop": QStyle.StandardPixmap.SP_DriveNetIcon,
    "reports": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "audit": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "settings": QStyle.StandardPixmap.SP_FileDialogListView,
}


class PathStatusLabel(QLabel):
    """A status text naming a file: when space runs short the path loses its middle.

    The rest of the sentence (encrypted, how it was unlocked) always stays readable, and
    the full text is the tooltip.
    """

    def __init__(self) -> None:
        super().__init__()
        self._template = "{path}"
        self._path = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)

    def set_text(self, template: str, path: str) -> None:
        self._template, self._path = template, path
        self.setToolTip(self.full_text)
        self._elide()

    @property
    def full_text(self) -> str:
        return self._template.format(path=self._path)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - metrics.horizontalAdvance(self._template.format(path="")) - 8
        path = metrics.elidedText(self._path, Qt.TextElideMode.ElideMiddle, max(room, 40))
        self.setText(self._template.format(path=path))


class Pages(Mapping[str, QWidget]):
    """The main window's pages by key: a page not built yet is built when asked for."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self.built: dict[str, QWidget] = {}  # in the order they were built

    def __getitem__(self, key: str) -> QWidget:
        page = self.built.get(key)
        if page is None:
            if key not in PAGE_CLASSES:
                raise KeyError(key)
            page = self._build(key)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(PAGE_KEYS)

    def __len__(self) -> int:
        return len(PAGE_KEYS)


class MainWindow(QMainWindow):
    # Closed by the user before the database had opened: the app quits once it has.
    closed_while_opening = Signal()

    def __init__(
        self,
        database: Database | None = None,
        actor: Actor | None = None,
        parent: QWidget | None = None,
        *,
        location: Path | str = "",  # while opening: the file or the server, as shown
        demo: bool = False,
    ) -> None:
        super().__init__(parent)
        self.opened = False
        self.demo = demo
        self.location = str(location)

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key in PAGE_KEYS:
            item = QListWidgetItem(self.style().standardIcon(_ICONS[key]), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)

        # Until a page is first shown an empty widget holds its place in the stack; the
        # inbox's place says what is happening until the database has opened.
        self.stack = QStackedWidget()
        # The room the largest page needs from the start, so the window never jumps wider
        # when a page is first built.
        self.stack.setMinimumSize(PAGES_MINIMUM)
        panel = OpeningPanel(location, demo)
        self.opening_panel: OpeningPanel | None = panel  # None once the inbox is in its place
        self.stack.addWidget(panel)
        for _key in PAGE_KEYS[1:]:
            self.stack.addWidget(QWidget())
        self.pages = Pages(self._build_page)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = PathStatusLabel()
        self.profile_label = QLabel()
        self.demo_label = QLabel()  # the title bar is easy to miss: say it where data shows
        self.demo_label.setStyleSheet("QLabel { font-weight: bold; padding: 0 8px; }")
        self.demo_label.setVisible(self.demo)
        self.statusBar().addWidget(self.demo_label)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.profile_label)

        self._build_menus()
        # Nothing to show or do in the database before it has opened.
        self.nav.setEnabled(False)
        for action in self._needs_database():
            action.setEnabled(False)
        self.retranslate()
        self.nav.setCurrentRow(0)
        # Size and place as the user left them (#15.14); 1100x700 the first time. Each
        # page's splitters are put back when the page is built.
        self.memory = WindowMemory(self, {}, (1100, 700))
        self.memory.restore()
        if database is not None:
            assert actor is not None
            self.open(database, actor)

    def open(self, database: Database, actor: Actor) -> None:
        """The database has opened: the inbox in place of the "Opening…" state, and all
        that works on the database."""
        from minime_admin.gui.backups import Backups, BackupStatus
        from minime_admin.gui.context import AppContext
        from minime_admin.gui.inbox import InboxPage
        from minime_admin.gui.wizards.launcher import RetentionReminder, ToolsMenu, WizardLauncher
        from minime_admin.services.database import Unlock

        self.context: AppContext = AppContext(database, actor, self)
        self.demo = database.unlocked_by is Unlock.DEMO_KEY
        self.demo_label.setVisible(self.demo)
        self.location = database.location
        # The first rows read early, shown until the inbox has read them itself (#19.5).
        early_rows = self.opening_panel.rows if self.opening_panel is not None else []
        self.inbox_page: InboxPage = InboxPage(self.context, first_rows=early_rows)
        self._place_page("inbox", self.inbox_page)
        self.opening_panel = None  # deleted with its place
        self.opened = True

        # The export and erasure wizards, the retention view and its start-up reminder.
        self.wizards: WizardLauncher = WizardLauncher(self.context, self)
        self.wizards.attach_inbox(self.inbox_page)
        self.tools_menu: ToolsMenu = ToolsMenu(self.wizards, self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.tools_menu)
        self.retention_reminder: RetentionReminder = RetentionReminder(self.wizards, self)
        self.statusBar().addWidget(self.retention_reminder)  # right of the database path
        self.backups: Backups = Backups(self.context, self)  # issue #17: note and schedule
        self.backup_status: BackupStatus = BackupStatus(self.backups, self)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.context.actor_changed.connect(self._actor_changed)
        # From a request to its customer and back (#15.7).
        self.inbox_page.customer_requested.connect(self._open_customer_of_request)
        # What is not needed for the inbox's first rows waits until they are shown, so it
        # neither delays them nor competes with them for the database (#19.5): started by a
        # timer, which fires after the rows' paint already asked for.
        self._started_later = False
        self.inbox_page.model.first_page_loaded.connect(
            lambda: QTimer.singleShot(0, self, self._start_the_rest)
        )
        self.nav.setEnabled(True)
        for action in self._needs_database():
            action.setEnabled(True)
        self.retranslate()
        self.memory.add_splitters(self._splitters("inbox"))
        if self.nav.currentRow() != 0:  # a page chosen meanwhile is not possible: disabled
            self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)
        self.nav.setFocus()

    def _needs_database(self) -> list[QAction]:
        return [
            self.new_request_action,
            self.import_email_action,
            self.backup_action,
            self.restore_action,
            *self.page_actions,
        ]

    # -- pages, built when first shown -------------------------------------------------------

    def _build_page(self, key: str) -> QWidget:
        module, name = PAGE_CLASSES[key]
        page: QWidget = getattr(importlib.import_module(module), name)(self.context)
        self._place_page(key, page)
        if key == "customers":
            self.wizards.attach_customers(page)  # type: ignore[arg-type]
            page.request_requested.connect(self._show_request)  # type: ignore[attr-defined]
        splitters = self._splitters(key)
        self.memory.add_splitters(splitters)
        return page

    def _place_page(self, key: str, page: QWidget) -> None:
        """Put ``page`` where its stand-in was, showing it if the stand-in was shown."""
        index = PAGE_KEYS.index(key)
        stand_in = self.stack.widget(index)
        shown = self.stack.currentIndex() == index
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if shown:
            self.stack.setCurrentIndex(index)
        self.pages.built[key] = page

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if self.opened and 0 <= row < len(PAGE_KEYS):
            self.pages[PAGE_KEYS[row]]  # built now if this is its first showing
        self.stack.setCurrentIndex(row)

    @property
    def audit_page(self) -> AuditPage:
        return self.pages["audit"]  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.pages["settings"]  # type: ignore[return-value]

    @property
    def shop_page(self) -> ShopDataPage:
        return self.pages["shop"]  # type: ignore[return-value]

    @property
    def customers_page(self) -> CustomersPage:
        return self.pages["customers"]  # type: ignore[return-value]

    @Slot()
    def _start_the_rest(self) -> None:
        """Once the inbox shows its first rows: the backup schedule, the retention note, the
        mail timer and the watch for others' changes."""
        if self._started_later:
            return
        self._started_later = True
        self.backups.start_schedule()
        self.retention_reminder.check_once()
        self.inbox_page.mail.start_timer()
        self.context.watch_changes()  # others' changes show within seconds (#18.4)

    def _splitters(self, key: str) -> dict[str, QSplitter]:
        """The splitters of a page, named by its page and their order there."""
        page = self.pages.built[key]
        return {
            f"{key}/{number}": splitter
            for number, splitter in enumerate(page.findChildren(QSplitter))
        }

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_request_action = QAction(self)
        self.new_request_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_request_action.triggered.connect(self.new_request)
        self.import_email_action = QAction(self)
        self.import_email_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_email_action.triggered.connect(self.import_email)
        self.file_menu.addAction(self.new_request_action)
        self.file_menu.addAction(self.import_email_action)
        self.file_menu.addSeparator()
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(lambda: self.backups.back_up_now(self))
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.page_actions: list[QAction] = []
        for number, key in enumerate(PAGE_KEYS):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _checked=False, key=key: self.show_page(key))
            self.view_menu.addAction(action)
            self.page_actions.append(action)

        self.help_menu = bar.addMenu("")
        self.user_guide_action = QAction(self)
        self.user_guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.user_guide_action.triggered.connect(self.show_user_guide)
        self.help_menu.addAction(self.user_guide_action)
        self.user_guide: UserGuideDialog | None = None
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def page_titles(self) -> dict[str, str]:
        return {
            "inbox": self.tr("Inbox"),
            "customers": self.tr("Customers"),
            "breaches": self.tr("Breaches"),
            "shop": self.tr("Shop data"),
            "reports": self.tr("Reports"),
            "audit": self.tr("Audit log"),
            "settings": self.tr("Settings"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("minime-admin — DEMO") if self.demo else "minime-admin")
        self.demo_label.setText(self.tr("DEMO: fictional data"))
        titles = self.page_titles()
        for index, key in enumerate(PAGE_KEYS):
            self.nav.item(index).setText(titles[key])
            self.page_actions[index].setText(titles[key])
        # The list is as wide as its longest label in the current language.
        width = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 16
        self.nav.setFixedWidth(max(width, 150))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_request_action.setText(self.tr("&New request…"))
        self.import_email_action.setText(self.tr("&Import e-mail…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.backup_action.setText(self.tr("&Back up now…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.user_guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About minime-admin"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_status(self) -> None:
        if not self.opened:
            self.database_label.set_text(opening_text(self.demo) + "  {path}", self.location)
            return
        from minime_admin.services.database import Unlock

        database = self.context.database
        methods = {
            Unlock.KEYCHAIN: self.tr("keychain"),
            Unlock.PASSPHRASE: self.tr("passphrase"),
            Unlock.RECOVERY_KEY: self.tr("recovery key"),
            Unlock.DEMO_KEY: self.tr("demo key"),
        }
        if database.on_server:
            # The server's own TLS and disk encryption protect it (docs/team-server.md).
            template = self.tr("Database: {path} · on the office's server")
        else:
            # {method} is filled in now; {path} is left for the label, which may shorten it.
            template = self.tr(
                "Database: {path} · encrypted (SQLCipher) · unlocked by {method}"
            ).replace("{method}", methods[database.unlocked_by])
        self.database_label.set_text(template, database.location)
        actor = self.context.actor
        self.profile_label.setText(
            self.tr("Signed in as {name} ({role})").format(
                name=actor.name, role=role_label(actor.role.value)
            )
        )

    @Slot(object)
    def _actor_changed(self, _actor: Actor) -> None:
        self._show_status()

    @property
    def actor(self) -> Actor:
        return self.context.actor

    def current_page(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def _open_customer_of_request(self, customer_id: int, request_id: int, reference: str) -> None:
        self.show_page("customers")
        self.customers_page.open_for_request(customer_id, request_id, reference)

    def _show_request(self, request_id: int) -> None:
        self.show_page("inbox")
        self.inbox_page.select_request(request_id)

    @Slot()
    def new_request(self) -> None:
        self.show_page("inbox")
        self.inbox_page.new_request()

    @Slot()
    def import_email(self) -> None:
        self.show_page("inbox")
        self.inbox_page.choose_and_import()

    @Slot()
    def show_user_guide(self) -> UserGuideDialog:
        """One guide window, brought to the front when asked for again."""
        if self.user_guide is None:
            from minime_admin.gui.user_guide import UserGuideDialog

            self.user_guide = UserGuideDialog(self)
        self.user_guide.show()
        self.user_guide.raise_()
        self.user_guide.activateWindow()
        return self.user_guide

    @Slot()
    def restore_from_backup(self) -> None:
        """To a new file beside the open one: the open database is never replaced under the
        running app; the message says where the restored one is."""
        from minime_admin.gui.messages import show_message
        from minime_admin.gui.restore_dialog import RestoreDialog
        from minime_admin.services.database import system_keychain

        database = self.context.database
        stamp = self.context.clock.now().strftime("%Y%m%d-%H%M%S")
        target = database.path.with_name(f"{database.path.stem}-restored-{stamp}.db")
        dialog = RestoreDialog(
            target, system_keychain(), self.actor, self.context.clock, self, current=database.path
        )
        self.restore_dialog = dialog

        def accepted() -> None:
            self.context.audit_changed.emit()
            show_message(
                self,
                QMessageBox.Icon.Information,
                dialog.windowTitle(),
                dialog.summary()
                + " "
                + self.tr("To work in it, start minime-admin with: --db {path}").format(
                    path=dialog.restored.path if dialog.restored else target
                ),
            )

        dialog.accepted.connect(accepted)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Unsaved edits (breach facts, the letterhead) are asked about first (#15.9)."""
        if not self.opened:  # nothing edited yet; the app ends once the database is open
            super().closeEvent(event)
            self.closed_while_opening.emit()
            return
        from minime_admin.gui.unsaved import confirm_close

        if confirm_close(self, self.pages.built, self.show_page, event):
            self.context.stop_watching()  # its connection goes back before the file closes
            super().closeEvent(event)

    @Slot()
    def show_about(self) -> QMessageBox:
        from minime_admin.gui.messages import show_message

        text = self.tr(
            "minime-admin {version}\n\nThe privacy office of SIA Mini Me: data-subject "
            "requests, customer data, exports, erasure and breaches, on an encrypted database."
        ).format(version=__version__)
        return show_message(self, QMessageBox.Icon.Information, self.tr("About minime-admin"), text)
