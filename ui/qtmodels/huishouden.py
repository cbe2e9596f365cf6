"""Tables of the household tab: partner periods, children and medebewoners."""

from __future__ import annotations

import datetime as dt

from models.store.rows import KindRow, MedebewonerRow, PartnerschapRow, leeftijd
from ui import opmaak as formaat
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen

__all__ = ["KindModel", "MedebewonerModel", "PartnerModel"]


class PartnerModel(RijenModel[PartnerschapRow]):
    def __init__(self, peildatum: dt.date) -> None:
        self.peildatum = peildatum
        super().__init__()

    def _kolommen(self) -> list[Kolom[PartnerschapRow]]:
        return [
            Kolom(self.tr("Partner"), lambda r: r.partner.naam),
            Kolom(
                self.tr("BSN"),
                lambda r: bsn_gemaskeerd(r.partner.bsn),
                sorteer=lambda r: r.partner.bsn[-4:],
                toegankelijk=lambda r: bsn_voorlezen(r.partner.bsn),
            ),
            Kolom(
                self.tr("Geboortedatum"),
                lambda r: formaat.datum(r.partner.geboortedatum),
                sorteer=lambda r: r.partner.geboortedatum,
            ),
            Kolom(self.tr("Vanaf"), lambda r: formaat.datum(r.begin), sorteer=lambda r: r.begin),
            Kolom(
                self.tr("Tot en met"),
                lambda r: formaat.datum(r.einde) if r.einde else self.tr("heden"),
                sorteer=lambda r: leeg_laatst(r.einde),
            ),
            Kolom(self.tr("Bijzonderheid"), self._bijzonderheid),
        ]

    def _bijzonderheid(self, r: PartnerschapRow) -> str:
        delen = []
        if r.actief_op(self.peildatum):
            delen.append(self.tr("huidige partner"))
        if r.uit_buitenland:
            delen.append(self.tr("uit buitenland (nareizend)"))
        return ", ".join(delen) or "–"


class KindModel(RijenModel[KindRow]):
    def __init__(self, peildatum: dt.date) -> None:
        self.peildatum = peildatum
        super().__init__()

    def _kolommen(self) -> list[Kolom[KindRow]]:
        return [
            Kolom(self.tr("Voornaam"), lambda r: r.voornaam),
            Kolom(
                self.tr("Geboortedatum"), lambda r: formaat.datum(r.geboortedatum), sorteer=lambda r: r.geboortedatum
            ),
            Kolom(
                self.tr("Leeftijd"),
                lambda r: str(leeftijd(r.geboortedatum, self.peildatum)),
                bedrag=True,
                sorteer=lambda r: leeftijd(r.geboortedatum, self.peildatum),
            ),
            Kolom(self.tr("Woont thuis"), lambda r: self.tr("ja") if r.thuiswonend else self.tr("nee")),
        ]


class MedebewonerModel(RijenModel[MedebewonerRow]):
    def _kolommen(self) -> list[Kolom[MedebewonerRow]]:
        return [
            Kolom(self.tr("Naam"), lambda r: r.naam),
            Kolom(self.tr("Relatie"), lambda r: r.relatie),
            Kolom(
                self.tr("Geboortedatum"), lambda r: formaat.datum(r.geboortedatum), sorteer=lambda r: r.geboortedatum
            ),
            Kolom(self.tr("Vanaf"), lambda r: formaat.datum(r.begin), sorteer=lambda r: r.begin),
            Kolom(
                self.tr("Tot en met"),
                lambda r: formaat.datum(r.einde) if r.einde else self.tr("heden"),
                sorteer=lambda r: leeg_laatst(r.einde),
            ),
            Kolom(
                self.tr("Toetsingsinkomen"),
                lambda r: formaat.euro(r.toetsingsinkomen),
                bedrag=True,
                sorteer=lambda r: r.toetsingsinkomen,
            ),
        ]
