"""`minime-admin import access-log FILE... [--dry-run] [--json]`: visits from web-server logs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.services import access_log_import
from minime_admin.services.profile import command_line_actor

SOURCE = "access-log"


def add_source(sources: Any) -> None:
    parser = sources.add_parser(
        SOURCE,
        help="visits from Apache/nginx access logs (combined format, plain or .gz)",
        description="Give a rotated set at once: access.log access.log.1 access.log.2.gz. "
        "Lines already imported are not imported again.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")


def run(arguments: argparse.Namespace) -> int:
    logs = access_log_import.check_files(arguments.files)  # a bad file: one sentence, first
    database = open_database(arguments)
    try:
        result = access_log_import.import_access_logs(
            database.unit_of_work, command_line_actor(), logs, arguments.dry_run
        )
    finally:
        database.close()
    from minime_admin.cli import _translator  # the one translator of the command line

    translate = _translator()
    if arguments.json:
        print_json(result.as_dict(translate))
        return EXIT_OK
    if result.dry_run:
        print("Dry run: nothing was changed.")
    counts = result.counts
    print(
        f"  new {counts.new} (linked to a customer: {counts.linked}), "
        f"unchanged {counts.unchanged}, skipped {counts.skipped} (not a page view), "
        f"too old {counts.too_old}, rejected {counts.rejected}"
    )
    for rejection in result.rejections:
        print(f"  rejected: {rejection.file} line {rejection.line}: {rejection.message(translate)}")
    if counts.rejected > len(result.rejections):
        print(f"  ... {counts.rejected - len(result.rejections)} more rejected lines")
    return EXIT_OK
