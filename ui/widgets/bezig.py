"""A subtle busy indicator for a view: a thin moving bar and a short text, shown while its store work runs.

What belongs here: `BezigIndicator` (UI.md "store work runs in the background with a subtle busy indicator in
the view it belongs to"). It appears only after a short delay, so fast loads do not flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

__all__ = ["BezigIndicator"]


class BezigIndicator(QWidget):
    VERTRAGING_MS = 150

    def __init__(self, tekst: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bezigIndicator")
        self._actief = False
        self.balk = QProgressBar(self)
        self.balk.setRange(0, 0)  # indeterminate: moves without a percentage
        self.balk.setTextVisible(False)
        self.balk.setFixedHeight(4)
        self.balk.setFixedWidth(120)
        self.balk.setAccessibleName(tekst)
        self.label = QLabel(tekst, self)
        self.label.setObjectName("zacht")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.balk)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.VERTRAGING_MS)
        self._timer.timeout.connect(self._toon)
        self.setVisible(False)

    @property
    def actief(self) -> bool:
        return self._actief

    def zet_tekst(self, tekst: str) -> None:
        self.label.setText(tekst)
        self.balk.setAccessibleName(tekst)

    def zet_actief(self, actief: bool) -> None:
        self._actief = actief
        if actief:
            self._timer.start()
        else:
            self._timer.stop()
            self.setVisible(False)

    def _toon(self) -> None:
        if self._actief:
            self.setVisible(True)
