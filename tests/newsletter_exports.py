"""Audience exports as Mailchimp and MailerLite write them, generated for tests."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

# Mailchimp: the columns of every members file, then those of the unsubscribed and cleaned
# files (importers/newsletter.py cites where they come from).
MAILCHIMP = [
    "Email Address", "First Name", "Last Name", "MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP",
    "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE",
    "CC", "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS",
]  # fmt: skip
UNSUBSCRIBED = [
    "UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON",
    "UNSUB_REASON_OTHER",
]  # fmt: skip
CLEANED = ["CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE", "CLEAN_CAMPAIGN_ID"]
MAILERLITE = [
    "Subscriber", "Email", "Name", "Last name", "Subscribed", "Signup IP", "Opted in",
    "Opt-in IP", "Unsubscribed", "Groups", "Status",
]  # fmt: skip


def mailchimp_text(status: str, members: list[dict[str, str]]) -> str:
    header = (
        MAILCHIMP + {"subscribed": [], "unsubscribed": UNSUBSCRIBED, "cleaned": CLEANED}[status]
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for number, member in enumerate(members, start=1):
        row = {
            "MEMBER_RATING": "2",
            "LATITUDE": "56.9496",
            "LONGITUDE": "24.1052",
            "GMTOFF": "2",
            "DSTOFF": "3",
            "TIMEZONE": "Europe/Riga",
            "CC": "LV",
            "REGION": "RIX",
            "LAST_CHANGED": "2026-10-01 08:00:00",
            "LEID": str(100 + number),
            "EUID": f"e{number:09x}",
            "TAGS": '"Veikals","Jaunumi"',
            **member,
        }
        writer.writerow([row.get(column, "") for column in header])
    return out.getvalue()


def write_mailchimp(
    folder: Path, status: str, members: list[dict[str, str]], encoding: str = "utf-8-sig"
) -> Path:
    path = folder / f"{status}_members_export_4f2a9c.csv"
    path.write_bytes(mailchimp_text(status, members).encode(encoding))
    return path


def write_mailchimp_zip(folder: Path, by_status: dict[str, list[dict[str, str]]]) -> Path:
    path = folder / "members_export_4f2a9c.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for status, members in by_status.items():
            text = mailchimp_text(status, members)
            archive.writestr(f"{status}_members_export_4f2a9c.csv", text.encode("utf-8"))
    return path


def write_mailerlite(
    folder: Path,
    subscribers: list[dict[str, str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
    name: str = "subscribers.csv",
) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(MAILERLITE)
    for subscriber in subscribers:
        row = {"Subscriber": subscriber.get("Email", ""), "Groups": "Jaunumi", **subscriber}
        writer.writerow([row.get(column, "") for column in MAILERLITE])
    path = folder / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path
