"""What a breach produces: the notice to the DVI, a letter to each affected customer, the
website notice, the internal report. Drafts are watermarked; final outputs need a valid
sign-off, carry it in the file, and are registered so `breach verify` can vouch for them.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session

from minime_admin.domain import breach as rules
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.authority import DVI
from minime_admin.domain.breach import NoticePhase, OutputKind
from minime_admin.domain.csv_cells import safe_row
from minime_admin.domain.shop_time import SHOP_ZONE, shop_day
from minime_admin.errors import DelayReasonsNeeded, EmptySelection, NotSignedOff
from minime_admin.letters import breach_catalogue as texts
from minime_admin.letters.catalogue import SIGNER_ROLES
from minime_admin.letters.dates import long_date
from minime_admin.letters.model import (
    DocumentData,
    Facts,
    LetterData,
    Letterhead,
    LetterKind,
    Recipient,
    Signer,
)
from minime_admin.letters.render import render_document, render_letter
from minime_admin.progress import Progress, report
from minime_admin.services import audit, breaches, settings, users
from minime_admin.services.files import write_atomic
from minime_admin.store import breach_repo
from minime_admin.store import session as store_session
from minime_admin.store.breach_models import BreachOutput

MARKER = b"\n%MINIME-SIGNATURE "
RUN_FILE = "run.json"  # in a bulk run's INCOMPLETE folder: what it is making
LETTER_CHUNK = 250


@dataclass(frozen=True)
class Verification:
    signed: bool  # the file carries a minime-admin sign-off
    unchanged: bool  # its bytes are exactly those produced
    genuine: bool  # the sign-off's signature checks out and the file is on the register
    reference: str | None = None
    kind: str | None = None
    signer: str | None = None
    signed_at: str | None = None
    signed_version: int | None = None  # the breach's version the sign-off covered
    current_version: int | None = None  # the breach's version now (None: not on the register)
    # The kind, sign-off time or version the file states is not what was signed (#14.15).
    altered_statement: bool = False
    # The breach as stored no longer matches its sign-off (changed outside the app).
    breach_altered: bool = False

    @property
    def current(self) -> bool:
        """False when the breach was changed after this file was signed: it is superseded."""
        return (
            self.signed_version is not None
            and self.signed_version == self.current_version
            and not self.breach_altered
        )


@dataclass(frozen=True)
class LettersResult:
    letters: int
    folder: Path
    mail_merge: Path
    final: bool


def dvi_fields(
    session: Session,
    breach_id: int,
    language: str = "lv",
    phase: NoticePhase = NoticePhase.INITIAL,
) -> list[tuple[str, list[tuple[str, str]]]]:
    """The notice field by field, for the PDF and for pasting into DVI's online form."""
    detail = breaches.get_breach(session, breach_id)
    now = store_session.now(session)
    facts, words = rules.localised(detail.facts, language), texts.WORDS[language]
    head = settings.load_letterhead(session)
    late = detail.clock.is_late(now)
    values: dict[str, str] = {
        "controller": f"{head.company_name}, {head.registration_number}, {head.address}",
        "contact_point": str(facts["contact_point"] or words["unknown"]),
        "phase": words[phase],
        "occurred_at": _when(facts["occurred_at"], words),
        "ended_at": _when(facts["ended_at"], words),
        "aware_at": _when(facts["aware_at"], words),
        "notified_at": _when(now, words),
        "delay_reasons": (str(facts["delay_reasons"]) or words["late_missing"])
        if late
        else words["not_late"],
        "people": _number(facts["people"], words),
        "records": _number(facts["records"], words),
        "severity": (
            f"SE = {detail.severity.score} ({texts.LEVELS[language][detail.severity.level]}); "
            f"DPC {detail.severity.dpc}, EI {detail.severity.ei}, CB {detail.severity.cb}"
        )
        if detail.severity
        else words["unknown"],
        "people_informed": words["informed_yes"]
        if facts["notify_people"]
        else words["informed_no"].format(reason=facts["notify_people_reason"] or words["unknown"]),
        "cross_border": words["yes"] if facts["cross_border"] else words["no"],
        "nature": ", ".join(
            texts.NATURE[language].get(n.strip(), n.strip())
            for n in str(facts["nature"] or "").split(",")
            if n.strip()
        )
        or words["unknown"],
    }
    index = 0 if language == "lv" else 1
    return [
        (
            texts.SECTION_TITLES[language][section],
            [
                (
                    labels[index],
                    values[key] if key in values else str(facts.get(key) or "—"),
                )
                for key, *labels in fields
            ],
        )
        for section, fields in texts.DVI_FIELDS
    ]


def render_output(
    session: Session,
    actor: Actor,
    breach_id: int,
    kind: OutputKind,
    language: str = "lv",
    final: bool = False,
    phase: NoticePhase = NoticePhase.INITIAL,
) -> bytes:
    """One output as PDF bytes. Final needs a valid sign-off (the report may be a draft)."""
    detail = breaches.get_breach(session, breach_id)
    signed = breaches.signoff_signature(session, breach_id) if final else None
    if final and signed is None:
        raise NotSignedOff(reference=detail.reference)
    if final and kind is not OutputKind.REPORT:
        breaches.require_language(detail, language)
    note = "" if final else _draft_note(detail, language)
    now = store_session.now(session)
    if (
        final
        and kind is OutputKind.DVI
        and detail.clock.is_late(now)
        and not detail.facts["delay_reasons"]
    ):
        raise DelayReasonsNeeded()
    head = letterhead(session)
    visible = signoff_note(session, signed, language)
    if kind is OutputKind.DVI:
        title = texts.DVI_TITLE[language]
        if phase == NoticePhase.FOLLOW_UP:
            title = texts.DVI_FOLLOW_UP[language].format(reference=detail.reference)
        document = DocumentData(
            language,
            head,
            title,
            detail.reference,
            shop_day(now),
            tuple(
                (heading, tuple(fields))
                for heading, fields in dvi_fields(session, breach_id, language, phase)
            ),
            intro=texts.DVI_INTRO[language].format(
                dvi_name=DVI.name_lv if language == "lv" else DVI.name_en,
                dvi_address=DVI.address,
                dvi_email=DVI.email,
                form=DVI.breach_form,
            ),
            draft=not final,
            draft_note=note,
            signoff_note=visible,
        )
        pdf = render_document(document)
        if final:  # saved, not sent: the DVI is notified when a person records it
            breaches.note_notice_prepared(session, actor, breach_id, language)
    elif kind is OutputKind.WEBSITE:
        pdf = render_document(
            replace(_website(detail, head, language, now, final, note), signoff_note=visible)
        )
    elif kind is OutputKind.REPORT:
        pdf = render_document(
            replace(_report(detail, head, language, now, final), signoff_note=visible)
        )
    else:
        raise ValueError("customer letters are made with customer_letters()")
    if signed is None:
        return pdf
    return _seal(session, detail, pdf, kind.value, language, None, signed)


def customer_letters(
    session: Session,
    actor: Actor,
    breach_id: int,
    out_dir: Path,
    final: bool = False,
    progress: Progress | None = None,
    workers: int = 2,
) -> LettersResult:
    """One PDF per affected customer in their language, and a mail-merge CSV, in parallel."""
    detail = breaches.get_breach(session, breach_id)
    signed = breaches.signoff_signature(session, breach_id) if final else None
    if final and signed is None:
        raise NotSignedOff(reference=detail.reference)
    people = breach_repo.letter_recipients(session, list(detail.affected))
    if not people:
        raise EmptySelection()
    if final:  # every language the letters go out in needs its own complete facts
        for language in sorted({letter_language(lang) for _, _, lang, _ in people}):
            breaches.require_language(detail, language)
    out_dir.mkdir(parents=True, exist_ok=True)
    head = letterhead(session)
    today = store_session.today(session)
    block = block_fields(session, detail, signed, OutputKind.CUSTOMER) if signed else None
    # A final letter goes out in the name of the manager who signed the breach off.
    signer = (users.known_actor(session, signed[1]) or actor) if signed else actor
    # Letters are made in a folder named INCOMPLETE and moved out only when every one is
    # done: a killed run leaves no signed-looking letter beside the finished ones, and the
    # next run with the same breach version and sign-off resumes there (#14.5).
    staging = out_dir / f"{detail.reference}-letters-INCOMPLETE"
    run = {
        "breach_version": detail.version,
        "final": final,
        "signoff": signed[0].id if signed else None,
        "day": today.isoformat(),
    }
    done_before = _resume(staging, run)
    jobs = [
        (
            replace(
                customer_letter(detail, head, name, language, email, today, signer, not final),
                signoff_note=signoff_note(session, signed, letter_language(language)),
            ),
            str(staging / f"{detail.reference}-{cid}.pdf"),
            block,
            cid,
        )
        for cid, name, language, email in people
        if f"{detail.reference}-{cid}.pdf" not in done_before
    ]
    hashes: list[tuple[int, str, str]] = []
    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        done = 0
        futures = [
            pool.submit(_render_batch, jobs[i : i + LETTER_CHUNK])
            for i in range(0, len(jobs), LETTER_CHUNK)
        ]
        try:
            for future in futures:
                hashes += future.result()
                done = len(hashes)
                report(progress, len(done_before) + done, len(done_before) + len(jobs))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    made = {cid: (digest, path) for cid, digest, path in hashes}
    hashes = []
    for cid, *_ in people:  # every letter, in the order of the people, resumed ones too
        name = f"{detail.reference}-{cid}.pdf"
        digest, _path = made.get(cid) or (done_before[name], "")
        hashes.append((cid, digest, str(out_dir / name)))
    for _, _, path in hashes:  # all made: out of the INCOMPLETE folder
        os.replace(staging / Path(path).name, path)
    (staging / RUN_FILE).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        staging.rmdir()
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerow(["name", "email", "language", "file"])
    for (_, name, language, email), (_, _, path) in zip(people, hashes, strict=True):
        writer.writerow(safe_row([name, email or "", language, Path(path).name]))
    mail_merge = out_dir / f"{detail.reference}-mail-merge.csv"
    write_atomic(mail_merge, rows.getvalue().encode("utf-8-sig"))
    if signed is not None:
        record, _ = signed
        session.add_all(
            BreachOutput(
                breach_id=breach_id,
                signoff_id=record.id,
                kind=OutputKind.CUSTOMER.value,
                language=lang,
                customer_id=cid,
                sha256=digest,
                created_at=store_session.now(session),
            )
            for (cid, _, lang, _), (_, digest, _) in zip(people, hashes, strict=True)
        )
    audit.record(
        session,
        actor,
        AuditAction.BREACH_LETTERS,
        "breach",
        breach_id,
        detail.reference,
        {"letters": len(people), "final": final},
    )
    session.flush()
    return LettersResult(len(people), out_dir, mail_merge, final)


def _resume(staging: Path, run: dict[str, Any]) -> dict[str, str]:
    """The letters an interrupted run of the same kind already made (file name → digest);
    anything else in the INCOMPLETE folder is from another run and is removed."""
    staging.mkdir(parents=True, exist_ok=True)
    os.chmod(staging, 0o700)
    marker = staging / RUN_FILE
    try:
        same = json.loads(marker.read_text(encoding="utf-8")) == run
    except (OSError, ValueError):
        same = False
    done: dict[str, str] = {}
    for item in staging.iterdir():
        if item.name == RUN_FILE:
            continue
        if same and item.suffix == ".pdf":  # whole: write_atomic renames only complete files
            data = item.read_bytes()
            at = data.rfind(MARKER)
            done[item.name] = hashlib.sha256(data if at < 0 else data[:at]).hexdigest()
        elif item.is_file():
            item.unlink()  # a half-written temp file, or a letter of another run
    write_atomic(marker, json.dumps(run).encode("utf-8"))
    return done


def verify_output(session: Session, data: bytes) -> Verification:
    at = data.rfind(MARKER)
    if at < 0:
        return Verification(False, False, False)
    body = data[:at]
    try:
        block = json.loads(data[at + len(MARKER) :].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return Verification(True, False, False)
    unchanged = hashlib.sha256(body).hexdigest() == block.get("sha256")
    genuine, altered = False, False
    try:
        if block.get("v") == 2:  # the signature covers the kind and the sign-off time
            message = breaches.kind_message(
                block["reference"],
                block["version"],
                block["content_hash"],
                block["signed_at"],
                block["kind"],
            )
        else:
            message = breaches.SIGNED_MESSAGE.format(
                reference=block["reference"],
                version=block["version"],
                content=block["content_hash"],
            ).encode("utf-8")
        key = bytes.fromhex(block["public_key"])
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(
                bytes.fromhex(block["signature"]), message
            )
        except InvalidSignature:
            altered = True  # a stated field was changed after signing
            raise
        registered = breach_repo.registered_outputs(session, block["sha256"])
        # The register says what was signed, whatever version of block the file carries.
        stated = (block["kind"], block["version"], block["signed_at"])
        altered = bool(registered) and not any(
            (kind, version, _registered_time(at, block["signed_at"])) == stated
            for kind, version, at in registered
        )
        genuine = (
            users.public_key_of(session, block["signer"]) == key
            and unchanged
            and bool(registered)
            and not altered
        )
    except Exception:  # any malformed or forged field: not genuine
        genuine = False
    signed_version = block.get("version") if isinstance(block.get("version"), int) else None
    reference = block.get("reference")
    breach_id = breach_repo.id_of(session, reference) if isinstance(reference, str) else None
    return Verification(
        True,
        unchanged,
        genuine,
        reference,
        block.get("kind"),
        block.get("signer"),
        block.get("signed_at"),
        signed_version,
        breach_repo.version_of(session, reference) if isinstance(reference, str) else None,
        altered,
        breach_id is not None and not breaches.signoff_intact(session, breach_id, signed_version),
    )


def signoff_note(session: Session, signed: tuple[Any, str] | None, language: str) -> str:
    """The sign-off in words on the page: who, when, the key's fingerprint, how to check."""
    if signed is None:
        return ""
    record, signer = signed
    key = users.public_key_of(session, signer) or b""
    return texts.SIGNOFF_NOTE[language].format(
        signer=signer,
        when=record.signed_at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M"),
        fingerprint=users.fingerprint(key),
    )


def _registered_time(at: datetime, stated: object) -> object:
    """The register's sign-off time in the form the file states it (v1 or v2 block)."""
    for form in (breaches.signed_instant(at), at.isoformat()):
        if form == stated:
            return stated
    return breaches.signed_instant(at)


def _render_batch(
    jobs: Iterable[tuple[LetterData, str, dict[str, Any] | None, int]],
) -> list[tuple[int, str, str]]:
    """In a worker process: render, seal (final) and write each letter; return their hashes."""
    results = []
    for letter, path, block, customer_id in jobs:
        pdf = render_letter(letter)
        digest = hashlib.sha256(pdf).hexdigest()
        if block is not None:
            pdf += (
                MARKER
                + json.dumps(
                    {
                        **block,
                        "sha256": digest,
                        "kind": OutputKind.CUSTOMER.value,
                        "language": letter.language,
                    }
                ).encode()
                + b"\n"
            )
        write_atomic(Path(path), pdf)
        results.append((customer_id, digest, path))
    return results


def _seal(
    session: Session,
    detail: breaches.BreachDetail,
    pdf: bytes,
    kind: str,
    language: str,
    customer_id: int | None,
    signed: tuple[Any, str],
) -> bytes:
    digest = hashlib.sha256(pdf).hexdigest()
    block = {
        **block_fields(session, detail, signed, kind),
        "sha256": digest,
        "kind": kind,
        "language": language,
    }
    record, _ = signed
    session.add(
        BreachOutput(
            breach_id=detail.id,
            signoff_id=record.id,
            kind=kind,
            language=language,
            customer_id=customer_id,
            sha256=digest,
            created_at=store_session.now(session),
        )
    )
    session.flush()
    return pdf + MARKER + json.dumps(block).encode() + b"\n"


def block_fields(
    session: Session, detail: breaches.BreachDetail, signed: tuple[Any, str], kind: str
) -> dict[str, Any]:
    """What a final file carries. Version 2 (#14.15): the signature of its own kind, which
    covers the sign-off time too; a sign-off made before that has only the version-1 one."""
    record, signer = signed
    per_kind = json.loads(record.kind_signatures) if record.kind_signatures else {}
    return {
        "v": 2 if kind in per_kind else 1,
        "reference": detail.reference,
        "version": record.breach_version,
        "content_hash": record.content_hash,
        "signer": signer,
        "signed_at": breaches.signed_instant(record.signed_at)
        if kind in per_kind
        else record.signed_at.isoformat(),
        "signature": per_kind.get(kind, record.signature.hex()),
        "public_key": (users.public_key_of(session, signer) or b"").hex(),
    }


def customer_letter(
    detail: breaches.BreachDetail,
    head: Letterhead,
    name: str,
    language: str,
    email: str | None,
    today: date,
    actor: Actor,
    draft: bool,
) -> LetterData:
    """One affected customer's notice (Art. 34), as saved here and e-mailed by breach_mail."""
    language = letter_language(language)
    facts = rules.localised(detail.facts, language)  # never the other language's text
    measures = "\n".join(str(facts[k]) for k in ("measures_taken", "measures_proposed") if facts[k])
    return LetterData(
        LetterKind.BREACH_NOTICE,
        language,
        head,
        Recipient(name, (), email),
        detail.reference,
        today,
        Signer(actor.name, actor.title or SIGNER_ROLES[language][actor.role.value]),
        Facts(
            breach_description=str(facts["description"]),
            breach_consequences=str(facts["consequences"]),
            breach_measures=measures,
            breach_advice=str(facts["advice"]),
            contact_point=str(facts["contact_point"]),
        ),
        draft=draft,
        draft_note=_draft_note(detail, language) if draft else "",
    )


def letter_language(language: str) -> str:
    """A customer's letters are in English if they chose it, else in Latvian."""
    return language if language in rules.LANGUAGES else "lv"


def _draft_note(detail: breaches.BreachDetail, language: str) -> str:
    """What a draft says it still lacks: the empty elements and the untranslated facts."""
    words = texts.DRAFT_NOTE[language]
    missing = [
        texts.ELEMENT_NAMES[language][e] for e in rules.missing_elements(detail.facts, language)
    ]
    untranslated = [
        texts.FACT_NAMES[language][name]
        for name in rules.missing_translations(detail.facts, language)
    ]
    parts = []
    if missing:
        parts.append(words["missing"].format(listed="; ".join(missing)))
    if untranslated:
        parts.append(words["untranslated"].format(listed="; ".join(untranslated)))
    return " ".join(parts)


def _website(
    detail: breaches.BreachDetail,
    head: Letterhead,
    language: str,
    now: datetime,
    final: bool,
    note: str = "",
) -> DocumentData:
    facts, words = rules.localised(detail.facts, language), texts.WEBSITE[language]
    measures = "\n".join(str(facts[k]) for k in ("measures_taken", "measures_proposed") if facts[k])
    body = words["body"].format(
        company=head.company_name,
        aware=_on_time(detail.clock.aware_at, language),
        **{k: str(facts[k] or "—") for k in ("description", "data_categories", "consequences")},
        measures=measures or "—",
        advice=str(facts["advice"] or "—"),
        contact_point=str(facts["contact_point"] or "—"),
    )
    if facts["notify_dvi"]:
        body += texts.WEBSITE_DVI[language]
    return DocumentData(
        language,
        head,
        words["title"],
        detail.reference,
        shop_day(now),
        (),
        intro=body,
        draft=not final,
        draft_note=note,
    )


def _report(
    detail: breaches.BreachDetail, head: Letterhead, language: str, now: datetime, final: bool
) -> DocumentData:
    words, facts = texts.REPORT[language], detail.facts
    fact_rows = tuple(
        (key, str(value) if value is not None else "—")
        for key, value in facts.items()
        if key not in ("id",)
    )
    exemption = str(facts["notify_dvi_exemption"] or "")
    decisions = (
        (
            words["notify_dvi"],
            f"{_answer(facts['notify_dvi'], language)}: {facts['notify_dvi_reason']}",
        ),
        *(((words["dvi_exemption"], exemption),) if exemption else ()),
        (
            words["notify_people"],
            f"{_answer(facts['notify_people'], language)}: {facts['notify_people_reason']}",
        ),
        (words["exceptions"], str(facts["art34_exceptions"] or "—")),
        (words["affected"], str(len(detail.affected))),
        (
            words["signoff"],
            f"{detail.signoff.signer or '—'} {detail.signoff.signed_at or ''} "
            f"{'' if detail.signoff.valid else words['not_valid']}",
        ),
    )
    timeline = tuple(
        (at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M"), f"{who}: {kind} {text}")
        for at, who, kind, text in detail.events
    )
    return DocumentData(
        language,
        head,
        words["title"],
        detail.reference,
        shop_day(now),
        (
            (words["facts"], fact_rows),
            (words["decisions"], decisions),
            (words["timeline"], timeline),
        ),
        draft=not final,
    )


def letterhead(session: Session) -> Letterhead:
    """The letterhead breach letters are printed on (saved here, e-mailed by breach_mail)."""
    head = settings.load_letterhead(session)
    return Letterhead(
        head.company_name,
        head.registration_number,
        head.address,
        head.email,
        head.phone,
        head.website,
    )


def _when(value: object, words: dict[str, str]) -> str:
    if not isinstance(value, datetime):
        return words["unknown"]
    return value.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M %Z")


def _answer(value: object, language: str) -> str:
    """A decision as the report's language says it: jā / nē / nav zināms."""
    words = texts.WORDS[language]
    return words["unknown"] if value is None else words["yes" if value else "no"]


def _on_time(value: datetime, language: str) -> str:
    """`2026. gada 24. novembrī plkst. 14:30` / `on 24 November 2026 at 14:30` (Riga time)."""
    local = value.astimezone(SHOP_ZONE)
    if language == "lv":
        return f"{long_date(local.date(), language)} plkst. {local:%H:%M}"
    return f"on {long_date(local.date(), language)} at {local:%H:%M}"


def _number(value: object, words: dict[str, str]) -> str:
    return f"~{value}" if value is not None else words["unknown"]
