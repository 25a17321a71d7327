"""Issue #15.4 and #15.5 in the app: the first start of a database with no manager asks for
the first manager (name, title, a password judged as a passphrase is), then for the
person's name and title; no letter is saved or printed before a profile is set; the demo
asks nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from conftest import SeedShop
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import preferences, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.first_day import FirstDay
from minime_admin.gui.first_manager_dialog import FirstManagerDialog
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.profile_dialog import ProfileDialog
from minime_admin.gui.sign_in_dialog import SignInDialog
from minime_admin.services import requests, users
from minime_admin.services.database import Database

STRONG = "zaļš kalns lido pār upi"


@pytest.fixture
def finished() -> list[AppContext]:
    return []


def begin(database: Database, demo: bool, finished: list[AppContext]) -> FirstDay:
    flow = FirstDay(database, demo)
    flow.finished.connect(finished.append)
    flow.start()
    return flow


def test_the_first_start_asks_for_the_first_manager_then_for_the_profile(
    qtbot: QtBot, database: Database, finished: list[AppContext]
) -> None:
    flow = begin(database, False, finished)
    dialog = flow.dialog
    assert isinstance(dialog, FirstManagerDialog)
    qtbot.wait_exposed(dialog)
    assert not dialog.ok.isEnabled()
    dialog.name.setText("Anna Bērziņa")
    dialog.title.setText("Vadītāja")
    for weak in ("password123", "aaaaaaaaaaaa"):  # long enough, easy to guess
        dialog.password.setText(weak)
        dialog.repeat.setText(weak)
        assert "easy to guess" in dialog.hint.text() and not dialog.ok.isEnabled()
    dialog.password.setText(STRONG)
    dialog.repeat.setText(STRONG + "!")
    assert "same password" in dialog.hint.text() and not dialog.ok.isEnabled()
    dialog.repeat.setText(STRONG)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: isinstance(flow.dialog, ProfileDialog), timeout=15_000)

    profile = flow.dialog
    assert isinstance(profile, ProfileDialog)
    # Offered, not imposed: whoever created the manager most likely is the manager.
    assert (profile.name.text(), profile.title.text()) == ("Anna Bērziņa", "Vadītāja")
    assert "manager" in profile.role.text()
    profile.ok.click()
    qtbot.wait_until(lambda: bool(finished), timeout=5_000)
    context = finished[0]
    assert context.profile_set and context.actor == Actor("Anna Bērziņa", Role.MANAGER, "Vadītāja")
    assert preferences.has_staff_profile() and preferences.staff_profile().title == "Vadītāja"
    with database.unit_of_work() as session:
        (manager,) = users.list_users(session)
        # Her own password unlocks her signing key.
        assert users.unlock_signing_key(session, "Anna Bērziņa", STRONG)[0].title == "Vadītāja"
    assert manager.role is Role.MANAGER and manager.public_key


def test_both_questions_may_wait_and_are_asked_again(
    qtbot: QtBot, database: Database, finished: list[AppContext]
) -> None:
    flow = begin(database, False, finished)
    assert isinstance(flow.dialog, FirstManagerDialog)
    flow.dialog.reject()  # Later
    assert isinstance(flow.dialog, ProfileDialog)
    flow.dialog.reject()
    assert finished and not finished[0].profile_set
    again = begin(database, False, finished)
    assert isinstance(again.dialog, FirstManagerDialog)  # still no manager: asked again
    again.dialog.reject()
    assert isinstance(again.dialog, ProfileDialog)
    again.dialog.reject()


def test_a_staff_member_is_asked_only_their_name_and_title(
    qtbot: QtBot, database: Database, finished: list[AppContext]
) -> None:
    with database.unit_of_work() as session:
        users.add_first_manager(session, Actor("setup"), "Ilze Vadītāja", "Vadītāja", STRONG)
    flow = begin(database, False, finished)
    profile = flow.dialog
    assert isinstance(profile, ProfileDialog)
    profile.name.setText("Pēteris Kalniņš")
    assert not profile.ok.isEnabled()  # a title too: letters show it
    assert "staff" in profile.role.text()  # typing a name makes nobody a manager
    profile.title.setText("Klientu speciālists")
    profile.ok.click()
    assert finished[0].actor == Actor("Pēteris Kalniņš", Role.STAFF, "Klientu speciālists")


def test_the_demo_asks_nothing(database: Database, finished: list[AppContext]) -> None:
    flow = begin(database, True, finished)
    assert flow.dialog is None and finished
    assert not finished[0].profile_set  # no question, but no letter signed by a login name


@pytest.fixture
def seeded(seed_shop: SeedShop) -> Iterator[Database]:
    yield seed_shop(customers=5, seed=3)
    assert tasks.cancel_all_and_wait(10_000)


def test_no_letter_is_saved_or_printed_before_a_profile_is_set(
    qtbot: QtBot, seeded: Database, clerk: Actor
) -> None:
    with seeded.unit_of_work() as session:
        request_id = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
                "Ģirts",
                "Kopiju, lūdzu.",
                customer_id=1,
            ),
        ).request_id
    context = AppContext(seeded, Actor("root"))
    context.profile_set = False  # the login name is all the app knows
    page = InboxPage(context)
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    page.show_request(request_id)
    page.detail_pane.letter_button.click()
    dialog = page.detail_pane.letters.dialog
    assert dialog is not None
    qtbot.wait_until(lambda: not dialog.busy, timeout=10_000)
    assert dialog.letter is not None  # the preview is shown...
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.profile_note.isVisible() and "signed by a person" in dialog.profile_note.text()

    profile = dialog.ask_profile()
    assert isinstance(profile, ProfileDialog)
    profile.name.setText("Līga Ozola")
    profile.title.setText("Klientu speciāliste")
    profile.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.wait_until(lambda: not dialog.busy and dialog.save_button.isEnabled(), timeout=10_000)
    assert not dialog.profile_note.isVisible()
    assert dialog.letter is not None
    assert (dialog.letter.signer.name, dialog.letter.signer.role) == (
        "Līga Ozola",
        "Klientu speciāliste",
    )
    dialog.reject()


def test_with_several_users_the_person_signs_in_as_one_of_them(
    qtbot: QtBot, database: Database, clerk: Actor, finished: list[AppContext]
) -> None:
    """#18.3: the audit log's "who" is a user row chosen at sign-in, not a typed name."""
    with database.unit_of_work() as session:
        users.add_user(session, clerk, "Anna Kalniņa", Role.MANAGER, "a long password", "Vadītāja")
        users.add_user(
            session, clerk, "Līga Ozola", Role.STAFF, by=("Anna Kalniņa", "a long password")
        )
    flow = begin(database, False, finished)
    dialog = flow.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.wait_exposed(dialog)
    assert [dialog.who.itemText(n) for n in range(dialog.who.count())] == [
        "Anna Kalniņa (manager)",
        "Līga Ozola (staff)",
    ]
    dialog.who.setCurrentIndex(1)
    dialog.accept()
    assert finished and finished[0].actor == Actor("Līga Ozola", Role.STAFF)
    assert finished[0].profile_set
    assert preferences.staff_profile().name == "Līga Ozola"  # offered first next time
    second: list[AppContext] = []
    again = begin(database, False, second)
    assert isinstance(again.dialog, SignInDialog) and again.dialog.chosen().name == "Līga Ozola"
    again.dialog.reject()  # "Later": the profile already said who this is
    assert second and second[0].actor.name == "Līga Ozola"
