"""Issue #13.15: retention rule names, their events and legal references reach the UI
through translation (so the Latvian UI shows them in Latvian), never as code keys."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from minime_admin.domain import retention_texts
from minime_admin.domain.actor import Actor
from minime_admin.domain.retention import DEFAULT_RULES, Trigger
from minime_admin.gui.context import AppContext
from minime_admin.gui.retention_rules_dialog import RetentionRulesDialog
from minime_admin.services import database as db_service


def test_every_rule_has_a_translatable_name_event_and_reference() -> None:
    assert {rule.key for rule in DEFAULT_RULES} <= set(retention_texts.RULE_TITLES)
    assert set(Trigger) == set(retention_texts.TRIGGERS)
    for rule in DEFAULT_RULES:
        assert rule.reference in retention_texts.REFERENCES, rule.key


def test_the_rules_dialog_shows_names_not_keys(
    qtbot: QtBot, database: db_service.Database, clerk: Actor
) -> None:
    dialog = RetentionRulesDialog(AppContext(database, clerk))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.spins) > 5)
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    events = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert "Payment transaction data" in names and "payment_transaction" not in names
    assert "end of the financial year" in events and "financial_year_end" not in events
