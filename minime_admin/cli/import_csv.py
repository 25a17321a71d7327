"""`minime-admin import csv FILE --kind customers|orders [--preset NAME | --mapping FILE]
[--dry-run] [--json]`: a CSV export of the shop's customers or orders.

Without --preset or --mapping the file's header picks a known export, else the mapping last
used for files with the same columns (the mapping dialog or an earlier --mapping run).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.importers.csv_import import read_mapping_file
from minime_admin.importers.csv_presets import PRESETS, Kind
from minime_admin.services import csv_import
from minime_admin.services.profile import command_line_actor


def add_command(sources: Any) -> None:
    """Registered by cli/shop_import.py under `import`."""
    parser = sources.add_parser(
        "csv",
        help="customers or orders from a CSV export",
        description="Known exports: " + ", ".join(PRESETS) + ".",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--preset", choices=list(PRESETS), help="the export's column layout")
    which.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help='JSON: {"kind": "customers", "columns": {"email": "E-mail", ...}}',
    )
    parser.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(import_handler=run)


def run(arguments: argparse.Namespace) -> int:
    mapping = read_mapping_file(arguments.mapping) if arguments.mapping else None
    database = open_database(arguments)
    try:
        result = csv_import.import_csv(
            database.unit_of_work,
            command_line_actor(),
            arguments.file,
            Kind(arguments.kind),
            mapping,
            dry_run=arguments.dry_run,
            preset=arguments.preset,
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
    print(f"  {'':<10}      new  updated  unchanged  rejected")
    for kind, counts in result.counts.items():
        print(
            f"  {kind:<10} {counts.new:>8} {counts.updated:>8} {counts.unchanged:>10}"
            f" {counts.rejected:>9}"
        )
    for rejection in result.rejections:
        ident = f" (id {rejection.external_id})" if rejection.external_id else ""
        print(
            f"  rejected: {rejection.source} line {rejection.position}{ident}: "
            f"{rejection.message(translate)}"
        )
    return EXIT_OK
