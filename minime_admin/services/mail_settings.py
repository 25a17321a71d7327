"""Settings › Mailbox: the office's IMAP and SMTP servers (issue #16.3–5).

Servers, ports, TLS, user, folders, the "From" address and an optional certificate-authority
file are kept in the database's settings, shared by everyone using it. The password is kept
in the OS keychain, filed under the database's id like the database key (never in the
database or a file); MINIME_ADMIN_MAIL_PASSWORD, when set, is used instead (a computer
without a keychain, a script). One user and password serve both servers, as the office's
mail host gives them.

The IMAP fields are what "Fetch mail" reads (services/mail_fetch.py), with the minutes
between fetches while the app is open (kept as ``mail.imap.interval_minutes``).
"""

from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import (
    MailAddressInvalid,
    MailIntervalInvalid,
    MailNoKeychain,
    MailOutgoingMissing,
    MailPlainSettingRefused,
    MailRateInvalid,
    MailSendPasswordMissing,
    MailServerInvalid,
    MailTlsInvalid,
)
from minime_admin.services import audit
from minime_admin.store import settings_repo
from minime_admin.store.keychain import Keychain

PASSWORD_VARIABLE = "MINIME_ADMIN_MAIL_PASSWORD"
OFFICE_ADDRESS = "info@minime.lv"
_PREFIX = "mail."
MAX_RATE = 6000
DEFAULT_INTERVAL = 10  # minutes between fetches while the app is open
MAX_INTERVAL = 1440  # once a day at least; 0 = only when asked
# The interval was stored under this key (read by mail_fetch) before it joined the form.
_INTERVAL_KEY = "imap.interval_minutes"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
_ADDRESS = re.compile(r"^[^@\s<>\"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$|^[^@\s<>\"]+@localhost$")


def looks_like_address(text: str) -> bool:
    """A plain mailbox address (no display name), as a From or To of a letter."""
    return bool(_ADDRESS.match(text))


class Tls(StrEnum):
    IMPLICIT = "implicit"  # TLS from the first byte (SMTPS 465, IMAPS 993)
    STARTTLS = "starttls"  # plain greeting, then STARTTLS before anything else (587, 143)
    NONE = "none"  # tests and a relay on this computer only


DEFAULT_PORTS = {
    "smtp": {Tls.IMPLICIT: 465, Tls.STARTTLS: 587, Tls.NONE: 25},
    "imap": {Tls.IMPLICIT: 993, Tls.STARTTLS: 143, Tls.NONE: 143},
}


@dataclass(frozen=True)
class MailSettings:
    smtp_host: str = ""
    smtp_port: int = 465
    smtp_tls: str = Tls.IMPLICIT.value
    imap_host: str = ""
    imap_port: int = 993
    imap_tls: str = Tls.IMPLICIT.value
    user: str = ""
    from_address: str = OFFICE_ADDRESS
    imap_folder: str = "INBOX"  # where requests arrive
    imap_done_folder: str = ""  # where fetched mail is copied ("": nowhere; never deleted)
    ca_file: str = ""  # a certificate authority (PEM) to trust instead of the system's
    send_rate: int = 60  # bulk letters per minute (0: no pause), within the provider's limit
    interval_minutes: int = DEFAULT_INTERVAL  # fetch every N minutes while open (0: never)

    @property
    def can_send(self) -> bool:
        return bool(self.smtp_host and self.from_address)

    @property
    def domain(self) -> str:
        """The shop's mail domain: the right-hand side of every Message-ID it makes."""
        return self.from_address.rpartition("@")[2] or "minime.lv"


def load(session: Session) -> MailSettings:
    stored = settings_repo.read_prefixed(session, _PREFIX)
    if _INTERVAL_KEY in stored:
        stored["interval_minutes"] = stored.pop(_INTERVAL_KEY)
    values: dict[str, object] = {}
    for field in fields(MailSettings):
        if field.name in stored:
            raw = stored[field.name]
            values[field.name] = int(raw) if field.type in ("int", int) and raw.isdigit() else raw
    return MailSettings(**values)  # type: ignore[arg-type]


def check(settings: MailSettings) -> MailSettings:
    """Refuse what cannot work (a plain connection beyond this computer, an address that is
    not one); returns the settings with hosts and addresses trimmed."""
    settings = replace(
        settings,
        smtp_host=settings.smtp_host.strip(),
        imap_host=settings.imap_host.strip(),
        user=settings.user.strip(),
        from_address=settings.from_address.strip(),
        ca_file=settings.ca_file.strip(),
    )
    for host, tls, port in (
        (settings.smtp_host, settings.smtp_tls, settings.smtp_port),
        (settings.imap_host, settings.imap_tls, settings.imap_port),
    ):
        if tls not in {t.value for t in Tls}:
            raise MailTlsInvalid(tls=tls)
        if not host:
            continue
        if not 0 < port < 65536 or any(c.isspace() for c in host):
            raise MailServerInvalid(server=f"{host}:{port}")
        if tls == Tls.NONE and host.lower() not in LOCAL_HOSTS:
            raise MailPlainSettingRefused(host=host)
    if not 0 <= settings.send_rate <= MAX_RATE:
        raise MailRateInvalid(maximum=MAX_RATE)
    if not 0 <= settings.interval_minutes <= MAX_INTERVAL:
        raise MailIntervalInvalid(maximum=MAX_INTERVAL)
    if not looks_like_address(settings.from_address):
        raise MailAddressInvalid(address=settings.from_address)
    return settings


def parse_server(text: str, kind: str, tls: Tls) -> tuple[str, int]:
    """ "smtp.example.lv:465" → (host, port); without a port, the usual one for ``tls``."""
    text = text.strip()
    host, colon, port = text.rpartition(":") if ":" in text else (text, "", "")
    if host.startswith("[") and host.endswith("]"):  # [::1]:25
        host = host[1:-1]
    if not colon:
        host = text
    if not host or (colon and not port.isdigit()) or any(c.isspace() for c in host):
        raise MailServerInvalid(server=text)
    number = int(port) if colon else DEFAULT_PORTS[kind][tls]
    if not 0 < number < 65536:
        raise MailServerInvalid(server=text)
    return host, number


def save(session: Session, actor: Actor, settings: MailSettings) -> list[str]:
    """Store the settings (checked first); returns, and audits, the names of what changed."""
    settings = check(settings)
    before = {k: str(v) for k, v in asdict(load(session)).items()}
    after = {k: str(v) for k, v in asdict(settings).items()}
    changed = sorted(name for name in after if after[name] != before[name])
    if changed:
        write(session, settings)
        # Field names only: server names and the user are the office's, but keep it short.
        audit.record(
            session, actor, AuditAction.SETTINGS_MAIL_CHANGED, "settings", "mail",
            details={"fields": changed},
        )  # fmt: skip
    return changed


def write(session: Session, settings: MailSettings) -> None:
    """Store the settings as they are, unaudited: save() is the user's way; this is the first
    set-up's and the tests'."""
    values = {k: str(v) for k, v in asdict(settings).items()}
    values[_INTERVAL_KEY] = values.pop("interval_minutes")
    settings_repo.write_prefixed(session, _PREFIX, values)


def _password_name(database_id: str) -> str:
    return f"{database_id}.mail-password"


def save_password(keychain: Keychain, database_id: str, password: str) -> None:
    if not keychain.available:
        raise MailNoKeychain()
    keychain.put(_password_name(database_id), password.encode("utf-8"))


def stored_password(keychain: Keychain, database_id: str) -> str | None:
    raw = keychain.get(_password_name(database_id))
    return raw.decode("utf-8") if raw else None


def password(keychain: Keychain, database_id: str, typed: str = "") -> str:
    """The one typed in, else MINIME_ADMIN_MAIL_PASSWORD, else the keychain's."""
    found = typed or os.environ.get(PASSWORD_VARIABLE) or stored_password(keychain, database_id)
    if not found:
        raise MailSendPasswordMissing()
    return found


def require_sending(settings: MailSettings) -> MailSettings:
    if not settings.can_send:
        raise MailOutgoingMissing()
    return settings
