"""The Shop data page and Settings › Shop (issue #12)."""

from minime_admin.gui.shop.page import ShopDataPage
from minime_admin.gui.shop.settings_box import ShopSettingsBox

__all__ = ["ShopDataPage", "ShopSettingsBox"]
