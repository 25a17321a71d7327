"""Text folding for matching: lower case, no diacritics (`Bērziņš` → `berzins`)."""

from __future__ import annotations

import re
import unicodedata


class _CombiningMarks(dict[int, int | None]):
    """A str.translate table that drops combining marks, filled in per code point as met
    (a table of every code point would take a second to build)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_WITHOUT_MARKS = _CombiningMarks()


def fold(text: str) -> str:
    if text.isascii():  # most of an address or e-mail: nothing to decompose
        return text.lower()  # casefold() and lower() agree on ASCII
    return unicodedata.normalize("NFKD", text.casefold()).translate(_WITHOUT_MARKS)


_NOT_DIGIT = re.compile(r"\D")


def digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)  # compiled once: every new customer's phone comes here


def normalise_phone(text: str) -> str:
    """+371 29 123 456, 0037129123456 and 29123456 all become 37129123456."""
    number = digits(text)
    if number.startswith("00"):
        number = number[2:]
    if len(number) == 8 and number[0] in "2345678":
        number = "371" + number
    return number


_EMAIL = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]{2,}$")


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip()))


def is_phone(text: str) -> bool:
    """An international or Latvian number of 8 to 15 digits, written any usual way."""
    if not re.fullmatch(r"\+?[\d\s\-().]+", text.strip()):
        return False
    return 8 <= len(normalise_phone(text)) <= 15
