"""Settings › Retention periods: shown to all, changed only by a manager's password."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor, Role
from minime_admin.gui.context import AppContext
from minime_admin.gui.retention_rules_dialog import RetentionRulesDialog
from minime_admin.services import audit, retention_rules, users
from minime_admin.services import database as db_service


def test_a_manager_changes_a_period_with_their_password(
    qtbot: QtBot, database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        users.add_user(session, clerk, "Anna Vadītāja", Role.MANAGER, "a long password")
    dialog = RetentionRulesDialog(AppContext(database, clerk))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.spins) > 5)
    assert dialog.spins["visit_record"].value() == 14
    dialog.spins["visit_record"].setValue(6)
    dialog.password_edit.setText("wrong password")
    dialog.save()
    qtbot.waitUntil(lambda: "not right" in dialog.status.text(), timeout=30_000)
    dialog.password_edit.setText("a long password")
    dialog.save()
    qtbot.waitUntil(lambda: "Saved 1" in dialog.status.text(), timeout=30_000)
    with database.unit_of_work() as session:
        assert retention_rules.current_rules(session)["visit_record"].months == 6
        (entry,) = audit.newest_first(session, limit=1)
    assert entry.action == "retention.rule_changed" and entry.actor == "Anna Vadītāja"
