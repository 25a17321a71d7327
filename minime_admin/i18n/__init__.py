"""Qt translations: ``minime_admin_lv.ts`` (source, edited) and ``.qm`` (compiled, loaded).

Update the sources from the code, then compile (from the repository root):
    pyside6-lupdate $(find minime_admin -name '*.py') -no-obsolete \
        -ts minime_admin/i18n/minime_admin_lv.ts
    pyside6-lrelease minime_admin/i18n/minime_admin_lv.ts -qm minime_admin/i18n/minime_admin_lv.qm
English is the source language and needs no file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

I18N_DIR = Path(__file__).parent
LANGUAGES = ("lv", "en")
LANGUAGE_VARIABLE = "MINIME_ADMIN_LANG"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"minime_admin_{language}.qm"


def ts_path(language: str) -> Path:
    return I18N_DIR / f"minime_admin_{language}.ts"


def load_translator(language: str) -> QTranslator | None:
    """A loaded translator, or None for English (the source language)."""
    if language == "en":
        return None
    translator = QTranslator()
    if not translator.load(str(qm_path(language))):
        raise FileNotFoundError(qm_path(language))
    return translator


def system_language() -> str:
    """Latvian on a Latvian system, English elsewhere; MINIME_ADMIN_LANG overrides."""
    chosen = os.environ.get(LANGUAGE_VARIABLE, "")
    if chosen in LANGUAGES:
        return chosen
    return "lv" if QLocale.system().language() == QLocale.Language.Latvian else "en"
