"""Installing and switching the UI language while the app runs.

Installing or removing a QTranslator makes Qt send every widget a LanguageChange event;
each view re-translates its texts in ``changeEvent``. Qt's own catalogue (qtbase) is
loaded too, for the texts of Qt's standard dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator

from minime_admin import translation as i18n

# Installed translators must stay referenced from Python, or they are garbage collected.
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def apply_language(language: str) -> None:
    """Make ``language`` ("lv" or "en") the UI language now."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a running QApplication")
    fresh: list[QTranslator] = []
    ours = i18n.load_translator(language)
    if ours is not None:
        fresh.append(ours)
        qt_own = QTranslator()
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", folder):  # optional: absent in some bundles
            fresh.append(qt_own)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    for translator in fresh:
        app.installTranslator(translator)
        _installed.append(translator)
    _current = language
    # Qt posts LanguageChange to each window; deliver now so the switch is one step.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
