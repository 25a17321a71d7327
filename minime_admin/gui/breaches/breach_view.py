"""One breach: the 72-hour clock first, the sign-off state, then the facts, the assessment
and decisions, the people affected, the outputs and the timeline, one tab each.

The view shows a BreachDetail and says what the user asked for (signals); the page and
gui/breaches/actions.py call the services.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.breach import BreachEventKind
from minime_admin.gui.breaches import labels
from minime_admin.gui.breaches.affected_panel import AffectedPanel
from minime_admin.gui.breaches.facts_form import FactsForm
from minime_admin.gui.breaches.outputs_panel import OutputsPanel
from minime_admin.gui.style import GOOD_COLOUR, title_font
from minime_admin.services.breaches import BreachDetail

VOIDED = BreachEventKind.SIGNOFF_VOIDED


def _text(bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # people's words are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        label.setStyleSheet("font-weight: bold;")
    return label


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class BreachView(QWidget):
    assess_requested = Signal()
    decide_requested = Signal()
    signoff_requested = Signal()
    awareness_requested = Signal()  # correct the awareness time, with a reason
    void_requested = Signal()  # mark the breach registered in error, with a reason

    def __init__(
        self,
        facts: FactsForm,
        affected: AffectedPanel,
        outputs: OutputsPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.detail: BreachDetail | None = None
        self.now: datetime | None = None
        self.final_notice = False
        self.facts, self.affected, self.outputs = facts, affected, outputs

        self.title = QLabel()
        self.title.setFont(title_font(1.2))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clock = _text()
        self.clock.setFont(title_font(1.35))
        self.outer_limit = _text()
        small = QFont(self.outer_limit.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.outer_limit.setFont(small)
        self.awareness_button, self.void_button = QPushButton(), QPushButton()
        self.awareness_button.clicked.connect(self.awareness_requested)
        self.void_button.clicked.connect(self.void_requested)
        limit_row = QHBoxLayout()
        limit_row.addWidget(self.outer_limit, 1)
        limit_row.addWidget(self.awareness_button)
        limit_row.addWidget(self.void_button)
        self.signoff = _text(bold=True)
        self.signoff_button = QPushButton()
        self.signoff_button.clicked.connect(self.signoff_requested)
        signoff_row = QHBoxLayout()
        signoff_row.addWidget(self.signoff, 1)
        signoff_row.addWidget(self.signoff_button)

        # Assessment and decisions.
        self.severity_box, self.decisions_box = QGroupBox(), QGroupBox()
        self.severity_line, self.duty_line = _text(bold=True), _text()
        self.guidance = _text()
        self.assess_button = QPushButton()
        self.assess_button.clicked.connect(self.assess_requested)
        severity = QVBoxLayout(self.severity_box)
        for widget in (self.severity_line, self.duty_line, self.guidance):
            severity.addWidget(widget)
        severity.addWidget(self.assess_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.dvi_line, self.people_line, self.exceptions_line = _text(), _text(), _text()
        self.decide_button = QPushButton()
        self.decide_button.clicked.connect(self.decide_requested)
        decisions = QVBoxLayout(self.decisions_box)
        for widget in (self.dvi_line, self.people_line, self.exceptions_line):
            decisions.addWidget(widget)
        decisions.addWidget(self.decide_button, 0, Qt.AlignmentFlag.AlignLeft)
        assessment = QWidget()
        assessment_row = QHBoxLayout(assessment)
        assessment_row.addWidget(self.severity_box, 1, Qt.AlignmentFlag.AlignTop)
        assessment_row.addWidget(self.decisions_box, 1, Qt.AlignmentFlag.AlignTop)

        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(facts), "")
        self.tabs.addTab(_scrolled(assessment), "")
        self.tabs.addTab(_scrolled(affected), "")
        self.tabs.addTab(_scrolled(outputs), "")
        self.tabs.addTab(self.timeline, "")

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.clock)
        body.addLayout(limit_row)
        body.addLayout(signoff_row)
        body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("&Facts"),
                self.tr("&Assessment and decisions"),
                self.tr("Affected &customers"),
                self.tr("&Outputs"),
                self.tr("&Timeline"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.severity_box.setTitle(self.tr("Severity (ENISA 2013)"))
        self.decisions_box.setTitle(self.tr("Decisions, each with its reasoning"))
        self.assess_button.setText(self.tr("A&ssess severity…"))
        self.decide_button.setText(self.tr("&Record decisions…"))
        self.signoff_button.setText(self.tr("Sign o&ff…"))
        self.awareness_button.setText(self.tr("Correct a&wareness time…"))
        self.void_button.setText(self.tr("Registered in e&rror…"))
        self.guidance.setText(labels.guidance_sentence())
        if self.detail is not None and self.now is not None:
            self.show_detail(self.detail, self.now, self.final_notice)
        else:
            self.show_detail(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing a breach ------------------------------------------------------------------

    def show_detail(
        self, detail: BreachDetail | None, now: datetime | None = None, final_notice: bool = False
    ) -> None:
        same = detail is not None and self.detail is not None and detail.id == self.detail.id
        self.detail, self.now, self.final_notice = detail, now, final_notice
        self.body.setVisible(detail is not None)
        if detail is None or now is None:
            self.title.setText(self.tr("Select a breach to see it here, or open a new one."))
            return
        self.title.setText(f"{detail.reference} · {detail.facts['title']}")
        for button in (self.awareness_button, self.void_button, self.signoff_button):
            button.setEnabled(not detail.voided)  # nothing more is recorded on it
        self.tick(now)
        self._show_signoff(detail)
        self._show_assessment(detail)
        self._show_timeline(detail)
        self.facts.show_detail(detail, detail.clock.is_late(now))
        self.affected.show_detail(detail)
        self.outputs.show_detail(detail)
        if not same:
            self.tabs.setCurrentIndex(0)

    def tick(self, now: datetime) -> None:
        """Only the clock moves: called each minute by the page."""
        detail = self.detail
        if detail is None:
            return
        self.now = now
        self.clock.setText(labels.clock_sentence(detail, now, self.final_notice))
        colour = {"overdue": labels.RED, "soon": labels.AMBER}.get(
            labels.urgency(detail, now, self.final_notice), ""
        )
        self.clock.setStyleSheet(f"color: {colour};" if colour else "")
        self.outer_limit.setText(labels.outer_limit_sentence(detail))

    def _show_signoff(self, detail: BreachDetail) -> None:
        # Who voided it, and when: the newest "sign-off void" entry of the timeline.
        voided = [(at, actor) for at, actor, kind, _ in detail.events if kind is VOIDED]
        self.signoff.setText(
            labels.signoff_sentence(detail.signoff, voided[-1] if voided else None)
        )
        colour = {"valid": GOOD_COLOUR, "void": labels.RED}.get(
            labels.signoff_state(detail.signoff), labels.AMBER
        )
        self.signoff.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.signoff_button.setText(
            self.tr("Sign o&ff again…") if detail.signoff.voided_at else self.tr("Sign o&ff…")
        )
        self.signoff_button.setEnabled(not detail.signoff.valid)

    def _show_assessment(self, detail: BreachDetail) -> None:
        severity = detail.severity
        if severity is None:
            self.severity_line.setText(self.tr("Not assessed yet."))
            self.duty_line.clear()
        else:
            self.severity_line.setText(
                self.tr("SE = {dpc} × {ei} + {cb} = {score}: {level}").format(
                    dpc=severity.dpc,
                    ei=severity.ei.normalize(),
                    cb=severity.cb.normalize(),
                    score=severity.score.normalize(),
                    level=labels.level_label(severity.level),
                )
            )
            self.duty_line.setText(
                self.tr("Suggested duty: {duty}.").format(
                    duty=labels.duty_label(severity.suggested)
                )
            )
        facts = detail.facts
        yes, no = self.tr("yes"), self.tr("no")
        for line, key, text in (
            (self.dvi_line, "notify_dvi", self.tr("Notify the DVI: {answer}. {reason}")),
            (self.people_line, "notify_people", self.tr("Tell the people: {answer}. {reason}")),
        ):
            if facts[key] is None:
                line.setText(text.format(answer=self.tr("not decided yet"), reason=""))
            else:
                reason = str(facts[f"{key}_reason"] or "")
                exemption = str(facts.get(f"{key}_exemption") or "")  # the DVI's only
                if exemption:
                    reason += " " + self.tr(
                        "Why the DVI is not notified although the people are told: {reason}"
                    ).format(reason=exemption)
                line.setText(text.format(answer=yes if facts[key] else no, reason=reason))
        chosen = [k for k in str(facts["art34_exceptions"] or "").split(",") if k]
        self.exceptions_line.setText(
            self.tr("Art. 34(3) exceptions: {list}").format(
                list=", ".join(f"({k})" for k in chosen) if chosen else self.tr("none")
            )
        )

    def _show_timeline(self, detail: BreachDetail) -> None:
        self.timeline.clear()
        for at, actor, kind, text in reversed(detail.events):  # newest first
            line = f"{labels.short_time(at)} · {actor} · {labels.event_label(kind)}"
            if kind is VOIDED and text in set(BreachEventKind):
                # The change that voided it, stored as its kind: said in words, with who
                # made it in the line above (#15.9).
                text = self.tr("Voided by this change: {change}").format(
                    change=labels.event_label(BreachEventKind(text))
                )
            item = QListWidgetItem(f"{line}\n{text}" if text else line)
            if kind is VOIDED:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.timeline.addItem(item)
