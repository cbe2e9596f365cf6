"""The begeleider's caseload table: one row per traject, and the proxy with its filters.

What belongs here: `CaseloadModel` (a `RijenModel` over `CaseloadRow` snapshots: priority, name, masked BSN,
status, the intake deadline — overdue in the urgent colour with a warning icon and the words "te laat", never
colour alone —, next action and its date, open signals, open debt, last contact and days since the intake) and
`CaseloadProxy`, the `RijenProxy` whose free text searches only name and BSN (as the user types, so the search
text of a row is built once) and that adds the status, "only overdue" and signal-type filters. `data()` never
touches the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QIcon

from models.domain import SignaalType, TrajectStatus
from models.store.rows_begeleiding import CaseloadRow
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Index, Kolom, RijenModel, RijenProxy, leeg_laatst
from ui.resources import icon
from ui.weergave import STATUS_ICOON

__all__ = ["KOLOM", "CaseloadModel", "CaseloadProxy", "intake_tekst", "intake_uitleg", "is_te_laat"]

KOLOM = {
    naam: i
    for i, naam in enumerate(
        (
            "prioriteit",
            "naam",
            "bsn",
            "status",
            "intake",
            "volgende_actie",
            "actie_op",
            "signalen",
            "schuld",
            "laatste_contact",
            "sinds_intake",
        )
    )
}
"""Column numbers by name (for tests and the view's column widths)."""

_PRIORITEIT_STATUS = {1: Status.URGENT, 2: Status.INFO, 3: Status.OK}


def is_te_laat(r: CaseloadRow) -> bool:
    """Something on this traject is overdue: the intake deadline, or the next action's date."""
    return r.intake_te_laat or r.volgende_actie_te_laat


def intake_tekst(r: CaseloadRow) -> str:
    """'2 werkdagen te laat', 'over 3 werkdagen', 'vandaag', or the date of the first contact."""
    if r.eerste_contact_op is not None:
        return "gehad op " + formaat.datum(r.eerste_contact_op)
    dagen = r.werkdagen_tot_intake if r.werkdagen_tot_intake is not None else 0
    if r.intake_te_laat:
        dagen = min(dagen, -1)
    return formaat.relatieve_dagen(dagen, werkdagen=True)


def intake_uitleg(r: CaseloadRow) -> str:
    """The deadline in full, for the tooltip and the screen reader."""
    if r.eerste_contact_op is not None:
        gehad, termijn = formaat.datum(r.eerste_contact_op), formaat.datum(r.intake_uiterlijk)
        return f"Eerste contact op {gehad}; de termijn was {termijn}."
    tekst = (
        f"Eerste contact uiterlijk {formaat.datum(r.intake_uiterlijk)}: 5 werkdagen na de aanmelding op "
        f"{formaat.datum(r.aangemeld_op)} (feestdagen tellen niet mee)."
    )
    return ("Te laat. " + tekst) if r.intake_te_laat else tekst


class CaseloadModel(RijenModel[CaseloadRow]):
    """The trajecten of a caseload; `vandaag` gives the day the "last contact" ages are counted from."""

    def __init__(self, kleuren: Kleuren, vandaag: Callable[[], dt.date], parent: QObject | None = None) -> None:
        self._kleuren = kleuren
        self._vandaag = vandaag
        self._sortering: tuple[int, Qt.SortOrder] | None = None
        super().__init__(parent)

    def _status_icoon(self, status: Status) -> QIcon:
        return icon(STATUS_ICOON[status], self._kleuren.status(status))

    def _urgent(self, ja: bool) -> QColor | None:
        return QColor(self._kleuren.urgent) if ja else None

    def _kolommen(self) -> list[Kolom[CaseloadRow]]:
        return [
            Kolom(
                self.tr("Prioriteit"),
                lambda r: r.prioriteit_label,
                sorteer=lambda r: r.prioriteit,
                icoon=lambda r: self._status_icoon(_PRIORITEIT_STATUS.get(r.prioriteit, Status.INFO)),
                toegankelijk=lambda r: self.tr("prioriteit %1").replace("%1", r.prioriteit_label),
            ),
            Kolom(self.tr("Naam"), lambda r: r.naam, sorteer=lambda r: r.naam.casefold()),
            Kolom(
                self.tr("BSN"),
                lambda r: r.bsn_gemaskeerd,
                sorteer=lambda r: r.bsn_gemaskeerd[-4:],
                toegankelijk=lambda r: self.tr("BSN eindigend op") + " " + " ".join(r.bsn_gemaskeerd[-4:]),
            ),
            Kolom(
                self.tr("Status"),
                lambda r: r.status.label,
                sorteer=lambda r: list(TrajectStatus).index(r.status),
            ),
            Kolom(
                self.tr("Intake"),
                intake_tekst,
                sorteer=lambda r: (
                    r.eerste_contact_op is not None,
                    r.werkdagen_tot_intake if r.werkdagen_tot_intake is not None else 0,
                    r.intake_uiterlijk,
                ),
                icoon=lambda r: self._status_icoon(Status.URGENT) if r.intake_te_laat else None,
                kleur=lambda r: self._urgent(r.intake_te_laat),
                tooltip=intake_uitleg,
                toegankelijk=lambda r: intake_tekst(r) + ". " + intake_uitleg(r),
            ),
            Kolom(self.tr("Volgende actie"), lambda r: r.volgende_actie or "–", tooltip=lambda r: r.volgende_actie),
            Kolom(
                self.tr("Vóór"),
                self._actie_op,
                sorteer=lambda r: leeg_laatst(r.volgende_actie_op),
                icoon=lambda r: self._status_icoon(Status.URGENT) if r.volgende_actie_te_laat else None,
                kleur=lambda r: self._urgent(r.volgende_actie_te_laat),
                tooltip=lambda r: self.tr("Te laat") if r.volgende_actie_te_laat else None,
                toegankelijk=lambda r: (
                    self._actie_op(r) + (", " + self.tr("te laat") if r.volgende_actie_te_laat else "")
                ),
            ),
            Kolom(
                self.tr("Signalen"),
                self._signalen,
                sorteer=lambda r: (r.urgente_signalen, r.open_signalen),
                icoon=lambda r: (
                    self._status_icoon(Status.URGENT if r.urgente_signalen else Status.AANDACHT)
                    if r.open_signalen
                    else None
                ),
                tooltip=lambda r: ", ".join(t.label for t in r.signaaltypen) or None,
            ),
            Kolom(
                self.tr("Open schuld"),
                lambda r: formaat.euro(r.open_schuld) if r.open_schuld else "–",
                sorteer=lambda r: r.open_schuld,
                bedrag=True,
            ),
            Kolom(
                self.tr("Laatste contact"),
                self._laatste_contact,
                tooltip=self._contact_uitleg,
                sorteer=lambda r: leeg_laatst(None if r.laatste_contact is None else -r.laatste_contact.timestamp()),
            ),
            Kolom(
                self.tr("Sinds intake"),
                lambda r: "–" if r.dagen_sinds_intake is None else self._dagen(r.dagen_sinds_intake),
                sorteer=lambda r: leeg_laatst(r.dagen_sinds_intake),
                bedrag=True,
                tooltip=lambda r: self.tr("Aangemeld %1 dagen geleden").replace("%1", str(r.dagen_sinds_aanmelding)),
            ),
        ]

    def _dagen(self, n: int) -> str:
        return self.tr("1 dag") if n == 1 else self.tr("%1 dagen").replace("%1", str(n))

    def _actie_op(self, r: CaseloadRow) -> str:
        if r.volgende_actie_op is None:
            return "–"
        return formaat.datum(r.volgende_actie_op)  # overdue: the urgent icon and colour, "te laat" in the tooltip

    def _signalen(self, r: CaseloadRow) -> str:
        if not r.open_signalen:
            return "–"
        tekst = str(r.open_signalen)
        if r.urgente_signalen:
            tekst += " " + self.tr("(%1 urgent)").replace("%1", str(r.urgente_signalen))
        return tekst

    def _laatste_contact(self, r: CaseloadRow) -> str:
        if r.laatste_contact is None:
            return self.tr("nog geen")
        dag = r.laatste_contact.astimezone().date()
        return self.tr("vandaag") if dag >= self._vandaag() else formaat.datum(dag)

    def _contact_uitleg(self, r: CaseloadRow) -> str | None:
        if r.laatste_contact is None:
            return None
        dagen = (self._vandaag() - r.laatste_contact.astimezone().date()).days
        return self.tr("%1 geleden").replace("%1", self._dagen(dagen)) if dagen > 0 else None

    def _zoekbare_tekst(self, rij: CaseloadRow) -> str:
        """Name and BSN only (the masked BSN: its last four digits find a citizen)."""
        return f"{rij.naam} {rij.bsn_gemaskeerd} {rij.bsn_gemaskeerd[-4:]}"

    # --- sorting in the model ------------------------------------------------------------------------------
    # A proxy sort compares rows through `lessThan`, a Python call per comparison (about 17,000 for 1,000 rows,
    # some 200 ms, and again at every filter change). Sorting the row list once with Python's `sorted` costs about
    # a millisecond; the proxy then only filters and keeps this order.

    def zet_rijen(self, rijen: Sequence[CaseloadRow]) -> None:
        super().zet_rijen(self._gesorteerd(list(rijen)))

    def rijlijst(self) -> list[CaseloadRow]:
        """The model's own row list (not a copy): a new list object after every fill or sort."""
        return self._rijen

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in the order of `column` (a model reset: the view keeps its choice by the row's id)."""
        if not 0 <= column < len(self._kolom_lijst) or self._sortering == (column, order):
            return
        self._sortering = (column, order)
        teksten = dict(zip(map(id, self._rijen), self._zoekteksten, strict=True))
        rijen = self._gesorteerd(list(self._rijen))
        self.beginResetModel()
        self._rijen = rijen
        self._zoekteksten = [teksten.get(id(r)) for r in rijen]
        self.endResetModel()

    def _gesorteerd(self, rijen: list[CaseloadRow]) -> list[CaseloadRow]:
        if self._sortering is None:
            return rijen
        kolom, volgorde = self._sortering
        k = self._kolom_lijst[kolom]
        sleutel: Callable[[CaseloadRow], Any] = k.sorteer or (lambda r: k.tekst(r).casefold())
        omgekeerd = volgorde == Qt.SortOrder.DescendingOrder
        try:
            return sorted(rijen, key=sleutel, reverse=omgekeerd)
        except TypeError:  # keys of mixed kinds: compare their text, as the proxy would
            return sorted(rijen, key=lambda r: str(sleutel(r)), reverse=omgekeerd)


class CaseloadProxy(RijenProxy):
    """Sorting on typed keys; free text over name/BSN; filters on status, overdue and signal type."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: TrajectStatus | None = None
        self._alleen_te_laat = False
        self._signaaltype: SignaalType | None = None
        self._toegelaten: list[bool] | None = None
        self._voor_lijst: list[CaseloadRow] | None = None

    def zet_tekst(self, tekst: str) -> None:
        if tekst.strip().casefold() != self._tekst:
            self._toegelaten = None  # before the filter change: the proxy asks again at its end
        super().zet_tekst(tekst)

    @property
    def filters_actief(self) -> bool:
        return bool(self._status or self._alleen_te_laat or self._signaaltype or self._tekst)

    def zet_filters(
        self,
        *,
        status: TrajectStatus | None,
        alleen_te_laat: bool,
        signaaltype: SignaalType | None,
    ) -> None:
        if (status, alleen_te_laat, signaaltype) == (self._status, self._alleen_te_laat, self._signaaltype):
            return
        self.beginFilterChange()
        self._status = status
        self._alleen_te_laat = alleen_te_laat
        self._signaaltype = signaaltype
        self._toegelaten = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows in the model (fast, see `CaseloadModel.sort`); the proxy itself keeps the model's order."""
        model = self.sourceModel()
        if isinstance(model, CaseloadModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        # Qt asks row by row; the answers for all rows are computed in one Python pass per filter state and row
        # list (a keystroke over 1,000 rows then costs a list look-up per row instead of the filter logic). The
        # model makes a new row list on every fill and sort, so a changed list is seen by its identity.
        model = self.sourceModel()
        if not isinstance(model, CaseloadModel):
            return True
        rijen = model.rijlijst()
        toegelaten = self._toegelaten
        if toegelaten is None or self._voor_lijst is not rijen:
            toegelaten = self._toegelaten = self._bereken(model)
            self._voor_lijst = rijen
        return source_row < len(toegelaten) and toegelaten[source_row]

    def _bereken(self, model: CaseloadModel) -> list[bool]:
        rijen = model.rijlijst()
        woorden = self._tekst.split()
        status, te_laat, soort = self._status, self._alleen_te_laat, self._signaaltype
        uitkomst = []
        for i, r in enumerate(rijen):
            ja = (
                (status is None or r.status == status)
                and (not te_laat or is_te_laat(r))
                and (soort is None or soort in r.signaaltypen)
            )
            if ja and woorden:
                tekst = model.zoektekst(i)
                ja = all(w in tekst for w in woorden)
            uitkomst.append(ja)
        return uitkomst
