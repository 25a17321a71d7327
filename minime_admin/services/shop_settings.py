"""Settings › Shop: where the WooCommerce shop is and how to sign in to it (issue #12).

The address, consumer key and an optional certificate-authority file are kept in the
database's settings, shared by everyone using it. The consumer secret is kept in the OS
keychain, filed under the database's id like the database key, never in the database or a
file; MINIME_ADMIN_SHOP_SECRET, when set, is used instead (a computer without a keychain, a
script).
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import ShopNoKeychain, ShopSecretMissing, ShopSettingsMissing
from minime_admin.importers.woocommerce import WooCommerceClient, check_address
from minime_admin.services import audit
from minime_admin.store import settings_repo
from minime_admin.store.keychain import Keychain

SECRET_VARIABLE = "MINIME_ADMIN_SHOP_SECRET"
_PREFIX = "shop."


@dataclass(frozen=True)
class ShopSettings:
    url: str = ""
    key: str = ""
    ca_file: str = ""

    @property
    def complete(self) -> bool:
        return bool(self.url and self.key)


@dataclass(frozen=True)
class ConnectionCheck:
    customers: int
    orders: int


def load(session: Session) -> ShopSettings:
    stored = settings_repo.read_prefixed(session, _PREFIX)
    return ShopSettings(**{f.name: stored.get(f.name, "") for f in fields(ShopSettings)})


def save(session: Session, actor: Actor, settings: ShopSettings) -> list[str]:
    """Store address, key and CA file (the address checked first); returns what changed."""
    if settings.url:
        check_address(settings.url)
    before, after = asdict(load(session)), asdict(settings)
    changed = sorted(name for name in after if after[name] != before[name])
    if changed:
        settings_repo.write_prefixed(session, _PREFIX, after)
        # Names the fields only: the key is a credential's public half, still kept out.
        audit.record(
            session, actor, AuditAction.SETTINGS_SHOP_CHANGED, "settings", "shop",
            details={"fields": changed},
        )  # fmt: skip
    return changed


def _secret_name(database_id: str) -> str:
    return f"{database_id}.woocommerce-secret"


def save_secret(keychain: Keychain, database_id: str, secret: str) -> None:
    if not keychain.available:
        raise ShopNoKeychain()
    keychain.put(_secret_name(database_id), secret.encode("utf-8"))


def stored_secret(keychain: Keychain, database_id: str) -> str | None:
    raw = keychain.get(_secret_name(database_id))
    return raw.decode("utf-8") if raw else None


def secret(keychain: Keychain, database_id: str) -> str:
    """MINIME_ADMIN_SHOP_SECRET when set, else the keychain's; ShopSecretMissing if neither."""
    found = os.environ.get(SECRET_VARIABLE) or stored_secret(keychain, database_id)
    if not found:
        raise ShopSecretMissing()
    return found


def client(settings: ShopSettings, shop_secret: str, **options: object) -> WooCommerceClient:
    if not settings.complete:
        raise ShopSettingsMissing()
    return WooCommerceClient(
        settings.url.strip(),
        settings.key.strip(),
        shop_secret,
        ca_file=settings.ca_file or None,
        **options,  # type: ignore[arg-type]
    )


def connect(
    keychain: Keychain,
    database_id: str,
    settings: ShopSettings,
    typed_secret: str = "",
    **options: object,
) -> WooCommerceClient:
    """A client for ``settings``: what is missing is said in that order (address and key,
    then the secret: one typed in, else MINIME_ADMIN_SHOP_SECRET, else the keychain's)."""
    if not settings.complete:
        raise ShopSettingsMissing()
    check_address(settings.url)
    return client(settings, typed_secret or secret(keychain, database_id), **options)


def test_connection(shop: WooCommerceClient) -> ConnectionCheck:
    """Ask the shop how many customers and orders it has: one small request each."""
    return ConnectionCheck(shop.count("customers"), shop.count("orders"))
