"""Art. 19: the changes a partner who received the data must be told of, and how it was told.

The app prepares the notices; a person sends them and records that they did, so a letter to
the customer names a recipient as told only where such a record exists.
"""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17(1)
    RESTRICTION = "restriction"  # Art. 18


class Method(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    PORTAL = "portal"  # the partner's own web portal or form
