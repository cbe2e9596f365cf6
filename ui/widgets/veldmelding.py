"""A validation message shown next to the field it belongs to, in plain Dutch.

What belongs here: `VeldMelding`, the small label under a form field that shows what is wrong with the input
(with an icon, so colour is never the only cue) and marks the field (`fout` property for the stylesheet and
the field's accessible description), and `eerste_hoofdletter()` to turn a `Validatiefout.melding` into a
sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.palet import Kleuren
from ui.resources import icon_pixmap

__all__ = ["VeldMelding", "eerste_hoofdletter"]


def eerste_hoofdletter(melding: str) -> str:
    tekst = melding.strip()
    if not tekst:
        return tekst
    tekst = tekst[0].upper() + tekst[1:]
    return tekst if tekst.endswith((".", "?", "!")) else tekst + "."


class VeldMelding(QWidget):
    def __init__(self, veld: QWidget, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._veld = veld
        self._kleuren = kleuren
        self._beschrijving = veld.accessibleDescription()
        self.icoon = QLabel(self)
        self.icoon.setFixedSize(16, 16)
        self.label = QLabel(self)
        self.label.setObjectName("veldMelding")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icoon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    @property
    def tekst(self) -> str:
        return "" if self.isHidden() else self.label.text()

    def toon(self, melding: str) -> None:
        tekst = eerste_hoofdletter(melding)
        self.icoon.setPixmap(icon_pixmap("fout", self._kleuren.urgent, 16, self.devicePixelRatioF()))
        self.label.setText(tekst)
        self._veld.setProperty("fout", True)
        self._veld.setAccessibleDescription(tekst)
        self._herpolijst()
        self.show()

    def verberg(self) -> None:
        if self.isHidden():
            return
        self.label.clear()
        self._veld.setProperty("fout", False)
        self._veld.setAccessibleDescription(self._beschrijving)
        self._herpolijst()
        self.hide()

    def _herpolijst(self) -> None:
        stijl = self._veld.style()
        stijl.unpolish(self._veld)
        stijl.polish(self._veld)
