"""The toeslagen table: per year and regeling the voorschot, what was paid, the definitive amount and the difference."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from models.domain import ToeslagStatus
from models.store.rows import ToeslagRow
from ui import opmaak as formaat
from ui.palet import Kleuren
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.resources import icon
from ui.weergave import label, saldo_tekst

__all__ = ["ToeslagModel"]


class ToeslagModel(RijenModel[ToeslagRow]):
    JAAR, REGELING, STATUS, MAAND, VOORSCHOT, BETAALD, DEFINITIEF, VERSCHIL = range(8)

    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[ToeslagRow]]:
        return [
            Kolom(self.tr("Jaar"), lambda r: str(r.jaar), sorteer=lambda r: (r.jaar, r.regeling.value)),
            Kolom(
                self.tr("Regeling"), lambda r: r.regeling.label.capitalize(), icoon=self._icoon, tooltip=self._tooltip
            ),
            Kolom(self.tr("Status"), lambda r: label(ToeslagStatus, r.status)),
            Kolom(
                self.tr("Voorschot per maand"),
                lambda r: formaat.euro_heel(r.voorschot_maand),
                bedrag=True,
                sorteer=lambda r: r.voorschot_maand,
            ),
            Kolom(
                self.tr("Voorschot jaar"),
                lambda r: formaat.euro_heel(r.voorschot_jaar),
                bedrag=True,
                sorteer=lambda r: r.voorschot_jaar,
            ),
            Kolom(self.tr("Betaald"), lambda r: formaat.euro(r.betaald), bedrag=True, sorteer=lambda r: r.betaald),
            Kolom(
                self.tr("Definitief"),
                lambda r: (
                    formaat.euro_heel(r.definitief_jaar) if r.definitief_jaar is not None else self.tr("nog niet")
                ),
                bedrag=True,
                sorteer=lambda r: leeg_laatst(r.definitief_jaar),
            ),
            Kolom(
                self.tr("Verschil"),
                lambda r: saldo_tekst(r.saldo),
                bedrag=True,
                sorteer=lambda r: leeg_laatst(r.saldo),
                kleur=self._saldo_kleur,
            ),
        ]

    def _icoon(self, r: ToeslagRow) -> QIcon | None:
        return icon("waarschuwing", self._kleuren.aandacht) if r.onbevestigd else None

    def _tooltip(self, r: ToeslagRow) -> str | None:
        if r.onbevestigd:
            return self.tr("Dit bedrag rust op een parameter die nog niet officieel is bevestigd.")
        return None

    def _saldo_kleur(self, r: ToeslagRow) -> QColor | None:
        if r.saldo is None or r.saldo == 0:
            return None
        return QColor(self._kleuren.urgent if r.saldo < 0 else self._kleuren.ok)
