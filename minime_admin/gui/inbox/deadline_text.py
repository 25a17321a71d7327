"""Words for dates and deadlines: "3 days left", and how a due date came about.

The rules live in domain.deadlines; this module only puts their result into sentences in
the UI language. Dates in sentences use the language's long format (QLocale), dates in
table cells the sortable ISO form.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from minime_admin.domain import deadlines
from minime_admin.domain.requests import OPEN_STATUSES, Status
from minime_admin.gui import language
from minime_admin.gui.formats import table_time
from minime_admin.gui.inbox.labels import day_reason_label

DUE_SOON_DAYS = 7  # due within a week: amber in the inbox
# lupdate reads the literal context and text of every translate("DeadlineText", ...) call.
translate = QCoreApplication.translate


def ui_locale() -> QLocale:
    return QLocale("lv_LV") if language.current_language() == "lv" else QLocale("en_GB")


def long_date(day: date) -> str:
    """Tuesday, 7 April 2026 / otrdiena, 2026. gada 7. aprīlis."""
    return ui_locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def shop_time_text(instant: datetime) -> str:
    """An instant as Riga wall-clock time: the day of receipt the deadline counts from."""
    return table_time(instant)


def is_singular(n: int) -> bool:
    """The form a count takes in the UI language: Latvian says "21 diena" but "11 dienas"."""
    if language.current_language() == "lv":
        return n % 10 == 1 and n % 100 != 11
    return n == 1


def days_left_text(days_left: int) -> str:
    # One source text per grammatical form: lupdate for Python cannot see numerus calls.
    if days_left == 0:
        return translate("DeadlineText", "due today")
    n = abs(days_left)
    if days_left > 0:
        one, many = (
            translate("DeadlineText", "{n} day left"),
            translate("DeadlineText", "{n} days left"),
        )
    else:
        one = translate("DeadlineText", "{n} day overdue")
        many = translate("DeadlineText", "{n} days overdue")
    return (one if is_singular(n) else many).format(n=n)


def urgency(status: Status, days_left: int) -> str:
    """'overdue', 'soon' or '' (closed requests are never urgent)."""
    if status not in OPEN_STATUSES:
        return ""
    if days_left < 0:
        return "overdue"
    return "soon" if days_left <= DUE_SOON_DAYS else ""


def explanation_lines(deadline: deadlines.Deadline) -> list[str]:
    """received → +1 month → clamped to the month's end → moved past weekends and holidays."""
    lines = [
        translate("DeadlineText", "Received {date}; the day of receipt is not counted.").format(
            date=long_date(deadline.received)
        )
    ]
    n, day = deadline.months, long_date(deadline.same_date)
    if deadline.clamped:
        one = translate(
            "DeadlineText", "{n} month later that day does not exist: the month's last day, {date}."
        )
        many = translate(
            "DeadlineText",
            "{n} months later that day does not exist: the month's last day, {date}.",
        )
    else:
        one = translate("DeadlineText", "{n} month later: {date}.")
        many = translate("DeadlineText", "{n} months later: {date}.")
    lines.append((one if is_singular(n) else many).format(n=n, date=day))
    for skipped in deadline.skipped:
        lines.append(
            translate(
                "DeadlineText", "{date} is not a working day ({reason}): moved to the next day."
            ).format(date=long_date(skipped.day), reason=day_reason_label(skipped.reason))
        )
    lines.append(translate("DeadlineText", "Due: {date}.").format(date=long_date(deadline.due)))
    return lines


def explanation(deadline: deadlines.Deadline) -> str:
    return "\n".join(explanation_lines(deadline))
