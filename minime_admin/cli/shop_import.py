"""`minime-admin import woocommerce [--url URL --key CK] [--ca-file FILE] [--full] [--dry-run]
[--json]` and `minime-admin shop set --url URL --key CK [--ca-file FILE]`.

The consumer secret never comes from the command line, where it would stay in the shell's
history: it is read from MINIME_ADMIN_SHOP_SECRET or the keychain (put there by
`shop set`, which reads it from standard input or asks for it without echo).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from minime_admin.cli import access_log, import_csv, import_newsletter
from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.importers.woocommerce import check_address
from minime_admin.services import database as db_service
from minime_admin.services import shop_import, shop_settings
from minime_admin.services.profile import command_line_actor
from minime_admin.services.shop_settings import SECRET_VARIABLE, ShopSettings


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("import", help="bring in the shop's customers and orders")
    sources = parser.add_subparsers(dest="import_source", metavar="SOURCE", required=True)
    woo = sources.add_parser(
        "woocommerce",
        help="customers, guests and orders over the WooCommerce REST API",
        description=(
            f"The consumer secret comes from {SECRET_VARIABLE} or the keychain (`shop set`). "
            "Address and key given here are remembered in the database. Only the orders "
            "changed since the last finished import are downloaded, unless --full."
        ),
    )
    woo.add_argument("--url", help="the shop's address, https://... (default: remembered)")
    woo.add_argument("--key", help="the REST API consumer key, ck_... (default: remembered)")
    woo.add_argument("--ca-file", help="a certificate authority (PEM) to trust for the shop")
    woo.add_argument("--full", action="store_true", help="download every order, not changes")
    woo.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    woo.add_argument("--json", action="store_true")
    import_csv.add_command(sources)
    import_newsletter.add_source(sources)
    access_log.add_source(sources)

    shop = commands.add_parser("shop", help="the shop's address and credentials")
    actions = shop.add_subparsers(dest="shop_action", metavar="ACTION", required=True)
    remember = actions.add_parser(
        "set",
        help="remember address and key; the secret goes to the keychain",
        description="The consumer secret is read from standard input, or asked for.",
    )
    remember.add_argument("--url", required=True, help="the shop's address, https://...")
    remember.add_argument("--key", required=True, help="the REST API consumer key (ck_...)")
    remember.add_argument("--ca-file", default="", help="a certificate authority (PEM) file")


def run(arguments: argparse.Namespace) -> int:
    if handler := getattr(arguments, "import_handler", None):  # a source with its own module
        return int(handler(arguments))
    if arguments.import_source == access_log.SOURCE:
        return access_log.run(arguments)
    if arguments.url:
        check_address(arguments.url)  # refuse plain http before asking for anything else
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            stored = shop_settings.load(session)
        settings = ShopSettings(
            arguments.url or stored.url,
            arguments.key or stored.key,
            arguments.ca_file or stored.ca_file,
        )
        client = shop_settings.connect(db_service.system_keychain(), database.database_id, settings)
        result = shop_import.import_woocommerce(
            database.unit_of_work,
            command_line_actor(),
            client,
            dry_run=arguments.dry_run,
            full=arguments.full,
        )
        if settings != stored:  # they worked: remembered for the next run
            with database.unit_of_work() as session:
                shop_settings.save(session, command_line_actor(), settings)
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
    for warning in result.warnings:
        ident = f" (id {warning.external_id})" if warning.external_id else ""
        print(
            f"  warning: {warning.source} #{warning.position}{ident}: {warning.message(translate)}"
        )
    return EXIT_OK


def run_shop(arguments: argparse.Namespace) -> int:
    check_address(arguments.url)
    if sys.stdin.isatty():
        secret = getpass.getpass("Consumer secret (cs_...): ")
    else:
        secret = sys.stdin.readline().strip()
    database = open_database(arguments)
    try:
        if secret:
            shop_settings.save_secret(db_service.system_keychain(), database.database_id, secret)
        with database.unit_of_work() as session:
            settings = ShopSettings(arguments.url, arguments.key, arguments.ca_file)
            shop_settings.save(session, command_line_actor(), settings)
    finally:
        database.close()
    print("Shop address and key saved" + (", secret kept in the keychain." if secret else "."))
    return EXIT_OK
