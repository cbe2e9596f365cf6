"""The lost-connection banner of the main window and the back-off that brings the connection back.

What belongs here:

- `Herverbinder`: as soon as a store job fails with `VerbindingFout` (the TaskRunner's `verbinding_changed`
  turns False) it probes the store again and again with exponential back-off — about 1, 2, 4, 8, 16, 30, 30 …
  seconds, each with ±20 % jitter so a team's workstations do not all knock at once — until a probe (or any
  other job) succeeds; "Nu opnieuw proberen" probes at once. It emits `hersteld` when the store answers again.
- `VerbindingsBanner`: the banner across the window ("De verbinding met de teamserver is weg. We proberen het
  opnieuw… (volgende poging over 8 s)"), with "Nu opnieuw proberen"; when the connection is back it says so
  briefly and disappears.
- `Schrijfcontrole`: what the main window asks after the connection is back, when a write was in flight while
  it dropped and its outcome is unknown (a service wrapper of the composition root implements it).

Open forms are never touched by any of this: they keep their content, and their own "Opnieuw proberen" works as
soon as the store is back.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from models.store.fouten import VerbindingFout
from ui.palet import Kleuren, Status
from ui.tasks import Taak, TaskRunner
from ui.widgets.melding import MeldingBalk

__all__ = ["Herverbinder", "Schrijfcontrole", "VerbindingsBanner", "wachttijd"]

log = logging.getLogger(__name__)

BASIS_S = 1.0
MAXIMUM_S = 30.0
SPREIDING = 0.2
TERUG_ZICHTBAAR_MS = 6000


@runtime_checkable
class Schrijfcontrole(Protocol):
    """A service that remembers writes whose outcome was unknown when the connection dropped."""

    def onzeker(self) -> int:
        """How many writes wait for a check (0: nothing to check)."""
        ...

    def controleer_onzeker(self) -> list[tuple[str, bool]]:
        """Look up each waiting write: (what it was, in plain Dutch; whether it was saved). Worker thread."""
        ...


def wachttijd(
    poging: int,
    *,
    basis: float = BASIS_S,
    maximum: float = MAXIMUM_S,
    spreiding: float = SPREIDING,
    rng: random.Random | None = None,
) -> float:
    """Seconds before probe number `poging` (0, 1, 2 …): basis × 2^poging ± `spreiding`, never above `maximum`
    (at the cap the jitter only goes down, so a team's workstations stay spread out)."""
    kaal = min(maximum, basis * (2 ** min(poging, 30)))
    factor = 1.0 + (rng or random).uniform(-spreiding, spreiding)
    return min(maximum, max(basis / 2, kaal * factor))


class Herverbinder(QObject):
    """Brings the connection back with exponential back-off.

    Signals:
        gepland(float): the next probe is due in this many seconds.
        aftellen(int): whole seconds left until the next probe (every second).
        proberen: a probe is running now.
        verbroken: the connection is gone (the first failure).
        hersteld: the store answers again.
    """

    gepland = Signal(float)
    aftellen = Signal(int)
    proberen = Signal()
    verbroken = Signal()
    hersteld = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        probe: Callable[[], Any],
        parent: QObject | None = None,
        *,
        basis: float = BASIS_S,
        maximum: float = MAXIMUM_S,
        spreiding: float = SPREIDING,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._probe = probe
        self.basis = basis  # seconds before the first probe; doubles with every failed one …
        self.maximum = maximum  # … up to this
        self._spreiding = spreiding
        self._rng = rng or random.Random()
        self._actief = False
        self._poging = 0
        self._volgende = 0.0
        self._taak: Taak | None = None
        self._wekker = QTimer(self)
        self._wekker.setSingleShot(True)
        self._wekker.timeout.connect(self.nu_proberen)
        self._teller = QTimer(self)
        self._teller.setInterval(1000)
        self._teller.timeout.connect(self._tel)
        runner.verbinding_changed.connect(self._on_verbinding)

    @property
    def actief(self) -> bool:
        """True while the connection is gone and probes are planned."""
        return self._actief

    @property
    def poging(self) -> int:
        return self._poging

    @property
    def seconden_tot_poging(self) -> int:
        return max(0, round(self._volgende - time.monotonic()))

    @property
    def bezig(self) -> bool:
        return self._taak is not None

    def start(self) -> None:
        """The connection is gone: begin probing (does nothing when already busy)."""
        if self._actief:
            return
        self._actief = True
        self._poging = 0
        self.verbroken.emit()
        self._plan()

    def stop(self) -> None:
        self._actief = False
        self._wekker.stop()
        self._teller.stop()
        if self._taak is not None:
            self._runner.vergeet(self._taak)
            self._taak = None

    def nu_proberen(self) -> None:
        """Probe the store now (the planned probe, or the user's "Nu opnieuw proberen")."""
        if not self._actief or self._taak is not None:
            return
        self._wekker.stop()
        self._teller.stop()
        self.proberen.emit()
        self._taak = self._runner.submit(self._probe, self._gelukt, self._mislukt, context=self)

    def _plan(self) -> None:
        seconden = wachttijd(
            self._poging, basis=self.basis, maximum=self.maximum, spreiding=self._spreiding, rng=self._rng
        )
        self._volgende = time.monotonic() + seconden
        self._wekker.start(round(seconden * 1000))
        self._teller.start()
        self.gepland.emit(seconden)
        self.aftellen.emit(self.seconden_tot_poging)

    def _tel(self) -> None:
        self.aftellen.emit(self.seconden_tot_poging)

    def _gelukt(self, _resultaat: Any) -> None:
        self._taak = None
        self._herstel()

    def _mislukt(self, fout: BaseException) -> None:
        self._taak = None
        if not self._actief:
            return
        if not isinstance(fout, VerbindingFout):
            # the store answered (with a refusal or a data error): the connection itself is back
            log.info("Controle na verbindingsverlies gaf %s; de verbinding is er weer", type(fout).__name__)
            self._herstel()
            return
        self._poging += 1
        log.info("Verbinding nog niet terug (poging %s)", self._poging)
        self._plan()

    def _herstel(self) -> None:
        if not self._actief:
            return
        self.stop()
        self.hersteld.emit()

    def _on_verbinding(self, verbonden: bool) -> None:
        if verbonden:
            self._herstel()
        else:
            self.start()


class VerbindingsBanner(MeldingBalk):
    """The banner across the main window while the store is unreachable.

    Signals (inherited): opnieuw_gevraagd — the user chose "Nu opnieuw proberen".
    """

    def __init__(self, kleuren: Kleuren, parent: QWidget | None = None, *, teamserver: bool = True) -> None:
        super().__init__(kleuren, parent)
        self.setObjectName("meldingBalk")
        self.setAccessibleDescription(self.tr("Verbinding met de opslag"))
        self._teamserver = teamserver
        self.sluit_knop.hide()
        self._verberg_timer = QTimer(self)
        self._verberg_timer.setSingleShot(True)
        self._verberg_timer.timeout.connect(self.verberg)

    def koppel(self, herverbinder: Herverbinder) -> None:
        herverbinder.verbroken.connect(lambda: self.toon_weg(None))
        herverbinder.aftellen.connect(self.toon_weg)
        herverbinder.proberen.connect(self.toon_bezig)
        herverbinder.hersteld.connect(self.toon_terug)
        self.opnieuw_gevraagd.connect(herverbinder.nu_proberen)

    def _weg_tekst(self) -> str:
        if self._teamserver:
            return self.tr("De verbinding met de teamserver is weg.")
        return self.tr("De verbinding met de opslag is weg.")

    def toon_weg(self, seconden: int | None) -> None:
        """The connection is gone; the next probe is due in `seconden` (None: planned right now)."""
        self._verberg_timer.stop()
        tekst = self._weg_tekst() + " " + self.tr("We proberen het opnieuw…")
        if seconden is not None:
            tekst += " " + self.tr("(volgende poging over %1 s)").replace("%1", str(seconden))
        tekst += " " + self.tr("Uw open formulieren en wat u typte blijven bewaard.")
        if self.isVisible() and self.property("status") == Status.URGENT.value:
            # the countdown: only the text changes, without announcing the banner again every second
            self.tekst_label.setText(tekst)
            self.actie_knop.setVisible(True)
            return
        self.toon(Status.URGENT, tekst, opnieuw=True, actie=self.tr("&Nu opnieuw proberen"))

    def toon_bezig(self) -> None:
        tekst = self._weg_tekst() + " " + self.tr("We proberen het nu opnieuw…")
        if self.isVisible() and self.property("status") == Status.URGENT.value:
            self.tekst_label.setText(tekst)
        else:
            self.toon(Status.URGENT, tekst, opnieuw=False)
        self.actie_knop.setVisible(False)

    def toon_terug(self) -> None:
        tekst = self.tr("De verbinding is terug. De schermen zijn bijgewerkt.")
        self.toon(Status.OK, tekst, opnieuw=False)
        self._verberg_timer.start(TERUG_ZICHTBAAR_MS)

    def toon_uitkomst(self, tekst: str, status: Status) -> None:
        """After the connection came back: what happened to a write that was in flight (stays until closed)."""
        self._verberg_timer.stop()
        self.toon(status, tekst, opnieuw=False)
        self.sluit_knop.show()

    def verberg(self) -> None:
        self._verberg_timer.stop()
        self.sluit_knop.hide()
        super().verberg()
