"""Issue #4 "Done when", through the UI: a begeleider opens a household with three claims, merges them into a
persoonlijke betalingsregeling on its payment capacity over 36 months with a two-month pause (motivation), cannot
approve it herself, a supervisor approves it in Beoordelen, the letter is made and opened, two payments and a
missed instalment (a free reminder first) are recorded, and a claim that arrives later is added (four eyes again).
Every step goes through the widgets with the real store; the store is checked afterwards."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.app import maak_diensten
from models.domain import DocumentSoort
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from tests.letters.pdfhulp import tekst
from tests.regelingen import hulp
from tests.ui.test_regelingen_hulp import CAPACITEIT_INVOER, D, bouw, dialoog_actief, rustig, venster
from ui import openen
from ui.dialogs.regeling_acties import BetalingDialoog, GemistDialoog, ToevoegenDialoog
from ui.palet import Kleuren
from ui.tasks import TaskRunner


def _rail(v, sleutel: str):
    return Qt.Key(Qt.Key.Key_1.value + v.rail.sleutels.index(sleutel))


def test_samenvoegen_vier_ogen_brief_betalen_herinneren_en_toevoegen(
    qtbot,
    sqlite_opslag: Opslag,
    runner: TaskRunner,
    kleuren: Kleuren,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    diensten = maak_diensten(sqlite_opslag, "Lokale opslag (test)")
    o = bouw(sqlite_opslag, diensten, runner, kleuren, tmp_path)
    ht, zt, kot = o.vorderingen
    geopend: list[Path] = []
    monkeypatch.setattr(openen, "open_bestand", lambda pad: geopend.append(pad) or True)

    # --- the begeleider opens the household (her caseload: no reason asked) and chooses "Regeling maken…" -----
    v = venster(qtbot, o, o.begeleider)
    assert "beoordelen" not in v.rail.sleutels  # four eyes: a begeleider has no Beoordelen
    v.open_klantbeeld(o.burger, "Samira Bakker")
    qtbot.waitUntil(lambda: v.klantbeeld.klantbeeld is not None)
    rustig(qtbot, runner)
    assert v.klantbeeld.regeling_knop.isVisible() and v.klantbeeld.regeling_knop.text() == "Re&geling maken…"
    qtbot.mouseClick(v.klantbeeld.regeling_knop, Qt.MouseButton.LeftButton)
    assert v.huidige_view == "regelingen"
    rv = v.regelingen
    assert rv is not None
    ed = rv.editor
    rustig(qtbot, runner, ed)
    assert rv.tabs.currentIndex() == 0 and "Samira Bakker" in rv.titel_label.text()
    assert ed.vordering_model.gekozen_ids() == (ht, zt, kot)  # every open claim, merged
    assert "3 van 3 vorderingen gekozen: € 3.222,00 open" in ed.keuze_label.text()

    # --- persoonlijk on the payment capacity, 36 months, a pause of two months ---------------------------------
    qtbot.mouseClick(ed.persoonlijk_radio, Qt.MouseButton.LeftButton)
    assert ed.persoonlijk_radio.isChecked() and ed.capaciteit_groep.isVisible()
    ed.capaciteit.leefsituatie_combo.setCurrentIndex(1)  # alleenstaande ouder
    for naam, waarde in CAPACITEIT_INVOER.items():
        qtbot.keyClicks(ed.capaciteit.velden[naam], waarde)
    ed.looptijd_spin.selectAll()
    qtbot.keyClicks(ed.looptijd_spin, "36")
    assert ed.looptijd_spin.value() == 36
    qtbot.mouseClick(ed.pauze_check, Qt.MouseButton.LeftButton)
    ed.pauze_vanaf_edit.setDate(QDate(2026, 5, 1))
    rustig(qtbot, runner, ed)
    assert ed.gekozen_optie() == "langer"
    rijen = ed.schema_model.rijen()
    assert sum(1 for r in rijen if r.pauze) == 2 and sum(1 for r in rijen if not r.pauze) == 36
    assert [r.vervaldatum for r in rijen if r.pauze] == [dt.date(2026, 5, 1), dt.date(2026, 6, 1)]
    kaart = ed.vergelijking.kaarten["langer"]
    assert "Vier ogen" in kaart.tekst and "pauze" in kaart.tekst and "Onbevestigd" in kaart.tekst
    assert "195,10" in kaart.tekst  # the capacity
    assert "Buiten het beleid" in ed.beleid_label.text() and "supervisor" in ed.beleid_label.text()
    assert len(ed.grafiek.punten) == 39  # the start and every month (paused ones too)

    # --- propose with a motivation (Ctrl+S) ---------------------------------------------------------------
    qtbot.keyClicks(ed.motivatie_edit, "Alleenstaande ouder; 24 maanden is niet haalbaar. Pauze: verhuizing.")
    qtbot.keyClick(ed.motivatie_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(hulp.beoordelingen(sqlite_opslag)) == 1)
    rustig(qtbot, runner, ed)
    assert "wacht op beoordeling door een supervisor" in rv.melding.tekst
    assert rv.tabs.currentIndex() == 1  # the running arrangements, with the new one chosen
    regeling = rv.lopend.gekozen
    assert regeling is not None and regeling.status == "ter_beoordeling"
    assert "Wacht op beoordeling" in rv.lopend.beoordeling_label.text()
    beoordeling = hulp.beoordelingen(sqlite_opslag)[0]
    assert beoordeling.soort == "pauze" and beoordeling.voorgesteld_door == o.begeleider.id
    with pytest.raises(GeenToegang):  # and the store refuses her anyway
        diensten.beoordelingen.keur_goed(o.begeleider, beoordeling.id, 1, "zelf akkoord", vandaag=o.vandaag())

    # --- a supervisor approves in Beoordelen (Alt+n), with the situation and the calculation beside it ------------
    o.klok[0] = dt.date(2026, 1, 14)
    sv = venster(qtbot, o, o.supervisor)
    qtbot.keyClick(sv, _rail(sv, "beoordelen"), Qt.KeyboardModifier.AltModifier)
    bv = sv.beoordelen
    assert bv is not None and sv.huidige_view == "beoordelen"
    rustig(qtbot, runner)
    assert bv.model.rowCount() == 1 and bv.gekozen is not None and not bv.gekozen.eigen
    assert "Alleenstaande ouder; 24 maanden" in bv.voorstel_tekst.toPlainText()
    assert "Samira Bakker" in bv.situatie_tekst.toPlainText() and "Huurtoeslag 2024" in bv.situatie_tekst.toPlainText()
    berekening = bv.berekening_tekst.toPlainText()
    assert "195,10" in berekening and "Beschermd minimum" in berekening and "Onbevestigde parameters" in berekening
    qtbot.mouseClick(bv.goedkeuren_knop, Qt.MouseButton.LeftButton)  # without a motivation: refused at the field
    assert bv.motivatie_melding.tekst
    qtbot.keyClicks(bv.motivatie_edit, "Akkoord: de capaciteit is goed berekend en het minimum blijft.")
    qtbot.mouseClick(bv.goedkeuren_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hulp.beoordelingen(sqlite_opslag)[0].status == "goedgekeurd")
    rustig(qtbot, runner)
    assert "goedgekeurd" in bv.melding.tekst and bv.leeg_label.isVisible()
    assert {r.status for r in hulp.vorderingen(sqlite_opslag, ht, zt, kot)} == {"in_regeling"}

    # --- the proposer sees the outcome in her task list (status bar) ----------------------------------------------
    taak = next(t for t in diensten.contacten.mijn_taken(o.begeleider) if t.soort == "beoordeling")
    assert "goedgekeurd" in taak.omschrijving and taak.burger_naam == "Samira Bakker"
    o.klok[0] = taak.vervaldatum
    v.vernieuw_taken()
    rustig(qtbot, runner)
    assert "1 taak voor vandaag" in v.status_tekst(v.taken_label)
    o.klok[0] = dt.date(2026, 1, 14)

    # --- the letter (Ctrl+P): stored with the klantbeeld and opened -------------------------------------------------
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    rv.vernieuw()
    rustig(qtbot, runner)
    assert rv.lopend.gekozen is not None and rv.lopend.gekozen.status == "actief"
    rv.lopend.regeling_tabel.setFocus()
    qtbot.keyClick(rv.lopend.regeling_tabel, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(geopend))
    rustig(qtbot, runner)
    pdf = geopend[0].read_bytes()
    assert pdf.startswith(b"%PDF")
    inhoud = tekst(pdf)
    assert "Samira Bakker" in inhoud and "gratis herinnering" in inhoud
    assert "Brief gemaakt en geopend" in rv.lopend.melding.tekst
    kb = v.klantbeeld.klantbeeld  # refreshed after the change: the letter is on the klantbeeld
    assert kb is not None and any(d.soort == DocumentSoort.REGELING.value for d in kb.documenten)

    # --- two payments -------------------------------------------------------------------------------------------
    for dag in (dt.date(2026, 2, 2), dt.date(2026, 3, 2)):
        o.klok[0] = dag
        rv.vernieuw()
        rustig(qtbot, runner)
        qtbot.mouseClick(rv.lopend.betaling_knop, Qt.MouseButton.LeftButton)
        dialoog = rv.lopend.dialoog
        assert isinstance(dialoog, BetalingDialoog)
        assert dialoog.bedrag_edit.text()  # the instalment due, filled in
        dialoog_actief(qtbot, dialoog)
        qtbot.keyClick(dialoog.bedrag_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: rv.lopend.dialoog is None)
        rustig(qtbot, runner)
        assert "Betaling van" in rv.lopend.melding.tekst
    regeling_id = rv.lopend.gekozen.id
    termijnen = hulp.termijnen(sqlite_opslag, regeling_id)
    assert [t.status for t in termijnen[:3]] == ["betaald", "betaald", "open"]
    assert len(hulp.aflossingen(sqlite_opslag, regeling_id)) >= 2

    # --- a missed instalment: a free reminder with a new date first -------------------------------------------
    o.klok[0] = dt.date(2026, 4, 8)
    rv.vernieuw()
    rustig(qtbot, runner)
    assert rv.lopend.gekozen_termijn().volgnummer == 3  # the next one to pay is chosen
    assert rv.lopend.gemist_knop.isEnabled()
    qtbot.mouseClick(rv.lopend.gemist_knop, Qt.MouseButton.LeftButton)
    dialoog = rv.lopend.dialoog
    assert isinstance(dialoog, GemistDialoog) and dialoog.is_herinnering
    assert "gratis herinnering" in dialoog.uitleg.text() and "22-04-2026" in dialoog.uitleg.text()
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rv.lopend.dialoog is None)
    rustig(qtbot, runner)
    derde = hulp.termijnen(sqlite_opslag, regeling_id)[2]
    assert derde.status == "herinnerd" and derde.nieuwe_vervaldatum == dt.date(2026, 4, 22)
    assert "nieuwe betaaldatum is 22-04-2026" in rv.lopend.melding.tekst
    assert rv.lopend.gekozen.status == "actief"
    assert not rv.lopend.gemist_knop.isEnabled()  # the lenience: not missed before the new date has passed
    assert "22-04-2026" in rv.lopend.gemist_knop.toolTip()
    assert "nieuwe datum 22-04-2026" in rv.lopend.termijn_model.data(
        rv.lopend.termijn_model.index(2, 4), Qt.ItemDataRole.DisplayRole
    )

    # --- a claim that arrives later is added (longer than 24 months: four eyes again) --------------------------
    kgb = hulp.vordering(
        sqlite_opslag, o.burger, "kindgebonden_budget", 2025, D("640.00"), vervaldatum=dt.date(2026, 7, 20)
    )
    o.klok[0] = dt.date(2026, 4, 10)
    v.activateWindow()
    qtbot.waitUntil(v.isActiveWindow)
    rv.lopend.regeling_tabel.setFocus()
    qtbot.keyClick(rv.lopend.regeling_tabel, Qt.Key.Key_F5)
    rustig(qtbot, runner)
    assert rv.lopend.toevoegen_knop.isEnabled()
    qtbot.mouseClick(rv.lopend.toevoegen_knop, Qt.MouseButton.LeftButton)
    dialoog = rv.lopend.dialoog
    assert isinstance(dialoog, ToevoegenDialoog) and dialoog.model.gekozen_ids() == (kgb,)
    qtbot.keyClicks(dialoog.motivatie_edit, "Nieuwe terugvordering KGB 2025; zelfde bedrag per maand, langer.")
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rv.lopend.dialoog is None)
    rustig(qtbot, runner)
    assert "wacht op beoordeling" in rv.lopend.melding.tekst
    sv.activateWindow()
    qtbot.waitUntil(sv.isActiveWindow)
    bv.vernieuw()
    rustig(qtbot, runner)
    assert bv.gekozen is not None and bv.gekozen.wijziging == "toevoeging"
    qtbot.keyClicks(bv.motivatie_edit, "Akkoord, capaciteit ongewijzigd.")
    qtbot.mouseClick(bv.goedkeuren_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hulp.vorderingen(sqlite_opslag, kgb)[0].status == "in_regeling")
    rustig(qtbot, runner)

    # --- the store afterwards: statuses, and every step audited --------------------------------------------------
    termijnen = hulp.termijnen(sqlite_opslag, regeling_id)
    assert [t.status for t in termijnen[:2]] == ["betaald", "betaald"]
    assert {r.status for r in hulp.vorderingen(sqlite_opslag, ht, zt, kot, kgb)} == {"in_regeling"}
    acties = hulp.audit_acties(sqlite_opslag)
    for verwacht in (
        "regeling voorgesteld: regeling ter beoordeling",
        "voorstel ter beoordeling ingediend",
        "voorstel goedgekeurd",
        "regeling goedgekeurd",
        "vordering in regeling",
        "taak aangemaakt",
        "document bewaard",
        "betaling geregistreerd",
        "termijn betaald",
        "herinnering verstuurd",
        "vordering toegevoegd aan regeling",
    ):
        assert verwacht in acties, verwacht
    assert hulp.verifieer_audit(sqlite_opslag).in_orde
