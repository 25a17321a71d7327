"""The request inbox page: table, filters, detail pane, intake dialogs."""

# Each name is imported when first asked for (PEP 562), so that importing one small module of
# this package (its labels, say) does not import its whole page: a start imports only what the
# inbox needs (#19.5).

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minime_admin.gui.inbox.page import InboxPage

__all__ = ["InboxPage"]
_WHERE = {
    "InboxPage": "minime_admin.gui.inbox.page",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
