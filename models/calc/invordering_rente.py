"""Invorderingsrente: the interest a claim carries from the day after its uiterste betaaldatum until payment.

What belongs here: the day count, the rate factor across rate periods, the interest over one payment (with the
split of a payment into principal and interest) and the explained calculation `bereken_invorderingsrente`.
Standard library only. The rules (Awir art. 29 → IW 1990 art. 28; Uitv.reg. IW 1990 art. 29–33, older SG text;
RULES.md §2.3 and §3.1):

- simple interest, computed over every payment separately (art. 29);
- rente = betaling × Σ(dagen × percentage) / 36.000, per rate period: 4% in 2024–2025, 4,3% from 2026 (art. 30);
- days: the month of the uiterste betaaldatum at its actual days (February always 28), every further month 30
  days, a year 360 days (art. 31); the month of payment counts its days up to 30 (30 on its last day: a full
  month);
- the payment is rounded down to whole euros before the computation (art. 30 lid 4) and the interest charged is
  rounded down to whole euros (art. 32 lid 1);
- at the only or last payment, interest of € 23 or less is not charged (art. 33; UNCONFIRMED, older text).

Whether invorderingsrente still applies to toeslagschulden is unclear (DOMAIN.md §11 item 20): every calculation
has a switch `rente` (default on) and says in its trace which setting it used.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from models.calc.formaat import euro, procent
from models.calc.invordering_afronding import rente_grondslag, rente_omlaag
from models.calc.invordering_basis import NUL, Parametergebruik, controleer_bedrag, datum_tekst, geld
from models.calc.parameters.basis import Status
from models.calc.parameters_invordering import RENTEPERIODES, invorderingsparameters, renteperiodes_vanaf
from models.calc.uitkomst import Stap

__all__ = [
    "GRONDSLAG_RENTE",
    "Rentedeel",
    "Renteuitkomst",
    "bereken_invorderingsrente",
    "regels_tekst",
    "rente_over_hoofdsom",
    "rente_schakelaar_stap",
    "rente_uit_betaling",
    "rentedagen",
    "rentedelen",
    "rentefactor",
]

GRONDSLAG_RENTE = "Awir art. 29; IW 1990 art. 28; Uitv.reg. IW 1990 art. 29–33"
_DAGPROCENTEN_PER_JAAR = Decimal(36000)  # 360 days × 100 percent


@dataclass(frozen=True, slots=True)
class Rentedeel:
    """The days of one rate period between the uiterste betaaldatum and the payment."""

    van: dt.date
    tot: dt.date
    dagen: int
    percentage: Decimal
    onbevestigd_label: str | None = None

    def tekst(self) -> str:
        """ "31 dagen à 4%" in Dutch."""
        return f"{self.dagen} dagen à {procent(self.percentage)}"


def rentedagen(van: dt.date, tot: dt.date) -> int:
    """Uitv.reg. IW 1990 art. 31: the interest days after `van` up to and including `tot`.

    The month of `van` counts its actual days (February always 28), every full month after it 30 days, and the
    month of `tot` its days up to at most 30, or 30 when `tot` is its last day (a full month). So the count is
    additive at every month end: the days of a period split at a rate change add up to those of the whole period.
    """
    if tot <= van:
        return 0
    lengte = 28 if van.month == 2 else calendar.monthrange(van.year, van.month)[1]
    if (tot.year, tot.month) == (van.year, van.month):
        return max(0, min(tot.day, lengte) - van.day)
    volle_maanden = (tot.year - van.year) * 12 + tot.month - van.month - 1
    laatste_maand = 30 if tot.day == calendar.monthrange(tot.year, tot.month)[1] else min(tot.day, 30)
    return max(0, lengte - van.day) + 30 * volle_maanden + laatste_maand


def rentedelen(uiterste_betaaldatum: dt.date, betaaldatum: dt.date) -> tuple[Rentedeel, ...]:
    """The interest days per rate period from the day after `uiterste_betaaldatum` up to `betaaldatum`.

    Raises:
        Invoerfout: interest would run in a period without a recorded percentage (before 2024).
    """
    if betaaldatum <= uiterste_betaaldatum:
        return ()
    delen = []
    for periode in renteperiodes_vanaf(uiterste_betaaldatum + dt.timedelta(days=1)):
        if periode.van > betaaldatum:
            break
        begin = max(uiterste_betaaldatum, periode.van - dt.timedelta(days=1))
        eind = betaaldatum if periode.tot is None else min(betaaldatum, periode.tot)
        dagen = rentedagen(begin, eind)
        if dagen:
            label = periode.label if periode.status is Status.ONBEVESTIGD else None
            delen.append(Rentedeel(begin, eind, dagen, periode.percentage, label))
    return tuple(delen)


def rentefactor(delen: tuple[Rentedeel, ...]) -> Decimal:
    """Σ dagen × percentage over the rate periods (in "dagprocenten"; divide by 36.000 for the fraction)."""
    return sum((Decimal(d.dagen) * d.percentage for d in delen), NUL)


def rente_over_hoofdsom(hoofdsom: Decimal, factor: Decimal, *, laatste: bool, drempel: Decimal) -> Decimal:
    """Uitv.reg. IW 1990 art. 30 lid 1: the interest over a principal paid, in whole euros (art. 30 lid 4, art. 32).

    Args:
        hoofdsom: the principal paid with this payment.
        factor: Σ dagen × percentage (`rentefactor`).
        laatste: this payment pays off the principal: interest of `drempel` or less is not charged (art. 33).
        drempel: the art. 33 amount (€ 23).
    """
    rente = rente_omlaag(rente_grondslag(hoofdsom) * factor / _DAGPROCENTEN_PER_JAAR)
    return NUL if laatste and rente <= drempel else rente


def rente_uit_betaling(betaling: Decimal, factor: Decimal) -> Decimal:
    """Uitv.reg. IW 1990 art. 30 lid 2: the interest part of a payment that covers principal plus its interest.

    hoofdsom = betaling × 36.000 / (36.000 + factor); rente = betaling − hoofdsom; the payment is rounded down to
    whole euros first (art. 30 lid 4) and the interest down to whole euros (art. 32 lid 1).
    """
    grondslag = rente_grondslag(betaling)
    return rente_omlaag(grondslag * factor / (_DAGPROCENTEN_PER_JAAR + factor))


def regels_tekst(drempel: Decimal) -> str:
    """The interest rules in one Dutch sentence, from the rate data (for the trace of a schedule)."""
    percentages = ", ".join(f"{procent(p.percentage)} vanaf {datum_tekst(p.van)}" for p in RENTEPERIODES)
    return (
        f"per betaling vanaf de dag na de uiterste betaaldatum: {percentages}; maand 30 dagen, jaar 360 dagen; "
        f"betaling en rente naar beneden op hele euro's; {euro(drempel)} of minder bij de laatste betaling niet in "
        "rekening gebracht"
    )


def rente_schakelaar_stap(rente: bool) -> Stap:
    """The trace step that states whether invorderingsrente was computed, and why it is a switch."""
    tekst = (
        "Invorderingsrente is berekend (instelling 'rente' staat aan)."
        if rente
        else "Invorderingsrente is niet berekend (instelling 'rente' staat uit)."
    )
    return Stap(
        "Rente berekenen",
        rente,
        f"{tekst} Of invorderingsrente op toeslagschulden nog geldt, is onduidelijk: rente op terugvorderingen "
        "vervalt vanaf 2026, maar de informatie over invorderingsrente wordt nog verbeterd.",
        "DOMAIN §11 punt 20; Awir art. 29",
    )


@dataclass(frozen=True, slots=True)
class Renteuitkomst:
    """The invorderingsrente over one payment of principal, explained.

    Attributes:
        hoofdsom: the principal paid.
        uiterste_betaaldatum: interest runs from the day after this date.
        betaaldatum: the day of payment.
        delen: the days per rate period.
        exact: the interest before rounding (over the principal rounded down to whole euros).
        bedrag: the interest charged: whole euros, rounded down; 0 at the last payment when € 23 or less.
        rente_berekend: the switch `rente` (False: everything 0).
    """

    hoofdsom: Decimal
    uiterste_betaaldatum: dt.date
    betaaldatum: dt.date
    delen: tuple[Rentedeel, ...]
    exact: Decimal
    bedrag: Decimal
    rente_berekend: bool
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()

    def naar_dict(self) -> dict[str, Any]:
        """The JSON fields of the `werkplek-reken` contract."""
        return {
            "invorderingsrente": geld(self.bedrag),
            "rente_exact": f"{self.exact:f}",
            "rente_berekend": self.rente_berekend,
            "rentedagen": [
                {"van": d.van.isoformat(), "tot": d.tot.isoformat(), "dagen": d.dagen, "percentage": str(d.percentage)}
                for d in self.delen
            ],
            "onbevestigde_parameters": list(self.onbevestigde_parameters),
            "uitleg": [s.naar_dict() for s in self.uitleg],
            "fout": None,
        }


def bereken_invorderingsrente(
    hoofdsom: Decimal,
    uiterste_betaaldatum: dt.date,
    betaaldatum: dt.date,
    *,
    laatste_betaling: bool = False,
    rente: bool = True,
) -> Renteuitkomst:
    """The invorderingsrente over a principal paid on `betaaldatum`, with the explanation.

    Args:
        hoofdsom: the principal paid (euros, whole cents, not negative).
        uiterste_betaaldatum: the last day of the payment term; interest runs from the day after.
        betaaldatum: the day of payment.
        laatste_betaling: the payment pays off the claim: € 23 or less is not charged (art. 33).
        rente: the switch; False gives 0 and says so in the trace.

    Returns:
        The interest with its days per rate period and the trace.

    Raises:
        Invoerfout: a negative amount, or interest days before 2024 (no recorded percentage).
    """
    controleer_bedrag(hoofdsom, "hoofdsom")
    stappen = [rente_schakelaar_stap(rente)]
    if not rente:
        return Renteuitkomst(hoofdsom, uiterste_betaaldatum, betaaldatum, (), NUL, NUL, False, tuple(stappen))
    delen = rentedelen(uiterste_betaaldatum, betaaldatum)
    factor = rentefactor(delen)
    grondslag = rente_grondslag(hoofdsom)
    exact = grondslag * factor / _DAGPROCENTEN_PER_JAAR
    onbevestigd = [d.onbevestigd_label for d in delen if d.onbevestigd_label]
    drempel = NUL
    if laatste_betaling:
        gebruik = Parametergebruik(invorderingsparameters(betaaldatum, "betaaldatum"))
        drempel = gebruik.bedrag("inv.rente_drempel")
        onbevestigd.extend(gebruik.onbevestigd)
    bedrag = rente_over_hoofdsom(hoofdsom, factor, laatste=laatste_betaling, drempel=drempel)
    dagen_tekst = " + ".join(d.tekst() for d in delen) or "0 dagen"
    stappen += [
        Stap(
            "Rentedagen",
            sum(d.dagen for d in delen),
            f"Van de dag na de uiterste betaaldatum {datum_tekst(uiterste_betaaldatum)} tot en met "
            f"{datum_tekst(betaaldatum)}: {dagen_tekst} (eerste maand werkelijke dagen, februari 28; daarna 30 "
            "dagen per maand)",
            "Uitv.reg. IW 1990 art. 31",
        ),
        Stap(
            "Grondslag",
            grondslag,
            f"Betaalde hoofdsom {euro(hoofdsom)}, naar beneden afgerond op hele euro's: {euro(grondslag)}",
            "Uitv.reg. IW 1990 art. 30 lid 4",
        ),
        Stap(
            "Invorderingsrente",
            bedrag,
            f"{euro(grondslag)} × ({dagen_tekst}) / 360 = {euro(exact)}, naar beneden afgerond op hele euro's: "
            f"{euro(rente_omlaag(exact))}"
            + (
                f"; bij de laatste betaling wordt {euro(drempel)} of minder niet in rekening gebracht: {euro(bedrag)}"
                if laatste_betaling
                else ""
            ),
            "Uitv.reg. IW 1990 art. 30, 32" + (" en 33" if laatste_betaling else ""),
        ),
    ]
    return Renteuitkomst(
        hoofdsom,
        uiterste_betaaldatum,
        betaaldatum,
        delen,
        exact,
        bedrag,
        True,
        tuple(stappen),
        tuple(dict.fromkeys(onbevestigd)),
    )
