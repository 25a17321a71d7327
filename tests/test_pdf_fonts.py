"""Every PDF the app makes embeds every font it references, and says when it was made
(#15.11): no stray Helvetica that a reader substitutes, no invariant 1 January 2000."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from test_letters import letter

from minime_admin.letters.engine import render_document, render_letter
from minime_admin.letters.model import AppendixTable, DocumentData, LetterKind
from minime_admin.letters.recovery_sheet import RecoverySheet, render_recovery_sheet

LANGUAGES = ("lv", "en")


def fonts_of(pdf: bytes) -> dict[str, bool]:
    """Base font name → embedded? for every font any page uses."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for reference in (fonts.get_object() if fonts else {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def created_on(pdf: bytes) -> str:
    return str(PdfReader(io.BytesIO(pdf)).metadata["/CreationDate"])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_embeds_its_fonts_and_is_dated(kind: LetterKind, language: str) -> None:
    data = letter(kind, language)
    table = AppendixTable("Pasūtījumi", ("Nr.", "Summa"), (("1001", "14,90 €"),), 0)
    pdf = render_letter(replace(data, appendix=(table,), draft=kind is LetterKind.ACKNOWLEDGMENT))
    fonts = fonts_of(pdf)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    assert created_on(pdf).startswith("D:20261124")


@pytest.mark.parametrize("language", LANGUAGES)
def test_documents_and_the_recovery_sheet_embed_their_fonts(language: str) -> None:
    document = DocumentData(
        language=language,
        letterhead=letter(LetterKind.ACKNOWLEDGMENT, language).letterhead,
        title="Paziņojums",
        reference="BR-2026-0003",
        date=date(2026, 11, 25),
        sections=(("Ģirts Ķēniņš-Žūriņa", (("Kas notika", "Dators nozagts"),)),),
        draft=True,
        draft_note="Trūkst: sekas",
    )
    sheet = RecoverySheet(
        recovery_key="ABCDE-" * 10 + "ABCDE",
        database_path="/tmp/minime.db",
        database_id="00" * 16,
        created_at=datetime(2026, 11, 25, 9, 30, tzinfo=UTC),
        language=language,
        company_name="SIA Mini Me",
    )
    for pdf in (render_document(document), render_recovery_sheet(sheet)):
        fonts = fonts_of(pdf)
        assert fonts and all(fonts.values()), fonts
        assert created_on(pdf).startswith("D:20261125")
