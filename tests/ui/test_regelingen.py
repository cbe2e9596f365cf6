"""The Regelingen view: the schedule follows the typing, wrong amounts stay at their field, balie makes a standard
arrangement only, a stale version shows the conflict side by side without losing input, empty states, the error
banner with retry, the dialogs' confirmations, and the models' contracts. Always the real store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.app import maak_diensten
from models.calc.betalingsregeling import Pauze
from models.domain import RegelingSoort
from models.store.fouten import VerbindingFout
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from tests import fabriek
from tests.regelingen import hulp
from tests.ui.test_regelingen_hulp import CAPACITEIT_INVOER, D, Opzet, bouw, dialoog_actief, rustig, venster
from ui.dialogs.regeling_acties import BetalingDialoog, GemistDialoog, PauzeDialoog, StopDialoog
from ui.palet import Kleuren
from ui.qtmodels.regelingen import (
    BeoordelingModel,
    RegelingDetailModel,
    SchemaModel,
    TermijnBeheerModel,
    VorderingKeuzeModel,
)
from ui.tasks import TaskRunner
from ui.views.regelingen.editor import schema_rijen

pytestmark = pytest.mark.gui


@pytest.fixture
def opzet(sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path) -> Opzet:
    return bouw(sqlite_opslag, maak_diensten(sqlite_opslag, "Lokale opslag (test)"), runner, kleuren, tmp_path)


def _open(qtbot, o: Opzet, actor, *, tab: int | None = None):
    v = venster(qtbot, o, actor)
    assert v.regelingen is not None
    v.regelingen.open_huishouden(o.burger, "Samira Bakker", "123456782", tab=tab)
    v.ga_naar("regelingen")
    rustig(qtbot, o.runner, v.regelingen.editor)
    return v, v.regelingen


def _actief(o: Opzet, soort: RegelingSoort = RegelingSoort.STANDAARD) -> int:
    uitkomst = o.diensten.regelingen.stel_voor(
        o.begeleider,
        RegelingVoorstel(o.burger, o.vorderingen, soort, dt.date(2026, 2, 1)),
        vandaag=o.vandaag(),
    )
    assert uitkomst.regeling is not None and uitkomst.regeling.status == "actief"
    return uitkomst.regeling.id


# --- typing ---------------------------------------------------------------------------------------------------------


def test_het_schema_volgt_het_typen_in_de_capaciteit(qtbot, opzet: Opzet) -> None:
    _v, rv = _open(qtbot, opzet, opzet.begeleider)
    ed = rv.editor
    schema = ed.schema_model.rijen()
    assert len(schema) == 20 and ed.vergelijking.kaarten["standaard"].naam == "standaard"  # the standard at first
    assert "Vul eerst het inkomen" in ed.vergelijking.kaarten["persoonlijk"].tekst
    qtbot.mouseClick(ed.persoonlijk_radio, Qt.MouseButton.LeftButton)
    ed.capaciteit.leefsituatie_combo.setCurrentIndex(1)
    for naam, waarde in CAPACITEIT_INVOER.items():
        qtbot.keyClicks(ed.capaciteit.velden[naam], waarde)
    assert ed.rekent  # debounced: the typing restarted the timer; nothing computed per keystroke
    rustig(qtbot, opzet.runner, ed)
    eerste = ed.vergelijking_op_scherm.optie("persoonlijk").uitkomst
    assert eerste is not None and eerste.betalingscapaciteit.capaciteit == D("195.10")
    assert ed.schema_model.rowCount() == eerste.aantal_termijnen
    assert ed.schema_model.rij(0).bedrag == eerste.termijnbedrag
    # a higher rent: less capacity, a lower instalment, a schedule that follows as they type
    veld = ed.capaciteit.velden["woonlasten"]
    veld.selectAll()
    qtbot.keyClicks(veld, "1.000")
    rustig(qtbot, opzet.runner, ed)
    tweede = ed.vergelijking_op_scherm.optie("persoonlijk").uitkomst
    assert tweede.betalingscapaciteit.capaciteit < eerste.betalingscapaciteit.capaciteit
    assert ed.schema_model.rij(0).bedrag == tweede.termijnbedrag != eerste.termijnbedrag
    assert ed.grafiek.punten[0].saldo == tweede.schuld and ed.grafiek.punten[-1].saldo == tweede.restant
    assert "Resterende schuld van € 3.222,00" in ed.grafiek.accessibleDescription()


def test_een_verouderd_antwoord_wordt_weggegooid(qtbot, opzet: Opzet) -> None:
    _v, rv = _open(qtbot, opzet, opzet.begeleider)
    ed = rv.editor
    ed.vordering_model.kies([opzet.vorderingen[0]])
    ed.bereken()  # a job is on its way for one claim ...
    ed.vordering_model.kies(opzet.vorderingen)  # ... and the input changes before it returns
    ed.bereken()
    rustig(qtbot, opzet.runner, ed)
    assert ed.vergelijking_op_scherm.vordering_ids == opzet.vorderingen  # the newest input is on screen
    assert ed._berekend_voor == ed._generatie


def test_foutief_bedrag_bij_het_veld_en_de_invoer_blijft(qtbot, opzet: Opzet) -> None:
    _v, rv = _open(qtbot, opzet, opzet.begeleider)
    ed = rv.editor
    qtbot.mouseClick(ed.persoonlijk_radio, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ed.capaciteit.velden["netto_inkomen"], "1900")
    qtbot.keyClicks(ed.capaciteit.velden["zorgpremie"], "15x,00")
    rustig(qtbot, opzet.runner, ed)
    melding = ed.capaciteit.veld_meldingen["zorgpremie"]
    assert melding.tekst == "Vul een bedrag in als 1.234,56."
    assert ed.capaciteit.velden["zorgpremie"].text() == "15x,00"  # kept as typed
    assert ed.capaciteit.velden["zorgpremie"].property("fout") is True
    assert "verbeter eerst de bedragen" in ed.schema_uitleg.text().lower()
    qtbot.keyClick(ed.motivatie_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    rustig(qtbot, opzet.runner, ed)
    assert hulp.rijen(opzet.opslag, _tabel("Betalingsregeling")) == []
    assert ed.capaciteit.velden["zorgpremie"].hasFocus()
    # corrected: the message goes as soon as the field is edited
    veld = ed.capaciteit.velden["zorgpremie"]
    veld.selectAll()
    qtbot.keyClicks(veld, "158")
    assert not melding.tekst


def test_buiten_beleid_zonder_motivatie_geeft_een_melding_bij_de_motivatie(qtbot, opzet: Opzet) -> None:
    _v, rv = _open(qtbot, opzet, opzet.begeleider)
    ed = rv.editor
    qtbot.mouseClick(ed.pauze_check, Qt.MouseButton.LeftButton)  # a pause: always four eyes
    rustig(qtbot, opzet.runner, ed)
    assert "Buiten het beleid" in ed.beleid_label.text() and "verplicht" in ed.motivatie_label.text()
    ed.stel_voor()
    rustig(qtbot, opzet.runner, ed)
    assert "motivatie" in ed.motivatie_melding.tekst.lower() or "leg uit" in ed.motivatie_melding.tekst.lower()
    assert ed.pauze_check.isChecked()  # nothing of the input is lost


# --- roles ---------------------------------------------------------------------------------------------------------


def test_balie_maakt_alleen_een_standaardregeling_van_24_maanden(qtbot, opzet: Opzet) -> None:
    v, rv = _open(qtbot, opzet, opzet.balie)
    assert "beoordelen" not in v.rail.sleutels
    ed = rv.editor
    assert not ed.persoonlijk_radio.isEnabled() and "persoonlijk begeleider" in ed.persoonlijk_radio.toolTip()
    assert "verwijs" in ed.soort_uitleg.text().lower()
    for widget in (ed.looptijd_spin, ed.pauze_check, ed.capaciteit_groep):
        assert not widget.isVisible()
    assert ed.vergelijking.kaarten["standaard"].isVisible()
    assert not ed.vergelijking.kaarten["persoonlijk"].isVisible() and not ed.vergelijking.kaarten["langer"].isVisible()
    assert ed.schema_model.rowCount() <= 24
    ed.motivatie_edit.setFocus()
    qtbot.keyClick(ed.motivatie_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: rv.tabs.currentIndex() == 1)
    rustig(qtbot, opzet.runner, ed)
    assert "is nu actief" in rv.melding.tekst
    regeling = rv.lopend.gekozen
    assert regeling is not None and regeling.soort == "standaard" and regeling.status == "actief"
    assert len(regeling.schema) <= 24 and regeling.open_beoordeling is None
    # balie does not manage arrangements: only the letter is offered
    for knop in (rv.lopend.betaling_knop, rv.lopend.stop_knop, rv.lopend.pauze_knop, rv.lopend.herbereken_knop):
        assert not knop.isVisible()
    assert rv.lopend.brief_knop.isVisible()


# --- a stale version -------------------------------------------------------------------------------------------


def test_verouderde_versie_toont_het_conflict_en_er_gaat_niets_verloren(qtbot, opzet: Opzet) -> None:
    regeling_id = _actief(opzet)
    opzet.klok[0] = dt.date(2026, 2, 3)
    _v, rv = _open(qtbot, opzet, opzet.begeleider, tab=1)
    lp = rv.lopend
    assert lp.gekozen is not None and lp.gekozen.id == regeling_id
    qtbot.mouseClick(lp.betaling_knop, Qt.MouseButton.LeftButton)
    dialoog = lp.dialoog
    assert isinstance(dialoog, BetalingDialoog)
    dialoog_actief(qtbot, dialoog)
    dialoog.bedrag_edit.selectAll()
    qtbot.keyClicks(dialoog.bedrag_edit, "50,00")
    # meanwhile a colleague records a payment on the same arrangement
    detail = opzet.diensten.regelingen.regeling(opzet.collega, regeling_id, vandaag=opzet.vandaag())
    opzet.diensten.regelingen.registreer_betaling(
        opzet.collega, regeling_id, detail.version, D("20.00"), betaaldatum=opzet.vandaag(), vandaag=opzet.vandaag()
    )
    qtbot.keyClick(dialoog.bedrag_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialoog.conflict.isVisible)
    assert "Ahmed Benali heeft deze regeling gewijzigd" in dialoog.conflict.wie.text()
    assert dialoog.conflict_status.text() == "actief"
    assert dialoog.bedrag_edit.text() == "50,00"  # the user's input, kept, next to the new state
    assert dialoog.formulier_groep.title() == "Uw invoer (nog niet uitgevoerd)"
    assert "Uw invoer is bewaard" in dialoog.melding.tekst
    assert len(hulp.aflossingen(opzet.opslag, regeling_id)) == 1  # only the colleague's payment
    rustig(qtbot, opzet.runner)
    assert lp.gekozen.version > detail.version  # the view reloaded behind the dialog
    # take the new state first, then carry out the own payment knowingly
    qtbot.mouseClick(dialoog.conflict.overnemen_knop, Qt.MouseButton.LeftButton)
    assert not dialoog.conflict.isVisible() and dialoog.bedrag_edit.text() == "50,00"
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lp.dialoog is None)
    rustig(qtbot, opzet.runner)
    betalingen = sorted(a.bedrag_cent for a in hulp.aflossingen(opzet.opslag, regeling_id))
    assert sum(betalingen) == 7000  # € 20 of the colleague and € 50 of this user, nothing lost, nothing twice
    assert "Betaling van € 50,00 geregistreerd" in lp.melding.tekst


def test_mijn_actie_toch_uitvoeren_na_een_conflict(qtbot, opzet: Opzet) -> None:
    regeling_id = _actief(opzet)
    opzet.klok[0] = dt.date(2026, 2, 3)
    _v, rv = _open(qtbot, opzet, opzet.begeleider, tab=1)
    lp = rv.lopend
    qtbot.mouseClick(lp.stop_knop, Qt.MouseButton.LeftButton)
    dialoog = lp.dialoog
    assert isinstance(dialoog, StopDialoog) and dialoog.GEVAARLIJK
    qtbot.keyClicks(dialoog.motivatie_edit, "Op verzoek van de burger: zij betaalt alles tegelijk via de bank.")
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)  # not ticked: refused at the tick box
    assert dialoog.veld_meldingen["zeker"].tekst
    dialoog.zeker_check.setChecked(True)
    detail = opzet.diensten.regelingen.regeling(opzet.collega, regeling_id, vandaag=opzet.vandaag())
    opzet.diensten.regelingen.registreer_betaling(
        opzet.collega, regeling_id, detail.version, D("20.00"), betaaldatum=opzet.vandaag(), vandaag=opzet.vandaag()
    )
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialoog.conflict.isVisible)
    assert hulp.rijen(opzet.opslag, _tabel("Betalingsregeling"), id=regeling_id)[0].status == "actief"
    qtbot.mouseClick(dialoog.conflict.overschrijven_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lp.dialoog is None)
    rustig(qtbot, opzet.runner)
    assert hulp.rijen(opzet.opslag, _tabel("Betalingsregeling"), id=regeling_id)[0].status == "gestopt"
    assert {r.status for r in hulp.vorderingen(opzet.opslag, *opzet.vorderingen)} == {"open"}
    assert "gestopt" in lp.melding.tekst


def _tabel(naam: str) -> Any:
    from models.store import tables

    return getattr(tables, naam)


def test_pauze_vraagt_een_motivatie_en_gaat_naar_de_supervisor(qtbot, opzet: Opzet) -> None:
    regeling_id = _actief(opzet)
    _v, rv = _open(qtbot, opzet, opzet.begeleider, tab=1)
    lp = rv.lopend
    qtbot.mouseClick(lp.pauze_knop, Qt.MouseButton.LeftButton)
    dialoog = lp.dialoog
    assert isinstance(dialoog, PauzeDialoog)
    assert "01-04-2026" in dialoog.einde_label.text()  # from the next due date, two months
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    assert dialoog.veld_meldingen["motivatie"].tekst
    qtbot.keyClicks(dialoog.motivatie_edit, "Ziekenhuisopname; twee maanden geen inkomen uit werk.")
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lp.dialoog is None)
    rustig(qtbot, opzet.runner)
    assert "wacht op beoordeling door een supervisor" in lp.melding.tekst
    assert "Wacht op beoordeling" in lp.beoordeling_label.text()
    assert not lp.pauze_knop.isEnabled() and "supervisor" in lp.pauze_knop.toolTip()
    b = hulp.beoordelingen(opzet.opslag)
    assert len(b) == 1 and b[0].onderwerp_id == regeling_id and b[0].soort == "pauze"


# --- empty state, errors ----------------------------------------------------------------------------------------


def test_geen_open_vorderingen(qtbot, opzet: Opzet) -> None:
    leeg = fabriek.burger(opzet.opslag, voornamen="Piet", achternaam="Zonderschuld")
    v = venster(qtbot, opzet, opzet.begeleider)
    v.regelingen.open_huishouden(leeg, "Piet Zonderschuld", "111222333")
    v.ga_naar("regelingen")
    rustig(qtbot, opzet.runner, v.regelingen.editor)
    ed = v.regelingen.editor
    assert ed.leeg_label.isVisible()
    assert ed.leeg_label.text() == "Geen open vorderingen — er is niets om een regeling voor te maken."
    assert not ed.voorstel_knop.isEnabled()
    v.regelingen.tabs.setCurrentIndex(1)
    assert v.regelingen.lopend.leeg_label.isVisible()


def test_zonder_huishouden_zegt_de_view_hoe_je_er_een_kiest(qtbot, opzet: Opzet) -> None:
    v = venster(qtbot, opzet, opzet.begeleider)
    qtbot.keyClick(v, Qt.Key(Qt.Key.Key_1.value + v.rail.sleutels.index("regelingen")), Qt.KeyboardModifier.AltModifier)
    assert v.huidige_view == "regelingen"
    teksten = [lbl.text() for lbl in v.regelingen.leeg_pagina.findChildren(QLabel)]
    assert "Nog geen huishouden gekozen" in teksten
    assert v.windowTitle() == "Regelingen – Werkplek Toeslagen"


class _EenKeerWeg:
    """The real service, but the first read fails as if the connection dropped."""

    def __init__(self, echt: Any) -> None:
        self._echt = echt
        self.fouten = 1

    def vorderingen(self, *args: Any, **kwargs: Any) -> Any:
        if self.fouten:
            self.fouten -= 1
            raise VerbindingFout("De verbinding met de opslag is verbroken.")
        return self._echt.vorderingen(*args, **kwargs)

    def __getattr__(self, naam: str) -> Any:
        return getattr(self._echt, naam)


def test_foutbalk_met_opnieuw_proberen(qtbot, opzet: Opzet) -> None:
    import dataclasses

    opzet.diensten = dataclasses.replace(opzet.diensten, regelingen=_EenKeerWeg(opzet.diensten.regelingen))
    v = venster(qtbot, opzet, opzet.begeleider)
    rv = v.regelingen
    rv.open_huishouden(opzet.burger, "Samira Bakker", "123456782")
    v.ga_naar("regelingen")
    rustig(qtbot, opzet.runner, rv.editor)
    assert rv.melding.isVisible() and "verbroken" in rv.melding.tekst and rv.melding.actie_knop.isVisible()
    qtbot.mouseClick(rv.melding.actie_knop, Qt.MouseButton.LeftButton)
    rustig(qtbot, opzet.runner, rv.editor)
    assert not rv.melding.isVisible()
    assert rv.editor.vordering_model.rowCount() == 3


# --- accessibility and the models ------------------------------------------------------------------------------


def test_velden_hebben_een_label_als_buddy_en_een_toegankelijke_naam(qtbot, opzet: Opzet) -> None:
    _v, rv = _open(qtbot, opzet, opzet.begeleider)
    form = rv.editor.capaciteit
    buddies = {lbl.buddy() for lbl in form.findChildren(QLabel) if lbl.buddy() is not None}
    assert set(form.velden.values()) <= buddies and form.leefsituatie_combo in buddies
    assert all(veld.accessibleName() for veld in form.velden.values())
    ed = rv.editor
    for veld in (ed.vordering_tabel, ed.schema_tabel, ed.start_edit, ed.looptijd_spin, ed.motivatie_edit):
        assert veld.accessibleName() or any(lbl.buddy() is veld for lbl in ed.findChildren(QLabel))
    # Space toggles the current claim, whatever column is current
    ed.vordering_tabel.setFocus()
    ed.vordering_tabel.setCurrentIndex(ed.vordering_proxy.index(1, 3))
    qtbot.keyClick(ed.vordering_tabel, Qt.Key.Key_Space)
    assert len(ed.vordering_model.gekozen_ids()) == 2
    qtbot.keyClick(ed.vordering_tabel, Qt.Key.Key_Space)
    assert len(ed.vordering_model.gekozen_ids()) == 3


def test_modellen_houden_zich_aan_het_contract(qtmodeltester, qtbot, opzet: Opzet) -> None:
    regeling_id = _actief(opzet, RegelingSoort.STANDAARD)
    dienst = opzet.diensten.regelingen
    vorderingen = dienst.vorderingen(opzet.begeleider, opzet.burger, vandaag=opzet.vandaag())
    detail = dienst.regeling(opzet.begeleider, regeling_id, vandaag=opzet.vandaag())
    keuze = VorderingKeuzeModel(opzet.kleuren)
    keuze.zet_rijen(vorderingen)
    qtmodeltester.check(keuze)
    vergelijking = dienst.vergelijk(
        opzet.begeleider,
        opzet.burger,
        opzet.vorderingen,
        startdatum=dt.date(2026, 3, 1),
        vandaag=opzet.vandaag(),
        capaciteit=hulp.CAPACITEIT,
    )
    schema = SchemaModel(opzet.kleuren)
    uitkomst = vergelijking.optie("persoonlijk").uitkomst
    schema.zet_rijen(schema_rijen(uitkomst, Pauze(dt.date(2026, 5, 1), 2)))
    assert sum(1 for r in schema.rijen() if r.pauze) == 2
    qtmodeltester.check(schema)
    regelingen = RegelingDetailModel(opzet.kleuren)
    regelingen.zet_rijen([detail])
    qtmodeltester.check(regelingen)
    termijnen = TermijnBeheerModel(opzet.kleuren)
    termijnen.zet_rijen(detail.termijnen)
    qtmodeltester.check(termijnen)
    wachtrij = BeoordelingModel(opzet.kleuren, opzet.vandaag)
    wachtrij.zet_rijen(dienst.beoordelingen(opzet.supervisor))
    qtmodeltester.check(wachtrij)


def _sneltoetsen(view) -> list[str]:
    """The Alt+letter mnemonics of every visible label (with a buddy), button and tab of the view."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    teksten = [w.text() for w in view.findChildren(QAbstractButton) if w.isVisible()]
    teksten += [w.text() for w in view.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    teksten += [view.tabs.tabText(i) for i in range(view.tabs.count()) if view.tabs.isTabVisible(i)]
    return [QKeySequence.mnemonic(t).toString() for t in teksten if "&" in t.replace("&&", "")]


def test_sneltoetsen_met_alt_zijn_per_tabblad_uniek(qtbot, opzet: Opzet) -> None:
    _actief(opzet)
    _v, rv = _open(qtbot, opzet, opzet.begeleider, tab=0)
    rv.editor.persoonlijk_radio.setChecked(True)
    rv.editor.pauze_check.setChecked(True)
    rustig(qtbot, opzet.runner, rv.editor)
    for tab in (0, 1):
        rv.tabs.setCurrentIndex(tab)
        toetsen = _sneltoetsen(rv)
        assert len(toetsen) == len(set(toetsen)), sorted(toetsen)


def test_na_de_herinnering_pas_gemist_na_een_vinkje_en_de_regeling_vervalt(qtbot, opzet: Opzet) -> None:
    regeling_id = _actief(opzet)
    dienst = opzet.diensten.regelingen
    detail = dienst.regeling(opzet.begeleider, regeling_id, vandaag=dt.date(2026, 2, 10))
    dienst.verwerk_gemiste_termijn(
        opzet.begeleider, regeling_id, detail.version, detail.schema[0].id, vandaag=dt.date(2026, 2, 10)
    )
    opzet.klok[0] = dt.date(2026, 2, 25)  # the reminder's new date (24-02-2026) has passed
    _v, rv = _open(qtbot, opzet, opzet.begeleider, tab=1)
    lp = rv.lopend
    assert lp.gekozen_termijn().volgnummer == 1 and lp.gemist_knop.isEnabled()
    qtbot.mouseClick(lp.gemist_knop, Qt.MouseButton.LeftButton)
    dialoog = lp.dialoog
    assert isinstance(dialoog, GemistDialoog) and not dialoog.is_herinnering and dialoog.GEVAARLIJK
    assert "vervalt de betalingsregeling" in dialoog.uitleg.text()
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)  # not ticked: nothing happens yet
    assert dialoog.veld_meldingen["zeker"].tekst
    qtbot.mouseClick(dialoog.zeker_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialoog.uitvoer_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lp.dialoog is None)
    rustig(qtbot, opzet.runner)
    assert lp.gekozen.status == "vervallen" and "vervallen" in lp.melding.tekst
    assert {r.status for r in hulp.vorderingen(opzet.opslag, *opzet.vorderingen)} == {"open"}
    assert not lp.betaling_knop.isEnabled() and "loopt niet" in lp.betaling_knop.toolTip()
