"""A small bar chart drawn with QPainter: enough for counts per month or per band, and no
charting dependency (Qt Charts would add megabytes for three bar charts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[float] = []
        # A dashed red mark across each bar (None: none), e.g. the days that bar's requests
        # were allowed, and what the marks mean, said once in the corner.
        self.marks: list[float | None] = []
        self.marks_label = ""
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 200)

    def set_data(
        self,
        title: str,
        labels: list[str],
        values: list[float],
        marks: list[float | None] | None = None,
        marks_label: str = "",
    ) -> None:
        self.title, self.labels, self.values = title, labels, values
        self.marks, self.marks_label = list(marks or []), marks_label
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignLeft, self.title)
        left, top = 4 * metrics.horizontalAdvance("0") + 8, line + 8
        bottom = self.height() - line - 6
        width = self.width() - left - 8
        top_value = max([*self.values, *(m for m in self.marks if m is not None), 1]) * 1.1
        painter.setPen(QPen(self.palette().text().color()))
        painter.drawLine(left, bottom, left + width, bottom)
        painter.drawText(0, bottom - line // 2, left - 6, line, Qt.AlignmentFlag.AlignRight,
                         "0")  # fmt: skip
        painter.drawText(0, top - line // 2, left - 6, line, Qt.AlignmentFlag.AlignRight,
                         f"{top_value:.0f}")  # fmt: skip
        if not self.values:
            return
        slot = width / len(self.values)
        bar = QColor("#4e79a7")
        for index, (label, value) in enumerate(zip(self.labels, self.values, strict=True)):
            height = (bottom - top) * value / top_value
            x = left + index * slot + slot * 0.15
            painter.fillRect(QRectF(x, bottom - height, slot * 0.7, height), bar)
            painter.drawText(QRectF(left + index * slot, bottom + 2, slot, line),
                             Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
            if value:
                painter.drawText(QRectF(x, bottom - height - line, slot * 0.7, line),
                                 Qt.AlignmentFlag.AlignHCenter, f"{value:g}")  # fmt: skip
        pen = QPen(QColor("#d62728"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidth(2)
        for index, mark in enumerate(self.marks):
            if mark is None:
                continue
            y = round(bottom - (bottom - top) * mark / top_value)
            x = left + index * slot + slot * 0.1
            painter.setPen(pen)
            painter.drawLine(round(x), y, round(x + slot * 0.8), y)
        if self.marks_label and any(m is not None for m in self.marks):
            painter.setPen(QPen(QColor("#d62728")))
            painter.drawText(QRectF(left, 0, width, line), Qt.AlignmentFlag.AlignRight,
                             self.marks_label)  # fmt: skip
