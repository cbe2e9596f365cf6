"""Dutch working days: the public holidays that stop the clock, and counting working days forward.

What belongs here: the holiday calendar of Dienst Toeslagen's own deadlines (the intake of persoonlijke
begeleiding must follow "in principle within 5 working days", DOMAIN.md §4) and the arithmetic on it. Nothing
here reads the clock: every function takes the date it works on.

Holiday choices (the sources give none; these follow the Algemene termijnenwet art. 3 lid 1, which names the
"algemeen erkende feestdagen", and the CAO Rijk, which gives civil servants the same days off):

- Nieuwjaarsdag (1 January), Tweede Paasdag, Hemelvaartsdag (Easter + 39), Tweede Pinksterdag (Easter + 50),
  Eerste en Tweede Kerstdag (25 and 26 December).
- Eerste Paasdag and Eerste Pinksterdag are listed too; they are Sundays, so they never move a deadline.
- Koningsdag: 27 April, or Saturday 26 April when the 27th is a Sunday (Wet vaststelling Koningsdag). On a
  Saturday it changes nothing; it is listed so that the calendar is complete.
- Bevrijdingsdag (5 May): **every year**. The Algemene termijnenwet names "de vijfde mei" without the
  lustrum condition, and the CAO Rijk gives the day off every year; the old rule "only every five years" applies
  to some private-sector collective agreements, not to the government.
- Goede Vrijdag: **not** a holiday. It is not in the Algemene termijnenwet and the CAO Rijk does not give it
  off; the offices of Dienst Toeslagen are open.

Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every year of the
Gregorian calendar. The demo generator keeps its own calendar (`models.demo.kalender`) with the same choices.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

__all__ = [
    "feestdagen",
    "feestdagnaam",
    "is_werkdag",
    "pasen",
    "volgende_werkdag",
    "werkdagen_na",
    "werkdagen_tussen",
]

_DAG = dt.timedelta(days=1)


def pasen(jaar: int) -> dt.date:
    """Easter Sunday of `jaar` (anonymous Gregorian algorithm).

    Args:
        jaar: a year of the Gregorian calendar.

    Returns:
        The date of Eerste Paasdag.
    """
    a = jaar % 19
    b, c = divmod(jaar, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    maand, dag = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(jaar, maand, dag + 1)


@cache
def feestdagen(jaar: int) -> Mapping[dt.date, str]:
    """The public holidays of `jaar` with their Dutch names (see the module docstring for the choices).

    Args:
        jaar: the calendar year.

    Returns:
        Date → name, e.g. ``{date(2026, 5, 25): "Tweede Pinksterdag", ...}`` (read-only).
    """
    p = pasen(jaar)
    koningsdag = dt.date(jaar, 4, 27)
    if koningsdag.weekday() == 6:
        koningsdag = dt.date(jaar, 4, 26)
    return MappingProxyType(
        {
            dt.date(jaar, 1, 1): "Nieuwjaarsdag",
            p: "Eerste Paasdag",
            p + _DAG: "Tweede Paasdag",
            koningsdag: "Koningsdag",
            dt.date(jaar, 5, 5): "Bevrijdingsdag",
            p + dt.timedelta(days=39): "Hemelvaartsdag",
            p + dt.timedelta(days=49): "Eerste Pinksterdag",
            p + dt.timedelta(days=50): "Tweede Pinksterdag",
            dt.date(jaar, 12, 25): "Eerste Kerstdag",
            dt.date(jaar, 12, 26): "Tweede Kerstdag",
        }
    )


def feestdagnaam(datum: dt.date) -> str | None:
    """The name of the public holiday on `datum`, or None."""
    return feestdagen(datum.year).get(datum)


def is_werkdag(datum: dt.date) -> bool:
    """Monday to Friday and not a public holiday."""
    return datum.weekday() < 5 and datum not in feestdagen(datum.year)


def volgende_werkdag(datum: dt.date) -> dt.date:
    """`datum` itself when it is a working day, otherwise the first working day after it."""
    while not is_werkdag(datum):
        datum += _DAG
    return datum


def werkdagen_na(datum: dt.date, aantal: int) -> dt.date:
    """The date `aantal` working days after `datum`; `datum` itself does not count.

    Example: aangemeld on Friday 22 May 2026 (before Pentecost), 5 working days later is Monday 1 June 2026,
    because Tweede Pinksterdag (25 May) is not a working day.

    Args:
        datum: the starting day (any day, also a weekend or holiday).
        aantal: the number of working days, ≥ 0.

    Returns:
        The deadline date; `datum` itself when `aantal` is 0.

    Raises:
        ValueError: `aantal` is negative.
    """
    if aantal < 0:
        raise ValueError("aantal werkdagen mag niet negatief zijn")
    while aantal > 0:
        datum += _DAG
        if is_werkdag(datum):
            aantal -= 1
    return datum


def werkdagen_tussen(van: dt.date, tot: dt.date) -> int:
    """The number of working days after `van` up to and including `tot` (negative when `tot` lies before `van`).

    `werkdagen_tussen(d, werkdagen_na(d, n)) == n` for every day `d` and n ≥ 0.
    """
    if tot < van:
        return -werkdagen_tussen(tot, van)
    aantal = 0
    dag = van
    while dag < tot:
        dag += _DAG
        if is_werkdag(dag):
            aantal += 1
    return aantal
