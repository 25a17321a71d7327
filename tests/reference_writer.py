"""One of several processes numbering new records in one database at once (#18.3).

``python tests/reference_writer.py LOCATION KEY_HEX NAME KIND COUNT START_FOLDER`` (LOCATION
and KEY_HEX as in tests/audit_writer.py) waits for the start signal, then opens COUNT new
records of KIND ("request" or "breach"), each in its own unit of work as a desktop would,
and prints one JSON line with the references they got. Any failure (a reference given twice
is refused by its unique index) ends it with a traceback.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from audit_writer import open_shared, wait_for_the_start

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.services import breaches, requests

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


def main(
    location: str, key_hex: str, name: str, kind: str, count: int, start: Path
) -> dict[str, list[str]]:
    database = open_shared(location, key_hex, FixedClock(NOW))
    wait_for_the_start(start, name)
    actor = Actor(name, Role.STAFF)
    references = []
    try:
        for n in range(count):
            with database.unit_of_work() as session:
                if kind == "breach":
                    breach_id = breaches.new_breach(session, actor, f"{name} {n}", NOW)
                    references.append(breaches.get_breach(session, breach_id).reference)
                else:
                    new = requests.NewRequest(
                        RequestType.ACCESS, Channel.EMAIL, NOW, "Ģirts", f"{name} {n}"
                    )
                    references.append(requests.open_request(session, actor, new).reference)
    finally:
        database.close()
    return {"references": references}


if __name__ == "__main__":
    result = main(
        sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), Path(sys.argv[6])
    )
    print(json.dumps(result))
