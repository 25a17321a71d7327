from datetime import date

import pytest

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.retention import RULES_BY_KEY, Trigger, add_months
from minime_admin.store.base import Base, PersonalData


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 14, date(2028, 2, 15)),
        (date(2026, 5, 5), 0, date(2026, 5, 5)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_payment_data_goes_when_the_purchase_completes() -> None:
    rule = RULES_BY_KEY["payment_transaction"]
    assert rule.trigger is Trigger.PURCHASE_COMPLETED
    assert rule.kept_until(date(2026, 3, 4)) == date(2026, 3, 4)
    assert rule.kept_until(None) is None  # not completed yet: kept


def test_accounting_documents_run_from_the_financial_year_end() -> None:
    rule = RULES_BY_KEY["accounting_document"]
    assert rule.kept_until(date(2026, 3, 4)) == date(2031, 12, 31)


def test_every_personal_data_table_names_a_category_and_a_known_rule() -> None:
    tagged = [m.class_ for m in Base.registry.mappers if issubclass(m.class_, PersonalData)]
    assert len(tagged) >= 16
    for model in tagged:
        assert isinstance(model.data_category, DataCategory), model.__name__
        assert model.retention_rule in RULES_BY_KEY, model.__name__


def test_every_category_of_the_policy_has_a_table() -> None:
    tagged = {
        m.class_.data_category for m in Base.registry.mappers if issubclass(m.class_, PersonalData)
    }
    assert tagged == set(DataCategory)
