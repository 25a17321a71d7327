"""Errors of the breach register, its assessment, notices and sign-off."""

from __future__ import annotations

from minime_admin.errors.base import QT_TRANSLATE_NOOP, InvalidInput, KnownError, _ListedError


class PartnerNotARecipient(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This partner received none of this customer's data, so there is nothing to tell it; "
        "nothing was recorded.",
    )


class ToldInFuture(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A partner can be recorded as told only on a day up to today; nothing was recorded.",
    )


class AwarenessInFuture(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The time the shop became aware of the breach cannot be in the future."
    )


class ScoreInvalid(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "Severity score out of range: {detail}.")


class NotSignedOff(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Breach {reference} has no valid sign-off: a manager must sign it off before a final "
        "notice is produced (a draft can be made at any time).",
    )


class EmptySelection(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The selection found no customers; the breach's affected list was not changed."
    )


class DecisionNeedsReason(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Both decisions, on notifying the DVI and on telling the people, need their "
        "reasoning in writing. Nothing was recorded.",
    )


class DviExemptionNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Telling the people means a high risk (Art. 34), yet not notifying the Data State "
        "Inspectorate means no risk (Art. 33): write the legal reason why the DVI is not "
        "notified although the people are told. Nothing was recorded.",
    )


class DelayReasonsNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The 72 hours have passed: write the reasons for the delay (Art. 33(1)) before the "
        "notice to the Data State Inspectorate is made.",
    )


class BreachElementsMissing(_ListedError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Breach {reference} cannot be signed off, and no final notice or letter made, while "
        "these elements (GDPR Art. 33(3), 34(2)) are empty: {listed}. Nothing was signed or "
        "made; a draft lists them too.",
    )


class BreachTranslationMissing(_ListedError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The {language} outputs of breach {reference} cannot be made final: these facts have "
        "no {language} text yet: {listed}. Write them in the breach's {language} fields; "
        "nothing was made.",
    )


class AwarenessTimeNonexistent(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{time} did not exist in Riga: the clocks were moved forward an hour that night. "
        "Check the time of awareness; nothing was recorded.",
    )


class AwarenessTimeAmbiguous(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{time} happened twice in Riga (the clocks were moved back an hour that night): say "
        "which is meant, {earlier} (summer time) or {later} (winter time). Nothing was recorded.",
    )


class BreachReasonNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Say why: correcting the awareness time or marking a breach as registered in error "
        "needs a reason. Nothing was recorded.",
    )


class BreachIsVoid(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Breach {reference} is marked as registered in error; nothing more can be recorded on it.",
    )


class SubmissionInFuture(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The time the DVI was notified cannot be in the future. Nothing was recorded."
    )


class SubmissionBeforeAwareness(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The DVI cannot have been notified before the shop became aware of the breach "
        "({aware}). Nothing was recorded.",
    )


class SignerUnknown(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a known user, so no letter can be signed in their name: set "
        "MINIME_ADMIN_USER to the name of a user a manager added with 'users add'. No letter "
        "was made.",
    )


__all__ = [
    "AwarenessInFuture",
    "AwarenessTimeAmbiguous",
    "AwarenessTimeNonexistent",
    "BreachElementsMissing",
    "BreachIsVoid",
    "BreachReasonNeeded",
    "BreachTranslationMissing",
    "DecisionNeedsReason",
    "DelayReasonsNeeded",
    "DviExemptionNeeded",
    "EmptySelection",
    "NotSignedOff",
    "PartnerNotARecipient",
    "ScoreInvalid",
    "SignerUnknown",
    "SubmissionBeforeAwareness",
    "SubmissionInFuture",
    "ToldInFuture",
]
