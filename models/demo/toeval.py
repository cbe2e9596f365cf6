"""Drawing helpers for the demo generator: a fast weighted choice and seeded random streams.

What belongs here: `Gewogen` (a weighted choice with the cumulative weights computed once; `random.choices`
rebuilds them on every call, which is the dominant cost at a million households) and `rng_voor`, the random
stream of one household.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Sequence
from itertools import accumulate
from typing import Generic, TypeVar

__all__ = ["Gewogen", "getal", "kies", "rng_voor"]

T = TypeVar("T")

_STROMEN = 16


def rng_voor(seed: int, nummer: int, stroom: int = 0) -> random.Random:
    """Random stream `stroom` (0–15) of household (or address block) `nummer`: independent of chunking."""
    return random.Random((seed * 100_000_007 + nummer) * _STROMEN + stroom)


class Gewogen(Generic[T]):
    """A weighted choice over fixed items: `Gewogen(items, gewichten).kies(rng)`."""

    __slots__ = ("_cumulatief", "_items", "_totaal")

    def __init__(self, items: Sequence[T], gewichten: Sequence[float]) -> None:
        if len(items) != len(gewichten) or not items:
            raise ValueError("evenveel items als gewichten, en ten minste één")
        self._items = tuple(items)
        self._cumulatief = tuple(accumulate(gewichten))
        self._totaal = self._cumulatief[-1]

    def kies(self, rng: random.Random) -> T:
        return self._items[bisect(self._cumulatief, rng.random() * self._totaal)]


def getal(rng: random.Random, laag: int, hoog: int) -> int:
    """A whole number from `laag` to `hoog` inclusive (`randint` without its argument checks: 5× faster)."""
    return laag + int(rng.random() * (hoog - laag + 1))


def kies(rng: random.Random, reeks: Sequence[T]) -> T:
    """One element of `reeks`, each equally likely (`choice`, faster)."""
    return reeks[int(rng.random() * len(reeks))]
