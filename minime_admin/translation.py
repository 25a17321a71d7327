"""Qt translations: ``i18n/minime_admin_lv.ts`` (source, edited) and ``.qm`` (compiled, loaded).

``python tools/translate.py`` updates the source from the code and compiles it (README,
Languages). English is the source language and needs no file.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from minime_admin import bundled

I18N_DIR = bundled.i18n_dir()
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
