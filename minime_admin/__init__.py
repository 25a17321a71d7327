"""minime-admin: the privacy office of SIA Mini Me on one desktop app."""

__version__ = "0.1.0"
APP_NAME = "minime-admin"
