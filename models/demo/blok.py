"""One chunk of the population, start to finish: synthesise → compute with the core → collect → guide → rows.

What belongs here: `Opdracht` (everything a worker needs, picklable, no database), `maak_blok()` (the function a
worker process runs; also called in-process for small populations) and the selection of which households of the
chunk get a begeleidingstraject. Each household draws from its own random streams, so the data do not depend on
the chunk size or the number of processes; only the traject quotas per chunk follow from the population size.
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass

from models.demo.begeleiding import Staf, bezwaren, contacten, kwetsbaarheid_los, risico, traject
from models.demo.berekening import bereken_huishouden
from models.demo.huishouden import maak_huishouden
from models.demo.invordering import Medewerkers, invorder
from models.demo.rijen import Blok, schrijf_huishouden
from models.demo.toeval import rng_voor

__all__ = ["Opdracht", "maak_blok"]

_STROOM_VERVOLG = 1  # one stream for everything after the synthesis of a household, in a fixed order


@dataclass(frozen=True, slots=True)
class Opdracht:
    """One chunk: households `start` … `start + aantal − 1` of the population.

    Attributes:
        begeleiders_open: for each open traject of this chunk, in order, the begeleider who gets it.
        zonder_begeleider: how many newly registered trajecten of this chunk still wait for assignment.
        afgesloten: how many closed trajecten this chunk has.
    """

    seed: int
    peildatum: dt.date
    start: int
    aantal: int
    pg: bool
    staf: Staf
    begeleiders_open: tuple[int, ...]
    zonder_begeleider: int
    afgesloten: int


def maak_blok(opdracht: Opdracht) -> Blok:
    """The rows of one chunk of households.

    The cyclic garbage collector is paused while the chunk is made: the chunk allocates hundreds of thousands of
    small objects that all live until the end, so collecting in between only costs time (10–20%). Collection
    resumes afterwards.
    """
    aan = gc.isenabled()
    gc.disable()
    try:
        return _maak_blok(opdracht)
    finally:
        if aan:
            gc.enable()


def _maak_blok(opdracht: Opdracht) -> Blok:
    o = opdracht
    mw = Medewerkers(o.staf.begeleiders, o.staf.supervisors)
    reeks = []
    for nummer in range(o.start, o.start + o.aantal):
        hh = maak_huishouden(nummer, o.seed, o.peildatum)
        tjs = bereken_huishouden(hh, o.peildatum)
        rng = rng_voor(o.seed, nummer, _STROOM_VERVOLG)
        inv = invorder(hh, tjs, o.peildatum, rng, mw)
        reeks.append((hh, tjs, inv, rng, risico(hh, inv, o.peildatum)))

    # The households most in need get a traject: open ones (assigned), new ones waiting, and closed ones.
    volgorde = sorted(range(len(reeks)), key=lambda i: (-reeks[i][4], i))
    open_aantal = len(o.begeleiders_open)
    gekozen_open = sorted(volgorde[:open_aantal])
    wachtend = set(volgorde[open_aantal : open_aantal + o.zonder_begeleider])
    gesloten = set(volgorde[open_aantal + o.zonder_begeleider : open_aantal + o.zonder_begeleider + o.afgesloten])
    begeleider_van = dict(zip(gekozen_open, o.begeleiders_open, strict=True))

    blok = Blok(o.seed, pg=o.pg)
    for i, (hh, tjs, inv, rng, _) in enumerate(reeks):
        bezw = bezwaren(inv, o.peildatum, rng)
        gewoon = contacten(hh, tjs, inv, bezw, o.peildatum, rng, o.staf)
        losse = [kwetsbaarheid_los(o.peildatum, rng, o.staf)] if rng.random() < 0.003 else []
        tr = None
        if i in begeleider_van or i in wachtend or i in gesloten:
            tr = traject(
                hh, inv, o.peildatum, rng, o.staf, begeleider_id=begeleider_van.get(i), afgesloten=i in gesloten
            )
        schrijf_huishouden(blok, hh, tjs, inv, bezw, gewoon, tr, losse)
    return blok
