"""minime-admin: the privacy office of SIA Mini Me on one desktop app."""

from minime_admin.version import app_version

# The one version is pyproject.toml's; see version.py for where each kind of install reads it.
__version__ = app_version()
APP_NAME = "minime-admin"
