"""Errors of data-subject requests and the customer data they act on."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, InvalidInput, KnownError


class IllegalTransition(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A request that is {current} cannot be moved to {target}."
    )


class HoldNeedsReason(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Putting a request on hold needs a reason: awaiting proof of identity, awaiting "
        "clarification or legal review.",
    )


class NoIdentityHoldAtIntake(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A marketing objection, unsubscribe or consent withdrawal is never held for proof of "
        "identity: stopping marketing or a consent harms nobody, so it takes effect at once "
        "(Art. 21(3), 7(3)).",
    )


class RefusalNeedsReason(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A refusal needs its reason: Art. 12(5), Art. 12(6), an Art. 17(3) exception, or "
        "another reason written out.",
    )


class RefusalNeedsGround(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Write out the ground of this refusal for the letter: why the request is manifestly "
        "unfounded or excessive, why the Art. 17(3) exception applies, or which compelling "
        "legitimate grounds override the objection.",
    )


class ErasureExceptionNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "An Art. 17(3) refusal names its exception: (a) freedom of expression, (b) a legal "
        "obligation or public-interest task, (c) public health, (d) archiving, research or "
        "statistics, or (e) legal claims.",
    )


class RefusalNotAllowed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This refusal does not fit the request: an Art. 17(3) exception applies only to "
        "erasure, compelling legitimate grounds only to an objection, and a marketing "
        "objection, unsubscribe or consent withdrawal is never refused.",
    )


class IdentityMethodNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Record how the person's identity was checked before work starts on a request taken "
        "by phone, letter or in person.",
    )


class RequesterNameNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The requester's name is needed; the request was not opened."
    )


class RequesterEmailInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not an e-mail address; the request was not opened."
    )


class ReceivedInFuture(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The time of receipt cannot be in the future; the request was not opened."
    )


class ExtensionNeedsReason(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "An extension needs its reasons written out; the deadline was not changed."
    )


class ExtensionOfClosedRequest(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A closed request cannot be extended; the deadline was not changed."
    )


class NoSuchRequest(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "There is no request {reference}; nothing was done.")


class RectificationNeedsReason(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "A correction needs its reason; nothing was changed.")


class RestrictionNeedsReason(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A restriction of processing needs its reason; nothing was changed."
    )


class ConsentPurposeNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "Say which consent is withdrawn; nothing was recorded."
    )


class ViewReasonNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Say why you open this customer's data (a reason or a request); it was not opened.",
    )


class NotEditable(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "The field {field} cannot be changed here.")


class BadPhone(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "'{value}' is not a phone number (8 to 15 digits, e.g. +371 29123456); nothing was "
        "changed.",
    )


class AlreadyRestricted(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "Processing of this customer is already restricted.")


class NotRestricted(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "Processing of this customer is not restricted.")


class HoldNotActive(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "This legal hold is not in force: it was released already or does not exist."
    )


class HoldReleaseDay(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A legal hold ends on a day from its start ({value}) up to today; nothing was changed.",
    )


class WrongCustomer(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Request {reference} is linked to another customer; nothing was exported. Check the "
        "customer number.",
    )


class AlreadyErased(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "Customer {ident} was already erased on {day}; there is nothing left to erase."
    )


__all__ = [
    "AlreadyErased",
    "AlreadyRestricted",
    "BadPhone",
    "ConsentPurposeNeeded",
    "ErasureExceptionNeeded",
    "ExtensionNeedsReason",
    "ExtensionOfClosedRequest",
    "HoldNeedsReason",
    "HoldNotActive",
    "HoldReleaseDay",
    "IdentityMethodNeeded",
    "IllegalTransition",
    "NoIdentityHoldAtIntake",
    "NoSuchRequest",
    "NotEditable",
    "NotRestricted",
    "ReceivedInFuture",
    "RectificationNeedsReason",
    "RefusalNeedsGround",
    "RefusalNeedsReason",
    "RefusalNotAllowed",
    "RequesterEmailInvalid",
    "RequesterNameNeeded",
    "RestrictionNeedsReason",
    "ViewReasonNeeded",
    "WrongCustomer",
]
