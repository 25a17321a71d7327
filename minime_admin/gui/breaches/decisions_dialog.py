"""The two decisions a person makes, each with its written reasoning (Art. 33, Art. 34).

Notify the Data State Inspectorate? Tell the people affected? The ENISA suggestion is shown
for reference only. The Art. 34(3) exceptions are a checklist; (c) means a public
communication instead of letters.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.breach import needs_dvi_exemption
from minime_admin.gui.breaches import labels
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.style import error_label, fit_height
from minime_admin.services.breaches import BreachDetail

EXCEPTIONS = ("a", "b", "c")
YES, NO = 1, 0
WIDTH = 680  # the Art. 34(3) check boxes do not wrap


class _Decision(QGroupBox):
    """Yes / No and the reasoning, which is required either way."""

    def __init__(self) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.yes, self.no = QRadioButton(), QRadioButton()
        self.group.addButton(self.yes, YES)
        self.group.addButton(self.no, NO)
        self.caption = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.caption.setBuddy(self.reason)
        choice = QHBoxLayout()
        choice.addWidget(self.yes)
        choice.addWidget(self.no)
        choice.addStretch(1)
        self.column = QVBoxLayout(self)
        self.column.addLayout(choice)
        self.column.addWidget(self.caption)
        self.column.addWidget(self.reason)

    def set(self, value: object, reason: str) -> None:
        if value is not None:
            (self.yes if value else self.no).setChecked(True)
        self.reason.setPlainText(reason)

    def value(self) -> bool | None:
        chosen = self.group.checkedId()
        return None if chosen < 0 else chosen == YES

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class DecisionsDialog(QDialog):
    submitted = Signal()

    def __init__(self, detail: BreachDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        facts = detail.facts
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.dvi = _Decision()
        exemption = str(facts["notify_dvi_exemption"] or "")
        self.dvi.set(facts["notify_dvi"], str(facts["notify_dvi_reason"] or ""))
        # Asked only when the people are told but the DVI is not (Art. 34 vs Art. 33).
        self.exemption_caption = QLabel()
        self.exemption_caption.setWordWrap(True)
        self.exemption = QPlainTextEdit(exemption)
        self.exemption.setTabChangesFocus(True)
        self.exemption.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.exemption_caption.setBuddy(self.exemption)
        self.dvi.column.addWidget(self.exemption_caption)
        self.dvi.column.addWidget(self.exemption)
        self.people = _Decision()
        self.people.set(facts["notify_people"], str(facts["notify_people_reason"] or ""))
        self.exceptions_caption = QLabel()
        self.exceptions_caption.setWordWrap(True)
        self.exceptions = {key: QCheckBox() for key in EXCEPTIONS}
        chosen = set(str(facts["art34_exceptions"] or "").split(","))
        self.people.column.addWidget(self.exceptions_caption)
        for key, box in self.exceptions.items():
            box.setChecked(key in chosen)
            self.people.column.addWidget(box)
        self.public_note = QLabel()
        self.public_note.setWordWrap(True)
        self.people.column.addWidget(self.public_note)
        self.exceptions["c"].toggled.connect(self.public_note.setVisible)
        for decision in (self.dvi, self.people):
            decision.group.idToggled.connect(self._show_exemption)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.dvi)
        layout.addWidget(self.people)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Decisions on {reference}").format(reference=self.detail.reference)
        )
        severity = self.detail.severity
        if severity is None:
            suggested = self.tr("The severity has not been assessed yet.")
        else:
            suggested = self.tr(
                "The ENISA level is {level} ({score}); it suggests: {duty}."
            ).format(
                level=labels.level_label(severity.level),
                score=severity.score,
                duty=labels.duty_label(severity.suggested),
            )
        self.suggestion.setText(f"{suggested} {labels.guidance_sentence()}")
        self.dvi.setTitle(self.tr("Notify the Data State Inspectorate (Art. 33)?"))
        self.people.setTitle(self.tr("Tell the people affected (Art. 34)?"))
        for decision in (self.dvi, self.people):
            decision.yes.setText(self.tr("Yes"))
            decision.no.setText(self.tr("No"))
        self.dvi.caption.setText(self.tr("&Reasoning (required, kept on the record):"))
        self.people.caption.setText(self.tr("R&easoning (required, kept on the record):"))
        self.exceptions_caption.setText(
            self.tr("Art. 34(3): the people need not be told if any of these holds:")
        )
        texts = {
            "a": self.tr(
                "(a) the data were unintelligible to others (e.g. encrypted, the key safe)"
            ),
            "b": self.tr("(b) measures taken since make the high risk no longer likely"),
            "c": self.tr("(c) telling each person would take disproportionate effort"),
        }
        for key, box in self.exceptions.items():
            box.setText(texts[key])
        self.public_note.setText(
            self.tr(
                "With (c) a public communication is required instead: publish the website notice."
            )
        )
        self.public_note.setStyleSheet(f"color: {labels.AMBER}; font-weight: bold;")
        self.public_note.setVisible(self.exceptions["c"].isChecked())
        self.exemption_caption.setText(
            self.tr(
                "&Legal reason why the DVI is not notified although the people are told "
                "(required: telling them means a high risk, not notifying means no risk):"
            )
        )
        self._show_exemption()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def needs_exemption(self) -> bool:
        return needs_dvi_exemption(self.dvi.value() is True, self.people.value() is True)

    def exemption_text(self) -> str:
        return self.exemption.toPlainText().strip() if self.needs_exemption() else ""

    def _show_exemption(self) -> None:
        shown = self.needs_exemption()
        self.exemption_caption.setVisible(shown)
        self.exemption.setVisible(shown)
        fit_height(self, WIDTH)

    def exceptions_text(self) -> str:
        return ",".join(key for key, box in self.exceptions.items() if box.isChecked())

    def accept(self) -> None:
        missing = [d for d in (self.dvi, self.people) if d.value() is None or not d.text()]
        if missing:
            self.error.setText(
                self.tr("Each decision needs its answer, yes or no, and its reasoning in writing.")
            )
            self.error.show()
            missing[0].reason.setFocus(Qt.FocusReason.OtherFocusReason)
            fit_height(self, WIDTH)
            return
        if self.needs_exemption() and not self.exemption_text():
            self.error.setText(
                self.tr(
                    "Telling the people means a high risk (Art. 34), yet not notifying the DVI "
                    "means no risk (Art. 33): write the legal reason why the DVI is not notified."
                )
            )
            self.error.show()
            self.exemption.setFocus(Qt.FocusReason.OtherFocusReason)
            fit_height(self, WIDTH)
            return
        self.error.hide()
        self.submitted.emit()

    def done_ok(self) -> None:
        super().accept()
