"""The hash kept of an erased person's e-mail resists guessing (#14.4), and people erased
before it (with the old fast hash) are still recognised."""

from __future__ import annotations

import hashlib

from conftest import SeedShop
from sqlalchemy import select

from minime_admin.domain.actor import Actor
from minime_admin.domain.recognition import (
    SCRYPT_N,
    SCRYPT_R,
    candidates,
    identity_hash,
    legacy_identity_hash,
)
from minime_admin.services.erasure import execute_erasure, plan_erasure, was_erased
from minime_admin.store import erasure_repo
from minime_admin.store.models import Customer

SECRET = bytes(range(16))


def test_the_hash_is_scrypt_keyed_with_the_database_secret() -> None:
    email = "Ģirts.Ķēniņš@Example.lv"
    expected = hashlib.scrypt(
        b"girts.kenins@example.lv", salt=SECRET, n=2**15, r=8, p=1, maxmem=2**26, dklen=32
    ).hex()
    assert identity_hash(SECRET, email) == expected
    assert identity_hash(SECRET, " GIRTS.KENINS@example.lv ") == expected  # as typed again
    assert identity_hash(bytes(16), email) != expected  # another database, another hash
    # Each guess costs 128 * r * N bytes of memory: 32 MiB (benchmarks/recognition_hash.py
    # measures the time).
    assert 128 * SCRYPT_R * SCRYPT_N >= 32 * 1024 * 1024
    assert candidates(SECRET, email) == (expected, legacy_identity_hash(SECRET, email))


def test_an_erasure_keeps_only_the_slow_hash(seed_shop: SeedShop, clerk: Actor) -> None:
    database = seed_shop(customers=4, seed=2)
    with database.unit_of_work() as session:
        person = session.get(Customer, 2)
        email = person.email
        execute_erasure(session, clerk, plan_erasure(session, 2))
    with database.unit_of_work() as session:
        secret = erasure_repo.identity_salt(session)
        stub = session.get(Customer, 2)
        assert stub.identity_hash == identity_hash(secret, email)
        assert stub.identity_hash != legacy_identity_hash(secret, email)
        assert was_erased(session, email.upper())
        assert not was_erased(session, "someone.else@example.lv")


def test_a_person_erased_with_the_old_fast_hash_is_still_recognised(
    seed_shop: SeedShop, clerk: Actor
) -> None:
    database = seed_shop(customers=4, seed=2)
    with database.unit_of_work() as session:
        email = session.get(Customer, 3).email
        execute_erasure(session, clerk, plan_erasure(session, 3))
    with database.unit_of_work() as session:
        secret = erasure_repo.identity_salt(session)
        stub = session.execute(select(Customer).where(Customer.id == 3)).scalar_one()
        stub.identity_hash = legacy_identity_hash(secret, email)  # as the app wrote it before
    with database.unit_of_work() as session:
        assert was_erased(session, email)
