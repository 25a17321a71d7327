"""The export and erasure wizards, the retention view, and where they open from."""

# Each name is imported when first asked for (PEP 562), so that importing one small module of
# this package (its labels, say) does not import its whole page: a start imports only what the
# inbox needs (#19.5).

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from minime_admin.gui.wizards.common import Subject
    from minime_admin.gui.wizards.erasure_wizard import ErasureWizard
    from minime_admin.gui.wizards.export_wizard import ExportWizard
    from minime_admin.gui.wizards.launcher import RetentionReminder, ToolsMenu, WizardLauncher
    from minime_admin.gui.wizards.retention_view import RetentionView

__all__ = [
    "ErasureWizard",
    "ExportWizard",
    "RetentionReminder",
    "RetentionView",
    "Subject",
    "ToolsMenu",
    "WizardLauncher",
]
_WHERE = {
    "ErasureWizard": "minime_admin.gui.wizards.erasure_wizard",
    "ExportWizard": "minime_admin.gui.wizards.export_wizard",
    "RetentionReminder": "minime_admin.gui.wizards.launcher",
    "RetentionView": "minime_admin.gui.wizards.retention_view",
    "Subject": "minime_admin.gui.wizards.common",
    "ToolsMenu": "minime_admin.gui.wizards.launcher",
    "WizardLauncher": "minime_admin.gui.wizards.launcher",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
