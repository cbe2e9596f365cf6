"""The tables of the Signalen and Taken views.

What belongs here: `SignaalModel` over `InboxSignaalRow` (severity as icon + word, type, citizen, age, whose
caseload, status) and `TaakModel` over `TaakRow` with the group each task falls in (te laat, vandaag, deze week,
later) as its first column. `data()` never touches the store; money and dates only through `ui.opmaak`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from models.domain import Ernst, TaakSoort
from models.store.rows import TaakRow
from models.store.rows_begeleiding import InboxSignaalRow
from ui import opmaak as formaat
from ui.palet import Kleuren, Status
from ui.qtmodels.basis import Kolom, RijenModel
from ui.resources import icon
from ui.weergave import STATUS_ICOON, label, signaal_status

__all__ = ["Groep", "SignaalModel", "TaakModel", "groep_van", "leeftijd_tekst", "onderwerp"]

_ERNST_VOLGORDE = {Ernst.URGENT: 0, Ernst.AANDACHT: 1, Ernst.INFO: 2}


def leeftijd_tekst(dagen: int) -> str:
    """'vandaag', 'gisteren', '12 dagen'."""
    if dagen <= 0:
        return "vandaag"
    if dagen == 1:
        return "gisteren"
    return f"{dagen} dagen"


def onderwerp(r: InboxSignaalRow) -> str:
    """'Dreigende hoge terugvordering (kindgebonden budget 2026)': the type, and which toeslag when the data say."""
    g = r.gegevens or {}
    regeling = g.get("regeling")
    if isinstance(regeling, str) and regeling:
        jaar = g.get("jaar")
        return f"{r.type_label} ({regeling.replace('_', ' ')}{f' {jaar}' if jaar else ''})"
    return r.type_label


class SignaalModel(RijenModel[InboxSignaalRow]):
    """The signal inbox."""

    def __init__(self, kleuren: Kleuren, vandaag: Callable[[], dt.date], parent: QObject | None = None) -> None:
        self._kleuren = kleuren
        self._vandaag = vandaag
        super().__init__(parent)

    def leeftijd(self, r: InboxSignaalRow) -> int:
        return (self._vandaag() - r.ontstaan_op.astimezone().date()).days

    def _kolommen(self) -> list[Kolom[InboxSignaalRow]]:
        return [
            Kolom(
                self.tr("Ernst"),
                lambda r: r.ernst_label,
                sorteer=lambda r: _ERNST_VOLGORDE.get(r.ernst, 3),
                icoon=lambda r: icon(
                    STATUS_ICOON[signaal_status(r.ernst)], self._kleuren.status(signaal_status(r.ernst))
                ),
            ),
            Kolom(self.tr("Signaal"), onderwerp, tooltip=lambda r: r.uitleg),
            Kolom(self.tr("Burger"), lambda r: r.naam, sorteer=lambda r: r.naam.casefold()),
            Kolom(
                self.tr("BSN"),
                lambda r: r.bsn_gemaskeerd,
                toegankelijk=lambda r: self.tr("BSN eindigend op") + " " + " ".join(r.bsn_gemaskeerd[-4:]),
            ),
            Kolom(
                self.tr("Leeftijd"),
                lambda r: leeftijd_tekst(self.leeftijd(r)),
                sorteer=lambda r: -r.ontstaan_op.timestamp(),
                tooltip=lambda r: self.tr("Ontstaan op %1").replace("%1", formaat.moment(r.ontstaan_op)),
            ),
            Kolom(
                self.tr("Caseload"),
                lambda r: self.tr("mijn caseload") if r.in_mijn_caseload else self.tr("nog niet toegewezen"),
                icoon=lambda r: icon("begeleider", self._kleuren.accent) if r.in_mijn_caseload else None,
            ),
            Kolom(self.tr("Status"), lambda r: r.status.label),
        ]

    def _zoekbare_tekst(self, rij: InboxSignaalRow) -> str:
        return f"{rij.naam} {rij.bsn_gemaskeerd} {rij.type_label} {rij.uitleg}"


class Groep(enum.IntEnum):
    """Where a task falls in the list, in the order the list shows them."""

    TE_LAAT = 0
    VANDAAG = 1
    DEZE_WEEK = 2
    LATER = 3

    @property
    def label(self) -> str:
        return ("te laat", "vandaag", "deze week", "later")[self.value]

    @property
    def status(self) -> Status:
        return (Status.URGENT, Status.AANDACHT, Status.INFO, Status.OK)[self.value]


def groep_van(t: TaakRow, vandaag: dt.date) -> Groep:
    """The group of a task on `vandaag` (this week: up to and including Sunday)."""
    if t.vervaldatum < vandaag:
        return Groep.TE_LAAT
    if t.vervaldatum == vandaag:
        return Groep.VANDAAG
    if t.vervaldatum <= vandaag + dt.timedelta(days=6 - vandaag.weekday()):
        return Groep.DEZE_WEEK
    return Groep.LATER


class TaakModel(RijenModel[TaakRow]):
    """Open tasks, grouped: the first column says te laat / vandaag / deze week / later (icon + word)."""

    def __init__(self, kleuren: Kleuren, vandaag: Callable[[], dt.date], parent: QObject | None = None) -> None:
        self._kleuren = kleuren
        self._vandaag = vandaag
        super().__init__(parent)

    def groep(self, t: TaakRow) -> Groep:
        return groep_van(t, self._vandaag())

    def _wanneer(self, t: TaakRow) -> str:
        groep = self.groep(t)
        if groep is Groep.TE_LAAT:
            dagen = (self._vandaag() - t.vervaldatum).days
            return self.tr("te laat (%1)").replace("%1", "1 dag" if dagen == 1 else f"{dagen} dagen")
        return groep.label

    def _kolommen(self) -> list[Kolom[TaakRow]]:
        return [
            Kolom(
                self.tr("Wanneer"),
                self._wanneer,
                sorteer=lambda t: (self.groep(t).value, t.vervaldatum),
                icoon=lambda t: icon(STATUS_ICOON[self.groep(t).status], self._kleuren.status(self.groep(t).status)),
                kleur=lambda t: QColor(self._kleuren.urgent) if self.groep(t) is Groep.TE_LAAT else None,
            ),
            Kolom(self.tr("Uiterlijk"), lambda t: formaat.datum(t.vervaldatum), sorteer=lambda t: t.vervaldatum),
            Kolom(self.tr("Soort"), lambda t: label(TaakSoort, t.soort)),
            Kolom(self.tr("Wat"), lambda t: t.omschrijving, tooltip=lambda t: t.omschrijving),
            Kolom(self.tr("Burger"), lambda t: t.burger_naam or "–"),
            Kolom(
                self.tr("Telefoon"),
                lambda t: " · ".join(x for x in (t.telefoon, t.voorkeurstijd) if x) or "–",
            ),
        ]
