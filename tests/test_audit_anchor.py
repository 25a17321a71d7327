"""Anchoring the audit chain (issue #20.4): a kept head proves the log up to it was not
rewritten, even wholesale with every hash recomputed, which the chain alone cannot show."""

from __future__ import annotations

import json

import pytest
from conftest import TEST_NOW
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from tampering import tamper, unguarded

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import GENESIS_HASH, entry_hash
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit, audit_anchor
from minime_admin.services import database as db_service
from minime_admin.store import audit_repo
from minime_admin.store.system_models import AuditEntry

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def fill(database: db_service.Database, actor: Actor, count: int) -> None:
    with database.unit_of_work() as session:
        for number in range(count):
            audit.record(session, actor, AuditAction.CUSTOMER_VIEWED, "customer", number, "x")


def run(capsys: pytest.CaptureFixture[str], path: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", path, *argv], FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rewrite_from(database: db_service.Database, seq: int) -> None:
    """A wholesale rewrite: entry ``seq`` changed, and every hash from it on recomputed, the
    head row too, so that the chain by itself verifies again."""
    with unguarded(database) as session:
        rows = list(session.query(AuditEntry).order_by(AuditEntry.seq))
        previous = GENESIS_HASH
        for row in rows:
            if row.seq == seq:
                row.reason = "rewritten"
            if row.seq >= seq:
                row.prev_hash = previous
                row.hash = entry_hash(previous, audit_repo.to_record(row))
            previous = row.hash
        session.flush()
        session.execute(text("UPDATE audit_head SET hash = :h"), {"h": previous})


def test_head_then_more_entries_still_verify_since_the_head(
    database: db_service.Database, clerk: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(database, clerk, 4)
    with database.session() as session:
        kept = audit_anchor.chain_head(session)
    assert kept.seq == 5  # 1 is database.created
    fill(database, clerk, 3)
    with database.session() as session:
        newest = audit_anchor.chain_head(session)
    path = database.location  # the file, or the server URL
    database.close()
    code, out, _ = run(capsys, path, "audit", "head", "--json")
    head = json.loads(out)
    assert code == 0 and (head["seq"], head["hash"]) == (8, newest.hash)
    assert head["head"] == f"8:{newest.hash}"
    code, out, _ = run(capsys, path, "audit", "head")
    assert code == 0 and newest.hash in out and "--since-head 8:" in out
    for anchor in (kept.token, kept.hash, kept.hash.upper()):
        code, out, err = run(capsys, path, "audit", "verify", "--since-head", anchor, "--json")
        verdict = json.loads(out)
        assert code == 0, err
        assert verdict["unchanged_since_head"] and verdict["head_seq"] == 5
        assert verdict["entries_since"] == 3
    code, out, _ = run(capsys, path, "audit", "verify", "--since-head", kept.token)
    assert code == 0 and "entries 1 to 5 are unchanged" in out and "3 entries follow" in out


def test_a_rewritten_earlier_entry_is_caught_though_the_chain_verifies(
    database: db_service.Database, clerk: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(database, clerk, 4)
    with database.session() as session:
        kept = audit_anchor.chain_head(session)
    fill(database, clerk, 2)
    rewrite_from(database, 3)
    with database.session() as session:
        assert audit.verify(session).intact  # the forgery fools the chain alone
        verdict = audit_anchor.verify_since(session, kept.token)
    assert not verdict.holds and verdict.anchor_seq is None
    path = database.location  # the file, or the server URL
    database.close()
    code, _, err = run(capsys, path, "audit", "verify", "--since-head", kept.token)
    assert code == 3 and "REWRITTEN" in err


def test_a_rewrite_after_the_head_leaves_it_standing(
    database: db_service.Database, clerk: Actor
) -> None:
    """Only entries after the anchor were rewritten: what the anchor proves still holds, and
    nothing more is claimed for the rest."""
    fill(database, clerk, 4)
    with database.session() as session:
        kept = audit_anchor.chain_head(session)
    fill(database, clerk, 2)
    rewrite_from(database, kept.seq + 1)
    with database.session() as session:
        assert audit_anchor.verify_since(session, kept.token).holds


def test_an_altered_entry_breaks_the_chain_first(
    database: db_service.Database, clerk: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(database, clerk, 4)
    with database.session() as session:
        kept = audit_anchor.chain_head(session)
    tamper(database, "UPDATE audit_log SET reason = 'y' WHERE seq = 2")
    # The forger's transaction set the protection aside for itself only.
    with pytest.raises(DBAPIError, match="append-only"), database.unit_of_work() as session:
        session.execute(text("UPDATE audit_log SET reason = 'z' WHERE seq = 3"))
    path = database.location  # the file, or the server URL
    database.close()
    code, _, err = run(capsys, path, "audit", "verify", "--since-head", kept.token)
    assert code == 3 and "entry 2 was altered" in err


def test_a_head_at_another_position_does_not_hold(
    database: db_service.Database, clerk: Actor
) -> None:
    fill(database, clerk, 4)
    with database.session() as session:
        kept = audit_anchor.chain_head(session)
        verdict = audit_anchor.verify_since(session, f"{kept.seq - 1}:{kept.hash}")
    assert not verdict.holds and verdict.anchor_seq == kept.seq


@pytest.mark.parametrize("anchor", ["abc", "5:" + "g" * 64, "x:" + "0" * 64, ""])
def test_a_mistyped_head_is_one_clear_sentence(
    database: db_service.Database, capsys: pytest.CaptureFixture[str], anchor: str
) -> None:
    path = database.location  # the file, or the server URL
    database.close()
    code, out, err = run(capsys, path, "audit", "verify", "--since-head", anchor or " ")
    assert code == 1 and "not a chain head" in err and "Traceback" not in err + out
