"""Verify a file: does it carry a manager's sign-off, and is it the file that was signed?

The page's "Verify a file…" button: the same check as `minime-admin breach verify FILE`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from minime_admin.errors import FileUnreadable
from minime_admin.gui.breaches import labels
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_message
from minime_admin.services import breach_outputs
from minime_admin.services.breach_outputs import Verification

translate = QCoreApplication.translate


def ask_file(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("BreachVerify", "Verify a file"),
        "",
        translate("BreachVerify", "PDF documents (*.pdf);;All files (*)"),
    )
    return path


def verify_file(
    parent: QWidget, jobs: Jobs, path: Path, shown: Callable[[QMessageBox], None]
) -> None:
    """Check ``path`` in the background; ``shown(box)`` gets the message box with the verdict."""

    def work(session: Session) -> Verification:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise FileUnreadable(name=path.name, detail=error.strerror or str(error)) from error
        return breach_outputs.verify_output(session, data)

    def done(result: Verification) -> None:
        trusted = result.genuine and result.current
        icon = QMessageBox.Icon.Information if trusted else QMessageBox.Icon.Warning
        title = translate("BreachVerify", "Verify a file")
        shown(show_message(parent, icon, title, verdict_text(path, result)))

    jobs.run(work, done, error_parent=parent)


def verdict_text(path: Path, result: Verification) -> str:
    if not result.signed:
        return translate(
            "BreachVerify",
            "{file} carries no minime-admin sign-off: it is a draft, or a file this app did "
            "not make.",
        ).format(file=path.name)
    when = result.signed_at or "?"
    with contextlib.suppress(ValueError):  # if not ISO 8601: shown as written in the file
        when = labels.long_time(datetime.fromisoformat(when))
    lines = [
        translate(
            "BreachVerify", "{file}: {kind} of breach {reference}, signed off by {name} at {time}."
        ).format(
            file=path.name,
            kind=result.kind or "?",
            reference=result.reference or "?",
            name=result.signer or "?",
            time=when,
        ),
        translate("BreachVerify", "Content: unchanged since it was signed.")
        if result.unchanged
        else translate("BreachVerify", "Content: CHANGED since it was signed."),
        translate("BreachVerify", "Signature: genuine, by a manager of this shop.")
        if result.genuine
        else translate("BreachVerify", "Signature: NOT genuine — do not rely on this file."),
    ]
    if not result.current:  # issue #13.13: signed before a later edit
        lines.append(
            translate(
                "BreachVerify",
                "NOT CURRENT: it was signed for version {signed} of the breach, which has been "
                "changed since (now version {now}); this file is no longer current.",
            ).format(signed=result.signed_version or "?", now=result.current_version or "?")
            if result.current_version is not None
            else translate("BreachVerify", "NOT CURRENT: this breach is not on this register.")
        )
    return "\n".join(lines)
