"""Betalingsregelingen: schedules of monthly instalments, and the operations on a running arrangement.

What belongs here: the arrangement kinds (standaard, persoonlijk, spijtoptant, verrekening with a running
toeslag), the schedule they produce (`Betalingsregeling` with its `Termijn`s), and the changes to a running
arrangement (pause, extension, an added claim, a new payment capacity). Standard library only. The rules
(RULES.md §3.1–3.3; DOMAIN.md §7):

- standaard: at most 24 monthly instalments counted from the uiterste betaaldatum, at least € 20 per month:
  termijnbedrag = max(€ 20, schuld / termijnen rounded up to the cent), capped at the debt; the last instalment
  takes the remainder (Uitv.reg. Awir art. 7);
- persoonlijk: the termijnbedrag is never more than the betalingscapaciteit (`regeling_capaciteit`), and never
  more than the standard amount over the agreed term; a capacity too low for any instalment gives "geen
  invorderingsmaatregelen (betalingscapaciteit te laag)" (not kwijtschelding);
- spijtoptant: from 1 January 2026, always 24 months from the start, also during dwanginvordering;
- verrekening with a running toeslag: the same toeslag only, at least € 20 withheld per month within 24 months,
  never more than the capacity when it is known (RULES.md §3.2, §4.5).

Every instalment is allocated like a payment (`invordering_toerekening`): oldest claim first; per claim
kosten → rente → hoofdsom. Invorderingsrente is computed per instalment; by default it comes on top of the
instalments (`rente_in_termijnen=False`), or each instalment includes it (art. 30 lid 2) and the schedule is
longer or the instalment higher. Whatever is outside policy is not refused but listed in `buiten_beleid`, so the
store can route the proposal to four-eyes review: a term over 24 months, a pause, an instalment below € 20,
claims of different debtors merged, collection stopped for (part of) the debt.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from models.calc.formaat import euro
from models.calc.invoer import Invoerfout
from models.calc.invordering_afronding import CENT, termijn_omhoog
from models.calc.invordering_basis import (
    NUL,
    Parametergebruik,
    Pauze,
    Vordering,
    controleer_bedrag,
    datum_tekst,
    geld,
    maanden_tekst,
    maanden_verstreken,
    oudste_eerst,
    termijnen_tekst,
    totaal_open,
    vervaldata,
)
from models.calc.invordering_rente import GRONDSLAG_RENTE, regels_tekst, rente_schakelaar_stap
from models.calc.invordering_toerekening import GRONDSLAG_VOLGORDE, verdeel
from models.calc.parameters_invordering import invorderingsparameters
from models.calc.regeling_capaciteit import Betalingscapaciteit, Capaciteitsinvoer, bereken_betalingscapaciteit
from models.calc.uitkomst import Stap

__all__ = [
    "GEEN_INVORDERINGSMAATREGELEN",
    "MAXIMUM_TERMIJNEN_BEREKENING",
    "Betalingsregeling",
    "LopendeRegeling",
    "Soort",
    "Termijn",
    "herbereken_capaciteit",
    "pauzeer",
    "persoonlijke_regeling",
    "spijtoptantregeling",
    "standaardregeling",
    "verleng",
    "verreken_voorschot",
    "voeg_vorderingen_toe",
]

GEEN_INVORDERINGSMAATREGELEN = "geen invorderingsmaatregelen (betalingscapaciteit te laag)"
MAXIMUM_TERMIJNEN_BEREKENING = 120
"""A calculation bound, not policy: no schedule is computed beyond ten years; what is open then is the restant."""

_GRONDSLAG_STANDAARD = "Uitv.reg. Awir art. 7 (ten hoogste 24 maanden, minimaal € 20 per maand)"
_GRONDSLAG_VIER_OGEN = "ARCHITECTURE §2: uitzondering op het beleid, voorstel ter beoordeling (vier ogen)"


class Soort(StrEnum):
    """The kind of arrangement. The value is the JSON name."""

    STANDAARD = "standaard"
    PERSOONLIJK = "persoonlijk"
    SPIJTOPTANT = "spijtoptant"
    VERREKENING = "verrekening"

    @property
    def label(self) -> str:
        """Dutch wording for the trace."""
        return {
            Soort.STANDAARD: "standaardregeling",
            Soort.PERSOONLIJK: "persoonlijke betalingsregeling",
            Soort.SPIJTOPTANT: "spijtoptantenregeling",
            Soort.VERREKENING: "verrekening met de lopende toeslag",
        }[self]


@dataclass(frozen=True, slots=True)
class Termijn:
    """One instalment.

    Attributes:
        vervaldatum: the due date.
        bedrag: the amount due (kosten + rente + hoofdsom + invorderingsrente).
        kosten, rente, hoofdsom: how the instalment is allocated (rente: interest already charged).
        invorderingsrente: interest over this instalment's principal paid with it (0 unless it is included).
        restschuld: what is still open on the claims after this instalment.
    """

    vervaldatum: dt.date
    bedrag: Decimal
    kosten: Decimal
    rente: Decimal
    hoofdsom: Decimal
    invorderingsrente: Decimal
    restschuld: Decimal

    def naar_dict(self) -> dict[str, str]:
        """The JSON form: due date and amount only."""
        return {"vervaldatum": self.vervaldatum.isoformat(), "bedrag": geld(self.bedrag)}


@dataclass(frozen=True, slots=True)
class Betalingsregeling:
    """A proposed or recalculated arrangement with its schedule and explanation.

    Attributes:
        soort: standaard, persoonlijk, spijtoptant or verrekening.
        startdatum: the first due date.
        schuld: everything open at the start (kosten + rente + hoofdsom of all claims).
        termijnbedrag: the monthly amount (the last instalment may be lower).
        termijnen: the schedule (empty when refused or when no collection measures are taken).
        invorderingsrente: the interest computed over the instalments (on top of them unless included).
        rente_berekend: the switch `rente`.
        rente_in_termijnen: the instalments include the interest (art. 30 lid 2).
        restant: what is still open after the last instalment (not collected during the term).
        conclusie: one Dutch sentence; "geen invorderingsmaatregelen (betalingscapaciteit te laag)" when the
            capacity is too low for any instalment.
        weigeringsgronden: why this kind of arrangement is not possible (empty: possible).
        buiten_beleid: why the proposal needs four-eyes review (empty: within policy).
        betalingscapaciteit: the capacity calculation (persoonlijk, and verrekening when the capacity is known).
        uitbetaling_per_maand: verrekening only: the running toeslag paid out after the deduction.
        uitleg: the steps of the calculation.
        onbevestigde_parameters: every UNCONFIRMED parameter the result depends on.
    """

    soort: Soort
    startdatum: dt.date
    schuld: Decimal
    termijnbedrag: Decimal
    termijnen: tuple[Termijn, ...]
    invorderingsrente: Decimal
    rente_berekend: bool
    rente_in_termijnen: bool
    restant: Decimal
    conclusie: str
    weigeringsgronden: tuple[str, ...]
    buiten_beleid: tuple[str, ...]
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()
    betalingscapaciteit: Betalingscapaciteit | None = None
    uitbetaling_per_maand: Decimal | None = None

    @property
    def aantal_termijnen(self) -> int:
        """The number of instalments."""
        return len(self.termijnen)

    @property
    def totaal(self) -> Decimal:
        """The sum of the instalments."""
        return sum((t.bedrag for t in self.termijnen), NUL)

    def naar_dict(self) -> dict[str, Any]:
        """The JSON fields of the `werkplek-reken` contract."""
        return {
            "soort": self.soort.value,
            "termijnbedrag": geld(self.termijnbedrag),
            "aantal_termijnen": self.aantal_termijnen,
            "termijnen": [t.naar_dict() for t in self.termijnen],
            "totaal": geld(self.totaal),
            "schuld": geld(self.schuld),
            "invorderingsrente": geld(self.invorderingsrente),
            "rente_berekend": self.rente_berekend,
            "rente_in_termijnen": self.rente_in_termijnen,
            "restant": geld(self.restant),
            "conclusie": self.conclusie,
            "weigeringsgronden": list(self.weigeringsgronden),
            "buiten_beleid": list(self.buiten_beleid),
            "betalingscapaciteit": None if self.betalingscapaciteit is None else self.betalingscapaciteit.naar_dict(),
            "uitbetaling_per_maand": None if self.uitbetaling_per_maand is None else geld(self.uitbetaling_per_maand),
            "onbevestigde_parameters": list(self.onbevestigde_parameters),
            "uitleg": [s.naar_dict() for s in self.uitleg],
            "fout": None,
        }


@dataclass(frozen=True, slots=True)
class LopendeRegeling:
    """A running arrangement as it stands now, the starting point of every change.

    Attributes:
        soort: the kind of the running arrangement.
        vorderingen: the claims with their open balances now (what has been paid is already off).
        termijnbedrag: the current monthly amount.
        volgende_vervaldatum: the next due date; the new schedule starts there.
        betaalde_termijnen: instalments already paid (they count towards the total term).
        looptijd: the agreed total term in months.
    """

    soort: Soort
    vorderingen: tuple[Vordering, ...]
    termijnbedrag: Decimal
    volgende_vervaldatum: dt.date
    betaalde_termijnen: int = 0
    looptijd: int = 24

    def __post_init__(self) -> None:
        controleer_bedrag(self.termijnbedrag, "termijnbedrag")
        if self.termijnbedrag == NUL:
            raise Invoerfout("termijnbedrag", "moet groter dan 0 zijn")
        if self.betaalde_termijnen < 0:
            raise Invoerfout("betaalde_termijnen", "mag niet negatief zijn")
        _controleer_looptijd(self.looptijd)


def _controleer_looptijd(looptijd: int) -> None:
    if not 1 <= looptijd <= MAXIMUM_TERMIJNEN_BEREKENING:
        raise Invoerfout(
            "looptijd", f"moet een geheel aantal maanden van 1 tot en met {MAXIMUM_TERMIJNEN_BEREKENING} zijn"
        )


# --- the schedule core -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Opzet:
    """What a schedule is computed on."""

    vorderingen: tuple[Vordering, ...]
    startdatum: dt.date
    pauzes: tuple[Pauze, ...]
    rente: bool
    rente_in_termijnen: bool
    drempel: Decimal

    @property
    def schuld(self) -> Decimal:
        return totaal_open(self.vorderingen)


@dataclass(frozen=True, slots=True)
class _Verloop:
    termijnen: tuple[Termijn, ...]
    vorderingen: tuple[Vordering, ...]
    invorderingsrente: Decimal


def _verloop(opzet: _Opzet, termijnbedrag: Decimal, max_termijnen: int) -> _Verloop:
    """Pay `termijnbedrag` on every due date until the claims are paid or `max_termijnen` are due."""
    vorderingen = opzet.vorderingen
    open_ = opzet.schuld
    termijnen: list[Termijn] = []
    rente = NUL
    for datum in vervaldata(opzet.startdatum, opzet.pauzes):
        if open_ == NUL or len(termijnen) == max_termijnen:
            break
        toerekeningen, vorderingen, rest = verdeel(
            termijnbedrag,
            vorderingen,
            datum,
            rente=opzet.rente,
            rente_in_betaling=opzet.rente_in_termijnen,
            drempel=opzet.drempel,
        )
        open_ = totaal_open(vorderingen)
        termijnen.append(
            Termijn(
                vervaldatum=datum,
                bedrag=termijnbedrag - rest,
                kosten=sum((t.kosten for t in toerekeningen), NUL),
                rente=sum((t.rente for t in toerekeningen), NUL),
                hoofdsom=sum((t.hoofdsom for t in toerekeningen), NUL),
                invorderingsrente=sum((t.invorderingsrente_betaald for t in toerekeningen), NUL),
                restschuld=open_,
            )
        )
        rente += sum((t.invorderingsrente for t in toerekeningen), NUL)
    return _Verloop(tuple(termijnen), vorderingen, rente)


def _passend_termijnbedrag(
    opzet: _Opzet, basis: Decimal, max_termijnen: int, plafond: Decimal | None
) -> tuple[Decimal, _Verloop | None]:
    """With the interest inside the instalments: the lowest amount from `basis` up (never above `plafond`) that
    pays everything within `max_termijnen`, with its schedule when that fits. Without that, `basis` itself."""
    termijnbedrag = basis
    if not (opzet.rente and opzet.rente_in_termijnen):
        return termijnbedrag, None
    while True:
        verloop = _verloop(opzet, termijnbedrag, MAXIMUM_TERMIJNEN_BEREKENING)
        if len(verloop.termijnen) <= max_termijnen and totaal_open(verloop.vorderingen) == NUL:
            return termijnbedrag, verloop
        if plafond is not None and termijnbedrag >= plafond:
            return termijnbedrag, None
        nodig = termijn_omhoog((opzet.schuld + verloop.invorderingsrente) / Decimal(max_termijnen))
        termijnbedrag = max(termijnbedrag + CENT, nodig)
        if plafond is not None:
            termijnbedrag = min(termijnbedrag, plafond)


def _standaardbedrag(schuld: Decimal, termijnen: int, minimum: Decimal) -> Decimal:
    """max(minimum, schuld / termijnen rounded up to the cent), never more than the debt (in cents, exact)."""
    return min(schuld, max(minimum, termijn_omhoog(schuld / Decimal(termijnen)))).quantize(CENT)


def _als_vorderingen(schuld: Decimal | Sequence[Vordering], startdatum: dt.date) -> tuple[Vordering, ...]:
    if isinstance(schuld, Decimal):
        controleer_bedrag(schuld, "schuld")
        return (Vordering("schuld", schuld, startdatum),)
    if not schuld:
        raise Invoerfout("vorderingen", "geef ten minste één vordering")
    return oudste_eerst(schuld)


def _opzet(
    vorderingen: tuple[Vordering, ...],
    startdatum: dt.date,
    pauzes: Sequence[Pauze],
    rente: bool,
    rente_in_termijnen: bool,
    gebruik: Parametergebruik,
) -> _Opzet:
    drempel = gebruik.bedrag("inv.rente_drempel") if rente else NUL
    return _Opzet(vorderingen, startdatum, tuple(pauzes), rente, rente and rente_in_termijnen, drempel)


def _schuld_stappen(vorderingen: tuple[Vordering, ...]) -> list[Stap]:
    delen = "; ".join(
        f"{v.kenmerk}: hoofdsom {euro(v.hoofdsom)}, rente {euro(v.rente)}, kosten {euro(v.kosten)}" for v in vorderingen
    )
    stappen = [
        Stap(
            "Openstaande schuld",
            totaal_open(vorderingen),
            f"{delen}; samen {euro(totaal_open(vorderingen))}",
            GRONDSLAG_VOLGORDE,
        )
    ]
    if len(vorderingen) > 1:
        stappen.append(
            Stap(
                "Samengevoegd",
                len(vorderingen),
                f"{len(vorderingen)} vorderingen in één regeling; elke termijn gaat eerst naar de oudste vordering",
                "DOMAIN §7.1 (samenvoegen op verzoek van de burger); " + GRONDSLAG_VOLGORDE,
            )
        )
    return stappen


def _schuldenaren(vorderingen: Sequence[Vordering]) -> list[str]:
    return sorted({v.schuldenaar for v in vorderingen if v.schuldenaar})


def _leeg(
    soort: Soort,
    opzet: _Opzet,
    gebruik: Parametergebruik,
    stappen: list[Stap],
    conclusie: str,
    *,
    weigeringsgronden: Sequence[str] = (),
    buiten_beleid: Sequence[str] = (),
    capaciteit: Betalingscapaciteit | None = None,
) -> Betalingsregeling:
    """A result without a schedule: refused, nothing open, or no collection measures."""
    return Betalingsregeling(
        soort=soort,
        startdatum=opzet.startdatum,
        schuld=opzet.schuld,
        termijnbedrag=NUL,
        termijnen=(),
        invorderingsrente=NUL,
        rente_berekend=opzet.rente,
        rente_in_termijnen=opzet.rente_in_termijnen,
        restant=opzet.schuld,
        conclusie=conclusie,
        weigeringsgronden=tuple(weigeringsgronden),
        buiten_beleid=tuple(buiten_beleid),
        uitleg=(*stappen, Stap("Conclusie", conclusie, conclusie[:1].upper() + conclusie[1:], _GRONDSLAG_STANDAARD)),
        onbevestigde_parameters=gebruik.onbevestigd,
        betalingscapaciteit=capaciteit,
    )


def _geweigerd(
    soort: Soort,
    opzet: _Opzet,
    gebruik: Parametergebruik,
    stappen: list[Stap],
    gronden: Sequence[str],
    capaciteit: Betalingscapaciteit | None = None,
) -> Betalingsregeling:
    conclusie = f"geen {soort.label}: " + "; ".join(gronden)
    stappen = [*stappen, Stap("Weigeringsgronden", "; ".join(gronden), conclusie, _GRONDSLAG_STANDAARD)]
    return _leeg(soort, opzet, gebruik, stappen, conclusie, weigeringsgronden=gronden, capaciteit=capaciteit)


def _maak(
    soort: Soort,
    opzet: _Opzet,
    gebruik: Parametergebruik,
    stappen: list[Stap],
    *,
    termijnbedrag: Decimal,
    max_termijnen: int,
    plafond: Decimal | None = None,
    betaalde_termijnen: int = 0,
    capaciteit: Betalingscapaciteit | None = None,
    voorschot: Decimal | None = None,
) -> Betalingsregeling:
    """Compute the schedule, its explanation and the four-eyes reasons."""
    if opzet.schuld == NUL:
        return _leeg(soort, opzet, gebruik, stappen, "er staat niets open", capaciteit=capaciteit)
    stappen = list(stappen)
    passend, verloop = _passend_termijnbedrag(opzet, termijnbedrag, max_termijnen, plafond)
    if passend != termijnbedrag:
        stappen.append(
            Stap(
                "Termijnbedrag met rente",
                passend,
                f"De termijnen bevatten ook de invorderingsrente; daarom is het termijnbedrag verhoogd van "
                f"{euro(termijnbedrag)} tot {euro(passend)}, zodat de regeling binnen {max_termijnen} termijnen "
                "blijft" + (f" (ten hoogste {euro(plafond)})" if plafond is not None else ""),
                f"{GRONDSLAG_RENTE} (art. 30 lid 2)",
            )
        )
    if verloop is None:
        verloop = _verloop(opzet, passend, max_termijnen)
    termijnen = verloop.termijnen
    restant = totaal_open(verloop.vorderingen)
    totaal = sum((t.bedrag for t in termijnen), NUL)
    in_termijnen = sum((t.invorderingsrente for t in termijnen), NUL)
    eerste, laatste = termijnen[0], termijnen[-1]
    stappen.append(
        Stap(
            "Aantal termijnen",
            len(termijnen),
            f"{termijnen_tekst(len(termijnen))} van {euro(passend)}; de laatste termijn is {euro(laatste.bedrag)}",
            _GRONDSLAG_STANDAARD,
        )
    )
    pauze_tekst = "".join(
        f"; pauze van {datum_tekst(p.vanaf)} tot {datum_tekst(p.tot)}: geen termijnen, de latere schuiven op"
        for p in opzet.pauzes
    )
    stappen.append(
        Stap(
            "Vervaldata",
            eerste.vervaldatum.isoformat(),
            f"Maandelijks vanaf {datum_tekst(eerste.vervaldatum)}, steeds op dag {opzet.startdatum.day} (in een "
            f"kortere maand de laatste dag){pauze_tekst}; laatste termijn op {datum_tekst(laatste.vervaldatum)}",
            "Uitv.reg. Awir art. 7 lid 3",
        )
    )
    if opzet.rente:
        stappen.append(
            Stap(
                "Invorderingsrente",
                verloop.invorderingsrente,
                (
                    f"Elke termijn bevat de invorderingsrente over het deel van de hoofdsom dat hij aflost: samen "
                    f"{euro(verloop.invorderingsrente)}"
                    if opzet.rente_in_termijnen
                    else f"Over de termijnen is {euro(verloop.invorderingsrente)} invorderingsrente verschuldigd; "
                    "dit bedrag zit niet in de termijnen en komt erbovenop"
                )
                + f" ({regels_tekst(opzet.drempel)})",
                GRONDSLAG_RENTE,
            )
        )
    stappen.append(
        Stap(
            "Totaal",
            totaal,
            f"De termijnen zijn samen {euro(totaal)}: schuld {euro(opzet.schuld)}"
            + (f" + invorderingsrente {euro(in_termijnen)}" if in_termijnen else "")
            + (f" − restant {euro(restant)}" if restant else ""),
            GRONDSLAG_VOLGORDE,
        )
    )

    buiten_beleid = _buiten_beleid(opzet, gebruik, passend, len(termijnen), betaalde_termijnen, restant)
    if restant:
        stappen.append(
            Stap(
                "Restant",
                restant,
                f"Na de laatste termijn staat nog {euro(restant)} open. Tijdens de looptijd wordt daarvoor geen "
                "invorderingsmaatregel genomen; het wordt niet kwijtgescholden. Wat daarna gebeurt (nieuwe "
                "beoordeling van de betalingscapaciteit) is een beleidskeuze die niet in de bronnen staat",
                "RULES §3.3 (looptijd en restant onbevestigd)",
            )
        )
    if buiten_beleid:
        stappen.append(
            Stap(
                "Buiten beleid",
                len(buiten_beleid),
                "Dit voorstel valt buiten het standaardbeleid en gaat ter beoordeling naar een supervisor: "
                + "; ".join(buiten_beleid),
                _GRONDSLAG_VIER_OGEN,
            )
        )

    conclusie = (
        f"{soort.label}: {termijnen_tekst(len(termijnen))} van {euro(passend)} vanaf {datum_tekst(eerste.vervaldatum)}"
        + (f", de laatste {euro(laatste.bedrag)}" if laatste.bedrag != passend else "")
        + (f"; restant {euro(restant)}" if restant else "")
    )
    uitbetaling = None if voorschot is None else voorschot - passend
    return Betalingsregeling(
        soort=soort,
        startdatum=opzet.startdatum,
        schuld=opzet.schuld,
        termijnbedrag=passend,
        termijnen=termijnen,
        invorderingsrente=verloop.invorderingsrente,
        rente_berekend=opzet.rente,
        rente_in_termijnen=opzet.rente_in_termijnen,
        restant=restant,
        conclusie=conclusie,
        weigeringsgronden=(),
        buiten_beleid=tuple(buiten_beleid),
        uitleg=tuple(stappen),
        onbevestigde_parameters=gebruik.onbevestigd,
        betalingscapaciteit=capaciteit,
        uitbetaling_per_maand=uitbetaling,
    )


def _buiten_beleid(
    opzet: _Opzet,
    gebruik: Parametergebruik,
    termijnbedrag: Decimal,
    aantal: int,
    betaalde_termijnen: int,
    restant: Decimal,
) -> list[str]:
    """Why a schedule needs four-eyes review: a pause, a term over 24 months (paid instalments included), an
    instalment below the minimum, claims of different debtors, collection stopped for a restant."""
    minimum = gebruik.bedrag("inv.termijn_minimum")
    beleid_termijnen = gebruik.aantal("inv.termijnen_maximum")
    redenen = [f"pauze van {maanden_tekst(p.maanden)} vanaf {datum_tekst(p.vanaf)}" for p in opzet.pauzes]
    looptijd = betaalde_termijnen + aantal
    if looptijd > beleid_termijnen:
        redenen.append(f"looptijd langer dan {beleid_termijnen} maanden ({looptijd} termijnen)")
    if termijnbedrag < minimum and aantal > 1:
        redenen.append(f"termijnbedrag {euro(termijnbedrag)} lager dan het minimum van {euro(minimum)} per maand")
    schuldenaren = _schuldenaren(opzet.vorderingen)
    if len(schuldenaren) > 1:
        redenen.append(f"samenvoegen van vorderingen van verschillende schuldenaren ({', '.join(schuldenaren)})")
    if restant:
        redenen.append(f"stoppen van invorderingsmaatregelen voor het restant van {euro(restant)} na de looptijd")
    return redenen


def _termijnbedrag_stap(schuld: Decimal, termijnen: int, minimum: Decimal, bedrag: Decimal) -> Stap:
    return Stap(
        "Termijnbedrag",
        bedrag,
        f"{euro(schuld)} / {termijnen} = {euro(termijn_omhoog(schuld / Decimal(termijnen)))} (naar boven "
        f"afgerond op centen), ten minste {euro(minimum)} per maand en niet meer dan de schuld: {euro(bedrag)}",
        f"{_GRONDSLAG_STANDAARD}; afronding naar boven op centen: RULES §3.2 (onbevestigd)",
    )


# --- new arrangements ------------------------------------------------------------------------------------------


def standaardregeling(
    schuld: Decimal | Sequence[Vordering],
    startdatum: dt.date,
    *,
    pauzes: Sequence[Pauze] = (),
    rente: bool = True,
    rente_in_termijnen: bool = False,
    dwanginvordering: bool = False,
) -> Betalingsregeling:
    """The standard arrangement: at most 24 monthly instalments from the uiterste betaaldatum, at least € 20.

    termijnbedrag = max(€ 20, schuld / termijnen rounded up to the cent), capped at the debt; the number of
    instalments is ceil(schuld / termijnbedrag) and the last takes the remainder. When the arrangement starts
    after the uiterste betaaldatum, the months already passed are off the 24 (counted from the most recent
    uiterste betaaldatum when claims are merged: a policy choice in favour of the citizen). Several claims are
    merged into one arrangement (sum of principal, interest and costs).

    Args:
        schuld: one amount (its uiterste betaaldatum is taken to be `startdatum`) or the claims to merge.
        startdatum: the first due date; later due dates keep its day of the month (clamped to short months).
        pauzes: betaalpauzes (outside policy: listed in `buiten_beleid`).
        rente: compute invorderingsrente (default on; DOMAIN §11 item 20).
        rente_in_termijnen: include the interest in the instalments (art. 30 lid 2) instead of on top.
        dwanginvordering: forced collection has started: only the spijtoptantenregeling is possible then.

    Returns:
        The schedule with its explanation. Debt 1000.00 from 2026-02-01 gives 24 instalments of 41.67, the last
        41.59; debt 300.00 gives 15 of 20.00; a debt below € 20 one instalment.

    Raises:
        Invoerfout: negative or sub-cent amounts, no claims, no parameters for the start date.
    """
    vorderingen = _als_vorderingen(schuld, startdatum)
    gebruik = Parametergebruik(invorderingsparameters(startdatum))
    opzet = _opzet(vorderingen, startdatum, pauzes, rente, rente_in_termijnen, gebruik)
    stappen = [rente_schakelaar_stap(rente), *_schuld_stappen(vorderingen)]
    if dwanginvordering:
        return _geweigerd(
            Soort.STANDAARD,
            opzet,
            gebruik,
            stappen,
            ["de dwanginvordering is begonnen; alleen de spijtoptantenregeling (vanaf 2026) is dan nog mogelijk"],
        )
    beleid_termijnen = gebruik.aantal("inv.termijnen_maximum")
    minimum = gebruik.bedrag("inv.termijn_minimum")
    uiterste = max(v.uiterste_betaaldatum for v in vorderingen)
    verstreken = maanden_verstreken(uiterste, startdatum)
    max_termijnen = max(1, beleid_termijnen - verstreken)
    stappen.append(
        Stap(
            "Maximaal aantal termijnen",
            max_termijnen,
            f"Ten hoogste {beleid_termijnen} maandtermijnen, gerekend vanaf de uiterste betaaldatum "
            f"{datum_tekst(uiterste)}; al verstreken: {maanden_tekst(verstreken)}; nog "
            f"{termijnen_tekst(max_termijnen)}",
            "Uitv.reg. Awir art. 7 lid 3; Belastingdienst 'toeslag terugbetalen'",
        )
    )
    bedrag = _standaardbedrag(opzet.schuld, max_termijnen, minimum)
    stappen.append(_termijnbedrag_stap(opzet.schuld, max_termijnen, minimum, bedrag))
    return _maak(Soort.STANDAARD, opzet, gebruik, stappen, termijnbedrag=bedrag, max_termijnen=max_termijnen)


def spijtoptantregeling(
    schuld: Decimal | Sequence[Vordering],
    startdatum: dt.date,
    *,
    rente: bool = True,
    rente_in_termijnen: bool = False,
    dwanginvordering: bool = True,
) -> Betalingsregeling:
    """The spijtoptantenregeling: from 1 January 2026 a 24-month arrangement, always 24 months from the start
    (however late it is asked for), also after dwanginvordering has started. Instalments as the standard
    arrangement (at least € 20). Conditions beyond these are not in the sources (UNCONFIRMED).

    Args:
        schuld: one amount or the claims to merge.
        startdatum: the first due date (on or after 2026-01-01).
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the instalments.
        dwanginvordering: forced collection has started (allowed; stated in the trace).

    Returns:
        The schedule, or a refusal reason before 2026.
    """
    vorderingen = _als_vorderingen(schuld, startdatum)
    gebruik = Parametergebruik(invorderingsparameters(startdatum))
    opzet = _opzet(vorderingen, startdatum, (), rente, rente_in_termijnen, gebruik)
    stappen = [rente_schakelaar_stap(rente), *_schuld_stappen(vorderingen)]
    if "spijt.termijnen" not in gebruik.parameters:
        return _geweigerd(
            Soort.SPIJTOPTANT, opzet, gebruik, stappen, ["de spijtoptantenregeling geldt pas vanaf 1 januari 2026"]
        )
    termijnen = gebruik.aantal("spijt.termijnen")
    minimum = gebruik.bedrag("inv.termijn_minimum")
    stappen.append(
        Stap(
            "Spijtoptantenregeling",
            termijnen,
            f"Altijd {termijnen} maanden vanaf de start, ook als de regeling later wordt gevraagd"
            + (", en ook nu de dwanginvordering is begonnen" if dwanginvordering else ""),
            "Jaarverslag Dienst Toeslagen 2025; DOMAIN §7.1 (voorwaarden verder onbevestigd)",
        )
    )
    bedrag = _standaardbedrag(opzet.schuld, termijnen, minimum)
    stappen.append(_termijnbedrag_stap(opzet.schuld, termijnen, minimum, bedrag))
    return _maak(Soort.SPIJTOPTANT, opzet, gebruik, stappen, termijnbedrag=bedrag, max_termijnen=termijnen)


def _capaciteit(
    capaciteit: Capaciteitsinvoer | Betalingscapaciteit, peildatum: dt.date, gebruik: Parametergebruik
) -> Betalingscapaciteit:
    resultaat = (
        capaciteit
        if isinstance(capaciteit, Betalingscapaciteit)
        else bereken_betalingscapaciteit(capaciteit, peildatum)
    )
    gebruik.noteer(resultaat.onbevestigde_parameters)
    return resultaat


def _persoonlijk(
    vorderingen: tuple[Vordering, ...],
    startdatum: dt.date,
    capaciteit: Capaciteitsinvoer | Betalingscapaciteit,
    *,
    looptijd: int | None,
    pauzes: Sequence[Pauze],
    rente: bool,
    rente_in_termijnen: bool,
    betaalde_termijnen: int,
    stappen_vooraf: Sequence[Stap],
) -> Betalingsregeling:
    gebruik = Parametergebruik(invorderingsparameters(startdatum))
    opzet = _opzet(vorderingen, startdatum, pauzes, rente, rente_in_termijnen, gebruik)
    if looptijd is not None:
        _controleer_looptijd(looptijd)
    stappen = [*stappen_vooraf, rente_schakelaar_stap(rente), *_schuld_stappen(vorderingen)]
    cap = _capaciteit(capaciteit, startdatum, gebruik)
    stappen.append(
        Stap(
            "Betalingscapaciteit",
            cap.maximaal_termijnbedrag,
            f"Netto besteedbaar {euro(cap.netto_besteedbaar)} − wat minstens overblijft "
            f"{euro(max(cap.kosten_van_bestaan, cap.beschermd_minimum))} = capaciteit {euro(cap.capaciteit)}; "
            f"hoogste termijnbedrag {euro(cap.maximaal_termijnbedrag)} (zie betalingscapaciteit)",
            "Uitv.reg. Awir art. 7 lid 4; Uitv.reg. IW 1990 art. 13–16",
        )
    )
    if cap.weigeringsgronden:
        return _geweigerd(Soort.PERSOONLIJK, opzet, gebruik, stappen, cap.weigeringsgronden, cap)
    if looptijd is None:
        looptijd = gebruik.aantal("pbr.looptijd")
    if opzet.schuld > NUL and cap.maximaal_termijnbedrag < CENT:
        stappen.append(
            Stap(
                "Geen invorderingsmaatregelen",
                opzet.schuld,
                f"De betalingscapaciteit is te laag voor een termijn: voor {euro(opzet.schuld)} worden geen "
                "invorderingsmaatregelen genomen. Dit is geen kwijtschelding: een nabetaling of teruggaaf binnen "
                "3 jaar wordt verrekend",
                "Belastingdienst 'betalingscapaciteit'; RULES §3.3",
            )
        )
        return _leeg(
            Soort.PERSOONLIJK,
            opzet,
            gebruik,
            stappen,
            GEEN_INVORDERINGSMAATREGELEN,
            buiten_beleid=[
                f"stoppen van invorderingsmaatregelen voor {euro(opzet.schuld)}: betalingscapaciteit te laag"
            ],
            capaciteit=cap,
        )
    minimum = gebruik.bedrag("inv.termijn_minimum")
    standaard = _standaardbedrag(opzet.schuld, looptijd, minimum) if opzet.schuld else NUL
    bedrag = min(standaard, cap.maximaal_termijnbedrag)
    stappen.append(
        Stap(
            "Termijnbedrag",
            bedrag,
            f"Het laagste van het bedrag over {looptijd} maanden ({euro(standaard)}: schuld / {looptijd}, naar "
            f"boven op centen, ten minste {euro(minimum)}) en het hoogste termijnbedrag volgens de "
            f"betalingscapaciteit ({euro(cap.maximaal_termijnbedrag)}): {euro(bedrag)}. Het bestaansminimum blijft "
            "zo altijd over",
            f"{_GRONDSLAG_STANDAARD}; Uitv.reg. Awir art. 7 lid 4; looptijd PBR: RULES §3.3 (onbevestigd)",
        )
    )
    return _maak(
        Soort.PERSOONLIJK,
        opzet,
        gebruik,
        stappen,
        termijnbedrag=bedrag,
        max_termijnen=looptijd,
        plafond=cap.maximaal_termijnbedrag,
        betaalde_termijnen=betaalde_termijnen,
        capaciteit=cap,
    )


def persoonlijke_regeling(
    schuld: Decimal | Sequence[Vordering],
    startdatum: dt.date,
    capaciteit: Capaciteitsinvoer | Betalingscapaciteit,
    *,
    looptijd: int | None = None,
    pauzes: Sequence[Pauze] = (),
    rente: bool = True,
    rente_in_termijnen: bool = False,
) -> Betalingsregeling:
    """A persoonlijke betalingsregeling based on the betalingscapaciteit (Uitv.reg. Awir art. 7 lid 4).

    termijnbedrag = min(standard amount over `looptijd` months, maximum instalment of the capacity): never more
    than the capacity, so the protected minimum always remains. What the term does not cover is the restant,
    for which no collection measures are taken during the term (policy choice; RULES §3.3 UNCONFIRMED). A
    capacity too low for any instalment gives "geen invorderingsmaatregelen (betalingscapaciteit te laag)".
    Refusal reasons (vermogen, opzet or grove schuld) come back as `weigeringsgronden`.

    Args:
        schuld: one amount or the claims to merge.
        startdatum: the first due date; also the peildatum of the capacity.
        capaciteit: the capacity inputs, or a capacity already computed.
        looptijd: the term in months (default the PBR parameter, 24; longer is outside policy).
        pauzes: betaalpauzes (outside policy).
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the instalments.

    Returns:
        The schedule with the capacity, the four-eyes reasons and the trace.

    Raises:
        Invoerfout: bad amounts, a looptijd outside 1–120 months, no parameters for the start date.
    """
    return _persoonlijk(
        _als_vorderingen(schuld, startdatum),
        startdatum,
        capaciteit,
        looptijd=looptijd,
        pauzes=pauzes,
        rente=rente,
        rente_in_termijnen=rente_in_termijnen,
        betaalde_termijnen=0,
        stappen_vooraf=(),
    )


def verreken_voorschot(
    schuld: Decimal | Sequence[Vordering],
    voorschot_per_maand: Decimal,
    startdatum: dt.date,
    *,
    zelfde_toeslag: bool = True,
    capaciteit: Capaciteitsinvoer | Betalingscapaciteit | None = None,
    rente: bool = True,
    rente_in_termijnen: bool = False,
) -> Betalingsregeling:
    """Verrekening with a running toeslag (RULES.md §3.2): part of each monthly voorschot is withheld.

    Only with the same toeslag, when the voorschot is at least € 20 and larger than the deduction. The deduction
    is the standard amount: max(€ 20, schuld / 24 rounded up to the cent), done within 24 months; when the
    capacity is known, never more than its maximum instalment (the protected minimum remains; a lower deduction
    or a longer term is then outside policy). Example (§4.5): € 600 KOT, running KOT € 150 per month → € 25
    withheld, € 125 paid out.

    Args:
        schuld: one amount or the claims.
        voorschot_per_maand: the running toeslag per month.
        startdatum: the first month of the deduction.
        zelfde_toeslag: the claim comes from the same toeslag as the voorschot.
        capaciteit: the capacity, when known.
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the deductions.

    Returns:
        The schedule of deductions with `uitbetaling_per_maand`, or refusal reasons.
    """
    controleer_bedrag(voorschot_per_maand, "voorschot_per_maand")
    vorderingen = _als_vorderingen(schuld, startdatum)
    gebruik = Parametergebruik(invorderingsparameters(startdatum))
    opzet = _opzet(vorderingen, startdatum, (), rente, rente_in_termijnen, gebruik)
    stappen = [rente_schakelaar_stap(rente), *_schuld_stappen(vorderingen)]
    termijnen = gebruik.aantal("inv.termijnen_maximum")
    minimum = gebruik.bedrag("inv.termijn_minimum")
    voorschot_minimum = gebruik.bedrag("verr.voorschot_minimum")
    bedrag = _standaardbedrag(opzet.schuld, termijnen, minimum)
    stappen.append(_termijnbedrag_stap(opzet.schuld, termijnen, minimum, bedrag))
    cap = None if capaciteit is None else _capaciteit(capaciteit, startdatum, gebruik)
    plafond = voorschot_per_maand - CENT
    max_termijnen = termijnen
    if cap is not None:
        plafond = min(plafond, cap.maximaal_termijnbedrag)
        if cap.maximaal_termijnbedrag < bedrag:
            bedrag = cap.maximaal_termijnbedrag
            max_termijnen = MAXIMUM_TERMIJNEN_BEREKENING
            stappen.append(
                Stap(
                    "Beperkt tot de betalingscapaciteit",
                    bedrag,
                    f"De inhouding is beperkt tot het hoogste termijnbedrag volgens de betalingscapaciteit "
                    f"({euro(bedrag)}), zodat het bestaansminimum overblijft",
                    "RULES §3.2 en §3.4 (verrekening laat de beslagvrije voet)",
                )
            )
        if opzet.schuld > NUL and bedrag < CENT:
            stappen.append(
                Stap("Geen inhouding", NUL, "De betalingscapaciteit is te laag voor een inhouding", "RULES §3.3")
            )
            return _leeg(
                Soort.VERREKENING,
                opzet,
                gebruik,
                stappen,
                GEEN_INVORDERINGSMAATREGELEN,
                buiten_beleid=[
                    f"stoppen van invorderingsmaatregelen voor {euro(opzet.schuld)}: betalingscapaciteit te laag"
                ],
                capaciteit=cap,
            )
    gronden = []
    if not zelfde_toeslag:
        gronden.append("verrekening met een lopende toeslag kan alleen met dezelfde toeslag")
    if voorschot_per_maand < voorschot_minimum:
        gronden.append(
            f"de lopende toeslag {euro(voorschot_per_maand)} is lager dan {euro(voorschot_minimum)} per maand"
        )
    elif voorschot_per_maand <= bedrag:
        gronden.append(f"de lopende toeslag {euro(voorschot_per_maand)} is niet hoger dan de inhouding {euro(bedrag)}")
    if gronden:
        return _geweigerd(Soort.VERREKENING, opzet, gebruik, stappen, gronden, cap)
    stappen.append(
        Stap(
            "Uitbetaling",
            voorschot_per_maand - bedrag,
            f"Lopende toeslag {euro(voorschot_per_maand)} − inhouding {euro(bedrag)} = "
            f"{euro(voorschot_per_maand - bedrag)} wordt per maand uitbetaald (in de laatste maand de toeslag "
            "min de laatste inhouding)",
            "Belastingdienst 'verrekenen' (RULES §3.2, §4.5)",
        )
    )
    return _maak(
        Soort.VERREKENING,
        opzet,
        gebruik,
        stappen,
        termijnbedrag=bedrag,
        max_termijnen=max_termijnen,
        plafond=plafond,
        capaciteit=cap,
        voorschot=voorschot_per_maand,
    )


# --- changes to a running arrangement --------------------------------------------------------------------------


def _lopend_stap(lopend: LopendeRegeling, wat: str) -> Stap:
    return Stap(
        "Lopende regeling",
        lopend.termijnbedrag,
        f"{wat} van een lopende {lopend.soort.label} van {euro(lopend.termijnbedrag)} per maand; "
        f"{termijnen_tekst(lopend.betaalde_termijnen)} betaald; het nieuwe schema begint op de volgende vervaldatum "
        f"{datum_tekst(lopend.volgende_vervaldatum)} met wat nu nog open staat",
        "DOMAIN §7.2",
    )


def pauzeer(
    lopend: LopendeRegeling,
    maanden: int,
    *,
    vanaf: dt.date | None = None,
    rente: bool = True,
    rente_in_termijnen: bool = False,
) -> Betalingsregeling:
    """A betaalpauze: no instalments for `maanden` months from `vanaf` (default: the next due date); the later
    instalments shift on, the term is extended and the invorderingsrente keeps running. Outside policy.

    Args:
        lopend: the running arrangement.
        maanden: the length of the pause (1–24).
        vanaf: the first day of the pause.
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the instalments.

    Returns:
        The new schedule from the next due date, with "pauze" in `buiten_beleid`.
    """
    pauze = Pauze(vanaf or lopend.volgende_vervaldatum, maanden)
    gebruik = Parametergebruik(invorderingsparameters(lopend.volgende_vervaldatum, "volgende_vervaldatum"))
    vorderingen = oudste_eerst(lopend.vorderingen)
    opzet = _opzet(vorderingen, lopend.volgende_vervaldatum, (pauze,), rente, rente_in_termijnen, gebruik)
    bedrag = min(lopend.termijnbedrag, opzet.schuld)
    stappen = [
        _lopend_stap(lopend, "Pauze"),
        rente_schakelaar_stap(rente),
        *_schuld_stappen(vorderingen),
        Stap(
            "Pauze",
            maanden,
            f"Geen termijnen van {datum_tekst(pauze.vanaf)} tot {datum_tekst(pauze.tot)}; het termijnbedrag blijft "
            f"{euro(bedrag)} en de termijnen daarna schuiven {maanden_tekst(maanden)} op. De invorderingsrente "
            "loopt door",
            "DOMAIN §7.2 (betaalpauze)",
        ),
    ]
    return _maak(
        lopend.soort,
        opzet,
        gebruik,
        stappen,
        termijnbedrag=bedrag,
        max_termijnen=MAXIMUM_TERMIJNEN_BEREKENING,
        betaalde_termijnen=lopend.betaalde_termijnen,
    )


def verleng(
    lopend: LopendeRegeling,
    extra_maanden: int,
    *,
    rente: bool = True,
    rente_in_termijnen: bool = False,
) -> Betalingsregeling:
    """Spread what is open over `extra_maanden` more months: a lower instalment (never higher than now, at
    least € 20 unless it already was lower). A total term over 24 months is outside policy.

    Args:
        lopend: the running arrangement.
        extra_maanden: months added to the remaining term (1–96).
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the instalments.

    Returns:
        The new schedule from the next due date.
    """
    if not 1 <= extra_maanden <= MAXIMUM_TERMIJNEN_BEREKENING - 24:
        raise Invoerfout(
            "extra_maanden", f"moet een geheel aantal maanden van 1 tot en met {MAXIMUM_TERMIJNEN_BEREKENING - 24} zijn"
        )
    gebruik = Parametergebruik(invorderingsparameters(lopend.volgende_vervaldatum, "volgende_vervaldatum"))
    vorderingen = oudste_eerst(lopend.vorderingen)
    opzet = _opzet(vorderingen, lopend.volgende_vervaldatum, (), rente, rente_in_termijnen, gebruik)
    minimum = gebruik.bedrag("inv.termijn_minimum")
    resterend = math.ceil(opzet.schuld / lopend.termijnbedrag)
    nieuw = min(resterend + extra_maanden, MAXIMUM_TERMIJNEN_BEREKENING)
    bedrag = min(lopend.termijnbedrag, _standaardbedrag(opzet.schuld, nieuw, minimum)) if opzet.schuld else NUL
    stappen = [
        _lopend_stap(lopend, "Verlenging"),
        rente_schakelaar_stap(rente),
        *_schuld_stappen(vorderingen),
        Stap(
            "Verlenging",
            nieuw,
            f"Nog {termijnen_tekst(resterend)} + {extra_maanden} extra = {nieuw}; {euro(opzet.schuld)} / {nieuw}, naar "
            f"boven op centen, ten minste {euro(minimum)} en niet hoger dan nu: {euro(bedrag)}",
            f"{_GRONDSLAG_STANDAARD}; DOMAIN §7.2 (langere looptijd)",
        ),
    ]
    return _maak(
        lopend.soort,
        opzet,
        gebruik,
        stappen,
        termijnbedrag=bedrag,
        max_termijnen=nieuw,
        plafond=lopend.termijnbedrag,
        betaalde_termijnen=lopend.betaalde_termijnen,
    )


def voeg_vorderingen_toe(
    lopend: LopendeRegeling,
    nieuwe: Sequence[Vordering],
    *,
    rente: bool = True,
    rente_in_termijnen: bool = False,
) -> Betalingsregeling:
    """Add new claims to a running arrangement; the schedule is recomputed from the next due date, keeping what
    has been paid (the open balances of `lopend`).

    Policy choices: a standard (or spijtoptant, verrekening) arrangement gets at most 24 months again from the next
    due date, with an instalment never lower than now: max(current, standard amount of the new total). A
    persoonlijke regeling keeps its instalment (the capacity did not change) and runs longer; a total term over 24
    months is then outside policy. Claims of different debtors are outside policy.

    Args:
        lopend: the running arrangement.
        nieuwe: the claims to add.
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the instalments.

    Returns:
        The new schedule for all claims.
    """
    if not nieuwe:
        raise Invoerfout("nieuwe_vorderingen", "geef ten minste één vordering om toe te voegen")
    gebruik = Parametergebruik(invorderingsparameters(lopend.volgende_vervaldatum, "volgende_vervaldatum"))
    vorderingen = oudste_eerst((*lopend.vorderingen, *nieuwe))
    opzet = _opzet(vorderingen, lopend.volgende_vervaldatum, (), rente, rente_in_termijnen, gebruik)
    stappen = [
        _lopend_stap(lopend, "Vorderingen toevoegen"),
        rente_schakelaar_stap(rente),
        *_schuld_stappen(vorderingen),
    ]
    huidig = min(lopend.termijnbedrag, opzet.schuld)
    if lopend.soort is Soort.PERSOONLIJK:
        bedrag, max_termijnen, plafond = huidig, MAXIMUM_TERMIJNEN_BEREKENING, lopend.termijnbedrag
        tekst = (
            f"Het termijnbedrag blijft {euro(bedrag)} (de betalingscapaciteit is niet veranderd); de looptijd "
            "wordt langer"
        )
    else:
        max_termijnen = gebruik.aantal("inv.termijnen_maximum")
        standaard = _standaardbedrag(opzet.schuld, max_termijnen, gebruik.bedrag("inv.termijn_minimum"))
        bedrag, plafond = max(huidig, standaard), None
        tekst = (
            f"Het hoogste van het huidige termijnbedrag {euro(huidig)} en het standaardbedrag over "
            f"{max_termijnen} maanden voor de nieuwe totale schuld {euro(standaard)}: {euro(bedrag)} (beleidskeuze)"
        )
    stappen.append(
        Stap("Termijnbedrag", bedrag, tekst, f"{_GRONDSLAG_STANDAARD}; DOMAIN §7.2 (nieuwe vorderingen toevoegen)")
    )
    return _maak(
        lopend.soort,
        opzet,
        gebruik,
        stappen,
        termijnbedrag=bedrag,
        max_termijnen=max_termijnen,
        plafond=plafond,
        betaalde_termijnen=lopend.betaalde_termijnen,
    )


def herbereken_capaciteit(
    lopend: LopendeRegeling,
    capaciteit: Capaciteitsinvoer | Betalingscapaciteit,
    *,
    rente: bool = True,
    rente_in_termijnen: bool = False,
) -> Betalingsregeling:
    """Recalculate after a change of income: a new capacity gives a new instalment for what is open, from the next
    due date, within the rest of the agreed term (looptijd − betaalde termijnen; at least one month). The result
    is a persoonlijke regeling, with its refusal reasons, restant and four-eyes reasons.

    Args:
        lopend: the running arrangement.
        capaciteit: the new capacity inputs (or a computed capacity).
        rente: compute invorderingsrente (default on).
        rente_in_termijnen: include the interest in the instalments.

    Returns:
        The new schedule.
    """
    resterend = max(1, lopend.looptijd - lopend.betaalde_termijnen)
    return _persoonlijk(
        oudste_eerst(lopend.vorderingen),
        lopend.volgende_vervaldatum,
        capaciteit,
        looptijd=resterend,
        pauzes=(),
        rente=rente,
        rente_in_termijnen=rente_in_termijnen,
        betaalde_termijnen=lopend.betaalde_termijnen,
        stappen_vooraf=(
            _lopend_stap(lopend, "Herberekening na een wijziging van het inkomen"),
            Stap(
                "Resterende looptijd",
                resterend,
                f"Afgesproken looptijd {lopend.looptijd} maanden − {lopend.betaalde_termijnen} betaald = {resterend}",
                "DOMAIN §7.2 (herberekening betalingscapaciteit)",
            ),
        ),
    )
