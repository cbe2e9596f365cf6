"""The main window: the rail per role, the status bar, Ctrl+K with recent households, settings and geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import InzageReden
from models.store.fouten import VerbindingFout
from tests.ui.huishoudens import BSN, Huishouden
from tests.ui.hulp import toon_actief
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze

pytestmark = pytest.mark.gui

ALT = Qt.KeyboardModifier.AltModifier


@pytest.mark.parametrize("wie", ["supervisor", "kwaliteit"])  # balie and begeleider start elsewhere (below)
def test_rail_toont_alleen_bestaande_views_en_alt_cijfer_navigeert(
    qtbot, maak_venster, huishouden: Huishouden, wie: str
) -> None:
    venster = maak_venster(getattr(huishouden, wie))
    assert venster.rail.sleutels[:2] == ["zoeken", "klantbeeld"]
    assert ("inzagelog" in venster.rail.sleutels) == (wie in ("supervisor", "kwaliteit"))  # AUDIT_LEZEN only
    assert venster.rail.knop("zoeken").isChecked()
    assert venster.zoeken.bsn_edit.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, ALT)
    assert venster.huidige_view == "klantbeeld"
    assert venster.klantbeeld.stapel.currentWidget() is venster.klantbeeld.leeg_pagina  # says what to do
    qtbot.keyClick(QApplication.focusWidget() or venster, Qt.Key.Key_1, ALT)
    assert venster.huidige_view == "zoeken"
    assert venster.rail.knop("klantbeeld").toolTip() == "Klantbeeld (Alt+2)"


def test_statusbalk_toont_opslag_gebruiker_rol_taken_en_verbinding(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.begeleider)
    tekst = venster.status_tekst
    assert tekst(venster.opslag_label) == "Lokale opslag (test)"
    assert tekst(venster.gebruiker_label) == "J. de Vries"
    assert tekst(venster.rol_label) == "Rol: persoonlijk begeleider"
    assert tekst(venster.taken_label) == "1 taak voor vandaag"
    assert tekst(venster.verbinding_label) == "verbonden"
    assert venster.verbinding_label.accessibleName() == "Verbinding: verbonden"
    venster._runner.submit(lambda: (_ for _ in ()).throw(VerbindingFout("weg")), lambda _r: None, lambda _f: None)
    qtbot.waitUntil(lambda: tekst(venster.verbinding_label) == "geen verbinding met de opslag")


def test_ctrl_k_toont_recent_geopende_huishoudens_eerst(
    qtbot, maak_venster, huishouden: Huishouden, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: InzageKeuze(InzageReden.TELEFOONGESPREK)))
    venster = maak_venster(huishouden.collega)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None)
    qtbot.keyClick(QApplication.focusWidget() or venster, Qt.Key.Key_1, ALT)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    popup = venster.snelzoeken.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Fatima El Amrani   *****6782"
    gekozen: list[object] = []
    venster.snelzoeken.recent_gekozen.connect(gekozen.append)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(gekozen))
    assert gekozen[0].burger_id == huishouden.burger_id
    qtbot.waitUntil(lambda: venster.huidige_view == "klantbeeld" and not venster.klantbeeld.taken.bezig)
    assert venster.snelzoeken.text() == ""


def test_snelzoeken_op_naam_en_datum_gaat_naar_zoeken(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.begeleider)
    venster.snelzoeken.setFocus()
    qtbot.keyClicks(venster.snelzoeken, "el amrani 12-03-1984")
    qtbot.keyClick(venster.snelzoeken, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: venster.zoeken.model.rowCount() == 1)
    assert venster.huidige_view == "zoeken"
    assert venster.zoeken.achternaam_edit.text() == "el amrani"


def test_instellingen_en_venstergeometrie_blijven_bewaard(
    qtbot, diensten, runner, kleuren, huishouden: Huishouden, tmp_path: Path
) -> None:
    ini = str(tmp_path / "rondje.ini")
    settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    settings.laatste_gebruiker = "jdevries"
    settings.taal = "en"
    venster = HoofdVenster(diensten, huishouden.begeleider, runner, kleuren, settings)
    qtbot.addWidget(venster)
    venster.resize(1234, 777)
    toon_actief(qtbot, venster)
    qtbot.waitUntil(lambda: not venster.taken.bezig)
    venster.close()
    opnieuw = AppSettings(QSettings(ini, QSettings.Format.IniFormat))  # as on the next start: read from disk
    assert opnieuw.laatste_gebruiker == "jdevries"
    assert opnieuw.taal == "en"
    assert not opnieuw.qsettings.value("vensters/hoofdvenster/geometrie", QByteArray(), type=QByteArray).isEmpty()
    tweede = HoofdVenster(diensten, huishouden.begeleider, runner, kleuren, opnieuw)
    qtbot.addWidget(tweede)
    assert tweede.size() != QSize(1440, 900)  # restored, not the first-start default
    # the offscreen screen is smaller than the main window's minimum size; check the round trip exactly on a
    # window that fits it
    klein = QMainWindow()
    klein.setObjectName("proef")
    qtbot.addWidget(klein)
    klein.resize(640, 420)
    klein.show()
    opnieuw.bewaar_venster(klein)
    opnieuw.sync()
    terug = QMainWindow()
    terug.setObjectName("proef")
    qtbot.addWidget(terug)
    assert AppSettings(QSettings(ini, QSettings.Format.IniFormat)).herstel_venster(terug)
    assert terug.size() == QSize(640, 420)
    assert BSN not in Path(ini).read_text(encoding="utf-8")  # no personal data in the settings file


def test_onbekende_taal_valt_terug_op_nederlands(ini_settings: AppSettings) -> None:
    ini_settings.qsettings.setValue("weergave/taal", "fr")
    assert ini_settings.taal == "nl"
    assert ini_settings.laatste_gebruiker == ""


def test_begeleider_begint_op_de_caseload(maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.begeleider)
    assert venster.rail.sleutels[:3] == ["zoeken", "klantbeeld", "caseload"]
    assert venster.huidige_view == "caseload"
    assert venster.rail.knop("caseload").isChecked()
    assert "inzagelog" not in venster.rail.sleutels


def test_tiende_view_krijgt_alt_0(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.supervisor)
    assert len(venster.rail.sleutels) == 10
    tiende = venster.rail.sleutels[9]
    assert venster.rail.knop(tiende).toolTip().endswith("(Alt+0)")
    qtbot.keyClick(QApplication.focusWidget() or venster, Qt.Key.Key_0, ALT)
    assert venster.huidige_view == tiende
