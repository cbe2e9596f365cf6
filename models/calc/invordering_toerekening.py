"""Allocation (toerekening) of a payment or a verrekende nabetaling to open claims.

What belongs here: how one amount is divided over the claims, and nothing else. Standard library only.

- Within a claim: first invorderingskosten, then invorderingsrente already charged, then the principal
  (Awir art. 34 lid 3).
- Over several claims: the oldest claim (earliest uiterste betaaldatum) first and in full, then the next. This
  order between claims is a POLICY CHOICE: the sources give the order within a claim only.
- With `rente` on, the part that goes to the principal carries invorderingsrente from the day after the claim's
  uiterste betaaldatum (Uitv.reg. IW 1990 art. 29–33). With `rente_in_betaling` the payment pays that interest
  too (art. 30 lid 2: the payment is split into principal and interest); without it, the interest is only
  computed and is charged later (after the last instalment of an arrangement).
- A nabetaling is set off the same way (Awir art. 30); what is left is paid out.

Nothing is ever allocated beyond the amount paid or beyond what is open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from models.calc.formaat import euro
from models.calc.invordering_basis import (
    NUL,
    Parametergebruik,
    Vordering,
    controleer_bedrag,
    datum_tekst,
    geld,
    oudste_eerst,
)
from models.calc.invordering_rente import (
    GRONDSLAG_RENTE,
    rente_over_hoofdsom,
    rente_schakelaar_stap,
    rente_uit_betaling,
    rentedelen,
    rentefactor,
)
from models.calc.parameters_invordering import invorderingsparameters
from models.calc.uitkomst import Stap

__all__ = [
    "GRONDSLAG_VOLGORDE",
    "Betalingsverdeling",
    "Toerekening",
    "verdeel",
    "verdeel_betaling",
    "verreken_nabetaling",
    "vordering_naar_dict",
]

GRONDSLAG_VOLGORDE = "Awir art. 34 lid 3 (kosten, rente, hoofdsom); oudste vordering eerst: beleidskeuze"


@dataclass(frozen=True, slots=True)
class Toerekening:
    """What one payment did to one claim.

    Attributes:
        kenmerk: the claim.
        kosten: paid to invorderingskosten.
        rente: paid to invorderingsrente that was already charged.
        hoofdsom: paid to the principal.
        invorderingsrente: interest charged over `hoofdsom` (art. 29–33).
        invorderingsrente_betaald: the part of `invorderingsrente` paid with this payment (0 when the interest
            is charged later; the full amount when the payment is split per art. 30 lid 2).
        open_na: what is still open on the claim after this payment.
        rentedagen: the interest days of this payment (0 without interest).
    """

    kenmerk: str
    kosten: Decimal
    rente: Decimal
    hoofdsom: Decimal
    invorderingsrente: Decimal
    invorderingsrente_betaald: Decimal
    open_na: Decimal
    rentedagen: int = 0

    @property
    def betaald(self) -> Decimal:
        """Everything this payment paid on the claim."""
        return self.kosten + self.rente + self.hoofdsom + self.invorderingsrente_betaald


def verdeel(
    bedrag: Decimal,
    vorderingen: Sequence[Vordering],
    datum: dt.date,
    *,
    rente: bool,
    rente_in_betaling: bool,
    drempel: Decimal,
) -> tuple[tuple[Toerekening, ...], tuple[Vordering, ...], Decimal]:
    """The allocation without a trace (the core the schedules run every month).

    Args:
        bedrag: the amount paid.
        vorderingen: the claims, already in the order of allocation (`oudste_eerst`).
        datum: the payment date.
        rente: compute invorderingsrente over the principal part.
        rente_in_betaling: the payment also pays that interest (art. 30 lid 2).
        drempel: the art. 33 amount for the payment that pays off a principal.

    Returns:
        The allocation per claim that received something, the claims afterwards (same order), and what is left.
    """
    rest = bedrag
    toerekeningen: list[Toerekening] = []
    na: list[Vordering] = []
    for vordering in vorderingen:
        if rest <= NUL or vordering.open == NUL:
            na.append(vordering)
            continue
        kosten = min(rest, vordering.kosten)
        rest -= kosten
        oude_rente = min(rest, vordering.rente)
        rest -= oude_rente
        hoofdsom = ir = ir_betaald = NUL
        nieuwe_open_rente = vordering.rente - oude_rente
        dagen = 0
        if rest > NUL and vordering.hoofdsom > NUL:
            delen = rentedelen(vordering.uiterste_betaaldatum, datum) if rente else ()
            dagen = sum(d.dagen for d in delen)
            factor = rentefactor(delen)
            rente_volledig = rente_over_hoofdsom(vordering.hoofdsom, factor, laatste=True, drempel=drempel)
            if not rente_in_betaling:
                hoofdsom = min(rest, vordering.hoofdsom)
                afgelost = hoofdsom == vordering.hoofdsom
                ir = (
                    rente_volledig
                    if afgelost
                    else rente_over_hoofdsom(hoofdsom, factor, laatste=False, drempel=drempel)
                )
            elif rest >= vordering.hoofdsom + rente_volledig:
                hoofdsom, ir, ir_betaald = vordering.hoofdsom, rente_volledig, rente_volledig
            else:
                ir_betaald = rente_uit_betaling(rest, factor)
                hoofdsom = rest - ir_betaald
                ir = ir_betaald
                if hoofdsom >= vordering.hoofdsom:
                    # The split would pay more than the principal: the principal is paid off, the interest over
                    # it is charged in full and what this payment could not cover stays open as rente.
                    hoofdsom = vordering.hoofdsom
                    ir, ir_betaald = rente_volledig, rest - vordering.hoofdsom
                    nieuwe_open_rente += rente_volledig - ir_betaald
            rest -= hoofdsom + ir_betaald
        daarna = replace(
            vordering,
            kosten=vordering.kosten - kosten,
            rente=nieuwe_open_rente,
            hoofdsom=vordering.hoofdsom - hoofdsom,
        )
        na.append(daarna)
        toerekeningen.append(
            Toerekening(vordering.kenmerk, kosten, oude_rente, hoofdsom, ir, ir_betaald, daarna.open, dagen)
        )
    return tuple(toerekeningen), tuple(na), rest


@dataclass(frozen=True, slots=True)
class Betalingsverdeling:
    """A payment (or a verrekende nabetaling) divided over the open claims.

    Attributes:
        bedrag: the amount paid or set off.
        datum: the payment date.
        toerekeningen: per claim that received something, in the order of allocation.
        onverdeeld: what was not needed; for a nabetaling this is paid out.
        vorderingen: every claim after the payment, oldest first.
        verrekening: True for a verrekende nabetaling (the trace and JSON say "uit te betalen").
    """

    bedrag: Decimal
    datum: dt.date
    toerekeningen: tuple[Toerekening, ...]
    onverdeeld: Decimal
    vorderingen: tuple[Vordering, ...]
    verrekening: bool
    rente_berekend: bool
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()

    @property
    def toegerekend(self) -> Decimal:
        """What went to the claims (never more than `bedrag`)."""
        return self.bedrag - self.onverdeeld

    @property
    def invorderingsrente(self) -> Decimal:
        """The interest charged over this payment, all claims together."""
        return sum((t.invorderingsrente for t in self.toerekeningen), NUL)

    def naar_dict(self) -> dict[str, Any]:
        """The JSON fields of the `werkplek-reken` contract."""
        return {
            "bedrag": geld(self.bedrag),
            "toegerekend": geld(self.toegerekend),
            "uit_te_betalen" if self.verrekening else "onverdeeld": geld(self.onverdeeld),
            "invorderingsrente": geld(self.invorderingsrente),
            "rente_berekend": self.rente_berekend,
            "toerekeningen": [
                {
                    "kenmerk": t.kenmerk,
                    "kosten": geld(t.kosten),
                    "rente": geld(t.rente),
                    "hoofdsom": geld(t.hoofdsom),
                    "invorderingsrente": geld(t.invorderingsrente),
                    "invorderingsrente_betaald": geld(t.invorderingsrente_betaald),
                    "betaald": geld(t.betaald),
                    "open_na": geld(t.open_na),
                }
                for t in self.toerekeningen
            ],
            "vorderingen": [vordering_naar_dict(v) for v in self.vorderingen],
            "onbevestigde_parameters": list(self.onbevestigde_parameters),
            "uitleg": [s.naar_dict() for s in self.uitleg],
            "fout": None,
        }


def vordering_naar_dict(vordering: Vordering) -> dict[str, Any]:
    """A claim in the JSON field names (the same names the input uses)."""
    return {
        "kenmerk": vordering.kenmerk,
        "hoofdsom": geld(vordering.hoofdsom),
        "rente": geld(vordering.rente),
        "kosten": geld(vordering.kosten),
        "uiterste_betaaldatum": vordering.uiterste_betaaldatum.isoformat(),
        "schuldenaar": vordering.schuldenaar,
        "open": geld(vordering.open),
    }


def _toerekening_tekst(t: Toerekening, rente_in_betaling: bool) -> str:
    delen = [f"{euro(t.kosten)} naar kosten", f"{euro(t.rente)} naar rente", f"{euro(t.hoofdsom)} naar hoofdsom"]
    tekst = ", ".join(delen)
    if t.invorderingsrente or t.rentedagen:
        wijze = "betaald met deze betaling" if rente_in_betaling else "later in rekening te brengen"
        tekst += f"; invorderingsrente over de hoofdsom ({t.rentedagen} dagen): {euro(t.invorderingsrente)}, {wijze}"
    return f"{tekst}. Nog open: {euro(t.open_na)}"


def _verdeling(
    bedrag: Decimal,
    vorderingen: Sequence[Vordering],
    datum: dt.date,
    *,
    rente: bool,
    rente_in_betaling: bool,
    verrekening: bool,
    veld_datum: str,
) -> Betalingsverdeling:
    controleer_bedrag(bedrag, "nabetaling" if verrekening else "bedrag")
    gebruik = Parametergebruik(invorderingsparameters(datum, veld_datum))
    volgorde = oudste_eerst(vorderingen)
    toerekeningen, na, rest = verdeel(
        bedrag,
        volgorde,
        datum,
        rente=rente,
        rente_in_betaling=rente_in_betaling,
        drempel=gebruik.bedrag("inv.rente_drempel") if rente else NUL,
    )
    wat = "De nabetaling" if verrekening else "De betaling"
    stappen = [
        rente_schakelaar_stap(rente),
        Stap(
            "Volgorde",
            " → ".join(v.kenmerk for v in volgorde),
            f"{wat} van {euro(bedrag)} op {datum_tekst(datum)} gaat eerst naar de oudste vordering (vroegste "
            "uiterste betaaldatum) en pas als die betaald is naar de volgende (beleidskeuze); per vordering eerst "
            "naar kosten, dan naar rente, dan naar de hoofdsom",
            GRONDSLAG_VOLGORDE,
        ),
    ]
    for t in toerekeningen:
        stappen.append(
            Stap(
                f"Vordering {t.kenmerk}",
                t.betaald,
                _toerekening_tekst(t, rente_in_betaling),
                f"Awir art. 34 lid 3; {GRONDSLAG_RENTE}" if rente else "Awir art. 34 lid 3",
            )
        )
    stappen.append(
        Stap(
            "Uit te betalen" if verrekening else "Niet toegerekend",
            rest,
            f"Na verrekening met alle open vorderingen wordt {euro(rest)} uitbetaald"
            if verrekening
            else f"Alle open vorderingen zijn betaald; {euro(rest)} is niet nodig en gaat terug"
            if rest
            else "De hele betaling is toegerekend",
            "Awir art. 30 (verrekening)" if verrekening else "Awir art. 34 lid 3",
        )
    )
    return Betalingsverdeling(
        bedrag, datum, toerekeningen, rest, na, verrekening, rente, tuple(stappen), gebruik.onbevestigd
    )


def verdeel_betaling(
    bedrag: Decimal,
    vorderingen: Sequence[Vordering],
    betaaldatum: dt.date,
    *,
    rente: bool = True,
    rente_in_betaling: bool = True,
) -> Betalingsverdeling:
    """Allocate one payment to the open claims: oldest claim first; per claim kosten → rente → hoofdsom.

    Args:
        bedrag: the amount paid (euros, whole cents).
        vorderingen: the open claims, in any order.
        betaaldatum: the day of payment (the interest runs up to and including it).
        rente: compute invorderingsrente over the principal part (the switch of DOMAIN §11 item 20).
        rente_in_betaling: the payment also pays that interest (art. 30 lid 2); otherwise it is only computed.

    Returns:
        The allocation with the claims afterwards and the trace.

    Raises:
        Invoerfout: a negative amount, or interest days before 2024.
    """
    return _verdeling(
        bedrag,
        vorderingen,
        betaaldatum,
        rente=rente,
        rente_in_betaling=rente_in_betaling,
        verrekening=False,
        veld_datum="betaaldatum",
    )


def verreken_nabetaling(
    nabetaling: Decimal,
    vorderingen: Sequence[Vordering],
    datum: dt.date,
    *,
    rente: bool = True,
) -> Betalingsverdeling:
    """Set a nabetaling off against the open claims (Awir art. 30); the remainder is paid out.

    The same order as a payment (oldest claim first; kosten → rente → hoofdsom), and the set-off pays the
    invorderingsrente over the principal it settles. A one-off nabetaling is set off even when the payment
    capacity is too low (RULES.md §3.3); the protected minimum limits verrekening with a running toeslag only
    (`verreken_voorschot`).

    Args:
        nabetaling: the amount of the nabetaling.
        vorderingen: the open claims.
        datum: the date of the verrekening.
        rente: compute invorderingsrente (the switch of DOMAIN §11 item 20).

    Returns:
        The allocation; `onverdeeld` is the amount paid out.
    """
    return _verdeling(
        nabetaling, vorderingen, datum, rente=rente, rente_in_betaling=True, verrekening=True, veld_datum="datum"
    )
