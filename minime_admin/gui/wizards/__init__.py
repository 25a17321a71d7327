"""The export and erasure wizards, the retention view, and where they open from."""

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
