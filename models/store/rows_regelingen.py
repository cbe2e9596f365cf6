"""Frozen rows and inputs of the Regelingen editor and the Beoordelen queue (issue #4).

What belongs here: the immutable data the arrangement services hand to the UI (a claim with its origin and
running interest, an arrangement with its schedule and claims, a four-eyes request with the household situation
and the calculation, the outcome of a payment or a verrekening) and the input of a proposal. No sqlmodel or
sqlalchemy import, so `ui/` may depend on this module, like `models.store.rows`.

Money is `Decimal` euros; dates are `datetime.date`; moments are timezone-aware UTC datetimes. Calculation results
are the calculation core's own frozen objects (`models.calc.betalingsregeling.Betalingsregeling`), so a view shows
exactly what the core computed, with its steps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models.calc.betalingsregeling import Betalingsregeling, Capaciteitsinvoer
from models.domain import BeoordelingStatus, RegelingSoort, RegelingStatus, TermijnStatus
from models.store.rows import BetalingsregelingRow, TermijnRow

__all__ = [
    "AflossingRow",
    "BeoordelingRow",
    "BetalingUitkomst",
    "Optie",
    "RegelingDetail",
    "RegelingVoorstel",
    "Vergelijking",
    "VerrekeningRow",
    "VerrekeningUitkomst",
    "VoorstelUitkomst",
    "VorderingOverzicht",
]

_NUL = Decimal(0)
_LEVEND_NIET = (TermijnStatus.GEPAUZEERD.value, TermijnStatus.VERVALLEN.value)
_TE_BETALEN = (TermijnStatus.OPEN.value, TermijnStatus.DEELS_BETAALD.value, TermijnStatus.HERINNERD.value)


@dataclass(frozen=True, slots=True)
class VorderingOverzicht:
    """One claim of the household as the arrangement editor lists it.

    Attributes:
        schuldenaar: "aanvrager" (the citizen of the klantbeeld owes it) or "partner" (the citizen is jointly
            liable for a claim of their toeslagpartner, Awir art. 33); merging both is outside policy.
        toeslag / jaar: the origin: which toeslag over which year.
        beschikking_kenmerk / beschikking_datum: the terugvorderingsbeschikking the claim comes from (if known).
        bedrag: the original amount; open / rente / kosten: open principal, charged interest, costs.
        lopende_rente: invorderingsrente over the open principal if it were paid on `rente_peildatum`
            (`bereken_invorderingsrente`); None when it cannot be computed (days before 2024) or is switched off.
        regeling_id: the arrangement that covers (or proposes to cover) the claim, if any.
    """

    id: int
    burger_id: int
    schuldenaar: str
    toeslag: str
    jaar: int
    kenmerk: str
    beschikking_id: int | None
    beschikking_kenmerk: str | None
    beschikking_datum: dt.date | None
    ontstaan_op: dt.date
    vervaldatum: dt.date
    bedrag: Decimal
    open: Decimal
    rente: Decimal
    kosten: Decimal
    lopende_rente: Decimal | None
    rente_peildatum: dt.date
    status: str
    regeling_id: int | None
    version: int
    rente_toelichting: str = ""

    @property
    def totaal_open(self) -> Decimal:
        """Open principal + charged interest + costs."""
        return self.open + self.rente + self.kosten

    @property
    def te_betalen(self) -> Decimal:
        """What paying everything on `rente_peildatum` would cost (running interest included)."""
        return self.totaal_open + (self.lopende_rente or _NUL)


@dataclass(frozen=True, slots=True)
class RegelingVoorstel:
    """What a caseworker enters to propose an arrangement.

    Attributes:
        burger_id: the citizen the arrangement is for (the klantbeeld's citizen).
        vordering_ids: the claims to merge (of this citizen, or of their partner: outside policy).
        soort: standaard, persoonlijk or spijtoptant.
        startdatum: the first due date (today or later).
        capaciteit: the capacity inputs; required for persoonlijk.
        looptijd: the term in months for persoonlijk (default 24; longer is outside policy).
        pauze_vanaf / pauze_maanden: one betaalpauze inside the schedule (outside policy).
        motivatie: why; required when the proposal is outside policy (it goes to the supervisor with it).
        rente: compute invorderingsrente (DOMAIN §11 item 20); when on, the instalments include it.
    """

    burger_id: int
    vordering_ids: tuple[int, ...]
    soort: RegelingSoort
    startdatum: dt.date
    capaciteit: Capaciteitsinvoer | None = None
    looptijd: int | None = None
    pauze_vanaf: dt.date | None = None
    pauze_maanden: int | None = None
    motivatie: str | None = None
    rente: bool = True


@dataclass(frozen=True, slots=True)
class Optie:
    """One column of the comparison: a kind of arrangement and what the core computed for it.

    Attributes:
        naam: "standaard", "persoonlijk" or "langer".
        titel: the Dutch column heading.
        uitkomst: the calculation (schedule, steps, `buiten_beleid`, `weigeringsgronden`), or None with `fout`.
        fout: why this option could not be computed (no capacity entered, bad input), in Dutch.
    """

    naam: str
    titel: str
    uitkomst: Betalingsregeling | None
    fout: str | None = None

    @property
    def mogelijk(self) -> bool:
        """A schedule exists and nothing refuses it."""
        return self.uitkomst is not None and bool(self.uitkomst.termijnen) and not self.uitkomst.weigeringsgronden


@dataclass(frozen=True, slots=True)
class Vergelijking:
    """Standard vs persoonlijk vs a longer term for the same claims, side by side (nothing is written)."""

    vordering_ids: tuple[int, ...]
    startdatum: dt.date
    opties: tuple[Optie, ...]

    def optie(self, naam: str) -> Optie | None:
        """The option named `naam`, or None."""
        return next((o for o in self.opties if o.naam == naam), None)


@dataclass(frozen=True, slots=True)
class BeoordelingRow:
    """A four-eyes request with what the supervisor needs to decide.

    Attributes:
        soort: the BeoordelingSoort of the (first) reason; `redenen` lists all reasons in Dutch.
        onderwerp_type / onderwerp_id: "betalingsregeling" + the arrangement id, or "vordering" + the first claim
            (a proposal to stop collection for claims without an arrangement).
        wijziging: what is proposed: "nieuw" (a new arrangement), "pauze", "verlenging", "toevoeging",
            "herberekening" or "stop_invordering".
        situatie: the household at the time of the proposal (partner, children, begeleider, claims, capacity).
        berekening: the core's calculation (summary, schedule, steps, capacity) as stored.
        eigen: the viewer proposed it themselves (they may not decide it).
    """

    id: int
    burger_id: int
    burger_naam: str
    soort: str
    onderwerp_type: str
    onderwerp_id: int
    wijziging: str
    redenen: tuple[str, ...]
    voorgesteld_door: int
    voorgesteld_door_naam: str
    motivatie: str
    status: str
    ingediend_op: dt.datetime
    beoordeeld_door: int | None
    beoordeeld_door_naam: str | None
    beoordeling_motivatie: str | None
    beoordeeld_op: dt.datetime | None
    situatie: dict[str, Any]
    berekening: dict[str, Any]
    gegevens: dict[str, Any]
    eigen: bool
    version: int

    @property
    def is_open(self) -> bool:
        """Still waiting for a decision."""
        return self.status == BeoordelingStatus.OPEN.value


@dataclass(frozen=True, slots=True)
class RegelingDetail:
    """An arrangement whole: the stored row with its schedule, its claims and any pending four-eyes request.

    Attributes:
        regeling: the stored row (status as stored; `termijnen` includes paused and lapsed ones).
        status: the status on `peildatum` (a pause starts and ends by the calendar; see
            `models.services.toestanden.effectieve_regelingstatus`).
        vorderingen: the claims it covers, with running interest on `peildatum`.
        open_beoordeling: the open four-eyes request about it (a new proposal or a change), if any.
        rente: invorderingsrente is computed (and included in the instalments).
        looptijd: the agreed total term in months.
    """

    regeling: BetalingsregelingRow
    burger_id: int
    status: str
    peildatum: dt.date
    vorderingen: tuple[VorderingOverzicht, ...]
    open_beoordeling: BeoordelingRow | None
    rente: bool
    looptijd: int

    @property
    def id(self) -> int:
        """The arrangement's id."""
        return self.regeling.id

    @property
    def version(self) -> int:
        """The arrangement's version (pass it to every change: optimistic locking)."""
        return self.regeling.version

    @property
    def soort(self) -> str:
        """standaard, persoonlijk or spijtoptant."""
        return self.regeling.soort

    @property
    def termijnen(self) -> tuple[TermijnRow, ...]:
        """Every termijn, paused and lapsed ones included, by volgnummer."""
        return self.regeling.termijnen

    @property
    def schema(self) -> tuple[TermijnRow, ...]:
        """The current schedule: the termijnen that are (or were) to be paid, without paused and lapsed ones."""
        return tuple(t for t in self.regeling.termijnen if t.status not in _LEVEND_NIET)

    @property
    def gepauzeerd(self) -> tuple[TermijnRow, ...]:
        """The termijnen of paused months (not due)."""
        return tuple(t for t in self.regeling.termijnen if t.status == TermijnStatus.GEPAUZEERD.value)

    @property
    def te_betalen(self) -> tuple[TermijnRow, ...]:
        """Termijnen still (partly) to be paid."""
        return tuple(t for t in self.regeling.termijnen if t.status in _TE_BETALEN)

    @property
    def volgende_termijn(self) -> TermijnRow | None:
        """The first termijn still (partly) to be paid, or None."""
        te_betalen = self.te_betalen
        return te_betalen[0] if te_betalen else None

    @property
    def betaald(self) -> Decimal:
        """Everything paid on the schedule so far."""
        return sum((t.betaald for t in self.schema), _NUL)

    @property
    def nog_te_betalen(self) -> Decimal:
        """What the schedule still asks."""
        return sum((t.bedrag - t.betaald for t in self.te_betalen), _NUL)

    @property
    def schuld_open(self) -> Decimal:
        """What is open on the claims now (without interest still to come)."""
        return sum((v.totaal_open for v in self.vorderingen), _NUL)

    @property
    def loopt(self) -> bool:
        """Actief or gepauzeerd."""
        return self.status in (RegelingStatus.ACTIEF.value, RegelingStatus.GEPAUZEERD.value)


@dataclass(frozen=True, slots=True)
class VoorstelUitkomst:
    """What a proposal or a change led to.

    `regeling` is the arrangement after the use case (None for a proposal to stop collection without an
    arrangement); `beoordeling` is the four-eyes request when the proposal or change is outside policy (the change
    is then not applied yet).
    """

    regeling: RegelingDetail | None
    beoordeling: BeoordelingRow | None

    @property
    def ter_beoordeling(self) -> bool:
        """The proposal or change waits for a supervisor (nothing was applied yet)."""
        return self.beoordeling is not None and self.beoordeling.is_open


@dataclass(frozen=True, slots=True)
class AflossingRow:
    """A payment's part on one claim: kosten → rente (incl. invorderingsrente) → hoofdsom (Awir art. 34 lid 3)."""

    id: int
    vordering_id: int
    kenmerk: str
    datum: dt.date
    bedrag: Decimal
    kosten: Decimal
    rente: Decimal
    hoofdsom: Decimal
    termijn_id: int | None


@dataclass(frozen=True, slots=True)
class BetalingUitkomst:
    """A recorded payment: how it was allocated, which termijnen it paid, the arrangement afterwards."""

    regeling: RegelingDetail
    aflossingen: tuple[AflossingRow, ...]
    betaalde_termijnen: tuple[int, ...]  # volgnummers (fully or partly paid by this payment)

    @property
    def bedrag(self) -> Decimal:
        """The whole payment (the sum of its parts over the claims)."""
        return sum((a.bedrag for a in self.aflossingen), _NUL)


@dataclass(frozen=True, slots=True)
class VerrekeningRow:
    id: int
    vordering_id: int
    kenmerk: str
    datum: dt.date
    bedrag: Decimal
    omschrijving: str


@dataclass(frozen=True, slots=True)
class VerrekeningUitkomst:
    """A nabetaling set off against open claims; `uitbetaald` is what is paid out to the citizen.

    `regelingen` are the running arrangements whose schedule became shorter (or that are now paid off).
    """

    nabetaling: Decimal
    verrekend: Decimal
    uitbetaald: Decimal
    verrekeningen: tuple[VerrekeningRow, ...]
    vorderingen: tuple[VorderingOverzicht, ...]
    regelingen: tuple[RegelingDetail, ...]
