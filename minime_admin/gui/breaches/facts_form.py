"""The facts of a breach (Art. 33(3), 33(5)), edited in one form and saved together.

Only the fields that really changed are sent to services.breaches.update_breach: a save
with nothing changed must not bump the version (and so void a sign-off) for nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, QTime, Signal, Slot
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
from minime_admin.gui.breaches import labels, safety
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
        # The number of people against the affected-customer list (#15.10): a warning with
        # both numbers, and the list's number one click away; the facts may rightly differ.
        self.people_warning = QLabel()
        self.people_warning.setWordWrap(True)
        self.use_listed_button, self.keep_button = QPushButton(), QPushButton()
        self.use_listed_button.clicked.connect(self.use_listed_number)
        self.keep_button.clicked.connect(self.keep_number)
        # (breach, people, listed) the worker kept after reading the warning: the warning
        # then shrinks to a note for this session; the manager still sees it at sign-off.
        self.kept: tuple[int, object, int] | None = None
        self.people_check = QWidget()
        check_row = QVBoxLayout(self.people_check)
        check_row.setContentsMargins(0, 0, 0, 0)
        check_row.addWidget(self.people_warning)
        answers = QHBoxLayout()
        answers.addWidget(self.use_listed_button)
        answers.addWidget(self.keep_button)
        answers.addStretch(1)
        check_row.addLayout(answers)
        self.people_check.hide()
        self.counts["people"].valueChanged.connect(self._check_people)
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
            if key == "people":
                left.addRow("", self.people_check)
        self.left = left
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
        self._check_people()
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
        same = self.detail is not None and self.detail.id == detail.id
        if not same:
            self.status.clear()  # "Saved." stays while the same breach is shown again
        # The same breach read again after another change (its affected list, a decision,
        # the language): what the worker typed and has not saved yet stays (#15.9).
        edits = self.changes() if same else {}
        self.detail = detail
        self._fill(detail.facts)
        self._fill(edits)
        # The delay reasons are asked for once the 72 hours have passed (Art. 33(1)).
        self.right.setRowVisible(
            self.texts["delay_reasons"], late or bool(detail.facts["delay_reasons"])
        )
        self._check_people()

    def _fill(self, facts: dict[str, object]) -> None:
        """Put these facts (all of them, or just some) into their fields."""
        for key, value in facts.items():
            if key in self.lines:
                self.lines[key].setText(str(value or ""))
            elif key in self.texts:
                self.texts[key].setPlainText(str(value or ""))
            elif key in self.when:
                if isinstance(value, datetime):
                    set_riga(self.when[key], value)
                else:
                    self.when[key].setDateTime(NOT_KNOWN)
            elif key in self.counts:
                self.counts[key].setValue(int(value) if isinstance(value, int) else UNKNOWN)
            elif key == "nature":
                chosen = set(str(value or "").split(","))
                for name, check in self.nature.items():
                    check.setChecked(name in chosen)
            elif key == "cross_border":
                self.cross_border.setChecked(bool(value))

    def discard(self) -> None:
        """Forget the unsaved edits: the fields as stored."""
        if self.detail is not None:
            self._fill(self.detail.facts)
            self._check_people()

    def mark_saved(self, changes: dict[str, object]) -> None:
        """The changes are stored: the form is clean before the breach is read again."""
        if self.detail is not None:
            self.detail = replace(self.detail, facts={**self.detail.facts, **changes})

    def changed_captions(self) -> list[str]:
        """The changed fields as their captions say (for the unsaved-changes question)."""
        names = []
        for key in self.changes():
            if key in self.captions:
                names.append(self.captions[key].text().replace("&", "").rstrip(":"))
            elif key == "cross_border":
                names.append(self.cross_border.text().replace("&", ""))
        return names

    def _people_numbers(self) -> tuple[int, object, int]:
        detail = self.detail
        listed = len(detail.affected) if detail is not None else 0
        return (detail.id if detail else 0), count_value(self.counts["people"]), listed

    @Slot()
    def _check_people(self) -> None:
        numbers = self._people_numbers()
        _breach, people, listed = numbers
        warning = safety.people_warning(people, listed)
        kept = bool(warning) and numbers == self.kept
        if kept:
            warning = safety.people_kept(people, listed)
        self.people_warning.setText(warning)
        self.people_warning.setStyleSheet(
            "" if kept else f"color: {labels.AMBER}; font-weight: bold;"
        )
        self.use_listed_button.setText(
            self.tr("Use the list's number: {listed}").format(listed=listed)
        )
        self.use_listed_button.setVisible(listed > 0)
        self.keep_button.setText(self.tr("&Keep the facts' number"))
        self.keep_button.setVisible(not kept and isinstance(people, int))
        self.people_check.setVisible(bool(warning))

    @Slot()
    def keep_number(self) -> None:
        """The worker confirms the facts' number (people who are not customers count too)."""
        self.kept = self._people_numbers()
        self._check_people()

    @Slot()
    def use_listed_number(self) -> None:
        """Correct the facts to the list's number (saved with the other facts)."""
        if self.detail is not None:
            self.counts["people"].setValue(len(self.detail.affected))
            self.counts["people"].setFocus()

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
        changes = self.checked_changes()
        if changes:
            self.save_requested.emit(changes)

    def checked_changes(self) -> dict[str, object] | None:
        """The changes to save, or None after saying why there is nothing to save."""
        changes = self.changes()
        if "title" in changes and not changes["title"]:
            self.say(self.tr("The title cannot be empty."), labels.RED)
            return None
        if not changes:
            self.say(self.tr("Nothing has changed."))
            return None
        return changes

    def say(self, text: str, colour: str = "") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};" if colour else "")
