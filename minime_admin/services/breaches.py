"""The breach register (Art. 33(5)): open, update, assess, decide, select the people
affected, and have a manager sign it off. Any change after a sign-off voids it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session

from minime_admin.domain import breach as rules
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.breach import BreachEventKind as Kind
from minime_admin.domain.breach import BreachStatus, DviChannel, OutputKind
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import (
    AwarenessInFuture,
    BreachElementsMissing,
    BreachIsVoid,
    BreachReasonNeeded,
    BreachTranslationMissing,
    DecisionNeedsReason,
    DviExemptionNeeded,
    EmptySelection,
    NotFound,
    ScoreInvalid,
    SubmissionBeforeAwareness,
    SubmissionInFuture,
)
from minime_admin.services import audit, users, versions
from minime_admin.store import breach_repo, version_repo
from minime_admin.store import session as store_session
from minime_admin.store.breach_models import Breach, BreachEvent, BreachSignOff, BreachSubmission

EDITABLE = (
    "title",
    "occurred_at",
    "ended_at",
    "description",
    "cause",
    "nature",
    "data_categories",
    "subject_categories",
    "people",
    "records",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "advice",
    "contact_point",
    *(f"{name}_en" for name in rules.TRANSLATED_FACTS),
    "cross_border",
    "delay_reasons",
    "status",
)
SIGNED_MESSAGE = "minime-admin breach sign-off v1|{reference}|{version}|{content}"
# What a final file's signature covers (#14.15): one per document kind, signed at sign-off.
KIND_MESSAGE = "minime-admin breach sign-off v2|{reference}|{version}|{content}|{signed_at}|{kind}"


@dataclass(frozen=True)
class SignOffState:
    valid: bool
    signer: str | None
    signed_at: datetime | None
    voided_at: datetime | None
    void_reason: str


@dataclass(frozen=True)
class Submission:
    """The DVI was notified: when, how, under which DVI number, and who recorded it."""

    submitted_at: datetime
    channel: DviChannel
    dvi_reference: str
    recorded_by: str


@dataclass(frozen=True)
class BreachDetail:
    id: int
    reference: str
    facts: dict[str, object]  # every field, as stored
    clock: rules.Clock
    severity: rules.Severity | None
    affected: tuple[int, ...]
    signoff: SignOffState
    version: int
    events: tuple[tuple[datetime, str, Kind, str], ...]  # at, actor, kind, text
    submissions: tuple[Submission, ...] = ()  # the DVI notified, first first
    # The audit head when read: with ``version``, what a save from this view is checked
    # against (services/versions.py, #18.4).
    audit_seq: int = 0

    @property
    def seen(self) -> versions.Seen:
        return versions.Seen("breach", self.id, self.version, self.audit_seq)

    def hours_left(self, now: datetime) -> float:
        return self.clock.hours_left(now)

    @property
    def notified(self) -> Submission | None:
        """The first recorded submission to the DVI: the 72-hour clock stopped there."""
        return self.submissions[0] if self.submissions else None

    @property
    def voided(self) -> bool:
        """Registered in error: still on the register, never deleted (Art. 33(5))."""
        return self.facts.get("status") == BreachStatus.VOID.value

    @property
    def notice_prepared(self) -> bool:
        """A final DVI notice was saved (which is not the DVI notified)."""
        return any(kind is Kind.NOTICE_PREPARED for _, _, kind, _ in self.events)


def new_breach(
    session: Session,
    actor: Actor,
    title: str,
    aware_at: datetime,
    nature: str = "",
    people: int | None = None,
    records: int | None = None,
) -> int:
    now = store_session.now(session)
    if aware_at.tzinfo is None:
        raise ValueError("aware_at must be time-zone aware")
    if aware_at > now:
        raise AwarenessInFuture()
    breach = Breach(
        reference=breach_repo.next_reference(session, shop_day(aware_at).year),
        title=title,
        aware_at=aware_at,
        nature=nature,
        people=people,
        records=records,
        created_at=now,
        version=1,
    )
    session.add(breach)
    session.flush()
    _event(session, breach, actor, Kind.OPENED, f"aware {aware_at.isoformat()}")
    audit.record(session, actor, AuditAction.BREACH_OPENED, "breach", breach.id, breach.reference)
    session.flush()
    return breach.id


def correct_awareness(
    session: Session, actor: Actor, breach_id: int, aware_at: datetime, reason: str
) -> rules.Clock:
    """Correct when the shop became aware: a reason is required, the change is on the
    timeline and in the audit log, and the deadline is counted again from the new time."""
    if aware_at.tzinfo is None:
        raise ValueError("aware_at must be time-zone aware")
    if not reason.strip():
        raise BreachReasonNeeded()
    if aware_at > store_session.now(session):
        raise AwarenessInFuture()
    breach = _open(session, breach_id)
    before = breach.aware_at
    breach.aware_at = aware_at
    _changed(
        session,
        breach,
        actor,
        Kind.AWARENESS_CORRECTED,
        f"{before.isoformat()} -> {aware_at.isoformat()}: {reason.strip()}",
    )
    session.flush()
    return rules.clock(aware_at)


def void_breach(session: Session, actor: Actor, breach_id: int, reason: str) -> None:
    """Mark a breach registered in error, with the reason; it stays on the register."""
    if not reason.strip():
        raise BreachReasonNeeded()
    breach = _open(session, breach_id)
    breach.status = BreachStatus.VOID.value
    _event(session, breach, actor, Kind.VOIDED, reason.strip())
    audit.record(session, actor, AuditAction.BREACH_VOIDED, "breach", breach.id, breach.reference)
    session.flush()


def record_dvi_submission(
    session: Session,
    actor: Actor,
    breach_id: int,
    submitted_at: datetime,
    channel: DviChannel,
    dvi_reference: str = "",
) -> Submission:
    """The person who submitted the notice records it; the first one stops the clock."""
    if submitted_at.tzinfo is None:
        raise ValueError("submitted_at must be time-zone aware")
    now = store_session.now(session)
    if submitted_at > now:
        raise SubmissionInFuture()
    breach = _open(session, breach_id)
    if submitted_at < breach.aware_at:
        raise SubmissionBeforeAwareness(aware=breach.aware_at.isoformat(timespec="minutes"))
    reference = dvi_reference.strip()
    session.add(
        BreachSubmission(
            breach_id=breach.id,
            submitted_at=submitted_at,
            channel=channel.value,
            dvi_reference=reference,
            recorded_at=now,
            recorded_by=actor.name,
        )
    )
    text = f"{channel.value} {submitted_at.isoformat()}" + (
        f" DVI {reference}" if reference else ""
    )
    _event(session, breach, actor, Kind.DVI_NOTIFIED, text)
    audit.record(
        session,
        actor,
        AuditAction.BREACH_DVI_NOTIFIED,
        "breach",
        breach.id,
        breach.reference,
        {"channel": channel.value, "at": submitted_at.isoformat(), "dvi_reference": reference},
    )
    session.flush()
    return Submission(submitted_at, channel, reference, actor.name)


def note_notice_prepared(session: Session, actor: Actor, breach_id: int, language: str) -> None:
    """A final DVI notice was made to be saved: prepared, which is not the DVI notified."""
    breach = _get(session, breach_id)
    _event(session, breach, actor, Kind.NOTICE_PREPARED, language)
    audit.record(
        session,
        actor,
        AuditAction.BREACH_NOTICE_PREPARED,
        "breach",
        breach.id,
        breach.reference,
        {"language": language},
    )


def update_breach(session: Session, actor: Actor, breach_id: int, **changes: object) -> None:
    breach = _open(session, breach_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name, value in changes.items():
        setattr(breach, name, value)
    _changed(session, breach, actor, Kind.UPDATED, ", ".join(sorted(changes)))
    session.flush()


def assess(
    session: Session,
    actor: Actor,
    breach_id: int,
    dpc: int,
    ei: str,
    circumstances: rules.Circumstances,
) -> rules.Severity:
    try:
        severity = rules.assess(dpc, ei, circumstances)
    except rules.ScoreOutOfRange as error:
        raise ScoreInvalid(detail=str(error)) from error
    breach = _open(session, breach_id)
    breach.dpc, breach.ei = dpc, str(severity.ei)
    breach.cb_confidentiality = str(circumstances.confidentiality)
    breach.cb_integrity = str(circumstances.integrity)
    breach.cb_availability = str(circumstances.availability)
    breach.cb_malicious = str(circumstances.malicious)
    breach.severity_score, breach.severity_level = str(severity.score), severity.level.value
    _changed(session, breach, actor, Kind.ASSESSED, f"SE {severity.score} ({severity.level.value})")
    session.flush()
    return severity


def decide(
    session: Session,
    actor: Actor,
    breach_id: int,
    notify_dvi: bool,
    dvi_reason: str,
    notify_people: bool,
    people_reason: str,
    art34_exceptions: str = "",
    dvi_exemption: str = "",
) -> None:
    """The two decisions, each made by a person with its written reasoning on the record.

    Telling the people but not the DVI is refused unless ``dvi_exemption`` says why
    (docs/legal.md §6); that reason is kept in its own field.
    """
    if not dvi_reason.strip() or not people_reason.strip():
        raise DecisionNeedsReason()
    if rules.needs_dvi_exemption(notify_dvi, notify_people) and not dvi_exemption.strip():
        raise DviExemptionNeeded()
    if not rules.needs_dvi_exemption(notify_dvi, notify_people):
        dvi_exemption = ""  # only a contradiction needs it; never kept beside a plain answer
    breach = _open(session, breach_id)
    breach.notify_dvi = notify_dvi
    breach.notify_dvi_reason = dvi_reason.strip()
    breach.notify_dvi_exemption = dvi_exemption.strip()
    breach.notify_people, breach.notify_people_reason = notify_people, people_reason.strip()
    breach.art34_exceptions = art34_exceptions
    _changed(
        session,
        breach,
        actor,
        Kind.DECIDED,
        f"DVI: {'yes' if notify_dvi else 'no'}; people: {'yes' if notify_people else 'no'}",
    )
    session.flush()


def select_affected(
    session: Session,
    actor: Actor,
    breach_id: int,
    customer_ids: list[int],
    how: str,
    save: bool = True,
    seen: versions.Seen | None = None,
) -> int:
    """Preview (save=False) or save the selection; an empty one is refused. ``seen``: the
    breach as the worker loaded it; a save over a colleague's change is refused (#18.4)."""
    if not customer_ids:
        raise EmptySelection()
    if save:
        breach = _get(session, breach_id)
        if seen is not None:
            versions.require_unchanged(session, seen, breach.reference)
        breach_repo.replace_affected(session, breach_id, customer_ids)
        breach.affected_query = how
        breach.people = breach.people or len(customer_ids)
        _changed(session, breach, actor, Kind.AFFECTED, f"{len(customer_ids)} customers: {how}")
        session.flush()
    return len(customer_ids)


def get_breach(session: Session, breach_id: int) -> BreachDetail:
    breach = _get(session, breach_id)
    severity = None
    if breach.dpc is not None and breach.ei is not None:
        severity = rules.assess(
            breach.dpc,
            breach.ei,
            rules.Circumstances(
                Decimal(breach.cb_confidentiality or "0"),
                Decimal(breach.cb_integrity or "0"),
                Decimal(breach.cb_availability or "0"),
                Decimal(breach.cb_malicious or "0"),
            ),
        )
    facts = {c.name: getattr(breach, c.name) for c in Breach.__table__.columns}
    return BreachDetail(
        breach.id,
        breach.reference,
        facts,
        rules.clock(breach.aware_at),
        severity,
        tuple(breach_repo.affected_ids(session, breach.id)),
        _signoff_state(session, breach),
        breach.version,
        tuple(
            (e.at, e.actor, Kind(e.kind), e.text) for e in breach_repo.events_of(session, breach.id)
        ),
        tuple(
            Submission(s.submitted_at, DviChannel(s.channel), s.dvi_reference, s.recorded_by)
            for s in breach_repo.submissions_of(session, breach.id)
        ),
        audit_seq=version_repo.audit_head_seq(session),
    )


def list_breaches(session: Session) -> list[BreachDetail]:
    return [get_breach(session, b.id) for b in breach_repo.all_breaches(session)]


def content_hash(session: Session, breach_id: int) -> str:
    """What a sign-off covers: every fact as stored and the affected list, canonically.

    Read from the database row itself, so a breach changed behind the app's back (directly
    in SQL, without a new version) no longer matches its sign-off (#14.15)."""
    facts = breach_repo.stored_facts(session, breach_id)
    facts.pop("status", None)
    canonical = json.dumps(
        {
            "facts": {name: _canonical(value) for name, value in facts.items()},
            "affected": breach_repo.affected_ids(session, breach_id),
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def signed_instant(at: datetime) -> str:
    """The sign-off time as every signature and file states it: UTC, ISO 8601."""
    return at.astimezone(UTC).isoformat()


def kind_message(
    reference: str, version: int, content: str, signed_at: str, kind: OutputKind | str
) -> bytes:
    return KIND_MESSAGE.format(
        reference=reference, version=version, content=content, signed_at=signed_at, kind=kind
    ).encode("utf-8")


def _canonical(value: object) -> object:
    if isinstance(value, datetime):
        return signed_instant(value)
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)


def require_elements(detail: BreachDetail, language: str = "lv") -> None:
    """Refuse (one sentence naming them) while an Art. 33(3)/34(2) element is empty."""
    missing = rules.missing_elements(detail.facts, language)
    if missing:
        raise BreachElementsMissing(
            reference=detail.reference,
            listed=tuple(rules.ELEMENT_LABELS[element] for element in missing),
        )


def require_language(detail: BreachDetail, language: str) -> None:
    """A final output in ``language`` needs every customer-facing fact in that language."""
    untranslated = rules.missing_translations(detail.facts, language)
    if untranslated:
        raise BreachTranslationMissing(
            reference=detail.reference,
            language=rules.LANGUAGE_NAMES[language],
            listed=tuple(rules.FACT_LABELS[name] for name in untranslated),
        )
    require_elements(detail, language)


def sign_off(
    session: Session,
    breach_id: int,
    manager: str,
    password: str,
    seen: versions.Seen | None = None,
) -> SignOffState:
    """A manager signs the breach off; refused while an Art. 33(3) element is empty (the
    Latvian facts: the notice to the DVI is in Latvian; English letters are checked when
    they are made). ``seen``: the breach as the manager read it; a signature never covers
    facts a colleague saved after that (ChangedMeanwhile, #18.4)."""
    if seen is not None:
        versions.require_unchanged(session, seen, _get(session, breach_id).reference)
    require_elements(get_breach(session, breach_id))
    user, key = users.unlock_signing_key(session, manager, password)
    detail = get_breach(session, breach_id)
    digest = content_hash(session, breach_id)
    message = SIGNED_MESSAGE.format(
        reference=detail.reference, version=detail.version, content=digest
    )
    breach = _get(session, breach_id)
    now = store_session.now(session)
    # Each kind of final document gets its own signature, which also covers the time.
    per_kind = {
        kind.value: key.sign(
            kind_message(detail.reference, detail.version, digest, signed_instant(now), kind)
        ).hex()
        for kind in OutputKind
    }
    session.add(
        BreachSignOff(
            breach_id=breach_id,
            user_id=user.id,
            signed_at=now,
            breach_version=detail.version,
            content_hash=digest,
            signature=key.sign(message.encode("utf-8")),
            kind_signatures=json.dumps(per_kind, sort_keys=True),
        )
    )
    actor = Actor(user.name, users.Role.MANAGER)
    _event(session, breach, actor, Kind.SIGNED_OFF, f"version {detail.version}")
    audit.record(
        session,
        actor,
        AuditAction.BREACH_SIGNED_OFF,
        "breach",
        breach_id,
        detail.reference,
        {"version": detail.version, "content_hash": digest},
    )
    session.flush()
    return _signoff_state(session, breach)


def signoff_signature(session: Session, breach_id: int) -> tuple[BreachSignOff, str] | None:
    """The valid sign-off and its signer's name, or None."""
    breach = _get(session, breach_id)
    state = _signoff_state(session, breach)
    if not state.valid:
        return None
    record = breach_repo.current_signoff(session, breach_id)
    assert record is not None and state.signer is not None
    return record, state.signer


def signoff_intact(session: Session, breach_id: int, version: int | None) -> bool:
    """False when the breach, still at the signed ``version``, no longer matches what its
    sign-off covered: it was changed outside the app (a later version is "superseded")."""
    breach = _get(session, breach_id)
    record = breach_repo.current_signoff(session, breach_id)
    if record is None or version != breach.version or record.breach_version != version:
        return True
    return record.content_hash == content_hash(session, breach_id)


def _signoff_state(session: Session, breach: Breach) -> SignOffState:
    record = breach_repo.current_signoff(session, breach.id)
    if record is None:
        return SignOffState(False, None, None, None, "")
    signer = session.get(users.StaffUser, record.user_id)
    valid = (
        record.voided_at is None
        and record.breach_version == breach.version
        # The breach as stored now is the breach that was signed (checked on every use).
        and record.content_hash == content_hash(session, breach.id)
    )
    if valid and signer is not None and signer.public_key:
        message = SIGNED_MESSAGE.format(
            reference=breach.reference, version=breach.version, content=record.content_hash
        )
        try:
            Ed25519PublicKey.from_public_bytes(signer.public_key).verify(
                record.signature, message.encode("utf-8")
            )
        except Exception:  # a forged or damaged signature row is no sign-off at all
            valid = False
    return SignOffState(
        valid,
        signer.name if signer else None,
        record.signed_at,
        record.voided_at,
        record.void_reason,
    )


# The audit action of each change to a breach's facts.
_CHANGE_ACTIONS = {
    Kind.UPDATED: AuditAction.BREACH_UPDATED,
    Kind.ASSESSED: AuditAction.BREACH_ASSESSED,
    Kind.DECIDED: AuditAction.BREACH_DECIDED,
    Kind.AFFECTED: AuditAction.BREACH_AFFECTED,
    Kind.AWARENESS_CORRECTED: AuditAction.BREACH_AWARENESS_CORRECTED,
}


def _changed(session: Session, breach: Breach, actor: Actor, kind: Kind, text: str) -> None:
    """Every change bumps the version; a sign-off of an earlier version is voided, visibly."""
    breach.version += 1
    record = breach_repo.current_signoff(session, breach.id)
    if record is not None and record.voided_at is None:
        record.voided_at, record.void_reason = store_session.now(session), f"changed: {kind}"
        audit.record(
            session,
            actor,
            AuditAction.BREACH_SIGNOFF_VOIDED,
            "breach",
            breach.id,
            breach.reference,
            {"by": kind},
        )
        _event(session, breach, actor, Kind.SIGNOFF_VOIDED, kind)
    _event(session, breach, actor, kind, text)
    audit.record(session, actor, _CHANGE_ACTIONS[kind], "breach", breach.id, breach.reference)


def _event(session: Session, breach: Breach, actor: Actor, kind: Kind, text: str) -> None:
    session.add(
        BreachEvent(
            breach_id=breach.id,
            at=store_session.now(session),
            actor=actor.name,
            kind=kind.value,
            text=text,
        )
    )


def _open(session: Session, breach_id: int) -> Breach:
    """The breach, refused when it is marked as registered in error."""
    breach = _get(session, breach_id)
    if breach.status == BreachStatus.VOID.value:
        raise BreachIsVoid(reference=breach.reference)
    return breach


def _get(session: Session, breach_id: int) -> Breach:
    breach = session.get(Breach, breach_id)
    if breach is None:
        raise NotFound(kind="breach", ident=breach_id)
    return breach
