"""What an export contains: the full Art. 15 copy, or the Art. 20 portability set.

Art. 20 covers data the person provided and data observed about them, where processing
rests on consent or a contract. Visit records are observed but processed on legitimate
interests; consent, cookie and disclosure records are the shop's own legal evidence; so
none of those belong to the portability set.
"""

from __future__ import annotations

from enum import StrEnum

from minime_admin.domain.categories import DataCategory

SCHEMA_VERSION = 1


class Scope(StrEnum):
    ACCESS = "access"  # Art. 15: everything held
    PORTABILITY = "portability"  # Art. 20
    CHOSEN = "chosen"  # categories picked by the worker


PORTABLE: frozenset[DataCategory] = frozenset(
    {
        DataCategory.PROFILE,
        DataCategory.ADDRESS,
        DataCategory.ACCOUNT,
        DataCategory.ORDER,
        DataCategory.PAYMENT,
        DataCategory.NEWSLETTER,
        DataCategory.REVIEW,
    }
)


def categories_for(
    scope: Scope, chosen: frozenset[DataCategory] = frozenset()
) -> list[DataCategory]:
    if scope is Scope.ACCESS:
        wanted: frozenset[DataCategory] = frozenset(DataCategory)
    elif scope is Scope.PORTABILITY:
        wanted = PORTABLE
    else:
        wanted = chosen
    return [category for category in DataCategory if category in wanted]
