"""Tables of the Regelingen and Beoordelen views: claims to choose, a proposed schedule, running arrangements with
their termijnen, and the supervisor's queue.

What belongs here: the `RijenModel`s over the rows of `models.store.rows_regelingen` (and the core's schedule as
`SchemaRij`): `VorderingKeuzeModel` (checkable: which claims go into the arrangement), `SchemaModel`,
`RegelingDetailModel`, `TermijnBeheerModel` and `BeoordelingModel`. Money and dates only through `ui.opmaak`;
statuses as a word with an icon, never colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon

from models.calc.invoer import Regeling
from models.domain import BeoordelingSoort, RegelingSoort, RegelingStatus, TermijnStatus, VorderingStatus
from models.store.rows import TermijnRow
from models.store.rows_regelingen import BeoordelingRow, RegelingDetail, VorderingOverzicht
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.resources import icon
from ui.weergave import STATUS_ICOON, label, regeling_status, termijn_status, vordering_status

__all__ = [
    "WIJZIGING_TEKST",
    "BeoordelingModel",
    "RegelingDetailModel",
    "SchemaModel",
    "SchemaRij",
    "TermijnBeheerModel",
    "VorderingKeuzeModel",
    "herkomst",
    "vrij_voor_regeling",
]

Index = QModelIndex | QPersistentModelIndex

_VRIJ = (
    VorderingStatus.OPEN.value,
    VorderingStatus.AANMANING.value,
    VorderingStatus.DWANG.value,
    VorderingStatus.NIET_INVORDERBAAR.value,
)

WIJZIGING_TEKST = {
    "nieuw": "nieuwe betalingsregeling",
    "pauze": "betaalpauze",
    "verlenging": "langere looptijd",
    "toevoeging": "vordering toevoegen",
    "herberekening": "nieuwe betalingscapaciteit",
    "stop_invordering": "geen invorderingsmaatregelen",
}
"""What a four-eyes request proposes, in the words of the Beoordelen queue (the service's `wijziging` values)."""


def _status_icoon(kleuren: Kleuren, status: Status) -> QIcon:
    return icon(STATUS_ICOON[status], kleuren.status(status))


def herkomst(v: VorderingOverzicht) -> str:
    """'Huurtoeslag 2024': which toeslag over which year the claim comes from."""
    return f"{label(Regeling, v.toeslag).capitalize()} {v.jaar}"


def vrij_voor_regeling(v: VorderingOverzicht) -> bool:
    """The claim may go into a new arrangement: something is open, and no arrangement (or proposal) has it."""
    return v.regeling_id is None and v.status in _VRIJ and v.totaal_open > 0


# --- claims to choose -------------------------------------------------------------------------------------------


class VorderingKeuzeModel(RijenModel[VorderingOverzicht]):
    """The household's claims with a check box in the first column (Space toggles it in the table).

    Signals:
        keuze_veranderd: the set of checked claims changed.
    """

    keuze_veranderd = Signal()

    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        self._gekozen: set[int] = set()
        super().__init__()

    def _kolommen(self) -> list[Kolom[VorderingOverzicht]]:
        return [
            Kolom(self.tr("Herkomst"), herkomst, sorteer=lambda r: (r.jaar, r.toeslag)),
            Kolom(self.tr("Kenmerk"), self._kenmerk, tooltip=self._kenmerk_uitleg),
            Kolom(self.tr("Bedrag"), lambda r: formaat.euro(r.bedrag), bedrag=True, sorteer=lambda r: r.bedrag),
            Kolom(
                self.tr("Open"),
                lambda r: formaat.euro(r.totaal_open),
                bedrag=True,
                sorteer=lambda r: r.totaal_open,
                tooltip=lambda r: (
                    self.tr("Hoofdsom %1, rente %2, kosten %3")
                    .replace("%1", formaat.euro(r.open))
                    .replace("%2", formaat.euro(r.rente))
                    .replace("%3", formaat.euro(r.kosten))
                ),
            ),
            Kolom(
                self.tr("Lopende rente"),
                lambda r: "–" if r.lopende_rente is None else formaat.euro(r.lopende_rente),
                bedrag=True,
                sorteer=lambda r: leeg_laatst(r.lopende_rente),
                tooltip=lambda r: (
                    r.rente_toelichting
                    or self.tr("Invorderingsrente als alles op %1 betaald wordt").replace(
                        "%1", formaat.datum(r.rente_peildatum)
                    )
                ),
            ),
            Kolom(
                self.tr("Status"),
                self._status,
                icoon=lambda r: _status_icoon(self._kleuren, vordering_status(r.status)),
            ),
            Kolom(
                self.tr("Schuldenaar"),
                lambda r: self.tr("burger") if r.schuldenaar == "aanvrager" else self.tr("toeslagpartner"),
            ),
        ]

    def _kenmerk(self, r: VorderingOverzicht) -> str:
        return r.beschikking_kenmerk or r.kenmerk

    def _kenmerk_uitleg(self, r: VorderingOverzicht) -> str:
        if r.beschikking_kenmerk and r.beschikking_datum:
            return (
                self.tr("Vordering %1 uit de terugvorderingsbeschikking van %2")
                .replace("%1", r.kenmerk)
                .replace("%2", formaat.datum(r.beschikking_datum))
            )
        return self.tr("Vordering %1").replace("%1", r.kenmerk)

    def _status(self, r: VorderingOverzicht) -> str:
        tekst = label(VorderingStatus, r.status)
        if r.regeling_id is not None:
            if r.status == VorderingStatus.IN_REGELING.value:
                tekst += " " + str(r.regeling_id)
            else:
                tekst += " · " + self.tr("in voorstel %1").replace("%1", str(r.regeling_id))
        return tekst

    # --- checking ------------------------------------------------------------------------------------------

    def zet_rijen(self, rijen: Iterable[VorderingOverzicht]) -> None:  # type: ignore[override]
        lijst = list(rijen)
        vrij = {r.id for r in lijst if vrij_voor_regeling(r)}
        voor = set(self._gekozen)
        self._gekozen &= vrij
        super().zet_rijen(lijst)
        if self._gekozen != voor:
            self.keuze_veranderd.emit()

    def gekozen(self) -> list[VorderingOverzicht]:
        return [r for r in self._rijen if r.id in self._gekozen]

    def gekozen_ids(self) -> tuple[int, ...]:
        return tuple(r.id for r in self._rijen if r.id in self._gekozen)

    def kies(self, ids: Iterable[int]) -> None:
        """Check exactly these claims (those that may go into an arrangement)."""
        gevraagd = set(ids)
        nieuw = {r.id for r in self._rijen if r.id in gevraagd and vrij_voor_regeling(r)}
        if nieuw == self._gekozen:
            return
        self._gekozen = nieuw
        if self._rijen:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rijen) - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )
        self.keuze_veranderd.emit()

    def kies_alle_vrije(self) -> None:
        self.kies(r.id for r in self._rijen if vrij_voor_regeling(r))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            if index.row() >= len(self._rijen):
                return None
            rij = self._rijen[index.row()]
            return Qt.CheckState.Checked if rij.id in self._gekozen else Qt.CheckState.Unchecked
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and index.isValid()
            and index.column() == 0
            and index.row() < len(self._rijen)
            and not vrij_voor_regeling(self._rijen[index.row()])
        ):
            return self._waarom_niet(self._rijen[index.row()])
        return super().data(index, role)

    def _waarom_niet(self, r: VorderingOverzicht) -> str:
        if r.regeling_id is not None:
            return self.tr("Deze vordering zit al in betalingsregeling %1 (of in een voorstel daarvoor).").replace(
                "%1", str(r.regeling_id)
            )
        return self.tr("Op deze vordering staat niets meer open.")

    def flags(self, index: Index) -> Qt.ItemFlag:
        vlaggen = super().flags(index)
        if index.isValid() and index.column() == 0 and index.row() < len(self._rijen):
            if vrij_voor_regeling(self._rijen[index.row()]):
                vlaggen |= Qt.ItemFlag.ItemIsUserCheckable
            else:
                vlaggen &= ~Qt.ItemFlag.ItemIsEnabled
        return vlaggen

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        if index.row() >= len(self._rijen):
            return False
        rij = self._rijen[index.row()]
        if not vrij_voor_regeling(rij):
            return False
        aan = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if aan:
            self._gekozen.add(rij.id)
        else:
            self._gekozen.discard(rij.id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.keuze_veranderd.emit()
        return True


# --- a proposed schedule ------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SchemaRij:
    """One row of a proposed schedule: an instalment (nr, date, amount, the interest in it, balance after it) or
    a paused month (nr None, no amount)."""

    nr: int | None
    vervaldatum: dt.date
    bedrag: Decimal
    rente: Decimal
    restschuld: Decimal
    pauze: bool = False


class SchemaModel(RijenModel[SchemaRij]):
    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[SchemaRij]]:
        return [
            Kolom(
                self.tr("Nr."),
                lambda r: self.tr("pauze") if r.pauze else str(r.nr),
                sorteer=lambda r: r.vervaldatum,
                icoon=lambda r: icon("klok", self._kleuren.info) if r.pauze else None,
            ),
            Kolom(self.tr("Vervaldatum"), lambda r: formaat.datum(r.vervaldatum), sorteer=lambda r: r.vervaldatum),
            Kolom(
                self.tr("Bedrag"),
                lambda r: self.tr("geen betaling") if r.pauze else formaat.euro(r.bedrag),
                bedrag=True,
                sorteer=lambda r: r.bedrag,
            ),
            Kolom(
                self.tr("Waarvan rente"),
                lambda r: "" if r.pauze else formaat.euro(r.rente),
                bedrag=True,
                sorteer=lambda r: r.rente,
            ),
            Kolom(
                self.tr("Nog open daarna"),
                lambda r: formaat.euro(r.restschuld),
                bedrag=True,
                sorteer=lambda r: r.restschuld,
            ),
        ]


# --- running arrangements ---------------------------------------------------------------------------------------


class RegelingDetailModel(RijenModel[RegelingDetail]):
    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[RegelingDetail]]:
        return [
            Kolom(self.tr("Nr."), lambda r: str(r.id), sorteer=lambda r: r.id),
            Kolom(self.tr("Soort"), lambda r: label(RegelingSoort, r.soort)),
            Kolom(
                self.tr("Status"),
                self._status,
                icoon=lambda r: _status_icoon(self._kleuren, regeling_status(r.status)),
            ),
            Kolom(
                self.tr("Per termijn"),
                lambda r: formaat.euro(r.regeling.termijnbedrag),
                bedrag=True,
                sorteer=lambda r: r.regeling.termijnbedrag,
            ),
            Kolom(
                self.tr("Voortgang"),
                lambda r: (
                    self.tr("%1 van %2 betaald")
                    .replace("%1", str(sum(1 for t in r.schema if t.status == TermijnStatus.BETAALD.value)))
                    .replace("%2", str(len(r.schema)))
                ),
            ),
            Kolom(
                self.tr("Start"),
                lambda r: formaat.datum(r.regeling.startdatum),
                sorteer=lambda r: r.regeling.startdatum,
            ),
            Kolom(self.tr("Volgende termijn"), self._volgende, sorteer=self._volgende_sort),
        ]

    def _status(self, r: RegelingDetail) -> str:
        tekst = label(RegelingStatus, r.status)
        if r.open_beoordeling is not None and r.status != RegelingStatus.TER_BEOORDELING.value:
            tekst += " · " + self.tr("wijziging ter beoordeling")
        return tekst

    def _volgende(self, r: RegelingDetail) -> str:
        t = r.volgende_termijn
        if t is None or not r.loopt:
            return "–"
        return formaat.datum(t.nieuwe_vervaldatum or t.vervaldatum)

    def _volgende_sort(self, r: RegelingDetail) -> object:
        t = r.volgende_termijn
        return leeg_laatst(None if t is None or not r.loopt else (t.nieuwe_vervaldatum or t.vervaldatum))


class TermijnBeheerModel(RijenModel[TermijnRow]):
    """The termijnen of one arrangement, with the new date a reminder gave (the lenience, visible)."""

    def __init__(self, kleuren: Kleuren) -> None:
        self._kleuren = kleuren
        super().__init__()

    def _kolommen(self) -> list[Kolom[TermijnRow]]:
        return [
            Kolom(self.tr("Nr."), lambda r: str(r.volgnummer), bedrag=True, sorteer=lambda r: r.volgnummer),
            Kolom(self.tr("Vervaldatum"), lambda r: formaat.datum(r.vervaldatum), sorteer=lambda r: r.vervaldatum),
            Kolom(self.tr("Bedrag"), self._bedrag, bedrag=True, sorteer=lambda r: r.bedrag),
            Kolom(
                self.tr("Betaald"),
                lambda r: "" if r.status == TermijnStatus.GEPAUZEERD.value else formaat.euro(r.betaald),
                bedrag=True,
                sorteer=lambda r: r.betaald,
            ),
            Kolom(
                self.tr("Status"),
                self._status,
                icoon=lambda r: _status_icoon(self._kleuren, termijn_status(r.status)),
            ),
        ]

    def _bedrag(self, r: TermijnRow) -> str:
        return self.tr("pauze") if r.status == TermijnStatus.GEPAUZEERD.value else formaat.euro(r.bedrag)

    def _status(self, r: TermijnRow) -> str:
        tekst = label(TermijnStatus, r.status)
        if r.status == TermijnStatus.HERINNERD.value and r.nieuwe_vervaldatum is not None:
            tekst += " · " + self.tr("nieuwe datum %1").replace("%1", formaat.datum(r.nieuwe_vervaldatum))
        return tekst


# --- the supervisor's queue ---------------------------------------------------------------------------------------


class BeoordelingModel(RijenModel[BeoordelingRow]):
    def __init__(self, kleuren: Kleuren, vandaag: Callable[[], dt.date]) -> None:
        self._kleuren = kleuren
        self._vandaag = vandaag
        super().__init__()

    def _kolommen(self) -> list[Kolom[BeoordelingRow]]:
        return [
            Kolom(
                self.tr("Soort"),
                lambda r: label(BeoordelingSoort, r.soort),
                icoon=lambda r: icon("regeling", self._kleuren.accent),
            ),
            Kolom(self.tr("Burger"), lambda r: r.burger_naam),
            Kolom(self.tr("Wat"), lambda r: WIJZIGING_TEKST.get(r.wijziging, r.wijziging)),
            Kolom(self.tr("Voorgesteld door"), self._door),
            Kolom(
                self.tr("Ingediend"),
                lambda r: formaat.datum(r.ingediend_op.astimezone().date()),
                sorteer=lambda r: r.ingediend_op,
            ),
            Kolom(self.tr("Wacht"), self._wacht, bedrag=True, sorteer=lambda r: r.ingediend_op),
        ]

    def _door(self, r: BeoordelingRow) -> str:
        return r.voorgesteld_door_naam + (" " + self.tr("(uzelf)") if r.eigen else "")

    def _wacht(self, r: BeoordelingRow) -> str:
        dagen = (self._vandaag() - r.ingediend_op.astimezone().date()).days
        if dagen <= 0:
            return self.tr("vandaag")
        return self.tr("1 dag") if dagen == 1 else self.tr("%1 dagen").replace("%1", str(dagen))
