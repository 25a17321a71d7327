"""Fetch mail (issue #16.3): new messages in the office mailbox become proposed requests.

Each message not taken before goes through the same intake as a dropped .eml file
(services/intake.py) and waits, as a proposal, for a worker to open it as a request (the
same confirmation dialog) or set it aside. A message is taken once: its folder, UIDVALIDITY
and UID are recorded, and a hash of its Message-ID, so that not even a renumbered folder
(a new UIDVALIDITY) brings it back.

On the server nothing is deleted, moved or marked read: the folder is opened read-only and
read with BODY.PEEK[]. With a handled folder set, each message taken is COPIED there and the
original stays. Why COPY and not MOVE: the issue says nothing is deleted from the server,
and a MOVE is a deletion from the folder the office's own mail program shows (on a server
without the MOVE extension literally COPY, \\Deleted and EXPUNGE); a copy can never lose a
message between two steps, and the office can still read every message where it arrived.

Messages are fetched in batches (by count and size; a 30 MB message alone), each batch
recorded in its own unit of work: a cancel or a broken connection rolls back the unfinished
batch only, whose messages are then fetched the next time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.mail import MessageState, identity
from minime_admin.domain.requests import RequestType
from minime_admin.errors import (
    QT_TRANSLATE_NOOP,
    KnownError,
    MailFolderMissing,
    MailPasswordMissing,
    MailProposalGone,
    MailSendPasswordMissing,
)
from minime_admin.importers.imap import (
    BATCH_BYTES,
    DEFAULT_PORTS,
    ImapAccount,
    Listed,
    Mailbox,
    TlsMode,
    batches,
)
from minime_admin.importers.mail_intake import Skipped as AutomaticMail
from minime_admin.progress import Cancelled, Progress, report
from minime_admin.services import audit, intake, mail_settings, requests, settings
from minime_admin.services.intake import EmailPreview
from minime_admin.store import fetched_mail_repo
from minime_admin.store import session as store_session
from minime_admin.store.keychain import Keychain
from minime_admin.store.mail_models import MailMessage
from minime_admin.store.session import UnitsOfWork

_log = logging.getLogger(__name__)

PASSWORD_VARIABLE = mail_settings.PASSWORD_VARIABLE
BATCH_MESSAGES = 50
# A message the intake could not read at all (a parser bug, not a refusal): set aside with
# this reason so that one message never stops the others.
UNREADABLE = QT_TRANSLATE_NOOP(
    "errors", "The message could not be read ({detail}); it was not proposed as a request."
)


def load_imap_account(session: Session) -> ImapAccount:
    """The mailbox as Settings › Mailbox and `mail configure` saved it (services/mail_settings);
    the password is apart."""
    saved = mail_settings.load(session)
    try:
        tls = TlsMode(saved.imap_tls)
    except ValueError:
        tls = TlsMode.IMPLICIT
    return ImapAccount(
        host=saved.imap_host.strip(),
        port=saved.imap_port or DEFAULT_PORTS[tls],
        tls=tls,
        user=saved.user.strip(),
        folder=saved.imap_folder.strip() or "INBOX",
        handled_folder=saved.imap_done_folder.strip(),
        ca_file=saved.ca_file.strip(),
    )


def save_imap_account(session: Session, account: ImapAccount) -> None:
    """Writes the mailbox fields load_imap_account reads, keeping the SMTP ones (the audited
    saving is mail_settings.save, from Settings › Mailbox and `mail configure`; tests and the
    first set-up use this)."""
    saved = replace(
        mail_settings.load(session),
        imap_host=account.host,
        imap_port=account.port,
        imap_tls=account.tls.value,
        user=account.user,
        imap_folder=account.folder,
        imap_done_folder=account.handled_folder,
        ca_file=account.ca_file,
    )
    mail_settings.write(session, saved)


def fetch_interval_minutes(session: Session) -> int:
    """Minutes between fetches while the app is open (Settings › Mailbox, `mail configure
    --interval`; kept as ``mail.imap.interval_minutes``); 0 = only when asked."""
    return mail_settings.load(session).interval_minutes


def imap_password(keychain: Keychain, database_id: str) -> str:
    """MINIME_ADMIN_MAIL_PASSWORD when set, else the keychain's (one password serves IMAP and
    SMTP, services/mail_settings); MailPasswordMissing if neither."""
    try:
        return mail_settings.password(keychain, database_id)
    except MailSendPasswordMissing:
        raise MailPasswordMissing() from None  # said for fetching: "No mail was fetched."


@dataclass(frozen=True)
class Proposed:
    """A message proposed as a request: what the intake read, for listing it."""

    proposal_id: int
    uid: int
    received_at: datetime
    sender_name: str
    sender_email: str | None
    subject: str
    suggested_types: tuple[RequestType, ...]
    warnings: tuple[str, ...]  # in English, as the intake's warnings read untranslated


@dataclass(frozen=True)
class Skipped:
    uid: int
    reason: str  # an English source text (context "errors")
    params: dict[str, Any]

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("errors", self.reason) if translate else self.reason
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return text


@dataclass
class FetchResult:
    folder: str
    proposed: list[Proposed] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    already_taken: int = 0  # new UIDs whose Message-ID was taken before (UIDVALIDITY change)
    copied: int = 0  # copied to the handled folder

    def counts(self) -> dict[str, int]:
        return {
            "proposed": len(self.proposed),
            "skipped": len(self.skipped),
            "already_taken": self.already_taken,
            "copied": self.copied,
        }


def fetch_mail(
    units: UnitsOfWork,
    actor: Actor,
    account: ImapAccount,
    password: str,
    progress: Progress | None = None,
    *,
    timeout: float = 60.0,
    batch_bytes: int = BATCH_BYTES,
    batch_messages: int = BATCH_MESSAGES,
) -> FetchResult:
    """Take every message of the folder not taken before; ``units()`` opens each batch's
    unit of work. Raises a KnownError before anything is recorded when the server, the
    login, the certificate or a folder is wrong; Cancelled keeps the batches done."""
    result = FetchResult(account.folder)
    with Mailbox(account, password, timeout) as box:
        handled = account.handled_folder
        if handled and not box.has_folder(handled):
            raise MailFolderMissing(folder=handled, host=box.host)
        folder, validity = account.folder, box.uidvalidity
        with units() as session:
            taken = fetched_mail_repo.taken_uids(session, folder, validity)
            uncopied = (
                {m.uid: m.id for m in fetched_mail_repo.not_copied(session, folder, validity)}
                if handled
                else {}
            )
        # Taken before but not copied yet: the connection broke before the copy, or the
        # handled folder was set since. Every message the app took ends up there.
        if uncopied:
            _copy(units, box, handled, uncopied, result)
        new = [uid for uid in box.uids() if uid not in taken]
        report(progress, 0, len(new))
        listed = list(box.listing(new))
        total, done = len(listed), 0
        try:
            for batch in batches(listed, batch_bytes, batch_messages):
                done = _batch(
                    units, actor, box, folder, validity, batch, result, progress, done, total
                )
        except Cancelled:
            _audit(units, actor, result, stopped="cancelled")
            raise
        except KnownError:  # the connection broke: the batches done stay, and are logged
            if any(result.counts().values()):
                _audit(units, actor, result, stopped="failed")
            raise
        report(progress, total, total)
        if any(result.counts().values()):  # a fetch that found nothing is not logged
            _audit(units, actor, result)
    _log.info("mail fetched: %s", result.counts())  # counts only, nothing of a message
    return result


def _batch(
    units: UnitsOfWork,
    actor: Actor,
    box: Mailbox,
    folder: str,
    validity: int,
    batch: list[Listed],
    result: FetchResult,
    progress: Progress | None,
    done: int,
    total: int,
) -> int:
    """One batch in one unit of work: a message known by its Message-ID is only noted, the
    others are read and go through the intake; then the new ones are copied."""
    by_mid = {item.uid: identity(item.message_id) for item in batch}
    with units() as session:  # a short look first: the download holds no lock
        taken = fetched_mail_repo.taken_uids(session, folder, validity)
        known = fetched_mail_repo.known_identities(session, [i for i in by_mid.values() if i])
    wanted = [
        item.uid
        for item in batch
        if item.uid not in taken and (by_mid[item.uid] is None or by_mid[item.uid] not in known)
    ]
    fetched = box.fetch(wanted) if wanted else []
    keys = {m.uid: by_mid.get(m.uid) or identity(None, m.data) or "" for m in fetched}
    proposed: list[Proposed] = []
    skipped: list[Skipped] = []
    already = 0
    to_copy: dict[int, MailMessage] = {}
    with units() as session:
        now = store_session.now(session)
        # Again under this unit's write lock: another computer may have fetched meanwhile.
        taken = fetched_mail_repo.taken_uids(session, folder, validity)
        wanted_keys = {i for i in by_mid.values() if i} | set(keys.values())
        known = fetched_mail_repo.known_identities(session, wanted_keys)
        bodies = {m.uid: m.data for m in fetched}
        domains = settings.load_office_domains(session)  # once a batch, not once a message
        position = done
        # No flush per message (each would write the one before, bytes and all): the rows
        # go in together at the end of the batch.
        with session.no_autoflush:
            for item in batch:
                key = keys.get(item.uid) or by_mid[item.uid]
                if item.uid in taken or key is None:  # taken meanwhile, or gone from the server
                    position += 1
                    continue
                report(progress, position, total)  # Cancel: this batch is rolled back
                position += 1
                data = bodies.get(item.uid)
                if key in known:
                    size = len(data) if data is not None else item.size
                    _note(session, folder, validity, item.uid, key, size, now)
                    already += 1
                    continue
                if data is None:  # not fetched: its Message-ID was known a moment ago
                    continue
                known.add(key)  # the same message twice in one folder: taken once
                row, preview = _take(session, folder, validity, item.uid, key, data, now, domains)
                to_copy[item.uid] = row
                if preview is not None:
                    proposed.append(_proposed(row, preview))
                else:
                    skipped.append(Skipped(item.uid, row.reason, dict(row.reason_params)))
        session.flush()  # once per batch: the ids of the rows just added
        proposed = [replace(p, proposal_id=to_copy[p.uid].id) for p in proposed]
        copy_ids = {uid: row.id for uid, row in to_copy.items()}
    result.proposed += proposed
    result.skipped += skipped
    result.already_taken += already
    done += len(batch)
    report(progress, done, total)
    if box.account.handled_folder and copy_ids:
        _copy(units, box, box.account.handled_folder, copy_ids, result)
    return done


def _note(
    session: Session, folder: str, validity: int, uid: int, key: str, size: int, now: datetime
) -> None:
    """A message taken before under another UID: recorded, so it is not even listed again."""
    fetched_mail_repo.add(
        session,
        MailMessage(
            folder=folder, uidvalidity=validity, uid=uid, identity=key, taken_at=now,
            state=MessageState.DUPLICATE.value, size=size, raw=None, reason="",
            reason_params={}, copied=False, resolved_by="",
        ),
    )  # fmt: skip


def _take(
    session: Session,
    folder: str,
    validity: int,
    uid: int,
    key: str,
    data: bytes,
    now: datetime,
    domains: tuple[str, ...],
) -> tuple[MailMessage, EmailPreview | None]:
    """Through the intake, as a dropped .eml is: a proposal with the bytes, or a skip."""
    reason, params = "", {}
    preview: EmailPreview | None = None
    try:
        found = intake.preview_eml(session, data, source_name(folder, uid), domains)
        if isinstance(found, AutomaticMail):  # a bounce, auto-reply, receipt: said why
            reason = found.reason.value
        else:
            preview = found
    except KnownError as refusal:
        reason, params = refusal.source_text, dict(refusal.params)
    except Exception as error:  # one unreadable message never stops the rest
        _log.warning("fetched message could not be read: %s", type(error).__name__)
        reason, params = UNREADABLE, {"detail": type(error).__name__}
    state = MessageState.PROPOSED if preview is not None else MessageState.SKIPPED
    row = MailMessage(
        folder=folder, uidvalidity=validity, uid=uid, identity=key, taken_at=now,
        state=state.value, size=len(data), raw=data if preview else None, reason=reason,
        reason_params=_plain(params), copied=False, resolved_by="",
    )  # fmt: skip
    fetched_mail_repo.add(session, row)
    return row, preview


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v if isinstance(v, int | float | bool | None) else str(v) for k, v in params.items()}


def _proposed(row: MailMessage, preview: EmailPreview) -> Proposed:
    mail = preview.email
    return Proposed(
        row.id,
        row.uid,
        mail.received_at,
        mail.sender_name,
        mail.sender_email,
        mail.subject,
        preview.suggested_types,
        tuple(w.message() for w in mail.warnings),
    )


def _copy(
    units: UnitsOfWork,
    box: Mailbox,
    handled: str,
    rows: dict[int, int],
    result: FetchResult,
) -> None:
    box.copy(sorted(rows), handled)
    with units() as session:
        fetched_mail_repo.mark_copied(session, sorted(rows.values()))
    result.copied += len(rows)


def _audit(units: UnitsOfWork, actor: Actor, result: FetchResult, stopped: str = "") -> None:
    """One entry per fetch that took anything or was cancelled: counts only."""
    with units() as session:
        details: dict[str, Any] = {"counts": result.counts()}
        if stopped:
            details["stopped"] = stopped
        audit.record(
            session, actor, AuditAction.MAIL_FETCHED, "mailbox", result.folder, "", details
        )


def source_name(folder: str, uid: int) -> str:
    """How a fetched message is named where a dropped file gives its file name."""
    return f"{folder} #{uid}"


# The proposals, for the worker.


@dataclass(frozen=True)
class Pending:
    proposal_id: int
    uid: int
    folder: str
    size: int
    taken_at: datetime


def pending(session: Session) -> list[Pending]:
    return [
        Pending(row.id, row.uid, row.folder, row.size, row.taken_at)
        for row in fetched_mail_repo.proposals(session)
    ]


def _waiting(session: Session, proposal_id: int) -> MailMessage:
    row = fetched_mail_repo.proposal(session, proposal_id)
    if row is None or row.state != MessageState.PROPOSED.value or row.raw is None:
        raise MailProposalGone()
    return row


def preview_proposal(session: Session, proposal_id: int) -> EmailPreview:
    """What the intake reads from the proposal's message, for the confirmation dialog."""
    row = _waiting(session, proposal_id)
    assert row.raw is not None
    found = intake.preview_eml(session, row.raw, source_name(row.folder, row.uid))
    if isinstance(found, AutomaticMail):  # it was proposed, so read as a proposal before
        raise MailProposalGone()
    return found


def open_proposal(
    session: Session,
    actor: Actor,
    proposal_id: int,
    preview: EmailPreview,
    request_type: RequestType,
    customer_id: int | None = None,
) -> requests.Opened:
    """Open the proposal as a request, as a confirmed dropped .eml is; its bytes go."""
    row = _waiting(session, proposal_id)
    opened = intake.open_from_email(session, actor, preview, request_type, customer_id)
    row.state, row.raw, row.request_id = MessageState.OPENED.value, None, opened.request_id
    row.resolved_at, row.resolved_by = store_session.now(session), actor.name
    session.flush()
    return opened


def set_aside(session: Session, actor: Actor, proposal_id: int, reason: str = "") -> None:
    """Not a request: the proposal's bytes are deleted; the message stays taken. The
    worker's ``reason`` (the command line asks for one) is kept on the row, not in the
    audit log, which holds ids only."""
    row = _waiting(session, proposal_id)
    row.state, row.raw = MessageState.SET_ASIDE.value, None
    row.reason, row.reason_params = reason.strip(), {}
    row.resolved_at, row.resolved_by = store_session.now(session), actor.name
    audit.record(session, actor, AuditAction.MAIL_SET_ASIDE, "mail_message", row.id)
    session.flush()
