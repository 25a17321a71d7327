"""Which customer a new request is from: a sure match is shown, several candidates chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from minime_admin.gui.inbox.labels import matched_by_label
from minime_admin.services.customer_match import Candidate, Match


class CustomerChoice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.match: Match | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.combo)
        self.set_match(None)

    @staticmethod
    def describe(candidate: Candidate) -> str:
        email = f" <{candidate.email}>" if candidate.email else ""
        return f"{candidate.name}{email}, {matched_by_label(candidate.matched_by)}"

    def set_match(self, match: Match | None, searching: bool = False) -> None:
        self.match = match
        self.combo.clear()
        if searching:
            self.summary.setText(self.tr("Looking for the customer…"))
            self.combo.hide()
            return
        if match is None or not match.candidates:
            self.summary.setText(
                self.tr("No customer matches yet; the request can be linked later.")
            )
            self.combo.hide()
            return
        if match.customer_id is not None:
            # The services link a sure match themselves: nothing to choose.
            (only,) = match.candidates
            self.summary.setText(
                self.tr("Customer no. {id}: {who}").format(
                    id=only.customer_id, who=self.describe(only)
                )
            )
            self.combo.hide()
            return
        self.summary.setText(self.tr("Several customers fit. Choose the right one, or none:"))
        self.combo.addItem(self.tr("None of them"), None)
        for candidate in match.candidates:
            self.combo.addItem(
                self.tr("no. {id}: {who}").format(
                    id=candidate.customer_id, who=self.describe(candidate)
                ),
                candidate.customer_id,
            )
        self.combo.show()

    def chosen_id(self) -> int | None:
        if self.match is None:
            return None
        if self.match.customer_id is not None:
            return self.match.customer_id
        data = self.combo.currentData()
        return int(data) if data is not None else None
