"""Dutch (and English) display formats for amounts, dates and periods, used by the UI, letters and exports.

What belongs here: the only functions that turn amounts and dates into text for people (UI.md "Formats"),
built on Babel's CLDR data. The calculation core has its own stdlib-only formatter for its explanation text
(`models.calc.formaat`); a test keeps the two in agreement.

Money: `€ 1.234,56`; negative as `−€ 250,00` (a real minus sign); whole-euro voorschot amounts as `€ 129`.
Dates: `31-12-2026`; months: `december 2026`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

__all__ = ["datum", "euro", "euro_heel", "getal", "maand", "maand_kort", "moment", "procent", "relatieve_dagen"]

_LOCALES = {"nl": "nl_NL", "en": "en_GB"}
_MIN = "\u2212"


def euro(bedrag: Decimal | int | None, taal: str = "nl") -> str:
    """`€ 1.234,56`; None → `–` (absent, not zero)."""
    if bedrag is None:
        return "–"
    bedrag = Decimal(bedrag)
    tekst = format_currency(abs(bedrag), "EUR", locale=_LOCALES[taal]).replace("\xa0", " ")
    if taal == "nl" and not tekst.startswith("€ "):
        tekst = tekst.replace("€", "€ ", 1)
    return f"{_MIN}{tekst}" if bedrag < 0 else tekst


def euro_heel(bedrag: Decimal | int | None, taal: str = "nl") -> str:
    """Whole euros without decimals (`€ 129`), only where the rule itself is whole euros (voorschot per month)."""
    if bedrag is None:
        return "–"
    bedrag = Decimal(bedrag)
    patroon = "¤ #,##0" if taal == "nl" else "¤#,##0"
    tekst = format_currency(abs(bedrag), "EUR", format=patroon, locale=_LOCALES[taal], currency_digits=False)
    tekst = tekst.replace("\xa0", " ")
    return f"{_MIN}{tekst}" if bedrag < 0 else tekst


def getal(waarde: Decimal | int, decimalen: int = 0, taal: str = "nl") -> str:
    """A plain number with thousands separators: `1.234` / `12,5` (hours, counts)."""
    patroon = "#,##0" + ("." + "0" * decimalen if decimalen else "")
    return format_decimal(waarde, format=patroon, locale=_LOCALES[taal])


def procent(waarde: Decimal, decimalen: int = 1, taal: str = "nl") -> str:
    """`95,3%` (waarde in percent, not a fraction)."""
    patroon = "#,##0" + ("." + "0" * decimalen if decimalen else "")
    return f"{format_decimal(waarde, format=patroon, locale=_LOCALES[taal])}%"


def datum(d: dt.date | None, taal: str = "nl") -> str:
    if d is None:
        return "–"
    return format_date(d, "dd-MM-yyyy", locale=_LOCALES[taal])


def maand(d: dt.date, taal: str = "nl") -> str:
    """`december 2026`."""
    return format_date(d, "MMMM yyyy", locale=_LOCALES[taal])


def maand_kort(d: dt.date, taal: str = "nl") -> str:
    """`mrt`: the month's short name (chart axes)."""
    return format_date(d, "LLL", locale=_LOCALES[taal])


def moment(m: dt.datetime | None, taal: str = "nl") -> str:
    """A stored UTC moment in the local time zone: `27-11-2026 14:05`."""
    if m is None:
        return "–"
    lokaal = m.astimezone()
    return f"{datum(lokaal.date(), taal)} {lokaal:%H:%M}"


def relatieve_dagen(aantal: int, *, werkdagen: bool = False) -> str:
    """`vandaag`, `over 3 werkdagen`, `2 dagen te laat`."""
    soort = "werkdag" if werkdagen else "dag"
    if aantal == 0:
        return "vandaag"
    meervoud = soort + ("en" if abs(aantal) != 1 else "")
    if aantal > 0:
        return f"over {aantal} {meervoud}"
    return f"{-aantal} {meervoud} te laat"
