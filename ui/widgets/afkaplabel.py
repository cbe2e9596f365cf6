"""A one-line label that ends in "…" when it does not fit (QLabel just cuts the text off mid-letter).

What belongs here: `AfkapLabel`. The full text stays the label's `text()` (and its accessible name and tooltip
are the caller's to set), so tests and screen readers read everything; only the painting is shortened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStyle, QStyleOption

__all__ = ["AfkapLabel"]


class AfkapLabel(QLabel):
    """A plain-text, single-line QLabel whose painted text is elided on the right to the width it gets."""

    def paintEvent(self, event: QPaintEvent) -> None:
        optie = QStyleOption()
        optie.initFrom(self)
        schilder = QPainter(self)
        try:
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, optie, schilder, self)
            vak = self.contentsRect()
            tekst = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, vak.width())
            uitlijning = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            schilder.setPen(self.palette().color(self.foregroundRole()))
            schilder.drawText(vak, int(uitlijning), tekst)
        finally:
            schilder.end()
