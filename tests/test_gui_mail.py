"""Mail in the app: Settings › Mailbox with "Test connection", the letter dialog's "Send by
e-mail…" and the breach page's letters by e-mail (progress, cancel, resume), each against a
real SMTP server on 127.0.0.1 with TLS and AUTH."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from mail_server import Certificates, MailServer, make_certificates
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.breach import Circumstances
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.letter_dialog import LetterDialog
from minime_admin.gui.mail_settings import MailSettingsBox
from minime_admin.services import breaches, letters, mail_settings, requests, users
from minime_admin.services.database import Database
from minime_admin.services.mail_settings import MailSettings
from minime_admin.store.keychain import Keychain
from minime_admin.store.request_models import SentMail

USER, PASSWORD = "office@minime.lv", "correct horse battery"
REQUESTER = "liga.ozola@example.lv"
MANAGER, MANAGER_PASSWORD = "Anna Vadītāja", "a long password"


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(20_000)  # before the database fixture closes it


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def server(certificates: Certificates) -> Iterator[MailServer]:
    started = MailServer("starttls", certificates, users={USER: PASSWORD}).start()
    yield started
    started.stop()


def configure(
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
    password: str = PASSWORD,
) -> None:
    with database.unit_of_work() as session:
        mail_settings.save(
            session,
            clerk,
            MailSettings(
                smtp_host="localhost", smtp_port=server.port, smtp_tls="starttls", user=USER,
                ca_file=str(certificates.ca_file), send_rate=0,
            ),
        )  # fmt: skip
    mail_settings.save_password(keychain, database.database_id, password)


def answer(qtbot: QtBot, box: QMessageBox | None, button: QMessageBox.StandardButton) -> str:
    assert box is not None
    text = box.text()
    with qtbot.wait_signal(box.finished, timeout=5000):
        box.button(button).click()
    return text


# -- Settings › Mailbox ----------------------------------------------------------------------


def test_mailbox_settings_are_saved_and_tested_against_the_server(
    qtbot: QtBot,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
) -> None:
    box = MailSettingsBox(AppContext(database, clerk), keychain)
    qtbot.add_widget(box)
    qtbot.wait_until(lambda: not box.jobs.busy)
    assert box.from_edit.text() == "info@minime.lv"  # the office's address by default
    box.smtp.host.setText("localhost")
    box.smtp.tls.setCurrentIndex(box.smtp.tls.findData("starttls"))
    assert box.smtp.port.value() == 587  # the usual port follows the TLS mode
    box.smtp.port.setValue(server.port)
    box.user_edit.setText(USER)
    box.password_edit.setText("wrong password")
    box.ca_edit.setText(str(certificates.ca_file))
    with qtbot.wait_signal(box.tested, timeout=15_000) as tested:
        box.test_connection()
    assert tested.args == [
        "Not connected. The mail server localhost refused the user name or password. Nothing "
        "was sent; check them in Settings › Mailbox."
    ]
    box.password_edit.setText(PASSWORD)
    with qtbot.wait_signal(box.tested, timeout=15_000) as tested:
        box.test_connection()
    assert tested.args == ["Logged in to the outgoing server localhost."]
    with qtbot.wait_signal(box.saved, timeout=10_000):
        box.save()
    assert box.password_edit.text() == ""
    assert box.password_edit.placeholderText() == "kept in the keychain; type to replace it"
    with database.unit_of_work() as session:
        saved = mail_settings.load(session)
    assert (saved.smtp_host, saved.smtp_port, saved.smtp_tls) == (
        "localhost", server.port, "starttls",
    )  # fmt: skip
    assert mail_settings.stored_password(keychain, database.database_id) == PASSWORD


def test_a_plain_server_beyond_this_computer_is_refused_in_one_sentence(
    qtbot: QtBot, database: Database, clerk: Actor, keychain: Keychain
) -> None:
    box = MailSettingsBox(AppContext(database, clerk), keychain)
    qtbot.add_widget(box)
    qtbot.wait_until(lambda: not box.jobs.busy)
    box.smtp.host.setText("mail.example.lv")
    box.smtp.tls.setCurrentIndex(box.smtp.tls.findData("none"))
    box.save()
    qtbot.wait_until(lambda: not box.jobs.busy)
    assert box.status.text().startswith("A mail server without TLS is accepted only on this")
    with database.unit_of_work() as session:
        assert mail_settings.load(session) == MailSettings()


# -- the letter dialog ----------------------------------------------------------------------


@pytest.fixture
def inbox(qtbot: QtBot, database: Database, clerk: Actor) -> InboxPage:
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS, Channel.EMAIL, datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                "Līga Ozola", "Lūdzu kopiju", requester_email=REQUESTER,
            ),
        )  # fmt: skip
    page = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    page.show_request(opened.request_id)
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    return page


def open_dialog(qtbot: QtBot, page: InboxPage) -> LetterDialog:
    page.detail_pane.letter_button.click()
    dialog = page.detail_pane.letters.dialog
    assert dialog is not None
    qtbot.wait_until(lambda: not dialog.busy, timeout=10_000)
    return dialog


def test_send_by_email_says_to_whom_then_sends_the_archived_pdf(
    qtbot: QtBot,
    inbox: InboxPage,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
) -> None:
    configure(database, clerk, keychain, server, certificates)
    dialog = open_dialog(qtbot, inbox)
    assert dialog.send_button.isEnabled() and dialog.send_button.text() == "Send by e-&mail…"
    dialog.send_button.click()
    qtbot.wait_until(lambda: dialog.mailer.question is not None, timeout=10_000)
    question = answer(qtbot, dialog.mailer.question, QMessageBox.StandardButton.Yes)
    assert question.startswith(f"Send this letter to {REQUESTER} by e-mail, as a PDF from info@")
    qtbot.wait_until(lambda: dialog.mailer.sent is not None, timeout=15_000)
    sent = dialog.mailer.sent
    assert sent is not None
    assert dialog.status.text().startswith(f"Sent by e-mail to {REQUESTER} (Message-ID <")
    [received] = server.received()
    [attachment] = list(received.message.iter_attachments())
    with database.unit_of_work() as session:
        archived = letters.reopen(session, clerk, sent.letter_id or 0)
    assert attachment.get_content() == archived
    qtbot.wait_until(lambda: not inbox.jobs.busy, timeout=10_000)
    timeline = [
        inbox.detail_pane.timeline.item(i).text() for i in range(inbox.detail_pane.timeline.count())
    ]
    assert any(f"Message-ID {sent.message_id}" in line for line in timeline)


def test_a_wrong_password_in_the_dialog_is_one_sentence_and_nothing_is_sent(
    qtbot: QtBot,
    inbox: InboxPage,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
) -> None:
    configure(database, clerk, keychain, server, certificates, password="wrong")
    dialog = open_dialog(qtbot, inbox)
    dialog.send_button.click()
    qtbot.wait_until(lambda: dialog.mailer.question is not None, timeout=10_000)
    answer(qtbot, dialog.mailer.question, QMessageBox.StandardButton.Yes)
    qtbot.wait_until(lambda: dialog.mailer.message is not None, timeout=15_000)
    error = answer(qtbot, dialog.mailer.message, QMessageBox.StandardButton.Ok)
    assert error.startswith("The mail server localhost refused the user name or password.")
    assert dialog.status.text() == error
    assert dialog.send_button.isEnabled()  # the user may fix the password and try again
    assert server.received() == []
    with database.session() as session:
        assert session.execute(select(SentMail)).first() is None


def test_without_mail_settings_the_dialog_says_where_to_set_them(
    qtbot: QtBot, inbox: InboxPage
) -> None:
    dialog = open_dialog(qtbot, inbox)
    dialog.send_button.click()
    qtbot.wait_until(lambda: dialog.mailer.message is not None, timeout=10_000)
    error = answer(qtbot, dialog.mailer.message, QMessageBox.StandardButton.Ok)
    assert error.startswith("The outgoing mail server is not set: fill in Settings › Mailbox")


# -- the breach page ------------------------------------------------------------------------


@pytest.fixture
def breach_id(database: Database, clerk: Actor, clock: FixedClock) -> int:
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, MANAGER_PASSWORD)
        bid = breaches.new_breach(
            session, clerk, "Nozagts dators", clock.now() - timedelta(hours=3)
        )
        breaches.update_breach(
            session, clerk, bid,
            description="Dators ar eksportu nozagts", consequences="Adreses svešās rokās",
            measures_taken="Bloķēts", advice="Esiet piesardzīgi", subject_categories="klienti",
            data_categories="vārds, adrese", people=30, records=60,
            contact_point="info@minime.lv", description_en="A computer was stolen",
            consequences_en="Addresses in the wrong hands", measures_taken_en="Blocked",
            advice_en="Be careful", data_categories_en="name, address",
        )  # fmt: skip
        breaches.assess(session, clerk, bid, 2, "1", Circumstances(Decimal("0.5")))
        breaches.decide(session, clerk, bid, True, "Daudz personu", True, "Augsts risks")
        breaches.select_affected(session, clerk, bid, list(range(1, 31)), "all customers")
    return bid


def breach_page(qtbot: QtBot, database: Database, clerk: Actor) -> BreachesPage:
    page = BreachesPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=15_000)
    return page


def test_breach_letters_go_out_by_email_with_cancel_and_resume(
    qtbot: QtBot,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
    breach_id: int,
) -> None:
    configure(database, clerk, keychain, server, certificates)
    page = breach_page(qtbot, database, clerk)
    mail = page.outputs.mail
    mail.button.click()  # drafts are never e-mailed
    assert answer(qtbot, mail.message, QMessageBox.StandardButton.Ok).startswith(
        "Only final letters are sent by e-mail"
    )
    with database.unit_of_work() as session:
        breaches.sign_off(session, breach_id, MANAGER, MANAGER_PASSWORD)
        affected = len(breaches.get_breach(session, breach_id).affected)
    page.breach_changed(breach_id)
    qtbot.wait_until(lambda: not page.jobs.busy and page.outputs.final, timeout=15_000)
    assert affected >= 20
    assert mail.caption.text().endswith(f"Recorded as sent: 0 of {affected}.")

    mail.message = None
    mail.button.click()
    qtbot.wait_until(lambda: mail.message is not None, timeout=10_000)
    question = answer(qtbot, mail.message, QMessageBox.StandardButton.No)  # asked, not sent
    assert f"({affected} of {affected})" in question and "without a pause" in question
    assert server.received() == []

    # Cancel once three letters are out (five a second): those stay recorded.
    mail.message = None
    task = mail.send(rate=300)
    assert task is not None
    qtbot.wait_until(lambda: len(server.received()) >= 3, timeout=20_000)
    task.cancel()
    qtbot.wait_until(lambda: mail.message is not None, timeout=20_000)
    assert "Cancelled." in answer(qtbot, mail.message, QMessageBox.StandardButton.Ok)
    first_run = len(server.received())
    assert 3 <= first_run < affected
    with database.session() as session:
        recorded = session.execute(select(SentMail.customer_id)).scalars().all()
    assert len(recorded) == first_run  # every accepted letter recorded, none more

    mail.message = None
    task = mail.send()  # resume: only the others
    assert task is not None
    qtbot.wait_until(lambda: mail.message is not None, timeout=60_000)
    assert mail.result is not None and mail.result.already == first_run
    assert answer(qtbot, mail.message, QMessageBox.StandardButton.Ok).startswith(
        f"Sent now: {affected - first_run}. Sent before: {first_run}."
    )
    recipients = [r for message in server.received() for r in message.rcpt_tos]
    assert len(recipients) == len(set(recipients)) == affected  # each exactly once
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    assert mail.caption.text().endswith(f"Recorded as sent: {affected} of {affected}.")


class _Crash(BaseException):
    """The app dying between the server's 250 and the record (not an error anyone catches)."""


def test_a_letter_that_may_have_gone_out_before_a_crash_is_sent_again_only_on_a_confirm(
    qtbot: QtBot,
    inbox: InboxPage,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
) -> None:
    from minime_admin.letters.model import LetterKind
    from minime_admin.services import mail_send

    configure(database, clerk, keychain, server, certificates)
    dialog = open_dialog(qtbot, inbox)
    kind = LetterKind(dialog.kind.currentData())
    request_id = dialog.detail.id
    # An earlier sending of this letter: the server accepted it, then the app died.
    with database.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, kind, None, "")
        letter_id, _pdf = letters.produce(session, clerk, letter, request_id)
    real = mail_send.sender_opener(keychain, database.database_id)

    def dying(mail: MailSettings):  # type: ignore[no-untyped-def]
        sender = real(mail)
        original = sender.send

        def send(message) -> None:  # type: ignore[no-untyped-def]
            original(message)
            raise _Crash

        sender.send = send  # type: ignore[method-assign]
        return sender

    with pytest.raises(_Crash):
        mail_send.send_letter(database.unit_of_work, clerk, letter_id, dying)
    [first] = server.received()

    dialog.send_button.click()
    qtbot.wait_until(lambda: dialog.mailer.question is not None, timeout=10_000)
    question = dialog.mailer.question
    assert question is not None
    assert question.defaultButton() == question.button(QMessageBox.StandardButton.No)
    text = answer(qtbot, question, QMessageBox.StandardButton.No)
    assert text.startswith(f"This kind of letter may already have been sent to {REQUESTER} at ")
    assert first.message["Message-ID"] in text and "sent folder" in text
    qtbot.wait_until(lambda: dialog.send_button.isEnabled(), timeout=10_000)
    assert len(server.received()) == 1  # No: nothing sent

    dialog.mailer.question = None
    dialog.send_button.click()
    qtbot.wait_until(lambda: dialog.mailer.question is not None, timeout=10_000)
    answer(qtbot, dialog.mailer.question, QMessageBox.StandardButton.Yes)
    qtbot.wait_until(lambda: dialog.mailer.sent is not None, timeout=15_000)
    assert len(server.received()) == 2
    with database.session() as session:
        assert len(session.execute(select(SentMail)).all()) == 1


def test_breach_letters_that_may_have_gone_out_before_a_crash_are_said_not_sent(
    qtbot: QtBot,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    certificates: Certificates,
    breach_id: int,
) -> None:
    from minime_admin.services import breach_mail, mail_send

    configure(database, clerk, keychain, server, certificates)
    with database.unit_of_work() as session:
        breaches.sign_off(session, breach_id, MANAGER, MANAGER_PASSWORD)
    real = mail_send.sender_opener(keychain, database.database_id)

    def dying(mail: MailSettings):  # type: ignore[no-untyped-def]
        sender = real(mail)
        original = sender.send

        def send(message) -> None:  # type: ignore[no-untyped-def]
            original(message)
            if len(server.received()) == 2:
                raise _Crash  # the second letter accepted, then the app died

        sender.send = send  # type: ignore[method-assign]
        return sender

    with pytest.raises(_Crash):
        breach_mail.send_breach_letters(database.unit_of_work, clerk, breach_id, dying, rate=0)
    uncertain = server.received()[1].rcpt_tos[0]

    page = breach_page(qtbot, database, clerk)
    mail = page.outputs.mail
    qtbot.wait_until(lambda: page.outputs.final, timeout=15_000)
    mail.message = None
    assert mail.send(rate=0) is not None
    qtbot.wait_until(lambda: mail.message is not None, timeout=60_000)
    text = answer(qtbot, mail.message, QMessageBox.StandardButton.Ok)
    assert "Sent before: 1." in text
    assert "Not sent again, because an earlier sending stopped before they were recorded" in text
    assert text.rstrip().endswith("'breach letters --send --resend' sends them.")
    recipients = [r for message in server.received() for r in message.rcpt_tos]
    assert recipients.count(uncertain) == 1
