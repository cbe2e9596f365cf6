"""Tables of the claims tab: vorderingen, betalingsregelingen and the termijnen of one regeling."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from models.domain import RegelingSoort, RegelingStatus, TermijnStatus, VorderingStatus
from models.store.rows import BetalingsregelingRow, TermijnRow, VorderingRow
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.resources import icon
from ui.weergave import STATUS_ICOON, label, regeling_status, termijn_status, vordering_status

__all__ = ["RegelingModel", "TermijnModel", "VorderingModel"]


def _status_icoon(kleuren: Kleuren, status: Status) -> QIcon:
    return icon(STATUS_ICOON[status], kleuren.status(status))


class VorderingModel(RijenModel[VorderingRow]):
    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[VorderingRow]]:
        return [
            Kolom(self.tr("Kenmerk"), lambda r: r.kenmerk),
            Kolom(
                self.tr("Herkomst"),
                lambda r: f"{r.regeling.label.capitalize()} {r.jaar}",
                sorteer=lambda r: (r.jaar, r.regeling.value),
            ),
            Kolom(self.tr("Ontstaan"), lambda r: formaat.datum(r.ontstaan_op), sorteer=lambda r: r.ontstaan_op),
            Kolom(self.tr("Betalen vóór"), lambda r: formaat.datum(r.vervaldatum), sorteer=lambda r: r.vervaldatum),
            Kolom(self.tr("Bedrag"), lambda r: formaat.euro(r.bedrag), bedrag=True, sorteer=lambda r: r.bedrag),
            Kolom(self.tr("Open"), lambda r: formaat.euro(r.open), bedrag=True, sorteer=lambda r: r.open),
            Kolom(
                self.tr("Rente en kosten"),
                lambda r: formaat.euro(r.rente + r.kosten),
                bedrag=True,
                sorteer=lambda r: r.rente + r.kosten,
            ),
            Kolom(
                self.tr("Status"),
                lambda r: label(VorderingStatus, r.status),
                icoon=lambda r: _status_icoon(self._kleuren, vordering_status(r.status)),
            ),
        ]


class RegelingModel(RijenModel[BetalingsregelingRow]):
    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[BetalingsregelingRow]]:
        return [
            Kolom(self.tr("Soort"), lambda r: label(RegelingSoort, r.soort)),
            Kolom(
                self.tr("Status"),
                lambda r: label(RegelingStatus, r.status),
                icoon=lambda r: _status_icoon(self._kleuren, regeling_status(r.status)),
            ),
            Kolom(self.tr("Totaal"), lambda r: formaat.euro(r.totaal), bedrag=True, sorteer=lambda r: r.totaal),
            Kolom(
                self.tr("Per termijn"),
                lambda r: formaat.euro(r.termijnbedrag),
                bedrag=True,
                sorteer=lambda r: r.termijnbedrag,
            ),
            Kolom(self.tr("Voortgang"), self._voortgang, sorteer=lambda r: (r.betaald_aantal, r.aantal_termijnen)),
            Kolom(self.tr("Start"), lambda r: formaat.datum(r.startdatum), sorteer=lambda r: r.startdatum),
            Kolom(self.tr("Volgende termijn"), self._volgende, sorteer=self._volgende_sort),
        ]

    def _voortgang(self, r: BetalingsregelingRow) -> str:
        return self.tr("%1 van %2 betaald").replace("%1", str(r.betaald_aantal)).replace("%2", str(r.aantal_termijnen))

    def _volgende(self, r: BetalingsregelingRow) -> str:
        termijn = r.volgende_termijn()
        if termijn is None or r.status not in (RegelingStatus.ACTIEF, RegelingStatus.GEPAUZEERD):
            return "–"
        return formaat.datum(termijn.nieuwe_vervaldatum or termijn.vervaldatum)

    def _volgende_sort(self, r: BetalingsregelingRow) -> object:
        termijn = r.volgende_termijn()
        return leeg_laatst(None if termijn is None else (termijn.nieuwe_vervaldatum or termijn.vervaldatum))


class TermijnModel(RijenModel[TermijnRow]):
    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[TermijnRow]]:
        return [
            Kolom(self.tr("Nr."), lambda r: str(r.volgnummer), bedrag=True, sorteer=lambda r: r.volgnummer),
            Kolom(
                self.tr("Vervaldatum"),
                lambda r: formaat.datum(r.nieuwe_vervaldatum or r.vervaldatum),
                sorteer=lambda r: r.nieuwe_vervaldatum or r.vervaldatum,
            ),
            Kolom(self.tr("Bedrag"), lambda r: formaat.euro(r.bedrag), bedrag=True, sorteer=lambda r: r.bedrag),
            Kolom(self.tr("Betaald"), lambda r: formaat.euro(r.betaald), bedrag=True, sorteer=lambda r: r.betaald),
            Kolom(
                self.tr("Status"),
                lambda r: label(TermijnStatus, r.status),
                icoon=lambda r: _status_icoon(self._kleuren, termijn_status(r.status)),
            ),
        ]
