"""End to end on the PostgreSQL store: search by BSN → klantbeeld (access logged) → register a contact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.store.opslag import Opslag
from models.store.tables import Contactmoment, Inzage
from tests.ui.huishoudens import BSN, bouw_huishouden
from tests.ui.hulp import toon_actief

pytestmark = [pytest.mark.gui, pytest.mark.pg]

CTRL = Qt.KeyboardModifier.ControlModifier


def test_zoeken_klantbeeld_en_contact_op_postgresql(qtbot, pg_opslag: Opslag, runner, kleuren, tmp_path) -> None:
    huishouden = bouw_huishouden(pg_opslag)
    diensten = maak_diensten(pg_opslag, "Teamserver (test)")
    settings = AppSettings(QSettings(str(tmp_path / "pg.ini"), QSettings.Format.IniFormat))
    venster = HoofdVenster(diensten, huishouden.begeleider, runner, kleuren, settings)
    qtbot.addWidget(venster)
    toon_actief(qtbot, venster)
    qtbot.waitUntil(lambda: not venster.taken.bezig)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(venster.snelzoeken, BSN)
    qtbot.keyClick(venster.snelzoeken, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None and not venster.klantbeeld.taken.bezig)
    assert venster.klantbeeld.kop.naam_label.text() == "Fatima El Amrani"
    assert venster.status_tekst(venster.opslag_label) == "Teamserver (test)"

    venster.klantbeeld.focus_inhoud()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is not None)
    dialoog = venster.klantbeeld.contact_dialoog
    toon_actief(qtbot, dialoog)
    dialoog.onderwerp_edit.setFocus()
    qtbot.keyClicks(dialoog.onderwerp_edit, "Vraag via de teamserver")
    qtbot.keyClick(dialoog.onderwerp_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialoog.samenvatting_edit, "Uitleg over de definitieve berekening gegeven.")
    with qtbot.waitSignal(dialoog.opgeslagen, timeout=10_000):
        qtbot.keyClick(dialoog.samenvatting_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: venster.klantbeeld.contact_dialoog is None and not venster.klantbeeld.taken.bezig)
    assert venster.klantbeeld.tijdlijn.tabel.huidige_rij().titel == "Telefoon (inkomend) — Vraag via de teamserver"

    with pg_opslag.lezen() as s:
        inzages = s.execute(select(Inzage.__table__.c.reden, Inzage.__table__.c.context)).all()  # type: ignore[attr-defined]
        onderwerpen = s.execute(select(Contactmoment.__table__.c.onderwerp)).scalars().all()  # type: ignore[attr-defined]
    assert [tuple(r) for r in inzages] == [("eigen_caseload", "klantbeeld"), ("eigen_caseload", "vernieuwen")]
    assert "Vraag via de teamserver" in onderwerpen
