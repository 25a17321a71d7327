"""The pure hash chain: any change, removal or reordering is found and named."""

from dataclasses import replace

from minime_admin.domain.audit_chain import GENESIS_HASH, AuditRecord, entry_hash, verify_chain


def _chain(count: int) -> list[tuple[AuditRecord, str, str]]:
    chain, previous = [], GENESIS_HASH
    for seq in range(1, count + 1):
        record = AuditRecord(
            seq,
            f"2026-11-25T10:{seq:02d}:00+00:00",
            "Anna",
            "staff",
            "customer.viewed",
            "customer",
            str(seq),
            "request DSR-1",
            {"n": seq},
        )
        digest = entry_hash(previous, record)
        chain.append((record, previous, digest))
        previous = digest
    return chain


def test_intact_chain_verifies() -> None:
    chain = _chain(5)
    verdict = verify_chain(chain, 5, chain[-1][2])
    assert verdict.intact and verdict.checked == 5


def test_empty_chain_verifies() -> None:
    assert verify_chain([], 0, GENESIS_HASH).intact


def test_altered_entry_is_named() -> None:
    chain = _chain(5)
    record, prev, digest = chain[2]
    chain[2] = (replace(record, reason="nothing to see"), prev, digest)
    verdict = verify_chain(chain, 5, chain[-1][2])
    assert verdict.problem is not None
    assert (verdict.problem.seq, verdict.problem.kind) == (3, "altered")


def test_removed_entry_is_named() -> None:
    chain = _chain(5)
    del chain[1]
    verdict = verify_chain(chain, 5, chain[-1][2])
    assert verdict.problem is not None
    assert (verdict.problem.seq, verdict.problem.kind) == (3, "missing_before")


def test_removed_newest_entry_is_caught_by_the_head() -> None:
    chain = _chain(5)
    head_hash = chain[-1][2]
    verdict = verify_chain(chain[:-1], 5, head_hash)
    assert verdict.problem is not None
    assert (verdict.problem.seq, verdict.problem.kind) == (5, "missing_at_end")


def test_rehashed_forgery_still_breaks_the_link_or_head() -> None:
    chain = _chain(3)
    record, prev, _ = chain[1]
    forged = replace(record, actor="Someone else")
    chain[1] = (forged, prev, entry_hash(prev, forged))
    verdict = verify_chain(chain, 3, chain[-1][2])
    assert verdict.problem is not None and verdict.problem.seq == 3
