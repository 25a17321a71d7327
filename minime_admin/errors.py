"""Known errors: the environment's or the user's fault, shown as one clear sentence.

A KnownError carries an English source text with ``{named}`` placeholders. The text is
marked with QT_TRANSLATE_NOOP so that ``pyside6-lupdate`` collects it into i18n/, and the
GUI and CLI translate it at display time. This module imports no Qt: the marker below is
a plain function with Qt's name, which is all lupdate looks for.

Messages never contain personal data: they name files, commands and counts only.
"""

from __future__ import annotations

from typing import Any

ERRORS_CONTEXT = "errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class KnownError(Exception):
    """An expected failure with a message for the user; never shows a traceback."""

    source_text: str = QT_TRANSLATE_NOOP("errors", "The operation could not be completed.")

    def __init__(self, source_text: str | None = None, **params: Any) -> None:
        if source_text is not None:
            self.source_text = source_text
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Any = None) -> str:
        """The sentence in the user's language; ``translate(context, text)`` does the lookup."""
        text = translate(ERRORS_CONTEXT, self.source_text) if translate else self.source_text
        return text.format(**self.params)


class DatabaseMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "There is no database at {path}. Create one with: minime-admin --db {path} init",
    )


class DatabaseExists(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A file already exists at {path}; it was left untouched."
    )


class NotEncrypted(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is an unencrypted SQLite file, not a minime-admin database. It was not opened.",
    )


class DatabaseDamaged(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database file {path} is damaged or is not a minime-admin database. "
        "It was not changed; restore it from a backup.",
    )


class DatabaseDamagedInUse(DatabaseDamaged):
    """A page failed its check while the app was using the file (#14.9): writing stops."""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database file {path} is damaged, so the app has stopped writing to it: close "
        "the app and restore the file from your latest backup copy.",
    )


class WrongKey(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase or recovery key does not open {path}, or the file is damaged. "
        "The file was not changed.",
    )


class BadRecoveryKey(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery key has a typing mistake: check each group of five characters "
        "against the recovery sheet.",
    )


class KeyNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} needs its passphrase or recovery key: this computer's keychain does not hold "
        "its key. Set MINIME_ADMIN_PASSPHRASE, or run with --recover.",
    )


class KeychainUnavailable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The system keychain could not be used ({detail}). Nothing was changed; "
        "use a passphrase instead (MINIME_ADMIN_PASSPHRASE).",
    )


class FolderNotWritable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The folder {path} cannot be written to. minime-admin needs to write there; "
        "choose another place or change the folder's permissions.",
    )


class NotAFolder(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{path} is a file, not a folder, so nothing can be saved inside it."
    )


class NewerDatabase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was made by a newer version of minime-admin; update the app to open it. "
        "The file was not changed.",
    )


class WeakPassphrase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The passphrase is too short: use at least {minimum} characters."
    )


class DatabaseBusy(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database is busy with someone else's work for longer than usual. Nothing was "
        "changed; try again in a moment.",
    )


class GuessablePassphrase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase is too easy to guess (a common word, a pattern or a repeat). Use "
        "four or five unrelated words.",
    )


class KeyShapedPassphrase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The passphrase looks like a recovery key, and would be taken for one when typed. "
        "Choose words instead.",
    )


class ChangedMeanwhile(KnownError):
    """Someone else stored a change to a record after the worker read it (issue #18.4);
    nothing of the worker's change was stored. services/versions.ChangedBy names who."""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Someone else saved a change to this record after you opened it. Your change was not "
        "saved: reload it to see the new values, then make your change again.",
    )


class NotFound(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "No {kind} with id {ident}.")


class PassphraseRequired(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no keychain to keep the database key. Choose a passphrase of at "
        "least {minimum} characters (or set MINIME_ADMIN_PASSPHRASE).",
    )


class KeyFileDamaged(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The demo key file {path} is missing or damaged. Delete the demo folder to start "
        "a fresh demo.",
    )


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


class InvalidInput(KnownError):
    """Input a use case refuses; raise one of the subclasses below, each its own sentence."""

    source_text = QT_TRANSLATE_NOOP("errors", "That input cannot be used; nothing was changed.")


class UserNameNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "A user needs a name; nobody was added.")


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


class ValueNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A first name, last name or part of an address cannot be left empty; nothing was changed.",
    )


class LanguageInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The language must be lv (Latvian) or en (English); nothing was changed."
    )


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


class HolidayNameNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "Give the holiday's name; it was not added.")


class UnknownRetentionRule(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "There is no retention rule {key}.")


class MonthsOutOfRange(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A retention period must be 0 to {maximum} months; it was not changed."
    )


class TargetOutOfRange(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The office target must be 1 to 31 days; it was not changed."
    )


class FileUnreadable(InvalidInput):
    source_text = QT_TRANSLATE_NOOP("errors", "The file {name} could not be read ({detail}).")


class FileNotWritten(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The file {path} could not be written ({detail}); nothing was saved."
    )


class FileNotRead(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The file {path} could not be read ({detail}); nothing was checked."
    )


class NotAnEmail(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} is not an e-mail message (no sender or message headers); not imported."
    )


class EmailWarning(KnownError):
    """Not raised: a note shown beside an e-mail that was imported with what could be read."""


def email_warning(source_text: str, **params: Any) -> EmailWarning:
    return EmailWarning(source_text, **params)


NO_DATE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message has no date; the time it was imported is used as the time of receipt. "
    "Check it against the mailbox.",
)
UNKNOWN_CHARSET_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "Part of the message declares an unknown character set ({charset}); it was read as "
    "{used}. Check the text for wrong letters.",
)
BIG_ATTACHMENT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The attachment {filename} ({megabytes} MB) is larger than {limit} MB and was not stored. "
    "Ask the person to send it another way if it is needed.",
)
BROKEN_STRUCTURE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message's structure is damaged ({detail}); the readable parts were imported.",
)
NO_TEXT_WARNING = QT_TRANSLATE_NOOP(
    "errors", "The message has no readable text; see its attachments."
)
NO_SENDER_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The sender's address could not be read from the message; enter it by hand if the "
    "person is to be answered by e-mail.",
)
DAMAGED_SENDER_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The sender line of the message is damaged; the address shown was recovered from it. "
    "Check it against the message.",
)
FUTURE_DATE_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message's date lies in the future, so it is damaged; the time it was imported is "
    "used as the time of receipt. Check it against the mailbox.",
)
TOO_MANY_PARTS_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message has more than {limit} parts or is nested too deeply; only the first parts "
    "were read.",
)
TEXT_CUT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The message's text is longer than {limit} characters; only the beginning was kept. "
    "Read the rest in the mailbox.",
)
OUTLOOK_NO_TEXT_WARNING = QT_TRANSLATE_NOOP(
    "errors",
    "The Outlook message keeps its text only in a rich-text form that the app does not read; "
    "open it in Outlook to read it.",
)


class BadMailDomains(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "'{value}' is not an e-mail domain (like minime.lv); the shop's e-mail domains were "
        "not changed.",
    )


class MessageTooLarge(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is larger than {limit} MB, more than an e-mail request can be; not imported. "
        "Save its text and attachments separately.",
    )


class MessageUnreadable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} is damaged and could not be read as an e-mail message; not imported."
    )


class OutlookItemNotEmail(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is an Outlook item but not an e-mail message (a contact, appointment, task or "
        "note); not imported.",
    )


MESSAGE_SKIPPED = QT_TRANSLATE_NOOP("errors", "{name} was skipped: {reason}.")


class NotEditable(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "The field {field} cannot be changed here.")


class BadEmail(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "'{value}' is not an e-mail address; nothing was changed."
    )


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


class DiskFull(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "There is not enough space in {path}; nothing was saved. Free some space or choose "
        "another place.",
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


class WrongPassword(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "The password for {name} is not right.")


class NotAManager(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "{name} is not a manager: only a manager can sign off a breach."
    )


class UserExists(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "There is already a user called {name}.")


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


class _ListedError(KnownError):
    """A message whose ``listed`` parameter is a tuple of source texts, each translated."""

    def message(self, translate: Any = None) -> str:
        params = dict(self.params)
        for key in ("listed", "language"):
            if key in params:
                values = params[key] if isinstance(params[key], tuple) else (params[key],)
                params[key] = "; ".join(
                    translate(ERRORS_CONTEXT, v) if translate else v for v in values
                )
        text = translate(ERRORS_CONTEXT, self.source_text) if translate else self.source_text
        return text.format(**params)


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


class TimeUnreadable(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{time} is not a date and time: write it as YYYY-MM-DDTHH:MM (Riga time). Nothing "
        "was recorded.",
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


# Not raised: what the command line says after an unexpected error (crash.py has the report).
CRASH_REPORTED = QT_TRANSLATE_NOOP(
    "errors",
    "An unexpected error stopped the command; a report for the developers, with no personal "
    "data, was saved as {path}.",
)
CRASH_NOT_REPORTED = QT_TRANSLATE_NOOP(
    "errors", "An unexpected error stopped the command, and no report about it could be saved."
)


class ShopAddressRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop address {url} is not accepted: use https:// (plain http:// only for this "
        "computer). Nothing was imported.",
    )


class ShopSecretMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop's consumer secret is missing: save it in Settings › Shop (kept in the "
        "keychain) or set MINIME_ADMIN_SHOP_SECRET. Nothing was imported.",
    )


class ShopCertificateRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} showed a certificate this computer does not trust ({detail}): it "
        "may be expired, self-signed or for another address. If the shop uses its own "
        "certificate authority, give its file with --ca-file (or in Settings › Shop). "
        "Nothing was imported.",
    )


class ShopCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). "
        "Nothing was imported.",
    )


class ShopNoKeychain(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no keychain to keep the shop's consumer secret: set "
        "MINIME_ADMIN_SHOP_SECRET before importing instead. The secret was not saved.",
    )


class ShopSettingsMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop's address and consumer key are not set: save them in Settings › Shop or "
        "give --url and --key. Nothing was imported.",
    )


class ShopUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} did not answer ({detail}). Nothing was imported; try again later.",
    )


class ShopAccessDenied(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} refused the consumer key and secret (HTTP {status}). Check them "
        "in WooCommerce › Settings › Advanced › REST API. Nothing was imported.",
    )


class ShopNotJson(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} answered {path} with a web page instead of data: is this the "
        "WooCommerce address, and is its REST API switched on? Nothing was imported.",
    )


class ShopAnswerBroken(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop's answer to {path} was incomplete or damaged. Nothing was imported; try "
        "again later.",
    )


class ShopKeepsFailing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The shop at {host} kept failing (HTTP {status}, {attempts} attempts). Nothing was "
        "imported; try again later.",
    )


class ShopRequestFailed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The shop at {host} answered {path} with HTTP {status}. Nothing was imported."
    )


class NotAnAccessLog(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a web-server access log in the combined format; nothing was imported.",
    )


class AccessLogDamaged(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The compressed log {name} is damaged or cut off; nothing was imported.",
    )


class AccessLogReadFailed(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Reading {name} failed partway; the visits imported before that stay. Import it "
        "again once the file is whole: nothing is imported twice.",
    )


class IpAddressInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "Give an IP address such as 192.0.2.10 or 2001:db8::1; nothing was searched."
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


class ManagerNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Only a manager can add users: a manager must confirm it with their own password. "
        "Nobody was added.",
    )


class FirstUserIsManager(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The first user must be a manager, with their own password; the manager then adds "
        "the others. Nobody was added.",
    )


class SignerUnknown(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a known user, so no letter can be signed in their name: set "
        "MINIME_ADMIN_USER to the name of a user a manager added with 'users add'. No letter "
        "was made.",
    )


# The office mailbox over IMAP (issue #16.3): server, folder and counts only, never a message.


class MailSettingsMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "No mailbox is set up: give its server and user in Settings › Mailbox (or with "
        "'minime-admin mail configure'). No mail was fetched.",
    )


class MailPasswordMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mailbox password is missing: save it in Settings › Mailbox (kept in the keychain) "
        "or set MINIME_ADMIN_MAIL_PASSWORD. No mail was fetched.",
    )


class MailPlainRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A mailbox without TLS is accepted only on this computer (127.0.0.1 or localhost), "
        "not at {host}: choose implicit TLS or STARTTLS. No mail was fetched.",
    )


class MailServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} did not answer ({detail}). No mail was fetched; try again later.",
    )


class MailCertificateRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} showed a certificate this computer does not trust ({detail}): "
        "it may be expired, self-signed or for another address. If the server uses its own "
        "certificate authority, give its file in Settings › Mailbox. No mail was fetched.",
    )


class MailCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). No "
        "mail was fetched.",
    )


class MailNoStarttls(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not offer STARTTLS, so the password was not sent: choose "
        "implicit TLS (usually port 993). No mail was fetched.",
    )


class MailLoginRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the user name or password. Check them in Settings › "
        "Mailbox. No mail was fetched.",
    )


class MailFolderMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mailbox at {host} has no folder named '{folder}'. Check the folder names in "
        "Settings › Mailbox. No mail was fetched.",
    )


class MailConnectionLost(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the mail server {host} broke off. Nothing of the unfinished batch "
        "was recorded; the messages not yet taken will be fetched next time.",
    )


class SetAsideReasonNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Say why the fetched message is not a request (--reason). It was not set aside.",
    )


class MailProposalGone(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This fetched message has already been opened as a request or set aside by someone "
        "else. Nothing was changed.",
    )


# Sending letters by e-mail (SMTP) and the mailbox settings (issue #16.4-5): hosts, ports,
# files and counts only, never a person's address. The sending family says "Nothing was
# sent" where the fetching one above says "No mail was fetched"; a name with "Send" is the
# sending one of a pair.


class MailOutgoingMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The outgoing mail server is not set: fill in Settings › Mailbox or run `minime-admin "
        "mail configure`. Nothing was sent.",
    )


class MailSendPasswordMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mailbox password is missing: save it in Settings › Mailbox (kept in the keychain) "
        "or set MINIME_ADMIN_MAIL_PASSWORD. Nothing was sent.",
    )


class MailNoKeychain(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no keychain to keep the mailbox password: set "
        "MINIME_ADMIN_MAIL_PASSWORD before sending instead. The password was not saved.",
    )


class MailServerInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "“{server}” is not a mail server: give it as HOST:PORT, e.g. smtp.example.lv:465.",
    )


class MailPlainSettingRefused(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A mail server without TLS is accepted only on this computer (127.0.0.1 or "
        "localhost), not at {host}. Choose implicit TLS or STARTTLS.",
    )


class MailAddressInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The office's “From” address is not an e-mail address: {address}."
    )


class MailTlsInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "TLS is one of implicit, starttls or none, not “{tls}”."
    )


class MailRateInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The sending rate is a number of letters per minute from 0 (no pause) to {maximum}.",
    )


class MailIntervalInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The fetch interval is a number of minutes from 0 (only when asked) to {maximum}.",
    )


class MailSendCaFileUnusable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The certificate file {path} could not be read as a certificate authority (PEM). "
        "Nothing was sent.",
    )


class MailSendServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host}:{port} could not be reached ({detail}). Nothing was sent; "
        "check the server in Settings › Mailbox, or try again later.",
    )


class MailSendCertificateRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} showed a certificate this computer does not trust "
        "({detail}): it may be expired, self-signed or for another address. If the server "
        "uses its own certificate authority, give its file in Settings › Mailbox. Nothing "
        "was sent.",
    )


class MailTlsFailed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A secure (TLS) connection to the mail server {host} could not be made ({detail}). "
        "Is the TLS setting right for port {port}? Nothing was sent.",
    )


class MailStartTlsUnsupported(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not offer STARTTLS, so the password would travel "
        "unencrypted. Nothing was sent; check the TLS setting and the port.",
    )


class MailSendLoginRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the user name or password. Nothing was sent; check "
        "them in Settings › Mailbox.",
    )


class MailAuthUnsupported(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} does not accept a login on this connection. Nothing was "
        "sent; check the TLS setting and the port.",
    )


class MailSenderRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused to send from the office's address (code {code}). "
        "Nothing was sent; check the “From” address in Settings › Mailbox.",
    )


class MailRecipientRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the recipient's address (code {code}). The letter "
        "was not sent; check the address on the request.",
    )


class MailRefused(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} refused the message (code {code}). It is not recorded as sent.",
    )


class MailTimeout(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} did not answer in time (waited {seconds} s). The letter is not "
        "recorded as sent; try again later.",
    )


class MailSendConnectionLost(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The mail server {host} closed the connection before it accepted the message. The "
        "letter is not recorded as sent; try again later.",
    )


class MailNoRecipient(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Request {reference} has no e-mail address to send the letter to. Save or print it "
        "instead.",
    )


class MailRecipientInvalid(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The e-mail address on request {reference} is not one a letter can be sent to. "
        "Nothing was sent.",
    )


class MailLetterNotArchived(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Letter no. {id} is not in the archive, so it cannot be sent.",
    )


class MailImapLoginFailed(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The incoming mail server {host} refused the user name or password.",
    )


class MailImapFolderMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The incoming mail server {host} has no folder “{folder}”."
    )


class MailMaybeSent(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The {kind} letter for request {reference} may have been sent at {time} (Message-ID "
        "{message_id}): the app stopped before the mail server's answer was recorded. Check "
        "the office's sent folder; send it again only if it is not there (--resend).",
    )


class DraftNotSent(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Draft letters are never e-mailed: only final letters, after a manager's sign-off.",
    )


# Backups and restore (issue #17). A backup folder is never created on the fly: a network
# share that is not mounted would otherwise quietly become an empty local folder.
class BackupFolderMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} does not exist (is the drive or network share connected?). "
        "No backup was made.",
    )


class BackupFolderNotFound(KnownError):
    """The folder to list or restore from is not there (nothing was to be written)."""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} does not exist (is the drive or network share connected?).",
    )


class BackupFolderNotWritable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup folder {path} cannot be written to. No backup was made; choose another "
        "folder or change its permissions.",
    )


class BackupFolderFull(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup did not fit in {path}: the disk is full or does not take a file this "
        "large. No backup was made; the earlier backups are untouched.",
    )


class BackupNotWritten(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup could not be written to {path} ({detail}). No backup was made; the "
        "earlier backups are untouched.",
    )


class BackupMissing(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "There is no backup file at {path}.")


class BackupDamaged(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} is damaged or incomplete, so it cannot be restored. It was not "
        "changed; choose an earlier backup.",
    )


class BackupNewer(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The backup {path} was made by a newer version of minime-admin; update the app to "
        "restore it. The file was not changed.",
    )


class BackupWrongKey(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "That recovery key does not open the backup {path}. Check it against the recovery "
        "sheet of this database; the file was not changed.",
    )


class BackupKeyNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This computer's keychain does not hold the key of the backup {path}: type its "
        "recovery key (on the command line, add --recover).",
    )


class RestoreTargetExists(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} already exists and was left untouched. Restore to a new file, or add "
        "--replace to put the backup in its place (the current file is backed up first).",
    )


class RestoreCurrentUnreadable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The current database {path} could not be opened to back it up before it is "
        "replaced, so it was left untouched. Move it aside yourself, then restore to its place.",
    )


class RestoreTargetInUse(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is open in minime-admin (a window or a command), so it was left untouched. "
        "Close it there, then restore again.",
    )


class DatabaseBeingRestored(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database {path} is being restored from a backup just now. Open it again when "
        "the restore has finished.",
    )


class BackupOfServerDatabase(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A database on a PostgreSQL server is backed up on the server (pg_dump), not by "
        "minime-admin. Nothing was written.",
    )


# The team server (PostgreSQL, issue #18): {url} is the server's URL without any password.


class DatabaseUrlInvalid(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{url} is not a database server address the app can use. Write it as "
        "postgresql+psycopg://user@host/database.",
    )


class ServerUnreachable(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} cannot be reached: it may be switched off, or the "
        "network is down. Nothing was changed; try again later or ask whoever runs the server.",
    )


class ServerPasswordWrong(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} did not accept the password for this user. Nothing "
        "was changed; check the password and try again.",
    )


class ServerPasswordNeeded(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} needs a password: type it when asked, or set "
        "MINIME_ADMIN_DB_PASSWORD.",
    )


class ServerCertificateNotVerified(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database server at {url} could not prove who it is: its certificate does not "
        "verify with the CA file given. No data was sent; check the CA file and the server's "
        "name.",
    )


class ServerNoRights(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This user may not work in the database at {url}: the server refused access. "
        "Nothing was changed; ask whoever runs the server to grant the rights in "
        "docs/team-server.md.",
    )


class ServerDatabaseNotEmpty(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database at {url} already holds tables, so nothing was copied into it. Give "
        "the move an empty database.",
    )


class ServerCopyMismatch(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The copy on the server at {url} does not match the file (table {table}), so it was "
        "not kept. The file is unchanged.",
    )


class ServerDatabaseEmpty(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The database at {url} is empty. Set it up with: minime-admin --db URL init, or move "
        "an existing file there with: minime-admin migrate-to-server URL",
    )


class ServerConnectionLost(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database server at {url} broke off. What was being saved "
        "was not saved; try again once the server can be reached.",
    )


class AuditChainBrokenOnServer(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The audit log copied to {url} did not verify there, so the copy was not kept. The "
        "file is unchanged; run: minime-admin audit verify",
    )
