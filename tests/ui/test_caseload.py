"""Mijn caseload: the begeleider's home screen over the real store (SQLite and PostgreSQL).

A begeleider lands on their caseload after login and sees their own trajecten (never a colleague's); an intake
older than 5 working days is overdue — counted around Christmas and Nieuwjaarsdag — and says so with an icon and
words in the urgent colour; the text filter narrows the rows as the user types (name or the last BSN digits), the
other filters combine with it, every column sorts, and Enter opens the household's klantbeeld without asking a
reason (own caseload)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import SignaalType, TrajectStatus
from models.store.opslag import Opslag
from tests.ui.begeleiding_hulp import (
    KERST_UITERLIJK,
    bouw_caseload,
    houd_vast,
    rustig,
    vensters_opruimen,  # noqa: F401 - the fixture (usefixtures below)
)
from tests.ui.hulp import toon_actief
from ui.dialogs.inzage_dialoog import InzageDialoog
from ui.palet import Kleuren
from ui.qtmodels.caseload import KOLOM
from ui.tasks import TaskRunner
from ui.views.caseload_view import CaseloadView

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("vensters_opruimen")]

OUDJAAR = dt.date(2025, 12, 30)  # Fatima's deadline (31-12) not yet passed: Christmas stops the clock
NA_NIEUWJAAR = dt.date(2026, 1, 2)  # Friday after Nieuwjaarsdag: one working day late


def _venster(qtbot, opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path, actor, vandaag: dt.date):
    instellingen = AppSettings(QSettings(str(tmp_path / "werkplek.ini"), QSettings.Format.IniFormat))
    venster = HoofdVenster(
        maak_diensten(opslag, "Lokale opslag (test)"), actor, runner, kleuren, instellingen, vandaag=lambda: vandaag
    )
    qtbot.addWidget(venster)
    houd_vast(venster)
    venster.resize(1500, 900)
    toon_actief(qtbot, venster)
    rustig(qtbot, venster)
    return venster


def _namen(view: CaseloadView) -> list[str]:
    return [view.proxy.rij(i).naam for i in range(view.proxy.rowCount())]


def test_begeleider_ziet_na_aanmelden_de_eigen_caseload(
    qtbot, qtmodeltester, opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path
) -> None:
    c = bouw_caseload(opslag)
    v = _venster(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider, OUDJAAR)
    assert v.huidige_view == "caseload" and v.rail.knop("caseload").isChecked()
    assert v.windowTitle().startswith("Mijn caseload")
    view = v.caseload
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    assert sorted(_namen(view)) == ["Anna de Boer", "Fatima El Amrani", "Karin Smit", "Piet Bakker"]  # no Henk
    qtmodeltester.check(view.model)
    rij = view.rij_van_burger(c.fatima)
    assert rij is not None

    def cel(kolom: str, r: int = rij) -> str:
        return view.proxy.index(r, KOLOM[kolom]).data()

    assert (cel("prioriteit"), cel("bsn"), cel("status")) == ("hoog", "*****6782", "aangemeld")
    assert cel("intake") == "over 1 werkdag"
    assert "uiterlijk 31-12-2025" in view.proxy.index(rij, KOLOM["intake"]).data(Qt.ItemDataRole.ToolTipRole)
    assert cel("signalen") == "1 (1 urgent)"
    assert cel("schuld") == "€ 1.450,50"
    assert cel("sinds_intake") == "–"
    piet = view.rij_van_burger(c.piet)
    assert cel("status", piet) == "intake" and cel("intake", piet) == "gehad op 10-12-2025"
    assert cel("sinds_intake", piet) == "20 dagen"
    assert cel("volgende_actie", piet) == "Plan van aanpak opstellen met de burger"
    assert cel("laatste_contact", piet) != "nog geen"
    # the summary says how much is late, with an icon next to it
    assert "4 trajecten" in view.samenvatting.text() and "1 intake te laat" in view.samenvatting.text()
    assert view.samenvatting_icoon.pixmap() is not None and not view.samenvatting_icoon.pixmap().isNull()
    assert view.tabel.hasFocus()  # keyboard-first: arrows and Enter work at once


def test_intake_te_laat_rond_kerst_en_nieuwjaar(
    qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path
) -> None:
    c = bouw_caseload(sqlite_opslag)
    # on 30-12 Fatima's intake (aangemeld Monday 22-12) is not late: 25/26 December do not count
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, OUDJAAR)
    view = v.caseload
    rij = view.rij_van_burger(c.fatima)
    index = view.proxy.index(rij, KOLOM["intake"])
    assert not view.proxy.rij(rij).intake_te_laat and index.data(Qt.ItemDataRole.DecorationRole) is None
    v.close()

    # on Friday 2-1-2026 (after Nieuwjaarsdag) it is one working day late: red, a warning icon and the words
    v2 = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, NA_NIEUWJAAR)
    view = v2.caseload
    rij = view.rij_van_burger(c.fatima)
    index = view.proxy.index(rij, KOLOM["intake"])
    assert view.proxy.rij(rij).intake_uiterlijk == KERST_UITERLIJK
    assert index.data() == "1 werkdag te laat"
    assert "uiterlijk 31-12-2025" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert index.data(Qt.ItemDataRole.ForegroundRole) == QColor(kleuren.urgent)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # never colour alone
    assert index.data(Qt.ItemDataRole.ToolTipRole).startswith("Te laat. Eerste contact uiterlijk 31-12-2025")
    karin = view.rij_van_burger(c.karin)
    assert view.proxy.index(karin, KOLOM["intake"]).data().endswith("werkdagen te laat")
    assert "2 intakes te laat" in view.samenvatting.text()
    # "only overdue" keeps exactly the late ones (intake or next action)
    qtbot.mouseClick(view.te_laat_vink, Qt.MouseButton.LeftButton)
    assert all(
        view.proxy.rij(i).intake_te_laat or view.proxy.rij(i).volgende_actie_te_laat
        for i in range(view.proxy.rowCount())
    )
    assert {"Fatima El Amrani", "Karin Smit"} <= set(_namen(view))
    assert "Anna de Boer" not in _namen(view)


def test_filter_tijdens_typen_en_gecombineerde_filters(
    qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path
) -> None:
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, OUDJAAR)
    view = v.caseload
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: the filter field
    assert view.zoek_edit.hasFocus()
    qtbot.keyClicks(view.zoek_edit, "b")
    assert sorted(_namen(view)) == ["Anna de Boer", "Piet Bakker"]  # filters at every keystroke
    qtbot.keyClicks(view.zoek_edit, "ak")
    assert _namen(view) == ["Piet Bakker"]
    assert "1 van 4" in view.tabel.accessibleName()
    view.zoek_edit.clear()
    qtbot.keyClicks(view.zoek_edit, "6782")  # the last digits of the BSN
    assert _namen(view) == ["Fatima El Amrani"]
    qtbot.keyClicks(view.zoek_edit, "x")
    assert view.proxy.rowCount() == 0 and view.leeg_label.isVisible()
    assert "Filters wissen" in view.leeg_label.text()
    qtbot.keyClick(view.zoek_edit, Qt.Key.Key_Return)
    view.wis_filters()
    assert view.proxy.rowCount() == 4 and not view.wis_knop.isEnabled()
    # status and signal type, combined
    view.status_keuze.setCurrentIndex(view.status_keuze.findData(TrajectStatus.AANGEMELD))
    assert sorted(_namen(view)) == ["Fatima El Amrani", "Karin Smit"]
    view.signaal_keuze.setCurrentIndex(view.signaal_keuze.findData(SignaalType.HOGE_TERUGVORDERING))
    assert _namen(view) == ["Fatima El Amrani"]
    view.status_keuze.setCurrentIndex(view.status_keuze.findData(TrajectStatus.INTAKE))
    assert _namen(view) == []
    view.signaal_keuze.setCurrentIndex(view.signaal_keuze.findData(SignaalType.GEMISTE_TERMIJN))
    assert _namen(view) == ["Piet Bakker"]
    assert view.wis_knop.isEnabled()


def test_elke_kolom_sorteert_op_de_waarde(
    qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path
) -> None:
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, OUDJAAR)
    view = v.caseload
    for kolom in range(view.model.columnCount()):
        for volgorde in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.tabel.sortByColumn(kolom, volgorde)
            assert view.proxy.rowCount() == 4
    view.tabel.sortByColumn(KOLOM["schuld"], Qt.SortOrder.DescendingOrder)
    assert _namen(view)[:2] == ["Anna de Boer", "Fatima El Amrani"]  # € 2.480 before € 1.450,50 (not as text)
    view.tabel.sortByColumn(KOLOM["prioriteit"], Qt.SortOrder.AscendingOrder)
    assert _namen(view)[0] == "Fatima El Amrani" and _namen(view)[-1] == "Anna de Boer"
    # the chosen row stays chosen through a sort, and a filter keeps the sort order
    view.tabel.setCurrentIndex(view.proxy.index(view.rij_van_burger(c.piet), 0))
    view.tabel.sortByColumn(KOLOM["naam"], Qt.SortOrder.DescendingOrder)
    assert view.gekozen is not None and view.gekozen.burger_id == c.piet
    assert _namen(view) == ["Piet Bakker", "Karin Smit", "Fatima El Amrani", "Anna de Boer"]
    assert view.tabel.horizontalHeader().sortIndicatorSection() == KOLOM["naam"]
    qtbot.keyClicks(view.zoek_edit, "a")
    assert _namen(view) == ["Piet Bakker", "Karin Smit", "Fatima El Amrani", "Anna de Boer"]
    view.zoek_edit.clear()
    qtbot.keyClicks(view.zoek_edit, "i")
    assert _namen(view) == ["Piet Bakker", "Karin Smit", "Fatima El Amrani"]


def test_enter_opent_het_klantbeeld_zonder_reden(
    qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path, monkeypatch
) -> None:
    gevraagd: list[object] = []
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *a, **k: gevraagd.append(a)))
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider, OUDJAAR)
    view = v.caseload
    view.tabel.setCurrentIndex(view.proxy.index(view.rij_van_burger(c.piet), 0))
    view.tabel.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: v.klantbeeld.klantbeeld is not None)
    rustig(qtbot, v)
    assert v.huidige_view == "klantbeeld" and v.klantbeeld.klantbeeld.burger.id == c.piet
    assert gevraagd == []  # own caseload: no reason asked
    # Alt+Left goes back to the caseload
    qtbot.keyClick(QApplication.focusWidget() or v, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert v.huidige_view == "caseload"


def test_supervisor_en_balie(qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path) -> None:
    """A supervisor keeps Zoeken as the start screen (the caseload is in the rail); balie staff get no caseload."""
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.supervisor, OUDJAAR)
    assert v.huidige_view != "caseload" and "caseload" in v.rail.sleutels and "signalen" in v.rail.sleutels
    v.close()
    from models.domain import Rol
    from tests import fabriek

    balie = fabriek.medewerker(sqlite_opslag, Rol.BALIE, "S. Bakker")
    v2 = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, balie, OUDJAAR)
    assert not {"caseload", "signalen", "taken"} & set(v2.rail.sleutels)
