"""The ENISA (2013) severity assessment: SE = DPC × EI + CB, each criterion explained.

The score is worked out live by the pure domain function as the user chooses; OK stores it
(services.breaches.assess). Facts and sources: docs/legal.md §6. The result is shown
with the duty it suggests and, always, the sentence that the level is only guidance.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain import breach as rules
from minime_admin.gui.breaches import labels
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.style import error_label, fit_height, title_font

EI_VALUES = ("0.25", "0.5", "0.75", "1")
CB_ROWS = ("confidentiality", "integrity", "availability", "malicious")
WIDTH = 980


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class SeverityDialog(QDialog):
    submitted = Signal()

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.dpc_group, self.ei_group = QButtonGroup(self), QButtonGroup(self)
        self.dpc_buttons: dict[int, QRadioButton] = {}
        self.ei_buttons: dict[str, QRadioButton] = {}
        self.explanations: dict[str, QLabel] = {}

        self.dpc_box = QGroupBox()
        dpc_column = QVBoxLayout(self.dpc_box)
        for value in (1, 2, 3, 4):
            button = QRadioButton()
            self.dpc_group.addButton(button, value)
            self.dpc_buttons[value] = button
            self._add_option(dpc_column, button, f"dpc{value}")
        self.context_note = _wrapped()
        dpc_column.addWidget(self.context_note)
        dpc_column.addStretch(1)

        self.ei_box = QGroupBox()
        ei_column = QVBoxLayout(self.ei_box)
        for number, value in enumerate(EI_VALUES):
            button = QRadioButton()
            self.ei_group.addButton(button, number)
            self.ei_buttons[value] = button
            self._add_option(ei_column, button, f"ei{value}")
        ei_column.addStretch(1)

        self.cb_box = QGroupBox()
        cb_form = QFormLayout(self.cb_box)
        cb_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cb_combos: dict[str, QComboBox] = {}
        self.cb_captions: dict[str, QLabel] = {}
        for row in CB_ROWS:
            combo, caption = QComboBox(), QLabel()
            steps = rules.MALICE_STEPS if row == "malicious" else rules.CIRCUMSTANCE_STEPS
            for step in steps:
                combo.addItem("", str(step))
            caption.setBuddy(combo)
            self.cb_combos[row], self.cb_captions[row] = combo, caption
            cb_form.addRow(caption, combo)
            combo.currentIndexChanged.connect(self._recompute)

        self.score = QLabel()
        self.score.setFont(title_font(1.15))
        self.meaning, self.duty, self.extra = _wrapped(), _wrapped(), _wrapped()
        self.guidance = _wrapped()
        self.guidance.setStyleSheet("font-weight: bold;")
        self.error = error_label()
        result = QVBoxLayout()
        for widget in (self.score, self.meaning, self.duty, self.extra, self.guidance):
            result.addWidget(widget)

        grid = QGridLayout()
        grid.addWidget(self.dpc_box, 0, 0)
        grid.addWidget(self.ei_box, 0, 1)
        grid.addWidget(self.cb_box, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(result)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.dpc_group.idToggled.connect(self._recompute)
        self.ei_group.idToggled.connect(self._recompute)
        self.retranslate()

    def _add_option(self, column: QVBoxLayout, button: QRadioButton, key: str) -> None:
        explanation = _wrapped()
        explanation.setContentsMargins(24, 0, 0, 4)  # under the button's text, not its circle
        explanation.setBuddy(button)
        self.explanations[key] = explanation
        column.addWidget(button)
        column.addWidget(explanation)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Severity of {reference} (ENISA 2013)").format(reference=self.reference)
        )
        self.dpc_box.setTitle(self.tr("Data processing context (DPC): what kind of data"))
        dpc = {
            1: (self.tr("&1 — simple data"), self.tr(
                "Name, contact details, biographical data, education, family life, "
                "professional experience. Example: a supermarket's customer list."
            )),
            2: (self.tr("&2 — behavioural data"), self.tr(
                "Location, traffic data, preferences and habits; an order history. "
                "Example: a luxury-goods shop's customer list."
            )),
            3: (self.tr("&3 — financial data"), self.tr(
                "Income, transactions, bank statements, invoices, partial card data. "
                "Example: the delivery addresses of an adult shop (the context raises them)."
            )),
            4: (self.tr("&4 — sensitive data"), self.tr(
                "Health, political opinions, religion, sexual life or orientation. "
                "Example: full card details that allow payments."
            )),
        }  # fmt: skip
        for value, (title, text) in dpc.items():
            self.dpc_buttons[value].setText(title)
            self.explanations[f"dpc{value}"].setText(text)
        self.context_note.setText(
            self.tr(
                "Start from the most sensitive kind of data involved, then move the score for "
                "the context (it stays 1 to 4). Up: much data about the same person; a shop "
                "whose customer list itself says something (an online pharmacy rather than a "
                "stationery shop); vulnerable people such as minors. Down: data known to be "
                "wrong, data public before the breach, data revealing less than its kind "
                "suggests."
            )
        )
        self.ei_box.setTitle(self.tr("Ease of identification (EI)"))
        ei = {
            "0.25": (self.tr("Ne&gligible (× 0.25)"), self.tr(
                "Matching the data to a person is extremely difficult, though possible."
            )),
            "0.5": (self.tr("&Limited (× 0.5)"), self.tr(
                "Possible, but with difficulty: it needs data the recipient is unlikely to have."
            )),
            "0.75": (self.tr("&Significant (× 0.75)"), self.tr(
                "Relatively easy: e.g. an e-mail address or a customer number."
            )),
            "1": (self.tr("&Maximum (× 1)"), self.tr(
                "Directly identifying: names with addresses, personal codes, photos."
            )),
        }  # fmt: skip
        for value, (title, text) in ei.items():
            self.ei_buttons[value].setText(title)
            self.explanations[f"ei{value}"].setText(text)
        self.cb_box.setTitle(self.tr("Circumstances of the breach (CB): points added"))
        captions = {
            "confidentiality": self.tr("Loss of &confidentiality:"),
            "integrity": self.tr("Loss of &integrity:"),
            "availability": self.tr("Loss of &availability:"),
            "malicious": self.tr("Malicious i&ntent:"),
        }
        options = {
            "confidentiality": (
                self.tr("0 — exposed to a risk, no evidence of unlawful processing"),
                self.tr("+0.25 — disclosed to a known number of recipients"),
                self.tr("+0.5 — disclosed to an unknown number of recipients (e.g. published)"),
            ),
            "integrity": (
                self.tr("0 — altered, but no wrong or illegal use found (or recovered first)"),
                self.tr("+0.25 — altered and possibly misused, but recoverable"),
                self.tr("+0.5 — altered and possibly misused, not recoverable"),
            ),
            "availability": (
                self.tr("0 — recoverable without difficulty (copies, backups)"),
                self.tr(
                    "+0.25 — temporarily unavailable: recovery takes work, or people can "
                    "give the data again"
                ),
                self.tr("+0.5 — fully unavailable: no backup, cannot be obtained again"),
            ),
            "malicious": (
                self.tr("0 — an accident or an error"),
                self.tr("+0.5 — intentional: theft, hacking, sale, meant to harm"),
            ),
        }
        for row, combo in self.cb_combos.items():
            self.cb_captions[row].setText(captions[row])
            for index, text in enumerate(options[row]):
                combo.setItemText(index, text)
        self.extra.setText(
            self.tr(
                "Not in the score, but weigh them too: how many people are affected, and "
                "whether the data were unintelligible to others (e.g. properly encrypted, "
                "the key safe)."
            )
        )
        self.guidance.setText(labels.guidance_sentence())
        self._recompute()
        fit_height(self, WIDTH)  # wrapped explanations: the height follows the width

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ----------------------------------------------------------------------------

    def set_values(self, dpc: int, ei: str, circumstances: rules.Circumstances) -> None:
        self.dpc_buttons[dpc].setChecked(True)
        self.ei_buttons[str(Decimal(ei).normalize())].setChecked(True)
        for row, combo in self.cb_combos.items():
            wanted = Decimal(getattr(circumstances, row))
            for index in range(combo.count()):
                if Decimal(str(combo.itemData(index))) == wanted:
                    combo.setCurrentIndex(index)

    def chosen(self) -> tuple[int, str, rules.Circumstances] | None:
        """DPC, EI and the circumstances, or None while DPC or EI is not chosen yet."""
        dpc = self.dpc_group.checkedId()
        ei = next((v for v, b in self.ei_buttons.items() if b.isChecked()), None)
        if dpc < 1 or ei is None:
            return None
        parts = {row: Decimal(str(combo.currentData())) for row, combo in self.cb_combos.items()}
        return dpc, ei, rules.Circumstances(**parts)

    def severity(self) -> rules.Severity | None:
        chosen = self.chosen()
        return rules.assess(*chosen) if chosen else None

    @Slot()
    def _recompute(self) -> None:
        chosen, severity = self.chosen(), self.severity()
        if chosen is None or severity is None:
            self.score.setText(self.tr("Choose the DPC and the EI to see the score."))
            for label in (self.meaning, self.duty):
                label.clear()
            return
        dpc, ei, circumstances = chosen
        self.score.setText(
            self.tr("SE = {dpc} × {ei} + {cb} = {score}: {level}").format(
                dpc=dpc,
                ei=ei,
                cb=circumstances.total.normalize(),
                score=severity.score.normalize(),
                level=labels.level_label(severity.level),
            )
        )
        meanings = {
            rules.Level.LOW: self.tr(
                "Low: no effect on people, or a few inconveniences they overcome easily."
            ),
            rules.Level.MEDIUM: self.tr(
                "Medium: significant inconveniences, overcome with some difficulty."
            ),
            rules.Level.HIGH: self.tr(
                "High: significant consequences, overcome only with serious difficulty."
            ),
            rules.Level.VERY_HIGH: self.tr(
                "Very high: significant or even irreversible consequences."
            ),
        }
        self.meaning.setText(meanings[severity.level])
        self.duty.setText(
            self.tr("Suggested duty: {duty}.").format(duty=labels.duty_label(severity.suggested))
        )

    def accept(self) -> None:
        if self.chosen() is None:
            self.error.setText(self.tr("Choose a score for the DPC and for the EI."))
            self.error.show()
            return
        self.error.hide()
        self.submitted.emit()

    def done_ok(self) -> None:
        super().accept()
