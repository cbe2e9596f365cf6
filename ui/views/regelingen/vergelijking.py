"""The comparison of arrangement options, side by side: standaard vs persoonlijk vs a longer term.

What belongs here: `VergelijkingPaneel`, three cards built from a `Vergelijking` (what `Regelingen.vergelijk`
computed): per option the monthly amount, the number of months, the total interest, the end date, what the
citizen pays in total, whether it needs the supervisor's four eyes and why, refusal reasons, and every
UNCONFIRMED parameter the result depends on (marked with a warning icon and the word "onbevestigd"). The card of
the option the caseworker chose is marked "Uw keuze"; "Kies deze" on another card chooses that one.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.calc.betalingsregeling import Betalingsregeling
from models.store.rows_regelingen import Optie, Vergelijking
from ui import opmaak as formaat
from ui.palet import Kleuren
from ui.resources import icon_pixmap

__all__ = ["OptieKaart", "VergelijkingPaneel", "optie_regels"]


def optie_regels(uitkomst: Betalingsregeling) -> list[tuple[str, str]]:
    """The facts of one option as (label, value) pairs, in the order the cards show them."""
    rente = sum((t.rente + t.invorderingsrente for t in uitkomst.termijnen), Decimal(0))
    eind = uitkomst.termijnen[-1].vervaldatum if uitkomst.termijnen else None
    regels = [
        ("Per maand", formaat.euro(uitkomst.termijnbedrag)),
        ("Aantal termijnen", str(uitkomst.aantal_termijnen)),
        ("Totale rente", formaat.euro(rente if uitkomst.rente_in_termijnen else uitkomst.invorderingsrente)),
        ("Laatste termijn", formaat.datum(eind) if eind else "–"),
        ("Totaal te betalen", formaat.euro(uitkomst.totaal)),
    ]
    if uitkomst.restant > 0:
        regels.append(("Niet geïnd (restant)", formaat.euro(uitkomst.restant)))
    if uitkomst.betalingscapaciteit is not None:
        regels.append(("Betalingscapaciteit", formaat.euro(uitkomst.betalingscapaciteit.capaciteit)))
    return regels


class OptieKaart(QFrame):
    """One option. Signals: gekozen(str): "Kies deze" was pressed (the option's name)."""

    gekozen = Signal(str)

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kaart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._kleuren = kleuren
        self._naam = ""
        self.titel = QLabel(self)
        self.titel.setObjectName("kaartTitel")
        self.titel.setWordWrap(True)
        self.keuze_icoon = QLabel(self)
        self.keuze_icoon.setPixmap(icon_pixmap("ok", kleuren.ok, 16, self.devicePixelRatioF()))
        self.keuze_label = QLabel(self.tr("Uw keuze"), self)
        self.keuze_label.setObjectName("sectie")
        self.inhoud = QLabel(self)
        self.inhoud.setTextFormat(Qt.TextFormat.RichText)
        self.inhoud.setWordWrap(True)
        self.inhoud.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.inhoud.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kies_knop = QPushButton(self.tr("Kies deze"), self)
        self.kies_knop.clicked.connect(lambda: self.gekozen.emit(self._naam))
        kop = QHBoxLayout()
        kop.addWidget(self.titel, 1)
        kop.addWidget(self.keuze_icoon, 0, Qt.AlignmentFlag.AlignTop)
        kop.addWidget(self.keuze_label, 0, Qt.AlignmentFlag.AlignTop)
        kop.addWidget(self.kies_knop, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(kop)
        layout.addWidget(self.inhoud, 1)
        self.zet_gekozen(False)

    @property
    def naam(self) -> str:
        return self._naam

    @property
    def tekst(self) -> str:
        """What the card says, as plain sentences (the accessible description)."""
        return self.accessibleDescription()

    def zet_gekozen(self, gekozen: bool) -> None:
        self.keuze_icoon.setVisible(gekozen)
        self.keuze_label.setVisible(gekozen)
        self.kies_knop.setVisible(not gekozen)

    def zet_optie(self, optie: Optie, *, mag_kiezen: bool, waarom_niet: str = "") -> None:
        self._naam = optie.naam
        self.titel.setText(optie.titel)
        self.setAccessibleName(optie.titel)
        self.kies_knop.setAccessibleName(self.tr("Kies %1").replace("%1", optie.titel))
        self.kies_knop.setEnabled(mag_kiezen)
        self.kies_knop.setToolTip(waarom_niet)
        delen: list[str] = []
        zinnen: list[str] = []
        uitkomst = optie.uitkomst
        if uitkomst is None:
            tekst = (optie.fout or self.tr("niet te berekenen")).strip()
            tekst = tekst[:1].upper() + tekst[1:]
            delen.append(f"<div class='zacht'>{html.escape(tekst)}</div>")
            zinnen.append(tekst)
        else:
            rijen = "".join(
                f"<tr><td style='padding-right:10px'>{html.escape(self.tr(a))}</td>"
                f"<td align='right' style='white-space:nowrap'><b>{html.escape(b)}</b></td></tr>"
                for a, b in optie_regels(uitkomst)
            )
            delen.append(f"<table cellspacing='0' cellpadding='1'>{rijen}</table>")
            zinnen.extend(f"{self.tr(a)}: {b}" for a, b in optie_regels(uitkomst))
            if uitkomst.weigeringsgronden:
                tekst = self.tr("Niet mogelijk: %1").replace("%1", "; ".join(uitkomst.weigeringsgronden))
                delen.append(f"<p style='color:{self._kleuren.urgent}'><b>{html.escape(tekst)}</b></p>")
                zinnen.append(tekst)
            elif not uitkomst.termijnen:
                delen.append(f"<p><b>{html.escape(uitkomst.conclusie)}</b></p>")
                zinnen.append(uitkomst.conclusie)
            if uitkomst.buiten_beleid:
                tekst = self.tr("Vier ogen (supervisor): %1").replace("%1", "; ".join(uitkomst.buiten_beleid))
                delen.append(f"<p style='color:{self._kleuren.aandacht}'><b>{html.escape(tekst)}</b></p>")
                zinnen.append(tekst)
            elif uitkomst.termijnen and not uitkomst.weigeringsgronden:
                tekst = self.tr("Binnen het beleid: direct actief.")
                delen.append(f"<p>{html.escape(tekst)}</p>")
                zinnen.append(tekst)
            onbevestigd = uitkomst.onbevestigde_parameters
            if onbevestigd:
                kort = (
                    self.tr("1 onbevestigde parameter")
                    if len(onbevestigd) == 1
                    else self.tr("%1 onbevestigde parameters").replace("%1", str(len(onbevestigd)))
                )
                delen.append(  # ⚠ always with the word, never colour alone
                    f"<p style='color:{self._kleuren.aandacht}'>&#9888; {html.escape(kort)}</p>"
                )
                zinnen.append(self.tr("Onbevestigd: %1").replace("%1", "; ".join(onbevestigd)))
                self.inhoud.setToolTip(
                    self.tr("Onbevestigd (nog niet door beleid vastgesteld):") + "\n" + "\n".join(onbevestigd)
                )
            else:
                self.inhoud.setToolTip("")
        self.inhoud.setText("".join(delen))
        self.setAccessibleDescription(". ".join(zinnen))


class VergelijkingPaneel(QWidget):
    """Three `OptieKaart`s side by side. Signals: gekozen(str): the user chose an option by its card."""

    gekozen = Signal(str)

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Vergelijking van de mogelijkheden"))
        self.kaarten: dict[str, OptieKaart] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for naam in ("standaard", "persoonlijk", "langer"):
            kaart = OptieKaart(kleuren, self)
            kaart.gekozen.connect(self.gekozen)
            self.kaarten[naam] = kaart
            layout.addWidget(kaart, 1)

    def zet(self, vergelijking: Vergelijking, gekozen: str, *, persoonlijk_mag: bool, waarom_niet: str) -> None:
        for optie in vergelijking.opties:
            kaart = self.kaarten.get(optie.naam)
            if kaart is None:
                continue
            mag = optie.naam == "standaard" or persoonlijk_mag
            kaart.zet_optie(optie, mag_kiezen=mag, waarom_niet="" if mag else waarom_niet)
            kaart.zet_gekozen(optie.naam == gekozen)
            kaart.setVisible(mag or optie.naam == "standaard")

    def markeer(self, gekozen: str) -> None:
        for naam, kaart in self.kaarten.items():
            kaart.zet_gekozen(naam == gekozen)
