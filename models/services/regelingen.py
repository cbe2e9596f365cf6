"""Use cases of payment arrangements (issue #4): claims, options, proposals, four eyes, payments, changes, letters.

What belongs here: `Regelingendienst`, one method per use case. Each write is ONE transaction
(`Opslag.schrijven()`), checks the role with `toegang.eis`, validates its input with Dutch messages, makes every
status change through the state machines of `models.services.toestanden`, audits every change (the repository
writes the events) and works under optimistic locking (the caller passes the version it read). The amounts come
from the calculation core (`models.calc.betalingsregeling`); the store keeps eurocents, the API speaks Decimal
euros. Nothing here reads the clock: every use case takes `vandaag`.

Policy choices made here (the sources are silent; see also DOMAIN §7 and §11 item 20):
- invorderingsrente (`rente`, default on) is always INCLUDED in the instalments when it is computed (Uitv.reg.
  IW 1990 art. 30 lid 2): the schedule says exactly what the citizen pays, and a payment is split into costs,
  interest and principal when it is recorded (`verdeel_betaling` with `rente_in_betaling=True`). With `rente` off
  the instalments add up to the debt exactly. Arrangements made elsewhere without this setting (the demo) count
  as `rente` off;
- a change to a running arrangement (pause, longer term, an added claim, a new payment capacity) starts at its next
  due date on or after today; instalments already paid stay as they are, a partly paid one is closed at what was
  paid and its rest goes into the new schedule; planned instalments the new schedule no longer needs get the
  status `vervallen` (nothing is deleted);
- a change outside policy is not applied until a supervisor approves it: it waits in a Beoordeling with the
  calculation, and on approval it is computed again from the arrangement as it is then (payments may have come
  in meanwhile) and applied;
- a missed instalment first gets a free reminder with a new date 14 days later; only when that date has passed
  unpaid is it `gemist`, and then the arrangement lapses (`vervallen`), its claims are open again and the
  begeleider (else the proposer, else the team queue) gets a task: a new arrangement is possible;
- a verrekende nabetaling shortens a running arrangement from the end (the instalment stays the same);
- after the last instalment, what is still open (later payments mean more interest) becomes one final
  instalment, unless the approved schedule deliberately left a restant (no collection measures for it: the
  begeleider gets a task to assess the capacity again).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from models import formaat
from models.calc.betalingsregeling import (
    GEEN_INVORDERINGSMAATREGELEN,
    Betalingsregeling,
    Capaciteitsinvoer,
    Leefsituatie,
    LopendeRegeling,
    Pauze,
    Soort,
    bereken_invorderingsrente,
    herbereken_capaciteit,
    pauzeer,
    persoonlijke_regeling,
    spijtoptantregeling,
    standaardregeling,
    verdeel_betaling,
    verleng,
    verreken_nabetaling,
    voeg_vorderingen_toe,
)
from models.calc.invoer import Invoerfout
from models.calc.invordering_basis import Vordering as Rekenvordering
from models.calc.invordering_basis import maand_later
from models.calc.uitkomst import Stap
from models.domain import (
    BeoordelingSoort,
    BeoordelingStatus,
    BetalingSoort,
    DocumentSoort,
    Regeling,
    RegelingSoort,
    RegelingStatus,
    TaakSoort,
    TermijnStatus,
    VorderingStatus,
)
from models.letters.gegevens import Briefbasis, Hulp, Ontvanger
from models.letters.regeling import (
    Briefcapaciteit,
    Briefvordering,
    Regelingsbrief,
    regelingsbrief_onderwerp,
    render_regelingsbrief,
)
from models.services.toestanden import (
    BEOORDELING,
    REGELING,
    TERMIJN,
    VORDERING,
    OngeldigeOvergang,
    effectieve_regelingstatus,
)
from models.services.werkdagen import werkdagen_na
from models.store.documenten import DocumentRepository
from models.store.fouten import GeenToegang, NietGevonden
from models.store.klantbeeld import burger_row
from models.store.opslag import Opslag, cent, euro
from models.store.regelingen import RegelingRepository
from models.store.rows import DocumentRow, MedewerkerRow
from models.store.rows_regelingen import (
    AflossingRow,
    BeoordelingRow,
    BetalingUitkomst,
    Optie,
    RegelingDetail,
    RegelingVoorstel,
    Vergelijking,
    VerrekeningRow,
    VerrekeningUitkomst,
    VoorstelUitkomst,
    VorderingOverzicht,
)
from models.store.tables import (
    Aflossing,
    Beoordeling,
    Betaling,
    Termijn,
    Verrekening,
    Vordering,
)
from models.store.tables import (
    Betalingsregeling as RegelingTabel,
)
from models.store.toegang import Bevoegdheid, eis, mag
from models.store.types import nu
from models.validatie import Validatiefout, controleer_tekst

__all__ = ["HERINNERINGSTERMIJN", "Regelingendienst"]

HERINNERINGSTERMIJN = dt.timedelta(days=14)
"""The free reminder gives a new date 2 weeks later (RULES §3.2 'Default'; DOMAIN §7.2 lenient handling)."""

MAX_MOTIVATIE = 4000
_NUL = Decimal(0)
_CENT = Decimal("0.01")
_B = Bevoegdheid
_V = VorderingStatus
_R = RegelingStatus
_T = TermijnStatus
_LOPEND = (_R.ACTIEF.value, _R.GEPAUZEERD.value)
_TE_BETALEN = (_T.OPEN.value, _T.DEELS_BETAALD.value, _T.HERINNERD.value)
_NIET_LEVEND = (_T.GEPAUZEERD.value, _T.VERVALLEN.value)
_VRIJ_VOOR_REGELING = (_V.OPEN.value, _V.AANMANING.value, _V.DWANG.value, _V.NIET_INVORDERBAAR.value)
_BRIEF_STATUSSEN = (_R.VOORSTEL.value, _R.TER_BEOORDELING.value, _R.ACTIEF.value, _R.GEPAUZEERD.value)

# Which kind of four-eyes request a reason of the core's `buiten_beleid` is (its Dutch wording, in its order).
_REDEN_SOORT = (
    ("stoppen van invorderingsmaatregelen", BeoordelingSoort.STOP_INVORDERING),
    ("verschillende schuldenaren", BeoordelingSoort.SAMENVOEGEN_PARTNERS),
    ("lager dan het minimum", BeoordelingSoort.ONDER_MINIMUM),
    ("pauze", BeoordelingSoort.PAUZE),
    ("looptijd", BeoordelingSoort.LANGE_LOOPTIJD),
)

_WIJZIGING_TEKST = {
    "nieuw": "nieuwe betalingsregeling",
    "pauze": "betaalpauze",
    "verlenging": "langere looptijd",
    "toevoeging": "vordering toevoegen",
    "herberekening": "herberekening betalingscapaciteit",
    "stop_invordering": "geen invorderingsmaatregelen",
}

_WIJZIGING_ACTIE = {
    "pauze": "betaalpauze toegepast",
    "verlenging": "looptijd verlengd",
    "toevoeging": "vordering toegevoegd aan regeling",
    "herberekening": "betalingscapaciteit herberekend",
}


def beoordelingsoort(reden: str) -> BeoordelingSoort:
    """The kind of four-eyes request for one reason of the core's `buiten_beleid`."""
    for sleutel, soort in _REDEN_SOORT:
        if sleutel in reden:
            return soort
    return BeoordelingSoort.LANGE_LOOPTIJD


def _eerste_soort(redenen: Sequence[str]) -> BeoordelingSoort:
    """The request's soort: the weightiest reason (stopping collection first, a long term last)."""
    soorten = [beoordelingsoort(r) for r in redenen]
    volgorde = [s for _, s in _REDEN_SOORT]
    return min(soorten, key=volgorde.index) if soorten else BeoordelingSoort.LANGE_LOOPTIJD


# --- small conversions -----------------------------------------------------------------------------------------------


def _validatie(fout: Invoerfout) -> Validatiefout:
    return Validatiefout(fout.veld, fout.melding)


def _bedrag(waarde: Decimal, veld: str) -> Decimal:
    if not isinstance(waarde, Decimal) or not waarde.is_finite():
        raise Validatiefout(veld, "is geen geldig bedrag")
    if waarde <= _NUL:
        raise Validatiefout(veld, "moet groter dan € 0 zijn")
    if waarde > Decimal("10000000"):  # before quantize, which cannot represent absurdly large numbers in cents
        raise Validatiefout(veld, "is onwaarschijnlijk hoog (meer dan € 10 miljoen)")
    if waarde != waarde.quantize(_CENT):
        raise Validatiefout(veld, "mag hoogstens twee decimalen (centen) hebben")
    return waarde


def _motivatie(tekst: str | None, *, verplicht: bool, veld: str = "motivatie") -> str | None:
    return controleer_tekst(tekst, veld, max_lengte=MAX_MOTIVATIE, verplicht=verplicht, meerdere_regels=True)


def _geld(bedrag: Decimal) -> str:
    return f"{bedrag.quantize(_CENT):f}"


def _euro_tekst(bedrag: Decimal) -> str:
    return formaat.euro(bedrag)


def _datum_tekst(d: dt.date) -> str:
    return formaat.datum(d)


def capaciteit_naar_json(invoer: Capaciteitsinvoer) -> dict[str, Any]:
    """The capacity inputs in the `werkplek-reken` field names (amounts as "x.xx"; zero amounts left out)."""
    velden: dict[str, Any] = {"leefsituatie": invoer.leefsituatie.value}
    for naam in Capaciteitsinvoer.velden():
        waarde = getattr(invoer, naam)
        if waarde:
            velden[naam] = _geld(waarde)
    velden["auto_onmisbaar"] = invoer.auto_onmisbaar
    velden["opzet_of_grove_schuld"] = invoer.opzet_of_grove_schuld
    return velden


def capaciteit_uit_json(data: dict[str, Any]) -> Capaciteitsinvoer:
    """The inverse of `capaciteit_naar_json` (also reads what the demo generator stored)."""
    return Capaciteitsinvoer(
        leefsituatie=Leefsituatie(data["leefsituatie"]),
        auto_onmisbaar=bool(data.get("auto_onmisbaar", False)),
        opzet_of_grove_schuld=bool(data.get("opzet_of_grove_schuld", False)),
        **{naam: Decimal(str(data[naam])) for naam in Capaciteitsinvoer.velden() if data.get(naam) is not None},
    )


def _berekening_json(uitkomst: Betalingsregeling) -> dict[str, Any]:
    """The core's whole result (the `werkplek-reken` fields, schedule included) for a four-eyes request."""
    data = uitkomst.naar_dict()
    data.pop("fout", None)
    return data


def _schema_json(uitkomst: Betalingsregeling) -> dict[str, Any]:
    """The schedule's calculation as stored with the arrangement (the termijnen are rows of their own)."""
    data = _berekening_json(uitkomst)
    for sleutel in ("termijnen", "betalingscapaciteit"):
        data.pop(sleutel, None)
    data["startdatum"] = uitkomst.startdatum.isoformat()
    data["laatste_termijn"] = _geld(uitkomst.termijnen[-1].bedrag) if uitkomst.termijnen else "0.00"
    return data


def _stappen(data: Iterable[dict[str, Any]] | None) -> tuple[Stap, ...]:
    return tuple(
        Stap(
            str(d.get("stap", "")),
            str(d.get("waarde", "")),
            str(d.get("omschrijving", "")),
            str(d.get("grondslag", "")),
        )
        for d in data or ()
    )


def _stapwaarde(schema: dict[str, Any], namen: Sequence[str], soort: Any) -> Any:
    """The value of the first stored step named one of `namen` (int or Decimal), or None."""
    for stap in schema.get("uitleg") or ():
        if stap.get("stap") in namen:
            try:
                return soort(str(stap.get("waarde")))
            except (ArithmeticError, ValueError):
                return None
    return None


@dataclass(frozen=True, slots=True)
class _Plan:
    """One termijn row to write: a due date with its amount, or a paused month."""

    vervaldatum: dt.date
    bedrag: Decimal
    status: str


def _plan(uitkomst: Betalingsregeling, pauze: Pauze | None) -> list[_Plan]:
    """The core's schedule as rows to write, with a `gepauzeerd` row for every month the pause skips."""
    plan: list[_Plan] = []
    maand = 0
    for termijn in uitkomst.termijnen:
        while True:
            datum = maand_later(uitkomst.startdatum, maand)
            maand += 1
            if pauze is not None and pauze.bevat(datum) and datum < termijn.vervaldatum:
                plan.append(_Plan(datum, uitkomst.termijnbedrag, _T.GEPAUZEERD.value))
                continue
            break
        plan.append(_Plan(termijn.vervaldatum, termijn.bedrag, _T.OPEN.value))
    return plan


def _eerste_op_of_na(anker: dt.date, vandaag: dt.date) -> dt.date:
    """The first monthly date on the anchor's day (`anker` + n months) that is not before `vandaag`."""
    maanden = 0
    datum = anker
    while datum < vandaag:
        maanden += 1
        datum = maand_later(anker, maanden)
    return datum


# --- the unit of work of one use case on one arrangement ----------------------------------------------------------


class _Werk:
    """One use case on one arrangement inside one transaction: the row as it is now and its current version."""

    def __init__(
        self, dienst: Regelingendienst, s: Session, actor: MedewerkerRow, regeling: Row[Any], vandaag: dt.date
    ) -> None:
        self.dienst = dienst
        self.repo = dienst.repo
        self.s = s
        self.actor = actor
        self.r = regeling
        self.vandaag = vandaag

    @property
    def id(self) -> int:
        return int(self.r.id)

    @property
    def burger_id(self) -> int:
        return int(self.r.burger_id)

    @property
    def json(self) -> dict[str, Any]:
        return dict(self.r.capaciteit or {})

    @property
    def rente(self) -> bool:
        return bool(self.json.get("rente", False))

    @property
    def status(self) -> str:
        return str(self.r.status)

    def werk_bij(self, waarden: dict[str, Any], actie: str) -> None:
        """Update the arrangement row (its version goes up; audited)."""
        self.repo.werk_bij(
            self.s,
            RegelingTabel,
            self.id,
            self.r.version,
            waarden,
            medewerker_id=self.actor.id,
            actie=actie,
            burger_id=self.burger_id,
        )
        self.r = self.repo.regeling(self.s, self.id)

    def naar(
        self,
        status: str,
        gegevens: dict[str, object] | None = None,
        waarden: dict[str, Any] | None = None,
        *,
        actie: str | None = None,
    ) -> None:
        """A status change of the arrangement through its state machine (audited as the transition's `actie`,
        or `actie` when the use case names it more precisely)."""
        overgang = REGELING.controleer(self.status, status, self.actor.rol, gegevens)
        self.werk_bij({**(waarden or {}), "status": status}, actie or overgang.actie)

    def termijnen(self) -> list[Row[Any]]:
        return self.repo.termijnen(self.s, self.id)

    def termijn(
        self,
        rij: Row[Any],
        waarden: dict[str, Any],
        *,
        status: str | None = None,
        actie: str = "",
        gegevens: dict[str, object] | None = None,
    ) -> None:
        """Update one termijn; a status change goes through the termijn state machine."""
        if status is not None and status != rij.status:
            overgang = TERMIJN.controleer(rij.status, status, self.actor.rol, {**waarden, **(gegevens or {})})
            waarden = {**waarden, "status": status}
            actie = actie or overgang.actie
        self.repo.werk_bij(
            self.s,
            Termijn,
            rij.id,
            rij.version,
            waarden,
            medewerker_id=self.actor.id,
            actie=actie or "termijn gewijzigd",
            burger_id=self.burger_id,
        )

    def vorderingen(self) -> list[Row[Any]]:
        return self.repo.vorderingen(self.s, self.repo.vordering_ids(self.s, self.id))


# --- the service ----------------------------------------------------------------------------------------------------


class Regelingendienst:
    """The use cases behind the Regelingen editor and the Beoordelen queue.

    Args:
        opslag: the store (SQLite or PostgreSQL).
        fonts_dir: the TTF fonts for the letters (`resources/fonts`).
        letters_dir: the letter texts (`resources/letters`).
    """

    def __init__(self, opslag: Opslag, fonts_dir: Path, letters_dir: Path) -> None:
        self._opslag = opslag
        self.repo = RegelingRepository(opslag)
        self._fonts_dir = Path(fonts_dir)
        self._letters_dir = Path(letters_dir)
        self._documenten = DocumentRepository(opslag, self._fonts_dir, self._letters_dir)

    # =================================================================================================================
    # reading
    # =================================================================================================================

    @staticmethod
    def _eis_lezen(actor: MedewerkerRow) -> None:
        if not mag(actor.rol, _B.KLANTBEELD_VOLLEDIG):
            eis(actor.rol, _B.KLANTBEELD_BEPERKT)

    def vorderingen(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        vandaag: dt.date,
        rente: bool = True,
        ook_afgesloten: bool = False,
    ) -> list[VorderingOverzicht]:
        """The household's claims with origin, amount, open balance, running interest and status, oldest first.

        Args:
            actor: who asks (any role that may open the klantbeeld).
            burger_id: the citizen; claims of a partner they are jointly liable for are included.
            vandaag: the interest is computed as if everything were paid today (`bereken_invorderingsrente`).
            rente: compute the running invorderingsrente (DOMAIN §11 item 20).
            ook_afgesloten: also claims that are paid off or set off.

        Raises:
            GeenToegang: the role may not see the klantbeeld. NietGevonden: no such citizen.
        """
        self._eis_lezen(actor)
        with self._opslag.lezen() as s:
            self.repo.burger(s, burger_id)
            rijen = self.repo.vorderingen_huishouden(s, burger_id, ook_afgesloten=ook_afgesloten)
            regelingen = self.repo.regelingen_van_vorderingen(s, [r.id for r in rijen])
            return [self._overzicht(r, burger_id, regelingen.get(r.id), vandaag, rente) for r in rijen]

    @staticmethod
    def _overzicht(
        r: Row[Any], burger_id: int, regeling_id: int | None, vandaag: dt.date, rente: bool
    ) -> VorderingOverzicht:
        lopend: Decimal | None = _NUL
        toelichting = ""
        open_ = euro(r.open_cent) or _NUL
        if not rente:
            lopend, toelichting = None, "invorderingsrente staat uit"
        elif open_ > _NUL and vandaag > r.vervaldatum:
            try:
                lopend = bereken_invorderingsrente(open_, r.vervaldatum, vandaag).bedrag
            except Invoerfout as fout:
                lopend, toelichting = None, fout.melding
        return VorderingOverzicht(
            id=r.id,
            burger_id=r.burger_id,
            schuldenaar="aanvrager" if r.burger_id == burger_id else "partner",
            toeslag=r.regeling,
            jaar=r.jaar,
            kenmerk=r.kenmerk,
            beschikking_id=r.beschikking_id,
            beschikking_kenmerk=r.beschikking_kenmerk,
            beschikking_datum=r.beschikking_datum,
            ontstaan_op=r.ontstaan_op,
            vervaldatum=r.vervaldatum,
            bedrag=euro(r.bedrag_cent) or _NUL,
            open=open_,
            rente=euro(r.rente_cent) or _NUL,
            kosten=euro(r.kosten_cent) or _NUL,
            lopende_rente=lopend,
            rente_peildatum=vandaag,
            status=r.status,
            regeling_id=regeling_id,
            version=r.version,
            rente_toelichting=toelichting,
        )

    def regeling(self, actor: MedewerkerRow, regeling_id: int, *, vandaag: dt.date) -> RegelingDetail:
        """One arrangement with its schedule, claims and open four-eyes request, as it stands on `vandaag`."""
        self._eis_lezen(actor)
        with self._opslag.lezen() as s:
            return self._detail(s, actor, regeling_id, vandaag)

    def regelingen(self, actor: MedewerkerRow, burger_id: int, *, vandaag: dt.date) -> list[RegelingDetail]:
        """Every arrangement of the citizen (all statuses), newest first."""
        self._eis_lezen(actor)
        with self._opslag.lezen() as s:
            self.repo.burger(s, burger_id)
            return [self._detail(s, actor, i, vandaag) for i in reversed(self.repo.regeling_ids(s, burger_id))]

    def _detail(self, s: Session, actor: MedewerkerRow, regeling_id: int, vandaag: dt.date) -> RegelingDetail:
        rij = self.repo.regeling_row(s, regeling_id)
        r = self.repo.regeling(s, regeling_id)
        data = dict(r.capaciteit or {})
        rente = bool(data.get("rente", False))
        vorderingen = tuple(
            self._overzicht(v, r.burger_id, regeling_id, vandaag, rente)
            for v in self.repo.vorderingen(s, rij.vordering_ids)
        )
        # The counter (balie) does not see four-eyes requests (their motivation and the household situation);
        # on the team server it cannot even read them, so the query is not made for that role.
        volledig = mag(actor.rol, _B.KLANTBEELD_VOLLEDIG)
        open_b = self.repo.open_beoordeling(s, "betalingsregeling", regeling_id) if volledig else None
        return RegelingDetail(
            regeling=rij,
            burger_id=r.burger_id,
            status=effectieve_regelingstatus(r.status, r.pauze_van, r.pauze_tot, vandaag),
            peildatum=vandaag,
            vorderingen=vorderingen,
            open_beoordeling=None if open_b is None else self._beoordeling_row(s, open_b, actor),
            rente=rente,
            looptijd=int(data.get("looptijd") or r.aantal_termijnen),
        )

    # --- compare options (pure) ------------------------------------------------------------------------------

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
    ) -> Vergelijking:
        """Standard vs persoonlijk (on the entered capacity) vs a longer term, side by side; nothing is written.

        Args:
            vordering_ids: the selected claims of the household.
            startdatum: the first due date of every option.
            capaciteit: the capacity inputs; without them the persoonlijk and longer options say what is missing.
            looptijd_langer: the term of the third option (months; a persoonlijke regeling over that term).
            rente: compute invorderingsrente (included in the instalments).

        Returns:
            Three options ("standaard", "persoonlijk", "langer"), each with the core's result or a Dutch reason.
        """
        eis(actor.rol, _B.PROEFBEREKENING)
        self._eis_lezen(actor)
        ids = self._ids(vordering_ids)
        if startdatum < vandaag:
            raise Validatiefout("startdatum", "de eerste termijn kan niet in het verleden liggen")
        if not 1 <= looptijd_langer <= 120:
            raise Validatiefout("looptijd", "kies een looptijd van 1 tot en met 120 maanden")
        with self._opslag.lezen() as s:
            rijen = self._vorderingen_van_huishouden(s, burger_id, ids)
            reken = self._rekenvorderingen(rijen, burger_id)
            dwang = any(r.status == _V.DWANG.value for r in rijen)

        def optie(naam: str, titel: str, bereken: Any) -> Optie:
            try:
                return Optie(naam, titel, bereken())
            except Invoerfout as fout:
                return Optie(naam, titel, None, str(fout))

        geen_capaciteit = "vul eerst het inkomen en de uitgaven in (betalingscapaciteit)"
        opties = [
            optie(
                "standaard",
                "Standaardregeling (24 maanden)",
                lambda: standaardregeling(
                    reken, startdatum, rente=rente, rente_in_termijnen=rente, dwanginvordering=dwang
                ),
            ),
            optie(
                "persoonlijk",
                "Persoonlijke betalingsregeling",
                lambda: persoonlijke_regeling(reken, startdatum, capaciteit, rente=rente, rente_in_termijnen=rente),
            )
            if capaciteit is not None
            else Optie("persoonlijk", "Persoonlijke betalingsregeling", None, geen_capaciteit),
            optie(
                "langer",
                f"Langere looptijd ({looptijd_langer} maanden)",
                lambda: persoonlijke_regeling(
                    reken, startdatum, capaciteit, looptijd=looptijd_langer, rente=rente, rente_in_termijnen=rente
                ),
            )
            if capaciteit is not None
            else Optie("langer", f"Langere looptijd ({looptijd_langer} maanden)", None, geen_capaciteit),
        ]
        return Vergelijking(ids, startdatum, tuple(opties))

    # --- the supervisor's queue ------------------------------------------------------------------------------

    def wachtrij(self, actor: MedewerkerRow) -> list[BeoordelingRow]:
        """The open four-eyes requests, oldest first, each with the household situation and the calculation.

        The viewer's own proposals are in it too (`eigen` True): they may see them, not decide them.
        """
        eis(actor.rol, _B.UITZONDERING_BEOORDELEN)
        with self._opslag.lezen() as s:
            return [self._beoordeling_row(s, b, actor) for b in self.repo.beoordelingen(s, status="open")]

    def beoordelingen(
        self, actor: MedewerkerRow, *, burger_id: int | None = None, eigen: bool = False
    ) -> list[BeoordelingRow]:
        """Four-eyes requests in every status, oldest first: of one citizen (`burger_id`), or the actor's own
        proposals (`eigen`), or all.

        Who: own proposals: begeleider and supervisor; otherwise the roles with the full klantbeeld.
        """
        eis(actor.rol, _B.UITZONDERING_VOORSTELLEN if eigen else _B.KLANTBEELD_VOLLEDIG)
        with self._opslag.lezen() as s:
            rijen = self.repo.beoordelingen(s, burger_id=burger_id, voorgesteld_door=actor.id if eigen else None)
            return [self._beoordeling_row(s, b, actor) for b in rijen]

    def beoordeling(self, actor: MedewerkerRow, beoordeling_id: int) -> BeoordelingRow:
        """One four-eyes request (its proposer, and the roles with the full klantbeeld, may read it)."""
        with self._opslag.lezen() as s:
            b = self.repo.beoordeling(s, beoordeling_id)
            if b.voorgesteld_door != actor.id:
                eis(actor.rol, _B.KLANTBEELD_VOLLEDIG)
            return self._beoordeling_row(s, b, actor)

    def _beoordeling_row(self, s: Session, b: Row[Any], actor: MedewerkerRow) -> BeoordelingRow:
        namen = self.repo.medewerker_namen(s, (b.voorgesteld_door, b.beoordeeld_door))
        gegevens = dict(b.gegevens or {})
        return BeoordelingRow(
            id=b.id,
            burger_id=b.burger_id,
            burger_naam=self.repo.burger_naam(s, b.burger_id),
            soort=b.soort,
            onderwerp_type=b.onderwerp_type,
            onderwerp_id=b.onderwerp_id,
            wijziging=str(gegevens.get("wijziging", "nieuw")),
            redenen=tuple(str(r) for r in gegevens.get("redenen", ())),
            voorgesteld_door=b.voorgesteld_door,
            voorgesteld_door_naam=namen.get(b.voorgesteld_door, "onbekende medewerker"),
            motivatie=b.motivatie,
            status=b.status,
            ingediend_op=b.ingediend_op,
            beoordeeld_door=b.beoordeeld_door,
            beoordeeld_door_naam=None if b.beoordeeld_door is None else namen.get(b.beoordeeld_door),
            beoordeling_motivatie=b.beoordeling_motivatie,
            beoordeeld_op=b.beoordeeld_op,
            situatie=dict(gegevens.get("situatie") or {}),
            berekening=dict(gegevens.get("berekening") or {}),
            gegevens=gegevens,
            eigen=b.voorgesteld_door == actor.id,
            version=b.version,
        )

    # =================================================================================================================
    # proposing
    # =================================================================================================================

    @staticmethod
    def _ids(vordering_ids: Sequence[int]) -> tuple[int, ...]:
        ids = tuple(dict.fromkeys(int(i) for i in vordering_ids))
        if not ids:
            raise Validatiefout("vorderingen", "kies ten minste één vordering")
        return ids

    def _vorderingen_van_huishouden(self, s: Session, burger_id: int, ids: Sequence[int]) -> list[Row[Any]]:
        self.repo.burger(s, burger_id)
        rijen = self.repo.vorderingen(s, ids)
        gevonden = {r.id for r in rijen}
        if set(ids) - gevonden:
            raise NietGevonden("Een van de gekozen vorderingen bestaat niet (meer) in de opslag.")
        vreemd = [r.kenmerk for r in rijen if burger_id not in (r.burger_id, r.partner_id)]
        if vreemd:
            raise Validatiefout("vorderingen", f"hoort niet bij dit huishouden: {', '.join(vreemd)}")
        return rijen

    @staticmethod
    def _rekenvorderingen(rijen: Iterable[Row[Any]], burger_id: int) -> tuple[Rekenvordering, ...]:
        """The claims as the calculation core sees them: what is open now, and who owes it."""
        return tuple(
            Rekenvordering(
                kenmerk=r.kenmerk,
                hoofdsom=euro(r.open_cent) or _NUL,
                uiterste_betaaldatum=r.vervaldatum,
                rente=euro(r.rente_cent) or _NUL,
                kosten=euro(r.kosten_cent) or _NUL,
                schuldenaar="aanvrager" if r.burger_id == burger_id else "partner",
            )
            for r in rijen
            if r.open_cent + r.rente_cent + r.kosten_cent > 0
        )

    @staticmethod
    def _bereken_nieuw(
        soort: RegelingSoort,
        reken: tuple[Rekenvordering, ...],
        startdatum: dt.date,
        *,
        capaciteit: Capaciteitsinvoer | None,
        looptijd: int | None,
        pauze: Pauze | None,
        rente: bool,
        dwang: bool,
    ) -> Betalingsregeling:
        pauzes = () if pauze is None else (pauze,)
        try:
            if soort is RegelingSoort.PERSOONLIJK:
                if capaciteit is None:
                    raise Validatiefout(
                        "capaciteit", "vul het inkomen en de uitgaven in voor een persoonlijke regeling"
                    )
                return persoonlijke_regeling(
                    reken,
                    startdatum,
                    capaciteit,
                    looptijd=looptijd,
                    pauzes=pauzes,
                    rente=rente,
                    rente_in_termijnen=rente,
                )
            if soort is RegelingSoort.SPIJTOPTANT:
                if pauze is not None:
                    raise Validatiefout("pauze", "de spijtoptantenregeling kent geen betaalpauze")
                return spijtoptantregeling(
                    reken, startdatum, rente=rente, rente_in_termijnen=rente, dwanginvordering=dwang
                )
            return standaardregeling(
                reken, startdatum, pauzes=pauzes, rente=rente, rente_in_termijnen=rente, dwanginvordering=dwang
            )
        except Invoerfout as fout:
            raise _validatie(fout) from None

    def stel_voor(self, actor: MedewerkerRow, voorstel: RegelingVoorstel, *, vandaag: dt.date) -> VoorstelUitkomst:
        """Propose an arrangement for the selected claims (one transaction).

        Within policy it is active at once (its claims go to `in_regeling`). Outside policy (the core's
        `buiten_beleid`: a term over 24 months, a pause, an instalment below € 20, claims of different debtors,
        collection stopped for a restant) it is saved `ter_beoordeling` with a Beoordeling for the supervisor,
        which carries the calculation and the household situation; the motivation is then required. When the
        capacity is too low for any instalment, no arrangement is made: the Beoordeling proposes to stop collection
        for the claims (`stop_invordering`).

        Who: standaard and spijtoptant: balie, begeleider, supervisor; persoonlijk: begeleider, supervisor;
        outside policy: begeleider, supervisor.

        Raises:
            GeenToegang: the role may not propose this. Validatiefout: bad input, refusal reasons of the core
            (vermogen, opzet of grove schuld, dwanginvordering), a claim already in an arrangement.
            NietGevonden: unknown citizen or claim.
        """
        soort = RegelingSoort(voorstel.soort)
        eis(actor.rol, _B.REGELING_PERSOONLIJK if soort is RegelingSoort.PERSOONLIJK else _B.REGELING_STANDAARD)
        ids = self._ids(voorstel.vordering_ids)
        if voorstel.startdatum < vandaag:
            raise Validatiefout("startdatum", "de eerste termijn kan niet in het verleden liggen")
        if voorstel.startdatum > vandaag + dt.timedelta(days=366):
            raise Validatiefout("startdatum", "de eerste termijn ligt meer dan een jaar vooruit")
        if voorstel.looptijd is not None and soort is not RegelingSoort.PERSOONLIJK:
            raise Validatiefout("looptijd", "alleen een persoonlijke regeling heeft een eigen looptijd")
        pauze = self._pauze(voorstel.pauze_vanaf, voorstel.pauze_maanden, voorstel.startdatum)
        motivatie = _motivatie(voorstel.motivatie, verplicht=False)
        with self._opslag.schrijven() as s:
            rijen = self._vorderingen_van_huishouden(s, voorstel.burger_id, ids)
            self._eis_vrij(s, rijen)
            uitkomst = self._bereken_nieuw(
                soort,
                self._rekenvorderingen(rijen, voorstel.burger_id),
                voorstel.startdatum,
                capaciteit=voorstel.capaciteit,
                looptijd=voorstel.looptijd,
                pauze=pauze,
                rente=voorstel.rente,
                dwang=any(r.status == _V.DWANG.value for r in rijen),
            )
            self._eis_mogelijk(uitkomst)
            parameters = {
                "soort": soort.value,
                "vordering_ids": list(ids),
                "startdatum": voorstel.startdatum.isoformat(),
                "looptijd": voorstel.looptijd,
                "pauze": None if pauze is None else {"vanaf": pauze.vanaf.isoformat(), "maanden": pauze.maanden},
                "rente": voorstel.rente,
                "capaciteit": None if voorstel.capaciteit is None else capaciteit_naar_json(voorstel.capaciteit),
            }
            if not uitkomst.termijnen:
                return self._stel_stop_voor(
                    s, actor, voorstel.burger_id, rijen, uitkomst, parameters, motivatie, vandaag
                )
            buiten = bool(uitkomst.buiten_beleid)
            if buiten and not mag(actor.rol, _B.UITZONDERING_VOORSTELLEN):
                raise GeenToegang(
                    "Dit voorstel valt buiten het beleid (" + "; ".join(uitkomst.buiten_beleid) + "). Alleen een "
                    "persoonlijk begeleider of supervisor kan het ter beoordeling voorleggen; verwijs de burger naar "
                    "persoonlijke begeleiding."
                )
            if buiten and motivatie is None:
                raise Validatiefout(
                    "motivatie",
                    "dit voorstel valt buiten het beleid (" + "; ".join(uitkomst.buiten_beleid) + "); leg uit waarom "
                    "deze uitzondering nodig is, de supervisor beslist erop",
                )
            naar = _R.TER_BEOORDELING.value if buiten else _R.ACTIEF.value
            overgang = REGELING.controleer(_R.VOORSTEL.value, naar, actor.rol, {"motivatie": motivatie})
            looptijd = (voorstel.looptijd or 24) if soort is RegelingSoort.PERSOONLIJK else len(uitkomst.termijnen)
            data: dict[str, Any] = {
                "invoer": parameters["capaciteit"],
                "uitkomst": None if uitkomst.betalingscapaciteit is None else uitkomst.betalingscapaciteit.naar_dict(),
                "looptijd": looptijd,
                "pauzes": [] if pauze is None else [parameters["pauze"]],
                "rente": voorstel.rente,
                "rente_in_termijnen": voorstel.rente,
                "schema": _schema_json(uitkomst),
            }
            regeling = self.repo.voeg_in(
                s,
                RegelingTabel,
                {
                    "burger_id": voorstel.burger_id,
                    "soort": soort.value,
                    "status": naar,
                    "totaal_cent": cent(uitkomst.schuld),
                    "termijnbedrag_cent": cent(uitkomst.termijnbedrag),
                    "aantal_termijnen": uitkomst.aantal_termijnen,
                    "startdatum": voorstel.startdatum,
                    "pauze_van": None if pauze is None else pauze.vanaf,
                    "pauze_tot": None if pauze is None else pauze.tot,
                    "capaciteit": data,
                    "motivatie": motivatie,
                    "voorgesteld_door": actor.id,
                    "aangemaakt_op": nu(),
                    "version": 1,
                },
                medewerker_id=actor.id,
                actie=f"regeling voorgesteld: {overgang.actie}",
                burger_id=voorstel.burger_id,
            )
            regeling_id = int(regeling["id"])
            for r in rijen:
                self.repo.koppel(s, regeling_id, r.id, vandaag, medewerker_id=actor.id, burger_id=voorstel.burger_id)
            self._plan_termijnen(s, actor, regeling_id, voorstel.burger_id, 1, _plan(uitkomst, pauze))
            beoordeling = None
            if buiten:
                beoordeling = self._dien_in(
                    s,
                    actor,
                    voorstel.burger_id,
                    "betalingsregeling",
                    regeling_id,
                    "nieuw",
                    uitkomst,
                    parameters,
                    motivatie,
                    vandaag,
                    regeling_versie=1,
                )
            else:
                for r in rijen:
                    self._naar_in_regeling(s, actor, r, regeling_id)
            return VoorstelUitkomst(
                self._detail(s, actor, regeling_id, vandaag),
                None if beoordeling is None else self._beoordeling_row(s, beoordeling, actor),
            )

    @staticmethod
    def _pauze(vanaf: dt.date | None, maanden: int | None, startdatum: dt.date) -> Pauze | None:
        if vanaf is None and maanden is None:
            return None
        if vanaf is None or maanden is None:
            raise Validatiefout("pauze", "geef de eerste dag én het aantal maanden van de pauze")
        if not 1 <= maanden <= 24:
            raise Validatiefout("pauze", "een pauze duurt 1 tot en met 24 maanden")
        if vanaf < startdatum:
            raise Validatiefout("pauze", "de pauze kan niet voor de eerste termijn beginnen")
        return Pauze(vanaf, maanden)

    def _eis_vrij(self, s: Session, rijen: Sequence[Row[Any]]) -> None:
        """Every claim may still go into an arrangement (not paid off, not taken by another arrangement)."""
        bezet = self.repo.regelingen_van_vorderingen(s, [r.id for r in rijen])
        for r in rijen:
            if r.id in bezet:
                raise Validatiefout(
                    "vorderingen",
                    f"{r.kenmerk} zit al in betalingsregeling {bezet[r.id]} (of in een voorstel daarvoor)",
                )
            if r.status not in _VRIJ_VOOR_REGELING:
                raise Validatiefout(
                    "vorderingen", f"{r.kenmerk} heeft status '{VORDERING.label(r.status)}' en kan niet in een regeling"
                )

    @staticmethod
    def _eis_mogelijk(uitkomst: Betalingsregeling) -> None:
        if uitkomst.weigeringsgronden:
            raise Validatiefout(
                "regeling", f"deze {uitkomst.soort.label} is niet mogelijk: " + "; ".join(uitkomst.weigeringsgronden)
            )
        if not uitkomst.termijnen and uitkomst.conclusie != GEEN_INVORDERINGSMAATREGELEN:
            raise Validatiefout("vorderingen", uitkomst.conclusie)

    def _plan_termijnen(
        self, s: Session, actor: MedewerkerRow, regeling_id: int, burger_id: int, eerste: int, plan: Sequence[_Plan]
    ) -> None:
        """Write planned termijnen (numbered from `eerste`) in one statement with one audit event."""
        self.repo.voeg_termijnen_in(
            s,
            regeling_id,
            [
                {
                    "volgnummer": nummer,
                    "vervaldatum": p.vervaldatum,
                    "bedrag_cent": cent(p.bedrag),
                    "betaald_cent": 0,
                    "status": p.status,
                }
                for nummer, p in enumerate(plan, start=eerste)
            ],
            medewerker_id=actor.id,
            actie="termijnen gepland",
            burger_id=burger_id,
        )

    def _naar_in_regeling(self, s: Session, actor: MedewerkerRow, r: Row[Any], regeling_id: int) -> None:
        huidig = self.repo.vorderingen(s, [r.id])[0]
        if huidig.status == _V.IN_REGELING.value:
            return
        overgang = VORDERING.controleer(huidig.status, _V.IN_REGELING.value, actor.rol, {"regeling_id": regeling_id})
        self.repo.werk_bij(
            s,
            Vordering,
            huidig.id,
            huidig.version,
            {"status": _V.IN_REGELING.value},
            medewerker_id=actor.id,
            actie=overgang.actie,
            burger_id=huidig.burger_id,
        )

    def _dien_in(
        self,
        s: Session,
        actor: MedewerkerRow,
        burger_id: int,
        onderwerp_type: str,
        onderwerp_id: int,
        wijziging: str,
        uitkomst: Betalingsregeling,
        parameters: dict[str, Any],
        motivatie: str | None,
        vandaag: dt.date,
        *,
        regeling_versie: int | None,
    ) -> Row[Any]:
        """The four-eyes request: soort per reason, the calculation and the household situation; audited."""
        eis(actor.rol, _B.UITZONDERING_VOORSTELLEN)
        if motivatie is None:
            raise Validatiefout("motivatie", "leg uit waarom deze uitzondering nodig is; de supervisor beslist erop")
        redenen = list(uitkomst.buiten_beleid)
        rij = self.repo.voeg_in(
            s,
            Beoordeling,
            {
                "burger_id": burger_id,
                "soort": _eerste_soort(redenen).value,
                "onderwerp_type": onderwerp_type,
                "onderwerp_id": onderwerp_id,
                "voorgesteld_door": actor.id,
                "motivatie": motivatie,
                "gegevens": {
                    "wijziging": wijziging,
                    "redenen": redenen,
                    "soorten": [beoordelingsoort(r).value for r in redenen],
                    "berekening": _berekening_json(uitkomst),
                    "situatie": self.repo.situatie(s, burger_id, vandaag),
                    "parameters": parameters,
                    "regeling_versie": regeling_versie,
                    "peildatum": vandaag.isoformat(),
                },
                "status": BeoordelingStatus.OPEN.value,
                "ingediend_op": nu(),
                "version": 1,
            },
            medewerker_id=actor.id,
            actie="voorstel ter beoordeling ingediend",
            burger_id=burger_id,
        )
        return self.repo.beoordeling(s, int(rij["id"]))

    def _stel_stop_voor(
        self,
        s: Session,
        actor: MedewerkerRow,
        burger_id: int,
        rijen: Sequence[Row[Any]],
        uitkomst: Betalingsregeling,
        parameters: dict[str, Any],
        motivatie: str | None,
        vandaag: dt.date,
    ) -> VoorstelUitkomst:
        """Capacity too low for any instalment: propose to take no collection measures (not kwijtschelding)."""
        if not mag(actor.rol, _B.UITZONDERING_VOORSTELLEN):
            raise GeenToegang(
                "De betalingscapaciteit is te laag voor een termijn. Alleen een persoonlijk begeleider of supervisor "
                "kan voorstellen om geen invorderingsmaatregelen te nemen."
            )
        b = self._dien_in(
            s,
            actor,
            burger_id,
            "vordering",
            rijen[0].id,
            "stop_invordering",
            uitkomst,
            parameters,
            motivatie,
            vandaag,
            regeling_versie=None,
        )
        return VoorstelUitkomst(None, self._beoordeling_row(s, b, actor))

    # =================================================================================================================
    # four eyes: deciding
    # =================================================================================================================

    def keur_goed(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> VoorstelUitkomst:
        """Approve a proposal (supervisor, never one's own): a new arrangement becomes active, a change is applied
        (computed again from the arrangement as it is now), a stop of collection makes the claims niet
        invorderbaar. The proposer gets a task with the outcome. One transaction, audited.

        Raises:
            GeenToegang: not a supervisor, or their own proposal (also refused by the database: CHECK vier_ogen and
                row-level security). OngeldigeOvergang: already decided. Conflict: stale `versie`.
            Validatiefout: no motivation; the change can no longer be applied (the arrangement stopped meanwhile).
        """
        return self._beslis(actor, beoordeling_id, versie, motivatie, vandaag, goedkeuren=True)

    def wijs_af(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> VoorstelUitkomst:
        """Reject a proposal (supervisor, never one's own): a new arrangement becomes `afgewezen`, a change is not
        applied. The proposer gets a task with the outcome. Raises as `keur_goed`."""
        return self._beslis(actor, beoordeling_id, versie, motivatie, vandaag, goedkeuren=False)

    def _beslis(
        self,
        actor: MedewerkerRow,
        beoordeling_id: int,
        versie: int,
        motivatie: str,
        vandaag: dt.date,
        *,
        goedkeuren: bool,
    ) -> VoorstelUitkomst:
        eis(actor.rol, _B.UITZONDERING_BEOORDELEN)
        tekst = _motivatie(motivatie, verplicht=True, veld="motivatie van de beoordeling")
        naar = BeoordelingStatus.GOEDGEKEURD.value if goedkeuren else BeoordelingStatus.AFGEWEZEN.value
        with self._opslag.schrijven() as s:
            b = self.repo.beoordeling(s, beoordeling_id)
            self.repo.eis_versie(s, Beoordeling, beoordeling_id, versie)
            if b.voorgesteld_door == actor.id:
                raise GeenToegang(
                    "U kunt uw eigen voorstel niet beoordelen (vier ogen). Een andere supervisor moet dit beoordelen."
                )
            overgang = BEOORDELING.controleer(b.status, naar, actor.rol, {"beoordeling_motivatie": tekst})
            self.repo.werk_bij(
                s,
                Beoordeling,
                b.id,
                b.version,
                {"status": naar, "beoordeeld_door": actor.id, "beoordeling_motivatie": tekst, "beoordeeld_op": nu()},
                medewerker_id=actor.id,
                actie=overgang.actie,
                burger_id=b.burger_id,
            )
            gegevens = dict(b.gegevens or {})
            wijziging = str(gegevens.get("wijziging", "nieuw"))
            regeling_id: int | None = b.onderwerp_id if b.onderwerp_type == "betalingsregeling" else None
            if goedkeuren:
                self._voer_uit(s, actor, b, gegevens, tekst or "", vandaag)
            elif wijziging == "nieuw" and regeling_id is not None:
                w = _Werk(self, s, actor, self.repo.regeling(s, regeling_id), vandaag)
                w.naar(_R.AFGEWEZEN.value, {"beoordeling_motivatie": tekst})
                self._vervallen_termijnen(w, w.termijnen())
            uitkomst = "goedgekeurd" if goedkeuren else "afgewezen"
            self.repo.taak(
                s,
                burger_id=b.burger_id,
                medewerker_id=b.voorgesteld_door,
                aangemaakt_door=actor.id,
                soort=TaakSoort.BEOORDELING.value,
                omschrijving=f"Uw voorstel ({BeoordelingSoort(b.soort).label.lower()}, "
                f"{_WIJZIGING_TEKST.get(wijziging, wijziging)}) is {uitkomst} door {actor.naam}: {tekst}",
                vervaldatum=werkdagen_na(vandaag, 2),
            )
            rij = self.repo.beoordeling(s, b.id)
            detail = None if regeling_id is None else self._detail(s, actor, regeling_id, vandaag)
            return VoorstelUitkomst(detail, self._beoordeling_row(s, rij, actor))

    def _voer_uit(
        self, s: Session, actor: MedewerkerRow, b: Row[Any], gegevens: dict[str, Any], tekst: str, vandaag: dt.date
    ) -> None:
        """Carry out an approved proposal."""
        wijziging = str(gegevens.get("wijziging", "nieuw"))
        parameters = dict(gegevens.get("parameters") or {})
        if b.onderwerp_type == "vordering":  # stop collection for claims without an arrangement
            for vid in parameters.get("vordering_ids", []):
                rij = self.repo.vorderingen(s, [int(vid)])
                if rij and rij[0].status not in (_V.AFGELOST.value, _V.VERREKEND.value, _V.NIET_INVORDERBAAR.value):
                    self._vordering_naar(s, actor, rij[0], _V.NIET_INVORDERBAAR.value, {"beoordeling_id": b.id})
            return
        w = _Werk(self, s, actor, self.repo.regeling(s, b.onderwerp_id), vandaag)
        if wijziging == "nieuw":
            self._activeer(w, tekst)
            return
        if w.status not in _LOPEND:
            raise Validatiefout(
                "beoordeling",
                f"de regeling heeft nu status '{REGELING.label(w.status)}'; de wijziging kan niet meer worden "
                "doorgevoerd. Wijs het voorstel af.",
            )
        self._werk_pauze_bij(w)
        if wijziging == "stop_invordering":
            self._stop_invordering(w, b, tekst)
            return
        uitkomst = self._bereken_wijziging(w, wijziging, parameters)
        self._eis_mogelijk(uitkomst)
        if not uitkomst.termijnen:
            raise Validatiefout("beoordeling", "de herberekening geeft nu geen termijnen meer; wijs het voorstel af")
        self._pas_toe(w, wijziging, uitkomst, parameters)

    def _activeer(self, w: _Werk, tekst: str) -> None:
        """An approved new arrangement: active, its claims in regeling. When the review took so long that the first
        due date has passed, or a claim changed meanwhile, the schedule is computed again from the next date on the
        same day of the month (same inputs)."""
        data = w.json
        schema = dict(data.get("schema") or {})
        rijen = w.vorderingen()
        reken = self._rekenvorderingen(rijen, w.burger_id)
        if not reken:
            raise Validatiefout("beoordeling", "op de vorderingen staat niets meer open; wijs het voorstel af")
        schuld = sum((v.open for v in reken), _NUL)
        waarden: dict[str, Any] = {}
        if w.r.startdatum < w.vandaag or _geld(schuld) != str(schema.get("schuld", _geld(schuld))):
            start = _eerste_op_of_na(w.r.startdatum, w.vandaag)
            verschuiving = 0
            while maand_later(w.r.startdatum, verschuiving) < start:
                verschuiving += 1
            pauze = None
            if w.r.pauze_van is not None and data.get("pauzes"):
                maanden = int(data["pauzes"][0]["maanden"])
                pauze = Pauze(maand_later(w.r.pauze_van, verschuiving), maanden)
            uitkomst = self._bereken_nieuw(
                RegelingSoort(w.r.soort),
                reken,
                start,
                capaciteit=None if not data.get("invoer") else capaciteit_uit_json(data["invoer"]),
                looptijd=int(data["looptijd"]) if w.r.soort == RegelingSoort.PERSOONLIJK.value else None,
                pauze=pauze,
                rente=w.rente,
                dwang=any(r.status == _V.DWANG.value for r in rijen),
            )
            self._eis_mogelijk(uitkomst)
            if not uitkomst.termijnen:
                raise Validatiefout("beoordeling", "de regeling geeft nu geen termijnen meer; wijs het voorstel af")
            waarden = self._vervang_schema(w, uitkomst, pauze)
            data["schema"] = _schema_json(uitkomst)
            data["pauzes"] = [] if pauze is None else [{"vanaf": pauze.vanaf.isoformat(), "maanden": pauze.maanden}]
            waarden.update(
                startdatum=start,
                pauze_van=None if pauze is None else pauze.vanaf,
                pauze_tot=None if pauze is None else pauze.tot,
                capaciteit=data,
            )
        w.naar(_R.ACTIEF.value, {"beoordeling_motivatie": tekst}, waarden)
        for r in rijen:
            if r.open_cent + r.rente_cent + r.kosten_cent > 0:  # a claim set off meanwhile stays as it is
                self._naar_in_regeling(w.s, w.actor, r, w.id)

    def _stop_invordering(self, w: _Werk, b: Row[Any], tekst: str) -> None:
        """Approved: no collection measures any more for the arrangement's claims (capacity too low)."""
        rijen = w.vorderingen()
        self._vervallen_termijnen(w, w.termijnen())
        w.naar(_R.GESTOPT.value, {"motivatie": tekst}, actie="invordering gestopt (goedgekeurd voorstel)")
        for r in rijen:
            if r.status == _V.IN_REGELING.value:
                self._vordering_naar(w.s, w.actor, r, _V.NIET_INVORDERBAAR.value, {"beoordeling_id": b.id})

    def trek_in(
        self, actor: MedewerkerRow, beoordeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> VoorstelUitkomst:
        """Withdraw one's own open proposal; a proposed new arrangement becomes `gestopt`.

        Raises:
            GeenToegang: not the proposer. OngeldigeOvergang: already decided. Conflict: stale `versie`.
        """
        eis(actor.rol, _B.UITZONDERING_VOORSTELLEN)
        tekst = _motivatie(motivatie, verplicht=True)
        with self._opslag.schrijven() as s:
            b = self.repo.beoordeling(s, beoordeling_id)
            self.repo.eis_versie(s, Beoordeling, beoordeling_id, versie)
            if b.voorgesteld_door != actor.id:
                raise GeenToegang("Alleen wie het voorstel deed, kan het intrekken.")
            overgang = BEOORDELING.controleer(
                b.status, BeoordelingStatus.INGETROKKEN.value, actor.rol, {"motivatie": tekst}
            )
            self.repo.werk_bij(
                s,
                Beoordeling,
                b.id,
                b.version,
                {"status": BeoordelingStatus.INGETROKKEN.value},
                medewerker_id=actor.id,
                actie=overgang.actie,
                burger_id=b.burger_id,
            )
            gegevens = dict(b.gegevens or {})
            regeling_id = b.onderwerp_id if b.onderwerp_type == "betalingsregeling" else None
            if regeling_id is not None and gegevens.get("wijziging", "nieuw") == "nieuw":
                w = _Werk(self, s, actor, self.repo.regeling(s, regeling_id), vandaag)
                w.naar(_R.GESTOPT.value, {"motivatie": tekst})
                self._vervallen_termijnen(w, w.termijnen())
            detail = None if regeling_id is None else self._detail(s, actor, regeling_id, vandaag)
            return VoorstelUitkomst(detail, self._beoordeling_row(s, self.repo.beoordeling(s, b.id), actor))

    # =================================================================================================================
    # running arrangements
    # =================================================================================================================

    def _begin(
        self, s: Session, actor: MedewerkerRow, regeling_id: int, versie: int, vandaag: dt.date, *, loopt: bool = True
    ) -> _Werk:
        """Load the arrangement, check the version the caller read, and record a pause that started or ended."""
        r = self.repo.regeling(s, regeling_id)
        self.repo.eis_versie(s, RegelingTabel, regeling_id, versie)
        w = _Werk(self, s, actor, r, vandaag)
        self._werk_pauze_bij(w)
        if loopt and w.status not in _LOPEND:
            raise OngeldigeOvergang(
                f"Deze betalingsregeling loopt niet (status '{REGELING.label(w.status)}'). Dit kan alleen bij een "
                "actieve of gepauzeerde regeling.",
                machine="betalingsregeling",
                van=w.status,
                naar=w.status,
            )
        return w

    @staticmethod
    def _werk_pauze_bij(w: _Werk) -> None:
        effectief = effectieve_regelingstatus(w.status, w.r.pauze_van, w.r.pauze_tot, w.vandaag)
        if effectief != w.status:
            w.naar(effectief, {"pauze_tot": w.r.pauze_tot})

    def _eis_beheer(self, actor: MedewerkerRow) -> None:
        eis(actor.rol, _B.REGELING_BEHEREN)

    # --- payments ----------------------------------------------------------------------------------------------

    def registreer_betaling(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        bedrag: Decimal,
        *,
        betaaldatum: dt.date,
        vandaag: dt.date,
    ) -> BetalingUitkomst:
        """Record a payment on a running arrangement (one transaction).

        The core allocates it (`verdeel_betaling`): oldest claim first, per claim kosten → rente → hoofdsom, with
        the invorderingsrente over the principal paid split off when interest is on (art. 30 lid 2). One Aflossing
        row per claim; the claims' balances go down (a claim paid in full: `afgelost`); the termijnen are paid in
        order (a surplus pays the next ones); everything paid: the arrangement is `afgelost` and the planned
        instalments no longer needed lapse.

        Raises:
            GeenToegang: the role may not manage arrangements. Conflict: stale `versie`.
            OngeldigeOvergang: the arrangement is not running. Validatiefout: bad amount or date, more than what
                pays everything off (the message says how much that is), no parameters for the payment year.
        """
        self._eis_beheer(actor)
        _bedrag(bedrag, "bedrag")
        if betaaldatum > vandaag:
            raise Validatiefout("betaaldatum", "een betaling kan niet in de toekomst liggen")
        with self._opslag.schrijven() as s:
            w = self._begin(s, actor, regeling_id, versie, vandaag)
            rijen = [r for r in w.vorderingen() if r.open_cent + r.rente_cent + r.kosten_cent > 0]
            reken = self._rekenvorderingen(rijen, w.burger_id)
            if not reken:
                raise Validatiefout("bedrag", "op deze regeling staat niets meer open")
            try:
                verdeling = verdeel_betaling(bedrag, reken, betaaldatum, rente=w.rente, rente_in_betaling=True)
            except Invoerfout as fout:
                raise _validatie(fout) from None
            if verdeling.onverdeeld > _NUL:
                raise Validatiefout(
                    "bedrag",
                    f"is hoger dan nodig: met {_euro_tekst(verdeling.toegerekend)} is op {_datum_tekst(betaaldatum)} "
                    "alles afgelost. Registreer dat bedrag; wat meer is betaald, gaat terug naar de burger.",
                )
            per_kenmerk = {r.kenmerk: r for r in rijen}
            termijnen = w.termijnen()
            betaald_termijnen, eerste_termijn = self._betaal_termijnen(w, termijnen, bedrag)
            aflossing_ids: list[int] = []
            for t in verdeling.toerekeningen:
                if t.betaald <= _NUL:
                    continue
                rij = self.repo.voeg_in(
                    s,
                    Aflossing,
                    {
                        "burger_id": w.burger_id,
                        "vordering_id": per_kenmerk[t.kenmerk].id,
                        "regeling_id": w.id,
                        "termijn_id": eerste_termijn,
                        "datum": betaaldatum,
                        "bedrag_cent": cent(t.betaald),
                        "kosten_cent": cent(t.kosten),
                        "rente_cent": cent(t.rente + t.invorderingsrente_betaald),
                        "hoofdsom_cent": cent(t.hoofdsom),
                        "geregistreerd_door": actor.id,
                    },
                    medewerker_id=actor.id,
                    actie="betaling geregistreerd",
                    burger_id=w.burger_id,
                )
                aflossing_ids.append(int(rij["id"]))
            self._boek_saldi(s, actor, per_kenmerk, verdeling.vorderingen, _V.AFGELOST.value)
            self._sluit_of_vul_aan(w)
            w.werk_bij({}, "betaling geregistreerd")
            aflossingen = tuple(
                AflossingRow(
                    id=a.id,
                    vordering_id=a.vordering_id,
                    kenmerk=a.kenmerk,
                    datum=a.datum,
                    bedrag=euro(a.bedrag_cent) or _NUL,
                    kosten=euro(a.kosten_cent) or _NUL,
                    rente=euro(a.rente_cent) or _NUL,
                    hoofdsom=euro(a.hoofdsom_cent) or _NUL,
                    termijn_id=a.termijn_id,
                )
                for a in self.repo.aflossingen(s, aflossing_ids)
            )
            return BetalingUitkomst(self._detail(s, actor, w.id, vandaag), aflossingen, tuple(betaald_termijnen))

    def _betaal_termijnen(
        self, w: _Werk, termijnen: Sequence[Row[Any]], bedrag: Decimal
    ) -> tuple[list[int], int | None]:
        """Pay the termijnen in order; a surplus beyond the whole schedule becomes a paid final termijn."""
        rest = cent(bedrag) or 0
        geraakt: list[int] = []
        eerste: int | None = None
        for t in termijnen:
            if rest <= 0:
                break
            if t.status not in _TE_BETALEN:
                continue
            deel = min(rest, t.bedrag_cent - t.betaald_cent)
            if deel <= 0:
                continue
            rest -= deel
            nieuw = t.betaald_cent + deel
            if nieuw >= t.bedrag_cent:
                status = _T.BETAALD.value
            elif t.status == _T.HERINNERD.value:
                status = _T.HERINNERD.value
            else:
                status = _T.DEELS_BETAALD.value
            w.termijn(
                t,
                {"betaald_cent": nieuw},
                status=status,
                actie="" if status != t.status else "termijn deels betaald",
                gegevens={"aflossing": deel},
            )
            geraakt.append(t.volgnummer)
            eerste = eerste if eerste is not None else t.id
        if rest > 0:  # paid more than the schedule asked (interest of late payments): a paid final termijn
            volgnummer = self.repo.max_volgnummer(w.s, w.id) + 1
            laatste = max((t.vervaldatum for t in termijnen if t.status not in _NIET_LEVEND), default=w.vandaag)
            rij = self.repo.voeg_in(
                w.s,
                Termijn,
                {
                    "regeling_id": w.id,
                    "volgnummer": volgnummer,
                    "vervaldatum": maand_later(laatste, 1),
                    "bedrag_cent": rest,
                    "betaald_cent": rest,
                    "status": _T.BETAALD.value,
                    "version": 1,
                },
                medewerker_id=w.actor.id,
                actie="slottermijn betaald",
                burger_id=w.burger_id,
            )
            geraakt.append(volgnummer)
            eerste = eerste if eerste is not None else int(rij["id"])
        return geraakt, eerste

    def _boek_saldi(
        self,
        s: Session,
        actor: MedewerkerRow,
        per_kenmerk: dict[str, Row[Any]],
        na: Sequence[Rekenvordering],
        klaar_status: str,
    ) -> None:
        """Write the claims' balances after an allocation; a claim with nothing open gets `klaar_status`
        (`afgelost` after a payment, `verrekend` after a set-off)."""
        for v in na:
            rij = per_kenmerk.get(v.kenmerk)
            if rij is None:
                continue
            waarden: dict[str, Any] = {
                "open_cent": cent(v.hoofdsom),
                "rente_cent": cent(v.rente),
                "kosten_cent": cent(v.kosten),
            }
            if all(waarden[k] == getattr(rij, k) for k in waarden):
                continue
            actie = "saldo vordering bijgewerkt"
            if v.open == _NUL:
                actie = VORDERING.controleer(rij.status, klaar_status, actor.rol, {}).actie
                waarden["status"] = klaar_status
            self.repo.werk_bij(
                s, Vordering, rij.id, rij.version, waarden, medewerker_id=actor.id, actie=actie, burger_id=rij.burger_id
            )

    def _sluit_of_vul_aan(self, w: _Werk) -> None:
        """After money came in: everything paid → `afgelost`; the schedule done but something open → a final
        termijn for it (or, with an agreed restant, a task to assess the capacity again)."""
        vorderingen = w.vorderingen()
        open_cent = sum(r.open_cent + r.rente_cent + r.kosten_cent for r in vorderingen)
        termijnen = w.termijnen()
        if open_cent == 0:
            self._vervallen_termijnen(w, termijnen)
            w.naar(_R.AFGELOST.value)
            return
        if any(t.status in _TE_BETALEN for t in termijnen):
            return
        restant = Decimal(str(dict(w.json.get("schema") or {}).get("restant", "0")))
        if restant > _NUL:
            begeleider = self.repo.begeleider(w.s, w.burger_id)
            self.repo.taak(
                w.s,
                burger_id=w.burger_id,
                medewerker_id=begeleider.id if begeleider is not None else w.r.voorgesteld_door,
                aangemaakt_door=w.actor.id,
                soort=TaakSoort.OPVOLGING.value,
                omschrijving=f"De looptijd van betalingsregeling {w.id} is voorbij; er staat nog "
                f"{_euro_tekst(euro(open_cent) or _NUL)} open (afgesproken restant). Beoordeel de "
                "betalingscapaciteit opnieuw.",
                vervaldatum=werkdagen_na(w.vandaag, 10),
            )
            return
        laatste = max((t.vervaldatum for t in termijnen if t.status not in _NIET_LEVEND), default=w.vandaag)
        self.repo.voeg_in(
            w.s,
            Termijn,
            {
                "regeling_id": w.id,
                "volgnummer": self.repo.max_volgnummer(w.s, w.id) + 1,
                "vervaldatum": _eerste_op_of_na(maand_later(laatste, 1), w.vandaag),
                "bedrag_cent": open_cent,
                "betaald_cent": 0,
                "status": _T.OPEN.value,
                "version": 1,
            },
            medewerker_id=w.actor.id,
            actie="slottermijn gepland",
            burger_id=w.burger_id,
        )

    def _vervallen_termijnen(self, w: _Werk, termijnen: Sequence[Row[Any]]) -> None:
        """Close every termijn still to be paid: a partly paid one at what was paid, the others `vervallen`."""
        for t in termijnen:
            if t.status not in _TE_BETALEN:
                continue
            if t.betaald_cent > 0:
                w.termijn(t, {"bedrag_cent": t.betaald_cent}, status=_T.BETAALD.value, actie="termijn afgesloten")
            else:
                w.termijn(t, {}, status=_T.VERVALLEN.value)

    # --- a missed instalment -------------------------------------------------------------------------------------

    def verwerk_gemiste_termijn(
        self, actor: MedewerkerRow, regeling_id: int, versie: int, termijn_id: int, *, vandaag: dt.date
    ) -> RegelingDetail:
        """A termijn was not paid. The first time: a free reminder (`herinnerd`) with a new date 14 days from
        today. Only when that date has passed unpaid: `gemist`; the arrangement lapses (`vervallen`), its claims are
        open again, the planned termijnen lapse, and the begeleider gets a task (a new arrangement is possible).

        Raises:
            Validatiefout: the termijn is not due yet, or the reminder's new date has not passed.
            OngeldigeOvergang: the termijn is paid, paused or already missed; the arrangement is not running.
            GeenToegang, Conflict, NietGevonden.
        """
        self._eis_beheer(actor)
        with self._opslag.schrijven() as s:
            w = self._begin(s, actor, regeling_id, versie, vandaag)
            t = next((t for t in w.termijnen() if t.id == termijn_id), None)
            if t is None:
                raise NietGevonden("Deze termijn hoort niet bij deze betalingsregeling.")
            if t.status in (_T.OPEN.value, _T.DEELS_BETAALD.value):
                if t.vervaldatum >= vandaag:
                    raise Validatiefout(
                        "termijn",
                        f"termijn {t.volgnummer} kan nog tot en met {_datum_tekst(t.vervaldatum)} worden betaald; "
                        "er is nog niets gemist",
                    )
                nieuwe = vandaag + HERINNERINGSTERMIJN
                w.termijn(t, {"herinnering_op": vandaag, "nieuwe_vervaldatum": nieuwe}, status=_T.HERINNERD.value)
                w.werk_bij({}, f"herinnering termijn {t.volgnummer}: nieuwe datum {nieuwe.isoformat()}")
            elif t.status == _T.HERINNERD.value:
                if t.nieuwe_vervaldatum is not None and vandaag <= t.nieuwe_vervaldatum:
                    raise Validatiefout(
                        "termijn",
                        f"de nieuwe betaaldatum uit de herinnering ({_datum_tekst(t.nieuwe_vervaldatum)}) is nog niet "
                        "voorbij. Een termijn is pas gemist als ook die datum voorbij is.",
                    )
                self._laat_vervallen(w, t)
            else:
                TERMIJN.controleer(t.status, _T.HERINNERD.value, actor.rol, {"nieuwe_vervaldatum": vandaag})
            return self._detail(s, actor, w.id, vandaag)

    def _laat_vervallen(self, w: _Werk, t: Row[Any]) -> None:
        w.termijn(t, {}, status=_T.GEMIST.value)
        self._vervallen_termijnen(w, [x for x in w.termijnen() if x.id != t.id])
        w.naar(_R.VERVALLEN.value, {"termijn_id": t.id})
        for v in w.vorderingen():
            if v.status == _V.IN_REGELING.value:
                self._vordering_naar(w.s, w.actor, v, _V.OPEN.value, {"reden": f"regeling {w.id} vervallen"})
        begeleider = self.repo.begeleider(w.s, w.burger_id)
        ontvanger = begeleider.id if begeleider is not None else w.r.voorgesteld_door
        self.repo.taak(
            w.s,
            burger_id=w.burger_id,
            medewerker_id=ontvanger,
            aangemaakt_door=w.actor.id,
            soort=TaakSoort.OPVOLGING.value,
            omschrijving=f"Betalingsregeling {w.id} is vervallen: termijn {t.volgnummer} is ook na de herinnering "
            f"(nieuwe datum {_datum_tekst(t.nieuwe_vervaldatum or t.vervaldatum)}) niet betaald. Neem contact op "
            "met de burger; een nieuwe regeling is mogelijk.",
            vervaldatum=werkdagen_na(w.vandaag, 3),
        )

    def _vordering_naar(
        self, s: Session, actor: MedewerkerRow, rij: Row[Any], status: str, gegevens: dict[str, object]
    ) -> None:
        overgang = VORDERING.controleer(rij.status, status, actor.rol, gegevens)
        self.repo.werk_bij(
            s,
            Vordering,
            rij.id,
            rij.version,
            {"status": status},
            medewerker_id=actor.id,
            actie=overgang.actie,
            burger_id=rij.burger_id,
        )

    # --- changes: pause, longer term, an added claim, a new capacity ---------------------------------------------

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
    ) -> VoorstelUitkomst:
        """Propose a betaalpauze of `maanden` months from `vanaf` (default: the next due date); its end date is
        `vanaf` + `maanden`. A pause is always outside policy: it waits for a supervisor, and on approval the
        termijnen in the pause are `gepauzeerd` and the later ones shift on (the interest keeps running).

        Raises:
            GeenToegang: only a begeleider or supervisor proposes a pause. Validatiefout: no motivation, 1–24
                months, a pause already planned or running, a change already waiting for review.
        """
        self._eis_beheer(actor)
        eis(actor.rol, _B.UITZONDERING_VOORSTELLEN)
        if not 1 <= maanden <= 24:
            raise Validatiefout("pauze", "een pauze duurt 1 tot en met 24 maanden")
        tekst = _motivatie(motivatie, verplicht=True)
        if vanaf is not None and vanaf < vandaag:
            raise Validatiefout("pauze", "de pauze kan niet in het verleden beginnen")
        parameters = {"maanden": maanden, "vanaf": None if vanaf is None else vanaf.isoformat()}
        return self._wijzig(actor, regeling_id, versie, "pauze", parameters, tekst, vandaag)

    def hervat(self, actor: MedewerkerRow, regeling_id: int, versie: int, *, vandaag: dt.date) -> RegelingDetail:
        """End a running pause today (the citizen can pay again). The schedule stays as it is: the next termijn is
        on its date after the pause; paying earlier is always possible."""
        self._eis_beheer(actor)
        with self._opslag.schrijven() as s:
            w = self._begin(s, actor, regeling_id, versie, vandaag)
            if w.status != _R.GEPAUZEERD.value:
                raise OngeldigeOvergang(
                    "Deze betalingsregeling is niet gepauzeerd; er valt niets te hervatten.",
                    machine="betalingsregeling",
                    van=w.status,
                    naar=_R.ACTIEF.value,
                )
            w.naar(_R.ACTIEF.value, {}, {"pauze_tot": vandaag})
            return self._detail(s, actor, w.id, vandaag)

    def verleng(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        extra_maanden: int,
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
    ) -> VoorstelUitkomst:
        """Spread what is open over `extra_maanden` more months (a lower instalment, never higher). Within 24
        months in total it is applied at once; longer is outside policy and waits for a supervisor (motivation
        required)."""
        self._eis_beheer(actor)
        if not 1 <= extra_maanden <= 96:
            raise Validatiefout("extra_maanden", "kies 1 tot en met 96 maanden")
        tekst = _motivatie(motivatie, verplicht=False)
        return self._wijzig(actor, regeling_id, versie, "verlenging", {"extra_maanden": extra_maanden}, tekst, vandaag)

    def voeg_vorderingen_toe(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        vordering_ids: Sequence[int],
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
    ) -> VoorstelUitkomst:
        """Add new claims of the household to a running arrangement; the rest of the schedule is computed again
        (`voeg_vorderingen_toe`), paid termijnen stay. Within policy it is applied at once; outside policy (a term
        over 24 months, claims of another debtor) it waits for a supervisor (motivation required)."""
        self._eis_beheer(actor)
        ids = self._ids(vordering_ids)
        tekst = _motivatie(motivatie, verplicht=False)
        return self._wijzig(actor, regeling_id, versie, "toevoeging", {"vordering_ids": list(ids)}, tekst, vandaag)

    def herbereken(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        capaciteit: Capaciteitsinvoer,
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
    ) -> VoorstelUitkomst:
        """A change of income: the new payment capacity gives a new instalment for what is open, within the rest of
        the agreed term (`herbereken_capaciteit`); the arrangement becomes (or stays) persoonlijk. Outside policy
        (an instalment below € 20, a restant, no instalment possible at all) it waits for a supervisor."""
        self._eis_beheer(actor)
        eis(actor.rol, _B.REGELING_PERSOONLIJK)
        tekst = _motivatie(motivatie, verplicht=False)
        parameters = {"capaciteit": capaciteit_naar_json(capaciteit)}
        return self._wijzig(actor, regeling_id, versie, "herberekening", parameters, tekst, vandaag)

    def _wijzig(
        self,
        actor: MedewerkerRow,
        regeling_id: int,
        versie: int,
        wijziging: str,
        parameters: dict[str, Any],
        motivatie: str | None,
        vandaag: dt.date,
    ) -> VoorstelUitkomst:
        with self._opslag.schrijven() as s:
            w = self._begin(s, actor, regeling_id, versie, vandaag)
            if self.repo.open_beoordeling(s, "betalingsregeling", w.id) is not None:
                raise Validatiefout(
                    "regeling", "er ligt al een voorstel voor deze regeling ter beoordeling; wacht op de supervisor"
                )
            if wijziging == "pauze" and w.r.pauze_tot is not None and w.r.pauze_tot > vandaag:
                raise Validatiefout(
                    "pauze", f"er is al een betaalpauze tot {_datum_tekst(w.r.pauze_tot)}; hervat die eerst"
                )
            uitkomst = self._bereken_wijziging(w, wijziging, parameters)
            self._eis_mogelijk(uitkomst)
            if not uitkomst.termijnen:  # the new capacity is too low for any instalment: stop collection
                b = self._dien_in(
                    s,
                    actor,
                    w.burger_id,
                    "betalingsregeling",
                    w.id,
                    "stop_invordering",
                    uitkomst,
                    parameters,
                    motivatie,
                    vandaag,
                    regeling_versie=w.r.version,
                )
                return VoorstelUitkomst(self._detail(s, actor, w.id, vandaag), self._beoordeling_row(s, b, actor))
            if uitkomst.buiten_beleid:
                b = self._dien_in(
                    s,
                    actor,
                    w.burger_id,
                    "betalingsregeling",
                    w.id,
                    wijziging,
                    uitkomst,
                    parameters,
                    motivatie,
                    vandaag,
                    regeling_versie=w.r.version,
                )
                return VoorstelUitkomst(self._detail(s, actor, w.id, vandaag), self._beoordeling_row(s, b, actor))
            self._pas_toe(w, wijziging, uitkomst, parameters)
            return VoorstelUitkomst(self._detail(s, actor, w.id, vandaag), None)

    def _lopend(self, w: _Werk, termijnen: Sequence[Row[Any]]) -> LopendeRegeling:
        """The running arrangement as the core's starting point for a change."""
        volgende = self._volgende_vervaldatum(w, termijnen)
        reken = self._rekenvorderingen(w.vorderingen(), w.burger_id)
        if volgende is None or not reken:
            raise Validatiefout("regeling", "er staat geen termijn meer open; deze regeling kan niet meer veranderen")
        betaald = sum(1 for t in termijnen if t.status == _T.BETAALD.value)
        try:
            return LopendeRegeling(
                soort=Soort(w.r.soort),
                vorderingen=reken,
                termijnbedrag=euro(w.r.termijnbedrag_cent) or _NUL,
                volgende_vervaldatum=volgende,
                betaalde_termijnen=betaald,
                looptijd=max(1, min(120, int(w.json.get("looptijd") or w.r.aantal_termijnen))),
            )
        except Invoerfout as fout:
            raise _validatie(fout) from None

    @staticmethod
    def _volgende_vervaldatum(w: _Werk, termijnen: Sequence[Row[Any]]) -> dt.date | None:
        """The first due date of a new schedule: the next unpaid termijn's date, or on its day of the month the
        first date from today when that has passed."""
        eerste = next((t for t in termijnen if t.status in _TE_BETALEN), None)
        if eerste is None:
            return None
        return _eerste_op_of_na(eerste.vervaldatum, w.vandaag)

    def _bereken_wijziging(self, w: _Werk, wijziging: str, parameters: dict[str, Any]) -> Betalingsregeling:
        """The core's new schedule for a change, from the arrangement as it is now."""
        termijnen = w.termijnen()
        lopend = self._lopend(w, termijnen)
        rente = {"rente": w.rente, "rente_in_termijnen": w.rente}
        try:
            if wijziging == "pauze":
                vanaf = parameters.get("vanaf")
                start = dt.date.fromisoformat(vanaf) if vanaf else None
                if start is not None and start < lopend.volgende_vervaldatum:
                    start = lopend.volgende_vervaldatum
                return pauzeer(lopend, int(parameters["maanden"]), vanaf=start, **rente)
            if wijziging == "verlenging":
                return verleng(lopend, int(parameters["extra_maanden"]), **rente)
            if wijziging == "toevoeging":
                ids = [int(i) for i in parameters["vordering_ids"]]
                rijen = self._vorderingen_van_huishouden(w.s, w.burger_id, ids)
                self._eis_vrij(w.s, rijen)
                nieuwe = self._rekenvorderingen(rijen, w.burger_id)
                if not nieuwe:
                    raise Validatiefout("vorderingen", "op de gekozen vorderingen staat niets open")
                return voeg_vorderingen_toe(lopend, nieuwe, **rente)
            if wijziging == "herberekening":
                return herbereken_capaciteit(lopend, capaciteit_uit_json(parameters["capaciteit"]), **rente)
        except Invoerfout as fout:
            raise _validatie(fout) from None
        raise Validatiefout("wijziging", f"onbekende wijziging '{wijziging}'")

    def _pas_toe(self, w: _Werk, wijziging: str, uitkomst: Betalingsregeling, parameters: dict[str, Any]) -> None:
        """Apply a change: the new schedule replaces what was still to be paid."""
        pauze = None
        if wijziging == "toevoeging":
            for r in self.repo.vorderingen(w.s, [int(i) for i in parameters["vordering_ids"]]):
                self.repo.koppel(w.s, w.id, r.id, w.vandaag, medewerker_id=w.actor.id, burger_id=w.burger_id)
                self._naar_in_regeling(w.s, w.actor, r, w.id)
        if wijziging == "pauze":
            start = uitkomst.startdatum
            vanaf = parameters.get("vanaf")
            begin = max(dt.date.fromisoformat(vanaf), start) if vanaf else start
            pauze = Pauze(begin, int(parameters["maanden"]))
        extra = self._vervang_schema(w, uitkomst, pauze)
        data = w.json
        if wijziging == "herberekening":
            data["invoer"] = parameters["capaciteit"]
            data["uitkomst"] = (
                None if uitkomst.betalingscapaciteit is None else uitkomst.betalingscapaciteit.naar_dict()
            )
            extra["soort"] = RegelingSoort.PERSOONLIJK.value
        if pauze is not None:
            data["pauzes"] = [*data.get("pauzes", []), {"vanaf": pauze.vanaf.isoformat(), "maanden": pauze.maanden}]
            extra["pauze_van"], extra["pauze_tot"] = pauze.vanaf, pauze.tot
        betaald = sum(1 for t in w.termijnen() if t.status == _T.BETAALD.value)
        data["looptijd"] = max(int(data.get("looptijd") or 0), betaald + uitkomst.aantal_termijnen)
        data["schema"] = _schema_json(uitkomst)
        data.setdefault("rente", w.rente)
        data.setdefault("rente_in_termijnen", w.rente)
        w.werk_bij({**extra, "capaciteit": data}, _WIJZIGING_ACTIE.get(wijziging, wijziging))
        if pauze is not None:
            self._werk_pauze_bij(w)

    def _vervang_schema(self, w: _Werk, uitkomst: Betalingsregeling, pauze: Pauze | None) -> dict[str, Any]:
        """Replace the termijnen still to be paid by the new schedule: paid ones stay, a partly paid one is closed
        at what was paid, open rows are re-planned in order (herinnerd ones too: their amount is in the new
        schedule), extra rows are added, rows no longer needed lapse. Returns the arrangement's new values."""
        termijnen = w.termijnen()
        vrij: list[Row[Any]] = []
        for t in termijnen:
            if t.status in _TE_BETALEN and t.betaald_cent > 0:
                w.termijn(t, {"bedrag_cent": t.betaald_cent}, status=_T.BETAALD.value, actie="termijn afgesloten")
            elif t.status in (_T.OPEN.value, _T.HERINNERD.value):
                vrij.append(t)
        plan = _plan(uitkomst, pauze)
        for p, t in zip(plan, vrij, strict=False):
            w.termijn(
                t,
                {
                    "vervaldatum": p.vervaldatum,
                    "bedrag_cent": cent(p.bedrag),
                    "betaald_cent": 0,
                    "herinnering_op": None,
                    "nieuwe_vervaldatum": None,
                },
                status=p.status,
                actie="termijn opnieuw gepland" if p.status == t.status else "",
            )
        eerste = self.repo.max_volgnummer(w.s, w.id) + 1
        self._plan_termijnen(w.s, w.actor, w.id, w.burger_id, eerste, plan[len(vrij) :])
        for t in vrij[len(plan) :]:
            w.termijn(t, {}, status=_T.VERVALLEN.value)
        levend = [t for t in w.termijnen() if t.status not in _NIET_LEVEND]
        return {
            "termijnbedrag_cent": cent(uitkomst.termijnbedrag),
            "aantal_termijnen": len(levend),
            "totaal_cent": sum(t.betaald_cent for t in levend if t.status == _T.BETAALD.value)
            + (cent(uitkomst.schuld) or 0),
        }

    # --- stop --------------------------------------------------------------------------------------------------------

    def stop(
        self, actor: MedewerkerRow, regeling_id: int, versie: int, motivatie: str, *, vandaag: dt.date
    ) -> RegelingDetail:
        """Stop a running arrangement (at the citizen's request, or to make room for another): its claims are open
        again and the termijnen still to be paid lapse. The motivation is required."""
        self._eis_beheer(actor)
        tekst = _motivatie(motivatie, verplicht=True)
        with self._opslag.schrijven() as s:
            w = self._begin(s, actor, regeling_id, versie, vandaag)
            if self.repo.open_beoordeling(s, "betalingsregeling", w.id) is not None:
                raise Validatiefout("regeling", "er ligt nog een voorstel voor deze regeling ter beoordeling")
            self._vervallen_termijnen(w, w.termijnen())
            # the stop motivation becomes the arrangement's motivation; the audit trail keeps the one before it
            w.naar(_R.GESTOPT.value, {"motivatie": tekst}, {"motivatie": tekst})
            for v in w.vorderingen():
                if v.status == _V.IN_REGELING.value:
                    self._vordering_naar(s, actor, v, _V.OPEN.value, {"reden": f"regeling {w.id} gestopt: {tekst}"})
            return self._detail(s, actor, w.id, vandaag)

    # --- collection steps from the Belastingdienst -------------------------------------------------------------

    def registreer_invorderingsstap(
        self, actor: MedewerkerRow, vordering_id: int, versie: int, naar: VorderingStatus, *, vandaag: dt.date
    ) -> VorderingOverzicht:
        """Record an aanmaning or the start of dwanginvordering reported by the Belastingdienst (open → aanmaning
        → dwang). A claim in dwang can only go into a spijtoptantenregeling."""
        self._eis_beheer(actor)
        status = VorderingStatus(naar)
        if status not in (VorderingStatus.AANMANING, VorderingStatus.DWANG):
            raise Validatiefout("status", "kies aanmaning of dwanginvordering")
        with self._opslag.schrijven() as s:
            rijen = self.repo.vorderingen(s, [vordering_id])
            if not rijen:
                raise NietGevonden("Deze vordering bestaat niet (meer) in de opslag.")
            self.repo.eis_versie(s, Vordering, vordering_id, versie)
            self._vordering_naar(s, actor, rijen[0], status.value, {})
            rij = self.repo.vorderingen(s, [vordering_id])[0]
            regeling = self.repo.regelingen_van_vorderingen(s, [vordering_id]).get(vordering_id)
            return self._overzicht(rij, rij.burger_id, regeling, vandaag, rente=True)

    # --- verrekening ---------------------------------------------------------------------------------------------

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
    ) -> VerrekeningUitkomst:
        """Set a nabetaling off against the household's open claims (`verreken_nabetaling`: oldest first, kosten →
        rente → hoofdsom) and pay out the rest (Awir art. 30). Records a Betaling `verrekend` (and one `nabetaling`
        for what is paid out), one Verrekening per claim, the new balances (a claim settled in full: `verrekend`),
        and shortens running arrangements from the end (paid off: `afgelost`). One transaction.

        Args:
            nabetaling: the amount of the nabetaling.
            datum: the date of the verrekening.
            vordering_ids: only these claims (default: every open claim of the household).
            toeslag_id: the toeslag the nabetaling comes from.
            omschrijving: shown on the klantbeeld timeline.
            rente: compute invorderingsrente over the principal set off.
        """
        self._eis_beheer(actor)
        _bedrag(nabetaling, "nabetaling")
        if datum > vandaag:
            raise Validatiefout("datum", "een verrekening kan niet in de toekomst liggen")
        tekst = controleer_tekst(omschrijving, "omschrijving", max_lengte=200, verplicht=False) or "Nabetaling"
        with self._opslag.schrijven() as s:
            if vordering_ids is None:
                self.repo.burger(s, burger_id)
                rijen = self.repo.vorderingen_huishouden(s, burger_id)
            else:
                rijen = self._vorderingen_van_huishouden(s, burger_id, self._ids(vordering_ids))
            rijen = [
                r
                for r in rijen
                if r.status not in (_V.AFGELOST.value, _V.VERREKEND.value)
                and r.open_cent + r.rente_cent + r.kosten_cent
            ]
            if not rijen:
                raise Validatiefout("vorderingen", "er staan geen vorderingen open om mee te verrekenen")
            per_kenmerk = {r.kenmerk: r for r in rijen}
            try:
                verdeling = verreken_nabetaling(
                    nabetaling, self._rekenvorderingen(rijen, burger_id), datum, rente=rente
                )
            except Invoerfout as fout:
                raise _validatie(fout) from None
            betaling_id = None
            if verdeling.toegerekend > _NUL:
                betaling_id = int(
                    self.repo.voeg_in(
                        s,
                        Betaling,
                        {
                            "burger_id": burger_id,
                            "toeslag_id": toeslag_id,
                            "soort": BetalingSoort.VERREKEND.value,
                            "datum": datum,
                            "bedrag_cent": cent(verdeling.toegerekend),
                            "omschrijving": f"{tekst}: verrekend met open vorderingen"[:200],
                        },
                        medewerker_id=actor.id,
                        actie="nabetaling verrekend",
                        burger_id=burger_id,
                    )["id"]
                )
            if verdeling.onverdeeld > _NUL:
                self.repo.voeg_in(
                    s,
                    Betaling,
                    {
                        "burger_id": burger_id,
                        "toeslag_id": toeslag_id,
                        "soort": BetalingSoort.NABETALING.value,
                        "datum": datum,
                        "bedrag_cent": cent(verdeling.onverdeeld),
                        "omschrijving": f"{tekst}: uitbetaald na verrekening"[:200],
                    },
                    medewerker_id=actor.id,
                    actie="nabetaling uitbetaald",
                    burger_id=burger_id,
                )
            ids: list[int] = []
            per_vordering: dict[int, Decimal] = {}
            for t in verdeling.toerekeningen:
                if t.betaald <= _NUL:
                    continue
                rij = per_kenmerk[t.kenmerk]
                per_vordering[rij.id] = t.betaald
                ids.append(
                    int(
                        self.repo.voeg_in(
                            s,
                            Verrekening,
                            {
                                "burger_id": burger_id,
                                "vordering_id": rij.id,
                                "toeslag_id": toeslag_id,
                                "betaling_id": betaling_id,
                                "datum": datum,
                                "bedrag_cent": cent(t.betaald),
                                "omschrijving": tekst[:200],
                            },
                            medewerker_id=actor.id,
                            actie="verrekening vastgelegd",
                            burger_id=burger_id,
                        )["id"]
                    )
                )
            lopend = self.repo.lopende_regelingen_van(s, list(per_vordering))
            self._boek_saldi(s, actor, per_kenmerk, verdeling.vorderingen, _V.VERREKEND.value)
            for regeling_id, vids in lopend.items():
                w = _Werk(self, s, actor, self.repo.regeling(s, regeling_id), vandaag)
                self._werk_pauze_bij(w)
                self._verkort(w, sum((per_vordering[v] for v in vids), _NUL))
            verrekeningen = tuple(
                VerrekeningRow(r.id, r.vordering_id, r.kenmerk, r.datum, euro(r.bedrag_cent) or _NUL, r.omschrijving)
                for r in self.repo.verrekeningen(s, ids)
            )
            na = self.repo.vorderingen(s, [r.id for r in rijen])
            regelingen = self.repo.regelingen_van_vorderingen(s, [r.id for r in na])
            return VerrekeningUitkomst(
                nabetaling=nabetaling,
                verrekend=verdeling.toegerekend,
                uitbetaald=verdeling.onverdeeld,
                verrekeningen=verrekeningen,
                vorderingen=tuple(self._overzicht(r, burger_id, regelingen.get(r.id), vandaag, rente) for r in na),
                regelingen=tuple(self._detail(s, actor, i, vandaag) for i in lopend),
            )

    def _verkort(self, w: _Werk, bedrag: Decimal) -> None:
        """A set-off on a running arrangement: paid off → `afgelost`; otherwise the last termijnen fall away."""
        open_cent = sum(r.open_cent + r.rente_cent + r.kosten_cent for r in w.vorderingen())
        if open_cent == 0:
            self._vervallen_termijnen(w, w.termijnen())
            w.naar(_R.AFGELOST.value)
            return
        rest = cent(bedrag) or 0
        for t in reversed(w.termijnen()):
            if rest <= 0:
                break
            if t.status not in _TE_BETALEN:
                continue
            nog = t.bedrag_cent - t.betaald_cent
            if nog <= rest:
                rest -= nog
                if t.betaald_cent > 0:
                    w.termijn(t, {"bedrag_cent": t.betaald_cent}, status=_T.BETAALD.value, actie="termijn afgesloten")
                else:
                    w.termijn(t, {}, status=_T.VERVALLEN.value)
            else:
                w.termijn(t, {"bedrag_cent": t.bedrag_cent - rest}, actie="termijn verlaagd na verrekening")
                rest = 0
        self._sluit_of_vul_aan(w)
        levend = [t for t in w.termijnen() if t.status not in _NIET_LEVEND]
        w.werk_bij({"aantal_termijnen": max(1, len(levend))}, "regeling verkort na verrekening")

    # =================================================================================================================
    # letters
    # =================================================================================================================

    def regelingsbrief(self, actor: MedewerkerRow, regeling_id: int, taal: str, *, vandaag: dt.date) -> bytes:
        """The arrangement letter as PDF bytes, without storing it (a preview)."""
        eis(actor.rol, _B.REGELING_STANDAARD)
        gegevens = self.briefgegevens(actor, regeling_id, taal, vandaag=vandaag)
        return render_regelingsbrief(gegevens, self._fonts_dir, self._letters_dir)

    def maak_regelingsbrief(
        self, actor: MedewerkerRow, regeling_id: int, taal: str, *, vandaag: dt.date
    ) -> DocumentRow:
        """Render the proposal (under review) or confirmation (active) letter of an arrangement and store it as a
        Document (soort "regeling", linked to the arrangement) on the klantbeeld timeline, audited.

        Args:
            taal: "nl" or "en".
            vandaag: the letter's date.

        Raises:
            GeenToegang: the role may not offer arrangements. Validatiefout: unknown language, or an arrangement
                that is not proposed or running (no letter for a lapsed, stopped or rejected one).
        """
        eis(actor.rol, _B.REGELING_STANDAARD)
        gegevens = self.briefgegevens(actor, regeling_id, taal, vandaag=vandaag)
        pdf = render_regelingsbrief(gegevens, self._fonts_dir, self._letters_dir)
        return self._documenten.bewaar(
            actor,
            gegevens.burger_id,
            DocumentSoort.REGELING,
            regelingsbrief_onderwerp(gegevens, self._letters_dir),
            pdf,
            kenmerk=gegevens.basis.kenmerk,
            datum=vandaag,
            taal=taal,
            regeling_id=regeling_id,
        )

    def briefgegevens(self, actor: MedewerkerRow, regeling_id: int, taal: str, *, vandaag: dt.date) -> Regelingsbrief:
        """The data of the arrangement letter (for a preview in the UI, or to render elsewhere)."""
        eis(actor.rol, _B.REGELING_STANDAARD)
        if taal not in ("nl", "en"):
            raise Validatiefout("taal", "kies nl of en")
        with self._opslag.lezen() as s:
            detail = self._detail(s, actor, regeling_id, vandaag)
            if detail.status not in _BRIEF_STATUSSEN:
                raise Validatiefout(
                    "regeling",
                    f"voor een regeling met status '{REGELING.label(detail.status)}' maken we geen regelingsbrief",
                )
            burger = burger_row(self.repo.burger(s, detail.burger_id))
            begeleider = self.repo.begeleider(s, detail.burger_id)
        data = dict(detail.regeling.capaciteit or {})
        schema = dict(data.get("schema") or {})
        capaciteit = None
        uitkomst = data.get("uitkomst")
        if detail.soort == RegelingSoort.PERSOONLIJK.value and uitkomst:
            capaciteit = Briefcapaciteit(
                inkomen=Decimal(uitkomst["inkomen"]),
                uitgaven=Decimal(uitkomst["uitgaven"]),
                netto_besteedbaar=Decimal(uitkomst["netto_besteedbaar"]),
                kosten_van_bestaan=Decimal(uitkomst["kosten_van_bestaan"]),
                beschermd_minimum=Decimal(uitkomst["beschermd_minimum"]),
                capaciteit=Decimal(uitkomst["capaciteit"]),
                maximaal_termijnbedrag=Decimal(uitkomst["maximaal_termijnbedrag"]),
                met_partner=Leefsituatie(uitkomst["leefsituatie"]).met_partner,
                uitleg=_stappen(uitkomst.get("uitleg")),
                onbevestigd=tuple(str(p) for p in uitkomst.get("onbevestigde_parameters", ())),
            )
        return Regelingsbrief(
            basis=Briefbasis(
                taal=taal,
                ontvanger=Ontvanger.uit_burger(burger),
                kenmerk=f"BR{regeling_id:08d}",
                dagtekening=vandaag,
                hulp=Hulp() if begeleider is None else Hulp(begeleider.naam, begeleider.telefoon),
                iban=burger.iban,
            ),
            burger_id=detail.burger_id,
            voorstel=detail.status in (_R.VOORSTEL.value, _R.TER_BEOORDELING.value),
            soort=RegelingSoort(detail.soort),
            vorderingen=tuple(
                Briefvordering(Regeling(v.toeslag), v.jaar, v.kenmerk, v.totaal_open) for v in detail.vorderingen
            ),
            schuld=Decimal(str(schema.get("schuld", _geld(detail.schuld_open)))),
            rente=Decimal(str(schema.get("invorderingsrente", "0"))) if detail.rente else _NUL,
            rente_berekend=detail.rente,
            termijnbedrag=detail.regeling.termijnbedrag,
            termijnen=detail.schema,
            pauze_van=detail.regeling.pauze_van,
            pauze_tot=detail.regeling.pauze_tot,
            gepauzeerd=tuple(t.vervaldatum for t in detail.gepauzeerd),
            restant=Decimal(str(schema.get("restant", "0"))),
            betaald=detail.betaald,
            looptijd=detail.looptijd,
            capaciteit=capaciteit,
            uitleg=_stappen(schema.get("uitleg")),
            onbevestigd=tuple(str(p) for p in schema.get("onbevestigde_parameters", ())),
            basis_maanden=_stapwaarde(schema, ("Maximaal aantal termijnen", "Spijtoptantenregeling"), int),
            basisbedrag=_stapwaarde(schema, ("Termijnbedrag",), Decimal),
        )
