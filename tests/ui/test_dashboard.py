"""The supervisor dashboard: tiles show the store's figures, Enter opens the cases behind them, the trend chooses a
month, the klantbeeld opens from the list, and both CSV exports hold what the screen shows."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from models.store.interfaces import Diensten
from models.store.kpi import KpiRepository
from models.store.opslag import Opslag
from models.store.rows_kpi import KpiSleutel
from tests.store.kpi_hulp import PEILDATUM, Scenario, bouw_scenario
from tests.ui.hulp import toon_actief
from ui.palet import Kleuren
from ui.qtmodels.dashboard import waarde_tekst
from ui.tasks import TaskRunner
from ui.views import dashboard_view
from ui.views.dashboard_view import DashboardView


@pytest.fixture
def scenario(sqlite_opslag: Opslag) -> Scenario:
    return bouw_scenario(sqlite_opslag)


@pytest.fixture
def view(qtbot, diensten: Diensten, scenario: Scenario, runner: TaskRunner, kleuren: Kleuren) -> DashboardView:
    v = DashboardView(diensten.kpi, scenario.supervisor, runner, kleuren, vandaag=lambda: PEILDATUM)
    qtbot.addWidget(v)
    v.resize(1400, 900)
    toon_actief(qtbot, v)
    v.toon()
    qtbot.waitUntil(lambda: v.cijfers is not None and not v.taken.bezig)
    return v


def _open(qtbot, view: DashboardView, sleutel: KpiSleutel) -> None:
    tegel = view.tegels[sleutel.value]
    tegel.setFocus()
    qtbot.keyClick(tegel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.drill_model.lijst is not None and view.drill_model.lijst.sleutel == sleutel)
    qtbot.waitUntil(lambda: not view.taken.bezig)


def _kolom(view: DashboardView, kop: str) -> list[str]:
    kolom = view.drill_model.koppen().index(kop)
    return [view.drill_proxy.index(r, kolom).data() for r in range(view.drill_proxy.rowCount())]


def _klik_kop(qtbot, view: DashboardView, kop: str) -> None:
    kolom = view.drill_model.koppen().index(kop)
    header = view.tabel.horizontalHeader()
    x = header.sectionViewportPosition(kolom) + header.sectionSize(kolom) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_tegels_tonen_de_cijfers_van_de_opslag(view: DashboardView, sqlite_opslag: Opslag, scenario: Scenario) -> None:
    uit_opslag = KpiRepository(sqlite_opslag).cijfers(scenario.supervisor, PEILDATUM)
    assert list(view.tegels) == [k.sleutel.value for k in uit_opslag.kpis]
    for k in uit_opslag.kpis:
        assert view.tegels[k.sleutel.value].waarde.text() == waarde_tekst(k.eenheid, k.waarde)
    # the figures of the hand-built population, as a caseworker reads them
    teksten = {s: (t.waarde.text(), t.teller.text(), t.norm.text()) for s, t in view.tegels.items()}
    assert teksten["geen_hoge_terugvordering"] == ("60,0%", "3 van 5", "Norm ≥ 94%: niet gehaald")
    assert teksten["bezwaren_op_tijd"] == ("50,0%", "1 van 2", "Norm ≥ 93%: niet gehaald")
    assert teksten["intakes_op_tijd"] == ("33,3%", "1 van 3", "Geen norm")
    assert teksten["gemiste_termijnen"] == ("2", "van 11 termijnen die in de periode vervielen", "Geen norm")
    assert teksten["regelingen"][0] == "1" and teksten["signalen"][0] == "4" and teksten["caseload"][0] == "4"
    # not met is said in words and by icon; the description reads the whole tile
    tegel = view.tegels["geen_hoge_terugvordering"]
    assert "niet gehaald" in tegel.accessibleDescription() and "60,0%" in tegel.accessibleDescription()
    assert "mei 2026: 50,0%" in tegel.grafiek.beschrijving()
    assert "niet te berekenen uit de opslag" in view.niet_label.text()
    assert "klachtenregistratie" in view.niet_label.text()
    assert "01-12-2025 tot en met 27-11-2026" in view.periode_label.text()
    assert view.tegels["geen_hoge_terugvordering"].hasFocus()  # Enter opens the first tile right away


def test_pijltjes_lopen_langs_de_tegels(qtbot, view: DashboardView) -> None:
    qtbot.keyClick(view.tegels["geen_hoge_terugvordering"], Qt.Key.Key_Right)
    assert view.tegels["bezwaren_op_tijd"].hasFocus()
    qtbot.keyClick(view.tegels["bezwaren_op_tijd"], Qt.Key.Key_Down)  # four tiles a row: the one below
    assert view.tegels["signalen"].hasFocus()
    qtbot.keyClick(view.tegels["signalen"], Qt.Key.Key_Down)  # nothing below: stays
    assert view.tegels["signalen"].hasFocus()
    qtbot.keyClick(view.tegels["signalen"], Qt.Key.Key_Left)
    assert view.tegels["regelingen"].hasFocus()
    qtbot.keyClick(view.tegels["regelingen"], Qt.Key.Key_Up)
    assert view.tegels["geen_hoge_terugvordering"].hasFocus()
    # Tab: peildatum, refresh, export, then the tiles in reading order
    view.export_knop.setFocus()
    qtbot.keyClick(view.export_knop, Qt.Key.Key_Tab)
    assert view.tegels["geen_hoge_terugvordering"].hasFocus()
    qtbot.keyClick(view.tegels["geen_hoge_terugvordering"], Qt.Key.Key_Tab)
    assert view.tegels["bezwaren_op_tijd"].hasFocus()


def test_enter_opent_de_gevallen_sorteren_en_maand_kiezen(qtbot, view: DashboardView, qtmodeltester) -> None:
    _open(qtbot, view, KpiSleutel.GEEN_HOGE_TERUGVORDERING)
    assert view.stapel.currentIndex() == 1
    qtmodeltester.check(view.drill_model)
    assert view.drill_model.koppen() == [
        "Naam",
        "BSN",
        "Onderwerp",
        "Dagtekening",
        "Bezwaar uiterlijk",
        "Terugvordering",
        "Grens",
    ]
    assert _kolom(view, "Naam") == ["Esra Yıldız", "Fatima El Amrani"]
    assert _kolom(view, "Terugvordering") == ["€ 1.000,01", "€ 600,00"]
    assert _kolom(view, "BSN")[0].startswith("*****")
    assert "2 gevallen" in view.lijst_label.text()
    assert "Norm ≥ 94%: niet gehaald" in view.detail_waarde.text()
    _klik_kop(qtbot, view, "Terugvordering")  # ascending by amount
    assert _kolom(view, "Terugvordering") == ["€ 600,00", "€ 1.000,01"]
    # the trend: Left from the end walks back to May, Enter shows only May's cases
    view.grafiek.setFocus()
    for _ in range(7):
        qtbot.keyClick(view.grafiek, Qt.Key.Key_Left)
    assert view.grafiek.gekozen == dt.date(2026, 5, 1)
    qtbot.keyClick(view.grafiek, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.maand == dt.date(2026, 5, 1) and view.drill_model.rowCount() == 1)
    qtbot.waitUntil(lambda: "(mei 2026): 1 geval." in view.lijst_label.text())
    assert _kolom(view, "Naam") == ["Fatima El Amrani"]
    assert view.hele_periode_knop.isVisibleTo(view)
    view.hele_periode_knop.click()
    qtbot.waitUntil(lambda: view.maand is None and view.drill_model.rowCount() == 2)
    # Esc: back to the tiles, on the tile that was opened
    qtbot.keyClick(view.tabel, Qt.Key.Key_Escape)
    assert view.stapel.currentIndex() == 0
    assert view.tegels["geen_hoge_terugvordering"].hasFocus()


def test_klantbeeld_openen_vanuit_de_lijst(qtbot, view: DashboardView, scenario: Scenario) -> None:
    _open(qtbot, view, KpiSleutel.INTAKES_OP_TIJD)
    assert _kolom(view, "Begeleider") == ["Bram de Boer", "Anouk Jansen"]
    assert _kolom(view, "Werkdagen te laat") == ["2", "14"]
    assert _kolom(view, "Eerste contact") == ["11-03-2026", "–"]
    view.tabel.setFocus()
    view.tabel.setCurrentIndex(view.drill_proxy.index(1, 0))
    with qtbot.waitSignal(view.klantbeeld_gevraagd) as signaal:
        qtbot.keyClick(view.tabel, Qt.Key.Key_Return)
    assert signaal.args == [scenario.burgers[2], "Esra Yıldız"]
    with qtbot.waitSignal(view.klantbeeld_gevraagd) as signaal:
        view.klantbeeld_knop.click()
    assert signaal.args[0] == scenario.burgers[2]


def _lees_csv(pad: Path) -> list[list[str]]:
    ruw = pad.read_bytes()
    assert ruw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, as Dutch spreadsheet programs expect
    return list(csv.reader(ruw.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_cijfers_exporteren(qtbot, view: DashboardView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doel = tmp_path / "cijfers.csv"
    gevraagd: list[str] = []
    monkeypatch.setattr(dashboard_view, "vraag_exportpad", lambda _p, voorstel: gevraagd.append(voorstel) or doel)
    view.export_knop.click()
    assert gevraagd == ["dashboard-2026-11-27.csv"]
    rijen = _lees_csv(doel)
    assert rijen[0] == ["KPI", "Periode", "Waarde", "Teller", "Noemer", "Norm", "Norm gehaald", "Toelichting"]
    titel = "Definitieve berekeningen zonder hoge terugvordering"
    totaal = next(r for r in rijen if r[0] == titel and r[1] == "01-12-2025 t/m 27-11-2026")
    assert totaal[2:7] == ["60,0%", "3", "5", "≥ 94%", "nee"]
    mei = next(r for r in rijen if r[0] == titel and r[1] == "mei 2026")
    assert mei[2:7] == ["50,0%", "1", "2", "≥ 94%", "nee"]
    juli = next(r for r in rijen if r[0] == titel and r[1] == "juli 2026")
    assert juli[2:7] == ["100,0%", "1", "1", "≥ 94%", "ja"]
    december = next(r for r in rijen if r[0] == titel and r[1] == "december 2025")
    assert december[2] == "–" and december[6] == ""  # nothing decided: no figure, no verdict
    caseload = [r for r in rijen if r[0] == "Open trajecten (caseload)"]
    assert len(caseload) == 13 and caseload[0][2] == "4" and caseload[0][5] == "geen norm"
    klachten = next(r for r in rijen if r[0].startswith("Klachten"))
    assert klachten[2] == "niet te berekenen uit de opslag" and "klachtenregistratie" in klachten[7]
    assert len(rijen) == 1 + 7 * 13 + len(view.cijfers.niet_berekenbaar)  # type: ignore[union-attr]
    assert str(doel) in view.melding.tekst


def test_drilllijst_exporteren_zoals_getoond(qtbot, view: DashboardView, tmp_path: Path, scenario: Scenario) -> None:
    _open(qtbot, view, KpiSleutel.BEZWAREN_OP_TIJD)
    qtbot.keyClicks(view.filter_edit, "wal")
    assert view.drill_proxy.rowCount() == 1
    doel = view.exporteer_lijst(tmp_path / "bezwaren.csv")
    assert doel == tmp_path / "bezwaren.csv"
    rijen = _lees_csv(doel)
    assert rijen[0] == [
        "Naam",
        "BSN",
        "Onderwerp",
        "Ontvangen",
        "Beslissen uiterlijk",
        "Beslist op",
        "Dagen te laat",
        "Stand",
    ]
    assert rijen[1:] == [
        [
            "Joost van der Wal",
            "*****" + scenario.bsns[1][-4:],
            "Bezwaar tegen: Definitieve berekening kinderopvangtoeslag 2025",
            "01-03-2026",
            "26-04-2026",
            "04-05-2026",
            "8",
            "te laat beslist (gegrond)",
        ]
    ]


def test_schrijffout_geeft_een_nederlandse_melding(view: DashboardView, tmp_path: Path) -> None:
    assert view.exporteer_cijfers(tmp_path / "bestaat-niet" / "x.csv") is None
    assert view.melding.isVisible() and "kon niet worden opgeslagen" in view.melding.tekst


def test_de_opslag_weigert_andere_rollen(
    qtbot, diensten: Diensten, scenario: Scenario, runner: TaskRunner, kleuren: Kleuren
) -> None:
    v = DashboardView(diensten.kpi, scenario.anouk, runner, kleuren, vandaag=lambda: PEILDATUM)
    qtbot.addWidget(v)
    v.show()
    assert not v.mag_lezen
    v.mag_lezen = True  # as if the view were shown anyway: the store refuses
    v.vernieuw()
    qtbot.waitUntil(lambda: not v.taken.bezig)
    assert v.melding.isVisible() and "dashboard" in v.melding.tekst and v.cijfers is None


@pytest.mark.parametrize(("rol", "ziet"), [("supervisor", True), ("kwaliteit", True), ("begeleider", False)])
def test_dashboard_in_de_rail(maak_venster, scenario: Scenario, rol: str, ziet: bool) -> None:
    actor = {"supervisor": scenario.supervisor, "kwaliteit": scenario.kwaliteit, "begeleider": scenario.anouk}[rol]
    venster = maak_venster(actor)
    assert ("dashboard" in venster.views) is ziet
    assert (venster.dashboard is not None) is ziet


def test_hoofdvenster_opent_het_klantbeeld(qtbot, maak_venster, scenario: Scenario, monkeypatch) -> None:
    venster = maak_venster(scenario.supervisor)
    geopend: list[tuple[int, str]] = []
    monkeypatch.setattr(venster.klantbeeld, "open_burger", lambda bid, naam: geopend.append((bid, naam)))
    venster.ga_naar("dashboard")
    assert venster.huidige_view == "dashboard"
    qtbot.waitUntil(lambda: venster.dashboard.cijfers is not None and not venster.dashboard.taken.bezig)
    # the window's focus widget, not hasFocus(): another test's window may be the active one just now
    qtbot.waitUntil(lambda: venster.focusWidget() is venster.dashboard.tegels["geen_hoge_terugvordering"])
    venster.dashboard.klantbeeld_gevraagd.emit(scenario.burgers[0], "Fatima El Amrani")
    assert geopend == [(scenario.burgers[0], "Fatima El Amrani")]
    assert venster.huidige_view == "klantbeeld"
    qtbot.waitUntil(lambda: not venster.taken.bezig)


def test_andere_peildatum_rekent_opnieuw(qtbot, view: DashboardView) -> None:
    view.zet_peildatum(dt.date(2026, 6, 30))  # period 01-07-2025 .. 30-06-2026: c5's recovery of 30-11-2025 counts
    qtbot.waitUntil(lambda: view.cijfers is not None and view.cijfers.peildatum == dt.date(2026, 6, 30), timeout=5000)
    qtbot.waitUntil(lambda: not view.taken.bezig)
    tegel = view.tegels["geen_hoge_terugvordering"]
    assert (tegel.waarde.text(), tegel.teller.text()) == ("40,0%", "2 van 5")
    assert "01-07-2025 tot en met 30-06-2026" in view.periode_label.text()


def test_maand_kiezen_met_de_muis(qtbot, view: DashboardView) -> None:
    _open(qtbot, view, KpiSleutel.CASELOAD)
    assert view.drill_model.rowCount() == 4
    qtbot.waitUntil(lambda: len(view.grafiek._staven) == 12)
    rect = next(r for r, i in view.grafiek._staven if i == 0)
    qtbot.mouseClick(view.grafiek, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    qtbot.waitUntil(lambda: view.maand == dt.date(2025, 12, 1) and not view.taken.bezig)
    qtbot.waitUntil(lambda: view.drill_model.rowCount() == 1)
    assert _kolom(view, "Naam") == ["Noor Visser"]
    assert "31-12-2025" in view.lijst_label.text()
