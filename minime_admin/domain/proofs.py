"""How the office knows what it records: how a requester's identity was confirmed, and how
an export package reached the person.

Both are chosen from a list and stored as codes (a worker's free text alone said nothing
checkable: "ok", "checked"); "other" needs a note in words. An export package is never
e-mailed (issue #16): e-mail is deliberately not a way of handing one over.
"""

from __future__ import annotations

from enum import StrEnum


class IdentityCheck(StrEnum):
    """How the requester's identity was confirmed (GDPR Art. 12(6); EDPB 01/2022 § 3.3)."""

    ID_DOCUMENT_IN_PERSON = "id_document"  # an identity document seen in person
    E_SIGNATURE = "e_signature"  # a request signed with eParaksts or another e-signature
    SMART_ID = "smart_id"  # Smart-ID or a bank link
    PHONE_CALLBACK = "phone_callback"  # the number on the account called back
    ACCOUNT_EMAIL = "account_email"  # written from the e-mail address on the account
    OTHER = "other"  # with a note that says how


class HandoverMethod(StrEnum):
    """How an export package was handed to the person."""

    IN_PERSON = "in_person"
    REGISTERED_POST = "registered_post"
    SECURE_LINK = "secure_link"  # a secure download link
    USB_STICK = "usb_stick"
    OTHER = "other"  # with a note that says how


def needs_note(code: IdentityCheck | HandoverMethod) -> bool:
    """ "Other" says nothing by itself: the worker writes how."""
    return code in (IdentityCheck.OTHER, HandoverMethod.OTHER)
