"""Errors of a database on the office's PostgreSQL server (team mode)."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, KnownError


class DatabaseUrlInvalid(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{url} is not a database server address the app can use. Write it as "
        "postgresql+psycopg://user@host/database.",
    )


class ServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} cannot be reached: it may be switched off, or the "
        "network is down. Nothing was changed; try again later or ask whoever runs the server.",
    )


class ServerPasswordWrong(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} did not accept the password for this user. Nothing "
        "was changed; check the password and try again.",
    )


class ServerPasswordNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} needs a password: type it when asked, or set "
        "MINIME_ADMIN_DB_PASSWORD.",
    )


class ServerCertificateNotVerified(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} could not prove who it is: its certificate does not "
        "verify with the CA file given. No data was sent; check the CA file and the server's "
        "name.",
    )


class ServerNoRights(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This user may not work in the database at {url}: the server refused access. "
        "Nothing was changed; ask whoever runs the server to grant the rights in "
        "docs/team-server.md.",
    )


class ServerDatabaseNotEmpty(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database at {url} already holds tables, so nothing was copied into it. Give "
        "the move an empty database.",
    )


class ServerCopyMismatch(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The copy on the server at {url} does not match the file (table {table}), so it was "
        "not kept. The file is unchanged.",
    )


class ServerDatabaseEmpty(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database at {url} is empty. Set it up with: minime-admin --db URL init, or move "
        "an existing file there with: minime-admin migrate-to-server URL",
    )


class ServerConnectionLost(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database server at {url} broke off. What was being saved "
        "was not saved; try again once the server can be reached.",
    )


class AuditChainBrokenOnServer(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The audit log copied to {url} did not verify there, so the copy was not kept. The "
        "file is unchanged; run: minime-admin audit verify",
    )


__all__ = [
    "AuditChainBrokenOnServer",
    "DatabaseUrlInvalid",
    "ServerCertificateNotVerified",
    "ServerConnectionLost",
    "ServerCopyMismatch",
    "ServerDatabaseEmpty",
    "ServerDatabaseNotEmpty",
    "ServerNoRights",
    "ServerPasswordNeeded",
    "ServerPasswordWrong",
    "ServerUnreachable",
]
