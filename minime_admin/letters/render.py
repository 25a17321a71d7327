"""Letters and documents to PDF, with ReportLab imported at the first one (#19.5).

ReportLab and the fonts take a noticeable part of a start; the app needs them only when it
makes a PDF. Callers import these two functions instead of ``letters.engine``, which does
the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minime_admin.letters.model import DocumentData, LetterData


def render_letter(letter: LetterData) -> bytes:
    from minime_admin.letters import engine

    return engine.render_letter(letter)


def render_document(document: DocumentData) -> bytes:
    from minime_admin.letters import engine

    return engine.render_document(document)
