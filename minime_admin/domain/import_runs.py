"""How an import run ended, and which sources record runs (pure codes, no I/O)."""

from __future__ import annotations

from enum import StrEnum


class RunOutcome(StrEnum):
    FINISHED = "finished"  # every batch written (or, for a preview, counted)
    CANCELLED = "cancelled"  # stopped by the user: finished batches stay written
    FAILED = "failed"  # the source failed (unreachable, refused, damaged): nothing written


class ImportSource(StrEnum):
    """One code per importer; the file importers add theirs here."""

    WOOCOMMERCE = "woocommerce"
    CSV = "csv"  # the shop's CSV exports (customers, orders)
    NEWSLETTER = "newsletter"  # Mailchimp / MailerLite audience exports
    ACCESS_LOG = "access_log"  # the web server's access logs
