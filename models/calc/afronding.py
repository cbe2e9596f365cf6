"""Every legal or practice rounding point of the calculation core, each a named function.

What belongs here: the only places where a value of the calculation is rounded. Nothing else in `models.calc`
rounds (display formatting in `formaat.py` does not change values). RULES.md §2.3 lists the rounding points:

- Wht normhuur: up to whole eurocents (pre-2026): `normhuur_afronding`.
- Year amount of each toeslag: half up to whole euros (Awir art. 14 lid 4): `awir_jaarbedrag`.
- Monthly voorschot: floor(year / 12) in whole euros (practice) or cents: `maandvoorschot`.
- What-if: the new monthly voorschot for the remaining months, whole euros rounded down: `nieuw_maandvoorschot`.
- An interpolated (unconfirmed) kinderopvangtoeslag percentage: to 0,01 percent point: `kot_percentage`.
- The income used to look up a kinderopvangtoeslag table row: whole euros, rounded down: `tabel_inkomen`.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from models.calc.regels import Maandafronding

__all__ = [
    "awir_jaarbedrag",
    "kot_percentage",
    "maandvoorschot",
    "nieuw_maandvoorschot",
    "normhuur_afronding",
    "tabel_inkomen",
]

_EEN = Decimal(1)
_CENT = Decimal("0.01")
_NUL = Decimal(0)
_TWAALF = Decimal(12)


def awir_jaarbedrag(exact: Decimal) -> Decimal:
    """Awir art. 14 lid 4: the year amount in whole euros, rounded arithmetically (0,50 rounds up)."""
    return exact.quantize(_EEN, ROUND_HALF_UP)


def maandvoorschot(jaarbedrag: Decimal, keuze: Maandafronding) -> Decimal:
    """The monthly voorschot as paid: floor(jaarbedrag / 12) in whole euros (practice) or in cents (statute)."""
    if keuze is Maandafronding.HELE_EUROS_OMLAAG:
        return (jaarbedrag / _TWAALF).quantize(_EEN, ROUND_FLOOR)
    return (jaarbedrag / _TWAALF).quantize(_CENT, ROUND_HALF_UP)


def nieuw_maandvoorschot(nog_te_betalen: Decimal, maanden: int) -> Decimal:
    """What-if: the monthly voorschot for the remaining `maanden` that pays `nog_te_betalen`: whole euros,
    rounded down, never negative."""
    if maanden <= 0 or nog_te_betalen <= _NUL:
        return _NUL
    return (nog_te_betalen / Decimal(maanden)).quantize(_EEN, ROUND_FLOOR)


def normhuur_afronding(normhuur: Decimal) -> Decimal:
    """Wht art. 19 (2024–2025): the normhuur rounded up to whole eurocents."""
    return normhuur.quantize(_CENT, ROUND_CEILING)


def kot_percentage(percentage: Decimal) -> Decimal:
    """An interpolated kinderopvangtoeslag percentage (in %) to 0,01 percent point, half up. Only used where the
    table row is unknown (UNCONFIRMED interpolation); known rows are used as published."""
    return percentage.quantize(_CENT, ROUND_HALF_UP)


def tabel_inkomen(inkomen: Decimal) -> Decimal:
    """The toetsingsinkomen in whole euros (rounded down) for looking up a percentage table row (the rows are
    whole-euro ranges)."""
    return inkomen.quantize(_EEN, ROUND_FLOOR)
