"""The banner a view shows for errors and notices: a plain Dutch sentence, a status icon, and a retry.

What belongs here: `MeldingBalk`, the in-view message bar (UI.md "Errors appear as a banner in the view with a
plain Dutch sentence and a retry; details go to the log"). Never a traceback, never a modal dialog for a store
error.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.palet import Kleuren, Status
from ui.resources import icon, icon_pixmap
from ui.weergave import STATUS_ICOON

__all__ = ["MeldingBalk"]


class MeldingBalk(QFrame):
    """A one-line (wrapping) message bar with an optional action button.

    Signals:
        opnieuw_gevraagd: the user pressed the action ("Opnieuw proberen").
    """

    opnieuw_gevraagd = Signal()

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kleuren = kleuren
        self.setObjectName("meldingBalk")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.icoon_label = QLabel(self)
        self.icoon_label.setFixedSize(20, 20)
        self.tekst_label = QLabel(self)
        self.tekst_label.setWordWrap(True)
        self.tekst_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tekst_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tekst_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.actie_knop = QPushButton(self.tr("&Opnieuw proberen"), self)
        self.actie_knop.setIcon(icon("vernieuwen", kleuren.accent))
        self.actie_knop.clicked.connect(self.opnieuw_gevraagd)
        self.sluit_knop = QPushButton(self)
        self.sluit_knop.setIcon(icon("sluiten", kleuren.tekst_zacht))
        self.sluit_knop.setFlat(True)
        self.sluit_knop.setAccessibleName(self.tr("Melding sluiten"))
        self.sluit_knop.setToolTip(self.tr("Melding sluiten"))
        self.sluit_knop.clicked.connect(self.verberg)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icoon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.tekst_label, 1)
        layout.addWidget(self.actie_knop, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.sluit_knop, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def tekst(self) -> str:
        return self.tekst_label.text()

    def toon(self, status: Status, tekst: str, *, opnieuw: bool = False, actie: str | None = None) -> None:
        """Show a message; with `opnieuw` the action button (default "Opnieuw proberen") is offered."""
        self.setProperty("status", status.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.icoon_label.setPixmap(
            icon_pixmap(STATUS_ICOON[status], self._kleuren.status(status), 20, self.devicePixelRatioF())
        )
        self.icoon_label.setAccessibleName(
            {
                Status.URGENT: self.tr("Fout"),
                Status.AANDACHT: self.tr("Let op"),
                Status.OK: self.tr("Gelukt"),
                Status.INFO: self.tr("Informatie"),
            }[status]
        )
        self.tekst_label.setText(tekst)
        self.setAccessibleName(tekst)
        self.actie_knop.setText(actie or self.tr("&Opnieuw proberen"))
        self.actie_knop.setVisible(opnieuw)
        self.show()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def toon_fout(self, tekst: str, *, opnieuw: bool = True) -> None:
        self.toon(Status.URGENT, tekst, opnieuw=opnieuw)

    def verberg(self) -> None:
        self.hide()
