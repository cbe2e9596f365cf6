"""Shared building blocks of the collection (invordering) calculations.

What belongs here: the claim (`Vordering`) and the pause (`Pauze`) that every collection calculation works on,
the monthly due dates (anchored on the start day, clamped to short months), the order "oldest claim first", the
bookkeeping of which UNCONFIRMED parameters a result used (`Parametergebruik`), and the small helpers that turn
values into the Dutch text and JSON strings of the trace. Nothing here computes an instalment or an interest
amount. Standard library only.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from models.calc.formaat import MAANDEN
from models.calc.invoer import Invoerfout
from models.calc.invordering_afronding import CENT
from models.calc.parameters.basis import Parameter, Parameterset

__all__ = [
    "NUL",
    "Parametergebruik",
    "Pauze",
    "Vordering",
    "controleer_bedrag",
    "datum_tekst",
    "geld",
    "maand_later",
    "maanden_tekst",
    "maanden_verstreken",
    "oudste_eerst",
    "termijnen_tekst",
    "totaal_open",
    "vervaldata",
]

NUL = Decimal(0)


MAXIMUM_BEDRAG = Decimal(1_000_000_000)
"""No amount in collection reaches a billion euros; anything at or above it is a typing error."""


def controleer_bedrag(bedrag: Decimal, veld: str) -> None:
    """Raise `Invoerfout` naming `veld` unless `bedrag` is a finite, non-negative amount in whole cents."""
    if not isinstance(bedrag, Decimal) or not bedrag.is_finite():
        raise Invoerfout(veld, "is geen geldig bedrag")
    if bedrag < NUL:
        raise Invoerfout(veld, "mag niet negatief zijn")
    if bedrag >= MAXIMUM_BEDRAG:  # before quantize, which cannot represent absurdly large numbers in cents
        raise Invoerfout(veld, "is onwaarschijnlijk hoog (een miljard euro of meer)")
    if bedrag != bedrag.quantize(CENT):
        raise Invoerfout(veld, "mag hoogstens twee decimalen (centen) hebben")


@dataclass(frozen=True, slots=True)
class Vordering:
    """One open claim (a terugvordering being collected), as it stands now.

    Attributes:
        kenmerk: how the claim is named in the trace, e.g. "HT 2024".
        hoofdsom: the open principal (terugvordering including any Awir art. 27 rente and boete).
        uiterste_betaaldatum: the last day of the payment term; invorderingsrente runs from the day after.
        rente: invorderingsrente already charged and still open.
        kosten: invorderingskosten (aanmaning, dwangbevel) still open.
        schuldenaar: who owes the claim (aanvrager, partner, ...); used to flag a merge across debtors.
    """

    kenmerk: str
    hoofdsom: Decimal
    uiterste_betaaldatum: dt.date
    rente: Decimal = NUL
    kosten: Decimal = NUL
    schuldenaar: str = ""

    def __post_init__(self) -> None:
        for veld in ("hoofdsom", "rente", "kosten"):
            controleer_bedrag(getattr(self, veld), f"{self.kenmerk}.{veld}")

    @property
    def open(self) -> Decimal:
        """Everything still to pay on this claim: kosten + rente + hoofdsom."""
        return self.kosten + self.rente + self.hoofdsom


@dataclass(frozen=True, slots=True)
class Pauze:
    """A betaalpauze: no instalment falls due from `vanaf` for `maanden` months; later ones shift on."""

    vanaf: dt.date
    maanden: int

    def __post_init__(self) -> None:
        if not 1 <= self.maanden <= 24:
            raise Invoerfout("pauze_maanden", "moet een geheel aantal maanden van 1 tot en met 24 zijn")

    @property
    def tot(self) -> dt.date:
        """The first day after the pause."""
        return maand_later(self.vanaf, self.maanden)

    def bevat(self, datum: dt.date) -> bool:
        """Whether a due date on `datum` falls inside the pause."""
        return self.vanaf <= datum < self.tot


def maand_later(datum: dt.date, maanden: int) -> dt.date:
    """`datum` plus `maanden` months on the same day, clamped to the end of a shorter month.

    Always count from the anchor date, never chain: 31 January + 1 → 28/29 February, + 2 → 31 March.
    """
    jaar, maand_index = divmod(datum.month - 1 + maanden, 12)
    jaar += datum.year
    maand = maand_index + 1
    return dt.date(jaar, maand, min(datum.day, calendar.monthrange(jaar, maand)[1]))


def vervaldata(start: dt.date, pauzes: Sequence[Pauze] = ()) -> Iterator[dt.date]:
    """The monthly due dates from `start` (the first is `start` itself), skipping every date inside a pause."""
    maanden = 0
    while True:
        datum = maand_later(start, maanden)
        maanden += 1
        if not any(p.bevat(datum) for p in pauzes):
            yield datum


def maanden_verstreken(uiterste_betaaldatum: dt.date, startdatum: dt.date) -> int:
    """How many monthly due dates, counted from `uiterste_betaaldatum`, fall before `startdatum` (0 or more)."""
    if startdatum <= uiterste_betaaldatum:
        return 0
    maanden = (startdatum.year - uiterste_betaaldatum.year) * 12 + startdatum.month - uiterste_betaaldatum.month
    return maanden + 1 if maand_later(uiterste_betaaldatum, maanden) < startdatum else maanden


def oudste_eerst(vorderingen: Iterable[Vordering]) -> tuple[Vordering, ...]:
    """The claims oldest first: by uiterste betaaldatum, in the given order when equal (a policy choice)."""
    return tuple(sorted(vorderingen, key=lambda v: v.uiterste_betaaldatum))


def totaal_open(vorderingen: Iterable[Vordering]) -> Decimal:
    """The sum of what is open on the claims (kosten + rente + hoofdsom)."""
    return sum((v.open for v in vorderingen), NUL)


def datum_tekst(datum: dt.date) -> str:
    """A date in Dutch: "1 februari 2026"."""
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


def termijnen_tekst(aantal: int) -> str:
    """ "1 termijn", "24 termijnen"."""
    return f"{aantal} termijn" if aantal == 1 else f"{aantal} termijnen"


def maanden_tekst(aantal: int) -> str:
    """ "1 maand", "3 maanden"."""
    return f"{aantal} maand" if aantal == 1 else f"{aantal} maanden"


def geld(bedrag: Decimal) -> str:
    """Euros as the JSON contract writes them: a decimal string with two decimals ("41.67")."""
    return f"{bedrag.quantize(CENT):f}"


class Parametergebruik:
    """The parameter set of one calculation plus the labels of the UNCONFIRMED values it used.

    Every value is read through this object, so a result can list exactly the unconfirmed parameters it depends
    on (`onbevestigde_parameters`), in the order they were first used.
    """

    __slots__ = ("_onbevestigd", "parameters")

    def __init__(self, parameters: Parameterset) -> None:
        self.parameters = parameters
        self._onbevestigd: dict[str, None] = {}

    def parameter(self, sleutel: str) -> Parameter:
        """The parameter `sleutel`, noted when it is UNCONFIRMED."""
        parameter = self.parameters[sleutel]
        if parameter.onbevestigd:
            self._onbevestigd[parameter.label] = None
        return parameter

    def bedrag(self, sleutel: str) -> Decimal:
        """An amount or percentage (as written, in %) parameter."""
        waarde = self.parameter(sleutel).waarde
        if not isinstance(waarde, Decimal):
            raise TypeError(f"parameter '{sleutel}' is geen bedrag")
        return waarde

    def aantal(self, sleutel: str) -> int:
        """A whole-number parameter (months, weeks)."""
        waarde = self.parameter(sleutel).waarde
        if not isinstance(waarde, int):
            raise TypeError(f"parameter '{sleutel}' is geen geheel getal")
        return waarde

    def fractie(self, sleutel: str) -> Decimal:
        """A percentage parameter as a fraction (90% → 0.9)."""
        return self.bedrag(sleutel) / Decimal(100)

    def noteer(self, labels: Iterable[str]) -> None:
        """Add the unconfirmed labels of a part calculation (a capacity, a rate period)."""
        for label in labels:
            self._onbevestigd[label] = None

    @property
    def onbevestigd(self) -> tuple[str, ...]:
        """The labels of the UNCONFIRMED parameters used so far."""
        return tuple(self._onbevestigd)
