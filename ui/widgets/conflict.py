"""The side-by-side conflict panel: what a colleague saved first, shown next to the user's own (kept) input.

What belongs here: `ConflictPaneel`, the framed group a form dialog shows on a `Conflict` (optimistic locking):
who changed the record, the record as it is now (read-only rows the dialog adds), and two choices — take the
colleague's version, or knowingly save/do one's own again with the new version number. The dialog owns the
behaviour (what "take over" and "do mine" mean); this widget is only the shared look, so every dialog shows a
conflict the same way (UI.md "a save conflict shows the colleague's change side by side").
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["ConflictPaneel"]


class ConflictPaneel(QGroupBox):
    """A group box titled with whose version it is, a sentence, read-only rows and the two choice buttons.

    Attributes:
        wie: the sentence saying who changed it and that the user's input is kept.
        overnemen_knop: take the colleague's version (the dialog connects it).
        overschrijven_knop: save / carry out the user's own input again, knowingly.
    """

    def __init__(self, titel: str, overnemen: str, overschrijven: str, parent: QWidget | None = None) -> None:
        super().__init__(titel, parent)
        self.setObjectName("conflict")
        self.wie = QLabel(self)
        self.wie.setWordWrap(True)
        self.formulier = QFormLayout()
        self.overnemen_knop = QPushButton(overnemen, self)
        self.overschrijven_knop = QPushButton(overschrijven, self)
        knoppen = QHBoxLayout()
        knoppen.addWidget(self.overnemen_knop)
        knoppen.addWidget(self.overschrijven_knop)
        knoppen.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.wie)
        layout.addLayout(self.formulier)
        layout.addLayout(knoppen)
        self.hide()

    def voeg_toe(self, label: str, veld: QWidget) -> None:
        """Add one read-only row of the colleague's version."""
        self.formulier.addRow(label, veld)

    def zet_wie(self, tekst: str) -> None:
        self.wie.setText(tekst)

    def zet_bezig(self, bezig: bool) -> None:
        self.overnemen_knop.setEnabled(not bezig)
        self.overschrijven_knop.setEnabled(not bezig)
