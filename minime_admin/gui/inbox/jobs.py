"""The inbox's background jobs are the shared ones (gui/jobs.py)."""

from minime_admin.gui.jobs import Jobs

__all__ = ["Jobs"]
