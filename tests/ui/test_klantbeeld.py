"""The klantbeeld through the main window, driven with the keyboard, on the real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import select

from models.domain import InzageReden
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from models.store.tables import Inzage
from tests import fabriek
from tests.ui.huishoudens import BSN, Huishouden
from tests.ui.hulp import toon_actief
from ui import openen
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze
from ui.palet import Kleuren
from ui.tasks import TaskRunner
from ui.views.klantbeeld.view import DOCUMENTEN, HUISHOUDEN, TIJDLIJN, TOESLAGEN, KlantbeeldView

pytestmark = pytest.mark.gui


def _inzages(opslag: Opslag) -> list:
    with opslag.lezen() as s:
        return list(s.execute(select(Inzage.__table__).order_by(Inzage.id)).all())  # type: ignore[attr-defined]


def _open_met_bsn(qtbot, venster, bsn: str = BSN) -> None:
    """Ctrl+K, type the BSN, Enter: the household opens (one hit)."""
    qtbot.keyClick(venster.focusWidget() or venster, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert venster.snelzoeken.hasFocus()
    qtbot.keyClicks(venster.snelzoeken, bsn)
    qtbot.keyClick(venster.snelzoeken, Qt.Key.Key_Return)


def _wacht_op_klantbeeld(qtbot, venster) -> None:
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld is not None and not venster.klantbeeld.taken.bezig)


def test_eigen_caseload_opent_zonder_vraag_en_logt_dat(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: pytest.fail("geen vraag bij eigen caseload")))
    venster = maak_venster(huishouden.begeleider)
    _open_met_bsn(qtbot, venster)
    _wacht_op_klantbeeld(qtbot, venster)
    kb = venster.klantbeeld
    assert venster.huidige_view == "klantbeeld"
    assert kb.kop.naam_label.text() == "Fatima El Amrani"
    assert kb.kop.bsn_label.text() == "*****6782"
    assert "partner Youssef El Amrani (sinds 03-2019)" in kb.kop.huishouden_label.text()
    assert "2 kinderen (14, 9)" in kb.kop.huishouden_label.text()
    assert "begeleider: J. de Vries" in kb.kop.huishouden_label.text()
    punten = kb.brandpunten.teksten()
    assert "Dreigende hoge terugvordering (± € 1.140)" in punten
    assert "3 open vorderingen, € 3.412,18 · 1 in aanmaning" in punten
    assert "1 taak voor vandaag" in punten
    assert any(p.startswith("laatste contact ") for p in punten)
    assert venster.windowTitle() == "Fatima El Amrani – Werkplek Toeslagen"
    [inzage] = _inzages(sqlite_opslag)
    assert (inzage.reden, inzage.medewerker_id, inzage.context) == (
        "eigen_caseload",
        huishouden.begeleider.id,
        "klantbeeld",
    )


def test_reden_van_inzage_met_het_toetsenbord_en_in_het_log(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag
) -> None:
    venster = maak_venster(huishouden.collega)
    gevraagd: list[str] = []

    def beantwoord() -> None:
        dialoog = QApplication.activeModalWidget()
        if not isinstance(dialoog, InzageDialoog):
            return
        if not dialoog.isActiveWindow():
            dialoog.activateWindow()
            return
        timer.stop()
        try:
            gevraagd.append(dialoog.windowTitle())
            gevraagd.append("focus op reden" if dialoog.reden_combo.hasFocus() else "focus elders")
            qtbot.keyClick(dialoog.reden_combo, Qt.Key.Key_Down)  # Behandeling van een verzoek of bezwaar
            qtbot.keyClick(dialoog.reden_combo, Qt.Key.Key_Tab)
            qtbot.keyClicks(dialoog.toelichting_edit, "bezwaar tegen terugvordering HT 2024")
            qtbot.keyClick(dialoog.toelichting_edit, Qt.Key.Key_Return)
        finally:
            if dialoog.isVisible():  # never leave a modal dialog open: the test would hang
                dialoog.reject()

    timer = QTimer()
    timer.timeout.connect(beantwoord)
    timer.start(30)
    _open_met_bsn(qtbot, venster)
    _wacht_op_klantbeeld(qtbot, venster)
    assert gevraagd == ["Reden van inzage", "focus op reden"]
    [inzage] = _inzages(sqlite_opslag)
    assert (inzage.medewerker_id, inzage.burger_id, inzage.reden, inzage.toelichting) == (
        huishouden.collega.id,
        huishouden.burger_id,
        "behandeling",
        "bezwaar tegen terugvordering HT 2024",
    )


def test_geen_reden_gekozen_opent_niets(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: None))
    venster = maak_venster(huishouden.collega)
    begin = venster.huidige_view  # a begeleider starts on the caseload
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    qtbot.waitUntil(lambda: venster.huidige_view == begin)
    assert venster.klantbeeld.klantbeeld is None
    assert _inzages(sqlite_opslag) == []


def test_reden_anders_vraagt_een_toelichting(qtbot, kleuren, huishouden: Huishouden) -> None:
    dialoog = InzageDialoog(None, "Fatima El Amrani", huishouden.collega.rol, kleuren)
    qtbot.addWidget(dialoog)
    dialoog.reden_combo.setCurrentIndex(dialoog.reden_combo.findData(InzageReden.OVERIG))
    dialoog.accept()
    assert dialoog.isVisible() is False and dialoog.result() == 0
    assert "bij de reden 'Anders' is die verplicht" in dialoog.toelichting_melding.tekst
    dialoog.toelichting_edit.setText("steekproef dossieronderzoek")
    dialoog.accept()
    assert dialoog.keuze() == InzageKeuze(InzageReden.OVERIG, "steekproef dossieronderzoek")


def test_balie_krijgt_het_beperkte_klantbeeld(
    qtbot,
    diensten: Diensten,
    runner: TaskRunner,
    kleuren: Kleuren,
    huishouden: Huishouden,
    sqlite_opslag: Opslag,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: InzageKeuze(InzageReden.BALIEBEZOEK)))
    # the balie's main window shows the Balie screen (tests/ui/test_balie.py); the restricted klantbeeld view
    # itself is checked here on its own
    kb = KlantbeeldView(diensten, huishouden.balie, runner, kleuren)
    qtbot.addWidget(kb)
    kb.resize(1400, 900)
    toon_actief(qtbot, kb)
    kb.open_burger(huishouden.burger_id, "Fatima El Amrani")
    qtbot.waitUntil(lambda: kb.klantbeeld is not None and not kb.taken.bezig)
    assert kb.klantbeeld.beperkt
    assert kb.kaarten["signalen"].inhoud.text().count("Niet beschikbaar voor uw rol.") == 1
    assert "huishouden: niet beschikbaar voor uw rol" in kb.kop.huishouden_label.text()
    assert "partner" not in kb.kop.huishouden_label.text()
    assert not any("laaggeletterdheid" in p or "signalen" in p for p in kb.brandpunten.teksten())
    assert "€ 3.412,18" in kb.kaarten["openstaand"].inhoud.text()  # the total, not per claim
    assert "HT 2025" not in kb.kaarten["openstaand"].inhoud.text()
    kb.tabs.setCurrentIndex(HUISHOUDEN)
    assert kb.huishouden.beperkt_label.isVisible()
    assert not kb.huishouden.partner_tabel.isVisible()
    assert kb.huishouden.kwetsbaarheid.text() == "Niet beschikbaar voor uw rol."
    kb.tabs.setCurrentIndex(TIJDLIJN)
    assert kb.tijdlijn.beperkt_label.isVisible()
    assert kb.contact_knop.isVisible()  # balie may register a contact
    [inzage] = _inzages(sqlite_opslag)
    assert inzage.reden == "baliebezoek"


def test_leeg_huishouden_zegt_wat_er_ontbreekt(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: InzageKeuze(InzageReden.TELEFOONGESPREK)))
    kaal = fabriek.burger(sqlite_opslag, voornamen="Piet", achternaam="Kaal", postcode="1011AA", huisnummer=1)
    venster = maak_venster(huishouden.begeleider)
    venster.open_klantbeeld(kaal, "Piet Kaal")
    _wacht_op_klantbeeld(qtbot, venster)
    kb = venster.klantbeeld
    teksten = {k: kaart.inhoud.text() for k, kaart in kb.kaarten.items()}
    assert "Geen lopende toeslagen in" in teksten["toeslagen"]
    assert "Geen open vorderingen." in teksten["openstaand"]
    assert "Geen actieve betalingsregeling." in teksten["regeling"]
    assert "Geen open signalen." in teksten["signalen"]
    assert "Geen persoonlijke begeleiding en geen open taken." in teksten["begeleiding"]
    assert kb.tijdlijn.leeg_label.isVisible()
    assert "Registreer een contact met Ctrl+N" in kb.tijdlijn.leeg_label.text()
    kb.tabs.setCurrentIndex(TOESLAGEN)
    assert kb.toeslagen.leeg_label.isVisible()
    kb.tabs.setCurrentIndex(DOCUMENTEN)
    assert kb.documenten.leeg_label.isVisible()
    assert "nog geen contact geregistreerd" in kb.brandpunten.teksten()


def test_waarom_dit_bedrag_toont_de_berekening_met_grondslag(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.begeleider)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    _wacht_op_klantbeeld(qtbot, venster)
    kb = venster.klantbeeld
    kb.tabs.setCurrentIndex(TOESLAGEN)
    tab = kb.toeslagen
    rij = next(
        r
        for r in range(tab.proxy.rowCount())
        if tab.proxy.rij(r).jaar == 2024 and tab.proxy.rij(r).regeling.value == "huurtoeslag"
    )
    tab.tabel.setCurrentIndex(tab.proxy.index(rij, 0))
    tab.tabel.setFocus()
    qtbot.keyClick(tab.tabel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kb.berekening_dialoog is not None and kb.berekening_dialoog.isVisible())
    dialoog = kb.berekening_dialoog
    h = dialoog.herberekening
    assert h.voorschot is not None and h.definitief is not None
    assert h.definitief.uitkomst.bedrag_jaar == tab.proxy.rij(rij).definitief_jaar  # same as stored
    assert not dialoog.afwijking.isVisible()
    assert dialoog.tabs.count() == 2 and dialoog.tabs.currentIndex() == 1
    stappen = dialoog.findChildren(QAbstractItemView)
    assert all(t.model().rowCount() > 3 for t in stappen)
    grondslagen = {t.model().index(r, 3).data() for t in stappen for r in range(t.model().rowCount())}
    assert any(g.startswith("Awir art.") for g in grondslagen)
    assert dialoog.waarschuwing.isVisible() == bool(h.onbevestigd)
    for naam in h.onbevestigd:
        assert naam in dialoog.waarschuwing.tekst
    dialoog.close()


def test_pdf_openen_haalt_het_document_op_en_opent_het(
    qtbot, maak_venster, huishouden: Huishouden, monkeypatch: pytest.MonkeyPatch
) -> None:
    geopend: list[Path] = []
    monkeypatch.setattr(openen, "open_bestand", lambda pad: geopend.append(pad) or True)
    venster = maak_venster(huishouden.begeleider)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    _wacht_op_klantbeeld(qtbot, venster)
    kb = venster.klantbeeld
    kb.tabs.setCurrentIndex(DOCUMENTEN)
    kb.documenten.tabel.kies_eerste()
    kb.documenten.tabel.setFocus()
    qtbot.keyClick(kb.documenten.tabel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(geopend))
    assert geopend[0].read_bytes().startswith(b"%PDF")
    assert geopend[0].parent == openen.pdf_map()
    qtbot.waitUntil(lambda: not kb.taken.bezig)
    qtbot.keyClick(kb.documenten.tabel, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # print/PDF
    qtbot.waitUntil(lambda: len(geopend) == 2)


def test_terug_toont_het_vorige_klantbeeld_zonder_nieuwe_inzage_en_f5_vernieuwt(
    qtbot, maak_venster, huishouden: Huishouden, sqlite_opslag: Opslag, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a: InzageKeuze(InzageReden.TELEFOONGESPREK)))
    venster = maak_venster(huishouden.begeleider)
    _open_met_bsn(qtbot, venster)
    _wacht_op_klantbeeld(qtbot, venster)
    venster.open_klantbeeld(huishouden.partner_id, "Youssef El Amrani")
    qtbot.waitUntil(lambda: venster.klantbeeld.klantbeeld.burger.id == huishouden.partner_id)
    assert len(_inzages(sqlite_opslag)) == 2
    assert [r.naam for r in venster.snelzoeken.recent.items()] == ["Youssef El Amrani", "Fatima El Amrani"]
    qtbot.keyClick(venster.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert venster.klantbeeld.klantbeeld.burger.id == huishouden.burger_id
    assert venster.klantbeeld.kop.naam_label.text() == "Fatima El Amrani"
    assert len(_inzages(sqlite_opslag)) == 2  # going back is not a new access
    qtbot.keyClick(venster.focusWidget(), Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(_inzages(sqlite_opslag)) == 3 and not venster.klantbeeld.taken.bezig)
    assert _inzages(sqlite_opslag)[-1].context == "vernieuwen"
    qtbot.keyClick(venster.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert venster.huidige_view == "zoeken"


def test_tijdlijn_filteren_op_soort_en_tekst(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.begeleider)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    _wacht_op_klantbeeld(qtbot, venster)
    tab = venster.klantbeeld.tijdlijn
    totaal = tab.model.rowCount()
    tab.soort_combo.setCurrentIndex(1)  # Contacten
    assert tab.proxy.rowCount() == 2
    assert tab.aantal_label.text() == f"2 van {totaal}"
    tab.filter_edit.setFocus()
    qtbot.keyClicks(tab.filter_edit, "intake")
    assert tab.proxy.rowCount() == 1
    qtbot.keyClicks(tab.filter_edit, "xyz")
    assert tab.leeg_label.isVisible()


def _zonder_naam(wortel: QWidget) -> list[str]:
    buddies = {label.buddy() for label in wortel.findChildren(QLabel) if label.buddy() is not None}
    missen = []
    soorten = (QLineEdit, QComboBox, QPlainTextEdit, QDateEdit, QAbstractItemView, QAbstractButton)
    for w in wortel.findChildren(QWidget):
        if not isinstance(w, soorten) or not w.isVisibleTo(wortel) or w.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if w.objectName().startswith("qt_"):  # Qt's own parts of a composite control (the date edit's text)
            continue
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation():
            missen.append(f"{type(w).__name__} vangt Tab")
        tekst = w.text() if isinstance(w, QAbstractButton) else ""
        if not (w.accessibleName() or tekst.replace("&", "") or w in buddies):
            missen.append(f"{type(w).__name__} {w.objectName()!r} zonder toegankelijke naam")
    return missen


def test_elk_bedieningselement_heeft_een_toegankelijke_naam(qtbot, maak_venster, huishouden: Huishouden) -> None:
    venster = maak_venster(huishouden.begeleider)
    venster.open_klantbeeld(huishouden.burger_id, "Fatima El Amrani")
    _wacht_op_klantbeeld(qtbot, venster)
    for tab in range(venster.klantbeeld.tabs.count()):
        venster.klantbeeld.tabs.setCurrentIndex(tab)
        assert _zonder_naam(venster) == []
    venster.klantbeeld.registreer_contact()
    dialoog = venster.klantbeeld.contact_dialoog
    assert dialoog is not None
    dialoog.vervolg_check.setChecked(True)
    assert _zonder_naam(dialoog) == []
    dialoog.done(0)
