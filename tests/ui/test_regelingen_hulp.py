"""Helpers of the Regelingen and Beoordelen UI tests (no tests here): the team, a household with three claims, a
main window with a clock the test moves, and waiting until all background work is done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import Rol
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from tests import fabriek
from tests.regelingen import hulp
from tests.ui.hulp import toon_actief
from ui.palet import Kleuren
from ui.tasks import TaskRunner

D = Decimal
START = dt.date(2026, 1, 12)

# The capacity of tests/regelingen/hulp.CAPACITEIT as a caseworker types it (€ 195,10 a month in 2026).
CAPACITEIT_INVOER = {
    "netto_inkomen": "1.900,00",
    "woonlasten": "850",
    "huurtoeslag": "300,00",
    "zorgpremie": "158",
    "zorgtoeslag": "131,00",
}


@dataclass
class Opzet:
    opslag: Opslag
    diensten: Diensten
    runner: TaskRunner
    kleuren: Kleuren
    map_: Path
    klok: list[dt.date]
    begeleider: MedewerkerRow
    collega: MedewerkerRow
    supervisor: MedewerkerRow
    supervisor2: MedewerkerRow
    balie: MedewerkerRow
    burger: int
    vorderingen: tuple[int, int, int]

    def vandaag(self) -> dt.date:
        return self.klok[0]


def bouw(opslag: Opslag, diensten: Diensten, runner: TaskRunner, kleuren: Kleuren, map_: Path) -> Opzet:
    """The team and Samira Bakker (in the begeleider's caseload) with three claims of 2024."""
    begeleider = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Joyce de Vries")
    collega = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Ahmed Benali")
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR, "Marieke Jansen")
    supervisor2 = fabriek.medewerker(opslag, Rol.SUPERVISOR, "Peter de Groot")
    balie = fabriek.medewerker(opslag, Rol.BALIE, "Sanne Bakker")
    burger = fabriek.burger(opslag, voornamen="Samira", achternaam="Bakker", iban="NL91ABNA0417164300")
    fabriek.traject(opslag, burger, begeleider.id)
    ht = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1850.00"), vervaldatum=dt.date(2025, 8, 12))
    zt = hulp.vordering(opslag, burger, "zorgtoeslag", 2024, D("412.00"), vervaldatum=dt.date(2025, 8, 12))
    kot = hulp.vordering(opslag, burger, "kinderopvangtoeslag", 2024, D("960.00"), vervaldatum=dt.date(2025, 10, 27))
    return Opzet(
        opslag,
        diensten,
        runner,
        kleuren,
        map_,
        [START],
        begeleider,
        collega,
        supervisor,
        supervisor2,
        balie,
        burger,
        (ht, zt, kot),
    )


def venster(qtbot, opzet: Opzet, actor: MedewerkerRow) -> HoofdVenster:
    """A main window for `actor` whose 'today' is the test's clock, shown, active and idle."""
    instellingen = AppSettings(QSettings(str(opzet.map_ / f"venster-{actor.id}.ini"), QSettings.Format.IniFormat))
    v = HoofdVenster(opzet.diensten, actor, opzet.runner, opzet.kleuren, instellingen, vandaag=opzet.vandaag)
    qtbot.addWidget(v)
    v.resize(1440, 900)
    toon_actief(qtbot, v)
    rustig(qtbot, opzet.runner)
    return v


def rustig(qtbot, runner: TaskRunner, *editors: object, timeout: int = 30_000) -> None:
    """Wait until no background job is left and no editor waits for its recalculation timer."""

    def klaar() -> bool:
        return not runner.bezig and not any(getattr(e, "rekent", False) for e in editors)

    qtbot.waitUntil(klaar, timeout=timeout)
    qtbot.wait(20)
    qtbot.waitUntil(klaar, timeout=timeout)


def dialoog_actief(qtbot, dialoog: QWidget) -> None:
    """Wait until a dialog opened with `open()` is the active window (its Ctrl+S works from then on)."""
    qtbot.waitExposed(dialoog)
    dialoog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialoog)
