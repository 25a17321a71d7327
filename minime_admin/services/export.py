"""The Art. 15 copy and the Art. 20 portable package: one ZIP with data.json, a CSV per
table, README.txt (Latvian and English) and answer.pdf (the letter and a readable copy).

Rows are streamed from the database a batch at a time into the ZIP, which is written to a
temporary file beside the destination and renamed only when complete: a cancelled or failed
export leaves nothing behind, and no plaintext copy ever lands in the app's own folders.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.csv_cells import safe_row
from minime_admin.domain.export_scope import SCHEMA_VERSION, Scope, categories_for
from minime_admin.domain.proofs import IdentityCheck
from minime_admin.domain.requests import RequestEventKind, Status
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import (
    AlreadyErased,
    DiskFull,
    FolderNotWritable,
    NotFound,
    WrongCustomer,
)
from minime_admin.letters import catalogue, readable
from minime_admin.letters.model import (
    AppendixTable,
    Facts,
    LetterData,
    Letterhead,
    LetterKind,
    Recipient,
    Signer,
)
from minime_admin.letters.render import render_letter
from minime_admin.progress import Progress, report
from minime_admin.services import (
    audit,
    customer_page,
    files,
    letters,
    requests,
    settings,
    versions,
)
from minime_admin.services.access_facts import access_facts
from minime_admin.store import export_repo
from minime_admin.store import session as store_session
from minime_admin.store.base import Base
from minime_admin.store.models import Order

APPENDIX_ROWS = 30  # the PDF shows this many rows per table; the files hold them all


@dataclass(frozen=True)
class TablePreview:
    category: DataCategory
    table: str
    rows: int


@dataclass(frozen=True)
class ExportPreview:
    customer_id: int
    name: str
    scope: Scope
    tables: tuple[TablePreview, ...]
    restricted: bool
    legal_holds: int

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    bytes: int
    counts: dict[str, int] = field(default_factory=dict)  # "category/table" → rows
    encrypted: bool = False


def preview_export(
    session: Session,
    customer_id: int,
    scope: Scope,
    chosen: frozenset[DataCategory] = frozenset(),
) -> ExportPreview:
    person = _person(session, customer_id)
    tables = tuple(
        TablePreview(category, _name(model), export_repo.count(session, model, customer_id))
        for category in categories_for(scope, chosen)
        for model in export_repo.TABLES.get(category, ())
    )
    holds = export_repo.count(session, export_repo.TABLES[DataCategory.LEGAL_HOLD][0], customer_id)
    restrictions = [
        row
        for row in export_repo.stream(
            session, export_repo.TABLES[DataCategory.RESTRICTION][0], customer_id
        )
        if row["lifted_at"] is None
    ]
    return ExportPreview(
        customer_id,
        f"{person['first_name']} {person['last_name']}",
        scope,
        tables,
        bool(restrictions),
        holds,
    )


def export_customer(
    session: Session,
    actor: Actor,
    customer_id: int,
    out_dir: Path,
    scope: Scope = Scope.ACCESS,
    chosen: frozenset[DataCategory] = frozenset(),
    request_id: int | None = None,
    identity_method: str | None = None,
    password: str | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    *,
    identity_check: IdentityCheck | None = None,
    seen: Sequence[versions.Seen] = (),
) -> ExportResult:
    """Write the package into ``out_dir``. A linked request is in progress afterwards, not
    completed: it is answered when the person has the package (services.handover).

    ``seen``: the customer (and request) as the wizard previewed them; nothing is written
    when a colleague changed one since (ChangedMeanwhile, #18.4)."""
    versions.require_all_unchanged(session, seen, _reference(session, request_id, customer_id))
    preview = preview_export(session, customer_id, scope, chosen)
    person = _person(session, customer_id)
    if request_id is not None:
        linked = requests.get_request(session, request_id)
        if linked.customer_id not in (None, customer_id):
            raise WrongCustomer(reference=linked.reference)
    language = language or person["language"] or "lv"
    now = store_session.now(session)
    reference = _reference(session, request_id, customer_id)
    base = f"minime-export-{reference}-{shop_day(now).isoformat()}.zip"
    if not out_dir.is_dir() or not os.access(out_dir, os.W_OK):
        raise FolderNotWritable(path=str(out_dir))
    files.clean_leftovers()  # what a killed export left (#14.5)
    # mkstemp makes the file owner-only from the start; the journal names it until renamed.
    handle, temp_name = tempfile.mkstemp(dir=out_dir, prefix=".minime-export-", suffix=".part")
    temp = Path(temp_name)
    try:
        with files.writing(temp):
            with os.fdopen(handle, "wb") as raw:
                os.chmod(temp, 0o600)
                counts = _write_package(
                    session,
                    raw,
                    preview,
                    person,
                    language,
                    reference,
                    now,
                    password,
                    progress,
                    actor,
                    request_id,
                )
                raw.flush()
                os.fsync(raw.fileno())
            target = _free_name(out_dir / base)
            os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        if error.errno == errno.ENOSPC:
            raise DiskFull(path=str(out_dir)) from error
        raise
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    digest, size = _sha256(target)
    _record(
        session, actor, customer_id, request_id, (identity_check, identity_method), scope,
        digest, counts,
    )  # fmt: skip
    return ExportResult(target, digest, size, counts, encrypted=password is not None)


def _write_package(
    session: Session,
    raw: IO[bytes],
    preview: ExportPreview,
    person: dict[str, Any],
    language: str,
    reference: str,
    now: datetime,
    password: str | None,
    progress: Progress | None,
    actor: Actor,
    request_id: int | None,
) -> dict[str, int]:
    archive: zipfile.ZipFile
    if password:
        import pyzipper  # imported when first used: a fast start (#19.5)

        archive = pyzipper.AESZipFile(
            raw, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES
        )
        archive.setpassword(password.encode("utf-8"))
    else:
        archive = zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED)
    total, done = max(preview.total_rows, 1) * 2, 0
    counts: dict[str, int] = {}
    appendix: list[AppendixTable] = []
    with archive:
        with archive.open("data.json", "w") as entry, io.TextIOWrapper(entry, "utf-8") as out:
            head = {
                "schema_version": SCHEMA_VERSION,
                "generated_at": now,
                "scope": preview.scope.value,
                "controller": _controller(session),
                "data_subject": {"customer_id": preview.customer_id, "name": preview.name},
            }
            # The categories are streamed after the head, so the head's closing brace goes.
            out.write(_json(head)[:-1] + ', "categories": {')
            for c_index, category in enumerate(_categories(preview)):
                out.write(("," if c_index else "") + _json(category.value) + ": {")
                for t_index, model in enumerate(_models(preview, category)):
                    out.write(("," if t_index else "") + _json(_name(model)) + ": [")
                    rows = 0
                    for row in export_repo.stream(session, model, preview.customer_id):
                        out.write(("," if rows else "") + _json(row))
                        rows += 1
                        done += 1
                        if done % 1000 == 0:
                            report(progress, done, total)
                    out.write("]")
                    counts[f"{category.value}/{_name(model)}"] = rows
                out.write("}")
            out.write("}}\n")
        order_numbers: dict[int, str] = {}  # the copy names an order by its number
        placed: list[tuple[int, AppendixTable]] = []
        for category in _categories(preview):
            for model in _models(preview, category):
                file_name = f"{category.value}-{_name(model)}.csv"
                shown, more = _write_csv(
                    archive, file_name, session, model, preview.customer_id, order_numbers
                )
                done += counts[f"{category.value}/{_name(model)}"]
                report(progress, done, total)
                note = catalogue.APPENDIX_MORE[language].format(more=more, file=file_name)
                table = readable.readable_table(
                    category,
                    _name(model),
                    export_repo.columns(model),
                    shown,
                    language,
                    order_numbers,
                    more,
                    note if more else "",
                )
                placed.append((readable.policy_rank(category), table))
        # In the privacy policy's order (a stable sort keeps each category's tables in turn).
        appendix = [table for _, table in sorted(placed, key=lambda item: item[0])]
        readme = catalogue.EXPORT_README
        text = "\n\n".join(
            readme[lang].format(
                company=_controller(session)["name"],
                reference=reference,
                generated=shop_day(now).isoformat(),
            )
            for lang in (language, *[x for x in ("lv", "en") if x != language])
        )
        archive.writestr("README.txt", text.encode("utf-8"))
        archive.writestr(
            "answer.pdf",
            _answer_pdf(session, actor, preview, person, language, reference, request_id, appendix),
        )
    report(progress, total, total)
    return counts


def _write_csv(
    archive: zipfile.ZipFile,
    file_name: str,
    session: Session,
    model: type[Base],
    customer_id: int,
    order_numbers: dict[int, str],
) -> tuple[list[dict[str, Any]], int]:
    """Stream one table to CSV; returns the first rows as stored (for the PDF's readable
    copy) and how many were left. Collects the orders' numbers into ``order_numbers``."""
    columns = export_repo.columns(model)
    shown: list[dict[str, Any]] = []
    rows = 0
    with (
        archive.open(file_name, "w") as entry,
        io.TextIOWrapper(entry, "utf-8-sig", newline="") as out,
    ):
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in export_repo.stream(session, model, customer_id):
            values = [_cell(row.get(c)) for c in columns]
            writer.writerow(safe_row(values))
            if model is Order:
                order_numbers[row["id"]] = row["number"]
            if rows < APPENDIX_ROWS:
                shown.append(row)
            rows += 1
    return shown, max(0, rows - APPENDIX_ROWS)


def _answer_pdf(
    session: Session,
    actor: Actor,
    preview: ExportPreview,
    person: dict[str, Any],
    language: str,
    reference: str,
    request_id: int | None,
    appendix: list[AppendixTable],
) -> bytes:
    kind = (
        LetterKind.PORTABILITY_COVER
        if preview.scope is Scope.PORTABILITY
        else LetterKind.ACCESS_COVER
    )
    if request_id is not None:
        letter = letters.compose(session, actor, request_id, kind, language)
    else:
        head = settings.load_letterhead(session)
        letter = LetterData(
            kind,
            language,
            Letterhead(
                head.company_name,
                head.registration_number,
                head.address,
                head.email,
                head.phone,
                head.website,
            ),
            Recipient(preview.name, (), person.get("email")),
            reference,
            store_session.today(session),
            Signer(actor.name, actor.title or catalogue.SIGNER_ROLES[language][actor.role.value]),
            _unrequested_facts(session, preview, language),
        )
    return render_letter(replace(letter, appendix=tuple(appendix)))


def _unrequested_facts(session: Session, preview: ExportPreview, language: str) -> Facts:
    """An answer given without a request on file states no request (``received`` stays
    empty) yet all of Art. 15(1)(a)-(h) and 15(2), as an answer to one does."""
    if preview.scope is Scope.PORTABILITY:
        return Facts(received=store_session.today(session))  # as before: Art. 20 only
    page = customer_page.read_customer_page(session, preview.customer_id)
    found = access_facts(session, page, language)
    return Facts(
        purposes=found.purposes,
        categories_held=found.categories_held,
        recipients=found.recipients,
        retention=found.retention,
        transfers=found.transfers,
    )


def _record(
    session: Session,
    actor: Actor,
    customer_id: int,
    request_id: int | None,
    identity: tuple[IdentityCheck | None, str | None],
    scope: Scope,
    digest: str,
    counts: dict[str, int],
) -> None:
    identity_check, identity_method = identity
    # The timeline names the kind of entry in the reader's language; the note is the file's
    # fingerprint only, which reads the same in every language.
    note = f"sha256:{digest}"
    reference = requests.note_on_request(
        session, actor, request_id, note, RequestEventKind.PACKAGE_MADE
    )
    audit.record(
        session,
        actor,
        AuditAction.EXPORT_CREATED,
        "customer",
        customer_id,
        reference or "",
        {
            "scope": scope.value,
            "sha256": digest,
            "rows": sum(counts.values()),
            "request_id": request_id,
        },
        # How identity was confirmed, for exports made without a request too; free text, so
        # a note that an erasure of this customer removes.
        note=" — ".join(
            part for part in (identity_check and identity_check.value, identity_method) if part
        )[:200],
        note_customer_id=customer_id,
    )
    session.flush()
    if request_id is not None:
        # Made is not answered: the request is completed when the package is handed over.
        requests.complete_if_possible(
            session,
            actor,
            request_id,
            identity_method,
            "",
            identity_check=identity_check,
            until=Status.IN_PROGRESS,
        )


def _person(session: Session, customer_id: int) -> dict[str, Any]:
    model = export_repo.TABLES[DataCategory.PROFILE][0]
    for row in export_repo.stream(session, model, customer_id):
        if row.get("erased_at") is not None:  # erased meanwhile: nothing of them to send
            raise AlreadyErased(ident=customer_id, day=shop_day(row["erased_at"]).isoformat())
        return row
    raise NotFound(kind="customer", ident=customer_id)


def _reference(session: Session, request_id: int | None, customer_id: int) -> str:
    if request_id is None:
        return f"C{customer_id}"
    return requests.get_request(session, request_id).reference


def _controller(session: Session) -> dict[str, str]:
    head = settings.load_letterhead(session)
    return {
        "name": head.company_name,
        "registration_number": head.registration_number,
        "address": head.address,
        "email": head.email,
    }


def _categories(preview: ExportPreview) -> Iterator[DataCategory]:
    return iter(dict.fromkeys(t.category for t in preview.tables))


def _models(preview: ExportPreview, category: DataCategory) -> tuple[type[Base], ...]:
    return export_repo.TABLES.get(category, ())


def _name(model: type[Base]) -> str:
    return str(model.__tablename__)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_plain)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _free_name(path: Path) -> Path:
    """Never overwrite an earlier export: add (2), (3) ... to the name."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        number += 1
    return candidate


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
