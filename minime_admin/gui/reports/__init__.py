"""The Reports page (issue #20): request figures and charts, the Art. 30 register's editor
and the inspection pack dialog."""

from minime_admin.gui.reports.page import ReportsPage

__all__ = ["ReportsPage"]
