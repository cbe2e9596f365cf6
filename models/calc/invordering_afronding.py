"""Every rounding point of the collection (invordering) calculations, each a named function.

What belongs here: the only places where an amount of a betalingsregeling, a capacity or the invorderingsrente is
rounded. The toeslagen have their own rounding points in `afronding.py`; display formatting (`formaat.py`) never
changes a value. The points:

- Termijnbedrag: debt / number of months, rounded UP to the cent (RULES.md §3.2 formula; the ceiling rule is
  UNCONFIRMED there), so the schedule never needs more months than allowed: `termijn_omhoog`.
- Invorderingsrente: the payment the interest is computed over is rounded down to whole euros (Uitv.reg. IW 1990
  art. 30 lid 4) and the interest charged is rounded down to whole euros (art. 32 lid 1): `rente_grondslag`,
  `rente_omlaag`.
- Kosten van bestaan and the protected minimum: a percentage of a norm, rounded UP to the cent, so that the
  rounding never eats into the bestaansminimum (policy choice): `minimum_omhoog`.
- The part of the capacity asked as instalment: rounded DOWN to the cent, so an instalment never exceeds the
  capacity (policy choice): `capaciteit_omlaag`.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

__all__ = ["CENT", "capaciteit_omlaag", "minimum_omhoog", "rente_grondslag", "rente_omlaag", "termijn_omhoog"]

CENT = Decimal("0.01")
_EURO = Decimal(1)


def termijn_omhoog(bedrag: Decimal) -> Decimal:
    """A termijnbedrag (debt divided over the months) rounded up to the cent (RULES.md §3.2)."""
    return bedrag.quantize(CENT, ROUND_CEILING)


def rente_grondslag(betaling: Decimal) -> Decimal:
    """Uitv.reg. IW 1990 art. 30 lid 4: the payment the interest is computed over, down to whole euros."""
    return betaling.quantize(_EURO, ROUND_FLOOR)


def rente_omlaag(rente: Decimal) -> Decimal:
    """Uitv.reg. IW 1990 art. 32 lid 1: the invorderingsrente charged, rounded down to whole euros."""
    return rente.quantize(_EURO, ROUND_FLOOR)


def minimum_omhoog(bedrag: Decimal) -> Decimal:
    """Kosten van bestaan or the protected minimum (a percentage of a norm), rounded up to the cent: in favour of
    the debtor (policy choice; the sources give no rounding)."""
    return bedrag.quantize(CENT, ROUND_CEILING)


def capaciteit_omlaag(bedrag: Decimal) -> Decimal:
    """The instalment taken from a capacity, rounded down to the cent: it never exceeds the capacity (policy
    choice)."""
    return bedrag.quantize(CENT, ROUND_FLOOR)
