"""Every text a window shows, and which of them give away a code or a missing tr().

``visible_texts(window)`` walks a window as a user sees it: labels, buttons, group boxes,
tabs, combo items, line-edit placeholders, tooltips, window titles, menus, and the header
and cell texts of every table, tree and list (the first rows of each). ``Findings`` then
says which of them are

- a code: the value of an Enum in minime_admin (``on_hold``, ``request.transition``) or a
  retention rule's key (``payment_transaction``);
- English left in the Latvian UI: equal to an English source of the Latvian catalogue whose
  Latvian differs (the widget showed it without translating it), also once its
  ``{placeholders}`` are filled in.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

import minime_admin
from minime_admin import translation as i18n

ROWS = 60  # the first rows of every table: codes show in every row alike
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
WORD = re.compile(r"[A-Za-z]{2,}")
TOKEN = re.compile(r"[\w.\-]+")
# English words that are no Latvian words: one of them in a Latvian sentence is English
# the app wrote itself (the test data's own texts are Latvian).
ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "with",
        "for",
        "is",
        "was",
        "by",
        "from",
        "version",
        "aware",
        "customers",
        "people",
        "yes",
        "changed",
        "data",
    ]
)


@dataclass(frozen=True)
class Seen:
    where: str  # which widget, for the failure message
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _name(widget: QWidget) -> str:
    owner = widget
    while owner.parentWidget() is not None and not owner.objectName():
        owner = owner.parentWidget()
        if type(owner).__module__.startswith("minime_admin"):
            break
    return f"{type(owner).__name__}/{type(widget).__name__}"


def _model_texts(model: QAbstractItemModel, where: str) -> Iterator[Seen]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount to itself: it has one
        columns = 1
    for column in range(columns):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield Seen(f"{where} header", value)

    def rows(parent: QModelIndex, depth: int) -> Iterator[Seen]:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield Seen(f"{where} cell", value)
            if depth < 3:
                yield from rows(model.index(row, 0, parent), depth + 1)

    yield from rows(QModelIndex(), 0)


def _menu_texts(menu: QMenu, where: str) -> Iterator[Seen]:
    yield Seen(where, menu.title())
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where)
        elif action.text():
            yield Seen(where, action.text())


def visible_texts(window: QWidget) -> list[Seen]:
    """The texts ``window`` and its visible children show now."""
    seen: list[Seen] = [Seen(type(window).__name__, window.windowTitle())]
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            if action.menu() is not None:
                yield_from = _menu_texts(action.menu(), "menu")
                seen.extend(yield_from)
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = _name(widget)
        if widget.toolTip():
            seen.append(Seen(f"{where} tooltip", _plain(widget.toolTip())))
        if isinstance(widget, QLabel):
            seen.append(Seen(where, _plain(widget.text())))
        elif isinstance(widget, QAbstractButton):
            seen.append(Seen(where, widget.text()))
        elif isinstance(widget, QGroupBox):
            seen.append(Seen(where, widget.title()))
        elif isinstance(widget, QTabWidget):
            seen.extend(Seen(where, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            seen.extend(Seen(f"{where} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            seen.append(Seen(f"{where} placeholder", widget.placeholderText()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            seen.extend(_model_texts(widget.model(), where))
    return [s for s in seen if s.text.strip()]


def enum_codes() -> frozenset[str]:
    """The value of every Enum defined in minime_admin, and every retention rule key."""
    from minime_admin.domain.retention import DEFAULT_RULES

    codes: set[str] = {rule.key for rule in DEFAULT_RULES}
    for module_info in pkgutil.walk_packages(minime_admin.__path__, "minime_admin."):
        if ".gui" in module_info.name or module_info.name.endswith("__main__"):
            continue
        if ".migrations" in module_info.name:
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Enum)
                and value.__module__ == module.__name__
            ):
                codes.update(str(member.value) for member in value if isinstance(member.value, str))
    return frozenset(codes)


def _demnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text).strip()


class Findings:
    """What to look for: the codes and the English sources the Latvian catalogue knows."""

    def __init__(self, allowed: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        self.codes = enum_codes()
        self.allowed = frozenset(allowed)
        self.names = tuple(names)  # proper names, English or not: left out of the check
        self.sources: set[str] = set()
        self.patterns: list[tuple[str, re.Pattern[str]]] = []
        messages = list(ET.parse(i18n.ts_path("lv")).getroot().iter("message"))
        # A source that is also Latvian for something ("No" is "from") proves nothing.
        latvian_texts = {_demnemonic(m.findtext("translation") or "") for m in messages}
        for message in messages:
            source = message.findtext("source") or ""
            translation = message.find("translation")
            latvian = (translation.text or "") if translation is not None else ""
            if not latvian or _demnemonic(latvian) == _demnemonic(source):
                continue  # the same in both languages: not a sign of anything
            if PLACEHOLDER.search(source):
                literal = max(PLACEHOLDER.split(source), key=len).strip()
                if len(WORD.findall(PLACEHOLDER.sub("", source))) >= 2 and len(literal) >= 6:
                    pattern = PLACEHOLDER.sub("\0", _demnemonic(source))
                    regex = ".+?".join(re.escape(part) for part in pattern.split("\0"))
                    self.patterns.append((literal, re.compile(regex, re.DOTALL)))
            elif _demnemonic(source) not in latvian_texts:
                self.sources.add(_demnemonic(source))

    def problem(self, text: str) -> str | None:
        """Why ``text`` must not be on a Latvian screen, or None."""
        for name in self.names:
            text = text.replace(name, "")
        for part in {text, *text.splitlines(), *re.split(r" · |\n", text)}:
            part = part.strip()
            if not part or part in self.allowed:
                continue
            if part in self.codes:
                return "a code"
            tokens = [t.strip(".-") for t in TOKEN.findall(part)]
            if any(t in self.codes for t in tokens if len(t) > 3):
                return "a code in the text"
            if any(t.lower() in ENGLISH for t in tokens):
                return "English words"
            plain = _demnemonic(part)
            if plain in self.sources:
                return "English (no tr())"
            for literal, regex in self.patterns:
                if literal in plain and regex.fullmatch(plain):
                    return "English (no tr())"
        return None

    def of(self, seen: Iterable[Seen]) -> list[str]:
        found = {f"{s} — {why}" for s in seen if (why := self.problem(s.text))}
        return sorted(found)
