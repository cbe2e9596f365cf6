"""The store as the UI sees it: Protocols over the repositories, importable without sqlalchemy.

What belongs here: `typing.Protocol` classes naming the methods views and dialogs call, and the `Diensten`
bundle the composition root (`desktop/app.py`) fills with the concrete repositories. Views type their
constructor arguments with these, so `ui/` never imports a repository module or the ORM.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from models.domain import InzageReden, Rol
from models.store.interfaces_balie import Balie
from models.store.interfaces_begeleiding import BegeleidingDiensten
from models.store.interfaces_inzage import Inzagelog
from models.store.interfaces_kpi import Dashboard
from models.store.interfaces_regelingen import Beoordelingen, Regelingen
from models.store.rows import ContactRow, Klantbeeld, MedewerkerRow, NieuwContact, TaakRow, ZoekResultaat

__all__ = ["Contacten", "Diensten", "Documenten", "Klantbeelden", "Medewerkers", "Zoeken"]


class Zoeken(Protocol):
    def zoek_bsn(self, actor: MedewerkerRow, bsn: str) -> list[ZoekResultaat]: ...
    def zoek_naam(self, actor: MedewerkerRow, achternaam: str, geboortedatum: dt.date) -> list[ZoekResultaat]: ...
    def zoek_adres(self, actor: MedewerkerRow, postcode: str, huisnummer: int) -> list[ZoekResultaat]: ...


class Klantbeelden(Protocol):
    def in_caseload(self, actor: MedewerkerRow, burger_id: int) -> bool: ...
    def laad(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        reden: InzageReden,
        toelichting: str | None = None,
        context: str = "klantbeeld",
        peildatum: dt.date | None = None,
    ) -> Klantbeeld: ...


class Contacten(Protocol):
    def registreer(
        self, actor: MedewerkerRow, contact: NieuwContact, *, vandaag: dt.date | None = None
    ) -> ContactRow: ...
    def wijzig(
        self,
        actor: MedewerkerRow,
        contact_id: int,
        versie: int,
        *,
        onderwerp: str,
        samenvatting: str,
        afspraken: str | None,
    ) -> ContactRow: ...
    def mijn_taken(self, actor: MedewerkerRow, *, alleen_open: bool = True) -> list[TaakRow]: ...


class Medewerkers(Protocol):
    def alle(self, *, rol: Rol | None = None) -> list[MedewerkerRow]: ...
    def op_gebruikersnaam(self, gebruikersnaam: str) -> MedewerkerRow: ...


class Documenten(Protocol):
    def pdf(self, actor: MedewerkerRow, document_id: int) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Diensten:
    """Everything the views may call, wired once by the composition root."""

    omschrijving: str  # "Lokale opslag (demo)" / "Teamserver host/db": for the status bar
    medewerkers: Medewerkers
    zoeken: Zoeken
    klantbeelden: Klantbeelden
    contacten: Contacten
    documenten: Documenten
    regelingen: Regelingen | None = None  # the Regelingen editor (issue #4); None: not wired
    beoordelingen: Beoordelingen | None = None  # the supervisor's Beoordelen queue (issue #4)
    inzage: Inzagelog | None = None  # the Inzagelog oversight view (issue #6); None: not wired
    begeleiding: BegeleidingDiensten | None = None  # caseload, signals, tasks, team, selection (issue #5)
    balie: Balie | None = None  # the counter's screen (issue #7): identify, callback, change, overview
    kpi: Dashboard | None = None  # the supervisor dashboard (issue #7): KPIs, trends, drill-downs
