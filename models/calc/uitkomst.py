"""Output of the calculation core: amounts with their explanation.

What belongs here: the frozen result dataclasses (`Stap`, `Uitkomst`, `Afrekening`, `WatAls`) and their
conversion to the JSON fields of the `werkplek-reken` contract. Standard library only.

Every result carries `uitleg`: the steps of the calculation, each with its value, a plain-Dutch sentence and the
legal basis (law + article), so the UI can answer "waarom dit bedrag?" and letters can explain the amount.
`onbevestigde_parameters` lists every parameter the result used whose value is not confirmed in a primary source
(RULES.md: UNCONFIRMED); the UI must show that the result depends on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from models.calc.invoer import Regeling

__all__ = ["Afrekening", "Stap", "Uitkomst", "WatAls"]


@dataclass(frozen=True, slots=True)
class Stap:
    """One step of a calculation.

    Attributes:
        stap: short name, e.g. "Normpremie".
        waarde: the value of the step (an amount in euros, a percentage, a count), exact.
        omschrijving: the whole step as a plain-Dutch sentence, e.g.
            "Normpremie: 1,896% van het drempelinkomen € 28.406 = € 538,58".
        grondslag: the legal basis, e.g. "Wzt art. 2 lid 2", or the named practice rule.
    """

    stap: str
    waarde: Decimal | int | bool | str
    omschrijving: str
    grondslag: str

    def naar_dict(self) -> dict[str, Any]:
        waarde = self.waarde
        if isinstance(waarde, Decimal):
            waarde = format(waarde, "f")  # never scientific notation ("0E-12")
        return {"stap": self.stap, "waarde": waarde, "omschrijving": self.omschrijving, "grondslag": self.grondslag}


@dataclass(frozen=True, slots=True)
class Uitkomst:
    """The amount of one toeslag for one year.

    Attributes:
        recht: whether there is a right to the toeslag at all (False below € 24, above the vermogensgrens, ...).
        bedrag_jaar_exact: the yearly amount before the Awir rounding, exact (euros, unrounded Decimal).
        bedrag_jaar: the yearly amount after Awir art. 14 lid 4–5: whole euros, 0 below the minimum.
        bedrag_maand: the monthly voorschot as paid (whole euros, rounded down from bedrag_jaar / 12).
        reden_geen_recht: plain-Dutch reason when `recht` is False.
    """

    regeling: Regeling
    jaar: int
    recht: bool
    bedrag_jaar_exact: Decimal
    bedrag_jaar: Decimal
    bedrag_maand: Decimal
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()
    reden_geen_recht: str | None = None

    def naar_dict(self) -> dict[str, Any]:
        return {
            "regeling": self.regeling.value,
            "jaar": self.jaar,
            "recht": self.recht,
            "bedrag_jaar_exact": _geld(self.bedrag_jaar_exact),
            "bedrag_jaar": _geld(self.bedrag_jaar),
            "bedrag_maand": _geld(self.bedrag_maand),
            "reden_geen_recht": self.reden_geen_recht,
            "onbevestigde_parameters": list(self.onbevestigde_parameters),
            "uitleg": [s.naar_dict() for s in self.uitleg],
        }


@dataclass(frozen=True, slots=True)
class Afrekening:
    """The definitive calculation set against the voorschot paid.

    Attributes:
        uitkomst: the definitive yearly amount (on the actual data).
        betaald_voorschot: total voorschot paid for the year.
        saldo: uitkomst.bedrag_jaar − betaald_voorschot; positive = nabetaling, negative = terugvordering.
        terug_te_vorderen: the recovery after the doelmatigheidsgrens (0 when the recovery is at or below it).
        na_te_betalen: the back-payment (0 when saldo ≤ 0).
        hoge_terugvordering: the recovery is "high" (over € 500; over € 1.000 for kinderopvangtoeslag).
        uitleg: the settlement steps (the uitkomst keeps its own steps).
    """

    uitkomst: Uitkomst
    betaald_voorschot: Decimal
    saldo: Decimal
    terug_te_vorderen: Decimal
    na_te_betalen: Decimal
    hoge_terugvordering: bool
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WatAls:
    """What a change in the data means for this year (proefberekening).

    Attributes:
        huidig: the amount on the data behind the current voorschot.
        nieuw: the amount on the new (actual) data.
        betaald_tot_nu: voorschot paid before `vanaf_maand` at the current monthly amount.
        verwachte_afrekening: the settlement that would follow if the voorschot were not changed.
        nieuw_maandbedrag: the monthly voorschot from `vanaf_maand` on that avoids the recovery or back-payment
            (whole euros, rounded down; never negative).
        resterend_saldo: what would still be recovered (−) or back-paid (+) with that new monthly amount.
    """

    huidig: Uitkomst
    nieuw: Uitkomst
    vanaf_maand: int
    betaald_tot_nu: Decimal
    verwachte_afrekening: Afrekening
    nieuw_maandbedrag: Decimal
    resterend_saldo: Decimal
    uitleg: tuple[Stap, ...]
    onbevestigde_parameters: tuple[str, ...] = ()


def _geld(bedrag: Decimal) -> str:
    """Euros as a decimal string with two decimals ("1573.00"); the JSON contract's money format."""
    return f"{bedrag.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):f}"
