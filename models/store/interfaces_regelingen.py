"""The arrangement use cases as the UI sees them (issue #4): Protocols for the Regelingen editor and the Beoordelen
queue, importable without sqlalchemy.

What belongs here: `Regelingen` (claims, options, proposals, running arrangements, letters) and `Beoordelingen`
(the supervisor's four-eyes queue); `models.services.regelingen.Regelingendienst` implements both. The composition
root passes one `Regelingendienst` for both; views type their constructor arguments with these Protocols, so `ui/`
never imports the service, a repository or the ORM. `models.store.interfaces` (the other views' Protocols) is not
changed.

Every method that writes takes `vandaag` (the user's calendar day) and, for an existing arrangement or request, the
`versie` the view read (optimistic locking: a stale version raises `Conflict`). Errors are `models.store.fouten`
(`GeenToegang`, `Conflict`, `NietGevonden`, `OpslagFout` incl. `OngeldigeOvergang`) and `Validatiefout`; each
carries a Dutch `melding`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from models.calc.betalingsregeling import Capaciteitsinvoer
from models.domain import VorderingStatus
from models.store.rows import DocumentRow, MedewerkerRow
from models.store.rows_regelingen import (
    BeoordelingRow,
    BetalingUitkomst,
    RegelingDetail,
    RegelingVoorstel,
    Vergelijking,
    VerrekeningUitkomst,
    VoorstelUitkomst,
    VorderingOverzicht,
)

if TYPE_CHECKING:  # the letter module pulls in ReportLab; a view that types with these Protocols does not need it
    from models.letters.regeling import Regelingsbrief

__all__ = ["Beoordelingen", "Regelingen"]


class Regelingen(Protocol):
    """The Regelingen editor: claims, options, proposals, running arrangements, verrekening and letters."""

    # --- reading -----------------------------------------------------------------------------------------------
    def vorderingen(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        vandaag: dt.date,
        rente: bool = True,
        ook_afgesloten: bool = False,
    ) -> list[VorderingOverzicht]: ...
    def regelingen(self, actor: MedewerkerRow, burger_id: int, *, vandaag: dt.date) -> list[RegelingDetail]: ...
    def regeling(self, actor: MedewerkerRow, regeling_id: int, *, vandaag: dt.date) -> RegelingDetail: ...
    def vergelijk(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        vordering_ids: Sequence[int],
        *,
        startdatum: dt.date,
        vandaag: dt.date,
        capaciteit: Capaciteitsinvoer | None = None,
        looptijd_langer: int = 36,
        rente: bool = True,
    ) -> Vergelijking: ...

    # --- proposing -----------------------------------------------------------------------------------------------
    def stel_voor(self, actor: MedewerkerRow, voorstel: RegelingVoorstel, *, vandaag: dt.date) -> VoorstelUitkomst: ...

    # --- running arrangements ------------------------------------------------------------------------------------
    def registreer_betaling(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        bedrag: Decimal,
        *,
        betaaldatum: dt.date,
        vandaag: dt.date,
    ) -> BetalingUitkomst: ...
    def verwerk_gemiste_termijn(
        self, actor: MedewerkerRow, regeling_id: int, versie: int, termijn_id: int, *, vandaag: dt.date
    ) -> RegelingDetail: ...
    def pauzeer(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        maanden: int,
        motivatie: str,
        *,
        vandaag: dt.date,
        vanaf: dt.date | None = None,
    ) -> VoorstelUitkomst: ...
    def hervat(self, actor: MedewerkerRow, regeling_id: int, versie: int, *, vandaag: dt.date) -> RegelingDetail: ...
    def verleng(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        extra_maanden: int,
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
    ) -> VoorstelUitkomst: ...
    def voeg_vorderingen_toe(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        vordering_ids: Sequence[int],
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
    ) -> VoorstelUitkomst: ...
    def herbereken(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        capaciteit: Capaciteitsinvoer,
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
    ) -> VoorstelUitkomst: ...
    def stop(
        self, actor: MedewerkerRow, regeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> RegelingDetail: ...

    # --- claims outside an arrangement ------------------------------------------------------------------------
    def registreer_invorderingsstap(
        self, actor: MedewerkerRow, vordering_id: int, versie: int, naar: VorderingStatus, *, vandaag: dt.date
    ) -> VorderingOverzicht: ...
    def verreken_nabetaling(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        nabetaling: Decimal,
        *,
        datum: dt.date,
        vandaag: dt.date,
        vordering_ids: Sequence[int] | None = None,
        toeslag_id: int | None = None,
        omschrijving: str | None = None,
        rente: bool = True,
    ) -> VerrekeningUitkomst: ...

    # --- letters -----------------------------------------------------------------------------------------------
    def briefgegevens(
        self, actor: MedewerkerRow, regeling_id: int, taal: str, *, vandaag: dt.date
    ) -> Regelingsbrief: ...
    def regelingsbrief(self, actor: MedewerkerRow, regeling_id: int, taal: str, *, vandaag: dt.date) -> bytes: ...
    def maak_regelingsbrief(
        self, actor: MedewerkerRow, regeling_id: int, taal: str, *, vandaag: dt.date
    ) -> DocumentRow: ...


class Beoordelingen(Protocol):
    """The supervisor's Beoordelen queue and the proposer's view of their proposals."""

    def wachtrij(self, actor: MedewerkerRow) -> list[BeoordelingRow]: ...
    def beoordelingen(
        self, actor: MedewerkerRow, *, burger_id: int | None = None, eigen: bool = False
    ) -> list[BeoordelingRow]: ...
    def beoordeling(self, actor: MedewerkerRow, beoordeling_id: int) -> BeoordelingRow: ...
    def keur_goed(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> VoorstelUitkomst: ...
    def wijs_af(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> VoorstelUitkomst: ...
    def trek_in(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> VoorstelUitkomst: ...
