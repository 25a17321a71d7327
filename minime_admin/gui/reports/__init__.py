"""The Reports page (issue #20): request figures and charts, the Art. 30 register's editor
and the inspection pack dialog."""

# Each name is imported when first asked for (PEP 562), so that importing one small module of
# this package (its labels, say) does not import its whole page: a start imports only what the
# inbox needs (#19.5).

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minime_admin.gui.reports.page import ReportsPage

__all__ = ["ReportsPage"]
_WHERE = {
    "ReportsPage": "minime_admin.gui.reports.page",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
