"""The request inbox page: table, filters, detail pane, intake dialogs."""

from minime_admin.gui.inbox.page import InboxPage

__all__ = ["InboxPage"]
