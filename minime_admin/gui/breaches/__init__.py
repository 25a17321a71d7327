"""The breach register and composer: clock, severity, decisions, sign-off, outputs."""

from minime_admin.gui.breaches.page import BreachesPage

__all__ = ["BreachesPage"]
