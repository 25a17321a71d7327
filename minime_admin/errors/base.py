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


class InvalidInput(KnownError):
    """Input a use case refuses; raise one of the subclasses below, each its own sentence."""

    source_text = QT_TRANSLATE_NOOP("errors", "That input cannot be used; nothing was changed.")


class ValueNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "A first name, last name or part of an address cannot be left empty; nothing was changed.",
    )


class LanguageInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The language must be lv (Latvian) or en (English); nothing was changed."
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


class TimeUnreadable(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{time} is not a date and time: write it as YYYY-MM-DDTHH:MM (Riga time). Nothing "
        "was recorded.",
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


__all__ = [
    "CRASH_NOT_REPORTED",
    "CRASH_REPORTED",
    "ERRORS_CONTEXT",
    "QT_TRANSLATE_NOOP",
    "ChangedMeanwhile",
    "FileNotRead",
    "FileNotWritten",
    "FileUnreadable",
    "HolidayNameNeeded",
    "InvalidInput",
    "KnownError",
    "LanguageInvalid",
    "MonthsOutOfRange",
    "NotFound",
    "TargetOutOfRange",
    "TimeUnreadable",
    "UnknownRetentionRule",
    "ValueNeeded",
]
