"""The Art. 30 register as a PDF on the letterhead and as a CSV, in Latvian or English.
Plain data in (domain.ropa.Register), bytes out."""

from __future__ import annotations

import csv
import io
from datetime import date

from minime_admin.domain import ropa
from minime_admin.domain.csv_cells import safe_row
from minime_admin.domain.retention import RetentionRule
from minime_admin.letters.catalogue import COUNTRY_NAMES
from minime_admin.letters.dates import long_date
from minime_admin.letters.engine import render_document
from minime_admin.letters.model import DocumentData, Letterhead
from minime_admin.letters.ropa_catalogue import (
    ACTIVITIES,
    BASES,
    PARTNER_ROLES,
    RETENTION,
    ROPA,
    SAFEGUARDS,
    SUBJECTS,
)

Rows = list[tuple[str, str]]


def retention_text(rule: RetentionRule, language: str) -> str:
    phrases, words = RETENTION[language], ROPA[language]
    trigger = rule.trigger.value
    phrase = phrases.get(f"{trigger}_0") if rule.months == 0 else None
    text = (phrase or phrases[trigger]).format(months=rule.months)
    if trigger != "never":
        text += ", " + words[f"then_{rule.end_action.value}"]
    return text + (words["review"] if rule.review else "")


def _country(code: str, language: str) -> str:
    return COUNTRY_NAMES[language].get(code, code)


def _recipients(entry: ropa.Entry, language: str) -> str:
    words = ROPA[language]
    if not entry.recipients:
        return words["no_recipients"]
    return "; ".join(
        words["recipient"].format(
            name=r.name,
            role=PARTNER_ROLES[language].get(r.role, r.role),
            country=_country(r.country, language),
        )
        for r in entry.recipients
    )


def _transfers(entry: ropa.Entry, language: str) -> str:
    words = ROPA[language]
    if not entry.transfers:
        return words["no_transfers"]
    return "; ".join(
        words["transfer"].format(
            name=r.name,
            country=_country(r.country, language),
            safeguard=SAFEGUARDS[language][r.safeguard]
            if r.safeguard is not None
            else (r.safeguard_text or words["no_safeguard"]),
        )
        for r in entry.transfers
    )


def entry_rows(entry: ropa.Entry, language: str) -> Rows:
    """One activity, label | value, in the order Art. 30(1)(b)-(g) lists them."""
    words = ROPA[language]
    name, data, purpose = ACTIVITIES[language][entry.activity.key]
    written = entry.written
    rows: Rows = [
        (words["activity"], name),
        (words["purpose"], purpose),
        (words["basis"], BASES[language][entry.activity.basis.value]),
        (words["subjects"], SUBJECTS[language][entry.activity.subjects]),
        (words["data"], data),
        (words["recipients"], _recipients(entry, language)),
        (words["transfers"], _transfers(entry, language)),
        (words["retention"], retention_text(entry.rule, language)),
    ]
    rows = [(label, _capital(value)) for label, value in rows]
    for field, label in (
        ("data_subjects", "data_subjects"),
        ("recipients", "recipients_written"),
        ("security", "security"),
        ("notes", "notes"),
    ):
        rows.append((words[label], written.get(field, "")))
    return rows


def _capital(text: str) -> str:
    """A cell reads as a sentence (the catalogue's phrases also sit inside sentences)."""
    return text[:1].upper() + text[1:]


def version_text(register: ropa.Register, language: str) -> str:
    words = ROPA[language]
    change = register.last_change
    if change is None:
        return words["as_generated"]
    return words["last_change"].format(
        version=register.version,
        date=long_date(change.changed_at.date(), language),
        who=change.changed_by,
    )


def header_rows(register: ropa.Register, head: Letterhead, language: str) -> Rows:
    words = ROPA[language]
    controller = ", ".join(
        p for p in (head.company_name, head.registration_number, head.address, head.email) if p
    )
    return [
        (words["controller"], controller),
        (words["contact"], register.written.get("contact", "") or _capital(words["not_written"])),
        (words["general_security"], words["app_security"]),
        (
            words["office_security"],
            register.written.get("security", "") or _capital(words["not_written"]),
        ),
        (words["version"], _capital(version_text(register, language))),
    ]


def render_pdf(register: ropa.Register, head: Letterhead, language: str, made_on: date) -> bytes:
    words = ROPA[language]
    sections = [(words["register"], tuple(header_rows(register, head, language)))]
    for entry in register.entries:
        rows = entry_rows(entry, language)
        sections.append(
            (
                rows[0][1],
                tuple(
                    (label, value or _capital(words["not_written"])) for label, value in rows[1:]
                ),
            )
        )
    return render_document(
        DocumentData(
            language,
            head,
            words["title"],
            f"{words['version']} {register.version}",
            made_on,
            tuple(sections),
            intro=words["intro"],
        )
    )


def csv_bytes(register: ropa.Register, language: str) -> bytes:
    """One row per activity, the columns in the PDF's order; UTF-8 with a byte-order mark so
        that Excel opens the Latvian letters right; a cell a spreadsheet would run as a formula is
    neutralised (domain.csv_cells)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    rows = [entry_rows(entry, language) for entry in register.entries]
    writer.writerow(safe_row(label for label, _ in rows[0]))
    for row in rows:
        writer.writerow(safe_row(value for _, value in row))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
