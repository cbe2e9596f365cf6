"""The Taken view over the real store: open tasks grouped te laat / vandaag / deze week / later (in that order,
overdue with the days late in the urgent colour and an icon), group buttons with counts that narrow the list,
Ctrl+Enter marks the chosen task done (stored, and the status bar's count follows), Enter opens the household."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import Rol
from models.store.opslag import Opslag
from models.store.tables import Taak
from tests import fabriek
from tests.ui.begeleiding_hulp import (
    houd_vast,
    vensters_opruimen,  # noqa: F401 - the fixture (usefixtures below)
)
from tests.ui.hulp import toon_actief
from ui.qtmodels.signalen import Groep
from ui.views.taken_view import TakenView

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("vensters_opruimen")]

VANDAAG = dt.date(2025, 12, 30)  # a Tuesday: "deze week" runs to Sunday 4 January


def _bouw(opslag: Opslag) -> tuple:
    jan = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Jan de Vries")
    collega = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Ayse Yilmaz")
    fatima = fabriek.burger(opslag, voornamen="Fatima", achternaam="El Amrani")
    piet = fabriek.burger(opslag, voornamen="Piet", achternaam="Bakker")
    fabriek.traject(opslag, fatima, jan.id)
    fabriek.traject(opslag, piet, jan.id)
    ids = {
        "te_laat": fabriek.taak(opslag, fatima, jan.id, "Terugbellen over de brief", dt.date(2025, 12, 23)),
        "vandaag": fabriek.taak(opslag, piet, jan.id, "Loonstroken nakijken", VANDAAG, soort="opvolging"),
        "week": fabriek.taak(opslag, fatima, jan.id, "Regeling bespreken", dt.date(2026, 1, 2)),
        "later": fabriek.taak(opslag, piet, jan.id, "Evaluatie plan van aanpak", dt.date(2026, 1, 20)),
        "collega": fabriek.taak(opslag, piet, collega.id, "Niet van Jan", VANDAAG),
    }
    return jan, fatima, piet, ids


def _venster(qtbot, opslag, runner, kleuren, tmp_path: Path, actor) -> HoofdVenster:
    instellingen = AppSettings(QSettings(str(tmp_path / "werkplek.ini"), QSettings.Format.IniFormat))
    v = HoofdVenster(
        maak_diensten(opslag, "Lokale opslag (test)"), actor, runner, kleuren, instellingen, vandaag=lambda: VANDAAG
    )
    qtbot.addWidget(v)
    houd_vast(v)
    v.resize(1400, 900)
    toon_actief(qtbot, v)
    qtbot.waitUntil(lambda: not runner.bezig)
    return v


def _taken(qtbot, v: HoofdVenster, runner) -> TakenView:
    qtbot.keyClick(
        QApplication.focusWidget() or v,
        Qt.Key(Qt.Key.Key_1.value + v.rail.sleutels.index("taken")),
        Qt.KeyboardModifier.AltModifier,
    )
    qtbot.waitUntil(lambda: not runner.bezig)
    assert v.huidige_view == "taken" and v.takenlijst is not None
    return v.takenlijst


def _omschrijvingen(view: TakenView) -> list[str]:
    return [view.proxy.rij(i).omschrijving for i in range(view.proxy.rowCount())]


def test_taken_gegroepeerd_en_afronden(qtbot, qtmodeltester, opslag: Opslag, runner, kleuren, tmp_path) -> None:
    jan, _fatima, _piet, ids = _bouw(opslag)
    v = _venster(qtbot, opslag, runner, kleuren, tmp_path, jan)
    assert v.status_tekst(v.taken_label) == "2 taken voor vandaag, waarvan 1 te laat"
    view = _taken(qtbot, v, runner)
    qtmodeltester.check(view.model)
    assert _omschrijvingen(view) == [
        "Terugbellen over de brief",
        "Loonstroken nakijken",
        "Regeling bespreken",
        "Evaluatie plan van aanpak",
    ]  # never the colleague's
    wanneer = [view.proxy.index(i, 0).data() for i in range(4)]
    assert wanneer == ["te laat (7 dagen)", "vandaag", "deze week", "later"]
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor(kleuren.urgent)
    assert view.proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.proxy.index(0, 4).data() == "Fatima El Amrani" and view.proxy.index(1, 2).data() == "Opvolgen"
    assert [k.text() for k in view.groep_knoppen.values()] == [
        "Te laat (1)",
        "Vandaag (1)",
        "Deze week (1)",
        "Later (1)",
    ]
    assert view.tabel.hasFocus() and view.gekozen is not None and view.gekozen.id == ids["te_laat"]

    # Ctrl+Enter: done; the cursor moves to the next task and the status bar follows
    qtbot.keyClick(view.tabel, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    tk = Taak.__table__  # type: ignore[attr-defined]

    def status(taak_id: int) -> str:
        with opslag.lezen() as s:
            return s.execute(select(tk.c.status).where(tk.c.id == taak_id)).scalar_one()

    qtbot.waitUntil(lambda: status(ids["te_laat"]) == "afgerond")
    qtbot.waitUntil(lambda: not runner.bezig)
    assert "Terugbellen over de brief" not in _omschrijvingen(view)
    assert view.gekozen is not None and view.gekozen.id == ids["vandaag"]
    assert "Taak afgerond: Terugbellen over de brief (Fatima El Amrani)" in view.melding.tekst
    assert v.status_tekst(v.taken_label) == "1 taak voor vandaag"
    assert view.groep_knoppen[Groep.TE_LAAT].text() == "Te laat (0)"


def test_groepsknoppen_filteren(qtbot, sqlite_opslag, runner, kleuren, tmp_path) -> None:
    jan, *_rest = _bouw(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, jan)
    view = _taken(qtbot, v, runner)
    view.groep_knoppen[Groep.LATER].setChecked(False)
    view.groep_knoppen[Groep.DEZE_WEEK].setChecked(False)
    assert _omschrijvingen(view) == ["Terugbellen over de brief", "Loonstroken nakijken"]
    for groep in (Groep.TE_LAAT, Groep.VANDAAG):
        view.groep_knoppen[groep].setChecked(False)
    assert view.proxy.rowCount() == 0 and view.leeg_label.isVisible()
    assert not view.afgerond_knop.isEnabled()
    view.groep_knoppen[Groep.LATER].setChecked(True)
    assert _omschrijvingen(view) == ["Evaluatie plan van aanpak"]


def test_enter_opent_het_huishouden(qtbot, sqlite_opslag, runner, kleuren, tmp_path) -> None:
    jan, _fatima, piet, _ids = _bouw(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, jan)
    view = _taken(qtbot, v, runner)
    view.tabel.setCurrentIndex(view.proxy.index(1, 0))  # Piet's task of today
    qtbot.keyClick(view.tabel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: v.klantbeeld.klantbeeld is not None)
    qtbot.waitUntil(lambda: not runner.bezig)
    assert v.huidige_view == "klantbeeld" and v.klantbeeld.klantbeeld.burger.id == piet


def test_geen_taken(qtbot, sqlite_opslag, runner, kleuren, tmp_path) -> None:
    jan = fabriek.medewerker(sqlite_opslag, Rol.BEGELEIDER, "Jan de Vries")
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, jan)
    view = _taken(qtbot, v, runner)
    assert view.leeg_label.isVisible() and view.leeg_label.text() == "U heeft geen open taken."
    assert not view.afgerond_knop.isEnabled() and not view.klantbeeld_knop.isEnabled()
