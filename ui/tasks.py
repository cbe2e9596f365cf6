"""The one way the UI runs store work: a TaskRunner on a single-thread QThreadPool with one queued signal.

What belongs here: `TaskRunner` (submit a plain function, get its result or error back on the GUI thread),
`Voortgang` for long jobs that report progress and can be cancelled (demo seeding), and `ViewTaken`, the small
per-view helper that tracks whether *that* view has work running (for its busy indicator).

Rules (STYLE §3.5, §4 pitfalls 1–3):
- the job function gets plain data and returns plain data; it never touches a widget;
- the only signal emitter is the long-lived TaskRunner, owned by the GUI thread; the QRunnable holds a bound
  signal and owns no QObject;
- one worker thread: store calls are serialised (SQLite has one writer; PostgreSQL sessions stay short);
- a callback whose owner (`context`) was deleted in the meantime is dropped, so a closed dialog never gets a
  call on a deleted C++ object;
- `shutdown()` drains the pool at quit and in test teardown.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models.store.fouten import VerbindingFout

__all__ = ["Taak", "TaskRunner", "ViewTaken", "Voortgang"]

log = logging.getLogger(__name__)

Succes = Callable[[Any], None]
Fout = Callable[[BaseException], None]
VoortgangCallback = Callable[[int, int], None]


class Voortgang:
    """Handed to a long job: `meld(gedaan, totaal)` reports progress, `afgebroken()` says the user cancelled.

    Both are safe to call from the worker thread; `meld` crosses to the GUI thread through the runner's queued
    signal.
    """

    def __init__(self, taak_id: int, signaal: Any) -> None:
        self._taak_id = taak_id
        self._signaal = signaal
        self._afbreken = threading.Event()

    def meld(self, gedaan: int, totaal: int) -> None:
        self._signaal.emit(self._taak_id, int(gedaan), int(totaal))

    def afgebroken(self) -> bool:
        return self._afbreken.is_set()

    def breek_af(self) -> None:
        self._afbreken.set()


@dataclass(slots=True)
class Taak:
    """A submitted job: its id, and for long jobs the cancel handle."""

    id: int
    voortgang: Voortgang | None = None

    def breek_af(self) -> None:
        if self.voortgang is not None:
            self.voortgang.breek_af()


@dataclass(slots=True)
class _Wacht:
    succes: Succes
    fout: Fout | None
    context: QObject | None
    bij_voortgang: VoortgangCallback | None


class _Job(QRunnable):
    def __init__(self, taak_id: int, functie: Callable[[], Any], klaar: Any) -> None:
        super().__init__()
        self._taak_id = taak_id
        self._functie = functie
        self._klaar = klaar  # the bound signal of the GUI-thread runner (novelWriter #2926)

    def run(self) -> None:
        # WORKAROUND: the result travels wrapped in a tuple, never as a bare None through the queued signal; a
        # queued `object` argument that is None was seen to lose a reference when the event was dropped at exit
        # ("none_dealloc" at interpreter shutdown).
        try:
            uitkomst = (self._functie(), None)
        except BaseException as exc:  # every failure goes back to the GUI thread, none is lost
            uitkomst = (None, exc)
        self._klaar.emit(self._taak_id, uitkomst)


class TaskRunner(QObject):
    """Runs store work off the GUI thread and calls back on the GUI thread.

    Signals:
        busy_changed(bool): True when the first job starts, False when the last one ends.
        verbinding_changed(bool): False after a job failed with `VerbindingFout`, True after a job succeeded
            again (the status bar shows the connection state from this).
    """

    busy_changed = Signal(bool)
    verbinding_changed = Signal(bool)
    _klaar = Signal(int, object)
    _voortgang = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._wachtend: dict[int, _Wacht] = {}
        self._ids = itertools.count(1)
        self._verbonden = True
        self._klaar.connect(self._on_klaar)
        self._voortgang.connect(self._on_voortgang)

    @property
    def bezig(self) -> bool:
        return bool(self._wachtend)

    def submit(
        self,
        functie: Callable[[], Any],
        succes: Succes,
        fout: Fout | None = None,
        *,
        context: QObject | None = None,
    ) -> Taak:
        """Run `functie()` on the worker thread; `succes(result)` or `fout(error)` runs on the GUI thread.

        Args:
            functie: plain function; reads no widget (read widget values first and close over them).
            succes: called with the result.
            fout: called with the exception; without it the error is logged.
            context: the QObject the callbacks belong to; if it is deleted before the job ends, they are dropped.
        """
        taak = Taak(next(self._ids))
        self._start(taak, functie, _Wacht(succes, fout, context, None))
        return taak

    def submit_lang(
        self,
        functie: Callable[[Voortgang], Any],
        succes: Succes,
        fout: Fout | None = None,
        *,
        bij_voortgang: VoortgangCallback,
        context: QObject | None = None,
    ) -> Taak:
        """Like `submit`, for a long job that reports progress and can be cancelled with `Taak.breek_af()`."""
        taak_id = next(self._ids)
        voortgang = Voortgang(taak_id, self._voortgang)
        taak = Taak(taak_id, voortgang)
        self._start(taak, lambda: functie(voortgang), _Wacht(succes, fout, context, bij_voortgang))
        return taak

    def vergeet(self, taak: Taak) -> None:
        """Drop the callbacks of a job (its result is ignored); the job itself still runs to its end."""
        wacht = self._wachtend.get(taak.id)
        if wacht is not None:
            self._wachtend[taak.id] = _Wacht(_niets, _niets, None, None)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Drop queued jobs and wait for the running one (at quit and in test teardown)."""
        self._pool.clear()
        return self._pool.waitForDone(timeout_ms)

    def _start(self, taak: Taak, functie: Callable[[], Any], wacht: _Wacht) -> None:
        self._wachtend[taak.id] = wacht
        if len(self._wachtend) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(taak.id, functie, self._klaar))

    @Slot(int, int, int)
    def _on_voortgang(self, taak_id: int, gedaan: int, totaal: int) -> None:
        wacht = self._wachtend.get(taak_id)
        if wacht is None or wacht.bij_voortgang is None or not _leeft(wacht.context):
            return
        wacht.bij_voortgang(gedaan, totaal)

    @Slot(int, object)
    def _on_klaar(self, taak_id: int, uitkomst: tuple[Any, BaseException | None]) -> None:
        resultaat, fout = uitkomst
        wacht = self._wachtend.pop(taak_id, None)
        if not self._wachtend:
            self.busy_changed.emit(False)
        if wacht is None:
            return
        if fout is None:
            self._zet_verbonden(True)
        elif isinstance(fout, VerbindingFout):
            self._zet_verbonden(False)
        if not _leeft(wacht.context):
            if fout is not None:
                log.info("Resultaat van een taak genegeerd: het venster is al gesloten (%s)", type(fout).__name__)
            return
        if fout is None:
            wacht.succes(resultaat)
        elif wacht.fout is not None:
            wacht.fout(fout)
        else:
            log.error("Achtergrondtaak mislukt", exc_info=fout)

    def _zet_verbonden(self, verbonden: bool) -> None:
        if verbonden != self._verbonden:
            self._verbonden = verbonden
            self.verbinding_changed.emit(verbonden)


class ViewTaken(QObject):
    """A view's own handle on the shared runner: tracks that view's running jobs for its busy indicator.

    Signals:
        bezig_veranderd(bool): the view has work running (True) or not any more (False).
    """

    bezig_veranderd = Signal(bool)

    def __init__(self, runner: TaskRunner, eigenaar: QObject) -> None:
        super().__init__(eigenaar)
        self._runner = runner
        self._eigenaar = eigenaar
        self._lopend = 0

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def bezig(self) -> bool:
        return self._lopend > 0

    def submit(self, functie: Callable[[], Any], succes: Succes, fout: Fout | None = None) -> Taak:
        self._tel(+1)

        def bij_succes(resultaat: Any) -> None:
            self._tel(-1)
            succes(resultaat)

        def bij_fout(exc: BaseException) -> None:
            self._tel(-1)
            if fout is not None:
                fout(exc)
            else:
                log.error("Achtergrondtaak mislukt", exc_info=exc)

        return self._runner.submit(functie, bij_succes, bij_fout, context=self._eigenaar)

    def _tel(self, delta: int) -> None:
        voor = self._lopend > 0
        self._lopend += delta
        na = self._lopend > 0
        if voor != na:
            self.bezig_veranderd.emit(na)


def _leeft(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


def _niets(_: Any) -> None:
    return None
