"""Update the Latvian translation safely while several people work on the code.

    python tools/translate.py [--apply FILE.json ...] [--list-unfinished]

Under an exclusive lock (so two runs never overwrite each other's work): runs lupdate over
every .py file in the package (keeping finished translations, dropping vanished texts),
fills in translations from the given JSON files ({"context": {"source": "translation"}};
for %n plurals give a list of the Latvian forms), then compiles the .qm with lrelease.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "minime_admin_lv.ts"
QM = TS.with_suffix(".qm")
LOCK = Path("/tmp/minime-admin-translate.lock")
# No source locations in the .ts: line numbers would make every branch's update collide.
LUPDATE_OPTIONS = ("-no-obsolete", "-locations", "none", "-silent")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def apply(mapping: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            wanted = mapping.get(name, {}).get(source)
            if wanted is None:
                continue
            translation = message.find("translation")
            assert translation is not None
            for child in list(translation):
                translation.remove(child)
            if isinstance(wanted, list):
                translation.text = None
                for form in wanted:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished() -> list[str]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") == "unfinished"
                or not ((translation.text or "").strip() or list(translation))
            ):
                found.append(f"[{context.findtext('name')}] {message.findtext('source')!r}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--apply", type=Path, nargs="*", default=[])
    parser.add_argument("--list-unfinished", action="store_true")
    arguments = parser.parse_args()
    with LOCK.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        sources = sorted(str(p) for p in (ROOT / "minime_admin").rglob("*.py"))
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, *LUPDATE_OPTIONS, "-ts", str(TS)],
            check=True,
            cwd=ROOT,
        )
        filled = 0
        for path in arguments.apply:
            filled += apply(json.loads(path.read_text(encoding="utf-8")))
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], check=True, cwd=ROOT
        )
    left = unfinished()
    print(f"filled {filled}; unfinished {len(left)}")
    if arguments.list_unfinished:
        print("\n".join(left))


if __name__ == "__main__":
    main()
