from minime_admin.domain.actor import Actor
from minime_admin.services import audit, settings
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def test_letterhead_defaults_to_the_shop_and_changes_are_audited_by_field(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        letterhead = settings.load_letterhead(session)
        assert letterhead.company_name == "SIA Mini Me"
        assert letterhead.registration_number == "44103127547"
        assert letterhead.address == "Rostokas 7, Rīga, LV-1029"
        changed = settings.save_letterhead(
            session, clerk, settings.Letterhead(phone="+371 67 000 000")
        )
        assert changed == ["phone"]
        assert settings.save_letterhead(session, clerk, settings.load_letterhead(session)) == []
    with database.unit_of_work() as session:
        assert settings.load_letterhead(session).phone == "+371 67 000 000"
        (entry,) = audit.newest_first(session, limit=1)
    assert entry.action == "settings.letterhead_changed" and entry.actor == clerk.name
