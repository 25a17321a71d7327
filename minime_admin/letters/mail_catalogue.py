"""The e-mail that carries a letter: subject and cover text, in Latvian and English.

The letter itself is the attached PDF (its text is in catalogue.py); the cover only says
what is attached and how to answer, in the letter's language. Greeting and closing are the
letters' own (catalogue.STANDARD), so the e-mail reads as the PDF does.
"""

from __future__ import annotations

from dataclasses import dataclass

from minime_admin.letters.catalogue import LETTERS, STANDARD
from minime_admin.letters.model import LetterKind


@dataclass(frozen=True)
class Cover:
    subject: str
    body: str


SUBJECT = {
    "lv": "{subject} (atsauce {reference})",
    "en": "{subject} (reference {reference})",
}

BODY = {
    "lv": (
        "{greeting}\n\n"
        "Pielikumā PDF formātā ir mūsu vēstule “{title}” ({reference}).\n\n"
        "Ja Jums ir jautājumi, atbildiet uz šo e-pastu vai rakstiet uz {office}, norādot "
        "atsauci {reference}.\n\n"
        "{closing}\n{company}\n"
    ),
    "en": (
        "{greeting}\n\n"
        "Please find attached, as a PDF, our letter “{title}” ({reference}).\n\n"
        "If you have any questions, reply to this e-mail or write to {office}, quoting "
        "the reference {reference}.\n\n"
        "{closing}\n{company}\n"
    ),
}


def cover(
    kind: LetterKind, language: str, name: str, reference: str, office: str, company: str
) -> Cover:
    """The subject and cover text of the e-mail that carries a ``kind`` letter."""
    text = LETTERS[kind][language]
    standard = STANDARD[language]
    greeting = standard["greeting"].format(name=name) if name.strip() else _NAMELESS[language]
    subject = SUBJECT[language].format(subject=text.subject, reference=reference)
    body = BODY[language].format(
        greeting=greeting,
        title=text.title,
        reference=reference,
        office=office,
        closing=standard["closing"],
        company=company,
    )
    return Cover(subject, body)


# A request typed in without the person's name still gets a proper greeting.
_NAMELESS = {"lv": "Labdien!", "en": "Dear customer,"}

# The file name the attachment is offered under (the reference and kind only: no name).
ATTACHMENT_NAME = "{reference}-{kind}-{language}.pdf"
