"""A user's role in words (staff, manager): the status bar, the sign-in and profile dialogs
and the audit log all say it the same way. Its own small module, so the dialogs of a start
need not import the audit page (#19.5)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minime_admin.domain.actor import Role


def role_label(role: str) -> str:
    labels: dict[str, str] = {
        Role.STAFF: QCoreApplication.translate("roles", "staff"),
        Role.MANAGER: QCoreApplication.translate("roles", "manager"),
    }
    return labels.get(role, role)
