"""The Shop data page and Settings › Shop (issue #12)."""

# Each name is imported when first asked for (PEP 562), so that importing one small module of
# this package (its labels, say) does not import its whole page: a start imports only what the
# inbox needs (#19.5).

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minime_admin.gui.shop.page import ShopDataPage
    from minime_admin.gui.shop.settings_box import ShopSettingsBox

__all__ = ["ShopDataPage", "ShopSettingsBox"]
_WHERE = {
    "ShopDataPage": "minime_admin.gui.shop.page",
    "ShopSettingsBox": "minime_admin.gui.shop.settings_box",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
