"""The counter (balie) use cases as the UI sees them (issue #7): a Protocol, importable without sqlalchemy.

What belongs here: `Balie`, the methods the balie screen calls; the concrete class is
`models.store.balie.BalieRepository`. Referral (`Trajecten.verwijs`, bron balie) and the standard arrangement
(`Regelingen.vergelijk` / `stel_voor`) are called through their own Protocols. Errors are `models.store.fouten`
types with a Dutch `melding`, or `Validatiefout` (field + message). All calls belong on the TaskRunner's worker
thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from models.store.rows import ContactRow, MedewerkerRow, TaakRow
from models.store.rows_balie import Baliebeeld, Overzichtdocument

__all__ = ["Balie"]


class Balie(Protocol):
    def identificeer(
        self,
        actor: MedewerkerRow,
        bsn: str,
        *,
        identiteit_gecontroleerd: bool,
        reden_bezoek: str,
        peildatum: dt.date,
        vernieuwen: bool = False,
    ) -> Baliebeeld: ...
    def terugbelverzoek(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        telefoon: str,
        voorkeurstijd: str,
        onderwerp: str,
        vandaag: dt.date,
    ) -> TaakRow: ...
    def wijziging_doorgeven(
        self, actor: MedewerkerRow, burger_id: int, *, onderwerp: str, samenvatting: str, vandaag: dt.date
    ) -> ContactRow: ...
    def overzicht(self, actor: MedewerkerRow, burger_id: int, *, taal: str, vandaag: dt.date) -> Overzichtdocument: ...
