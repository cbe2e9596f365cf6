"""The signal engine: runs the signal rules over the whole store, block by block, and stores new signals.

What belongs here: `draai_signalen()` (the engine: stream the citizens by burger-id ranges, read each block in
bulk, evaluate the rules in Python — in worker processes when asked — and insert the proposals with
INSERT … ON CONFLICT DO NOTHING), `SignaalService` (the use case for supervisors in the application, with a
progress callback and cancel, under SIGNALEN_DRAAIEN) and `leesvenster()` (which rows the rules need).
The rules themselves live in `models.services.signaalregels`; the SQL in `models.store.begeleiding`.

Behaviour worth knowing:
- a rerun never duplicates: every signal has a deterministic `sleutel` (the identity of its cause);
- a signal whose cause has since disappeared stays as it is: the engine never closes, changes or deletes
  signals. The caseworker marks it afgehandeld or onterecht (with a reason); the rule version and the
  thresholds under which it was raised are in `bron` and `gegevens`;
- each block is its own transaction with one audit event listing the new signal ids per type, so a cancelled
  or failed run keeps what it stored and a rerun completes it;
- the engine reads with the rights of the store connection; in the application it runs under the logged-in
  supervisor, on the command line (`werkplek-signalen`) under the administrator's database account.
"""

from __future__ import annotations

import datetime as dt
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any

from models.domain import SignaalType
from models.services.signaalregels import REGELS, STANDAARD_DREMPELS, Signaaldrempels, Signaalregel, evalueer
from models.store.begeleiding import Leesvenster, bewaar_signalen, burger_bereik, lees_huishoudens
from models.store.engine import maak_engine
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import Signaalrapport, Signaalvoorstel
from models.store.toegang import Bevoegdheid, eis

__all__ = ["STANDAARD_BLOKGROOTTE", "SignaalService", "draai_signalen", "leesvenster"]

STANDAARD_BLOKGROOTTE = 5_000
"""Burger ids per block: large enough for efficient range reads, small enough to keep memory flat."""

_BESCHIKKING_TERUG = dt.timedelta(days=180)  # decisions older than this have no bezwaar deadline ahead

Voortgang = Callable[[int, int], None]
Afgebroken = Callable[[], bool]


def leesvenster(peildatum: dt.date, drempels: Signaaldrempels = STANDAARD_DREMPELS) -> Leesvenster:
    """Which rows the rules need for `peildatum` under `drempels`."""
    return Leesvenster(
        peildatum=peildatum,
        toeslag_jaar=peildatum.year,
        toeslag_vanaf=peildatum.year - drempels.jaren_terug,
        beschikking_sinds=peildatum - _BESCHIKKING_TERUG,
        termijn_van=peildatum - dt.timedelta(days=drempels.gemiste_termijn_venster_dagen),
        termijn_tot=peildatum + dt.timedelta(days=drempels.termijn_nadert_dagen),
    )


def _blokken(grenzen: tuple[int, int], grootte: int) -> Iterator[tuple[int, int]]:
    laagste, hoogste = grenzen
    van = laagste
    while van <= hoogste:
        tot = min(van + grootte - 1, hoogste)
        yield van, tot
        van = tot + 1


def _evalueer_blok(
    opslag: Opslag,
    van: int,
    tot: int,
    peildatum: dt.date,
    drempels: Signaaldrempels,
    regels: tuple[Signaalregel, ...],
) -> tuple[int, list[Signaalvoorstel]]:
    venster = leesvenster(peildatum, drempels)
    with opslag.lezen() as s:
        aantal, feiten = lees_huishoudens(s, van, tot, venster)
    voorstellen: list[Signaalvoorstel] = []
    for h in feiten:
        voorstellen.extend(evalueer(h, peildatum, drempels, regels))
    return aantal, voorstellen


# --- worker processes -------------------------------------------------------------------------------------

_WERKER: dict[str, Any] = {}


def _werker_start(url: str, peildatum: dt.date, drempels: Signaaldrempels, regels: tuple[Signaalregel, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is handled by the parent: it stops between blocks
    _WERKER.update(opslag=Opslag(maak_engine(url)), peildatum=peildatum, drempels=drempels, regels=regels)


def _werker_blok(van: int, tot: int) -> tuple[int, list[Signaalvoorstel]]:
    return _evalueer_blok(_WERKER["opslag"], van, tot, _WERKER["peildatum"], _WERKER["drempels"], _WERKER["regels"])


@dataclass(slots=True)
class _Telling:
    huishoudens: int = 0
    nieuw: Counter[SignaalType] = field(default_factory=Counter)
    al_bekend: Counter[SignaalType] = field(default_factory=Counter)


def draai_signalen(
    opslag: Opslag,
    *,
    peildatum: dt.date,
    medewerker_id: int | None,
    drempels: Signaaldrempels = STANDAARD_DREMPELS,
    regels: Iterable[Signaalregel] = REGELS,
    voortgang: Voortgang | None = None,
    afgebroken: Afgebroken | None = None,
    processen: int = 1,
    blokgrootte: int = STANDAARD_BLOKGROOTTE,
) -> Signaalrapport:
    """Run the signal rules over every citizen in the store and store the new signals.

    Args:
        opslag: the store.
        peildatum: the day the run looks from (the caller passes the real date).
        medewerker_id: who runs it (recorded in the audit trail); None for the command line.
        drempels: the thresholds.
        regels: the rules to run.
        voortgang: called after each block with (citizens done, citizens in the store).
        afgebroken: polled between blocks; True stops the run (stored blocks stay stored).
        processen: worker processes for reading and evaluating (1: everything in this process). Workers open
            their own connection from the store's URL; an in-memory SQLite store always runs in-process.
        blokgrootte: burger ids per block.

    Returns:
        The run report: citizens examined, new and already-known signals per type, duration.
    """
    begin = time.perf_counter()
    regels = tuple(regels)
    telling = _Telling()
    bereik = burger_bereik(opslag)
    afgebroken_ = False
    if bereik is not None:
        laagste, hoogste, totaal = bereik
        omschrijving = {
            "peildatum": peildatum.isoformat(),
            "regels": [r.bron for r in regels],
            "drempels": drempels.label,
        }

        def verwerk(van: int, tot: int, aantal: int, voorstellen: list[Signaalvoorstel]) -> None:
            nieuw = bewaar_signalen(
                opslag, voorstellen, medewerker_id=medewerker_id, omschrijving={**omschrijving, "burgers": [van, tot]}
            )
            nieuw_per_type = Counter(t for _, t in nieuw)
            telling.nieuw.update(nieuw_per_type)
            alle = Counter(v.type for v in voorstellen)
            telling.al_bekend.update(alle - nieuw_per_type)
            telling.huishoudens += aantal
            if voortgang is not None:
                voortgang(telling.huishoudens, totaal)

        blokken = _blokken((laagste, hoogste), blokgrootte)
        url = opslag.engine.url
        in_geheugen = url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")
        if processen <= 1 or in_geheugen:
            for van, tot in blokken:
                if afgebroken is not None and afgebroken():
                    afgebroken_ = True
                    break
                aantal, voorstellen = _evalueer_blok(opslag, van, tot, peildatum, drempels, regels)
                verwerk(van, tot, aantal, voorstellen)
        else:
            afgebroken_ = _parallel(
                url.render_as_string(hide_password=False),
                blokken,
                processen,
                peildatum,
                drempels,
                regels,
                verwerk,
                afgebroken,
            )
    return Signaalrapport(
        peildatum=peildatum,
        regels=tuple(r.bron for r in regels),
        drempels=drempels.label,
        huishoudens=telling.huishoudens,
        nieuw=dict(telling.nieuw),
        al_bekend=dict(telling.al_bekend),
        duur_seconden=time.perf_counter() - begin,
        afgebroken=afgebroken_,
    )


def _parallel(
    url: str,
    blokken: Iterator[tuple[int, int]],
    processen: int,
    peildatum: dt.date,
    drempels: Signaaldrempels,
    regels: tuple[Signaalregel, ...],
    verwerk: Callable[[int, int, int, list[Signaalvoorstel]], None],
    afgebroken: Afgebroken | None,
) -> bool:
    """Read and evaluate in worker processes; store in this one, in block order. Returns True when cancelled."""
    onderweg: deque[tuple[int, int, Future[tuple[int, list[Signaalvoorstel]]]]] = deque()
    with ProcessPoolExecutor(
        max_workers=processen,
        mp_context=get_context("spawn"),
        initializer=_werker_start,
        initargs=(url, peildatum, drempels, regels),
    ) as pool:
        try:
            for van, tot in blokken:
                if afgebroken is not None and afgebroken():
                    return True
                onderweg.append((van, tot, pool.submit(_werker_blok, van, tot)))
                while len(onderweg) >= 2 * processen:
                    v, t, f = onderweg.popleft()
                    verwerk(v, t, *f.result())
                    if afgebroken is not None and afgebroken():
                        return True
            while onderweg:
                v, t, f = onderweg.popleft()
                verwerk(v, t, *f.result())
                if afgebroken is not None and afgebroken() and onderweg:
                    return True
        finally:
            for _, _, f in onderweg:
                f.cancel()
    return False


class SignaalService:
    """The signal engine as a use case of the application (supervisors: SIGNALEN_DRAAIEN).

    Args:
        opslag: the store.
        drempels: the thresholds (default: the current named configuration).
        regels: the rules (default: all).
    """

    def __init__(
        self,
        opslag: Opslag,
        *,
        drempels: Signaaldrempels = STANDAARD_DREMPELS,
        regels: Iterable[Signaalregel] = REGELS,
    ) -> None:
        self._opslag = opslag
        self._drempels = drempels
        self._regels = tuple(regels)

    def regels(self) -> list[tuple[str, str]]:
        """(rule@version, what it looks at and when it fires) for every rule: the transparency overview."""
        return [(r.bron, r.beschrijving(self._drempels)) for r in self._regels]

    @property
    def drempels(self) -> Signaaldrempels:
        """The thresholds this service runs with."""
        return self._drempels

    def draai(
        self,
        actor: MedewerkerRow,
        *,
        peildatum: dt.date,
        voortgang: Voortgang | None = None,
        afgebroken: Afgebroken | None = None,
        processen: int = 1,
    ) -> Signaalrapport:
        """Run the engine over the whole store (see `draai_signalen`).

        Args:
            actor: the supervisor who starts the run.
            peildatum: today's date, passed by the caller.
            voortgang: (done, total) after each block; the UI passes `Voortgang.meld`.
            afgebroken: polled between blocks; the UI passes `Voortgang.afgebroken`.
            processen: worker processes (1 in the desktop application: the run stays in its worker thread).

        Raises:
            GeenToegang: the role may not run the signal engine.
        """
        eis(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)
        return draai_signalen(
            self._opslag,
            peildatum=peildatum,
            medewerker_id=actor.id,
            drempels=self._drempels,
            regels=self._regels,
            voortgang=voortgang,
            afgebroken=afgebroken,
            processen=processen,
        )
