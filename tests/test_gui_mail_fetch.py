"""Fetch mail in the inbox against a real Dovecot (imap_server.py): off the GUI thread with
progress and Cancel, each proposal in the dropped-.eml confirmation dialog, set aside or
opened once; the timer fetches quietly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from imap_server import PASSWORD, USER, ImapServer, message
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.inbox.mail_fetcher import ProposalDialog
from minime_admin.importers.imap import ImapAccount, TlsMode
from minime_admin.services import mail_fetch, mail_settings
from minime_admin.services.database import Database
from minime_admin.store.keychain import Keychain


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(10_000)


@pytest.fixture
def mailbox(database: Database, imap_server: ImapServer, keychain: Keychain) -> ImapServer:
    with database.unit_of_work() as session:
        mail_fetch.save_imap_account(
            session,
            ImapAccount(
                host="127.0.0.1", port=imap_server.tls_port, tls=TlsMode.IMPLICIT, user=USER,
                folder="INBOX", ca_file=str(imap_server.ca_file),
            ),
        )  # fmt: skip
    mail_settings.save_password(keychain, database.database_id, PASSWORD)
    return imap_server


@pytest.fixture
def page(qtbot: QtBot, database: Database, clerk: Actor) -> InboxPage:
    widget = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.wait_until(lambda: not widget.jobs.busy, timeout=10_000)
    return widget


def dialog_of(
    qtbot: QtBot, page: InboxPage, previous: ProposalDialog | None = None
) -> ProposalDialog:
    qtbot.wait_until(
        lambda: page.mail.dialog not in (None, previous) and page.mail.dialog.isVisible()
    )
    dialog = page.mail.dialog
    assert dialog is not None
    return dialog


def test_fetch_mail_proposes_each_message_in_the_confirmation_dialog(
    qtbot: QtBot, page: InboxPage, mailbox: ImapServer, database: Database
) -> None:
    mailbox.append_many([message(1), message(2), message(3)])
    assert page.mail.fetch_button.text() == "&Fetch mail"
    with qtbot.wait_signal(page.mail.fetched, timeout=30_000):
        page.mail.fetch_button.click()
        assert page.mail.progress is not None  # progress with Cancel, off the GUI thread

    first = dialog_of(qtbot, page)
    assert first.windowTitle() == "Fetched mail: INBOX #1"
    assert "janis@example.lv" in first.sender.text()
    assert first.body.toPlainText().startswith("Labdien!")
    with qtbot.wait_signal(page.mail.opened, timeout=10_000):
        first.accept()  # as the worker's OK in the dropped-.eml flow
    qtbot.wait_until(lambda: page.message is not None and page.message.isVisible())
    assert "is open" in page.message.text()
    page.message.close()

    second = dialog_of(qtbot, page, first)
    assert second is not first and second.windowTitle() == "Fetched mail: INBOX #2"
    second.aside_button.click()  # not a request
    third = dialog_of(qtbot, page, second)
    assert third.windowTitle() == "Fetched mail: INBOX #3"
    third.reject()  # Cancel: it waits behind the "Fetched mail" button
    qtbot.wait_until(lambda: page.mail.review_button.text() == "Fetched mail: 1")
    assert page.mail.review_button.isVisible() and page.mail.dialog is None
    with database.unit_of_work() as session:
        assert [p.uid for p in mail_fetch.pending(session)] == [3]

    # The button brings the waiting one back; a second fetch proposes nothing new.
    page.mail.review_button.click()
    again = dialog_of(qtbot, page, third)
    assert again.windowTitle() == "Fetched mail: INBOX #3"
    buttons = again.findChild(QDialogButtonBox)
    assert buttons is not None and again.aside_button in buttons.buttons()
    again.reject()
    qtbot.wait_until(lambda: page.mail.dialog is None)
    with qtbot.wait_signal(page.mail.fetched, timeout=30_000) as fetched:
        page.mail.fetch()
    assert fetched.args[0].proposed == []


def test_a_failure_is_one_sentence_and_the_timer_says_it_quietly(
    qtbot: QtBot, page: InboxPage, mailbox: ImapServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(mail_fetch.PASSWORD_VARIABLE, "not the password")
    with qtbot.wait_signal(page.mail.fetched, timeout=30_000):
        page.mail.fetch()
    assert page.mail.message is not None
    assert "refused the user name or password" in page.mail.message.text()
    page.mail.message.close()
    page.mail.message = None

    with qtbot.wait_signal(page.mail.fetched, timeout=30_000):
        page.mail.fetch(quiet=True)  # what the timer does
    assert page.mail.message is None  # no box every ten minutes
    assert page.mail.status.isVisible() and page.mail.status.text() == "Mail not fetched"
    assert "refused the user name or password" in page.mail.status.toolTip()


def test_the_timer_fetches_when_the_interval_has_passed(
    qtbot: QtBot, page: InboxPage, mailbox: ImapServer
) -> None:
    mailbox.append(message(1))
    page.mail._last_fetch -= 10 * 60  # ten minutes ago (the default interval)
    with qtbot.wait_signal(page.mail.fetched, timeout=30_000):
        page.mail.tick()
    qtbot.wait_until(lambda: page.mail.review_button.isVisible())
    assert page.mail.review_button.text() == "Fetched mail: 1"
    assert page.mail.dialog is None  # quiet: nothing pops up
    # Not due again yet: the next tick fetches nothing.
    page.mail.tick()
    qtbot.wait_until(lambda: not page.jobs.busy)
    assert page.mail.task is None


def test_no_timer_fetch_without_a_mailbox(qtbot: QtBot, page: InboxPage) -> None:
    page.mail._last_fetch -= 60 * 60
    page.mail.tick()
    qtbot.wait_until(lambda: not page.jobs.busy)
    assert page.mail.task is None


def test_cancel_stops_the_fetch(
    qtbot: QtBot, page: InboxPage, mailbox: ImapServer, database: Database
) -> None:
    mailbox.append_many([message(n) for n in range(1, 201)])
    with qtbot.wait_signal(page.mail.fetched, timeout=60_000) as fetched:
        task = page.mail.fetch()
        assert task is not None
        task.cancel()
    assert fetched.args[0] is None  # cancelled
    with database.unit_of_work() as session:
        assert len(mail_fetch.pending(session)) < 200


def test_the_interval_set_in_settings_is_followed_by_the_running_timer(
    qtbot: QtBot,
    page: InboxPage,
    mailbox: ImapServer,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
) -> None:
    """Settings › Mailbox changes the interval; the inbox's own timer (ticking fast here, once
    a minute in the app) follows it at its next tick, without a restart."""
    from minime_admin.gui.mail_settings import MailSettingsBox

    box = MailSettingsBox(AppContext(database, clerk), keychain)
    qtbot.add_widget(box)
    qtbot.wait_until(lambda: not box.jobs.busy)
    assert box.interval_spin.value() == 10  # the default
    box.interval_spin.setValue(0)
    assert box.interval_spin.text() == "only when asked"
    with qtbot.wait_signal(box.saved, timeout=10_000):
        box.save()

    mailbox.append(message(1))
    fetches: list[object] = []
    page.mail.fetched.connect(fetches.append)
    page.mail._last_fetch -= 5 * 60  # the last fetch five minutes ago
    page.mail.timer.setInterval(50)
    page.mail.timer.start()
    qtbot.wait(600)  # a dozen ticks: 0 = only when asked
    assert fetches == [] and page.mail.task is None

    box.interval_spin.setValue(3)
    assert box.interval_spin.text() == "3 min"
    with qtbot.wait_signal(box.saved, timeout=10_000):
        box.save()
    with database.unit_of_work() as session:
        assert mail_fetch.fetch_interval_minutes(session) == 3
    with qtbot.wait_signal(page.mail.fetched, timeout=30_000):
        pass  # the next tick finds three minutes passed and fetches, quietly
    qtbot.wait_until(lambda: page.mail.review_button.text() == "Fetched mail: 1")
    assert page.mail.dialog is None
    page.mail.timer.stop()
