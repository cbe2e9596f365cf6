"""Fixtures for the UI tests: the real store (SQLite per test), the wired services, a TaskRunner that is drained
at teardown, and the household of UI.md's wireframe."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.app import maak_diensten
from desktop.settings import AppSettings
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from tests.ui.huishoudens import Huishouden, bouw_huishouden
from ui.palet import Kleuren, kleuren_voor
from ui.tasks import TaskRunner


@pytest.fixture
def kleuren(qapp: QApplication) -> Kleuren:
    return kleuren_voor(qapp.palette())


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    taken = TaskRunner()
    yield taken
    assert taken.shutdown(30_000), "de TaskRunner kwam niet tot rust"
    taken.deleteLater()


@pytest.fixture
def diensten(sqlite_opslag: Opslag) -> Diensten:
    return maak_diensten(sqlite_opslag, "Lokale opslag (test)")


@pytest.fixture
def huishouden(sqlite_opslag: Opslag) -> Huishouden:
    return bouw_huishouden(sqlite_opslag)


@pytest.fixture
def ini_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "werkplek.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def vandaag() -> dt.date:
    return dt.date.today()  # noqa: DTZ011 - the store's own "today" is the calendar day too


@pytest.fixture
def maak_venster(qtbot, diensten: Diensten, runner: TaskRunner, kleuren: Kleuren, ini_settings: AppSettings):
    """A main window for a staff member, shown, active and done with its first background work."""
    from desktop.main_window import HoofdVenster
    from tests.ui.hulp import toon_actief

    # Strong references until teardown: qtbot.addWidget keeps a weak one, and a main window freed by the cyclic
    # garbage collector while Qt paints it crashes the process (see tests/ui/begeleiding_hulp.houd_vast).
    vensters: list[HoofdVenster] = []

    def maak(actor):
        venster = HoofdVenster(diensten, actor, runner, kleuren, ini_settings)
        qtbot.addWidget(venster)
        vensters.append(venster)
        venster.resize(1400, 900)
        toon_actief(qtbot, venster)
        qtbot.waitUntil(lambda: not venster.taken.bezig)
        return venster

    yield maak
    while vensters:
        venster = vensters.pop()
        if shiboken6.isValid(venster):
            venster.close()  # hidden: never painted again, whenever the collector frees it


@pytest.fixture(autouse=True)
def weggooien_gevraagd(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The "throw away unsaved input?" question never blocks a test: it answers yes and is recorded.

    Tests that check the guard replace it with their own answer.
    """
    from ui.dialogs import meldingen

    gevraagd: list[bool] = []

    def antwoord(_parent: object) -> bool:
        gevraagd.append(True)
        return True

    monkeypatch.setattr(meldingen, "bevestig_weggooien", antwoord)
    return gevraagd
