"""The inspection pack (issue #20.3): one folder, or the same files in one ZIP, that an
inspector can check, signed by a manager (where the files go: services/pack_files.py).

It holds the summary PDF, the period's requests as CSV, the Art. 30 register (PDF and CSV),
the retention rules in force and the sweeps run, and the audit chain's check with its head;
``manifest.json`` lists every file's SHA-256 and ``manifest.sig`` is the manager's Ed25519
signature over the manifest's bytes. Nothing in it names a person: requests carry their
reference and, for a person, a customer number or an erased person's salted hash.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from minime_admin.domain import request_figures as rf
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.csv_cells import neutralise, safe_row
from minime_admin.domain.requests import Status
from minime_admin.domain.retention_texts import CONTEXT as RETENTION_CONTEXT
from minime_admin.domain.retention_texts import RULE_TITLES
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.letters import inspection as summary
from minime_admin.letters.ropa import retention_text
from minime_admin.letters.ropa_catalogue import BASES, PACK, SEVERITY
from minime_admin.progress import Progress, report
from minime_admin.services import (
    audit,
    audit_anchor,
    breaches,
    pack_files,
    reports,
    ropa,
    users,
)
from minime_admin.services.retention_rules import current_rules
from minime_admin.store import report_repo
from minime_admin.store import session as store_session

Translate = Callable[[str, str], str]
FORMAT = "minime-admin inspection pack v1"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
SUMMARY, REQUESTS, ROPA_PDF, ROPA_CSV = (
    "summary.pdf", "requests.csv", "records-of-processing.pdf", "records-of-processing.csv"
)  # fmt: skip
RETENTION, SWEEPS, AUDIT = "retention-rules.csv", "retention-sweeps.csv", "audit-check.json"
STEPS = 7


PackFolderNotEmpty = pack_files.PackFolderNotEmpty
PackFileExists = pack_files.PackFileExists


@dataclass(frozen=True)
class PackResult:
    folder: Path
    files: dict[str, str]  # name -> SHA-256, the manifest's list
    head: audit_anchor.Head
    audit_intact: bool
    signer: str
    fingerprint: str


@dataclass(frozen=True)
class PackCheck:
    signer: str | None
    made_at: str | None
    signature_ok: bool
    key_known: bool  # the signing key is the named manager's key in this database
    problems: list[tuple[str, str]]  # (file, "changed" | "missing" | "extra" | "unreadable")
    head: str | None

    @property
    def ok(self) -> bool:
        return self.signature_ok and self.key_known and not self.problems


def _riga_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), SHOP_ZONE)


def make_pack(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    folder: Path,
    manager: str,
    password: str,
    language: str = "lv",
    translate: Translate | None = None,
    progress: Progress | None = None,
) -> PackResult:
    """Write the pack into ``folder`` (new or empty) and audit it; raises Cancelled when
    ``progress`` says stop, leaving no folder behind."""
    reports.check_period(start, end)
    pack_files.check_target(folder)
    # The password first: a wrong one costs nothing and writes nothing.
    user, key = users.unlock_signing_key(session, manager, password)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    writer = pack_files.PackWriter(folder)
    try:
        result = _write_pack(
            session, actor, start, end, writer, user.name, key, public, language, translate,
            progress,
        )  # fmt: skip
        writer.finish()
    except BaseException:
        writer.discard()
        raise
    report(progress, STEPS, STEPS)
    return result


def _write_pack(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    writer: pack_files.PackWriter,
    signer: str,
    key: Ed25519PrivateKey,
    public: bytes,
    language: str,
    translate: Translate | None,
    progress: Progress | None,
) -> PackResult:
    words = PACK[language]
    report(progress, 0, STEPS)
    figures = reports.request_report(session, start, end)  # once: the summary's figures
    report(progress, 1, STEPS)
    head = audit_anchor.chain_head(session)  # before anything of the pack is recorded
    verdict = audit.verify(session)
    report(progress, 2, STEPS)
    head_letters = ropa.letterhead(session)
    _write_requests_csv(session, writer, start, end, language)
    writer.write(ROPA_PDF, ropa.export(session, language, as_csv=False))
    writer.write(ROPA_CSV, ropa.export(session, language, as_csv=True))
    report(progress, 3, STEPS)
    rules = current_rules(session)
    writer.write(
        RETENTION,
        _table(
            [words[k] for k in ("csv_rule", "csv_period", "csv_basis", "csv_source")],
            [
                [
                    _tr(translate, RULE_TITLES.get(rule.key, rule.key)),
                    retention_text(rule, language),
                    BASES[language][rule.legal_basis.value],
                    _tr(translate, rule.reference),
                ]
                for rule in rules.values()
            ],
        ),
    )
    sweeps = [
        summary.Sweep(entry.at, entry.actor, _deleted(entry.details))
        for entry in report_repo.sweeps_between(
            session, _riga_midnight(start), _riga_midnight(end + timedelta(days=1))
        )
    ]
    writer.write(
        SWEEPS,
        _table(
            [words["csv_at"], words["csv_actor"], words["csv_deleted"]],
            [[s.at.astimezone(SHOP_ZONE).isoformat(), s.actor, str(s.deleted)] for s in sweeps],
        ),
    )
    problem = verdict.problem
    writer.write(
        AUDIT,
        _json(
            {
                "intact": verdict.intact,
                "checked": verdict.checked,
                "first_bad_entry": problem.seq if problem else None,
                "problem": problem.kind if problem else None,
                "head_seq": head.seq,
                "head_hash": head.hash,
                "check_later": f"minime-admin audit verify --since-head {head.token}",
            }
        ),
    )
    report(progress, 4, STEPS)
    audit_lines = [
        words["audit_intact"].format(n=verdict.checked)
        if problem is None
        else words["audit_broken"].format(seq=problem.seq, kind=problem.kind),
        words["head"].format(seq=head.seq, hash=head.hash),
        words["head_use"].format(token=head.token),
    ]
    fingerprint = users.fingerprint(public)
    writer.write(
        SUMMARY,
        summary.render_summary(
            summary.SummaryData(
                language=language,
                letterhead=head_letters,
                made_on=store_session.today(session),
                start=start,
                end=end,
                total=figures.total,
                months=figures.months,
                rows=figures.rows,
                types=figures.types,
                late=figures.late,
                days_left=figures.days_left,
                breaches=_breaches(session, start, end, language),
                retention_rows=[
                    (_tr(translate, RULE_TITLES.get(r.key, r.key)), retention_text(r, language))
                    for r in rules.values()
                ],
                sweeps=sweeps,
                audit_lines=audit_lines,
                signed_note=words["signed"].format(signer=signer, fingerprint=fingerprint),
                files=sorted([*writer.digests, SUMMARY, MANIFEST, SIGNATURE]),
            )
        ),
    )
    report(progress, 5, STEPS)
    digests = dict(sorted(writer.digests.items()))
    manifest = _json(
        {
            "format": FORMAT,
            "controller": head_letters.company_name,
            "from": start.isoformat(),
            "to": end.isoformat(),
            "made_at": store_session.now(session).isoformat(),
            "made_by": actor.name,
            "signer": signer,
            "public_key": public.hex(),
            "fingerprint": fingerprint,
            "audit_head": head.token,
            "language": language,
            "files": digests,
        }
    )
    writer.write(MANIFEST, manifest)
    writer.write(SIGNATURE, (key.sign(manifest).hex() + "\n").encode("ascii"))
    report(progress, 6, STEPS)
    audit.record(
        session,
        actor,
        AuditAction.INSPECTION_PACK_MADE,
        "inspection_pack",
        "",
        "",
        {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "files": len(digests),
            "manifest_sha256": hashlib.sha256(manifest).hexdigest(),
            "signer": signer,
            "audit_head": head.token,
            "zip": pack_files.is_zip_target(writer.target),
        },
    )
    session.flush()
    return PackResult(writer.target, digests, head, verdict.intact, signer, fingerprint)


def verify_pack(session: Session, path: Path) -> PackCheck:
    """Who signed the pack (a folder or a ZIP), and whether every file is as signed; lists
    what differs."""
    try:
        source = pack_files.PackReader(path)
    except (OSError, zipfile.BadZipFile):
        return PackCheck(None, None, False, False, [(path.name, "unreadable")], None)
    try:
        return _check(session, source)
    finally:
        source.close()


def _check(session: Session, source: pack_files.PackReader) -> PackCheck:
    try:
        manifest_bytes = source.read(MANIFEST)
        manifest = json.loads(manifest_bytes)
        signature = bytes.fromhex(source.read(SIGNATURE).decode("ascii").strip())
        public = bytes.fromhex(manifest["public_key"])
        listed = dict(manifest["files"])
        signer = str(manifest["signer"])
        if manifest.get("format") != FORMAT:
            raise ValueError("not a pack")
    except (OSError, ValueError, KeyError, TypeError, UnicodeError, pack_files.PackDamaged):
        return PackCheck(None, None, False, False, [(MANIFEST, "unreadable")], None)
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest_bytes)
        signature_ok = True
    except (InvalidSignature, ValueError):
        signature_ok = False
    key_known = users.public_key_of(session, signer) == public
    problems: list[tuple[str, str]] = []
    for name, digest in sorted(listed.items()):
        if not source.has(name):
            problems.append((name, "missing"))
            continue
        try:
            same = source.sha256(name) == digest
        except pack_files.PackDamaged:  # a ZIP member that fails its own check
            same = False
        if not same:
            problems.append((name, "changed"))
    for name in source.names():
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            problems.append((name, "extra"))
    return PackCheck(
        signer, manifest.get("made_at"), signature_ok, key_known, problems,
        manifest.get("audit_head"),
    )  # fmt: skip


class _Worded(dict[Any, str]):
    """A value's words, worked out the first time it is asked for: a few hundred distinct
    days, types and outcomes among 100,000 rows, looked up at C speed after that."""

    def __init__(self, word: Callable[[Any], str]) -> None:
        super().__init__()
        self.word = word

    def __missing__(self, key: Any) -> str:
        value = self[key] = self.word(key)
        return value


def _write_requests_csv(
    session: Session, writer: pack_files.PackWriter, start: date, end: date, language: str
) -> None:
    """Every request of the period, one row each, written a batch at a time as they are
    read: 100,000 requests never sit in memory together."""
    words = PACK[language]
    heads = ("reference", "type", "received", "due", "answered", "on_time", "outcome", "person")
    days = _Worded(str)  # text on SQLite, a date on PostgreSQL: the ISO day either way
    days[None] = ""
    types = _Worded(lambda kind: summary.type_name(kind, language))
    outcomes = _Worded(lambda facts: _outcome(facts[0], facts[1], facts[2], language))
    on_time = {None: "", 1: words["yes"], 0: words["no"]}  # True and False are 1 and 0
    customers = _Worded(lambda customer_id: _person(customer_id, None, language))
    customers[None] = ""
    with writer.open(REQUESTS) as handle:
        buffer = io.StringIO()
        out = csv.writer(buffer, lineterminator="\r\n")
        buffer.write("\ufeff")
        out.writerow(safe_row(words[f"csv_{h}"] for h in heads))
        for batch in report_repo.request_line_batches(session, start, end):
            # Only the reference is stored text; every other cell is a date, a number, a
            # hash or a catalogue word, none of which can start like a formula.
            out.writerows(
                (
                    neutralise(reference),
                    types[kind],
                    days[received],
                    days[due],
                    days[answered],
                    on_time[in_time],
                    outcomes[status, outcome, exception],
                    _person(None, erased, language) if erased else customers[customer_id],
                )
                for (
                    reference, kind, received, due, answered, in_time, status, outcome,
                    exception, customer_id, erased,
                ) in batch
            )  # fmt: skip
            handle.write(buffer.getvalue().encode("utf-8"))
            buffer.seek(0)
            buffer.truncate()
        handle.write(buffer.getvalue().encode("utf-8"))


def _outcome(status: str, outcome: str | None, exception: str | None, language: str) -> str:
    words = PACK[language]
    if status == Status.COMPLETED.value:
        return words["done"]
    if status == Status.REFUSED.value:
        ground = rf.refusal_ground_of(outcome, exception)
        return words["refused_as"].format(ground=summary.ground_name(ground, language))
    if status == Status.WITHDRAWN.value:
        return words["withdrawn_as"]
    return words["open_as"]


def _person(customer_id: int | None, erased_hash: str | None, language: str) -> str:
    """No name, no address: an erased person only as the salted hash the record keeps."""
    words = PACK[language]
    if erased_hash:
        return words["erased"].format(hash=erased_hash)
    return words["customer"].format(id=customer_id) if customer_id is not None else ""


def _breaches(session: Session, start: date, end: date, language: str) -> list[summary.BreachFacts]:
    found = []
    breach_ids = report_repo.breach_ids_aware_between(
        session, _riga_midnight(start), _riga_midnight(end + timedelta(days=1))
    )
    outputs = report_repo.outputs_by_breach(session, breach_ids)
    letters = report_repo.letters_sent_by_breach(session, breach_ids)
    for breach_id in breach_ids:
        detail = breaches.get_breach(session, breach_id)
        facts = detail.facts
        notified = detail.notified
        found.append(
            summary.BreachFacts(
                reference=detail.reference,
                title=str(facts["title"]),
                aware_at=detail.clock.aware_at,
                due_at=detail.clock.due_at,
                nature=str(facts["nature"] or ""),
                people=facts["people"],  # type: ignore[arg-type]
                severity=(
                    f"{SEVERITY[language][detail.severity.level.value]} ({detail.severity.score})"
                    if detail.severity
                    else None
                ),
                notify_dvi=facts["notify_dvi"],  # type: ignore[arg-type]
                notify_dvi_reason=str(facts["notify_dvi_reason"] or ""),
                exemption=str(facts["notify_dvi_exemption"] or ""),
                notify_people=facts["notify_people"],  # type: ignore[arg-type]
                notify_people_reason=str(facts["notify_people_reason"] or ""),
                exceptions=str(facts["art34_exceptions"] or ""),
                delay_reasons=str(facts["delay_reasons"] or ""),
                dvi_notified_at=notified.submitted_at if notified else None,
                signed_by=detail.signoff.signer,
                signed_at=detail.signoff.signed_at,
                signoff_valid=detail.signoff.valid,
                outputs=outputs[breach_id],
                letters_sent=letters[breach_id],
                voided=detail.voided,
            )
        )
    return found


def _deleted(details: dict[str, object]) -> int:
    deleted = details.get("deleted")
    return sum(int(n) for n in deleted.values()) if isinstance(deleted, dict) else 0


def _tr(translate: Translate | None, text: str) -> str:
    return translate(RETENTION_CONTEXT, text) if translate else text


def _table(head: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(safe_row(head))
    for row in rows:
        writer.writerow(safe_row(row))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _json(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
