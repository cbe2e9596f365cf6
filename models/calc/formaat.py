"""Dutch number formatting for the explanation trace: "€ 1.234,56", "1,896%", "0,7981", "januari t/m maart".

What belongs here: the few small functions that turn exact values into Dutch text. Display only: the values in
the calculation are never rounded here (the legal rounding points are in `afronding.py`). Amounts shown with
cents are rounded half up to the cent for display; `euro_heel` is for amounts that are whole euros by rule.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

__all__ = ["MAANDEN", "euro", "euro_heel", "getal", "maanden", "procent"]

_CENT = Decimal("0.01")
_EEN = Decimal(1)

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def _nl(tekst: str) -> str:
    """English digit grouping ("1,234.56") to Dutch ("1.234,56")."""
    return tekst.replace(",", " ").replace(".", ",").replace(" ", ".")


@lru_cache(maxsize=8192)
def euro(bedrag: Decimal) -> str:
    """An amount in euros with cents, Dutch style: `euro(Decimal("1234.5"))` → "€ 1.234,50".

    Cached: the text depends only on the numeric value, and a trace formats the same amounts several times.
    """
    afgerond = bedrag.quantize(_CENT, ROUND_HALF_UP)
    tekst = str(afgerond)
    if tekst[0] == "-":
        return "\u2212" + euro(-bedrag) if afgerond else euro(-bedrag)  # a real minus sign (UI.md)
    heel = len(tekst) - 3  # "1234.57": the whole euros end 3 characters from the end
    if heel <= 3:
        return f"€ {tekst[:heel]},{tekst[-2:]}"
    if heel <= 6:
        return f"€ {tekst[: heel - 3]}.{tekst[heel - 3 : heel]},{tekst[-2:]}"
    return f"€ {format(int(tekst[:heel]), ',').replace(',', '.')},{tekst[-2:]}"


@lru_cache(maxsize=4096)
def euro_heel(bedrag: Decimal) -> str:
    """An amount in whole euros, Dutch style: `euro_heel(Decimal("28406"))` → "€ 28.406" (cached)."""
    afgerond = bedrag.quantize(_EEN, ROUND_HALF_UP)
    tekst = str(afgerond)
    if tekst[0] == "-":
        return "\u2212" + euro_heel(-bedrag) if afgerond else euro_heel(-bedrag)
    if len(tekst) <= 3:
        return f"€ {tekst}"
    return f"€ {format(int(tekst), ',').replace(',', '.')}"


def getal(waarde: Decimal) -> str:
    """A number as written, Dutch style: `getal(Decimal("0.7981"))` → "0,7981"; `getal(Decimal("28406"))` →
    "28.406"."""
    return _nl(format(waarde, ",f"))


def procent(percentage: Decimal) -> str:
    """A percentage given in % units, with the precision of the source: `procent(Decimal("1.896"))` → "1,896%"."""
    return f"{_nl(format(percentage, ',f'))}%"


def maanden(van: int, tot: int) -> str:
    """A range of months of a year in Dutch: (1, 12) → "januari t/m december", (4, 4) → "april"."""
    if van == tot:
        return MAANDEN[van - 1]
    return f"{MAANDEN[van - 1]} t/m {MAANDEN[tot - 1]}"
