"""The erasure plan as a tree: Erase / Anonymise / Retain, then the categories with their
counts, then (for what stays) the reason and until when. Counts are those of
``ErasurePlan.counts()``, so the tree and the service never disagree."""

from __future__ import annotations

import html
from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.erasure import Action, Decision, Reason
from minime_admin.gui.customers.labels import category_title, ui_locale
from minime_admin.gui.wizards import erasure_texts
from minime_admin.services.erasure import ErasurePlan

ORDER = (Action.ERASE, Action.ANONYMISE, Action.RETAIN)
SHOWN_LABELS = 8
RECORDS, UNTIL = 1, 2


class PlanTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("What"), self.tr("Records"), self.tr("Kept until")])
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RECORDS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UNTIL, QHeaderView.ResizeMode.ResizeToContents)
        self.tops: dict[Action, QTreeWidgetItem] = {}

    def show_plan(self, plan: ErasurePlan) -> None:
        self.clear()
        self.tops = {}
        counts = plan.counts()
        locale = ui_locale()
        for action in ORDER:
            per_category = counts[action.value]
            top = QTreeWidgetItem(
                [erasure_texts.action_label(action), locale.toString(sum(per_category.values()))]
            )
            font = top.font(0)
            font.setBold(True)
            for column in (0, RECORDS):
                top.setFont(column, font)
            top.setData(0, Qt.ItemDataRole.UserRole, action.value)
            self._align(top, sum(per_category.values()))
            self.addTopLevelItem(top)
            self.tops[action] = top
            for category in DataCategory:
                if category.value not in per_category:
                    continue
                child = QTreeWidgetItem(
                    [category_title(category), locale.toString(per_category[category.value])]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, category.value)
                self._align(child, per_category[category.value])
                top.addChild(child)
                if action is not Action.ERASE:
                    self._add_reasons(child, plan, action, category)
        self.expandAll()

    def _add_reasons(
        self, parent: QTreeWidgetItem, plan: ErasurePlan, action: Action, category: DataCategory
    ) -> None:
        records: Counter[Decision] = Counter()
        labels: dict[Decision, list[str]] = {}
        for group in plan.groups:
            if group.decision.action is action and group.category is category:
                records[group.decision] += len(group.ids)
                labels.setdefault(group.decision, []).extend(group.labels)
        locale = ui_locale()
        for decision, count in records.items():
            item = QTreeWidgetItem(
                [
                    erasure_texts.reason_title(decision.reason),
                    locale.toString(count),
                    erasure_texts.until_text(decision.until),
                ]
            )
            tip = erasure_texts.explanation(decision)
            shown = [x for x in labels[decision] if x != category.value][:SHOWN_LABELS]
            if shown:
                tip += (
                    "\n" + ", ".join(shown) + (" …" if len(labels[decision]) > len(shown) else "")
                )
            for column in range(3):
                item.setToolTip(column, tip)
            self._align(item, count)
            parent.addChild(item)

    @staticmethod
    def _align(item: QTreeWidgetItem, count: int) -> None:
        item.setTextAlignment(RECORDS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(RECORDS, Qt.ItemDataRole.UserRole, count)  # the number behind the text

    def count_of(self, action: Action, category: DataCategory | None = None) -> int:
        """The count a row shows: an action's total, or one category's under it."""
        top = self.tops[action]
        if category is None:
            return int(top.data(RECORDS, Qt.ItemDataRole.UserRole))
        for index in range(top.childCount()):
            child = top.child(index)
            if child.data(0, Qt.ItemDataRole.UserRole) == category.value:
                return int(child.data(RECORDS, Qt.ItemDataRole.UserRole))
        return 0


def reasons_html(plan: ErasurePlan) -> str:
    """Each reason something stays, once, in plain words with its basis and dates."""
    found: dict[Reason, tuple[Decision, set[date | None]]] = {}
    for group in plan.groups:
        decision = group.decision
        if decision.action is not Action.ERASE and decision.reason is not None:
            found.setdefault(decision.reason, (decision, set()))[1].add(decision.until)
    return "".join(
        f"<p><b>{html.escape(erasure_texts.reason_title(reason))}</b> — "
        f"{html.escape(erasure_texts.explanation(decision, sorted(untils, key=_day)))}</p>"
        for reason, (decision, untils) in sorted(
            found.items(), key=lambda item: list(Reason).index(item[0])
        )
    )


def _day(until: date | None) -> date:
    return until or date.max  # "while the reason lasts" after every date
