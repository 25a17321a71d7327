"""Words for the breach register: levels, duties, the 72-hour clock, the sign-off state.

The rules live in domain.breach and services.breaches; this module only puts their
results into the UI language. Times are always shown on the shop's clock (Europe/Riga).
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime

from minime_admin.domain.breach import BreachEventKind, Duty, DviChannel, Level
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.gui import language
from minime_admin.gui.formats import table_time
from minime_admin.gui.inbox.deadline_text import ui_locale
from minime_admin.gui.inbox.model import COLOURS
from minime_admin.services.breaches import BreachDetail, SignOffState

# lupdate reads the literal context of every translate("BreachLabels", ...) call.
translate = QCoreApplication.translate
SOON_HOURS = 24  # amber from here on, red once overdue
NATURES = ("confidentiality", "integrity", "availability")
AMBER = COLOURS["soon"][0].name()
RED = COLOURS["overdue"][0].name()
DRAFT_MARK = "MELNRAKSTS / DRAFT"  # the watermark's own words, the same in both languages


def riga(instant: datetime) -> datetime:
    return instant.astimezone(SHOP_ZONE)


def short_time(instant: datetime) -> str:
    """27.11.2026 14:30 / 27 Nov 2026, 14:30 on the shop's clock, for table cells."""
    return table_time(riga(instant))


def long_time(instant: datetime) -> str:
    """Friday 27 Nov 14:30 / piektdiena, 27. nov. 14:30: for sentences."""
    local = riga(instant)
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    pattern = "dddd, d. MMM HH:mm" if language.current_language() == "lv" else "dddd d MMM HH:mm"
    return ui_locale().toString(moment, pattern)


def level_label(level: Level) -> str:
    return {
        Level.LOW: translate("BreachLabels", "Low"),
        Level.MEDIUM: translate("BreachLabels", "Medium"),
        Level.HIGH: translate("BreachLabels", "High"),
        Level.VERY_HIGH: translate("BreachLabels", "Very high"),
    }[level]


def duty_label(duty: Duty) -> str:
    return {
        Duty.REGISTER_ONLY: translate(
            "BreachLabels", "document it in the register only (Art. 33(5))"
        ),
        Duty.NOTIFY_DVI: translate(
            "BreachLabels", "notify the Data State Inspectorate within 72 hours (Art. 33)"
        ),
        Duty.NOTIFY_DVI_AND_PEOPLE: translate(
            "BreachLabels",
            "notify the Data State Inspectorate (Art. 33) and tell the people affected (Art. 34)",
        ),
    }[duty]


def guidance_sentence() -> str:
    return translate(
        "BreachLabels",
        "The ENISA level is guidance, not a legal threshold: the decisions to notify the "
        "Data State Inspectorate and to tell the people affected are made by a person, each "
        "with its written reasoning.",
    )


def nature_label(nature: str) -> str:
    return {
        "confidentiality": translate("BreachLabels", "Confidentiality (data disclosed)"),
        "integrity": translate("BreachLabels", "Integrity (data altered)"),
        "availability": translate("BreachLabels", "Availability (data lost or unreachable)"),
    }.get(nature, nature)


def event_label(kind: BreachEventKind) -> str:
    return {
        BreachEventKind.OPENED: translate("BreachLabels", "opened"),
        BreachEventKind.UPDATED: translate("BreachLabels", "facts changed"),
        BreachEventKind.ASSESSED: translate("BreachLabels", "severity assessed"),
        BreachEventKind.DECIDED: translate("BreachLabels", "decisions recorded"),
        BreachEventKind.AFFECTED: translate("BreachLabels", "affected customers saved"),
        BreachEventKind.SIGNED_OFF: translate("BreachLabels", "signed off"),
        BreachEventKind.SIGNOFF_VOIDED: translate("BreachLabels", "sign-off void"),
        BreachEventKind.NOTICE_PREPARED: translate("BreachLabels", "DVI notice prepared"),
        BreachEventKind.DVI_NOTIFIED: translate("BreachLabels", "DVI notified"),
        BreachEventKind.AWARENESS_CORRECTED: translate("BreachLabels", "awareness time corrected"),
        BreachEventKind.VOIDED: translate("BreachLabels", "marked as registered in error"),
    }.get(kind, kind)


def signoff_state(state: SignOffState) -> str:
    """'valid', 'void' or 'none': the register's short form."""
    if state.valid:
        return "valid"
    return "none" if state.signed_at is None else "void"


def signoff_short(state: SignOffState) -> str:
    return {
        "valid": translate("BreachLabels", "valid"),
        "void": translate("BreachLabels", "void"),
        "none": translate("BreachLabels", "none"),
    }[signoff_state(state)]


def signoff_sentence(state: SignOffState, voided_by: tuple[datetime, str] | None = None) -> str:
    """The sign-off's state; a voided one says who voided it by a change, and when."""
    if state.valid and state.signed_at is not None:
        return translate("BreachLabels", "Signed off by {name} at {time}.").format(
            name=state.signer or "?", time=long_time(state.signed_at)
        )
    if state.voided_at is not None and voided_by is not None:
        return translate(
            "BreachLabels",
            "Sign-off void — changed after signing: {name} signed at {time}, {who} changed "
            "the breach at {changed}. A manager must sign it off again before anything "
            "final leaves.",
        ).format(
            name=state.signer or "?",
            time=long_time(state.signed_at or state.voided_at),
            who=voided_by[1],
            changed=long_time(voided_by[0]),
        )
    if state.voided_at is not None:
        return translate(
            "BreachLabels",
            "Sign-off void — changed after signing ({name} signed at {time}). A manager "
            "must sign it off again before anything final leaves.",
        ).format(name=state.signer or "?", time=long_time(state.signed_at or state.voided_at))
    if state.signed_at is not None:  # a damaged or forged signature row
        return translate("BreachLabels", "Sign-off not valid: its signature does not check out.")
    return translate(
        "BreachLabels",
        "Not signed off: outputs are drafts until a manager signs the breach off.",
    )


def decisions_short(facts: dict[str, object]) -> str:
    if facts.get("notify_dvi") is None:
        return translate("BreachLabels", "not decided")
    yes, no = translate("BreachLabels", "yes"), translate("BreachLabels", "no")
    return translate("BreachLabels", "DVI: {dvi} · people: {people}").format(
        dvi=yes if facts["notify_dvi"] else no, people=yes if facts["notify_people"] else no
    )


def severity_short(detail: BreachDetail) -> str:
    if detail.severity is None:
        return translate("BreachLabels", "not assessed")
    return f"{level_label(detail.severity.level)} ({detail.severity.score})"


# -- the clock ----------------------------------------------------------------------------


def urgency(detail: BreachDetail, now: datetime, final_notice: bool) -> str:
    """'overdue', 'soon' or '': a breach whose submission to the DVI is recorded
    (``final_notice``), where a person decided there is none to make, or registered in
    error, is never urgent. A notice only prepared (saved) still is."""
    if final_notice or detail.facts.get("notify_dvi") is False or detail.voided:
        return ""
    hours = detail.clock.hours_left(now)
    if hours < 0:
        return "overdue"
    return "soon" if hours < SOON_HOURS else ""


def hours_cell(detail: BreachDetail, now: datetime, final_notice: bool) -> str:
    """The register's 'hours left' cell: 41 h / overdue 8 h / notified / no DVI notice."""
    if detail.voided:
        return translate("BreachLabels", "registered in error")
    if final_notice:
        return translate("BreachLabels", "DVI notified")
    if detail.facts.get("notify_dvi") is False:
        return translate("BreachLabels", "no DVI notice")
    hours = detail.clock.hours_left(now)
    if -1 < hours < 0:
        return translate("BreachLabels", "overdue {minutes} min").format(
            minutes=math.floor(-hours * 60)
        )
    if hours < 0:
        return translate("BreachLabels", "overdue {hours} h").format(hours=math.floor(-hours))
    if hours < 1:
        return translate("BreachLabels", "{minutes} min").format(minutes=math.floor(hours * 60))
    return translate("BreachLabels", "{hours} h").format(hours=math.floor(hours))


def clock_sentence(detail: BreachDetail, now: datetime, final_notice: bool) -> str:
    """The breach page's headline: how long until the DVI must be told."""
    due = long_time(detail.clock.due_at)
    if detail.voided:
        return translate(
            "BreachLabels",
            "Registered in error: it stays on the register, and no DVI notice is counted.",
        )
    if final_notice and detail.notified is not None:
        return translate(
            "BreachLabels", "The DVI was notified {at} ({channel}); it was due {due}."
        ).format(
            at=long_time(detail.notified.submitted_at),
            channel=channel_label(detail.notified.channel),
            due=due,
        )
    if detail.facts.get("notify_dvi") is False:
        return translate(
            "BreachLabels",
            "Decided not to notify the DVI; the breach stays documented in the register.",
        )
    countdown = _countdown(detail, now, due)
    if detail.notice_prepared:  # saved is not sent: the clock runs until it is recorded
        return (
            translate(
                "BreachLabels",
                "The notice is prepared, not yet recorded as sent to the DVI.",
            )
            + " "
            + countdown
        )
    return countdown


def _countdown(detail: BreachDetail, now: datetime, due: str) -> str:
    hours = detail.clock.hours_left(now)
    if -1 < hours < 0:
        return translate(
            "BreachLabels", "Overdue by {minutes} min: the DVI notice was due {due}."
        ).format(minutes=math.floor(-hours * 60), due=due)
    if hours < 0:
        return translate(
            "BreachLabels", "Overdue by {hours} h: the DVI notice was due {due}."
        ).format(hours=math.floor(-hours), due=due)
    if hours < 1:
        return translate(
            "BreachLabels", "{minutes} min left until the DVI notice is due: {due}"
        ).format(minutes=math.floor(hours * 60), due=due)
    return translate("BreachLabels", "{hours} h left until the DVI notice is due: {due}").format(
        hours=math.floor(hours), due=due
    )


def outer_limit_sentence(detail: BreachDetail) -> str:
    return translate(
        "BreachLabels",
        "Aware since {aware}. Legal outer limit, 72 hours after awareness (Art. 33(1)): {limit}.",
    ).format(
        aware=long_time(detail.clock.aware_at), limit=long_time(detail.clock.legal_outer_limit)
    )


CHANNELS: dict[DviChannel, str] = {
    DviChannel.ONLINE_FORM: QT_TRANSLATE_NOOP("BreachLabels", "the DVI's online form"),
    DviChannel.EXCEL: QT_TRANSLATE_NOOP("BreachLabels", "the signed Excel form"),
    DviChannel.EMAIL: QT_TRANSLATE_NOOP("BreachLabels", "e-mail"),
}


def channel_label(channel: DviChannel) -> str:
    return translate("BreachLabels", CHANNELS[channel])
