"""A mailbox of 10,000 messages (issue #16, "Bad input"), against the real Dovecot on
127.0.0.1 (imap_server.py): the fetch lists them by headers, reads bodies in bounded
batches, takes each once (by UID and by Message-ID) across a second fetch and across a
cancel and resume, within bounded memory and without a traceback."""

from __future__ import annotations

import resource
from collections.abc import Sequence

import pytest
from imap_server import ImapServer, message
from sqlalchemy import func, select
from test_mail_fetch import account_for, fetch, fetched_audits

from minime_admin.domain.actor import Actor
from minime_admin.importers import imap
from minime_admin.progress import Cancelled
from minime_admin.services.database import Database
from minime_admin.store.mail_models import MailMessage

COUNT = 10_000


def taken(database: Database) -> tuple[int, int, int]:
    """(rows, distinct UIDs, distinct Message-IDs) of the messages recorded as taken."""
    with database.unit_of_work() as session:
        found = session.execute(
            select(
                func.count(MailMessage.id),
                func.count(MailMessage.uid.distinct()),
                func.count(MailMessage.identity.distinct()),
            )
        ).one()
    return int(found[0]), int(found[1]), int(found[2])


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


@pytest.mark.slow
def test_ten_thousand_messages_are_taken_once_in_batches_across_a_cancel_and_a_second_fetch(
    database: Database,
    imap_server: ImapServer,
    clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    imap_server.fill_maildir([message(n) for n in range(1, COUNT + 1)])
    # Watch (not replace) every body download: how many messages each FETCH asked for.
    asked: list[int] = []
    real_fetch = imap.Mailbox.fetch

    def watched(self: imap.Mailbox, uids: Sequence[int]) -> list[imap.Fetched]:
        asked.append(len(uids))
        return real_fetch(self, uids)

    monkeypatch.setattr(imap.Mailbox, "fetch", watched)

    # Cancel a little past the middle: the batches done stay, the one under way goes.
    def progress(done: int, total: int) -> bool:
        assert total == COUNT
        return done < COUNT // 2 + 20

    before = peak_rss_mb()
    with pytest.raises(Cancelled):
        fetch(database, clerk, account_for(imap_server), progress=progress)
    rows, uids, ids = taken(database)
    assert rows == uids == ids == COUNT // 2  # 100 whole batches of 50; the 101st rolled back

    resumed = fetch(database, clerk, account_for(imap_server))
    assert [p.uid for p in resumed.proposed] == list(range(COUNT // 2 + 1, COUNT + 1))
    assert resumed.skipped == [] and resumed.already_taken == 0
    assert taken(database) == (COUNT, COUNT, COUNT)  # each exactly once
    # Bodies came in batches, never all at once.
    assert asked and max(asked) <= 50 and sum(asked) == COUNT + 50  # the cancelled batch
    grown = peak_rss_mb() - before
    assert grown < 200, f"the process grew by {grown:.0f} MB"

    asked.clear()
    again = fetch(database, clerk, account_for(imap_server))
    assert again.proposed == [] and again.skipped == [] and again.already_taken == 0
    assert asked == []  # nothing downloaded a second time
    assert taken(database) == (COUNT, COUNT, COUNT)
    assert fetched_audits(database) == 2  # the cancelled run and the resumed one
