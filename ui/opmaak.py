"""The UI's door to `models.formaat`, with a memory: money and dates formatted once per value.

What belongs here: cached wrappers of the `models.formaat` functions the screens use. Babel's formatting costs
about 0.2 ms per call and one klantbeeld shows the same amounts and dates hundreds of times (every monthly
voorschot, every instalment), so caching keeps painting within its budget. The formats themselves stay in
`models.formaat`: this module adds nothing but the cache.
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from models import formaat as _formaat

__all__ = ["datum", "euro", "euro_heel", "maand", "moment", "relatieve_dagen"]


@functools.lru_cache(maxsize=8192)
def euro(bedrag: Decimal | int | None) -> str:
    return _formaat.euro(bedrag)


@functools.lru_cache(maxsize=4096)
def euro_heel(bedrag: Decimal | int | None) -> str:
    return _formaat.euro_heel(bedrag)


@functools.lru_cache(maxsize=8192)
def datum(d: dt.date | None) -> str:
    return _formaat.datum(d)


@functools.lru_cache(maxsize=512)
def maand(d: dt.date) -> str:
    return _formaat.maand(d)


def moment(m: dt.datetime | None) -> str:
    return _formaat.moment(m)


def relatieve_dagen(aantal: int, *, werkdagen: bool = False) -> str:
    return _formaat.relatieve_dagen(aantal, werkdagen=werkdagen)
