"""What a breach's stored records say, in the UI's language.

The service keeps each timeline entry's detail and the record of how the affected list was
chosen as short machine-readable text ("aware 2026-11-24T04:00:00+00:00", "SE 2.5 (medium)",
"newsletter subscribers"): the register must read the same whatever language wrote it.
These functions read that text back and put it into words for the screen (issue #15.12);
a text of a shape they do not know (written by another version) is shown as it is.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from minime_admin.domain.breach import BreachEventKind, DviChannel, Level
from minime_admin.gui.breaches import labels
from minime_admin.gui.breaches.facts_form import fact_captions

# lupdate reads the literal context of every translate("BreachRecords", ...) call.
translate = QCoreApplication.translate
Kind = BreachEventKind

_OPENED = re.compile(r"aware (\S+)")
_CORRECTED = re.compile(r"(\S+) -> (\S+): (.*)", re.DOTALL)
_ASSESSED = re.compile(r"SE (\S+) \((\w+)\)")
_DECIDED = re.compile(r"DVI: (yes|no); people: (yes|no)")
_AFFECTED = re.compile(r"(\d+) customers: (.*)", re.DOTALL)
_SIGNED = re.compile(r"version (\d+)")
_SUBMITTED = re.compile(r"(\S+) (\S+)(?: DVI (.+))?", re.DOTALL)
_PERIOD = re.compile(r"(orders|visits) (.+) – (.+) Riga time, end not included")
_LIST = re.compile(
    r"list (.+): (\d+) e-mails, (\d+) order numbers(?:, (\d+) rows matched nobody)?", re.DOTALL
)


def _time(iso: str) -> str:
    return labels.long_time(datetime.fromisoformat(iso))


def _yes_no(word: str) -> str:
    return translate("BreachRecords", "yes") if word == "yes" else translate("BreachRecords", "no")


def _field(key: str) -> str:
    caption = fact_captions().get(key)
    if caption is None:
        return key
    return caption.replace("&", "").rstrip(":").strip()


def event_detail(kind: BreachEventKind, text: str) -> str:
    """The detail of one timeline entry in words; free text (a reason) stays as written."""
    try:
        return _event_detail(kind, text)
    except ValueError:  # a time or code of a shape this version does not know
        return text


def _event_detail(kind: BreachEventKind, text: str) -> str:
    if kind is Kind.OPENED and (found := _OPENED.fullmatch(text)):
        return translate("BreachRecords", "Aware since {time}.").format(time=_time(found[1]))
    if kind is Kind.AWARENESS_CORRECTED and (found := _CORRECTED.fullmatch(text)):
        return translate("BreachRecords", "From {before} to {after}. Reason: {reason}").format(
            before=_time(found[1]), after=_time(found[2]), reason=found[3]
        )
    if kind is Kind.ASSESSED and (found := _ASSESSED.fullmatch(text)):
        return translate("BreachRecords", "SE = {score}: {level}").format(
            score=found[1], level=labels.level_label(Level(found[2]))
        )
    if kind is Kind.DECIDED and (found := _DECIDED.fullmatch(text)):
        return translate(
            "BreachRecords", "Notify the DVI: {dvi}; tell the people: {people}."
        ).format(dvi=_yes_no(found[1]), people=_yes_no(found[2]))
    if kind is Kind.AFFECTED and (found := _AFFECTED.fullmatch(text)):
        return translate("BreachRecords", "Customers: {count} ({how}).").format(
            count=found[1], how=selection_words(found[2])
        )
    if kind is Kind.SIGNED_OFF and (found := _SIGNED.fullmatch(text)):
        return translate("BreachRecords", "Version {number} of the facts.").format(number=found[1])
    if kind is Kind.SIGNOFF_VOIDED and text in {k.value for k in Kind}:
        return translate("BreachRecords", "Changed after the sign-off: {change}.").format(
            change=labels.event_label(Kind(text))
        )
    if kind is Kind.NOTICE_PREPARED and text in ("lv", "en"):
        return (
            translate("BreachRecords", "In Latvian.")
            if text == "lv"
            else translate("BreachRecords", "In English.")
        )
    if kind is Kind.DVI_NOTIFIED and (found := _SUBMITTED.fullmatch(text)):
        channel, at = labels.channel_label(DviChannel(found[1])), _time(found[2])
        if found[3]:
            return translate(
                "BreachRecords", "Submitted {time} through {channel}; the DVI's reference: {ref}."
            ).format(time=at, channel=channel, ref=found[3])
        return translate("BreachRecords", "Submitted {time} through {channel}.").format(
            time=at, channel=channel
        )
    if kind is Kind.UPDATED and text:
        return translate("BreachRecords", "Changed: {fields}.").format(
            fields="; ".join(_field(key.strip()) for key in text.split(","))
        )
    return text


def selection_words(how: str) -> str:
    """How the affected customers were chosen (``breach_selection.Selection.how``); the
    English reads as the record itself, as `breach affected` prints it."""
    if how == "newsletter subscribers":
        return translate("BreachRecords", "newsletter subscribers")
    if found := _PERIOD.fullmatch(how):
        text = (
            translate("BreachRecords", "orders {start} – {end} Riga time, end not included")
            if found[1] == "orders"
            else translate("BreachRecords", "visits {start} – {end} Riga time, end not included")
        )
        return text.format(start=found[2], end=found[3])
    if found := _LIST.fullmatch(how):
        words = translate(
            "BreachRecords", "list {name}: {emails} e-mails, {numbers} order numbers"
        ).format(name=found[1], emails=found[2], numbers=found[3])
        if found[4]:
            words += translate("BreachRecords", ", {count} rows matched nobody").format(
                count=found[4]
            )
        return words
    return how
