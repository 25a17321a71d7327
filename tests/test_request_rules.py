"""The request state machine and the type suggestion from the requester's words."""

from __future__ import annotations

import pytest

from minime_admin import errors
from minime_admin.domain.request_wording import suggest_types
from minime_admin.domain.requests import (
    Channel,
    ErasureException,
    HoldReason,
    RefusalReason,
    RequestType,
    Status,
    TransitionRequest,
    allowed_targets,
    check_transition,
)
from minime_admin.domain.text import fold, normalise_phone

T = TransitionRequest


def check(current: Status, change: TransitionRequest, **kw: object) -> None:
    check_transition(
        current,
        kw.get("type", RequestType.ACCESS),  # type: ignore[arg-type]
        kw.get("channel", Channel.EMAIL),  # type: ignore[arg-type]
        kw.get("identity"),  # type: ignore[arg-type]
        change,
    )


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.RECEIVED, Status.IDENTITY_CHECK),
        (Status.IDENTITY_CHECK, Status.IN_PROGRESS),
        (Status.IN_PROGRESS, Status.COMPLETED),
        (Status.ON_HOLD, Status.IN_PROGRESS),
        (Status.RECEIVED, Status.WITHDRAWN),
    ],
)
def test_the_normal_path_is_allowed(current: Status, target: Status) -> None:
    assert target in allowed_targets(current, RequestType.ACCESS)
    check(current, T(target))  # and the full check (channel, reasons) lets it through


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.COMPLETED, Status.IN_PROGRESS),
        (Status.REFUSED, Status.COMPLETED),
        (Status.WITHDRAWN, Status.RECEIVED),
        (Status.IDENTITY_CHECK, Status.COMPLETED),
        (Status.IN_PROGRESS, Status.RECEIVED),
    ],
)
def test_illegal_transitions_raise(current: Status, target: Status) -> None:
    with pytest.raises(errors.IllegalTransition):
        check(current, T(target))


def test_only_simple_requests_complete_straight_from_received() -> None:
    with pytest.raises(errors.IllegalTransition):
        check(Status.RECEIVED, T(Status.COMPLETED), type=RequestType.ERASURE)
    check(Status.RECEIVED, T(Status.COMPLETED), type=RequestType.UNSUBSCRIBE)
    check(Status.RECEIVED, T(Status.COMPLETED), type=RequestType.LEGAL_BASIS_QUESTION)


def test_hold_needs_one_of_the_known_reasons() -> None:
    with pytest.raises(errors.HoldNeedsReason):
        check(Status.RECEIVED, T(Status.ON_HOLD))
    check(Status.RECEIVED, T(Status.ON_HOLD, hold_reason=HoldReason.AWAITING_IDENTITY))


def test_refusal_needs_a_known_reason_or_a_written_one() -> None:
    with pytest.raises(errors.RefusalNeedsReason):
        check(Status.IN_PROGRESS, T(Status.REFUSED))
    with pytest.raises(errors.RefusalNeedsReason):
        check(Status.IN_PROGRESS, T(Status.REFUSED, refusal_reason=RefusalReason.OTHER, text=" "))
    check(Status.IN_PROGRESS, T(Status.REFUSED, refusal_reason=RefusalReason.OTHER, text="Why"))
    check(
        Status.IN_PROGRESS,
        T(Status.REFUSED, refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE, text="Tenth copy"),
    )
    check(
        Status.IN_PROGRESS, T(Status.REFUSED, refusal_reason=RefusalReason.IDENTITY_NOT_CONFIRMED)
    )


def test_an_art_12_5_refusal_writes_out_why_unfounded_or_excessive() -> None:
    with pytest.raises(errors.RefusalNeedsGround):
        check(
            Status.IN_PROGRESS,
            T(Status.REFUSED, refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE, text="  "),
        )


def test_an_erasure_exception_refuses_only_erasure() -> None:
    art_17_3 = T(
        Status.REFUSED,
        refusal_reason=RefusalReason.ERASURE_EXCEPTION,
        erasure_exception=ErasureException.LEGAL_OBLIGATION,
        text="Invoices are kept for 5 years under the Accounting Law.",
    )
    check(Status.IN_PROGRESS, art_17_3, type=RequestType.ERASURE)
    with pytest.raises(errors.RefusalNotAllowed):
        check(Status.IN_PROGRESS, art_17_3, type=RequestType.ACCESS)


def test_an_art_17_3_refusal_names_its_exception_and_why() -> None:
    unnamed = T(Status.REFUSED, refusal_reason=RefusalReason.ERASURE_EXCEPTION, text="Invoices")
    with pytest.raises(errors.ErasureExceptionNeeded):
        check(Status.IN_PROGRESS, unnamed, type=RequestType.ERASURE)
    unexplained = T(
        Status.REFUSED,
        refusal_reason=RefusalReason.ERASURE_EXCEPTION,
        erasure_exception=ErasureException.LEGAL_CLAIMS,
    )
    with pytest.raises(errors.RefusalNeedsGround):
        check(Status.IN_PROGRESS, unexplained, type=RequestType.ERASURE)


def test_an_exception_is_named_only_with_an_art_17_3_refusal() -> None:
    stray = T(
        Status.REFUSED,
        refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE,
        erasure_exception=ErasureException.LEGAL_CLAIMS,
        text="Fifth identical request this month",
    )
    with pytest.raises(errors.RefusalNotAllowed):
        check(Status.IN_PROGRESS, stray, type=RequestType.ERASURE)
    with pytest.raises(errors.RefusalNotAllowed):
        check(
            Status.IN_PROGRESS,
            T(Status.COMPLETED, erasure_exception=ErasureException.LEGAL_CLAIMS),
            type=RequestType.ERASURE,
        )


def test_a_refused_objection_states_the_compelling_grounds() -> None:
    grounds = RefusalReason.COMPELLING_GROUNDS
    with pytest.raises(errors.RefusalNeedsGround):
        check(
            Status.IN_PROGRESS,
            T(Status.REFUSED, refusal_reason=grounds),
            type=RequestType.OBJECTION,
        )
    stated = T(Status.REFUSED, refusal_reason=grounds, text="Fraud prevention on open orders")
    check(Status.IN_PROGRESS, stated, type=RequestType.OBJECTION)
    with pytest.raises(errors.RefusalNotAllowed):
        check(Status.IN_PROGRESS, stated, type=RequestType.ACCESS)


@pytest.mark.parametrize(
    "request_type",
    [RequestType.MARKETING_OBJECTION, RequestType.UNSUBSCRIBE, RequestType.CONSENT_WITHDRAWAL],
)
def test_marketing_objections_and_withdrawals_are_never_refused(
    request_type: RequestType,
) -> None:
    assert Status.REFUSED not in allowed_targets(Status.RECEIVED, request_type)
    with pytest.raises(errors.RefusalNotAllowed):
        check(
            Status.IN_PROGRESS,
            T(Status.REFUSED, refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE),
            type=request_type,
        )


@pytest.mark.parametrize("channel", [Channel.PHONE, Channel.LETTER, Channel.IN_PERSON])
def test_phone_letter_and_in_person_requests_record_the_identity_check(
    channel: Channel,
) -> None:
    with pytest.raises(errors.IdentityMethodNeeded):
        check(Status.RECEIVED, T(Status.IN_PROGRESS), channel=channel)
    check(Status.RECEIVED, T(Status.IN_PROGRESS), channel=channel, identity="ID card seen")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lūdzu, izdzēsiet visus manus datus!", RequestType.ERASURE),
        ("Please delete my account and forget me", RequestType.ERASURE),
        ("Vēlos saņemt kopiju par maniem personas datiem", RequestType.ACCESS),
        ("What personal data do you hold about me? I want a copy of it.", RequestType.ACCESS),
        ("Gribu atrakstīties no jaunumu vēstules", RequestType.UNSUBSCRIBE),
        ("Please unsubscribe me from the newsletter", RequestType.UNSUBSCRIBE),
        ("LŪDZU IZLABOT MANU NEPAREIZO ADRESI", RequestType.RECTIFICATION),
        ("Nesūtiet man vairs reklāmu un mārketinga piedāvājumus", RequestType.MARKETING_OBJECTION),
        ("Atsaucu savu piekrišanu", RequestType.CONSENT_WITHDRAWAL),
        ("Uz kāda juridiskā pamata jūs nododat datus ārpus ES?", RequestType.LEGAL_BASIS_QUESTION),
        (
            "Please send my data in a machine-readable format to another provider",
            RequestType.PORTABILITY,
        ),
        ("Lūdzu ierobežot manu datu apstrādi", RequestType.RESTRICTION),
        ("Kur ir mana paka?", RequestType.OTHER),
    ],
)
def test_type_is_suggested_from_the_wording(text: str, expected: RequestType) -> None:
    assert suggest_types(text)[0] is expected


def test_folding_and_phone_normalising() -> None:
    assert fold("Ģirts Ķēniņš-Žūriņa") == "girts kenins-zurina"
    assert fold("BĒRZIŅŠ") == "berzins"
    for phone in ("+371 29 123 456", "0037129123456", "29123456", "29-123-456"):
        assert normalise_phone(phone) == "37129123456"
