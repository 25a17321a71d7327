"""The customer data viewer: find a person as you type, see everything held, act on it."""

from minime_admin.gui.customers.page import CustomersPage

__all__ = ["CustomersPage"]
