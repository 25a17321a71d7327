"""`minime-admin mail configure ...`, `mail show [--json]`, `mail test`: the office mailbox.

The password never comes from the command line, where it would stay in the shell's history:
MINIME_ADMIN_MAIL_PASSWORD, else it is asked for without echo (or read from standard input
when that is not a terminal). It is kept in the keychain. `mail fetch`, `mail proposals`,
`mail open` and `mail set-aside` are in cli/mail_fetch.py.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from minime_admin.cli import mail_fetch, mail_proposals
from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.services import database as db_service
from minime_admin.services import mail_settings, mail_transport
from minime_admin.services.mail_settings import PASSWORD_VARIABLE, Tls, parse_server
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("mail", help="the office mailbox (IMAP in, SMTP out)")
    actions = parser.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    configure = actions.add_parser(
        "configure",
        help="remember the mail servers; the password goes to the keychain",
        description=(
            f"The password comes from {PASSWORD_VARIABLE}, or is asked for. Options not "
            "given keep their saved value. --tls none is accepted only for a server on "
            "127.0.0.1 or localhost."
        ),
    )
    configure.add_argument("--imap", metavar="HOST:PORT", help="incoming mail server")
    configure.add_argument("--smtp", metavar="HOST:PORT", help="outgoing mail server")
    configure.add_argument("--user", required=True, help="the mailbox's user name")
    configure.add_argument("--tls", required=True, choices=[t.value for t in Tls])
    configure.add_argument("--from", dest="from_address", help="the office's sending address")
    configure.add_argument("--ca-file", type=Path, help="a certificate authority (PEM) to trust")
    configure.add_argument("--folder", help="the IMAP folder requests arrive in (INBOX)")
    configure.add_argument(
        "--done-folder",
        help="the IMAP folder fetched mail is copied to (it stays in the inbox too)",
    )
    configure.add_argument("--rate", type=int, help="bulk letters per minute (0: no pause)")
    configure.add_argument(
        "--interval",
        type=int,
        metavar="MINUTES",
        help="fetch mail every MINUTES while the app is open (0: only when asked; default 10)",
    )
    show = actions.add_parser("show", help="the saved mail settings (never the password)")
    show.add_argument("--json", action="store_true")
    actions.add_parser("test", help="log in to the outgoing (and incoming) server")
    mail_fetch.add_fetch_command(actions)
    mail_proposals.add_proposal_commands(actions)


def run(arguments: argparse.Namespace) -> int:
    handlers = {"configure": _configure, "show": _show, "test": _test, "fetch": mail_fetch.run}
    for name in ("proposals", "open", "set-aside"):
        handlers[name] = mail_proposals.run
    return handlers[arguments.mail_command](arguments)


def _configure(a: argparse.Namespace) -> int:
    tls = Tls(a.tls)
    database = open_database(a)
    try:
        with database.unit_of_work() as session:
            stored = mail_settings.load(session)
        wanted = replace(stored, user=a.user, smtp_tls=tls.value, imap_tls=tls.value)
        if a.smtp:
            host, port = parse_server(a.smtp, "smtp", tls)
            wanted = replace(wanted, smtp_host=host, smtp_port=port)
        if a.imap:
            host, port = parse_server(a.imap, "imap", tls)
            wanted = replace(wanted, imap_host=host, imap_port=port)
        given: dict[str, Any] = {
            "from_address": a.from_address,
            "ca_file": str(a.ca_file.resolve()) if a.ca_file else None,
            "imap_folder": a.folder,
            "imap_done_folder": a.done_folder,
            "send_rate": a.rate,
            "interval_minutes": a.interval,
        }
        wanted = replace(wanted, **{k: v for k, v in given.items() if v is not None})
        wanted = mail_settings.check(wanted)  # refuse before asking for a password
        if a.ca_file:
            mail_transport.tls_context(str(a.ca_file))  # a file that is not a CA: say so now
        secret = _password()
        keychain = db_service.system_keychain()
        kept = False
        if secret and (keychain.available or not os.environ.get(PASSWORD_VARIABLE)):
            mail_settings.save_password(keychain, database.database_id, secret)
            kept = True
        with database.unit_of_work() as session:
            changed = mail_settings.save(session, command_line_actor(), wanted)
    finally:
        database.close()
    print(
        f"Mail settings saved ({len(changed)} changed)"
        + ("; the password is kept in the keychain." if kept else ".")
    )
    return EXIT_OK


def _password() -> str:
    if found := os.environ.get(PASSWORD_VARIABLE):
        return found
    if sys.stdin.isatty():
        return getpass.getpass("Mailbox password: ")
    return sys.stdin.readline().rstrip("\n")


def _show(a: argparse.Namespace) -> int:
    database = open_database(a)
    try:
        with database.unit_of_work() as session:
            saved = mail_settings.load(session)
        stored = mail_settings.stored_password(db_service.system_keychain(), database.database_id)
    finally:
        database.close()
    values = {**asdict(saved), "password_in_keychain": stored is not None}
    if a.json:
        print_json(values)
    else:
        for name, value in values.items():
            print(f"{name:<22} {value}")
    return EXIT_OK


def _test(a: argparse.Namespace) -> int:
    database = open_database(a)
    try:
        with database.unit_of_work() as session:
            saved = mail_settings.require_sending(mail_settings.load(session))
        keychain = db_service.system_keychain()
        secret = mail_settings.password(keychain, database.database_id) if saved.user else ""
    finally:
        database.close()
    mail_transport.check_smtp(mail_transport.smtp_endpoint(saved), saved.user, secret)
    print(f"Outgoing: logged in to {saved.smtp_host}:{saved.smtp_port}.")
    if saved.imap_host:
        count = mail_transport.check_imap(
            mail_transport.imap_endpoint(saved), saved.user, secret, saved.imap_folder
        )
        print(f"Incoming: logged in to {saved.imap_host}; {saved.imap_folder} holds {count}.")
    return EXIT_OK
