"""`minime-admin import woocommerce --url URL --key CK [--dry-run] [--json]`.

The consumer secret comes from MINIME_ADMIN_SHOP_SECRET (kept in the keychain later), never
from the command line, where it would stay in the shell's history.
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from minime_admin.cli import access_log
from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.errors import ShopSecretMissing
from minime_admin.importers.woocommerce import WooCommerceClient, check_address
from minime_admin.services import shop_import
from minime_admin.services.profile import command_line_actor

SECRET_VARIABLE = "MINIME_ADMIN_SHOP_SECRET"


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("import", help="bring in the shop's customers and orders")
    sources = parser.add_subparsers(dest="import_source", metavar="SOURCE", required=True)
    woo = sources.add_parser(
        "woocommerce",
        help="customers, guests and orders over the WooCommerce REST API",
        description=f"The consumer secret is read from {SECRET_VARIABLE}.",
    )
    woo.add_argument("--url", required=True, help="the shop's address, https://...")
    woo.add_argument("--key", required=True, help="the REST API consumer key (ck_...)")
    woo.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    woo.add_argument("--json", action="store_true")
    access_log.add_source(sources)


def run(arguments: argparse.Namespace) -> int:
    if arguments.import_source == access_log.SOURCE:
        return access_log.run(arguments)
    check_address(arguments.url)  # refuse plain http before asking for anything else
    secret = os.environ.get(SECRET_VARIABLE, "")
    if not secret:
        raise ShopSecretMissing()
    client = WooCommerceClient(arguments.url, arguments.key, secret)
    database = open_database(arguments)
    try:
        result = shop_import.import_woocommerce(
            database.unit_of_work, command_line_actor(), client, dry_run=arguments.dry_run
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
            f"  rejected: {rejection.source} #{rejection.position}{ident}: "
            f"{rejection.message(translate)}"
        )
    return EXIT_OK
