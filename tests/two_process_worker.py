"""One of two processes working on the same database file at once (tests and benchmark).

``python tests/two_process_worker.py LOCATION KEY_HEX NAME COUNT`` (a file and its key, or a
server URL and "-", as in tests/audit_writer.py) alternates creating a request
and an audited look at a customer, each in its own unit of work, and prints one JSON line:
how many of each succeeded. Any failure other than a clear "busy" ends it with a traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

from audit_writer import open_shared

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.errors import DatabaseBusy
from minime_admin.services import customer_page, requests

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


def main(location: str, key_hex: str, name: str, count: int) -> dict[str, int]:
    database = open_shared(location, key_hex, FixedClock(NOW))
    actor = Actor(name, Role.STAFF)
    done = {"requests": 0, "views": 0, "busy": 0}
    try:
        for n in range(count):
            try:
                with database.unit_of_work() as session:
                    if n % 2:
                        customer_page.open_customer_page(session, actor, 1, f"check {n}")
                        kind = "views"
                    else:
                        requests.open_request(
                            session,
                            actor,
                            requests.NewRequest(
                                RequestType.ACCESS, Channel.EMAIL, NOW, "Ģirts", f"{name} {n}"
                            ),
                        )
                        kind = "requests"
                done[kind] += 1  # counted only once committed
            except DatabaseBusy:
                done["busy"] += 1
    finally:
        database.close()
    return done


if __name__ == "__main__":
    result = main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
    print(json.dumps(result))
