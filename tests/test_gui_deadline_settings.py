"""Settings › Deadlines: the office target and one-off holidays, saved and audited."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui.context import AppContext
from minime_admin.gui.deadline_settings import DeadlineSettings
from minime_admin.services import audit, holidays, requests, settings
from minime_admin.services import database as db_service


def test_target_and_holidays(qtbot: QtBot, database: db_service.Database, clerk: Actor) -> None:
    box = DeadlineSettings(AppContext(database, clerk))
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.target_spin.value() == 14)
    box.target_spin.setValue(10)
    box.save_target()
    qtbot.waitUntil(lambda: "saved" in box.status.text())
    box.day_edit.setDate(QDate(2026, 12, 21))
    box.name_edit.setText("Declared by the Saeima")
    box.add_holiday()
    qtbot.waitUntil(lambda: box.holiday_list.count() == 1)
    with database.unit_of_work() as session:
        assert settings.load_internal_target(session) == 10
        assert holidays.list_extra(session) == {date(2026, 12, 21): "Declared by the Saeima"}
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, tzinfo=UTC),
                "Anna",
                "Kopiju",
            ),
        )
        actions = [e.action for e in audit.newest_first(session, limit=3)]
    assert opened.due_on == date(2026, 12, 22)  # 20 Dec Sunday → 21 Dec declared → 22 Dec
    assert "settings.internal_target_changed" in actions and "holiday.added" in actions
    box.holiday_list.setCurrentRow(0)
    box.remove_holiday()
    qtbot.waitUntil(lambda: box.holiday_list.count() == 0)
