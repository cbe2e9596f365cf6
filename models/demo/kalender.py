"""Calendar rules of the demo world: Dutch working days, payment dates and office hours as UTC moments.

What belongs here: the public holidays that make a day a non-working day (Algemene termijnenwet art. 3:
Nieuwjaarsdag, Tweede Paasdag, Koningsdag, Bevrijdingsdag, Hemelvaartsdag, Tweede Pinksterdag and both
Christmas days; Easter and Pentecost Sundays fall on a Sunday anyway), adding working days, the date on which
a monthly voorschot is paid, and turning a Dutch office time into the UTC moment the store keeps.

Nothing here reads the clock: every date is derived from the `peildatum` the caller passes.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

__all__ = [
    "feestdagen",
    "is_werkdag",
    "kantoormoment",
    "maanden_betaald",
    "volgende_werkdag",
    "werkdagen_na",
]

_DAG = dt.timedelta(days=1)


def _pasen(jaar: int) -> dt.date:
    """Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a = jaar % 19
    b, c = divmod(jaar, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    maand, dag = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(jaar, maand, dag + 1)


@cache
def feestdagen(jaar: int) -> frozenset[dt.date]:
    """The generally recognised public holidays of `jaar` (Algemene termijnenwet art. 3 lid 1)."""
    pasen = _pasen(jaar)
    koningsdag = dt.date(jaar, 4, 27)
    if koningsdag.weekday() == 6:  # on a Sunday it moves to Saturday 26 April
        koningsdag = dt.date(jaar, 4, 26)
    return frozenset(
        {
            dt.date(jaar, 1, 1),
            pasen + _DAG,  # Tweede Paasdag
            koningsdag,
            dt.date(jaar, 5, 5),  # Bevrijdingsdag
            pasen + dt.timedelta(days=39),  # Hemelvaartsdag
            pasen + dt.timedelta(days=50),  # Tweede Pinksterdag
            dt.date(jaar, 12, 25),
            dt.date(jaar, 12, 26),
        }
    )


def is_werkdag(datum: dt.date) -> bool:
    return datum.weekday() < 5 and datum not in feestdagen(datum.year)


@cache
def volgende_werkdag(datum: dt.date) -> dt.date:
    """`datum` itself when it is a working day, otherwise the next working day."""
    while not is_werkdag(datum):
        datum += _DAG
    return datum


@cache
def werkdagen_na(datum: dt.date, aantal: int) -> dt.date:
    """The date `aantal` working days after `datum` (the day itself does not count)."""
    while aantal > 0:
        datum += _DAG
        if is_werkdag(datum):
            aantal -= 1
    return datum


@cache
def maanden_betaald(jaar: int, peildatum: dt.date) -> int:
    """How many monthly voorschotten of `jaar` have been paid on `peildatum`.

    The voorschot for a month is paid around the 20th of the month before (the first one in December of the
    previous year: Awir art. 22 lid 1); a payment date in a weekend or on a holiday moves to the working day
    before it.
    """
    betaald = 0
    for maand in range(1, 13):
        j, m = (jaar - 1, 12) if maand == 1 else (jaar, maand - 1)
        betaaldag = dt.date(j, m, 20)
        while not is_werkdag(betaaldag):
            betaaldag -= _DAG
        if betaaldag <= peildatum:
            betaald += 1
    return betaald


def _zomertijd(datum: dt.date) -> bool:
    """Central European Summer Time: from the last Sunday of March to the last Sunday of October."""
    laatste_maart = max(dt.date(datum.year, 3, d) for d in range(25, 32) if dt.date(datum.year, 3, d).weekday() == 6)
    laatste_oktober = max(
        dt.date(datum.year, 10, d) for d in range(25, 32) if dt.date(datum.year, 10, d).weekday() == 6
    )
    return laatste_maart <= datum < laatste_oktober


def kantoormoment(datum: dt.date, minuut_van_de_dag: int) -> dt.datetime:
    """A Dutch wall-clock time on `datum` (minutes after midnight) as an aware UTC moment."""
    verschil = 2 if _zomertijd(datum) else 1
    lokaal = dt.datetime(datum.year, datum.month, datum.day, tzinfo=dt.UTC) + dt.timedelta(minutes=minuut_van_de_dag)
    return lokaal - dt.timedelta(hours=verschil)
