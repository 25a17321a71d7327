"""Staff users and managers' signing keys.

A manager's password (scrypt, memory-hard) protects an Ed25519 signing key kept in the
database, sealed with AES-GCM under a key derived from the same password; the public key
is shown so anyone can check a signature. Creating a manager and changing roles are audited.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from minime_admin.domain import passphrase
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import (
    QT_TRANSLATE_NOOP,
    FirstUserIsManager,
    InvalidInput,
    ManagerNeeded,
    NotAManager,
    NotFound,
    UserExists,
    UserNameNeeded,
    WeakPassphrase,
    WrongPassword,
)
from minime_admin.services import audit
from minime_admin.store import session as store_session
from minime_admin.store import user_repo
from minime_admin.store.breach_models import StaffUser

__all__ = ["Role", "StaffUser", "UserInfo"]

MIN_PASSWORD = 10
PASSWORD_VARIABLE = "MINIME_ADMIN_USER_PASSWORD"
# scrypt: 64 MiB of memory per guess (n=2**16, r=8) makes guessing a stolen hash costly.
_N, _R, _P = 2**16, 8, 1


@dataclass(frozen=True)
class UserInfo:
    id: int
    name: str
    role: Role
    public_key: str | None  # hex, for checking signatures
    title: str = ""  # how letters sign them; empty: the role's word


def add_user(
    session: Session,
    actor: Actor,
    name: str,
    role: Role,
    password: str | None = None,
    title: str = "",
    by: tuple[str, str] | None = None,
) -> UserInfo:
    """Add a user. Only a manager may, proven by ``by`` (their name and password); the very
    first user is the first manager, with their own password, and needs nobody's."""
    name = name.strip()
    if not name:
        raise UserNameNeeded()
    if not has_manager(session):
        if role is not Role.MANAGER:
            raise FirstUserIsManager()
    else:
        if by is None or not by[0].strip() or not by[1]:
            raise ManagerNeeded()
        approver, _ = unlock_signing_key(session, *by)  # refuses staff and wrong passwords
        actor = Actor(approver.name, Role.MANAGER, approver.title)
    if user_repo.by_name(session, name) is not None:
        raise UserExists(name=name)
    user = StaffUser(
        name=name, role=role.value, title=title.strip(), created_at=store_session.now(session)
    )
    if role is Role.MANAGER:
        if password is None or len(password) < MIN_PASSWORD:
            raise WeakPassphrase(minimum=MIN_PASSWORD)
        _give_signing_key(user, password)
    session.add(user)
    session.flush()
    audit.record(
        session, actor, AuditAction.USER_CREATED, "user", user.id, "", {"role": role.value}
    )
    session.flush()
    return _info(user)


class ManagerPasswordWeak(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The manager's password is too short or too easy to guess (a common word, a pattern "
        "or a repeat): use at least {minimum} characters, e.g. four or five unrelated words. "
        "Nobody was added.",
    )


class ManagerExists(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "This database already has a manager; they add the others. Nobody was added."
    )


def check_manager_password(password: str) -> None:
    """A manager's password seals their signing key and is attacked offline if the file is
    stolen: judged as a new database's passphrase is (domain.passphrase)."""
    if passphrase.judge(password) in (passphrase.Verdict.TOO_SHORT, passphrase.Verdict.GUESSABLE):
        raise ManagerPasswordWeak(minimum=max(MIN_PASSWORD, passphrase.MIN_LENGTH))


def add_first_manager(
    session: Session, actor: Actor, name: str, title: str, password: str
) -> UserInfo:
    """The database's first manager, with their own password and the title their letters
    carry (issue #15.4): at creation, or at the first start of a database without one."""
    if has_manager(session):
        raise ManagerExists()
    if not name.strip():
        raise UserNameNeeded()
    check_manager_password(password)
    return add_user(session, actor, name, Role.MANAGER, password, title=title)


def has_manager(session: Session) -> bool:
    return any(user.role == Role.MANAGER.value for user in user_repo.all_users(session))


def profile_actor(session: Session, name: str) -> Actor:
    """A desktop's staff profile as the app trusts it: the role (and title) of the user of
    that name, or staff. Nobody makes themselves a manager by typing it (issue #15.4)."""
    return known_actor(session, name) or Actor(name, Role.STAFF)


def known_actor(session: Session, name: str) -> Actor | None:
    """The user called ``name`` as an actor (their role and title), or None."""
    user = user_repo.by_name(session, name.strip())
    if user is None:
        return None
    return Actor(user.name, Role(user.role), user.title)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(user) for user in user_repo.all_users(session)]


def unlock_signing_key(
    session: Session, name: str, password: str
) -> tuple[StaffUser, Ed25519PrivateKey]:
    """The manager's private key, if the password is right; a staff user is refused."""
    user = user_repo.by_name(session, name)
    if user is None:
        raise NotFound(kind="user", ident=name)
    if user.role != Role.MANAGER.value or not user.sealed_private_key or not user.password_hash:
        raise NotAManager(name=name)
    if not _check_password(user.password_hash, password):
        raise WrongPassword(name=name)
    salt, nonce, sealed = (
        user.sealed_private_key[:16],
        user.sealed_private_key[16:28],
        user.sealed_private_key[28:],
    )
    raw = AESGCM(_derive(password, salt)).decrypt(nonce, sealed, b"minime-admin signing key")
    return user, Ed25519PrivateKey.from_private_bytes(raw)


def fingerprint(public_key: bytes) -> str:
    """A public key's SHA-256, the first 128 bits in groups of four: short enough to read
    aloud and compare with `minime-admin users list`."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def public_key_of(session: Session, name: str) -> bytes | None:
    user = user_repo.by_name(session, name)
    return user.public_key if user else None


def _give_signing_key(user: StaffUser, password: str) -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes_raw()
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_derive(password, salt)).encrypt(nonce, raw, b"minime-admin signing key")
    user.sealed_private_key = salt + nonce + sealed
    user.public_key = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    user.password_hash = _hash_password(password)


def _derive(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=128 * 1024 * 1024, dklen=32
    )


def _hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${_derive(password, salt).hex()}"


def _check_password(stored: str, password: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    attempt = hashlib.scrypt(
        password.encode("utf-8"),
        salt=bytes.fromhex(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        maxmem=128 * 1024 * 1024,
        dklen=32,
    )
    return hmac.compare_digest(attempt.hex(), digest)


def _info(user: StaffUser) -> UserInfo:
    return UserInfo(
        user.id,
        user.name,
        Role(user.role),
        user.public_key.hex() if user.public_key else None,
        user.title,
    )
