"""The Latvian translation is complete, keeps every placeholder, and its .qm is current.

Update and compile after changing any user-visible text: ``python tools/translate.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from minime_admin import translation as i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "minime_admin"
TS = i18n.ts_path("lv")
QM = i18n.qm_path("lv")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%\d")
MNEMONIC = re.compile(r"&(?!&)\S")


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str  # the translation's type attribute: "" when finished

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def entries(ts_file: Path) -> list[Entry]:
    found = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            found.append(
                Entry(name, message.findtext("source") or "", texts, translation.get("type", ""))
            )
    return found


def qt_tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_latvian_entry_is_finished() -> None:
    found = entries(TS)
    assert len(found) > 50
    unfinished = [str(e) for e in found if e.kind or not all(t.strip() for t in e.translations)]
    assert not unfinished, "unfinished Latvian translations:\n" + "\n".join(unfinished)


def test_translations_keep_every_placeholder() -> None:
    wrong = []
    for entry in entries(TS):
        expected = Counter(PLACEHOLDER.findall(entry.source))
        for text in entry.translations:
            if Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{entry}: {text!r}")
    assert not wrong, "placeholders lost or added:\n" + "\n".join(wrong)


def test_translations_keep_keyboard_mnemonics() -> None:
    wrong = []
    for entry in entries(TS):
        wanted = len(MNEMONIC.findall(entry.source))
        wrong += [
            f"{entry}: {t!r}" for t in entry.translations if len(MNEMONIC.findall(t)) != wanted
        ]
    assert not wrong, "an & mnemonic lost or added:\n" + "\n".join(wrong)


def test_latvian_uses_its_letters() -> None:
    text = " ".join(t for entry in entries(TS) for t in entry.translations)
    for letter in "āēģīķļņšūž":
        assert letter in text.lower(), f"no {letter!r} anywhere: is this really Latvian?"


def test_ts_holds_every_text_in_the_code(tmp_path: Path) -> None:
    """A tr() added without running lupdate shows up here as an unfinished entry."""
    lupdate = qt_tool("pyside6-lupdate")
    copy = tmp_path / "copy.ts"  # only (context, source) pairs are compared, not locations
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [lupdate, *sources, "-no-obsolete", "-silent", "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    fresh = entries(copy)
    committed = {(e.context, e.source) for e in entries(TS)}
    missing = [str(e) for e in fresh if (e.context, e.source) not in committed]
    assert not missing, "texts in the code but not in the .ts (run lupdate):\n" + "\n".join(missing)
    stale = committed - {(e.context, e.source) for e in fresh}
    assert not stale, f"entries no longer in the code (run lupdate -no-obsolete): {stale}"


def test_committed_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [lrelease, "-silent", str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert QM.is_file(), f"{QM.name} is missing: run pyside6-lrelease"
    assert fresh.read_bytes() == QM.read_bytes(), f"{QM.name} is stale: run pyside6-lrelease"


def test_the_qm_loads_and_translates(qapp: object) -> None:
    translator = i18n.load_translator("lv")
    assert translator is not None
    assert translator.translate("MainWindow", "Customers") == "Klienti"
