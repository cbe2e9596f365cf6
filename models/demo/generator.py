"""`genereer()`: seed a store with a deterministic, realistic synthetic population.

What belongs here: the orchestration of one run — migrate, refuse a store that already holds citizens, create
the staff accounts, plan the chunks (with the traject quotas that give every begeleider a caseload of 20–40
open trajecten), make and load the chunks, report progress, honour cancellation, and record one audit event
with the counts. Small populations are made and loaded in the calling thread. Large ones by worker processes
(spawned, so a calling Qt process is safe): each worker makes a chunk and loads it itself as soon as the chunk
before it is loaded, so rows never travel between processes and the two cores both do useful work. A script
that calls `genereer` for a large population must guard its entry point with `if __name__ == "__main__":`.

Determinism: the same seed, population size and peildatum give the same store contents (ids included): every
household draws from its own random streams, chunk boundaries and quotas depend only on the population size,
and chunks are loaded in order whatever process made them. Nothing reads the clock except the duration in the
summary and the moment of the audit event.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Engine

from models.demo.begeleiding import Staf
from models.demo.blok import Opdracht, maak_blok
from models.demo.identiteit import MAX_HUISHOUDENS
from models.demo.laden import Lader, controleer_kolommen
from models.demo.personeel import Account, personeel
from models.demo.rijen import Blok
from models.store import audit
from models.store.engine import maak_engine, migreer
from models.store.opslag import Opslag

__all__ = ["DemoAfgebroken", "DemoFout", "DemoSamenvatting", "genereer"]

PEILDATUM = dt.date(2026, 11, 27)
CASELOAD = (20, 40)  # open trajecten per begeleider
_GEMIDDELDE_CASELOAD = 30
_MEERDERE_PROCESSEN_VANAF = 20_000


class DemoFout(ValueError):
    """The population cannot be generated here (bad arguments, or the store already holds citizens)."""


class DemoAfgebroken(RuntimeError):
    """The run was cancelled through `afbreken`; everything it had loaded has been removed again."""


@dataclass(frozen=True)
class DemoSamenvatting:
    huishoudens: int
    burgers: int
    toeslagen: int
    vorderingen: int
    regelingen: int
    trajecten: int
    medewerkers: int
    seconden: float


# --- the plan -----------------------------------------------------------------------------------------------------


def blokgrootte(huishoudens: int) -> int:
    """Small chunks for small stores (frequent progress in the desktop's dialog), larger ones for speed."""
    return 250 if huishoudens <= _MEERDERE_PROCESSEN_VANAF else 2000


def _caseloads(rng: random.Random, begeleiders: int, trajecten: int) -> list[int]:
    """Open trajecten per begeleider: around the average, never outside 20–40, summing to `trajecten`."""
    laag, hoog = CASELOAD
    gemiddeld = trajecten / begeleiders
    aantallen = [max(laag, min(hoog, round(gemiddeld + rng.uniform(-6, 6)))) for _ in range(begeleiders)]
    i = 0
    while sum(aantallen) != trajecten and i < 100 * begeleiders:
        b = i % begeleiders
        if sum(aantallen) > trajecten and aantallen[b] > laag:
            aantallen[b] -= 1
        elif sum(aantallen) < trajecten and aantallen[b] < hoog:
            aantallen[b] += 1
        i += 1
    return aantallen


def _plan(huishoudens: int, seed: int, peildatum: dt.date, pg: bool, staf: Staf) -> Iterator[Opdracht]:
    """The chunks in load order, each with its share of the traject quotas."""
    rng = random.Random(seed * 7_919 + 17)
    begeleiders = len(staf.begeleiders)
    open_totaal = min(_GEMIDDELDE_CASELOAD * begeleiders, huishoudens // 4)
    sloten: list[int] = []
    if open_totaal >= CASELOAD[0] * begeleiders:
        for b, aantal in zip(staf.begeleiders, _caseloads(rng, begeleiders, open_totaal), strict=True):
            sloten += [b] * aantal
    else:  # a tiny store cannot give everyone 20: share what there is
        sloten = [staf.begeleiders[i % begeleiders] for i in range(open_totaal)]
    rng.shuffle(sloten)
    wachtend_totaal = max(1, open_totaal // 25)
    gesloten_totaal = open_totaal // 2
    grootte = blokgrootte(huishoudens)

    def deel(totaal: int, van: int, tot: int) -> tuple[int, int]:
        return totaal * van // huishoudens, totaal * tot // huishoudens

    for start in range(0, huishoudens, grootte):
        eind = min(huishoudens, start + grootte)
        o_van, o_tot = deel(open_totaal, start, eind)
        w_van, w_tot = deel(wachtend_totaal, start, eind)
        g_van, g_tot = deel(gesloten_totaal, start, eind)
        yield Opdracht(
            seed=seed,
            peildatum=peildatum,
            start=start,
            aantal=eind - start,
            pg=pg,
            staf=staf,
            begeleiders_open=tuple(sloten[o_van:o_tot]),
            zonder_begeleider=w_tot - w_van,
            afgesloten=g_tot - g_van,
        )


def _staf(accounts: list[Account], ids: dict[str, int]) -> Staf:
    def van(soort: str) -> tuple[int, ...]:
        return tuple(ids[a.gebruikersnaam] for a in accounts if a.soort == soort)

    return Staf(
        begeleiders=van("begeleider"),
        supervisors=van("supervisor"),
        telefoon=van("telefoon"),
        servicepunten=tuple((ids[a.gebruikersnaam], a.organisatie or "") for a in accounts if a.soort == "servicepunt"),
    )


_GETELD = ("burger", "toeslag", "vordering", "betalingsregeling", "begeleidingstraject")
_AFGEBROKEN = "Het vullen van de demo-opslag is afgebroken; er is niets opgeslagen."


def _tellers(blok: Blok) -> dict[str, int]:
    return {"huishoudens": blok.huishoudens, **{t: blok.aantal(t) for t in _GETELD}}


# In a worker process: its own loader on the store, and the shared turn that keeps the chunks in order.
_WERKER: dict[str, Any] = {}


def _werker_start(url: str, beurt: Any, stop: Any, conditie: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is for the main process: it stops the run cleanly
    _WERKER.update(lader=Lader(maak_engine(url)), beurt=beurt, stop=stop, conditie=conditie)


def _blok_in_werkproces(opdracht: Opdracht, volgnummer: int) -> dict[str, int]:
    """Make chunk `volgnummer` and load it as soon as the chunk before it is loaded (ids follow the load order).

    The worker loads its own chunk, so rows never travel between processes. An error stops the other workers
    and comes back as a plain RuntimeError with the traceback (some exceptions cannot be pickled)."""
    w = _WERKER
    try:
        blok = maak_blok(opdracht)
        with w["conditie"]:
            while w["beurt"].value != volgnummer and not w["stop"].value:
                w["conditie"].wait(0.2)
        try:
            if not w["stop"].value:
                w["lader"].laad(blok)
        finally:
            with w["conditie"]:
                w["beurt"].value = volgnummer + 1
                w["conditie"].notify_all()
        return _tellers(blok)
    except Exception:
        w["stop"].value = 1
        raise RuntimeError(
            f"fout bij huishoudens {opdracht.start}–{opdracht.start + opdracht.aantal - 1}:\n" + traceback.format_exc()
        ) from None


def _voer_uit(
    opdrachten: Iterator[Opdracht],
    lader: Lader,
    engine: Engine,
    processen: int,
    afbreken: Callable[[], bool] | None,
) -> Iterator[dict[str, int]]:
    """Make and load the chunks in order; yields the counts of each loaded chunk."""
    if processen <= 1:
        for opdracht in opdrachten:
            blok = maak_blok(opdracht)
            if afbreken is not None and afbreken():
                raise DemoAfgebroken(_AFGEBROKEN)
            lader.laad(blok)
            yield _tellers(blok)
        return
    # spawn, not fork: the caller may be a threaded (Qt) process; workers import only what they need.
    context = multiprocessing.get_context("spawn")
    beurt, stop, conditie = context.Value("q", 0), context.Value("b", 0), context.Condition()
    url = engine.url.render_as_string(hide_password=False)
    with ProcessPoolExecutor(
        max_workers=processen,
        mp_context=context,
        initializer=_werker_start,
        initargs=(url, beurt, stop, conditie),
    ) as pool:
        wachtrij: deque[Future[dict[str, int]]] = deque()
        try:
            for volgnummer, opdracht in enumerate(opdrachten):
                wachtrij.append(pool.submit(_blok_in_werkproces, opdracht, volgnummer))
                while len(wachtrij) >= 2 * processen or (wachtrij and wachtrij[0].done()):
                    yield wachtrij.popleft().result()
                    if afbreken is not None and afbreken():
                        raise DemoAfgebroken(_AFGEBROKEN)
            while wachtrij:
                yield wachtrij.popleft().result()
                if afbreken is not None and afbreken() and wachtrij:
                    raise DemoAfgebroken(_AFGEBROKEN)
        except BaseException:
            stop.value = 1
            for taak in wachtrij:
                taak.cancel()
            raise


# --- the run --------------------------------------------------------------------------------------------------------


def genereer(
    engine: Engine,
    *,
    huishoudens: int,
    seed: int = 2026,
    peildatum: dt.date = PEILDATUM,
    voortgang: Callable[[int, int], None] | None = None,
    afbreken: Callable[[], bool] | None = None,
    processen: int | None = None,
) -> DemoSamenvatting:
    """Seed the store behind `engine` with `huishoudens` synthetic households.

    Args:
        engine: from `models.store.engine.maak_engine` (SQLite or PostgreSQL); the schema is migrated first.
        huishoudens: the number of households (1 … 4.500.000).
        seed: the same seed gives the same data; another seed other data.
        peildatum: "today" in the demo world (default 27 November 2026); all dates are derived from it.
        voortgang: called as `voortgang(gedaan, totaal)` in the calling thread after each loaded chunk.
        afbreken: polled between chunks; when it returns True the run stops, removes what it loaded and raises
            `DemoAfgebroken`.
        processen: worker processes for the chunks; default 1 below 20.000 households, else up to 2.

    Raises:
        DemoFout: bad arguments, or the store already holds citizens (nothing is changed then).
        DemoAfgebroken: `afbreken` returned True (the store is as it was, apart from the schema).
    """
    if isinstance(huishoudens, bool) or not isinstance(huishoudens, int) or not 1 <= huishoudens <= MAX_HUISHOUDENS:
        raise DemoFout(f"Het aantal huishoudens moet tussen 1 en {MAX_HUISHOUDENS:,} liggen.".replace(",", "."))
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise DemoFout("De seed moet een geheel getal van 0 of hoger zijn.")
    begin = time.perf_counter()
    controleer_kolommen()
    migreer(engine)
    if processen is None:
        processen = 1 if huishoudens < _MEERDERE_PROCESSEN_VANAF else max(1, min(2, os.cpu_count() or 1))

    lader = Lader(engine)
    klaar = False
    try:
        if lader.heeft_burgers():
            raise DemoFout(
                "Deze opslag bevat al burgers. De demopopulatie wordt alleen in een lege opslag gezet; kies een "
                "nieuwe database of een nieuw bestand."
            )
        if afbreken is not None and afbreken():
            raise DemoAfgebroken(_AFGEBROKEN)
        accounts = personeel(huishoudens)
        stand = lader.stand()
        try:
            staf = _staf(accounts, lader.medewerkers(accounts))
            tellers = dict.fromkeys(("huishoudens", *_GETELD), 0)
            opdrachten = _plan(huishoudens, seed, peildatum, lader.pg, staf)
            if engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:"):
                processen = 1  # an in-memory SQLite store lives in this process only
            for geladen in _voer_uit(opdrachten, lader, engine, processen, afbreken):
                for sleutel, aantal in geladen.items():
                    tellers[sleutel] += aantal
                if voortgang is not None:
                    voortgang(tellers["huishoudens"], huishoudens)
        except BaseException:
            lader.verwijder_na(stand)
            raise
        klaar = True
    finally:
        lader.sluit(klaar=klaar)

    samenvatting = DemoSamenvatting(
        huishoudens=huishoudens,
        burgers=tellers["burger"],
        toeslagen=tellers["toeslag"],
        vorderingen=tellers["vordering"],
        regelingen=tellers["betalingsregeling"],
        trajecten=tellers["begeleidingstraject"],
        medewerkers=len(accounts),
        seconden=0.0,
    )
    with Opslag(engine).schrijven() as s:
        audit.registreer(
            s,
            medewerker_id=None,
            actie="demo-populatie geladen",
            entiteit="demo",
            entiteit_id=None,
            na={
                "huishoudens": huishoudens,
                "seed": seed,
                "peildatum": peildatum.isoformat(),
                "burgers": samenvatting.burgers,
                "toeslagen": samenvatting.toeslagen,
                "vorderingen": samenvatting.vorderingen,
                "regelingen": samenvatting.regelingen,
                "trajecten": samenvatting.trajecten,
                "medewerkers": samenvatting.medewerkers,
            },
        )
    return replace(samenvatting, seconden=round(time.perf_counter() - begin, 3))
