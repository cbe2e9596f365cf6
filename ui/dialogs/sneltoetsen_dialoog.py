"""The keyboard map (F1): every shortcut of the workstation on one page.

What belongs here: `SneltoetsenDialoog`, a read-only list built from the same key sequences the actions use, in
the platform's notation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

__all__ = ["SneltoetsenDialoog"]


def _toets(reeks: QKeySequence | QKeySequence.StandardKey | str) -> str:
    sequentie = reeks if isinstance(reeks, QKeySequence) else QKeySequence(reeks)
    return sequentie.toString(QKeySequence.SequenceFormat.NativeText)


class SneltoetsenDialoog(QDialog):
    def __init__(self, parent: QWidget | None, rail: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sneltoetsen"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        regels: list[tuple[str, str]] = [
            (
                _toets("Ctrl+K"),
                self.tr(
                    "Zoek een burger (BSN, naam met geboortedatum, postcode met huisnummer); "
                    "pijl omlaag toont de laatst geopende huishoudens"
                ),
            ),
        ]
        regels += [(_toets(f"Alt+{i}"), naam) for i, naam in enumerate(rail, start=1)]
        regels += [
            (_toets(QKeySequence.StandardKey.Back), self.tr("Terug naar het vorige scherm")),
            (_toets(QKeySequence.StandardKey.New), self.tr("Contact registreren (in het klantbeeld)")),
            (_toets(QKeySequence.StandardKey.Save), self.tr("Opslaan (in een formulier)")),
            (_toets(QKeySequence.StandardKey.Refresh), self.tr("Klantbeeld vernieuwen")),
            (
                _toets(QKeySequence.StandardKey.Print),
                self.tr("De gekozen brief openen als PDF (om te lezen of af te drukken)"),
            ),
            (
                _toets(QKeySequence.StandardKey.Save),
                self.tr("Regelingen, nieuwe regeling: voorstellen (binnen het beleid direct actief)"),
            ),
            (
                _toets(QKeySequence.StandardKey.Print),
                self.tr("Regelingen, lopende regeling: brief maken en openen"),
            ),
            (self.tr("Spatie"), self.tr("Regelingen: de gekozen vordering aan- of uitzetten voor de regeling")),
            (
                _toets(QKeySequence.StandardKey.Print),
                self.tr("Balie: overzicht voor de burger maken en openen (om af te drukken)"),
            ),
            (
                self.tr("Alt+W / Alt+T / Alt+D / Alt+R / Alt+N"),
                self.tr("Balie: wat als… / terugbelverzoek / doorverwijzen / betalingsregeling / nieuwe burger"),
            ),
            (
                self.tr("Alt+V / Alt+I / Alt+L"),
                self.tr("Team: verdeling / intake-wachtrij / selectie; Enter op een traject: toewijzen of overdragen"),
            ),
            (
                self.tr("Enter / Esc"),
                self.tr("Dashboard: de gevallen achter de gekozen tegel of maand tonen / terug naar alle cijfers"),
            ),
            (
                _toets(QKeySequence.StandardKey.Find),
                self.tr("Mijn caseload: filteren op naam of BSN (filtert tijdens het typen)"),
            ),
            (
                self.tr("Enter / Alt+O / Alt+A / Alt+T / Alt+H / Alt+N"),
                self.tr("Signalen: oppakken / aanmelden voor begeleiding / taak maken / afhandelen / onterecht"),
            ),
            (self.tr("Ctrl+Enter"), self.tr("Taken: de gekozen taak is afgerond")),
            (self.tr("Enter"), self.tr("Open de gekozen regel (burger, contact, brief, berekening)")),
            (self.tr("Tab / Shift+Tab"), self.tr("Naar het volgende / vorige veld; pijltjes bewegen binnen een tabel")),
            (self.tr("Alt + onderstreepte letter"), self.tr("Naar het veld of de knop met die letter")),
            (self.tr("Esc"), self.tr("Venster sluiten (u wordt gewaarschuwd als er iets niet is opgeslagen)")),
            (_toets(QKeySequence.StandardKey.HelpContents), self.tr("Deze lijst")),
            (_toets(QKeySequence.StandardKey.Quit) or _toets("Ctrl+Q"), self.tr("Werkplek afsluiten")),
        ]
        rijen = "".join(
            f"<tr><td style='padding:3px 16px 3px 0; white-space:nowrap'><b>{html.escape(t)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(u)}</td></tr>"
            for t, u in regels
        )
        tekst = QLabel(f"<table>{rijen}</table>", self)
        tekst.setTextFormat(Qt.TextFormat.RichText)
        tekst.setWordWrap(True)
        tekst.setAccessibleName(self.tr("Sneltoetsen"))
        tekst.setAccessibleDescription("; ".join(f"{t}: {u}" for t, u in regels))
        tekst.setFixedWidth(620)
        tekst.setMinimumHeight(tekst.heightForWidth(620) + 8)  # a wrapped rich-text table: ask for all its lines
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        knoppen.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        knoppen.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tekst)
        layout.addWidget(knoppen)
