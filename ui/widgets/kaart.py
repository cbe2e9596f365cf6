"""A summary card of the klantbeeld: a title, a few dense lines, one accent.

What belongs here: `Kaart`, the framed panel used for "Lopende toeslagen", "Openstaand", "Betalingsregeling",
"Signalen" and "Begeleiding" (UI.md wireframe). Content is rich text built by the view from formatted values;
the card itself knows nothing of the domain.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.resources import icon_pixmap

__all__ = ["Kaart"]


class Kaart(QFrame):
    def __init__(self, titel: str, icoon: str, kleur: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kaart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._titel = titel
        self.icoon_label = QLabel(self)
        self.icoon_label.setPixmap(icon_pixmap(icoon, kleur, 16, self.devicePixelRatioF()))
        self.icoon_label.setFixedSize(16, 16)
        self.titel_label = QLabel(titel, self)
        self.titel_label.setObjectName("kaartTitel")
        self.inhoud = QLabel(self)
        self.inhoud.setObjectName("kaartInhoud")
        self.inhoud.setTextFormat(Qt.TextFormat.RichText)
        self.inhoud.setWordWrap(True)
        self.inhoud.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.inhoud.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kop = QHBoxLayout()
        kop.setSpacing(6)
        kop.addWidget(self.icoon_label)
        kop.addWidget(self.titel_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        layout.addLayout(kop)
        layout.addWidget(self.inhoud, 1)
        self.setAccessibleName(titel)

    def zet_inhoud(self, html: str, voorlezen: str) -> None:
        """Set the card's body (rich text) and the plain text a screen reader announces."""
        self.inhoud.setText(html)
        self.inhoud.setAccessibleName(voorlezen)
        self.setAccessibleDescription(voorlezen)
