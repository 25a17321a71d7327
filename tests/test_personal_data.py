"""One registry of personal-data tables: every tagged table is in the Art. 15 copy, the
Art. 17 erasure plan and the retention sweep, or exempted from one of them with a reason;
every other table says why it carries no tag. A table added later cannot slip out."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.export_scope import Scope
from minime_admin.services import erasure, export, retention
from minime_admin.services.database import Database
from minime_admin.store import export_repo, personal_data, retention_repo
from minime_admin.store.base import PersonalData
from minime_admin.store.personal_data import EXEMPT, Use, gaps, name_of

BOTH_BACKENDS = True  # the database fixture runs on the file and on PostgreSQL

AS_OF = date(2026, 11, 25)


def handled() -> dict[Use, Collection[str]]:
    """The tables each use's own code covers: what the export streams, what an erasure plan
    weighs, what the sweep has a query for."""
    return {
        Use.EXPORT: {name_of(m) for models in export_repo.TABLES.values() for m in models},
        Use.ERASURE: {name_of(m) for m in erasure.PLANNED},
        Use.RETENTION: {name_of(m) for m in retention_repo.swept_tables().values()},
    }


def test_every_tagged_table_is_covered_or_exempted_with_a_reason() -> None:
    assert gaps(handled()) == []
    assert len(personal_data.tagged()) >= 16
    assert all(reason.strip() for reason in EXEMPT.values())


def test_the_sweep_acts_on_each_tagged_table_under_its_own_rule() -> None:
    for rule, model in retention_repo.swept_tables().items():
        if issubclass(model, PersonalData):
            assert personal_data.rule_of(model) == rule, name_of(model)


def test_a_table_left_out_of_one_use_is_reported() -> None:
    """The check against the real metadata, with one table taken out of each use."""
    for use, table in ((Use.EXPORT, "visit_records"), (Use.ERASURE, "reviews")):
        short = dict(handled())
        short[use] = set(short[use]) - {table}
        assert gaps(short) == [f"{table}: not in {use} and not exempted from it"]
    short = dict(handled())
    short[Use.RETENTION] = set(short[Use.RETENTION]) | {"reviews"}  # swept after all
    assert gaps(short) == ["reviews: exempted from retention, yet retention handles it"]
    assert gaps(handled(), exempt={**EXEMPT, ("reviews", Use.EXPORT): " "}) == [
        "reviews: exempted from export without a reason",
        "reviews: exempted from export, yet export handles it",
    ]


class Scratch(DeclarativeBase):
    """A throwaway schema on its own MetaData: nothing here touches the app's tables."""


class ScratchCustomer(PersonalData, Scratch):
    __tablename__ = "customers"
    data_category = DataCategory.PROFILE
    retention_rule = "customer_profile"
    id: Mapped[int] = mapped_column(primary_key=True)


class LoyaltyPoints(PersonalData, Scratch):
    """What a later change might add: tagged, but handled by no use yet."""

    __tablename__ = "loyalty_points"
    data_category = DataCategory.ACCOUNT
    retention_rule = "inactive_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    points: Mapped[int] = mapped_column(Integer)


class Wishlist(PersonalData, Scratch):
    """Tagged, but with no way to a customer's rows."""

    __tablename__ = "wishlists"
    data_category = DataCategory.ORDER
    retention_rule = "customer_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_email: Mapped[str] = mapped_column(String(254))


class ChatLog(Scratch):
    """About a customer, yet not tagged and not explained."""

    __tablename__ = "chat_logs"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))


def test_a_new_tagged_table_the_uses_miss_fails_the_check() -> None:
    # The scratch customers stand in for the real table, which every use handles.
    problems = gaps(handled(), base=Scratch, exempt={}, untagged={})
    assert sorted(problems) == [
        "chat_logs: neither tagged PersonalData nor listed in UNTAGGED",
        "loyalty_points: not in erasure and not exempted from it",
        "loyalty_points: not in export and not exempted from it",
        "loyalty_points: not in retention and not exempted from it",
        "wishlists: no way to find a customer's rows",
        "wishlists: not in erasure and not exempted from it",
        "wishlists: not in export and not exempted from it",
        "wishlists: not in retention and not exempted from it",
    ]
    # The registry hands a new tagged table to every use by itself; only an exemption,
    # stated with its reason, takes it out of one.
    assert {name_of(m) for m in personal_data.covered(Use.EXPORT, Scratch)} == {
        "customers",
        "loyalty_points",
        "wishlists",
    }
    now_handled = {use: {*handled()[use], "loyalty_points"} for use in Use}
    reasons = {("wishlists", use): "kept by the partner shop" for use in Use}
    assert gaps(
        now_handled,
        base=Scratch,
        exempt=reasons,
        untagged={"chat_logs": "why", "loyalty_points": "listed by mistake", "gone": "why"},
    ) == [
        "loyalty_points: tagged PersonalData, yet listed in UNTAGGED",
        "gone: listed in UNTAGGED, but no such table",
    ]


def test_the_real_uses_reach_every_table_they_cover(database: Database, clerk: Actor) -> None:
    """On a seeded shop: the export preview lists every table the registry gives it, the
    erasure plans of its customers reach every such table, and the sweep asks about every
    table it is meant to sweep."""
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=11, as_of=AS_OF, actor=clerk)
        preview = export.preview_export(session, 1, Scope.ACCESS)
        planned: set[str] = set()
        for customer_id in range(1, 31):
            planned |= {g.table for g in erasure.plan_erasure(session, customer_id).groups}
        due = {d.table for d in retention.due_now(session)}
    names = {use: {name_of(m) for m in personal_data.covered(use)} for use in Use}
    assert {t.table for t in preview.tables} == names[Use.EXPORT]
    assert planned == names[Use.ERASURE]
    assert names[Use.RETENTION] <= due
