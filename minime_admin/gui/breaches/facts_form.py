"""The facts of a breach (Art. 33(3), 33(5)), edited in one form and saved together.

Only the fields that really changed are sent to services.breaches.update_breach: a save
with nothing changed must not bump the version (and so void a sign-off) for nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.breach import TRANSLATED_FACTS
from minime_admin.gui.breaches import labels
from minime_admin.gui.breaches.new_breach_dialog import (
    UNKNOWN,
    count_box,
    count_value,
    riga_instant,
    set_riga,
)
from minime_admin.gui.inbox.deadline_text import ui_locale
from minime_admin.services.breaches import BreachDetail

# lupdate reads the literal context of every translate("FactsForm", ...) call.
translate = QCoreApplication.translate

TEXTS = (
    "description",
    "cause",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "advice",
    "delay_reasons",
)
LINES = ("title", "data_categories", "subject_categories", "contact_point")
# What customers read (letters, website notice) in English; the fields above are Latvian.
ENGLISH_LINES = ("data_categories_en",)
ENGLISH_TEXTS = tuple(f"{key}_en" for key in TRANSLATED_FACTS if f"{key}_en" not in ENGLISH_LINES)
WHEN = ("occurred_at", "ended_at")
COUNTS = ("people", "records")
NOT_KNOWN = QDateTime(QDate(2000, 1, 1), QTime(0, 0))  # the date edits' "not known"


def _minute(value: object) -> str:
    return labels.short_time(value) if isinstance(value, datetime) else ""


def fact_captions() -> dict[str, str]:
    """Each fact's caption (with its mnemonic), also used to name changed facts."""
    return {
        "title": translate("FactsForm", "T&itle:"),
        "nature": translate("FactsForm", "Nature:"),
        "occurred_at": translate("FactsForm", "Started (Riga):"),
        "ended_at": translate("FactsForm", "Ended (Riga):"),
        "people": translate("FactsForm", "Approx. &people:"),
        "records": translate("FactsForm", "Approx. &records:"),
        "data_categories": translate("FactsForm", "Categories of &data:"),
        "subject_categories": translate("FactsForm", "Categories of peop&le:"),
        "contact_point": translate("FactsForm", "Contact poi&nt:"),
        "description": translate("FactsForm", "&What happened:"),
        "cause": translate("FactsForm", "Ca&use:"),
        "consequences": translate("FactsForm", "Likely cons&equences:"),
        "measures_taken": translate("FactsForm", "&Measures taken:"),
        "measures_proposed": translate("FactsForm", "Measures proposed, incl. miti&gation:"),
        "advice": translate("FactsForm", "Advice to t&he people affected:"),
        "delay_reasons": translate(
            "FactsForm", "Reasons for the dela&y (notice later than 72 hours):"
        ),
        "data_categories_en": translate("FactsForm", "Categories of data (English):"),
        "description_en": translate("FactsForm", "What happened (English):"),
        "consequences_en": translate("FactsForm", "Likely consequences (English):"),
        "measures_taken_en": translate("FactsForm", "Measures taken (English):"),
        "measures_proposed_en": translate(
            "FactsForm", "Measures proposed, incl. mitigation (English):"
        ),
        "advice_en": translate("FactsForm", "Advice to the people affected (English):"),
        "cross_border": translate("FactsForm", "People in other EU Member States affected"),
    }


class FactsForm(QWidget):
    save_requested = Signal(dict)  # the changed fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: BreachDetail | None = None
        self.lines = {key: QLineEdit() for key in (*LINES, *ENGLISH_LINES)}
        self.texts = {key: QPlainTextEdit() for key in (*TEXTS, *ENGLISH_TEXTS)}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.when = {key: QDateTimeEdit() for key in WHEN}
        for edit in self.when.values():
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.setMinimumDateTime(NOT_KNOWN)
        self.counts: dict[str, QSpinBox] = {key: count_box() for key in COUNTS}
        self.nature = {key: QCheckBox() for key in labels.NATURES}
        self.cross_border = QCheckBox()
        self.captions: dict[str, QLabel] = {}

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, "title", self.lines["title"])
        nature = QVBoxLayout()
        nature.setSpacing(2)
        for box in self.nature.values():
            nature.addWidget(box)
        self._row(left, "nature", nature)
        for key in WHEN:
            self._row(left, key, self.when[key])
        for key in COUNTS:
            self._row(left, key, self.counts[key])
        for key in ("data_categories", "subject_categories", "contact_point"):
            self._row(left, key, self.lines[key])
        left.addRow("", self.cross_border)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # captions above boxes
        for key in TEXTS:
            self._row(right, key, self.texts[key])
        self.right = right
        # Letters and the website notice go out in each customer's language: the facts they
        # show are written in both (issue #13.12); an English letter never reads Latvian text.
        english = QFormLayout()
        english.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        english.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        english.setVerticalSpacing(6)
        self.english_intro = QLabel()
        self.english_intro.setWordWrap(True)
        english.addRow(self.english_intro)
        for key in (*ENGLISH_LINES, *ENGLISH_TEXTS):
            self._row(english, key, self.lines.get(key) or self.texts[key])
        self.tabs = QTabWidget()
        for form in (right, english):
            page = QWidget()
            column = QVBoxLayout(page)
            column.setContentsMargins(6, 6, 6, 6)
            column.addLayout(form)
            column.addStretch(1)
            self.tabs.addTab(page, "")

        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        left.setVerticalSpacing(6)  # nested layouts would inherit the 18 between columns
        right.setVerticalSpacing(6)
        column = QVBoxLayout()  # rows at the top, not spread over the column's height
        column.addLayout(left)
        column.addStretch(1)
        columns.addLayout(column, 1)
        columns.addWidget(self.tabs, 1)
        saving = QHBoxLayout()
        saving.addWidget(self.status, 1)
        saving.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(columns)
        layout.addLayout(saving)
        layout.addStretch(1)
        self.retranslate()

    def _row(self, form: QFormLayout, key: str, field: QWidget | QVBoxLayout) -> None:
        caption = QLabel()
        self.captions[key] = caption
        form.addRow(caption, field)
        if isinstance(field, QWidget):
            caption.setBuddy(field)

    def retranslate(self) -> None:
        captions = fact_captions()
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        for key, box in self.nature.items():
            box.setText(labels.nature_label(key))
        for edit in self.when.values():
            edit.setSpecialValueText(self.tr("not known"))
        for box in self.counts.values():
            box.setSpecialValueText(self.tr("not known"))
            box.setLocale(ui_locale())  # 1,300 / 1 300
        self.cross_border.setText(self.tr("People in other EU Member States affected"))
        self.lines["data_categories"].setPlaceholderText(
            self.tr("e.g. name, e-mail, delivery address, order history")
        )
        self.lines["subject_categories"].setPlaceholderText(self.tr("e.g. customers"))
        self.lines["contact_point"].setPlaceholderText(self.tr("e.g. dpo@minime.lv, +371 …"))
        self.save_button.setText(self.tr("&Save facts"))
        self.tabs.setTabText(0, self.tr("Facts (Latvian)"))
        self.tabs.setTabText(1, self.tr("For English letters"))
        self.english_intro.setText(
            self.tr(
                "Customers who chose English get their letter and the website notice in "
                "English, with these texts. A final English output is refused while a fact "
                "written in Latvian has no English text here."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing and reading ---------------------------------------------------------------

    def show_detail(self, detail: BreachDetail, late: bool) -> None:
        if self.detail is None or self.detail.id != detail.id:
            self.status.clear()  # "Saved." stays while the same breach is shown again
        self.detail = detail
        facts = detail.facts
        for key, line in self.lines.items():
            line.setText(str(facts[key] or ""))
        for key, text in self.texts.items():
            text.setPlainText(str(facts[key] or ""))
        for key, edit in self.when.items():
            value = facts[key]
            if isinstance(value, datetime):
                set_riga(edit, value)
            else:
                edit.setDateTime(NOT_KNOWN)
        for key, box in self.counts.items():
            value = facts[key]
            box.setValue(int(value) if isinstance(value, int) else UNKNOWN)
        chosen = set(str(facts["nature"] or "").split(","))
        for key, check in self.nature.items():
            check.setChecked(key in chosen)
        self.cross_border.setChecked(bool(facts["cross_border"]))
        # The delay reasons are asked for once the 72 hours have passed (Art. 33(1)).
        self.right.setRowVisible(self.texts["delay_reasons"], late or bool(facts["delay_reasons"]))

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {k: e.text().strip() for k, e in self.lines.items()}
        values.update({k: e.toPlainText().strip() for k, e in self.texts.items()})
        for key, edit in self.when.items():
            values[key] = None if edit.dateTime() == NOT_KNOWN else riga_instant(edit)
        values.update({k: count_value(box) for k, box in self.counts.items()})
        values["nature"] = ",".join(k for k, box in self.nature.items() if box.isChecked())
        values["cross_border"] = self.cross_border.isChecked()
        return values

    def changes(self) -> dict[str, object]:
        if self.detail is None:
            return {}
        facts, changed = self.detail.facts, {}
        for key, value in self.values().items():
            old = facts[key]
            if key in WHEN:
                if _minute(value) != _minute(old):
                    changed[key] = value
            elif key == "cross_border":
                if bool(value) != bool(old):
                    changed[key] = value
            elif (old or None) != (value or None) and not (old == 0 and value == 0):
                changed[key] = value
        return changed

    def save(self) -> None:
        changes = self.changes()
        if "title" in changes and not changes["title"]:
            self.say(self.tr("The title cannot be empty."), labels.RED)
            return
        if not changes:
            self.say(self.tr("Nothing has changed."))
            return
        self.save_requested.emit(changes)

    def say(self, text: str, colour: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
