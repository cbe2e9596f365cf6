"""The persoonlijke-begeleiding services as the UI sees them: Protocols, importable without sqlalchemy.

What belongs here: `typing.Protocol` classes naming the methods the caseload, signal, task, team, selection and
vulnerability views call, and the `BegeleidingDiensten` bundle the composition root fills. The concrete
classes are `models.store.begeleiding.BegeleidingRepository` (caseloads, trajecten, signals, tasks, team,
indicators — one object satisfies all those Protocols), `models.services.signalen.SignaalService` and
`models.services.selectie.SelectieService`:

    repo = BegeleidingRepository(opslag)
    BegeleidingDiensten(caseloads=repo, trajecten=repo, signalen=repo, taken=repo, team=repo,
                        kwetsbaarheden=repo, signaalmotor=SignaalService(opslag), selectie=SelectieService(opslag))

Every method takes the acting staff member first and checks the role; dates come from the caller (`vandaag`,
`peildatum`: pass the real date). Errors are `models.store.fouten` types with a Dutch `melding`
(`GeenToegang`, `Conflict` for optimistic locking, `NietGevonden`, `OngeldigeOvergang` for a lifecycle step the
status does not allow) or `Validatiefout` (field + message). All calls belong on the TaskRunner's worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from models.domain import SignaalType, TaakSoort, TrajectBron, TrajectStatus
from models.services.trajecten import Uitkomst
from models.store.rows import MedewerkerRow, TaakRow, TrajectRow
from models.store.rows_begeleiding import (
    CaseloadRow,
    Contactverslag,
    InboxSignaalRow,
    IndicatorRow,
    PlanVanAanpak,
    Selectierapport,
    SelectieVoorstelRow,
    SignaalInbox,
    Signaalrapport,
    TakenOverzicht,
    Teamverdeling,
)

__all__ = [
    "BegeleidingDiensten",
    "Caseloads",
    "Kwetsbaarheden",
    "Selectie",
    "Signaalmotor",
    "Signalen",
    "Takenlijst",
    "Teamoverzicht",
    "Trajecten",
]


class Caseloads(Protocol):
    """The begeleider's home screen and the intake queue."""

    def caseload(
        self,
        actor: MedewerkerRow,
        *,
        vandaag: dt.date,
        begeleider_id: int | None = None,
        statussen: Iterable[TrajectStatus] | None = None,
        met_afgesloten: bool = False,
    ) -> list[CaseloadRow]: ...
    def intake_wachtrij(self, actor: MedewerkerRow, *, vandaag: dt.date) -> list[CaseloadRow]: ...
    def traject(self, actor: MedewerkerRow, traject_id: int) -> TrajectRow: ...


class Trajecten(Protocol):
    """Aanmelding, the lifecycle steps and (re)assignment of a begeleidingstraject."""

    def verwijs(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        bron: TrajectBron,
        toelichting: str,
        vandaag: dt.date,
        prioriteit: int = 2,
        begeleider_id: int | None = None,
    ) -> TrajectRow: ...
    def eerste_contact(
        self, actor: MedewerkerRow, traject_id: int, versie: int, verslag: Contactverslag, *, vandaag: dt.date
    ) -> TrajectRow: ...
    def opgelost_in_eerste_contact(
        self,
        actor: MedewerkerRow,
        traject_id: int,
        versie: int,
        verslag: Contactverslag,
        *,
        reden: str,
        vandaag: dt.date,
    ) -> TrajectRow: ...
    def start_begeleiding(
        self, actor: MedewerkerRow, traject_id: int, versie: int, plan: PlanVanAanpak, *, vandaag: dt.date
    ) -> TrajectRow: ...
    def werk_plan_bij(self, actor: MedewerkerRow, traject_id: int, versie: int, plan: PlanVanAanpak) -> TrajectRow: ...
    def sluit_af(
        self, actor: MedewerkerRow, traject_id: int, versie: int, *, uitkomst: Uitkomst, reden: str, vandaag: dt.date
    ) -> TrajectRow: ...
    def plan_volgende_actie(
        self, actor: MedewerkerRow, traject_id: int, versie: int, *, omschrijving: str, op: dt.date
    ) -> TrajectRow: ...
    def wijzig_prioriteit(self, actor: MedewerkerRow, traject_id: int, versie: int, prioriteit: int) -> TrajectRow: ...
    def wijs_toe(
        self, actor: MedewerkerRow, traject_id: int, versie: int, begeleider_id: int, *, vandaag: dt.date
    ) -> TrajectRow: ...
    def neem_op(self, actor: MedewerkerRow, traject_id: int, versie: int, *, vandaag: dt.date) -> TrajectRow: ...


class Signalen(Protocol):
    """The signal inbox and what a begeleider does with a signal."""

    def inbox(
        self,
        actor: MedewerkerRow,
        *,
        types: Iterable[SignaalType] | None = None,
        alleen_mijn_caseload: bool = False,
        limiet: int = 200,
    ) -> SignaalInbox: ...
    def signaal(self, actor: MedewerkerRow, signaal_id: int) -> InboxSignaalRow: ...
    def accepteer_signaal(self, actor: MedewerkerRow, signaal_id: int, versie: int) -> InboxSignaalRow: ...
    def wijs_signaal_af(self, actor: MedewerkerRow, signaal_id: int, versie: int, reden: str) -> InboxSignaalRow: ...
    def handel_signaal_af(
        self, actor: MedewerkerRow, signaal_id: int, versie: int, toelichting: str | None = None
    ) -> InboxSignaalRow: ...
    def traject_uit_signaal(
        self,
        actor: MedewerkerRow,
        signaal_id: int,
        versie: int,
        *,
        vandaag: dt.date,
        begeleider_id: int | None = None,
        prioriteit: int | None = None,
    ) -> TrajectRow: ...
    def taak_uit_signaal(
        self,
        actor: MedewerkerRow,
        signaal_id: int,
        versie: int,
        *,
        omschrijving: str,
        vervaldatum: dt.date,
        vandaag: dt.date,
        medewerker_id: int | None = None,
    ) -> TaakRow: ...


class Takenlijst(Protocol):
    """The personal task list."""

    def taken(self, actor: MedewerkerRow, *, vandaag: dt.date) -> TakenOverzicht: ...
    def maak_taak(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        omschrijving: str,
        vervaldatum: dt.date,
        vandaag: dt.date,
        soort: TaakSoort = TaakSoort.OPVOLGING,
        medewerker_id: int | None = None,
    ) -> TaakRow: ...
    def rond_taak_af(self, actor: MedewerkerRow, taak_id: int, versie: int) -> TaakRow: ...


class Teamoverzicht(Protocol):
    """The supervisor's caseload distribution."""

    def teamverdeling(self, actor: MedewerkerRow, *, vandaag: dt.date, team: str | None = None) -> Teamverdeling: ...


class Kwetsbaarheden(Protocol):
    """Dated, sourced vulnerability indicators (only for roles with KWETSBAARHEID_LEZEN / _SCHRIJVEN)."""

    def indicatoren(
        self, actor: MedewerkerRow, burger_id: int, *, vandaag: dt.date, met_verlopen: bool = False
    ) -> list[IndicatorRow]: ...
    def leg_indicator_vast(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        soort: str,
        bron: str,
        geldig_tot: dt.date,
        vandaag: dt.date,
        toelichting: str | None = None,
    ) -> IndicatorRow: ...
    def beeindig_indicator(
        self, actor: MedewerkerRow, indicator_id: int, versie: int, *, reden: str, vandaag: dt.date
    ) -> IndicatorRow: ...


class Signaalmotor(Protocol):
    """Running the signal rules over the whole store (supervisors), and what they are (transparency)."""

    def regels(self) -> list[tuple[str, str]]: ...
    def draai(
        self,
        actor: MedewerkerRow,
        *,
        peildatum: dt.date,
        voortgang: Callable[[int, int], None] | None = None,
        afgebroken: Callable[[], bool] | None = None,
        processen: int = 1,
    ) -> Signaalrapport: ...


class Selectie(Protocol):
    """The selection rule's proposals and the supervisor's four-eyes decision on them."""

    def draai(
        self,
        actor: MedewerkerRow,
        *,
        peildatum: dt.date,
        voortgang: Callable[[int, int], None] | None = None,
        afgebroken: Callable[[], bool] | None = None,
        blokgrootte: int = ...,
    ) -> Selectierapport: ...
    def voorstellen(self, actor: MedewerkerRow, *, status: str | None = "open") -> list[SelectieVoorstelRow]: ...
    def voorstel(self, actor: MedewerkerRow, beoordeling_id: int) -> SelectieVoorstelRow: ...
    def keur_goed(
        self,
        actor: MedewerkerRow,
        beoordeling_id: int,
        versie: int,
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
        begeleider_id: int | None = None,
    ) -> TrajectRow: ...
    def wijs_af(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, *, motivatie: str
    ) -> SelectieVoorstelRow: ...


@dataclass(frozen=True, slots=True)
class BegeleidingDiensten:
    """Everything the begeleiding views may call, wired once by the composition root."""

    caseloads: Caseloads
    trajecten: Trajecten
    signalen: Signalen
    taken: Takenlijst
    team: Teamoverzicht
    kwetsbaarheden: Kwetsbaarheden
    signaalmotor: Signaalmotor
    selectie: Selectie
