"""Input the services refuse is told in a whole sentence, in Latvian when the user reads it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session
from test_cli import _subprocess_env

from minime_admin import translation as i18n
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.errors import InvalidInput
from minime_admin.services import (
    customer_actions,
    customer_page,
    holidays,
    requests,
    retention_rules,
    settings,
    users,
)
from minime_admin.services import database as db_service
from minime_admin.store.models import Customer

MANAGER = Actor("Test Manager", Role.MANAGER)


def latvian(error: InvalidInput) -> str:
    translator = i18n.load_translator("lv")
    assert translator is not None
    return error.message(lambda context, text: translator.translate(context, text) or text)


def new_request(clock: FixedClock, **changes: object) -> requests.NewRequest:
    fields: dict[str, object] = {
        "type": RequestType.ACCESS,
        "channel": Channel.EMAIL,
        "received_at": clock.now(),
        "requester_name": "Anna Bērziņa",
        "text": "",
        "requester_email": "anna@example.lv",
    }
    fields.update(changes)
    return requests.NewRequest(**fields)  # type: ignore[arg-type]


Attempt = Callable[[Session, Actor, int, FixedClock], object]

ATTEMPTS: list[tuple[Attempt, str]] = [
    (
        lambda s, a, c, k: users.add_user(s, a, "  ", Role.STAFF),
        "Lietotājam jānorāda vārds; neviens netika pievienots.",
    ),
    (
        lambda s, a, c, k: requests.validate(new_request(k, requester_name=" "), k.now()),
        "Jānorāda pieprasītāja vārds; pieprasījums netika atvērts.",
    ),
    (
        lambda s, a, c, k: requests.validate(new_request(k, requester_email="anna@"), k.now()),
        "'anna@' nav e-pasta adrese; pieprasījums netika atvērts.",
    ),
    (
        lambda s, a, c, k: requests.validate(
            new_request(k, received_at=k.now() + timedelta(days=3)), k.now()
        ),
        "Saņemšanas laiks nevar būt nākotnē; pieprasījums netika atvērts.",
    ),
    (
        lambda s, a, c, k: customer_actions.rectify(s, a, c, "first_name", "Anna", " "),
        "Labojumam jānorāda iemesls; nekas netika mainīts.",
    ),
    (
        lambda s, a, c, k: customer_actions.rectify(s, a, c, "last_name", " ", "typo"),
        "Vārdu, uzvārdu vai adreses daļu nevar atstāt tukšu; nekas netika mainīts.",
    ),
    (
        lambda s, a, c, k: customer_actions.rectify(s, a, c, "language", "de", "asked"),
        "Valodai jābūt lv (latviešu) vai en (angļu); nekas netika mainīts.",
    ),
    (
        lambda s, a, c, k: customer_actions.restrict(s, a, c, " "),
        "Apstrādes ierobežošanai jānorāda iemesls; nekas netika mainīts.",
    ),
    (
        lambda s, a, c, k: customer_actions.record_consent_withdrawal(s, a, c, " ", "email"),
        "Norādiet, kura piekrišana tiek atsaukta; nekas netika reģistrēts.",
    ),
    (
        lambda s, a, c, k: customer_page.open_customer_page(s, a, c, reason=" "),
        "Norādiet, kāpēc atverat šī klienta datus (iemeslu vai pieprasījumu); dati netika atvērti.",
    ),
    (
        lambda s, a, c, k: holidays.add_extra(s, a, date(2026, 12, 31), " "),
        "Norādiet svētku dienas nosaukumu; tā netika pievienota.",
    ),
    (
        lambda s, a, c, k: retention_rules.change_period(s, MANAGER, "forever", 3),
        "Glabāšanas noteikuma forever nav.",
    ),
    (
        lambda s, a, c, k: retention_rules.change_period(s, MANAGER, "visit_record", 999),
        "Glabāšanas termiņam jābūt no 0 līdz 240 mēnešiem; tas netika mainīts.",
    ),
    (
        lambda s, a, c, k: settings.save_internal_target(s, a, 40),
        "Biroja mērķim jābūt no 1 līdz 31 dienai; tas netika mainīts.",
    ),
]


@pytest.mark.parametrize(("attempt", "expected"), ATTEMPTS)
def test_refused_input_reads_as_latvian(
    qapp: object,
    database: db_service.Database,
    clerk: Actor,
    clock: FixedClock,
    attempt: Attempt,
    expected: str,
) -> None:
    with database.session() as session:
        person = Customer(first_name="Anna", last_name="Bērziņa", created_at=clock.now())
        session.add(person)
        session.flush()
        with pytest.raises(InvalidInput) as refused:
            attempt(session, clerk, person.id, clock)
        session.rollback()
    assert latvian(refused.value) == expected


def test_every_refusal_has_its_own_latvian_sentence(qapp: object) -> None:
    kinds = InvalidInput.__subclasses__()
    assert len(kinds) >= 19
    for kind in [InvalidInput, *kinds]:
        names = ("value", "reference", "key", "maximum", "name", "path", "time", "aware")
        names += ("earlier", "later")
        params = {name: "X" for name in names}
        error = kind(**params, detail="Y")
        assert latvian(error) != error.message(), f"{kind.__name__} has no Latvian sentence"


def test_the_command_line_refuses_in_latvian(
    tmp_path: Path, clerk: Actor, keychain: db_service.Keychain, clock: FixedClock
) -> None:
    path = tmp_path / "office.db"
    passphrase = "Saule, Pērkons, Daugava"
    created = db_service.create_database(path, clerk, keychain, passphrase, clock=clock)
    created.database.close()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "minime_admin",
            "--db",
            str(path),
            "requests",
            "show",
            "DSR-2026-9999",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=_subprocess_env(tmp_path, MINIME_ADMIN_LANG="lv", MINIME_ADMIN_PASSPHRASE=passphrase),
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr == ("minime-admin: Pieprasījuma DSR-2026-9999 nav; nekas netika darīts.\n")
