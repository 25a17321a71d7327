"""Kept so services can say ``services.progress``; the definitions live one level down."""

from minime_admin.progress import Cancelled, Progress, report

__all__ = ["Cancelled", "Progress", "report"]
